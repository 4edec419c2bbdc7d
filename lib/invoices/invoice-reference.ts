/** What the customer quotes: the merchant's reference, else the start of the link's own id. */
export function invoiceReference(row: { merchantReference: string | null; publicId: string }): string {
  return row.merchantReference ?? row.publicId.slice(0, 8);
}
