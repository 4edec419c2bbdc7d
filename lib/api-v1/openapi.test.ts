import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { apiDocument } from "./openapi";
import { apiInvoiceSchema, toApiInvoice } from "./invoice-resource";

const ROOT = path.join(__dirname, "..", "..", "app", "api", "v1");
const LIMITS = { minAmount: 100, maxAmount: 1_000_000 };

/** Every `route.ts` under app/api/v1 with the methods it exports, as OpenAPI names them. */
function routesOnDisk(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === "route.ts") {
        const apiPath = `/api/v1/${path.relative(ROOT, dir)}`.replace(/\[(\w+)\]/g, "{$1}");
        if (apiPath === "/api/v1/openapi.json") continue;
        const source = readFileSync(full, "utf8");
        for (const [, method] of source.matchAll(
          /export (?:const|async function|function) (GET|POST|PUT|PATCH|DELETE)\b/g,
        ))
          found.push(`${method!.toLowerCase()} ${apiPath}`);
      }
    }
  };
  walk(ROOT);
  return found.sort();
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
    });
  });
});
