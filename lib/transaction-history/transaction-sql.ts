import { Prisma } from "@/lib/generated/prisma/client";
import { isInvoiceDisplayState } from "@/lib/invoices/display-state";
import { invoiceDisplayStateIn, invoiceDisplayStateSql } from "@/lib/invoices/display-state-sql";
import { normalizePhone } from "@/lib/phone";
import { PAYOUT_STATUSES, type TransactionFilters } from "./schemas";

// SQL fragments of the transaction history. Everything a person typed travels as a bound
// parameter (Prisma.sql placeholders): no user text is ever concatenated into the SQL string.

const DAY_MS = 24 * 3600 * 1000;

function phoneValue(text: string): { exact: string } | { suffix: string } | null {
  const normalized = normalizePhone(text);
  if (normalized.ok) return { exact: normalized.value };
  const digits = text.replace(/\D/g, "");
  return digits.length >= 4 ? { suffix: digits } : null;
}

/** Escapes LIKE wildcards so `%` or `_` typed in the search box match themselves. */
function likeContains(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The WHERE conditions shared by both branches (dates, amounts), then each branch's own. */
function commonConditions(f: TransactionFilters, alias: string, amountColumn: Prisma.Sql): Prisma.Sql[] {
  const col = (name: string) => Prisma.raw(`${alias}.${name}`);
  const out: Prisma.Sql[] = [];
  if (f.from) out.push(Prisma.sql`${col("created_at")} >= ${new Date(`${f.from}T00:00:00Z`)}`);
  // `to` is a whole day (Burkina Faso is on UTC all year): up to the next midnight, excluded.
  if (f.to)
    out.push(Prisma.sql`${col("created_at")} < ${new Date(Date.parse(`${f.to}T00:00:00Z`) + DAY_MS)}`);
  if (f.minAmount !== undefined) out.push(Prisma.sql`${amountColumn} >= ${f.minAmount}`);
  if (f.maxAmount !== undefined) out.push(Prisma.sql`${amountColumn} <= ${f.maxAmount}`);
  if (f.operator) out.push(Prisma.sql`${col("operator")} = ${f.operator}`);
  return out;
}

/** The conditions on invoices; null when the filters rule invoices out entirely (the branch is then left out of the union). */
export function invoiceWhere(f: TransactionFilters): Prisma.Sql[] | null {
  if (f.type && f.type !== "payin") return null;
  const out = commonConditions(f, "i", Prisma.sql`i.total_amount`);
  if (f.status) {
    if (!isInvoiceDisplayState(f.status)) return null;
    out.push(invoiceDisplayStateIn([f.status]));
  }
  if (f.phone) {
    const phone = phoneValue(f.phone);
    if (!phone) return null;
    out.push(
      "exact" in phone
        ? Prisma.sql`(i.customer_phone = ${phone.exact} OR i.payer_phone = ${phone.exact})`
        : Prisma.sql`(i.customer_phone LIKE ${`%${phone.suffix}`} OR i.payer_phone LIKE ${`%${phone.suffix}`})`,
    );
  }
  if (f.q) {
    const like = likeContains(f.q);
    out.push(
      Prisma.sql`(i.id = ${f.q} OR i.public_id = ${f.q} OR i.gateway_request_id = ${f.q} OR i.merchant_reference ILIKE ${like} OR i.description ILIKE ${like})`,
    );
  }
  return out;
}

export function payoutWhere(f: TransactionFilters): Prisma.Sql[] | null {
  if (f.type === "payin") return null;
  if (f.status && !(PAYOUT_STATUSES as readonly string[]).includes(f.status)) return null;
  const out = commonConditions(f, "p", Prisma.sql`p.amount`);
  if (f.type === "refund") out.push(Prisma.sql`p.purpose = 'refund'`);
  if (f.type === "payout") out.push(Prisma.sql`p.purpose <> 'refund'`);
  if (f.status) out.push(Prisma.sql`p.status = ${f.status}::"PayoutStatus"`);
  if (f.phone) {
    const phone = phoneValue(f.phone);
    if (!phone) return null;
    out.push(
      "exact" in phone
        ? Prisma.sql`p.recipient_phone = ${phone.exact}`
        : Prisma.sql`p.recipient_phone LIKE ${`%${phone.suffix}`}`,
    );
  }
  if (f.q) {
    const like = likeContains(f.q);
    out.push(Prisma.sql`(p.id = ${f.q} OR p.invoice_id = ${f.q} OR p.reason ILIKE ${like})`);
  }
  return out;
}

/** The selected columns of each branch, in the same shape so the two can be UNIONed. A payin's
 * `status` is its invoice's display state: what the list shows, the filter picks and the export writes. */
export const INVOICE_COLUMNS = Prisma.sql`'payin'::text AS kind, i.id, ${invoiceDisplayStateSql()} AS status, i.total_amount AS amount,
  i.operator, i.description, i.merchant_reference AS reference, COALESCE(i.payer_phone, i.customer_phone) AS phone,
  i.gateway_request_id AS request_id, NULL::text AS invoice_id, i.created_at`;
export const PAYOUT_COLUMNS = Prisma.sql`CASE WHEN p.purpose = 'refund' THEN 'refund' ELSE 'payout' END AS kind, p.id,
  p.status::text AS status, p.amount, p.operator, p.reason AS description, NULL::text AS reference,
  p.recipient_phone AS phone, NULL::text AS request_id, p.invoice_id, p.created_at`;

/** `WHERE a AND b …`, or nothing when there is no condition. */
export function whereClause(conditions: Prisma.Sql[]): Prisma.Sql {
  return conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
}
