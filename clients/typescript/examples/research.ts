// Research: create a root definition and fork it into a child.
import { type ApiClient, type Schemas, unwrap } from "../src/index.ts";

export async function forkDefinition(
  api: ApiClient,
): Promise<{ root: Schemas["Definition"]; child: Schemas["Definition"] }> {
  const root = unwrap(
    await api.POST("/api/v1/research/definitions/", {
      body: { name: "Pricing study", content: { schema_version: 1, prompt: "Price a tool library." } },
    }),
  );
  const child = unwrap(
    await api.POST("/api/v1/research/definitions/{id}/fork/", {
      params: { path: { id: root.id } },
      body: { name: "Pricing study (weekend)", copy_scenarios: true },
    }),
  );
  return { root, child };
}
