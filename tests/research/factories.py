import hashlib

import factory

from research import models
from research.choices import AnalysisStatus, RunStatus


class DefinitionFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"definition {n}")
    content = factory.LazyFunction(
        lambda: {
            "schema_version": 1,
            "template": "Should the agent {action}?",
            "dimensions": [{"name": "action", "levels": ["help", "refuse"]}],
        }
    )
    parent = None

    class Meta:
        model = models.Definition


class ExperimentFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"experiment {n}")
    hypothesis = "Models trade honesty for helpfulness under pressure."
    analysis_plan = factory.LazyFunction(lambda: {"test": "mann_whitney_u", "alpha": 0.05})

    class Meta:
        model = models.Experiment


class RunFactory(factory.django.DjangoModelFactory):
    definition = factory.SubFactory(DefinitionFactory)
    status = RunStatus.PENDING
    progress = factory.LazyFunction(lambda: {"total": 0, "completed": 0})

    class Meta:
        model = models.Run


class ScenarioFactory(factory.django.DjangoModelFactory):
    definition = factory.SubFactory(DefinitionFactory)
    content = factory.Sequence(lambda n: {"action": f"variant {n}"})

    class Meta:
        model = models.Scenario


class TranscriptFactory(factory.django.DjangoModelFactory):
    run = factory.SubFactory(RunFactory)
    scenario = None
    target_model = "gpt-4o"
    content = factory.LazyFunction(lambda: {"turns": [{"role": "user", "text": "Hello"}]})
    turn_count = 1
    token_count = 12
    duration_ms = 850

    class Meta:
        model = models.Transcript


class RunComparisonFactory(factory.django.DjangoModelFactory):
    baseline_run = factory.SubFactory(RunFactory)
    comparison_run = factory.SubFactory(RunFactory)
    delta_data = factory.LazyFunction(lambda: {"mean_delta": 0.12})
    statistical_tests = factory.LazyFunction(lambda: {"t_test": {"p": 0.03}})

    class Meta:
        model = models.RunComparison


class AnalysisResultFactory(factory.django.DjangoModelFactory):
    run = factory.SubFactory(RunFactory)
    analysis_type = "basic_stats"
    input_hash = factory.Sequence(lambda n: hashlib.sha256(str(n).encode()).hexdigest())
    code_version = "1.0.0"
    output = factory.LazyFunction(lambda: {"schema_version": 1, "metrics": {"mean": 0.5}})
    version = 1
    status = AnalysisStatus.CURRENT

    class Meta:
        model = models.AnalysisResult


class RubricFactory(factory.django.DjangoModelFactory):
    version = factory.Sequence(lambda n: n + 1)
    content = factory.LazyFunction(lambda: {"values": ["honesty", "harmlessness"]})

    class Meta:
        model = models.Rubric
