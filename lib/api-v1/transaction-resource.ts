import { z } from "zod";
import type { TransactionRow } from "@/lib/transaction-history/list-transactions";
import {
  TRANSACTION_STATUSES,
  TRANSACTION_TYPES,
  cursorSchema,
  transactionFiltersSchema,
} from "@/lib/transaction-history/schemas";
import { listPageSchema } from "./list-page";

/** The console's history filters and keyset cursor, and a page size like the invoice list's. */
export const apiTransactionQuerySchema = transactionFiltersSchema.extend({
  cursor: cursorSchema,
  limit: z.coerce.number().int().min(1).max(100).default(25),
});

/**
 * One line of the transaction history as `/api/v1` answers it: a payin (an invoice), a refund or
 * a payout, in snake_case, without LigdiCash's identifiers.
 */
export const apiTransactionSchema = z
  .object({
    id: z
      .string()
      .meta({ description: "The invoice's id for a payin, the payout's for a refund or payout." }),
    object: z.literal("transaction"),
    type: z.enum(TRANSACTION_TYPES),
    number: z.string().meta({ description: "FAC-… for a payin, VER-… for a refund or payout." }),
    status: z.enum(TRANSACTION_STATUSES).meta({
      description:
        "A payin: the invoice's status (as in Invoice); a refund or payout: the payout's (as in Payout).",
    }),
    amount: z.int().meta({ description: "Whole XOF." }),
    currency: z.literal("XOF"),
    operator: z
      .string()
      .nullable()
      .meta({ description: "orange_bf, moov_bf…; null until LigdiCash names it." }),
    description: z.string(),
    reference: z.string().nullable().meta({ description: "A payin's reference as the shop sent it." }),
    phone: z.string().nullable().meta({ description: "The payer's number (payin) or the recipient's." }),
    customer_name: z.string().nullable(),
    invoice_id: z.string().nullable().meta({ description: "A payin's own invoice; a refund's invoice." }),
    created_at: z.iso.datetime(),
    settled_at: z.iso.datetime().nullable(),
  })
  .meta({ id: "Transaction" });

export const apiTransactionPageSchema = listPageSchema(
  apiTransactionSchema,
  "TransactionList",
  ", with the same filters,",
);

export type ApiTransaction = z.infer<typeof apiTransactionSchema>;

export function toApiTransaction(row: TransactionRow): ApiTransaction {
  return {
    id: row.id,
    object: "transaction",
    type: row.kind,
    number: row.number,
    status: row.status,
    amount: row.amount,
    currency: "XOF",
    operator: row.operator,
    description: row.description,
    reference: row.reference,
    phone: row.phone,
    customer_name: row.customerName,
    invoice_id: row.invoiceId,
    created_at: row.createdAt.toISOString(),
    settled_at: row.settledAt?.toISOString() ?? null,
  };
}
