// Conversations: list the caller's conversations, each with its messages in order.
import { allPages, type ApiClient, type Schemas, unwrap } from "../src/index.ts";

export interface ConversationWithMessages {
  conversation: Schemas["ConversationList"];
  messages: Schemas["AgentMessage"][];
}

export async function listConversationsWithMessages(
  api: ApiClient,
  { limit = 10 }: { limit?: number } = {},
): Promise<ConversationWithMessages[]> {
  const out: ConversationWithMessages[] = [];
  const conversations = allPages(
    (q) => api.GET("/api/v1/conversations/", { params: { query: { ...q, page_size: 50 } } }),
    { limit },
  );
  for await (const conversation of conversations) {
    const messages: Schemas["AgentMessage"][] = [];
    for await (const message of allPages((q) =>
      api.GET("/api/v1/conversations/{conversation_pk}/messages/", {
        params: { path: { conversation_pk: conversation.id }, query: { ...q, ordering: "message_order" } },
      }),
    )) {
      messages.push(message);
    }
    out.push({ conversation, messages });
  }
  return out;
}

export async function startConversation(api: ApiClient): Promise<Schemas["Conversation"]> {
  return unwrap(
    await api.POST("/api/v1/conversations/", {
      body: {
        content_type: "market_report",
        content_title: "Q3 market report",
        content_content: "Rates held; small caps rallied into the close.",
        messages: [
          { agent_type: "financial_analyst", agent_name: "Ana", content: "Small caps look cheap." },
          { agent_type: "risk_challenger", agent_name: "Rex", content: "Liquidity is thin." },
        ],
      },
    }),
  );
}
