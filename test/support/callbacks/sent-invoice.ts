import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { LigdicashClient } from "@/lib/ligdicash/types";
import type { RunningSimulator } from "@/simulator/server";
import type { Copy } from "./paid-invoices";

export type SentInvoice = { id: string; token: string };

/**
 * An invoice as the invoice flow leaves it: stored, handed to the simulator with `callbackUrl`,
 * and — unless `storeToken` is false (the creation answer not stored yet) — its token kept.
 */
export async function sentInvoice(
  deps: { db: PrismaClient; gateway: LigdicashClient; createdById: string; callbackUrl: string },
  amount: number,
  storeToken = true,
): Promise<SentInvoice> {
  const { db, gateway } = deps;
  const invoice = await db.invoice.create({
    data: {
      idempotencyKey: crypto.randomUUID(),
      channel: "hosted",
      status: storeToken ? "pending" : "sending",
      totalAmount: amount,
      description: "Test",
      customerFirstname: "A",
      customerLastname: "B",
      customerEmail: "a@b.bf",
      createdById: deps.createdById,
    },
  });
  const created = await gateway.createHostedPayin({
    transactionId: invoice.id,
    amount,
    description: "Test",
    returnUrl: "http://x/r",
    cancelUrl: "http://x/c",
    callbackUrl: deps.callbackUrl,
  });
  if (storeToken)
    await db.invoice.update({
      where: { id: invoice.id },
      data: { gatewayToken: created.token, sentAt: new Date() },
    });
  return { id: invoice.id, token: created.token };
}

/** Settles at the simulator without delivering, and returns the two copies it would have sent. */
export async function settleSilently(
  sim: RunningSimulator,
  token: string,
  status: "completed" | "notcompleted" = "completed",
): Promise<Copy[]> {
  sim.controls.setCallbackBehaviour({ mode: "never" });
  sim.controls.settle({ token, status, operator: "orange_bf", phone: "22676000001" });
  await sim.controls.callbacksIdle();
  const copies = sim.controls.callbacks().filter((c) => c.token === token);
  sim.controls.setCallbackBehaviour({ mode: "normal" });
  return copies.map((c) => ({ body: c.body, contentType: c.contentType }));
}

/** `count` concurrent deliveries of LigdiCash's copies (JSON and form, alternately), as its retries
 * and duplicates reach the callback URL at once; their answers. */
export function postCopiesAtOnce(url: string, copies: Copy[], count: number): Promise<Response[]> {
  return Promise.all(
    Array.from({ length: count }, (_, i) => {
      const copy = copies[i % copies.length]!;
      return fetch(url, { method: "POST", body: copy.body, headers: { "content-type": copy.contentType } });
    }),
  );
}
