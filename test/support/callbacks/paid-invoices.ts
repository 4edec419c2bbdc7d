import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { LigdicashClient } from "@/lib/ligdicash/types";
import type { RunningSimulator } from "@/simulator/server";

/** One callback delivery as LigdiCash sends it. */
export type Copy = { body: string; contentType: string };

export type PaidInvoice = { id: string; copies: Copy[] };

/**
 * Invoices as the invoice flow leaves them (stored, handed to LigdiCash, token kept), then paid
 * at the simulator, which records — without sending — the JSON and form callback copies.
 * Created 50 at a time; `first` numbers them so amounts and operators vary.
 */
export async function paidInvoices(
  deps: { db: PrismaClient; gateway: LigdicashClient; sim: RunningSimulator; createdById: string },
  count: number,
  first = 0,
): Promise<PaidInvoice[]> {
  const { db, gateway, sim, createdById } = deps;
  const make = async (i: number): Promise<PaidInvoice> => {
    const amount = 500 + (i % 1000);
    const invoice = await db.invoice.create({
      data: {
        idempotencyKey: `bench-${i}-${Date.now()}`,
        channel: "hosted",
        status: "pending",
        totalAmount: amount,
        description: "Bench",
        customerFirstname: "A",
        customerLastname: "B",
        customerEmail: "a@b.bf",
        createdById,
      },
    });
    const created = await gateway.createHostedPayin({
      transactionId: invoice.id,
      amount,
      description: "Bench",
      returnUrl: "http://x/r",
      cancelUrl: "http://x/c",
      callbackUrl: "http://127.0.0.1:9/cb",
    });
    await db.invoice.update({
      where: { id: invoice.id },
      data: { gatewayToken: created.token, sentAt: new Date() },
    });
    sim.controls.settle({
      token: created.token,
      status: "completed",
      operator: i % 2 ? "orange_bf" : "moov_bf",
    });
    const pair = sim.controls
      .callbacks({ token: created.token })
      .filter((c) => c.actualStatus === "completed");
    return { id: invoice.id, copies: pair.map((c) => ({ body: c.body, contentType: c.contentType })) };
  };
  const made: PaidInvoice[] = [];
  for (let i = 0; i < count; i += 50)
    made.push(
      ...(await Promise.all(Array.from({ length: Math.min(50, count - i) }, (_, k) => make(first + i + k)))),
    );
  return made;
}
