// Engagement (staff only): draft a reply and approve it. Approval is final and audited.
import { type ApiClient, ApiRequestError, type Schemas, unwrap } from "../src/index.ts";

export async function approveReplyAsStaff(api: ApiClient): Promise<Schemas["Reply"]> {
  const decisions = unwrap(
    await api.GET("/api/v1/engagement/decisions/", { params: { query: { page_size: 1 } } }),
  );
  const decision = decisions.results[0]; // the newest decision to answer
  if (decision === undefined) throw new Error("No decision to answer.");
  const reply = unwrap(
    await api.POST("/api/v1/engagement/replies/", {
      body: {
        decision: decision.id,
        archetype: "CHECKLIST",
        platform: "REDDIT",
        utm_code: "clients-example",
        content: "Three checks before you buy: fees, spread, and lock-ups. —Antone (Vita)",
      },
    }),
  );
  return unwrap(
    await api.POST("/api/v1/engagement/replies/{id}/approve/", { params: { path: { id: reply.id } } }),
  );
}

/** Approving twice is refused: the typed error says why. */
export async function approveAgain(api: ApiClient, id: string): Promise<ApiRequestError | null> {
  try {
    unwrap(await api.POST("/api/v1/engagement/replies/{id}/approve/", { params: { path: { id } } }));
    return null;
  } catch (error) {
    if (error instanceof ApiRequestError) return error; // error.status, error.code, error.body
    throw error;
  }
}
