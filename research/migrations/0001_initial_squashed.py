"""The landed migrations of this app, squashed (issue 14; docs/migrations.md).

Same state and schema as the migrations in ``replaces``: constraints and indexes
are created with their tables (CreateModel options), triggers right after.
A database that applied the replaced names counts this one as applied.
"""
import core.models
import django.db.models.deletion
import django.db.models.fields.json
import django.db.models.functions.datetime
import django.db.models.lookups
import uuid
from django.db import migrations, models


class Migration(migrations.Migration):

    replaces = [('research', '0001_initial'), ('research', '0002_definition_no_cycle_trigger')]

    initial = True

    dependencies = [
    ]

    operations = [
        migrations.CreateModel(
            name='Definition',
            fields=[
                ('created_at', models.DateTimeField(db_default=django.db.models.functions.datetime.Now(), editable=False)),
                ('updated_at', models.DateTimeField(auto_now=True, db_default=django.db.models.functions.datetime.Now())),
                ('id', models.UUIDField(db_default=core.models.GenRandomUUID(), default=uuid.uuid4, editable=False, primary_key=True, serialize=False)),
                ('name', models.CharField(max_length=255)),
                ('content', models.JSONField(help_text='The definition document; carries schema_version (absent means v0).')),
                ('parent', models.ForeignKey(blank=True, db_index=False, help_text='The definition this one was forked from; empty for a root.', null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='children', to='research.definition')),
            ],
            options={
                'ordering': ['-created_at', '-id'],
                'indexes': [models.Index(fields=['parent', 'created_at'], name='rdef_parent_created_idx'), models.Index(fields=['-created_at'], name='rdef_created_idx'), models.Index(fields=['name'], name='rdef_name_idx')],
                'constraints': [models.CheckConstraint(condition=models.Q(('parent', models.F('id')), _negated=True), name='research_definition_not_own_parent', violation_error_message='A definition cannot be its own parent.'), models.CheckConstraint(condition=models.Q(('name', ''), _negated=True), name='research_definition_name_not_blank'), models.CheckConstraint(condition=django.db.models.lookups.Exact(models.Func(models.F('content'), function='jsonb_typeof', output_field=models.CharField()), models.Value('object')), name='research_definition_content_object', violation_error_message='Definition content must be a JSON object.'), models.CheckConstraint(condition=models.Q(models.Q(('content__has_key', 'schema_version'), _negated=True), models.Q(django.db.models.lookups.Exact(models.Func(django.db.models.fields.json.KeyTransform('schema_version', 'content'), function='jsonb_typeof', output_field=models.CharField()), models.Value('number')), ('content__schema_version__regex', '^[0-9]+$')), _connector='OR'), name='research_definition_schema_version', violation_error_message='schema_version must be a non-negative integer.')],
            },
        ),
        migrations.CreateModel(
            name='Experiment',
            fields=[
                ('created_at', models.DateTimeField(db_default=django.db.models.functions.datetime.Now(), editable=False)),
                ('updated_at', models.DateTimeField(auto_now=True, db_default=django.db.models.functions.datetime.Now())),
                ('id', models.UUIDField(db_default=core.models.GenRandomUUID(), default=uuid.uuid4, editable=False, primary_key=True, serialize=False)),
                ('name', models.CharField(max_length=255)),
                ('hypothesis', models.TextField()),
                ('analysis_plan', models.JSONField(blank=True, db_default={}, default=dict)),
            ],
            options={
                'ordering': ['-created_at', '-id'],
                'indexes': [models.Index(fields=['-created_at'], name='rexp_created_idx')],
                'constraints': [models.CheckConstraint(condition=models.Q(('name', ''), _negated=True), name='research_experiment_name_not_blank'), models.CheckConstraint(condition=models.Q(('hypothesis', ''), _negated=True), name='research_experiment_hypothesis_not_blank'), models.CheckConstraint(condition=django.db.models.lookups.Exact(models.Func(models.F('analysis_plan'), function='jsonb_typeof', output_field=models.CharField()), models.Value('object')), name='research_experiment_plan_object')],
            },
        ),
        migrations.CreateModel(
            name='Rubric',
            fields=[
                ('created_at', models.DateTimeField(db_default=django.db.models.functions.datetime.Now(), editable=False)),
                ('updated_at', models.DateTimeField(auto_now=True, db_default=django.db.models.functions.datetime.Now())),
                ('id', models.UUIDField(db_default=core.models.GenRandomUUID(), default=uuid.uuid4, editable=False, primary_key=True, serialize=False)),
                ('version', models.PositiveIntegerField()),
                ('content', models.JSONField()),
            ],
            options={
                'ordering': ['-version'],
                'constraints': [models.UniqueConstraint(fields=('version',), name='research_rubric_version_unique'), models.CheckConstraint(condition=models.Q(('version__gte', 1)), name='research_rubric_version_positive'), models.CheckConstraint(condition=django.db.models.lookups.Exact(models.Func(models.F('content'), function='jsonb_typeof', output_field=models.CharField()), models.Value('object')), name='research_rubric_content_object')],
            },
        ),
        migrations.CreateModel(
            name='Run',
            fields=[
                ('created_at', models.DateTimeField(db_default=django.db.models.functions.datetime.Now(), editable=False)),
                ('updated_at', models.DateTimeField(auto_now=True, db_default=django.db.models.functions.datetime.Now())),
                ('id', models.UUIDField(db_default=core.models.GenRandomUUID(), default=uuid.uuid4, editable=False, primary_key=True, serialize=False)),
                ('status', models.CharField(choices=[('pending', 'Pending'), ('running', 'Running'), ('completed', 'Completed'), ('failed', 'Failed'), ('cancelled', 'Cancelled')], db_default='pending', default='pending', max_length=16)),
                ('progress', models.JSONField(blank=True, db_default={}, default=dict)),
                ('started_at', models.DateTimeField(blank=True, null=True)),
                ('completed_at', models.DateTimeField(blank=True, null=True)),
                ('definition', models.ForeignKey(db_index=False, on_delete=django.db.models.deletion.DO_NOTHING, related_name='runs', to='research.definition')),
                ('experiment', models.ForeignKey(blank=True, db_index=False, null=True, on_delete=django.db.models.deletion.DB_SET_NULL, related_name='runs', to='research.experiment')),
            ],
            options={
                'ordering': ['-created_at', '-id'],
                'indexes': [models.Index(fields=['definition', '-created_at'], name='rrun_definition_created_idx'), models.Index(fields=['experiment', '-created_at'], name='rrun_experiment_created_idx'), models.Index(fields=['status', '-created_at'], name='rrun_status_created_idx'), models.Index(fields=['-created_at'], name='rrun_created_idx')],
                'constraints': [models.CheckConstraint(condition=models.Q(('status__in', ['pending', 'running', 'completed', 'failed', 'cancelled'])), name='research_run_status_valid'), models.CheckConstraint(condition=django.db.models.lookups.Exact(models.Func(models.F('progress'), function='jsonb_typeof', output_field=models.CharField()), models.Value('object')), name='research_run_progress_object'), models.CheckConstraint(condition=models.Q(('completed_at__isnull', True), models.Q(('completed_at__gte', models.F('started_at')), ('started_at__isnull', False)), _connector='OR'), name='research_run_completed_after_start', violation_error_message='A run completes after it starts.')],
            },
        ),
        migrations.CreateModel(
            name='AnalysisResult',
            fields=[
                ('id', models.UUIDField(db_default=core.models.GenRandomUUID(), default=uuid.uuid4, editable=False, primary_key=True, serialize=False)),
                ('analysis_type', models.CharField(max_length=100)),
                ('input_hash', models.CharField(help_text='SHA-256 (hex) of the analysed input.', max_length=64)),
                ('code_version', models.CharField(max_length=100)),
                ('output', models.JSONField(help_text='The analysis output; carries schema_version.')),
                ('version', models.PositiveIntegerField()),
                ('status', models.CharField(choices=[('current', 'Current'), ('superseded', 'Superseded')], db_default='current', default='current', max_length=16)),
                ('superseded_at', models.DateTimeField(blank=True, editable=False, null=True)),
                ('created_at', models.DateTimeField(db_default=django.db.models.functions.datetime.Now(), editable=False)),
                ('run', models.ForeignKey(db_index=False, on_delete=django.db.models.deletion.DB_CASCADE, related_name='analysis_results', to='research.run')),
            ],
            options={
                'ordering': ['-created_at', '-id'],
                'indexes': [models.Index(fields=['analysis_type', 'status'], name='rar_type_status_idx'), models.Index(fields=['status', '-created_at'], name='rar_status_created_idx'), models.Index(fields=['-created_at'], name='rar_created_idx')],
                'constraints': [models.UniqueConstraint(condition=models.Q(('status', 'current')), fields=('run', 'analysis_type'), name='research_analysisresult_one_current', violation_error_message='This run already has a current result of this type.'), models.UniqueConstraint(fields=('run', 'analysis_type', 'version'), name='research_analysisresult_version_unique'), models.CheckConstraint(condition=models.Q(('version__gte', 1)), name='research_analysisresult_version_positive'), models.CheckConstraint(condition=models.Q(('status__in', ['current', 'superseded'])), name='research_analysisresult_status_valid'), models.CheckConstraint(condition=models.Q(models.Q(('status', 'current'), ('superseded_at__isnull', True)), models.Q(('status', 'superseded'), ('superseded_at__isnull', False)), _connector='OR'), name='research_analysisresult_superseded_at'), models.CheckConstraint(condition=models.Q(('input_hash__regex', '^[0-9a-f]{64}$')), name='research_analysisresult_input_hash_format', violation_error_message='input_hash is a SHA-256 hex digest (64 lower-case hex digits).'), models.CheckConstraint(condition=models.Q(('analysis_type', ''), _negated=True), name='research_analysisresult_type_not_blank'), models.CheckConstraint(condition=models.Q(('code_version', ''), _negated=True), name='research_analysisresult_code_not_blank'), models.CheckConstraint(condition=django.db.models.lookups.Exact(models.Func(models.F('output'), function='jsonb_typeof', output_field=models.CharField()), models.Value('object')), name='research_analysisresult_output_object'), models.CheckConstraint(condition=models.Q(models.Q(('output__has_key', 'schema_version'), _negated=True), models.Q(django.db.models.lookups.Exact(models.Func(django.db.models.fields.json.KeyTransform('schema_version', 'output'), function='jsonb_typeof', output_field=models.CharField()), models.Value('number')), ('output__schema_version__regex', '^[0-9]+$')), _connector='OR'), name='research_analysisresult_schema_version')],
            },
        ),
        migrations.CreateModel(
            name='RunComparison',
            fields=[
                ('created_at', models.DateTimeField(db_default=django.db.models.functions.datetime.Now(), editable=False)),
                ('updated_at', models.DateTimeField(auto_now=True, db_default=django.db.models.functions.datetime.Now())),
                ('id', models.UUIDField(db_default=core.models.GenRandomUUID(), default=uuid.uuid4, editable=False, primary_key=True, serialize=False)),
                ('delta_data', models.JSONField(blank=True, db_default={}, default=dict)),
                ('statistical_tests', models.JSONField(blank=True, db_default={}, default=dict)),
                ('baseline_run', models.ForeignKey(db_index=False, on_delete=django.db.models.deletion.DB_CASCADE, related_name='comparisons_as_baseline', to='research.run')),
                ('comparison_run', models.ForeignKey(db_index=False, on_delete=django.db.models.deletion.DB_CASCADE, related_name='comparisons_as_comparison', to='research.run')),
                ('experiment', models.ForeignKey(blank=True, db_index=False, null=True, on_delete=django.db.models.deletion.DB_SET_NULL, related_name='comparisons', to='research.experiment')),
            ],
            options={
                'ordering': ['-created_at', '-id'],
                'indexes': [models.Index(fields=['comparison_run'], name='rcmp_comparison_run_idx'), models.Index(fields=['experiment', '-created_at'], name='rcmp_experiment_created_idx'), models.Index(fields=['-created_at'], name='rcmp_created_idx')],
                'constraints': [models.CheckConstraint(condition=models.Q(('baseline_run', models.F('comparison_run')), _negated=True), name='research_runcomparison_distinct_runs', violation_error_message='A run cannot be compared with itself.'), models.UniqueConstraint(fields=('baseline_run', 'comparison_run'), name='research_runcomparison_pair_unique', violation_error_message='These two runs are already compared.'), models.CheckConstraint(condition=django.db.models.lookups.Exact(models.Func(models.F('delta_data'), function='jsonb_typeof', output_field=models.CharField()), models.Value('object')), name='research_runcomparison_delta_object'), models.CheckConstraint(condition=django.db.models.lookups.Exact(models.Func(models.F('statistical_tests'), function='jsonb_typeof', output_field=models.CharField()), models.Value('object')), name='research_runcomparison_tests_object')],
            },
        ),
        migrations.CreateModel(
            name='Scenario',
            fields=[
                ('created_at', models.DateTimeField(db_default=django.db.models.functions.datetime.Now(), editable=False)),
                ('updated_at', models.DateTimeField(auto_now=True, db_default=django.db.models.functions.datetime.Now())),
                ('id', models.UUIDField(db_default=core.models.GenRandomUUID(), default=uuid.uuid4, editable=False, primary_key=True, serialize=False)),
                ('content', models.JSONField()),
                ('definition', models.ForeignKey(db_index=False, on_delete=django.db.models.deletion.DB_CASCADE, related_name='scenarios', to='research.definition')),
            ],
            options={
                'ordering': ['-created_at', '-id'],
                'indexes': [models.Index(fields=['definition', '-created_at'], name='rscn_definition_created_idx'), models.Index(fields=['-created_at'], name='rscn_created_idx')],
                'constraints': [models.CheckConstraint(condition=django.db.models.lookups.Exact(models.Func(models.F('content'), function='jsonb_typeof', output_field=models.CharField()), models.Value('object')), name='research_scenario_content_object')],
            },
        ),
        migrations.CreateModel(
            name='Transcript',
            fields=[
                ('created_at', models.DateTimeField(db_default=django.db.models.functions.datetime.Now(), editable=False)),
                ('updated_at', models.DateTimeField(auto_now=True, db_default=django.db.models.functions.datetime.Now())),
                ('id', models.UUIDField(db_default=core.models.GenRandomUUID(), default=uuid.uuid4, editable=False, primary_key=True, serialize=False)),
                ('target_model', models.CharField(max_length=200)),
                ('content', models.JSONField(blank=True, help_text='NULL once the content has expired; {} is empty.', null=True)),
                ('turn_count', models.PositiveIntegerField(db_default=0, default=0)),
                ('token_count', models.PositiveIntegerField(db_default=0, default=0)),
                ('duration_ms', models.PositiveBigIntegerField(db_default=0, default=0)),
                ('run', models.ForeignKey(db_index=False, on_delete=django.db.models.deletion.DB_CASCADE, related_name='transcripts', to='research.run')),
                ('scenario', models.ForeignKey(blank=True, db_index=False, null=True, on_delete=django.db.models.deletion.DB_SET_NULL, related_name='transcripts', to='research.scenario')),
            ],
            options={
                'ordering': ['-created_at', '-id'],
                'indexes': [models.Index(fields=['run', 'created_at'], name='rtr_run_created_idx'), models.Index(fields=['scenario'], name='rtr_scenario_idx'), models.Index(fields=['target_model'], name='rtr_target_model_idx'), models.Index(fields=['-created_at'], name='rtr_created_idx')],
                'constraints': [models.CheckConstraint(condition=models.Q(('target_model', ''), _negated=True), name='research_transcript_model_not_blank'), models.CheckConstraint(condition=models.Q(('content__isnull', True), django.db.models.lookups.Exact(models.Func(models.F('content'), function='jsonb_typeof', output_field=models.CharField()), models.Value('object')), _connector='OR'), name='research_transcript_content_object', violation_error_message='Transcript content is a JSON object or NULL (expired).')],
            },
        ),
        migrations.RunSQL(
            sql="\nCREATE FUNCTION research_definition_no_cycle() RETURNS trigger\nLANGUAGE plpgsql AS $$\nDECLARE\n    cursor_id uuid := NEW.parent_id;\n    steps integer := 0;\nBEGIN\n    -- NULL parent: a root. parent = id: left to the CHECK constraint.\n    IF NEW.parent_id IS NULL OR NEW.parent_id = NEW.id THEN\n        RETURN NEW;\n    END IF;\n    IF TG_OP = 'UPDATE' AND NEW.parent_id IS NOT DISTINCT FROM OLD.parent_id\n       AND NEW.id = OLD.id THEN\n        RETURN NEW;\n    END IF;\n    WHILE cursor_id IS NOT NULL LOOP\n        IF cursor_id = NEW.id THEN\n            RAISE EXCEPTION 'definition % cannot have % as parent: it would be its own ancestor',\n                NEW.id, NEW.parent_id\n                USING ERRCODE = 'check_violation',\n                      CONSTRAINT = 'research_definition_no_cycle',\n                      TABLE = 'research_definition',\n                      COLUMN = 'parent_id';\n        END IF;\n        steps := steps + 1;\n        IF steps > 1000000 THEN\n            RAISE EXCEPTION 'definition ancestry of % is deeper than 1000000 levels or already cyclic',\n                NEW.id\n                USING ERRCODE = 'check_violation',\n                      CONSTRAINT = 'research_definition_no_cycle',\n                      TABLE = 'research_definition',\n                      COLUMN = 'parent_id';\n        END IF;\n        SELECT d.parent_id INTO cursor_id\n        FROM research_definition AS d\n        WHERE d.id = cursor_id\n        FOR SHARE;\n        IF NOT FOUND THEN\n            cursor_id := NULL;  -- parent not (yet) visible: the foreign key decides\n        END IF;\n    END LOOP;\n    RETURN NEW;\nEND;\n$$;\n\nCREATE TRIGGER research_definition_no_cycle\nBEFORE INSERT OR UPDATE OF parent_id, id ON research_definition\nFOR EACH ROW EXECUTE FUNCTION research_definition_no_cycle();\n",
            reverse_sql='\nDROP TRIGGER IF EXISTS research_definition_no_cycle ON research_definition;\nDROP FUNCTION IF EXISTS research_definition_no_cycle();\n',
        ),
    ]
