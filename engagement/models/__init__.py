from engagement.models.community import CommunityChampion as CommunityChampion
from engagement.models.community import CompetitiveMention as CompetitiveMention
from engagement.models.community import Competitor as Competitor
from engagement.models.core import Author as Author
from engagement.models.core import Decision as Decision
from engagement.models.core import Post as Post
from engagement.models.core import Reply as Reply
from engagement.models.learning import Experiment as Experiment
from engagement.models.learning import LearningEvent as LearningEvent
from engagement.models.learning import RandomizedExperiment as RandomizedExperiment
from engagement.models.learning import SegmentedWeight as SegmentedWeight
from engagement.models.learning import WeightAdjustmentLog as WeightAdjustmentLog
from engagement.models.oversight import AuditLog as AuditLog
from engagement.models.oversight import Escalation as Escalation
from engagement.models.oversight import KpiMetric as KpiMetric
from engagement.models.runs import RetentionOutcome as RetentionOutcome
from engagement.models.runs import RetentionRun as RetentionRun

ALL_MODELS = (
    Author,
    Post,
    Decision,
    Reply,
    Competitor,
    CompetitiveMention,
    CommunityChampion,
    KpiMetric,
    Escalation,
    AuditLog,
    Experiment,
    WeightAdjustmentLog,
    LearningEvent,
    RandomizedExperiment,
    SegmentedWeight,
)
