"""What the schema docs generator cannot read from the database (see docs/development.md)."""

SEED_FILE = "000_fbcaf7566993474f.txt"

SUMMARY = (
    "AI agent conversations (seed 000, Story 1.0b): a `Conversation` is one AutoGen debate "
    "about a piece of content (an article, video, report or pasted text) owned by a user; "
    "its `AgentMessage` rows are the turns of the three agents (financial analyst, market "
    "context, risk challenger) in `message_order`. Every validation of the seed's Pydantic "
    "models is also a PostgreSQL CHECK, so the FastAPI service writing SQL directly is held "
    "to the same rules as Django."
)

SEED_FIELDS = {
    "Conversation": {
        "id": "id",
        "user": "userId",
        "content_type": "contentType",
        "content_title": "contentTitle",
        "content_content": "contentContent",
        "content_url": "contentUrl",
        "content_author": "contentAuthor",
        "content_published_at": "contentPublishedAt",
        "content_metadata": "contentMetadata",
        "status": "status",
        "consensus_reached": "consensusReached",
        "final_recommendation": "finalRecommendation",
        "confidence_score": "confidenceScore",
        "created_at": "createdAt",
        "updated_at": "updatedAt",
        "completed_at": "completedAt",
        "metadata": "metadata",
    },
    "AgentMessage": {
        "id": "id",
        "conversation": "conversationId",
        "agent_type": "agentType",
        "agent_name": "agentName",
        "content": "content",
        "confidence_level": "confidenceLevel",
        "message_order": "messageOrder",
        "cited_sources": "citedSources",
        "signal_references": "signalReferences",
        "timestamp": "timestamp",
        "metadata": "metadata",
    },
}

NOTES = """\
**Users.** The seed's `User` table is `accounts.User` (`clerkId` -> `clerk_id`, unique when
present). `Conversation.user` is `ON DELETE CASCADE` in PostgreSQL (`models.DB_CASCADE`), and
`AgentMessage.conversation` too: deleting a user, from Django or from raw SQL, removes their
conversations and those conversations' messages.

**Keys.** The seed's `cuid()` string ids became UUIDs (`gen_random_uuid()` as the column
default), which is what the seed's Pydantic models (`str(uuid.uuid4())`) produce anyway.

**Enums.** `contentType`, `status` and `agentType` are `String` in the seed with the enum
in a comment; here they are `varchar` columns with a CHECK listing the Pydantic enum values:

- `content_type` (ContentSourceType): `text`, `substack_article`, `youtube_video`,
  `market_report`, `news_article`.
- `status` (ConversationStatus): `initialized` (default), `running`, `paused`,
  `completed`, `error`, `cancelled`.
- `agent_type` (AgentType): `financial_analyst`, `market_context`, `risk_challenger`.

**Pydantic validations held by PostgreSQL.** `content_title` 1..500 characters
(`varchar(500)` + `..._title_not_empty`); `content_content` at least 10 characters
(`..._content_min_length`); `content_url` NULL or starting with `http://`/`https://`
(`..._url_http`); `content_author` at most 200 (`varchar(200)`); `confidence_score` and
`confidence_level` NULL or within 0..1 (`..._confidence_range`); `agent_name` 1..100
characters; message `content` not empty; JSON columns are JSON objects
(`jsonb_typeof = 'object'`, Pydantic `Dict[str, Any]`); the text arrays hold no NULL
elements (Pydantic `List[str]`).

**Invariants added here.** `message_order` is 0 or more, as the seed's Pydantic model
says (`ge=0`; `..._order_non_negative`; a message sent without one takes its 1-based
position, as in the seed's sample data) and is unique within a conversation
(`conversations_agentmessage_order_unique`); `completed_at` is not before `created_at`
(`..._completed_after_created`).

**Types.** `confidence_score` / `confidence_level` are `real` (single precision) as the
seed's `@db.Real` says. `@updatedAt` is Django's `auto_now`; a raw `UPDATE` must set
`updated_at` itself.

**Defaults.** Every seed `@default` is a column default (`db_default`): `status`
`'initialized'`, `consensus_reached` false, JSON columns `'{}'`, arrays `'{}'`,
`created_at`/`updated_at`/`timestamp` `STATEMENT_TIMESTAMP()`, ids `gen_random_uuid()`.

**Indexes.** The seed's `(userId, createdAt)`, `(status, createdAt)`,
`(contentType, createdAt)`, `(agentType, timestamp)` and `(timestamp)` indexes exist with
`created_at`/`timestamp` descending (newest first is how they are read). The seed's
`(conversationId, messageOrder)` index is the unique constraint's index, and no separate
single-column foreign-key indexes are created because these composite indexes lead with
the foreign key. Added for the API and admin filters: `(consensus_reached, created_at)` and
`(created_at)` (the staff list across all users).

**Services.** A conversation entering `completed`, `error` or `cancelled` without a
`completed_at` gets it stamped (`conversations.services`); a conversation with its messages
is created in one transaction.
"""
