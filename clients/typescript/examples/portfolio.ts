// Portfolio: open a portfolio and place a buy order (recorded and settled atomically).
import { type ApiClient, ApiRequestError, type Schemas, unwrap } from "../src/index.ts";

export async function placeOrder(
  api: ApiClient,
): Promise<{ portfolio: Schemas["Portfolio"]; order: Schemas["Order"] }> {
  const portfolio = unwrap(
    await api.POST("/api/v1/portfolio/portfolios/", { body: { name: "Clients example", base_currency: "USD" } }),
  );
  const order = unwrap(
    await api.POST("/api/v1/portfolio/transactions/", {
      body: {
        portfolio: portfolio.id,
        transaction_type: "buy",
        asset_symbol: "ACME",
        quantity: "2.5",
        price: "10.00",
      },
    }),
  );
  return { portfolio, order };
}

/** A bad order is a typed 400 with messages by field. */
export async function badOrder(api: ApiClient, portfolio: number): Promise<Record<string, string[]>> {
  try {
    unwrap(
      await api.POST("/api/v1/portfolio/transactions/", {
        body: { portfolio, transaction_type: "buy", asset_symbol: "ACME", quantity: "-1", price: "10" },
      }),
    );
    return {};
  } catch (error) {
    if (error instanceof ApiRequestError && error.status === 400) return error.fieldErrors;
    throw error;
  }
}
