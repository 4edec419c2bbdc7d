import { z } from "zod";
import type { InvoiceDetailDto, InvoiceSummaryDto } from "@/lib/invoices/invoice-dto";
import { INVOICE_DISPLAY_STATES } from "@/lib/invoices/display-state";
import { listPageSchema } from "./list-page";

/**
 * An invoice as `/api/v1` answers it: snake_case, as payment APIs speak, and only what a shop's
 * backend needs — never LigdiCash's token. The schema is the OpenAPI document's (lib/api-v1/openapi.ts)
 * and the contract tests check every answer against it.
 */
export const apiInvoiceSchema = z
  .object({
    id: z.string(),
    object: z.literal("invoice"),
    number: z.string().meta({ description: "The number staff and the customer quote: FAC-2026-000123." }),
    status: z.enum(INVOICE_DISPLAY_STATES).meta({
      description:
        "draft, awaiting_payment, expired, revoked, paid, partially_refunded, refunded or not_completed: verified with LigdiCash, never taken from a callback alone.",
    }),
    amount: z.int().meta({ description: "Total in whole XOF." }),
    currency: z.literal("XOF"),
    reference: z.string().nullable().meta({ description: "The shop's own reference, as sent." }),
    metadata: z
      .record(z.string(), z.string())
      .meta({ description: "The shop's own key/value pairs, as sent; {} when none." }),
    customer_name: z.string(),
    pay_url: z.string().nullable().meta({ description: "The hosted payment link to send the customer." }),
    created_at: z.iso.datetime(),
    expires_at: z.iso.datetime().nullable(),
  })
  .meta({ id: "Invoice" });

export type ApiInvoice = z.infer<typeof apiInvoiceSchema>;

export const apiInvoicePageSchema = listPageSchema(apiInvoiceSchema, "InvoiceList");

export function toApiInvoice(
  invoice: InvoiceSummaryDto & Partial<Pick<InvoiceDetailDto, "payUrl">>,
): ApiInvoice {
  return {
    id: invoice.id,
    object: "invoice",
    number: invoice.number,
    status: invoice.displayState,
    amount: invoice.totalAmount,
    currency: "XOF",
    reference: invoice.merchantReference,
    metadata: invoice.metadata,
    customer_name: invoice.customerName,
    pay_url: invoice.channel === "hosted" ? (invoice.payUrl ?? null) : null,
    created_at: invoice.createdAt,
    expires_at: invoice.expiresAt,
  };
}
