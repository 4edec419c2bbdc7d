import { InvoiceStatus, PayoutStatus } from "@/lib/generated/prisma/enums";

// Every state of an invoice and of a payout, read from the schema's enums so that forms, filters
// and SQL never carry a list of their own. Plain constants: safe in browser bundles too.
export const INVOICE_STATUSES = Object.values(InvoiceStatus) as [InvoiceStatus, ...InvoiceStatus[]];
export const PAYOUT_STATUSES = Object.values(PayoutStatus) as [PayoutStatus, ...PayoutStatus[]];
