"""Schema docs metadata for ideas (read by manage.py generate_schema_docs)."""

SEED_FILE = "001_1c783e53f696a499.txt"

SUMMARY = (
    "Business-idea evaluation (seed 001): a user's BusinessIdea (FR1: 50 to 5000 character "
    "description, soft delete), its Evaluations (a queue of pending -> analyzing -> "
    "completed/failed runs with aggregated JSONB results) and the AgentResult of each agent "
    "(market research, competitive analysis, ...) with JSONB input/output/insights and a 0-100 "
    "score. Status changes go through ideas.services with row locks; a benchmark proves 100+ "
    "concurrent evaluations through the connection pool (NFR3)."
)

SEED_FIELDS = {
    "BusinessIdea": {
        "id": "id",
        "user": "user_id",
        "title": "title",
        "description": "description",
        "status": "status",
        "created_at": "created_at",
        "updated_at": "updated_at",
    },
    "Evaluation": {
        "id": "id",
        "business_idea": "business_idea_id",
        "status": "status",
        "priority": "priority",
        "started_at": "started_at",
        "completed_at": "completed_at",
        "results": "results",
        "error_message": "error_message",
        "created_at": "created_at",
        "updated_at": "updated_at",
    },
    "AgentResult": {
        "id": "id",
        "evaluation": "evaluation_id",
        "agent_type": "agent_type",
        "status": "status",
        "input_data": "input_data",
        "output_data": "output_data",
        "score": "score",
        "insights": "insights",
        "started_at": "started_at",
        "completed_at": "completed_at",
        "error_message": "error_message",
        "created_at": "created_at",
        "updated_at": "updated_at",
    },
}

NOTES = """\
- **Seed `user_id`, `business_idea_id`, `evaluation_id`** are the foreign keys `user`,
  `business_idea` and `evaluation` (the columns keep the seed's names). The seed's Prisma relations have no `onDelete` (Restrict); here
  they cascade in PostgreSQL itself (`DB_CASCADE`): evaluations and agent results are
  parts of their idea, and the everyday "delete" is a **soft delete** (`deleted_at`, added
  by this project) that keeps the idea and its evaluations for staff to restore and hides
  them from API clients.
- **Enums chosen here.** Idea status draft / submitted / evaluating / completed; evaluation
  status pending / analyzing / completed / failed; priority low / normal / high; agent
  status pending / running / completed / failed. Each is a CHECK.
- **`agent_type` is open-ended**, as in the seed ("market-research, competitive-analysis,
  customer-research, etc."): any lower-case words of letters and digits joined by `-` or
  `_` (`ideas_agentresult_agent_type_format`), so an agent service can add an agent
  without a migration. `ideas.choices.AgentType` lists the six this project runs
  (the seed's three plus financial-analysis, technical-feasibility, risk-assessment).
- **FR1**: the description has 50 to 5000 characters; the lower bound counts characters
  after trimming surrounding whitespace, so 50 spaces are not a description
  (`ideas_businessidea_description_length`).
- **Workflow invariants in CHECKs** (evaluations and agent results alike): pending has
  neither `started_at` nor `completed_at`; every later status has `started_at`;
  `completed_at` is set exactly when the status is completed or failed and is not before
  `started_at`; failed has a non-NULL, non-blank `error_message`. A completed evaluation has
  `results`, a completed agent has `output_data`; JSONB columns hold objects.
- **One open evaluation per idea** (partial unique index on `business_idea_id` where status is pending
  or analyzing) and **one result per agent per evaluation** (unique `evaluation, agent_type`).
- `error_message` and `input_data` are nullable, as in the seed (`String?`, `Json?`):
  NULL means no error / no input; `score` is a float CHECKed to 0..100 (NaN is rejected
  too).
- **Indexes** serve the queue (`status, priority, created_at`), each list and admin filter,
  `results -> 'overall_score'` (expression index) and JSON containment (GIN
  `jsonb_path_ops` on `results` and `output_data`, GIN on `insights` for key lookups).
- Status columns are written only by `ideas.services`, which checks the allowed transition
  on a row locked `FOR UPDATE`; see docs/apps/ideas.md.
"""
