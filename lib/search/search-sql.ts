import { Prisma } from "@/lib/generated/prisma/client";
import type { SearchTerms } from "./search-terms";

// The search box's conditions on invoices and payouts, shared by the invoice list and the
// transaction history. Each OR arm is one an index can serve (an integration test checks the
// plan): B-trees for exact ids, numbers and phones, trigram GIN indexes for "contains". The
// customer arm calls caisse_invoice_customer_text exactly as its index does (the migration
// 20261206010000_document_numbers_and_customer_search), accents and case folded on both sides.
// Everything typed travels as a bound parameter.

const column = (alias: string, name: string) => Prisma.raw(`${alias}.${name}`);

/** The invoice `alias` (a code constant, never user input) matches the search text. */
export function invoiceSearchSql(terms: SearchTerms, alias = "i"): Prisma.Sql {
  const c = (name: string) => column(alias, name);
  const arms = [
    Prisma.sql`${c("id")} = ${terms.exact}`,
    Prisma.sql`${c("public_id")} = ${terms.exact}`,
    Prisma.sql`${c("gateway_request_id")} = ${terms.exact}`,
    Prisma.sql`${c("number")} ILIKE ${terms.contains}`,
    Prisma.sql`${c("merchant_reference")} ILIKE ${terms.contains}`,
    Prisma.sql`${c("description")} ILIKE ${terms.contains}`,
    Prisma.sql`caisse_invoice_customer_text(${c("customer_firstname")}, ${c("customer_lastname")}, ${c("customer_email")}) LIKE caisse_search_text(${terms.contains})`,
  ];
  if (terms.number) arms.push(Prisma.sql`${c("number")} = ${terms.number}`);
  if (terms.phone)
    arms.push(
      Prisma.sql`${c("customer_phone")} = ${terms.phone}`,
      Prisma.sql`${c("payer_phone")} = ${terms.phone}`,
    );
  return Prisma.sql`(${Prisma.join(arms, " OR ")})`;
}

/** The payout `alias` matches the search text, or (a refund) its invoice does: searching a
 * customer or an invoice number also finds the money sent back to her. */
export function payoutSearchSql(terms: SearchTerms, alias = "p"): Prisma.Sql {
  const c = (name: string) => column(alias, name);
  const arms = [
    Prisma.sql`${c("id")} = ${terms.exact}`,
    Prisma.sql`${c("invoice_id")} = ${terms.exact}`,
    Prisma.sql`${c("number")} ILIKE ${terms.contains}`,
    Prisma.sql`${c("reason")} ILIKE ${terms.contains}`,
    // = ANY(ARRAY(…)), not IN (…): the matching invoices are found once, first, and their ids then
    // read through the index on invoice_id; an IN sub-query inside an OR is a filter on every payout.
    Prisma.sql`${c("invoice_id")} = ANY (ARRAY(SELECT refunded.id FROM invoices refunded WHERE ${invoiceSearchSql(terms, "refunded")}))`,
  ];
  if (terms.number) arms.push(Prisma.sql`${c("number")} = ${terms.number}`);
  if (terms.phone) arms.push(Prisma.sql`${c("recipient_phone")} = ${terms.phone}`);
  return Prisma.sql`(${Prisma.join(arms, " OR ")})`;
}
