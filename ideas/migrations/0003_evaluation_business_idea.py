"""Seed 001 names the evaluation's foreign key business_idea_id: rename idea -> business_idea.

PostgreSQL renames the column in place: the index eval_idea_created_idx and the partial
unique index ideas_evaluation_one_open_per_idea follow the column, so they are moved in
Django's state only (no rebuild). The two draft-idea triggers name the column in their
PL/pgSQL bodies and in UPDATE OF, so they are dropped before the rename and created again
after it; going back restores the 0002 versions (same function names, CREATE OR REPLACE).
"""

import pgtrigger.compiler
import pgtrigger.migrations
from django.db import migrations, models


class Migration(migrations.Migration):
    safety_reviewed = {
        "rename": "Seed 001's services read and write business_idea_id, so the old name is "
        "the bug being fixed; Django code using the old name stops with the deploy (stop the "
        "ideas workers for it).",
    }

    dependencies = [
        ("ideas", "0002_evaluation_requires_submitted_idea"),
    ]

    operations = [
        pgtrigger.migrations.RemoveTrigger(
            model_name="businessidea",
            name="draft_has_no_evaluations",
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name="evaluation",
            name="idea_not_draft",
        ),
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.RemoveConstraint(
                    model_name="evaluation",
                    name="ideas_evaluation_one_open_per_idea",
                ),
                migrations.RemoveIndex(
                    model_name="evaluation",
                    name="eval_idea_created_idx",
                ),
            ],
        ),
        migrations.RenameField(
            model_name="evaluation",
            old_name="idea",
            new_name="business_idea",
        ),
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AddIndex(
                    model_name="evaluation",
                    index=models.Index(
                        fields=["business_idea", "-created_at"], name="eval_idea_created_idx"
                    ),
                ),
                migrations.AddConstraint(
                    model_name="evaluation",
                    constraint=models.UniqueConstraint(
                        condition=models.Q(("status__in", ["pending", "analyzing"])),
                        fields=("business_idea",),
                        name="ideas_evaluation_one_open_per_idea",
                        violation_error_message="This idea already has an evaluation in progress.",
                    ),
                ),
            ],
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="businessidea",
            trigger=pgtrigger.compiler.Trigger(
                name="draft_has_no_evaluations",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    condition="WHEN (NEW.\"status\" = 'draft')",
                    func="IF EXISTS (SELECT 1 FROM ideas_evaluation e WHERE e.business_idea_id = NEW.id) THEN RAISE EXCEPTION USING ERRCODE = 'check_violation', CONSTRAINT = 'ideas_businessidea_draft_has_no_evaluations', MESSAGE = format('ideas_businessidea_draft_has_no_evaluations: idea %s has evaluations and cannot be a draft', NEW.id); END IF; RETURN NEW;",
                    hash="0c0bfc5953c55871ff66d3d81a1e6f82b4d5a5c2",
                    operation='UPDATE OF "status"',
                    pgid="pgtrigger_draft_has_no_evaluations_d5677",
                    table="ideas_businessidea",
                    when="BEFORE",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="evaluation",
            trigger=pgtrigger.compiler.Trigger(
                name="idea_not_draft",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func="IF EXISTS (SELECT 1 FROM ideas_businessidea i WHERE i.id = NEW.business_idea_id AND i.status = 'draft') THEN RAISE EXCEPTION USING ERRCODE = 'check_violation', CONSTRAINT = 'ideas_evaluation_idea_not_draft', MESSAGE = format('ideas_evaluation_idea_not_draft: idea %s is a draft: submit it before it is evaluated', NEW.business_idea_id); END IF; RETURN NEW;",
                    hash="672aa8e9c420aa76862236c86e66243e75a221ef",
                    operation='INSERT OR UPDATE OF "business_idea_id"',
                    pgid="pgtrigger_idea_not_draft_f7afd",
                    table="ideas_evaluation",
                    when="BEFORE",
                ),
            ),
        ),
    ]
