import { randomBytes, randomUUID } from "node:crypto";
import type { PrismaClient as Db } from "@/lib/generated/prisma/client";
import { hashPassword } from "@/lib/auth/password";
import { buildPosting } from "@/lib/ledger/journal";
import { postJournal } from "@/lib/ledger/post-journal";
import { demoInvoices, demoRefund } from "./demo-data";

export const DEMO_ADMIN_EMAIL = "admin@caisse.local";
const DAY = 24 * 3600 * 1000;

export type SeedResult = { seeded: false } | { seeded: true; adminEmail: string; adminPassword: string };

/**
 * On an empty database only: the first admin account and a month of demo activity.
 * Several instances may start at once: an advisory lock lets exactly one of them seed.
 */
export async function seedIfEmpty(db: Db, now = new Date()): Promise<SeedResult> {
  const adminPassword = randomBytes(12).toString("base64url");
  const passwordHash = await hashPassword(adminPassword);
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('caisse:seed'))`;
      if ((await tx.user.count()) > 0) return { seeded: false } as const;
      const admin = await tx.user.create({
        data: { email: DEMO_ADMIN_EMAIL, name: "Administrateur démo", role: "admin", passwordHash },
      });
      const invoiceIds: string[] = [];
      for (const demo of demoInvoices) {
        const createdAt = new Date(now.getTime() - demo.daysAgo * DAY);
        const settledAt = new Date(createdAt.getTime() + 4 * 60_000);
        const items = demo.items.map((item, position) => ({
          ...item,
          position,
          totalPrice: item.quantity * item.unitPrice,
        }));
        const total = items.reduce((sum, item) => sum + item.totalPrice, 0);
        const paid = demo.outcome === "completed";
        const invoice = await tx.invoice.create({
          data: {
            idempotencyKey: randomUUID(),
            channel: "hosted",
            status: demo.outcome,
            totalAmount: total,
            description: demo.description,
            customerFirstname: demo.customer[0],
            customerLastname: demo.customer[1],
            customerEmail: demo.customer[2],
            operator: demo.outcome === "failed" ? null : demo.operator,
            payerPhone: paid ? demo.payerPhone : null,
            failureCode: demo.outcome === "failed" ? "merchant_payin_disabled" : null,
            sentAt: demo.outcome === "failed" ? null : createdAt,
            settledAt: demo.outcome === "failed" ? null : settledAt,
            createdById: admin.id,
            createdAt,
            items: { create: items },
          },
        });
        invoiceIds.push(invoice.id);
        if (!paid) continue;
        const payin = {
          invoiceId: invoice.id,
          operator: demo.operator,
          amount: total,
          description: demo.description,
        };
        await postJournal(tx, buildPosting({ kind: "payin_completed", ...payin }, settledAt));
      }
      const refunded = demoInvoices[demoRefund.invoiceIndex];
      const refundedId = invoiceIds[demoRefund.invoiceIndex];
      if (refunded && refundedId) {
        const createdAt = new Date(now.getTime() - (refunded.daysAgo - 1) * DAY);
        const payout = await tx.payout.create({
          data: {
            idempotencyKey: randomUUID(),
            purpose: "refund",
            destination: "wallet",
            topUpWallet: 1,
            status: "completed",
            amount: demoRefund.amount,
            reason: demoRefund.reason,
            recipientPhone: refunded.payerPhone,
            recipientSource: "verified_payer",
            operator: refunded.operator,
            invoiceId: refundedId,
            requestedById: admin.id,
            sentAt: createdAt,
            settledAt: createdAt,
            createdAt,
          },
        });
        const refund = {
          payoutId: payout.id,
          operator: refunded.operator,
          amount: demoRefund.amount,
          description: demoRefund.reason,
        };
        await postJournal(tx, buildPosting({ kind: "payout_completed", ...refund }, createdAt));
      }
      return { seeded: true, adminEmail: DEMO_ADMIN_EMAIL, adminPassword } as const;
    },
    { timeout: 60_000 },
  );
}
