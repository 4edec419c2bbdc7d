import type { PrismaClient } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/http/app-error";
import type { OperationContext } from "@/lib/http/request-context";
import type { StatusGateway } from "@/lib/verification/verify-transaction";
import { checkInvoiceIfDue } from "./check-invoice";
import { invoiceDisplayState, sumRefunds } from "./display-state";
import type { InvoiceDetailDto, TimelineEvent } from "./invoice-dto";
import { summarySelect, toSummary } from "./list-invoices";
import { ensureReceipt, receiptPath } from "./receipt";
import { customerUrls } from "./send-invoice";

const STUCK_AFTER_MS = 2 * 60_000;

function gatewayStatus(response: unknown): string | null {
  if (response && typeof response === "object" && "status" in response && typeof response.status === "string")
    return response.status;
  return null;
}

async function receiptUrl(
  db: PrismaClient,
  invoice: { id: string; status: string },
  publicUrl: string,
): Promise<string | null> {
  const receiptId = invoice.status === "completed" ? await ensureReceipt(db, invoice.id) : null;
  return receiptId ? `${publicUrl.replace(/\/+$/, "")}${receiptPath(receiptId)}` : null;
}

/** One invoice for staff, with its story: creation, each LigdiCash exchange, callbacks, refunds. */
export async function getInvoice(db: PrismaClient, id: string, publicUrl: string): Promise<InvoiceDetailDto> {
  const invoice = await db.invoice.findUnique({
    where: { id },
    select: {
      ...summarySelect,
      publicId: true,
      description: true,
      customerPhone: true,
      payerPhone: true,
      operatorName: true,
      failureCode: true,
      unknownGatewayStatus: true,
      paymentUrl: true,
      sentAt: true,
      settledAt: true,
      lastCheckedAt: true,
      updatedAt: true,
      items: {
        orderBy: { position: "asc" },
        select: { name: true, description: true, quantity: true, unitPrice: true, totalPrice: true },
      },
      exchanges: {
        orderBy: { startedAt: "asc" },
        take: 200,
        select: { operation: true, errorCode: true, response: true, durationMs: true, startedAt: true },
      },
      callbacks: {
        orderBy: { receivedAt: "asc" },
        take: 200,
        select: { receivedAt: true, outcome: true, claimedStatus: true, verifiedStatus: true },
      },
      refunds: {
        orderBy: { createdAt: "asc" },
        select: { id: true, number: true, amount: true, status: true, createdAt: true },
      },
    },
  });
  if (!invoice) throw new AppError("not_found");
  const revocation = invoice.revokedAt
    ? await db.auditLog.findFirst({
        where: { action: "invoice.revoked", targetType: "invoice", targetId: id },
        select: { actor: { select: { name: true } }, actorEmail: true },
      })
    : null;

  const timeline: TimelineEvent[] = [
    { kind: "created", at: invoice.createdAt.toISOString(), by: invoice.createdBy.name },
    ...(invoice.sentAt && invoice.status !== "failed" && invoice.status !== "unknown"
      ? [{ kind: "sent" as const, at: invoice.sentAt.toISOString() }]
      : []),
    ...invoice.exchanges.map((e) => ({
      kind: "exchange" as const,
      at: e.startedAt.toISOString(),
      operation: e.operation,
      errorCode: e.errorCode,
      gatewayStatus: gatewayStatus(e.response),
      durationMs: e.durationMs,
    })),
    ...invoice.callbacks.map((c) => ({
      kind: "callback" as const,
      at: c.receivedAt.toISOString(),
      outcome: c.outcome,
      claimedStatus: c.claimedStatus,
      verifiedStatus: c.verifiedStatus,
    })),
    ...(invoice.revokedAt
      ? [
          {
            kind: "revoked" as const,
            at: invoice.revokedAt.toISOString(),
            by: revocation?.actor?.name ?? revocation?.actorEmail ?? null,
          },
        ]
      : []),
    ...(invoice.settledAt
      ? [{ kind: "settled" as const, at: invoice.settledAt.toISOString(), status: invoice.status }]
      : []),
    ...invoice.refunds.map((r) => ({
      kind: "refund" as const,
      at: r.createdAt.toISOString(),
      id: r.id,
      number: r.number,
      amount: r.amount,
      status: r.status,
    })),
  ];
  timeline.sort((a, b) => a.at.localeCompare(b.at));

  const now = new Date();
  const { refunded, refunding } = sumRefunds(invoice.refunds);
  const displayState = invoiceDisplayState({ ...invoice, refundedAmount: refunded }, now);
  return {
    ...toSummary(invoice, displayState),
    publicId: invoice.publicId,
    payUrl: customerUrls(publicUrl, invoice.publicId).payUrl,
    receiptUrl: await receiptUrl(db, invoice, publicUrl),
    description: invoice.description,
    customerFirstname: invoice.customerFirstname,
    customerLastname: invoice.customerLastname,
    customerPhone: invoice.customerPhone,
    payerPhone: invoice.payerPhone,
    operatorName: invoice.operatorName,
    failureCode: invoice.failureCode,
    unknownGatewayStatus: invoice.unknownGatewayStatus,
    hasPaymentPage: invoice.paymentUrl !== null,
    // Far beyond LigdiCash's request timeout: whoever was sending it is gone.
    stuck:
      (invoice.status === "draft" || invoice.status === "sending") &&
      invoice.updatedAt.getTime() < now.getTime() - STUCK_AFTER_MS,
    refundedAmount: refunded,
    refundingAmount: refunding,
    sentAt: invoice.sentAt?.toISOString() ?? null,
    settledAt: invoice.settledAt?.toISOString() ?? null,
    lastCheckedAt: invoice.lastCheckedAt?.toISOString() ?? null,
    items: invoice.items,
    timeline,
  };
}

/**
 * The invoice page's data. A pending invoice is asked about at LigdiCash at most every few
 * seconds, so an open page settles even when no callback arrives.
 */
export async function showInvoice(
  ctx: Pick<OperationContext, "db" | "publicUrl"> & { gateway: StatusGateway },
  { invoiceId }: { invoiceId: string },
): Promise<InvoiceDetailDto> {
  await checkInvoiceIfDue(ctx, { invoiceId });
  return getInvoice(ctx.db, invoiceId, ctx.publicUrl);
}
