/** What the customer quotes: the invoice's own number (`FAC-2026-000123`), the one staff search
 * for. The shop's reference, when it has one, stays the shop's (staff pages and the API show it). */
export function invoiceReference(row: { number: string }): string {
  return row.number;
}
