import type { RunningSimulator } from "../server";

// Helpers for tests that talk to the simulator over HTTP like Caisse does.

export const AUTH_HEADERS = {
  Apikey: "sim-api-key",
  Authorization: "Bearer sim-auth-token",
  Accept: "application/json",
  "Content-Type": "application/json",
};

export type ApiAnswer = { status: number; text: string; json: Record<string, unknown>; ms: number };

/** Calls `path` relative to the base URL (`redirect/checkout-invoice/create`…). */
export async function callApi(
  sim: RunningSimulator,
  path: string,
  init: {
    method?: string;
    body?: unknown;
    rawBody?: string;
    headers?: Record<string, string>;
    timeoutMs?: number;
  } = {},
): Promise<ApiAnswer> {
  const started = Date.now();
  const body = init.rawBody ?? (init.body === undefined ? undefined : JSON.stringify(init.body));
  const response = await fetch(new URL(path, sim.baseUrl), {
    method: init.method ?? (body === undefined ? "GET" : "POST"),
    headers: init.headers ?? AUTH_HEADERS,
    body,
    signal: AbortSignal.timeout(init.timeoutMs ?? 5000),
  });
  const text = await response.text();
  let json: Record<string, unknown> = {};
  try {
    json = JSON.parse(text) as Record<string, unknown>;
  } catch {
    // non-JSON answers (faults) are checked through `text`
  }
  return { status: response.status, text, json, ms: Date.now() - started };
}

/** Calls a /_sim control. */
export async function callControl(sim: RunningSimulator, path: string, method = "GET", body?: unknown) {
  const response = await fetch(`${sim.origin}/_sim/${path}`, {
    method,
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as unknown };
}

export const E1 = "redirect/checkout-invoice/create";
export const E2 = "straight/checkout-invoice/create";
export const E5 = "redirect/checkout-invoice/confirm/";
export const E6 = "withdrawal/create";
export const E7 = "straight/payout";
export const E8 = "withdrawal/confirm/";
export const E9 = "straight/payout/confirm/";

type Item = { name: string; description: string; quantity: number; unit_price: number; total_price: number };

/** An E1 body like the SDKs send (docs/ligdicash-contract.md §11), total 12,500 XOF over two items. */
export function invoiceBody(
  options: {
    callbackUrl?: string;
    transactionId?: string;
    customer?: string;
    otp?: string;
    returnUrl?: string;
  } = {},
) {
  const items: Item[] = [
    {
      name: "Chemise Faso Dan Fani",
      description: "Taille M",
      quantity: 2,
      unit_price: 5500,
      total_price: 11000,
    },
    { name: "Livraison", description: "", quantity: 1, unit_price: 1500, total_price: 1500 },
  ];
  return {
    commande: {
      invoice: {
        items,
        total_amount: 12500 as unknown,
        devise: "XOF" as unknown,
        description: "Commande 42",
        customer: options.customer ?? "",
        customer_firstname: "Awa",
        customer_lastname: "Ouedraogo",
        customer_email: "awa@example.org",
        external_id: "",
        otp: options.otp ?? "",
      },
      store: { name: "Boutique Wend-Panga", website_url: "https://shop.example.org" },
      actions: {
        cancel_url: "https://shop.example.org/cancel",
        return_url: options.returnUrl ?? "https://shop.example.org/ok",
        callback_url: (options.callbackUrl ?? "") as string | null,
      },
      custom_data: {
        transaction_id: options.transactionId ?? `ORD-${Math.random().toString(36).slice(2)}`,
      } as unknown,
    },
  };
}

/** An E2 body: no items, the payer's number and OTP. */
export function directBody(customer: string, otp: string, amount = 2500, callbackUrl = "") {
  const body = invoiceBody({ customer, otp, callbackUrl, returnUrl: "" });
  body.commande.invoice.items = [];
  body.commande.invoice.total_amount = amount;
  return body;
}

/** E6 body (E7 without top_up_wallet). */
export function payoutBody(
  customer: string,
  amount: unknown = 1000,
  options: { callbackUrl?: string; transactionId?: string; topUpWallet?: number | null } = {},
) {
  const commande: Record<string, unknown> = {
    amount,
    description: "Remboursement ORD-42",
    customer,
    callback_url: options.callbackUrl ?? "",
    custom_data: { transaction_id: options.transactionId ?? `PAY-${Math.random().toString(36).slice(2)}` },
  };
  if (options.topUpWallet !== null) commande.top_up_wallet = options.topUpWallet ?? 0;
  return { commande };
}

export const JWT_SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

export function decodeSegment(token: string, index: number): Record<string, unknown> {
  const part = token.split(".")[index] ?? "";
  return JSON.parse(Buffer.from(part, "base64url").toString("utf8")) as Record<string, unknown>;
}
