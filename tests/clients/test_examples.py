"""One example per product with the typed Python client, as a FastAPI service would use it.

These are the examples docs/clients.md points to; each checks the typed results.
"""

import uuid
from decimal import Decimal

import pytest
from data_platform_client import (
    ApiError,
    ApiException,
    AuthenticatedClient,
    connect,
    expect,
    iter_pages,
)
from data_platform_client.api.v1 import (
    v1_conversations_create,
    v1_conversations_list,
    v1_conversations_messages_list,
    v1_engagement_decisions_list,
    v1_engagement_replies_approve_create,
    v1_engagement_replies_create,
    v1_ideas_evaluations_create,
    v1_ideas_evaluations_retrieve,
    v1_ideas_ideas_create,
    v1_ideas_ideas_submit_create,
    v1_portfolio_portfolios_create,
    v1_portfolio_transactions_create,
    v1_research_definitions_create,
    v1_research_definitions_fork_create,
)
from data_platform_client.models import (
    AgentMessage,
    AgentMessageRequest,
    ApprovalStatusEnum,
    ArchetypeEnum,
    BusinessIdea,
    BusinessIdeaRequest,
    ContentSourceTypeEnum,
    Conversation,
    ConversationList,
    ConversationRequest,
    ConversationsAgentTypeEnum,
    Definition,
    DefinitionForkRequest,
    DefinitionRequest,
    Evaluation,
    EvaluationPriorityEnum,
    EvaluationRequest,
    EvaluationStatusEnum,
    IdeaStatusEnum,
    Order,
    OrderRequest,
    OrderTransactionTypeEnum,
    PaginatedAgentMessageList,
    PaginatedConversationListList,
    PaginatedDecisionList,
    PlatformEnum,
    Portfolio,
    PortfolioRequest,
    Reply,
    ReplyRequest,
)

pytestmark = pytest.mark.clients


def list_conversations_with_messages(
    client: AuthenticatedClient, limit: int = 10
) -> list[tuple[ConversationList, list[AgentMessage]]]:
    """Conversations (newest first), each with its messages in order."""
    out = []
    for conversation in iter_pages(
        v1_conversations_list.sync_detailed,
        PaginatedConversationListList,
        client=client,
        page_size=5,
        limit=limit,
    ):
        messages = list(
            iter_pages(
                v1_conversations_messages_list.sync_detailed,
                PaginatedAgentMessageList,
                conversation_pk=str(conversation.id),
                client=client,
                ordering="message_order",
            )
        )
        out.append((conversation, messages))
    return out


def test_list_conversations_with_messages(client):
    # The API shows the caller's own conversations (staff too): make an older one first,
    # so the list holds more than the one created below.
    expect(
        v1_conversations_create.sync_detailed(
            client=client,
            body=ConversationRequest(
                content_type=ContentSourceTypeEnum.TEXT,
                content_title="An older note",
                content_content="Nothing moved today.",
            ),
        ),
        Conversation,
    )
    created = expect(
        v1_conversations_create.sync_detailed(
            client=client,
            body=ConversationRequest(
                content_type=ContentSourceTypeEnum.MARKET_REPORT,
                content_title="Q3 market report",
                content_content="Rates held; small caps rallied into the close.",
                messages=[
                    AgentMessageRequest(
                        agent_type=ConversationsAgentTypeEnum.FINANCIAL_ANALYST,
                        agent_name="Ana",
                        content="Small caps look cheap.",
                    ),
                    AgentMessageRequest(
                        agent_type=ConversationsAgentTypeEnum.RISK_CHALLENGER,
                        agent_name="Rex",
                        content="Liquidity is thin.",
                    ),
                ],
            ),
        ),
        Conversation,
    )
    listed = list_conversations_with_messages(client, limit=12)
    assert len(listed) >= 2  # the caller's own conversations, newest first
    by_id = {conversation.id: messages for conversation, messages in listed}
    assert created.id in by_id, "the newest conversation comes first"
    messages = by_id[created.id]
    assert all(isinstance(m, AgentMessage) for m in messages)
    assert [m.agent_name for m in messages] == ["Ana", "Rex"]
    assert messages[0].agent_type is ConversationsAgentTypeEnum.FINANCIAL_ANALYST
    first, _ = listed[0]
    assert isinstance(first, ConversationList) and isinstance(first.message_count, int)


def test_submit_an_idea_and_poll_its_evaluation(client):
    draft = expect(
        v1_ideas_ideas_create.sync_detailed(
            client=client,
            body=BusinessIdeaRequest(
                title=f"Tool library {uuid.uuid4().hex[:6]}",
                description="Rent drills, ladders and saws by the hour from neighbours, booked in an app.",
            ),
        ),
        BusinessIdea,
    )
    assert draft.status is IdeaStatusEnum.DRAFT
    idea = expect(v1_ideas_ideas_submit_create.sync_detailed(draft.id, client=client), BusinessIdea)
    assert idea.status is IdeaStatusEnum.SUBMITTED
    evaluation = expect(
        v1_ideas_evaluations_create.sync_detailed(
            client=client,
            body=EvaluationRequest(business_idea=idea.id, priority=EvaluationPriorityEnum.HIGH),
        ),
        Evaluation,
    )
    done = {EvaluationStatusEnum.COMPLETED, EvaluationStatusEnum.FAILED}
    for _ in range(3):  # a worker claims it; here none runs, so it stays pending
        if evaluation.status in done:
            break
        evaluation = expect(
            v1_ideas_evaluations_retrieve.sync_detailed(evaluation.id, client=client), Evaluation
        )
    assert evaluation.status is EvaluationStatusEnum.PENDING
    assert evaluation.priority is EvaluationPriorityEnum.HIGH
    assert evaluation.started_at is None

    # Submitting twice is a typed 409.
    with pytest.raises(ApiException) as excinfo:
        expect(v1_ideas_ideas_submit_create.sync_detailed(idea.id, client=client), BusinessIdea)
    assert excinfo.value.status_code == 409
    assert isinstance(excinfo.value.error, ApiError)
    assert excinfo.value.code == "invalid_transition"


def test_approve_a_reply_as_staff(client):
    decisions = expect(
        v1_engagement_decisions_list.sync_detailed(client=client, page_size=1),
        PaginatedDecisionList,
    )
    decision = decisions.results[0]  # the newest decision to answer
    reply = expect(
        v1_engagement_replies_create.sync_detailed(
            client=client,
            body=ReplyRequest(
                decision=decision.id,
                archetype=ArchetypeEnum.CHECKLIST,
                platform=PlatformEnum.REDDIT,
                utm_code="clients-example",
                content="Three checks before you buy: fees, spread, and lock-ups. —Antone (Vita)",
            ),
        ),
        Reply,
    )
    assert reply.approval_status is ApprovalStatusEnum.PENDING
    approved = expect(
        v1_engagement_replies_approve_create.sync_detailed(reply.id, client=client), Reply
    )
    assert approved.approval_status is ApprovalStatusEnum.APPROVED
    assert approved.approved_at is not None and approved.approved_by is not None

    # The decision is final: a second approval is refused with the typed error body.
    with pytest.raises(ApiException) as excinfo:
        expect(v1_engagement_replies_approve_create.sync_detailed(reply.id, client=client), Reply)
    assert excinfo.value.status_code in (400, 409)
    assert excinfo.value.error is not None and excinfo.value.error.detail


def test_fork_a_research_definition(client):
    root = expect(
        v1_research_definitions_create.sync_detailed(
            client=client,
            body=DefinitionRequest(
                name="Pricing study",
                content={"schema_version": 1, "prompt": "Price a tool library."},
            ),
        ),
        Definition,
    )
    child = expect(
        v1_research_definitions_fork_create.sync_detailed(
            root.id,
            client=client,
            body=DefinitionForkRequest(name="Pricing study (weekend)", copy_scenarios=True),
        ),
        Definition,
    )
    assert child.parent == root.id
    assert child.name == "Pricing study (weekend)"
    assert child.content["prompt"] == "Price a tool library."

    # An unknown id is a typed 404.
    with pytest.raises(ApiException) as excinfo:
        expect(
            v1_research_definitions_fork_create.sync_detailed(
                uuid.uuid4(), client=client, body=DefinitionForkRequest(name="x")
            ),
            Definition,
        )
    assert excinfo.value.status_code == 404


def test_place_a_portfolio_order(client):
    portfolio = expect(
        v1_portfolio_portfolios_create.sync_detailed(
            client=client,
            body=PortfolioRequest(name=f"Clients {uuid.uuid4().hex[:6]}", base_currency="USD"),
        ),
        Portfolio,
    )
    order = expect(
        v1_portfolio_transactions_create.sync_detailed(
            client=client,
            body=OrderRequest(
                portfolio=portfolio.id,
                transaction_type=OrderTransactionTypeEnum.BUY,
                asset_symbol="ACME",
                quantity="2.5",
                price="10.00",
            ),
        ),
        Order,
    )
    assert order.portfolio == portfolio.id
    assert Decimal(order.quantity) == Decimal("2.5")
    assert order.transaction_type is OrderTransactionTypeEnum.BUY

    # Bad input is a typed 400 with messages by field.
    with pytest.raises(ApiException) as excinfo:
        expect(
            v1_portfolio_transactions_create.sync_detailed(
                client=client,
                body=OrderRequest(
                    portfolio=portfolio.id,
                    transaction_type=OrderTransactionTypeEnum.BUY,
                    asset_symbol="ACME",
                    quantity="-1",
                    price="10.00",
                ),
            ),
            Order,
        )
    assert excinfo.value.status_code == 400
    assert "quantity" in excinfo.value.field_errors


def test_a_bad_key_is_a_typed_401(base_url):
    with connect(base_url, "nope.nope") as bad:
        response = v1_conversations_list.sync_detailed(client=bad)
    assert response.status_code == 401
    assert isinstance(response.parsed, ApiError)
    assert response.parsed.detail == "Invalid API key."
