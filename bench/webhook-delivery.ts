// Webhook delivery benchmark: verified changes at a steady rate, each turned into its event by the
// database trigger and sent, signed, to a shop's receiver on loopback by the background sender.
// Prints events delivered per second and change → delivered latency; asserts nothing.
//
//   npx tsx --conditions=react-server bench/webhook-delivery.ts                 # 100 events/s for 30 s
//   BENCH_RATE=200 BENCH_SECONDS=20 npx tsx --conditions=react-server bench/webhook-delivery.ts
//
// Set-up: a fresh database on TEST_DATABASE_URL, one endpoint subscribed to invoice.paid, the
// receiver verifying every signature with the `standardwebhooks` library, and the same sender the
// background process runs (lib/webhooks/webhook-sender.ts). A change is an invoice's verified
// move to `completed` (the UPDATE the settlement makes); its time is the moment the UPDATE
// committed; delivered is when the receiver has verified the message.
import { loadavg } from "node:os";
import { createDb } from "@/lib/db/client";
import { createTestDatabase } from "@/test/support/database";
import { startWebhookReceiver } from "@/test/support/webhooks/receiver";
import { createEndpoint } from "@/lib/webhooks/manage-endpoints";
import { startWebhookSender } from "@/lib/webhooks/webhook-sender";
import { percentile } from "./support/percentile";

const RATE = Number(process.env.BENCH_RATE ?? 100);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);

async function main() {
  const database = await createTestDatabase();
  const db = createDb(database.url, 10);
  const receiver = await startWebhookReceiver();
  const sender = startWebhookSender(db);
  try {
    const admin = await db.user.create({
      data: { email: "bench@caisse.local", name: "Bench", role: "admin", passwordHash: "x" },
    });
    const { secret } = await createEndpoint(
      { db, actor: { id: admin.id, email: admin.email }, ip: null },
      { url: receiver.url, description: "bench", events: ["invoice.paid"], allowPrivateNetwork: true },
    );
    receiver.setSecret(secret);
    const total = RATE * SECONDS;
    const ids: string[] = [];
    for (let i = 0; i < total; i += 1000) {
      const batch = Array.from({ length: Math.min(1000, total - i) }, (_, j) => `bench${i + j}`);
      await db.$executeRaw`INSERT INTO invoices (id, public_id, idempotency_key, channel, status, total_amount, description,
          customer_firstname, customer_lastname, customer_email, created_by_id, updated_at)
        SELECT id, 'pub' || id, 'idem' || id, 'hosted', 'pending', 5000, 'Bench', 'A', 'B', 'a@b.bf', ${admin.id}, now()
        FROM unnest(${batch}::text[]) AS id`;
      ids.push(...batch);
    }
    const changedAt = new Map<string, number>();
    const started = performance.now();
    // Open loop: each change is made at its planned time, whatever the sender is doing.
    await Promise.all(
      ids.map(async (id, i) => {
        const due = started + (i * 1000) / RATE;
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - performance.now())));
        await db.$executeRaw`UPDATE invoices SET status = 'completed', settled_at = now() WHERE id = ${id} AND status = 'pending'`;
        changedAt.set(id, performance.now());
      }),
    );
    const offeredFor = (performance.now() - started) / 1000;
    const deadline = performance.now() + 60_000;
    while (receiver.verified.length < total && performance.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 50));
    const lastAt = performance.now();
    const latencies = receiver.verified.flatMap((r) => {
      const id = (r.event as { data: { id: string } }).data.id;
      const at = changedAt.get(id);
      return at === undefined ? [] : [r.at - at];
    });
    const distinct = new Set(receiver.verified.map((r) => r.headers["webhook-id"]));
    console.log(
      `Webhook delivery, ${RATE} changes/s for ${SECONDS} s (${total} changes, offered in ${offeredFor.toFixed(1)} s), load average ${loadavg()
        .map((l) => l.toFixed(2))
        .join(" ")}`,
    );
    console.log(
      `  delivered and verified        ${receiver.verified.length} / ${total} (${distinct.size} distinct events, ${receiver.refused.length} refused signatures)`,
    );
    console.log(
      `  delivered per second          ${(receiver.verified.length / ((lastAt - started) / 1000)).toFixed(1)}`,
    );
    console.log(
      `  change → delivered            p50 ${percentile(latencies, 50).toFixed(0)} / p95 ${percentile(latencies, 95).toFixed(0)} / p99 ${percentile(latencies, 99).toFixed(0)} / max ${percentile(latencies, 100).toFixed(0)} ms`,
    );
  } finally {
    sender.stop();
    await receiver.close();
    await db.$disconnect();
    await database.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
