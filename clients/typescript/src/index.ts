/**
 * Typed client for the data platform API.
 *
 * `schema.d.ts` is generated from the API's OpenAPI schema by `make clients` (do not edit
 * it); this file is the thin, hand-written layer over openapi-fetch: API-key auth, the
 * JSON error body as a type, and paging.
 *
 *   const api = createApiClient({ baseUrl: "http://127.0.0.1:8000", apiKey });
 *   const page = unwrap(await api.GET("/api/v1/conversations/", {}));
 */
import createClient, { type Client, type ClientOptions } from "openapi-fetch";

import type { components, operations, paths } from "./schema.d.ts";

export type { components, operations, paths };

/** Every named schema of the API: `Schemas["Conversation"]`, `Schemas["Order"]`, ... */
export type Schemas = components["schemas"];

/**
 * The JSON body of every error response (400, 401, 403, 404, 409, 429, 503).
 * `code` is stable (`not_found`, `conflict`, `constraint_violation`, ...), `constraint`
 * names the PostgreSQL rule that rejected a write; 400 validation errors carry one key
 * per field with a list of messages.
 */
export type ApiError = components["schemas"]["ApiError"];

/** Field name -> messages, as a 400 carries them. */
export type FieldErrors = Record<string, string[]>;

export type ApiClient = Client<paths>;

export interface ApiClientOptions extends Omit<ClientOptions, "baseUrl"> {
  /** Where the API is served, without `/api/v1`: `https://data.example.com`. */
  baseUrl: string;
  /** The full key, `<prefix>.<secret>`, as `manage.py create_api_key` prints it. */
  apiKey: string;
}

/** An openapi-fetch client that sends `Authorization: Api-Key <key>` on every request. */
export function createApiClient({ apiKey, ...options }: ApiClientOptions): ApiClient {
  const client = createClient<paths>(options);
  client.use({
    onRequest({ request }) {
      request.headers.set("Authorization", `Api-Key ${apiKey}`);
      return request;
    },
  });
  return client;
}

/** An error response, thrown by `unwrap`: the status and the typed body. */
export class ApiRequestError extends Error {
  readonly status: number;
  readonly body: ApiError;

  constructor(status: number, body: ApiError) {
    super(`HTTP ${status}: ${typeof body.detail === "string" ? body.detail : JSON.stringify(body)}`);
    this.name = "ApiRequestError";
    this.status = status;
    this.body = body;
  }

  get code(): string | undefined {
    return this.body.code;
  }

  get constraint(): string | undefined {
    return this.body.constraint;
  }

  /** Validation messages by field (400). */
  get fieldErrors(): FieldErrors {
    return fieldErrors(this.body);
  }
}

/** The field errors of an error body: every key whose value is a list of messages. */
export function fieldErrors(error: ApiError): FieldErrors {
  const result: FieldErrors = {};
  for (const [key, value] of Object.entries(error)) {
    if (Array.isArray(value)) {
      result[key] = value.map(String);
    }
  }
  return result;
}

/** What an openapi-fetch call resolves to: `data` on success, the typed `error` otherwise. */
export interface FetchResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/** The success body of a call. */
export type Data<R extends FetchResult> = Exclude<R["data"], undefined>;

/** The response body on success; throws `ApiRequestError` with the typed error otherwise. */
export function unwrap<R extends FetchResult>(result: R): Data<R> {
  if (result.error !== undefined || !result.response.ok) {
    throw new ApiRequestError(result.response.status, (result.error ?? {}) as ApiError);
  }
  return result.data as Data<R>;
}

/** A page of a list endpoint (page-number or cursor pagination). */
export interface Page<T> {
  next?: string | null;
  results: T[];
}

/** Where the next page starts: pass it into the list call's `query`. */
export type PageQuery = { page?: number; cursor?: string };

function nextQuery(next: string): PageQuery | null {
  const params = new URL(next).searchParams;
  const cursor = params.get("cursor");
  if (cursor !== null) return { cursor };
  const page = params.get("page");
  if (page !== null) return { page: Number(page) };
  return null;
}

/** The row type of a list call. */
export type PageRow<R extends FetchResult> = Data<R> extends Page<infer T> ? T : never;

/**
 * Every row of a list endpoint, following `next` page by page:
 *
 *   for await (const c of allPages((q) =>
 *     api.GET("/api/v1/conversations/", { params: { query: { ...q, page_size: 100 } } }),
 *   )) { ... }
 */
export async function* allPages<R extends FetchResult>(
  fetchPage: (query: PageQuery) => Promise<R>,
  { limit }: { limit?: number } = {},
): AsyncGenerator<PageRow<R>, void, undefined> {
  let query: PageQuery | null = {};
  let seen = 0;
  while (query !== null) {
    const page = unwrap(await fetchPage(query)) as Page<PageRow<R>>;
    for (const row of page.results) {
      if (limit !== undefined && seen >= limit) return;
      seen += 1;
      yield row;
    }
    query = page.next ? nextQuery(page.next) : null;
  }
}
