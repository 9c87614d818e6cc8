"""What the schema docs generator cannot read from the database (docs/development.md)."""

SEED_FILE = "003_58af657b9187a1d1.txt"

SUMMARY = (
    "Research data for value-alignment evaluations: a versioned tree of scenario "
    "definitions (forks link to their parent; a materialized path that PostgreSQL "
    "maintains serves ancestry and descendants; a trigger refuses cycles), the runs made from them with their transcripts, "
    "generated scenarios, experiments, run comparisons, versioned analysis results "
    "(one current version per run and type) and rubric versions. JSONB documents "
    "carry a schema_version and are upgraded at read time."
)

SEED_FIELDS = {
    "Definition": {"id": "id", "parent": "parent_id", "name": "name", "content": "content"},
    "Run": {"id": "id", "definition": "definition_id", "status": "status", "progress": "progress"},
    "Transcript": {
        "id": "id",
        "run": "run_id",
        "scenario": "scenario_id",
        "target_model": "target_model",
        "content": "content",
        "turn_count": "turn_count",
        "token_count": "token_count",
        "duration_ms": "duration_ms",
    },
    "Scenario": {"id": "id", "definition": "definition_id", "content": "content"},
    "Experiment": {"id": "id", "hypothesis": "hypothesis", "analysis_plan": "analysis_plan"},
    "RunComparison": {
        "id": "id",
        "baseline_run": "baseline_run_id",
        "comparison_run": "comparison_run_id",
        "delta_data": "delta data",
        "statistical_tests": "statistical tests",
    },
    "AnalysisResult": {
        "id": "id",
        "run": "run_id",
        "analysis_type": "analysis_type",
        "input_hash": "input_hash",
        "code_version": "code_version",
        "output": "versioned output",
        "version": "version",
        "status": "superseded state",
    },
    "Rubric": {"id": "id", "version": "version", "content": "content"},
}

NOTES = """
- **users / api_keys** of the seed are `accounts.User` and `accounts.ApiKey`.
- **Tree.** `parent` NULL is a root. CHECK `research_definition_not_own_parent`
  refuses parent = id. `path` (uuid[], root .. self) and `level`
  (`cardinality(path) - 1`, generated) are the materialized path, kept in the
  narrow table `research_definitionpath` (migration 0005; one row per definition,
  deleted with it): the trigger `research_definition_path` writes it on INSERT and
  on a move (UPDATE of `parent_id`/`id`) for every writer, rewrites the moved
  subtree in one statement, undoes a direct update of the path table and refuses
  a direct insert or delete, and refuses a cycle (the new parent's path holds the
  row; SQLSTATE 23514, constraint `research_definition_no_cycle`). CHECK
  `research_definition_path_shape` holds the path's shape (ends with (parent_id,
  id); a root's path is its id). A child inserted before its parent (deferred
  foreign key) is adopted when the parent comes; the constraint trigger
  `research_definition_path_settled` refuses at commit a row whose parent another
  transaction committed meanwhile. Race-free: a move locks the roots of the old
  and new tree, an insert its tree's root (`FOR SHARE`), so two half-cycles cannot
  both commit. Moves run under READ COMMITTED (0A000 `research_definition_path`
  otherwise). The GIN index `rdefpath_path_gin` serves descendants
  (`path @> ARRAY[id]`); ancestry reads the path's ids by primary key.
- **Deletes.** A definition with forks or runs cannot be deleted (foreign keys
  with NO ACTION: history is kept). Deleting a run cascades (in PostgreSQL) to
  its transcripts, analysis results and comparisons; deleting a definition
  cascades to its scenarios; a deleted scenario leaves its transcripts with
  `scenario` NULL; a deleted experiment leaves its runs and comparisons.
- **JSONB.** Definition content and analysis output carry `schema_version`
  (absent = version 0; CHECK: a non-negative integer); all JSONB documents are
  objects (CHECK `jsonb_typeof = 'object'`). Transcript content NULL means
  expired and is distinct from `{}`.
- **Analysis versions.** `status` is `current` or `superseded`
  (`superseded_at` set exactly when superseded); the partial unique index
  `research_analysisresult_one_current` allows one current result per
  (run, analysis_type); (run, analysis_type, version) is unique.
- A run cannot be compared with itself (`research_runcomparison_distinct_runs`);
  a pair of runs is compared once.
- Added by this project: timestamps, `Definition` and `Experiment` names,
  `Run.experiment`, `started_at`/`completed_at`, `RunComparison.experiment`,
  `AnalysisResult.superseded_at`.
"""
