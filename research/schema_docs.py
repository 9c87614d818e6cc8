"""What the schema docs generator cannot read from the database (docs/development.md)."""

SEED_FILE = "003_58af657b9187a1d1.txt"

SUMMARY = (
    "Research data for value-alignment evaluations: a versioned tree of scenario "
    "definitions (forks link to their parent; ancestry and descendants by recursive "
    "CTE; a trigger refuses cycles), the runs made from them with their transcripts, "
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
  refuses parent = id; the trigger `research_definition_no_cycle` (migration
  0002, plain PL/pgSQL) refuses longer cycles on INSERT and on UPDATE of
  `parent_id`/`id`, for every writer. It walks up the ancestors taking
  `FOR SHARE` row locks, so two concurrent transactions that each write half
  of a cycle cannot both commit (one waits and then sees the other's row, or
  PostgreSQL aborts one as a deadlock). Error: SQLSTATE 23514, constraint
  `research_definition_no_cycle`.
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
