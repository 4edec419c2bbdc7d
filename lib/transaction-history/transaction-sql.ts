import { Prisma } from "@/lib/generated/prisma/client";
import { isInvoiceDisplayState } from "@/lib/invoices/display-state";
import { invoiceDisplayStateIn, invoiceDisplayStateSql } from "@/lib/invoices/display-state-sql";
import { normalizePhone } from "@/lib/phone";
import { dayRangeConditions } from "@/lib/search/day-range-sql";
import { invoiceSearchSql, payoutSearchSql } from "@/lib/search/search-sql";
import { readSearchTerms } from "@/lib/search/search-terms";
import { PAYOUT_STATUSES, type TransactionFilters } from "./schemas";

// SQL fragments of the transaction history. Everything a person typed travels as a bound
// parameter (Prisma.sql placeholders): no user text is ever concatenated into the SQL string.

function phoneValue(text: string): { exact: string } | { suffix: string } | null {
  const normalized = normalizePhone(text);
  if (normalized.ok) return { exact: normalized.value };
  const digits = text.replace(/\D/g, "");
  return digits.length >= 4 ? { suffix: digits } : null;
}

/** The WHERE conditions shared by both branches (dates, amounts), then each branch's own. */
function commonConditions(f: TransactionFilters, alias: string, amountColumn: Prisma.Sql): Prisma.Sql[] {
  const col = (name: string) => Prisma.raw(`${alias}.${name}`);
  const out = dayRangeConditions(`${alias}.created_at`, f.from, f.to);
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
  if (f.q) out.push(invoiceSearchSql(readSearchTerms(f.q)));
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
  if (f.q) out.push(payoutSearchSql(readSearchTerms(f.q)));
  return out;
}

/** The selected columns of each branch, in the same shape so the two can be UNIONed. A payin's
 * `status` is its invoice's display state: what the list shows, the filter picks and the export writes. */
export const INVOICE_COLUMNS = Prisma.sql`'payin'::text AS kind, i.id, i.number, ${invoiceDisplayStateSql()} AS status, i.total_amount AS amount,
  i.operator, i.description, i.merchant_reference AS reference, COALESCE(i.payer_phone, i.customer_phone) AS phone,
  i.customer_firstname || ' ' || i.customer_lastname AS customer_name,
  i.gateway_request_id AS request_id, NULL::text AS invoice_id, i.number AS invoice_number, i.settled_at, i.created_at`;
/** A refund names its invoice and that invoice's customer (one primary-key look-up each, on the page's rows only). */
export const PAYOUT_COLUMNS = Prisma.sql`CASE WHEN p.purpose = 'refund' THEN 'refund' ELSE 'payout' END AS kind, p.id, p.number,
  p.status::text AS status, p.amount, p.operator, p.reason AS description, NULL::text AS reference,
  p.recipient_phone AS phone,
  (SELECT r.customer_firstname || ' ' || r.customer_lastname FROM invoices r WHERE r.id = p.invoice_id) AS customer_name,
  NULL::text AS request_id, p.invoice_id, (SELECT r.number FROM invoices r WHERE r.id = p.invoice_id) AS invoice_number,
  p.settled_at, p.created_at`;

/** `WHERE a AND b …`, or nothing when there is no condition. */
export function whereClause(conditions: Prisma.Sql[]): Prisma.Sql {
  return conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
}
