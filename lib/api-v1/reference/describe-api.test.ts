import { describe, expect, it } from "vitest";
import { apiDocument } from "../openapi";
import { describeApi, type OpenApiDocument } from "./describe-api";

const reference = describeApi(apiDocument({ minAmount: 100, maxAmount: 1_000_000 }));
const operation = (id: string) => reference.operations.find((o) => o.id === id)!;

describe("the API reference read from the OpenAPI document", () => {
  it("has one entry per method and path, with its right", () => {
    expect(reference.operations.map((o) => `${o.method} ${o.path} ${o.scope}`)).toEqual(
      expect.arrayContaining([
        "POST /api/v1/invoices invoices:write",
        "GET /api/v1/invoices read",
        "GET /api/v1/invoices/{id} read",
      ]),
    );
  });

  it("flattens the request body, nested lists included, with what each field requires", () => {
    const fields = operation("createInvoice").body!.fields;
    const field = (name: string) => fields.find((f) => f.name === name);
    expect(field("customerFirstname")).toMatchObject({
      type: "string",
      required: true,
      limits: { minLength: 1, maxLength: 60 },
    });
    expect(field("merchantReference")).toMatchObject({ required: false, limits: { maxLength: 60 } });
    expect(field("items")).toMatchObject({ type: "object[]", limits: { minItems: 1, maxItems: 50 } });
    expect(field("items[].unitPrice")).toMatchObject({
      type: "integer",
      required: true,
      textKey: "InvoiceInput/items[]/unitPrice",
    });
    expect(field("channel")?.values).toEqual(["hosted", "direct"]);
    expect(field("idempotencyKey")).toBeUndefined();
  });

  it("shows nullable fields by their type, links named objects and drops zod's safe-integer bounds", () => {
    const invoice = reference.schemas.find((s) => s.name === "Invoice")!.fields;
    expect(invoice.find((f) => f.name === "pay_url")).toMatchObject({ type: "string", nullable: true });
    expect(invoice.find((f) => f.name === "expires_at")).toMatchObject({
      type: "string",
      nullable: true,
      limits: { format: "date-time" },
    });
    expect(invoice.find((f) => f.name === "amount")?.limits).toEqual({});
    const list = operation("listInvoices").responses.find((r) => r.status === "200")!;
    expect(list.fields.find((f) => f.name === "data")).toMatchObject({ type: "Invoice[]", link: "Invoice" });
  });

  it("lists the error codes of each error status and no fields for them", () => {
    const responses = operation("createInvoice").responses;
    expect(responses.find((r) => r.status === "422")).toMatchObject({
      fields: [],
      errorCodes: ["validation_failed", "idempotency_key_reused"],
    });
    expect(responses.find((r) => r.status === "429")?.errorCodes).toEqual(["rate_limited"]);
  });

  it("gives a curl example that sends the key, an idempotency key and the schema's example body", () => {
    const curl = operation("createInvoice").curl;
    expect(curl).toContain(`curl -X POST "$CAISSE_URL/api/v1/invoices"`);
    expect(curl).toContain(`-H "Authorization: Bearer $CAISSE_API_KEY"`);
    expect(curl).toContain(`-H "Idempotency-Key: $(uuidgen)"`);
    const body = JSON.parse(curl.slice(curl.indexOf("-d '") + 4, curl.lastIndexOf("'"))) as Record<
      string,
      unknown
    >;
    expect(body).toMatchObject({ channel: "hosted", items: [{ name: "Pagne tissé" }] });
    expect(operation("getInvoice").curl).toContain(`"$CAISSE_URL/api/v1/invoices/$ID"`);
  });

  it("shows an operation added later without knowing it, nested objects and all", () => {
    const document: OpenApiDocument = {
      paths: {
        "/api/v1/payouts/{id}/cancel": {
          post: {
            summary: "Cancel",
            "x-scope": "payouts:write",
            security: [{ apiKey: [] }],
            parameters: [{ in: "path", name: "id", required: true, schema: { type: "string" } }],
            requestBody: {
              content: {
                "application/json": {
                  schema: {
                    type: "object",
                    required: ["recipient"],
                    properties: {
                      recipient: {
                        type: "object",
                        required: ["phone"],
                        properties: { phone: { type: "string", maxLength: 20, description: "E.164" } },
                      },
                      note: { anyOf: [{ type: "string" }, { type: "null" }] },
                    },
                  },
                },
              },
            },
            responses: { "204": { description: "Cancelled" } },
          },
        },
      },
    };
    const [added] = describeApi(document).operations;
    expect(added).toMatchObject({
      id: "post-api-v1-payouts-id-cancel",
      method: "POST",
      scope: "payouts:write",
    });
    expect(added!.body!.fields.map((f) => [f.name, f.required, f.textKey])).toEqual([
      ["recipient", true, "post-api-v1-payouts-id-cancel/body/recipient"],
      ["recipient.phone", true, "post-api-v1-payouts-id-cancel/body/recipient/phone"],
      ["note", false, "post-api-v1-payouts-id-cancel/body/note"],
    ]);
    expect(added!.curl).toContain(`"recipient": {\n    "phone": "…"\n  }`);
    expect(added!.responses).toEqual([
      { status: "204", description: "Cancelled", fields: [], errorCodes: [], schemaName: undefined },
    ]);
  });
});
