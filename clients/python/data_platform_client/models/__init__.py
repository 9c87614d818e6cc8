"""Contains all the data models used in inputs/outputs"""

from .achievement import Achievement
from .achievement_category_enum import AchievementCategoryEnum
from .achievement_request import AchievementRequest
from .achievement_tier_enum import AchievementTierEnum
from .advocate_status_enum import AdvocateStatusEnum
from .agent_message import AgentMessage
from .agent_message_request import AgentMessageRequest
from .agent_result import AgentResult
from .agent_result_status_enum import AgentResultStatusEnum
from .agent_result_summary import AgentResultSummary
from .ai_expert import AIExpert
from .ai_expert_request import AIExpertRequest
from .ai_tip import AITip
from .ai_tip_request import AITipRequest
from .analysis_result import AnalysisResult
from .analysis_result_request import AnalysisResultRequest
from .analysis_status_enum import AnalysisStatusEnum
from .api_error import ApiError
from .api_key import ApiKey
from .api_key_created import ApiKeyCreated
from .api_key_request import ApiKeyRequest
from .approval_status_enum import ApprovalStatusEnum
from .archetype_enum import ArchetypeEnum
from .assign_request import AssignRequest
from .audit_action_enum import AuditActionEnum
from .audit_log import AuditLog
from .author import Author
from .author_request import AuthorRequest
from .auto_invest_rule import AutoInvestRule
from .auto_invest_rule_request import AutoInvestRuleRequest
from .basket import Basket
from .basket_asset import BasketAsset
from .basket_asset_request import BasketAssetRequest
from .basket_category_enum import BasketCategoryEnum
from .basket_request import BasketRequest
from .basket_status_enum import BasketStatusEnum
from .battle_pass import BattlePass
from .battle_pass_request import BattlePassRequest
from .blank_enum import BlankEnum
from .business_idea import BusinessIdea
from .business_idea_list import BusinessIdeaList
from .business_idea_request import BusinessIdeaRequest
from .chain_enum import ChainEnum
from .champion_tier_enum import ChampionTierEnum
from .community_champion import CommunityChampion
from .community_champion_request import CommunityChampionRequest
from .competitor import Competitor
from .competitor_category_enum import CompetitorCategoryEnum
from .competitor_request import CompetitorRequest
from .content_source_type_enum import ContentSourceTypeEnum
from .conversation import Conversation
from .conversation_list import ConversationList
from .conversation_request import ConversationRequest
from .conversation_status_enum import ConversationStatusEnum
from .conversations_agent_type_enum import ConversationsAgentTypeEnum
from .decision import Decision
from .decision_request import DecisionRequest
from .definition import Definition
from .definition_fork_request import DefinitionForkRequest
from .definition_request import DefinitionRequest
from .definition_tree_node import DefinitionTreeNode
from .dm_response_status_enum import DmResponseStatusEnum
from .email_change_confirm_request import EmailChangeConfirmRequest
from .engagement_count import EngagementCount
from .error_count import ErrorCount
from .error_request import ErrorRequest
from .escalation import Escalation
from .escalation_priority_enum import EscalationPriorityEnum
from .escalation_reason_enum import EscalationReasonEnum
from .escalation_request import EscalationRequest
from .escalation_status_enum import EscalationStatusEnum
from .evaluation import Evaluation
from .evaluation_priority_enum import EvaluationPriorityEnum
from .evaluation_request import EvaluationRequest
from .evaluation_status_enum import EvaluationStatusEnum
from .experiment import Experiment
from .experiment_request import ExperimentRequest
from .experiment_status_enum import ExperimentStatusEnum
from .experiment_variant_enum import ExperimentVariantEnum
from .experiment_winner_enum import ExperimentWinnerEnum
from .expert_specialty_enum import ExpertSpecialtyEnum
from .fee_type_enum import FeeTypeEnum
from .help_count import HelpCount
from .idea_status_enum import IdeaStatusEnum
from .increment_request import IncrementRequest
from .ingest_author_request import IngestAuthorRequest
from .ingest_batch_request import IngestBatchRequest
from .ingest_post_request import IngestPostRequest
from .ingest_response import IngestResponse
from .ingest_result import IngestResult
from .interaction_type_enum import InteractionTypeEnum
from .investment_experience_enum import InvestmentExperienceEnum
from .kpi_metric import KpiMetric
from .kpi_metric_request import KpiMetricRequest
from .kpi_type_enum import KpiTypeEnum
from .kyc_status_enum import KycStatusEnum
from .loan import Loan
from .loan_application import LoanApplication
from .loan_application_request import LoanApplicationRequest
from .loan_application_status_enum import LoanApplicationStatusEnum
from .loan_purpose_enum import LoanPurposeEnum
from .loan_status_enum import LoanStatusEnum
from .marked_read import MarkedRead
from .nested_agent_message import NestedAgentMessage
from .nested_agent_message_request import NestedAgentMessageRequest
from .notes_request import NotesRequest
from .notification import Notification
from .notification_channel_enum import NotificationChannelEnum
from .notification_frequency_enum import NotificationFrequencyEnum
from .notification_preference import NotificationPreference
from .notification_preference_request import NotificationPreferenceRequest
from .notification_type_enum import NotificationTypeEnum
from .operational_mode_enum import OperationalModeEnum
from .order import Order
from .order_request import OrderRequest
from .order_transaction_type_enum import OrderTransactionTypeEnum
from .paginated_achievement_list import PaginatedAchievementList
from .paginated_agent_message_list import PaginatedAgentMessageList
from .paginated_agent_result_list import PaginatedAgentResultList
from .paginated_ai_expert_list import PaginatedAIExpertList
from .paginated_ai_tip_list import PaginatedAITipList
from .paginated_analysis_result_list import PaginatedAnalysisResultList
from .paginated_api_key_list import PaginatedApiKeyList
from .paginated_audit_log_list import PaginatedAuditLogList
from .paginated_author_list import PaginatedAuthorList
from .paginated_auto_invest_rule_list import PaginatedAutoInvestRuleList
from .paginated_basket_list import PaginatedBasketList
from .paginated_battle_pass_list import PaginatedBattlePassList
from .paginated_business_idea_list_list import PaginatedBusinessIdeaListList
from .paginated_community_champion_list import PaginatedCommunityChampionList
from .paginated_competitor_list import PaginatedCompetitorList
from .paginated_conversation_list_list import PaginatedConversationListList
from .paginated_decision_list import PaginatedDecisionList
from .paginated_definition_list import PaginatedDefinitionList
from .paginated_definition_tree_node_list import PaginatedDefinitionTreeNodeList
from .paginated_escalation_list import PaginatedEscalationList
from .paginated_evaluation_list import PaginatedEvaluationList
from .paginated_experiment_list import PaginatedExperimentList
from .paginated_kpi_metric_list import PaginatedKpiMetricList
from .paginated_loan_application_list import PaginatedLoanApplicationList
from .paginated_loan_list import PaginatedLoanList
from .paginated_notification_list import PaginatedNotificationList
from .paginated_notification_preference_list import PaginatedNotificationPreferenceList
from .paginated_portfolio_holding_list import PaginatedPortfolioHoldingList
from .paginated_portfolio_list import PaginatedPortfolioList
from .paginated_post_list import PaginatedPostList
from .paginated_quest_list import PaginatedQuestList
from .paginated_reply_list import PaginatedReplyList
from .paginated_research_experiment_list import PaginatedResearchExperimentList
from .paginated_round_up_rule_list import PaginatedRoundUpRuleList
from .paginated_rubric_list import PaginatedRubricList
from .paginated_run_comparison_list import PaginatedRunComparisonList
from .paginated_run_list import PaginatedRunList
from .paginated_run_list_list import PaginatedRunListList
from .paginated_scenario_list import PaginatedScenarioList
from .paginated_transaction_list import PaginatedTransactionList
from .paginated_transcript_list import PaginatedTranscriptList
from .paginated_user_achievement_list import PaginatedUserAchievementList
from .paginated_user_ai_interaction_list import PaginatedUserAIInteractionList
from .paginated_user_battle_pass_list import PaginatedUserBattlePassList
from .paginated_user_quest_list import PaginatedUserQuestList
from .patched_achievement_request import PatchedAchievementRequest
from .patched_agent_message_request import PatchedAgentMessageRequest
from .patched_ai_expert_request import PatchedAIExpertRequest
from .patched_ai_tip_request import PatchedAITipRequest
from .patched_author_request import PatchedAuthorRequest
from .patched_auto_invest_rule_request import PatchedAutoInvestRuleRequest
from .patched_basket_request import PatchedBasketRequest
from .patched_battle_pass_request import PatchedBattlePassRequest
from .patched_business_idea_request import PatchedBusinessIdeaRequest
from .patched_community_champion_request import PatchedCommunityChampionRequest
from .patched_competitor_request import PatchedCompetitorRequest
from .patched_conversation_request import PatchedConversationRequest
from .patched_definition_request import PatchedDefinitionRequest
from .patched_escalation_request import PatchedEscalationRequest
from .patched_experiment_request import PatchedExperimentRequest
from .patched_kpi_metric_request import PatchedKpiMetricRequest
from .patched_loan_application_request import PatchedLoanApplicationRequest
from .patched_notification_preference_request import PatchedNotificationPreferenceRequest
from .patched_portfolio_request import PatchedPortfolioRequest
from .patched_post_request import PatchedPostRequest
from .patched_quest_request import PatchedQuestRequest
from .patched_reply_request import PatchedReplyRequest
from .patched_research_experiment_request import PatchedResearchExperimentRequest
from .patched_round_up_rule_request import PatchedRoundUpRuleRequest
from .patched_rubric_request import PatchedRubricRequest
from .patched_run_comparison_request import PatchedRunComparisonRequest
from .patched_run_request import PatchedRunRequest
from .patched_scenario_request import PatchedScenarioRequest
from .patched_transcript_request import PatchedTranscriptRequest
from .patched_user_achievement_request import PatchedUserAchievementRequest
from .patched_user_preferences_request import PatchedUserPreferencesRequest
from .patched_user_profile_request import PatchedUserProfileRequest
from .patched_user_request import PatchedUserRequest
from .platform_enum import PlatformEnum
from .portfolio import Portfolio
from .portfolio_holding import PortfolioHolding
from .portfolio_request import PortfolioRequest
from .portfolio_status_enum import PortfolioStatusEnum
from .post import Post
from .post_request import PostRequest
from .posted_request import PostedRequest
from .power_tier_enum import PowerTierEnum
from .price_point_enum import PricePointEnum
from .products_enum import ProductsEnum
from .quest import Quest
from .quest_category_enum import QuestCategoryEnum
from .quest_frequency_enum import QuestFrequencyEnum
from .quest_request import QuestRequest
from .quest_status_enum import QuestStatusEnum
from .reanalyze_request import ReanalyzeRequest
from .reason_request import ReasonRequest
from .reply import Reply
from .reply_request import ReplyRequest
from .reply_type_enum import ReplyTypeEnum
from .research_experiment import ResearchExperiment
from .research_experiment_request import ResearchExperimentRequest
from .risk_level_enum import RiskLevelEnum
from .risk_tolerance_enum import RiskToleranceEnum
from .round_up_rule import RoundUpRule
from .round_up_rule_request import RoundUpRuleRequest
from .rubric import Rubric
from .rubric_request import RubricRequest
from .rule_frequency_enum import RuleFrequencyEnum
from .rule_status_enum import RuleStatusEnum
from .run import Run
from .run_comparison import RunComparison
from .run_comparison_request import RunComparisonRequest
from .run_list import RunList
from .run_request import RunRequest
from .run_status_enum import RunStatusEnum
from .scenario import Scenario
from .scenario_request import ScenarioRequest
from .theme_enum import ThemeEnum
from .tip_category_enum import TipCategoryEnum
from .transaction import Transaction
from .transaction_fee import TransactionFee
from .transaction_source_enum import TransactionSourceEnum
from .transaction_status_enum import TransactionStatusEnum
from .transaction_type_enum import TransactionTypeEnum
from .transcript import Transcript
from .transcript_input import TranscriptInput
from .transcript_input_request import TranscriptInputRequest
from .transcript_request import TranscriptRequest
from .user import User
from .user_achievement import UserAchievement
from .user_ai_interaction import UserAIInteraction
from .user_ai_interaction_request import UserAIInteractionRequest
from .user_battle_pass import UserBattlePass
from .user_battle_pass_request import UserBattlePassRequest
from .user_level import UserLevel
from .user_preferences import UserPreferences
from .user_preferences_request import UserPreferencesRequest
from .user_profile import UserProfile
from .user_profile_request import UserProfileRequest
from .user_quest import UserQuest
from .user_request import UserRequest
from .user_status_enum import UserStatusEnum
from .v1_conversations_list_content_type_item import V1ConversationsListContentTypeItem
from .v1_conversations_list_include import V1ConversationsListInclude
from .v1_conversations_list_status_item import V1ConversationsListStatusItem
from .v1_conversations_messages_list_agent_type_item import V1ConversationsMessagesListAgentTypeItem
from .v1_engagement_audit_logs_list_action import V1EngagementAuditLogsListAction
from .v1_engagement_authors_list_platform import V1EngagementAuthorsListPlatform
from .v1_engagement_champions_list_advocate_status import V1EngagementChampionsListAdvocateStatus
from .v1_engagement_champions_list_tier import V1EngagementChampionsListTier
from .v1_engagement_competitors_list_category import V1EngagementCompetitorsListCategory
from .v1_engagement_decisions_list_archetype import V1EngagementDecisionsListArchetype
from .v1_engagement_decisions_list_experiment_variant import (
    V1EngagementDecisionsListExperimentVariant,
)
from .v1_engagement_decisions_list_mode import V1EngagementDecisionsListMode
from .v1_engagement_escalations_list_priority import V1EngagementEscalationsListPriority
from .v1_engagement_escalations_list_reason import V1EngagementEscalationsListReason
from .v1_engagement_escalations_list_status import V1EngagementEscalationsListStatus
from .v1_engagement_experiments_list_status import V1EngagementExperimentsListStatus
from .v1_engagement_kpi_metrics_list_metric_type import V1EngagementKpiMetricsListMetricType
from .v1_engagement_kpi_metrics_list_platform import V1EngagementKpiMetricsListPlatform
from .v1_engagement_posts_list_platform import V1EngagementPostsListPlatform
from .v1_engagement_replies_list_approval_status import V1EngagementRepliesListApprovalStatus
from .v1_engagement_replies_list_archetype import V1EngagementRepliesListArchetype
from .v1_engagement_replies_list_platform import V1EngagementRepliesListPlatform
from .v1_engagement_replies_list_reply_type import V1EngagementRepliesListReplyType
from .v1_ideas_agent_results_list_status import V1IdeasAgentResultsListStatus
from .v1_ideas_evaluations_list_priority import V1IdeasEvaluationsListPriority
from .v1_ideas_evaluations_list_status import V1IdeasEvaluationsListStatus
from .v1_ideas_ideas_list_include import V1IdeasIdeasListInclude
from .v1_ideas_ideas_list_status import V1IdeasIdeasListStatus
from .v1_portfolio_achievements_list_category import V1PortfolioAchievementsListCategory
from .v1_portfolio_achievements_list_tier import V1PortfolioAchievementsListTier
from .v1_portfolio_ai_experts_list_specialty import V1PortfolioAiExpertsListSpecialty
from .v1_portfolio_ai_interactions_list_interaction_type import (
    V1PortfolioAiInteractionsListInteractionType,
)
from .v1_portfolio_ai_tips_list_category import V1PortfolioAiTipsListCategory
from .v1_portfolio_auto_invest_rules_list_frequency import V1PortfolioAutoInvestRulesListFrequency
from .v1_portfolio_auto_invest_rules_list_status import V1PortfolioAutoInvestRulesListStatus
from .v1_portfolio_baskets_list_category import V1PortfolioBasketsListCategory
from .v1_portfolio_baskets_list_chain import V1PortfolioBasketsListChain
from .v1_portfolio_baskets_list_risk_level import V1PortfolioBasketsListRiskLevel
from .v1_portfolio_baskets_list_status import V1PortfolioBasketsListStatus
from .v1_portfolio_loan_applications_list_purpose import V1PortfolioLoanApplicationsListPurpose
from .v1_portfolio_loan_applications_list_status import V1PortfolioLoanApplicationsListStatus
from .v1_portfolio_loans_list_status import V1PortfolioLoansListStatus
from .v1_portfolio_my_quests_list_status import V1PortfolioMyQuestsListStatus
from .v1_portfolio_notification_preferences_list_channel import (
    V1PortfolioNotificationPreferencesListChannel,
)
from .v1_portfolio_notification_preferences_list_notification_type import (
    V1PortfolioNotificationPreferencesListNotificationType,
)
from .v1_portfolio_notifications_list_channel import V1PortfolioNotificationsListChannel
from .v1_portfolio_notifications_list_notification_type import (
    V1PortfolioNotificationsListNotificationType,
)
from .v1_portfolio_portfolios_list_include import V1PortfolioPortfoliosListInclude
from .v1_portfolio_portfolios_list_status import V1PortfolioPortfoliosListStatus
from .v1_portfolio_quests_list_category import V1PortfolioQuestsListCategory
from .v1_portfolio_quests_list_frequency import V1PortfolioQuestsListFrequency
from .v1_portfolio_round_up_rules_list_status import V1PortfolioRoundUpRulesListStatus
from .v1_portfolio_transactions_list_source import V1PortfolioTransactionsListSource
from .v1_portfolio_transactions_list_status import V1PortfolioTransactionsListStatus
from .v1_portfolio_transactions_list_transaction_type import (
    V1PortfolioTransactionsListTransactionType,
)
from .v1_research_analysis_results_list_status import V1ResearchAnalysisResultsListStatus
from .v1_research_runs_list_include import V1ResearchRunsListInclude
from .v1_research_runs_list_status import V1ResearchRunsListStatus

__all__ = (
    "Achievement",
    "AchievementCategoryEnum",
    "AchievementRequest",
    "AchievementTierEnum",
    "AdvocateStatusEnum",
    "AgentMessage",
    "AgentMessageRequest",
    "AgentResult",
    "AgentResultStatusEnum",
    "AgentResultSummary",
    "AIExpert",
    "AIExpertRequest",
    "AITip",
    "AITipRequest",
    "AnalysisResult",
    "AnalysisResultRequest",
    "AnalysisStatusEnum",
    "ApiError",
    "ApiKey",
    "ApiKeyCreated",
    "ApiKeyRequest",
    "ApprovalStatusEnum",
    "ArchetypeEnum",
    "AssignRequest",
    "AuditActionEnum",
    "AuditLog",
    "Author",
    "AuthorRequest",
    "AutoInvestRule",
    "AutoInvestRuleRequest",
    "Basket",
    "BasketAsset",
    "BasketAssetRequest",
    "BasketCategoryEnum",
    "BasketRequest",
    "BasketStatusEnum",
    "BattlePass",
    "BattlePassRequest",
    "BlankEnum",
    "BusinessIdea",
    "BusinessIdeaList",
    "BusinessIdeaRequest",
    "ChainEnum",
    "ChampionTierEnum",
    "CommunityChampion",
    "CommunityChampionRequest",
    "Competitor",
    "CompetitorCategoryEnum",
    "CompetitorRequest",
    "ContentSourceTypeEnum",
    "Conversation",
    "ConversationList",
    "ConversationRequest",
    "ConversationsAgentTypeEnum",
    "ConversationStatusEnum",
    "Decision",
    "DecisionRequest",
    "Definition",
    "DefinitionForkRequest",
    "DefinitionRequest",
    "DefinitionTreeNode",
    "DmResponseStatusEnum",
    "EmailChangeConfirmRequest",
    "EngagementCount",
    "ErrorCount",
    "ErrorRequest",
    "Escalation",
    "EscalationPriorityEnum",
    "EscalationReasonEnum",
    "EscalationRequest",
    "EscalationStatusEnum",
    "Evaluation",
    "EvaluationPriorityEnum",
    "EvaluationRequest",
    "EvaluationStatusEnum",
    "Experiment",
    "ExperimentRequest",
    "ExperimentStatusEnum",
    "ExperimentVariantEnum",
    "ExperimentWinnerEnum",
    "ExpertSpecialtyEnum",
    "FeeTypeEnum",
    "HelpCount",
    "IdeaStatusEnum",
    "IncrementRequest",
    "IngestAuthorRequest",
    "IngestBatchRequest",
    "IngestPostRequest",
    "IngestResponse",
    "IngestResult",
    "InteractionTypeEnum",
    "InvestmentExperienceEnum",
    "KpiMetric",
    "KpiMetricRequest",
    "KpiTypeEnum",
    "KycStatusEnum",
    "Loan",
    "LoanApplication",
    "LoanApplicationRequest",
    "LoanApplicationStatusEnum",
    "LoanPurposeEnum",
    "LoanStatusEnum",
    "MarkedRead",
    "NestedAgentMessage",
    "NestedAgentMessageRequest",
    "NotesRequest",
    "Notification",
    "NotificationChannelEnum",
    "NotificationFrequencyEnum",
    "NotificationPreference",
    "NotificationPreferenceRequest",
    "NotificationTypeEnum",
    "OperationalModeEnum",
    "Order",
    "OrderRequest",
    "OrderTransactionTypeEnum",
    "PaginatedAchievementList",
    "PaginatedAgentMessageList",
    "PaginatedAgentResultList",
    "PaginatedAIExpertList",
    "PaginatedAITipList",
    "PaginatedAnalysisResultList",
    "PaginatedApiKeyList",
    "PaginatedAuditLogList",
    "PaginatedAuthorList",
    "PaginatedAutoInvestRuleList",
    "PaginatedBasketList",
    "PaginatedBattlePassList",
    "PaginatedBusinessIdeaListList",
    "PaginatedCommunityChampionList",
    "PaginatedCompetitorList",
    "PaginatedConversationListList",
    "PaginatedDecisionList",
    "PaginatedDefinitionList",
    "PaginatedDefinitionTreeNodeList",
    "PaginatedEscalationList",
    "PaginatedEvaluationList",
    "PaginatedExperimentList",
    "PaginatedKpiMetricList",
    "PaginatedLoanApplicationList",
    "PaginatedLoanList",
    "PaginatedNotificationList",
    "PaginatedNotificationPreferenceList",
    "PaginatedPortfolioHoldingList",
    "PaginatedPortfolioList",
    "PaginatedPostList",
    "PaginatedQuestList",
    "PaginatedReplyList",
    "PaginatedResearchExperimentList",
    "PaginatedRoundUpRuleList",
    "PaginatedRubricList",
    "PaginatedRunComparisonList",
    "PaginatedRunList",
    "PaginatedRunListList",
    "PaginatedScenarioList",
    "PaginatedTransactionList",
    "PaginatedTranscriptList",
    "PaginatedUserAchievementList",
    "PaginatedUserAIInteractionList",
    "PaginatedUserBattlePassList",
    "PaginatedUserQuestList",
    "PatchedAchievementRequest",
    "PatchedAgentMessageRequest",
    "PatchedAIExpertRequest",
    "PatchedAITipRequest",
    "PatchedAuthorRequest",
    "PatchedAutoInvestRuleRequest",
    "PatchedBasketRequest",
    "PatchedBattlePassRequest",
    "PatchedBusinessIdeaRequest",
    "PatchedCommunityChampionRequest",
    "PatchedCompetitorRequest",
    "PatchedConversationRequest",
    "PatchedDefinitionRequest",
    "PatchedEscalationRequest",
    "PatchedExperimentRequest",
    "PatchedKpiMetricRequest",
    "PatchedLoanApplicationRequest",
    "PatchedNotificationPreferenceRequest",
    "PatchedPortfolioRequest",
    "PatchedPostRequest",
    "PatchedQuestRequest",
    "PatchedReplyRequest",
    "PatchedResearchExperimentRequest",
    "PatchedRoundUpRuleRequest",
    "PatchedRubricRequest",
    "PatchedRunComparisonRequest",
    "PatchedRunRequest",
    "PatchedScenarioRequest",
    "PatchedTranscriptRequest",
    "PatchedUserAchievementRequest",
    "PatchedUserPreferencesRequest",
    "PatchedUserProfileRequest",
    "PatchedUserRequest",
    "PlatformEnum",
    "Portfolio",
    "PortfolioHolding",
    "PortfolioRequest",
    "PortfolioStatusEnum",
    "Post",
    "PostedRequest",
    "PostRequest",
    "PowerTierEnum",
    "PricePointEnum",
    "ProductsEnum",
    "Quest",
    "QuestCategoryEnum",
    "QuestFrequencyEnum",
    "QuestRequest",
    "QuestStatusEnum",
    "ReanalyzeRequest",
    "ReasonRequest",
    "Reply",
    "ReplyRequest",
    "ReplyTypeEnum",
    "ResearchExperiment",
    "ResearchExperimentRequest",
    "RiskLevelEnum",
    "RiskToleranceEnum",
    "RoundUpRule",
    "RoundUpRuleRequest",
    "Rubric",
    "RubricRequest",
    "RuleFrequencyEnum",
    "RuleStatusEnum",
    "Run",
    "RunComparison",
    "RunComparisonRequest",
    "RunList",
    "RunRequest",
    "RunStatusEnum",
    "Scenario",
    "ScenarioRequest",
    "ThemeEnum",
    "TipCategoryEnum",
    "Transaction",
    "TransactionFee",
    "TransactionSourceEnum",
    "TransactionStatusEnum",
    "TransactionTypeEnum",
    "Transcript",
    "TranscriptInput",
    "TranscriptInputRequest",
    "TranscriptRequest",
    "User",
    "UserAchievement",
    "UserAIInteraction",
    "UserAIInteractionRequest",
    "UserBattlePass",
    "UserBattlePassRequest",
    "UserLevel",
    "UserPreferences",
    "UserPreferencesRequest",
    "UserProfile",
    "UserProfileRequest",
    "UserQuest",
    "UserRequest",
    "UserStatusEnum",
    "V1ConversationsListContentTypeItem",
    "V1ConversationsListInclude",
    "V1ConversationsListStatusItem",
    "V1ConversationsMessagesListAgentTypeItem",
    "V1EngagementAuditLogsListAction",
    "V1EngagementAuthorsListPlatform",
    "V1EngagementChampionsListAdvocateStatus",
    "V1EngagementChampionsListTier",
    "V1EngagementCompetitorsListCategory",
    "V1EngagementDecisionsListArchetype",
    "V1EngagementDecisionsListExperimentVariant",
    "V1EngagementDecisionsListMode",
    "V1EngagementEscalationsListPriority",
    "V1EngagementEscalationsListReason",
    "V1EngagementEscalationsListStatus",
    "V1EngagementExperimentsListStatus",
    "V1EngagementKpiMetricsListMetricType",
    "V1EngagementKpiMetricsListPlatform",
    "V1EngagementPostsListPlatform",
    "V1EngagementRepliesListApprovalStatus",
    "V1EngagementRepliesListArchetype",
    "V1EngagementRepliesListPlatform",
    "V1EngagementRepliesListReplyType",
    "V1IdeasAgentResultsListStatus",
    "V1IdeasEvaluationsListPriority",
    "V1IdeasEvaluationsListStatus",
    "V1IdeasIdeasListInclude",
    "V1IdeasIdeasListStatus",
    "V1PortfolioAchievementsListCategory",
    "V1PortfolioAchievementsListTier",
    "V1PortfolioAiExpertsListSpecialty",
    "V1PortfolioAiInteractionsListInteractionType",
    "V1PortfolioAiTipsListCategory",
    "V1PortfolioAutoInvestRulesListFrequency",
    "V1PortfolioAutoInvestRulesListStatus",
    "V1PortfolioBasketsListCategory",
    "V1PortfolioBasketsListChain",
    "V1PortfolioBasketsListRiskLevel",
    "V1PortfolioBasketsListStatus",
    "V1PortfolioLoanApplicationsListPurpose",
    "V1PortfolioLoanApplicationsListStatus",
    "V1PortfolioLoansListStatus",
    "V1PortfolioMyQuestsListStatus",
    "V1PortfolioNotificationPreferencesListChannel",
    "V1PortfolioNotificationPreferencesListNotificationType",
    "V1PortfolioNotificationsListChannel",
    "V1PortfolioNotificationsListNotificationType",
    "V1PortfolioPortfoliosListInclude",
    "V1PortfolioPortfoliosListStatus",
    "V1PortfolioQuestsListCategory",
    "V1PortfolioQuestsListFrequency",
    "V1PortfolioRoundUpRulesListStatus",
    "V1PortfolioTransactionsListSource",
    "V1PortfolioTransactionsListStatus",
    "V1PortfolioTransactionsListTransactionType",
    "V1ResearchAnalysisResultsListStatus",
    "V1ResearchRunsListInclude",
    "V1ResearchRunsListStatus",
)
