import { z } from "zod";
import {
  createDocument,
  type ZodOpenApiOperationObject,
  type ZodOpenApiOverrideMetaContext,
} from "zod-openapi";
import { ERROR_STATUS, type ErrorCode } from "@/lib/http/app-error";
import { invoiceInputSchema, listInvoicesSchema, type AmountLimits } from "@/lib/invoices/schemas";
import { requestPayoutSchema } from "@/lib/payouts/schemas";
import { apiInvoicePageSchema, apiInvoiceSchema } from "./invoice-resource";
import { apiPayoutSchema } from "./payout-resource";
import { apiTransactionPageSchema, apiTransactionQuerySchema } from "./transaction-resource";

/** The words of validation messages do not belong in a schema document: their keys stand in. */
const keysOnly = (key: string) => key;

const errorSchema = z
  .object({
    error: z.object({
      code: z
        .string()
        .meta({ description: "Stable code: validation_failed, idempotency_key_reused, rate_limited…" }),
      message: z
        .string()
        .meta({ description: "In the caller's language (Accept-Language / locale cookie)." }),
      details: z.record(z.string(), z.unknown()).optional(),
    }),
  })
  .meta({ id: "Error" });

const errors = (...codes: number[]) =>
  Object.fromEntries(
    codes.map((code) => [
      String(code),
      {
        description: ERROR_DESCRIPTIONS[code] ?? "Error",
        content: { "application/json": { schema: errorSchema } },
        "x-error-codes": API_ERROR_CODES.filter((name) => ERROR_STATUS[name] === code),
      },
    ]),
  );

/** The `error.code` values a call to `/api/v1` can get (the console's own, such as csrf_rejected, never reach it). */
const API_ERROR_CODES = [
  "bad_request",
  "idempotency_key_required",
  "unauthenticated",
  "forbidden",
  "not_found",
  "payload_too_large",
  "validation_failed",
  "idempotency_key_reused",
  "conflict",
  "rate_limited",
  "gateway_error",
  "gateway_timeout",
] as const satisfies readonly ErrorCode[];

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: "Malformed request, or Idempotency-Key missing",
  401: "No key, an unknown key or a revoked key",
  403: "The key lacks the scope",
  404: "No such object",
  409: "The object is in a state that does not allow this (details.rule)",
  422: "Invalid fields (details.fields), or an Idempotency-Key reused with another body",
  429: "Too many calls with this key this minute (Retry-After)",
  502: "LigdiCash answered with an error",
  504: "LigdiCash did not answer in time: nothing is sent twice, read the object again",
};

/** What the reference page's curl example sends (a hosted link for one order). */
const INVOICE_EXAMPLE = {
  channel: "hosted",
  customerFirstname: "Salimata",
  customerLastname: "Ouédraogo",
  customerEmail: "salimata@example.bf",
  merchantReference: "CMD-7781",
  description: "Commande en ligne n° 7781",
  items: [{ name: "Pagne tissé", quantity: 2, unitPrice: 6250 }],
};

/** A console schema as a request body: the idempotency key moved to its header; `example` feeds the reference page's curl. */
function withoutIdempotencyKey<S extends z.ZodType>(schema: S, id: string, example?: object): S {
  return schema.meta({
    id,
    override: ({ jsonSchema }: ZodOpenApiOverrideMetaContext) => {
      if (example) jsonSchema.examples = [example];
      const properties = jsonSchema.properties as Record<string, unknown> | undefined;
      delete properties?.idempotencyKey;
      if (Array.isArray(jsonSchema.required))
        jsonSchema.required = jsonSchema.required.filter((name: string) => name !== "idempotencyKey");
    },
  });
}

const idempotencyHeader = z.object({
  "Idempotency-Key": z.string().min(8).max(64).meta({
    description:
      "One per request. The same key and body replay the stored answer; another body gets 422. Kept 24 h at least.",
  }),
});

const createInvoice = (limits: AmountLimits): ZodOpenApiOperationObject => ({
  operationId: "createInvoice",
  summary: "Create an invoice and its hosted payment link",
  security: [{ apiKey: [] }],
  "x-scope": "invoices:write",
  requestParams: { header: idempotencyHeader },
  requestBody: {
    content: {
      "application/json": {
        schema: withoutIdempotencyKey(invoiceInputSchema(limits, keysOnly), "InvoiceInput", INVOICE_EXAMPLE),
      },
    },
  },
  responses: {
    "201": { description: "Created", content: { "application/json": { schema: apiInvoiceSchema } } },
    "200": {
      description: "Replayed: the invoice this key created",
      content: { "application/json": { schema: apiInvoiceSchema } },
    },
    ...errors(400, 401, 403, 422, 429, 502),
  },
});

const listInvoices: ZodOpenApiOperationObject = {
  operationId: "listInvoices",
  summary: "Invoices, newest first, with the console's filters and keyset cursor",
  security: [{ apiKey: [] }],
  "x-scope": "read",
  requestParams: { query: listInvoicesSchema(keysOnly) },
  responses: {
    "200": { description: "One page", content: { "application/json": { schema: apiInvoicePageSchema } } },
    ...errors(400, 401, 403, 422, 429),
  },
};

const getInvoice: ZodOpenApiOperationObject = {
  operationId: "getInvoice",
  summary: "One invoice",
  security: [{ apiKey: [] }],
  "x-scope": "read",
  requestParams: { path: z.object({ id: z.string() }) },
  responses: {
    "200": { description: "The invoice", content: { "application/json": { schema: apiInvoiceSchema } } },
    ...errors(401, 403, 404, 429),
  },
};

const createPayout = (limits: AmountLimits): ZodOpenApiOperationObject => ({
  operationId: "createPayout",
  summary: "Refund an invoice, or pay out to a mobile-money number",
  description:
    "The console's own rules apply: above the approval threshold (or the key creator's 24 h total, or a refund to another number than the payer's) the payout waits `awaiting_approval` until a manager approves it in the console; otherwise it is sent at once. A refund never exceeds what is left to refund on its invoice (422, details.remaining).",
  security: [{ apiKey: [] }],
  "x-scope": "payouts:write",
  requestParams: { header: idempotencyHeader },
  requestBody: {
    content: {
      "application/json": {
        schema: withoutIdempotencyKey(requestPayoutSchema(limits, keysOnly), "PayoutInput"),
      },
    },
  },
  responses: {
    "201": {
      description: "Stored, and sent unless it awaits approval",
      content: { "application/json": { schema: apiPayoutSchema } },
    },
    "200": {
      description: "Replayed: the payout this key created, as it stands now",
      content: { "application/json": { schema: apiPayoutSchema } },
    },
    ...errors(400, 401, 403, 404, 409, 422, 429, 502, 504),
  },
});

const getPayout: ZodOpenApiOperationObject = {
  operationId: "getPayout",
  summary: "One refund or payout",
  security: [{ apiKey: [] }],
  "x-scope": "read",
  requestParams: { path: z.object({ id: z.string() }) },
  responses: {
    "200": { description: "The payout", content: { "application/json": { schema: apiPayoutSchema } } },
    ...errors(401, 403, 404, 429),
  },
};

const listTransactions: ZodOpenApiOperationObject = {
  operationId: "listTransactions",
  summary: "Payins, refunds and payouts together, with the console's filters and keyset cursor",
  security: [{ apiKey: [] }],
  "x-scope": "read",
  requestParams: { query: apiTransactionQuerySchema },
  responses: {
    "200": { description: "One page", content: { "application/json": { schema: apiTransactionPageSchema } } },
    ...errors(401, 403, 422, 429),
  },
};

/** OpenAPI 3.1 of `/api/v1`, built from the schemas the routes validate with. */
export function apiDocument(limits: AmountLimits) {
  return createDocument({
    openapi: "3.1.0",
    info: {
      title: "Caisse API",
      version: "1.0.0",
      description:
        "Create LigdiCash payment links, refunds and payouts from a shop's own backend and read their verified state. Authenticate with `Authorization: Bearer caisse_sk_…` (keys are made by an administrator in the console).",
    },
    servers: [{ url: "/" }],
    components: { securitySchemes: { apiKey: { type: "http", scheme: "bearer" } } },
    paths: {
      "/api/v1/invoices": { post: createInvoice(limits), get: listInvoices },
      "/api/v1/invoices/{id}": { get: getInvoice },
      "/api/v1/payouts": { post: createPayout(limits) },
      "/api/v1/payouts/{id}": { get: getPayout },
      "/api/v1/transactions": { get: listTransactions },
    },
  });
}
