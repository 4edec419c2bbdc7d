import type { PrismaClient } from "@/lib/generated/prisma/client";
import { checkoutOperator, type CheckoutOperator } from "./checkout-operator";
import { invoiceReference } from "./invoice-reference";
import { ensureReceipt } from "./receipt";

/** What a customer's link may say about itself. No ids, tokens, or customer data. */
export type PublicState = "payable" | "paid" | "notcompleted" | "expired" | "revoked" | "unavailable";

export type PublicInvoice = {
  state: PublicState;
  /** A not-completed link that "Réessayer" may pay again (lib/invoices/retry-payment.ts). */
  canRetry: boolean;
  /** What the customer quotes: see invoiceReference. */
  reference: string;
  customerName: string;
  /** The public id of the verified receipt (paid links only). */
  receiptId: string | null;
  description: string;
  totalAmount: number;
  items: { name: string; description: string; quantity: number; unitPrice: number; totalPrice: number }[];
  expiresAt: string | null;
  /** The operator LigdiCash's page is narrowed to (the pre-selected number); null = every operator. */
  checkout: CheckoutOperator | null;
};

type Row = { status: string; revokedAt: Date | null; expiresAt: Date | null; paymentUrl: string | null };

export function publicState(row: Row, now = new Date()): PublicState {
  if (row.status === "completed") return "paid";
  if (row.status === "notcompleted") return "notcompleted";
  if (row.revokedAt) return "revoked";
  if (row.expiresAt && row.expiresAt.getTime() <= now.getTime()) return "expired";
  if (row.status === "pending" && row.paymentUrl) return "payable";
  return "unavailable";
}

/** Same rule as retryPayment's claim: a hosted link, not revoked, not expired, verified not completed. */
export function canRetry(row: Row & { channel: string }, now = new Date()): boolean {
  return (
    row.status === "notcompleted" &&
    row.channel === "hosted" &&
    !row.revokedAt &&
    !(row.expiresAt && row.expiresAt.getTime() <= now.getTime())
  );
}

const publicSelect = {
  id: true,
  publicId: true,
  channel: true,
  number: true,
  customerFirstname: true,
  customerLastname: true,
  receipt: { select: { publicId: true } },
  status: true,
  revokedAt: true,
  expiresAt: true,
  paymentUrl: true,
  checkoutPhone: true,
  checkoutOpenedAt: true,
  description: true,
  totalAmount: true,
  items: {
    orderBy: { position: "asc" as const },
    select: { name: true, description: true, quantity: true, unitPrice: true, totalPrice: true },
  },
};

/** Loads the link's invoice; `internal` (id, payment URL) stays on the server. */
export async function findPublicInvoice(db: PrismaClient, publicId: string) {
  // A public id is 24 URL-safe characters: anything else is not worth a query.
  if (!/^[A-Za-z0-9_-]{10,64}$/.test(publicId)) return null;
  const row = await db.invoice.findUnique({ where: { publicId }, select: publicSelect });
  if (!row) return null;
  const view: PublicInvoice = {
    state: publicState(row),
    canRetry: canRetry(row),
    reference: invoiceReference(row),
    // First name and initial: enough for the customer to know the invoice is theirs, not enough
    // to identify them from a forwarded link.
    customerName: [
      row.customerFirstname,
      row.customerLastname ? `${row.customerLastname.slice(0, 1).toUpperCase()}.` : "",
    ]
      .filter(Boolean)
      .join(" "),
    // A paid link's receipt is made the first time the link is seen paid.
    receiptId:
      row.status === "completed" ? (row.receipt?.publicId ?? (await ensureReceipt(db, row.id))) : null,
    description: row.description,
    totalAmount: row.totalAmount,
    items: row.items,
    expiresAt: row.expiresAt?.toISOString() ?? null,
    checkout: checkoutOperator(row),
  };
  return { view, internal: { id: row.id, paymentUrl: row.paymentUrl } };
}
