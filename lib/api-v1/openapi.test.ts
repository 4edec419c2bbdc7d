import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { apiDocument } from "./openapi";
import { apiInvoiceSchema, toApiInvoice } from "./invoice-resource";
import { apiPayoutSchema, toApiPayout } from "./payout-resource";
import { apiTransactionSchema, toApiTransaction } from "./transaction-resource";

const ROOT = path.join(__dirname, "..", "..", "app", "api", "v1");
const LIMITS = { minAmount: 100, maxAmount: 1_000_000 };

/** Every `route.ts` under app/api/v1 with the methods it exports, as OpenAPI names them, and the
 * scope each declares (`scope: "…"` in its apiRoute). */
function routesOnDisk(): string[] {
  return routeScopesOnDisk().map(([route]) => route);
}

function routeScopesOnDisk(): [string, string | undefined][] {
  const found: [string, string | undefined][] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === "route.ts") {
        const apiPath = `/api/v1/${path.relative(ROOT, dir)}`.replace(/\[(\w+)\]/g, "{$1}");
        if (apiPath === "/api/v1/openapi.json") continue;
        const source = readFileSync(full, "utf8");
        for (const [, method, scope] of source.matchAll(
          /export (?:const|async function|function) (GET|POST|PUT|PATCH|DELETE)\b(?: = apiRoute\(\{\s*scope: "([^"]+)")?/g,
        ))
          found.push([`${method!.toLowerCase()} ${apiPath}`, scope]);
      }
    }
  };
  walk(ROOT);
  return found.sort(([a], [b]) => a.localeCompare(b));
}

describe("the OpenAPI document of /api/v1", () => {
  const document = apiDocument(LIMITS);

  it("describes exactly the routes on disk, each with the methods it exports", () => {
    const documented = Object.entries(document.paths ?? {})
      .flatMap(([apiPath, item]) => Object.keys(item ?? {}).map((method) => `${method} ${apiPath}`))
      .sort();
    expect(routesOnDisk().length).toBeGreaterThan(0);
    expect(documented).toEqual(routesOnDisk());
  });

  it("asks the idempotency key in its header, not in the body the console sends", () => {
    const text = JSON.stringify(document);
    const post = document.paths?.["/api/v1/invoices"]?.post;
    expect(post?.parameters).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ in: "header", name: "Idempotency-Key", required: true }),
      ]),
    );
    const input = document.components?.schemas?.InvoiceInput as { properties: object; required: string[] };
    expect(Object.keys(input.properties)).toEqual(
      expect.arrayContaining(["customerFirstname", "customerEmail", "items", "merchantReference"]),
    );
    expect(Object.keys(input.properties)).not.toContain("idempotencyKey");
    expect(input.required).not.toContain("idempotencyKey");
    expect(text).not.toContain("gatewayToken");
  });

  it("an invoice as the API answers it matches the document's schema", () => {
    const invoice = toApiInvoice({
      id: "inv1",
      number: "FAC-2026-000123",
      status: "pending",
      displayState: "awaiting_payment",
      channel: "hosted",
      totalAmount: 12_500,
      customerName: "Awa Ouédraogo",
      customerEmail: "awa@example.bf",
      merchantReference: "CMD-42",
      metadata: { cart_id: "c_981", customer: "u-77" },
      operator: null,
      createdByName: "Admin",
      createdAt: "2026-12-06T10:00:00.000Z",
      expiresAt: null,
      revokedAt: null,
      payUrl: "https://caisse.example/pay/abc",
    });
    expect(apiInvoiceSchema.parse(invoice)).toEqual(invoice);
    expect(invoice).toMatchObject({
      status: "awaiting_payment",
      amount: 12_500,
      pay_url: "https://caisse.example/pay/abc",
      metadata: { cart_id: "c_981", customer: "u-77" },
    });
  });

  it("states for each operation the scope its route asks of the key", () => {
    const documented = Object.entries(document.paths ?? {}).flatMap(([apiPath, item]) =>
      Object.entries(item ?? {}).map(
        ([method, operation]) =>
          [`${method} ${apiPath}`, (operation as { "x-scope"?: string })["x-scope"]] as const,
      ),
    );
    const onDisk = routeScopesOnDisk();
    expect(onDisk.every(([, scope]) => scope !== undefined)).toBe(true);
    expect(Object.fromEntries(documented)).toEqual(Object.fromEntries(onDisk));
  });

  it("asks a payout's idempotency key in its header too", () => {
    const post = document.paths?.["/api/v1/payouts"]?.post;
    expect(post?.parameters).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ in: "header", name: "Idempotency-Key", required: true }),
      ]),
    );
    const input = document.components?.schemas?.PayoutInput as { properties: object; required: string[] };
    expect(Object.keys(input.properties)).toEqual(
      expect.arrayContaining(["purpose", "invoiceId", "amount", "reason", "destination", "recipient"]),
    );
    expect(Object.keys(input.properties)).not.toContain("idempotencyKey");
    expect(input.required).not.toContain("idempotencyKey");
  });

  it("a payout as the API answers it matches the document, without staff or LigdiCash's token", () => {
    const payout = toApiPayout({
      id: "pay1",
      number: "VER-2026-000045",
      status: "awaiting_approval",
      purpose: "refund",
      destination: "mobile_money",
      amount: 60_000,
      reason: "Article retourné",
      recipientPhone: "22676000002",
      recipientSource: "verified_payer",
      operator: "orange_bf",
      topUpWallet: null,
      approvalReasons: ["over_threshold"],
      invoiceId: "inv1",
      invoiceNumber: "FAC-2026-000123",
      requestedBy: { id: "u1", name: "Aminata Admin" },
      decidedBy: null,
      decidedAt: null,
      decisionNote: null,
      hasGatewayToken: true,
      operatorName: null,
      failureCode: null,
      unknownGatewayStatus: null,
      sendStartedAt: null,
      sentAt: null,
      settledAt: null,
      lastCheckedAt: null,
      createdAt: "2026-12-06T10:00:00.000Z",
    });
    expect(apiPayoutSchema.parse(payout)).toEqual(payout);
    expect(payout).toMatchObject({ kind: "refund", invoice_id: "inv1", status: "awaiting_approval" });
    expect(JSON.stringify(payout)).not.toMatch(/Aminata|token|requested/i);
  });

  it("a transaction as the API answers it matches the document", () => {
    const transaction = toApiTransaction({
      kind: "payout",
      id: "pay1",
      number: "VER-2026-000045",
      status: "notcompleted",
      amount: 2_000,
      operator: "moov_bf",
      description: "Prime de tournée",
      reference: null,
      phone: "22670000001",
      customerName: null,
      requestId: "LIGDI-REQ-1",
      invoiceId: null,
      invoiceNumber: null,
      settledAt: new Date("2026-12-06T10:05:00.000Z"),
      createdAt: new Date("2026-12-06T10:00:00.000Z"),
    });
    expect(apiTransactionSchema.parse(transaction)).toEqual(transaction);
    expect(JSON.stringify(transaction)).not.toContain("LIGDI-REQ-1");
  });
});
