// Ideas: submit a business idea, queue its evaluation and poll until it is decided.
import { type ApiClient, type Schemas, unwrap } from "../src/index.ts";

const DONE: ReadonlyArray<Schemas["EvaluationStatusEnum"]> = ["completed", "failed"];

export async function submitIdeaAndPoll(
  api: ApiClient,
  { attempts = 3, intervalMs = 200 }: { attempts?: number; intervalMs?: number } = {},
): Promise<{ idea: Schemas["BusinessIdea"]; evaluation: Schemas["Evaluation"] }> {
  const draft = unwrap(
    await api.POST("/api/v1/ideas/ideas/", {
      body: { title: "Tool library", description: "Rent drills, ladders and saws by the hour from neighbours, booked in an app." },
    }),
  );
  const idea = unwrap(
    await api.POST("/api/v1/ideas/ideas/{id}/submit/", { params: { path: { id: draft.id } } }),
  );
  let evaluation = unwrap(
    await api.POST("/api/v1/ideas/evaluations/", { body: { business_idea: idea.id, priority: "high" } }),
  );
  // Workers claim pending evaluations; poll until one decides it (or we give up).
  for (let i = 0; i < attempts && !DONE.includes(evaluation.status ?? "pending"); i++) {
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
    evaluation = unwrap(
      await api.GET("/api/v1/ideas/evaluations/{id}/", { params: { path: { id: evaluation.id } } }),
    );
  }
  return { idea, evaluation };
}
