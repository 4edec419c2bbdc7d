// Where the time of one verified callback goes (sequential, no concurrency): a quick profile.
//   npx tsx --conditions=react-server bench/callback-profile.ts
import { processDelivery } from "@/lib/callbacks/process-delivery";
import { storeDelivery } from "@/lib/callbacks/store-delivery";
import { createDb, poolOf } from "@/lib/db/client";
import { createSimulatorClient } from "@/test/support/ligdicash/simulator-client";
import { createTestDatabase } from "@/test/support/database";
import { startSimulator } from "@/simulator/server";

async function main() {
  const database = await createTestDatabase();
  const db = createDb(database.url, 10);
  const sim = await startSimulator({ port: 0 });
  sim.controls.setCallbackBehaviour({ mode: "never" });
  const gateway = createSimulatorClient(sim.baseUrl, { timeoutMs: 15_000 });
  const user = await db.user.create({
    data: { email: "p@caisse.local", name: "P", role: "finance", passwordHash: "x" },
  });
  const times = {
    status: [] as number[],
    store: [] as number[],
    leader: [] as number[],
    duplicate: [] as number[],
  };
  for (let i = 0; i < 60; i++) {
    const invoice = await db.invoice.create({
      data: {
        idempotencyKey: `p-${i}`,
        channel: "hosted",
        status: "pending",
        totalAmount: 1000,
        description: "P",
        customerFirstname: "A",
        customerLastname: "B",
        customerEmail: "a@b.bf",
        createdById: user.id,
      },
    });
    const created = await gateway.createHostedPayin({
      transactionId: invoice.id,
      amount: 1000,
      description: "P",
      returnUrl: "http://x/r",
      cancelUrl: "http://x/c",
      callbackUrl: "http://127.0.0.1:9/cb",
    });
    await db.invoice.update({ where: { id: invoice.id }, data: { gatewayToken: created.token } });
    sim.controls.settle({ token: created.token, status: "completed" });
    const [json, form] = sim.controls.callbacks().slice(-2);
    let t = performance.now();
    await gateway.getPayinStatus(created.token);
    times.status.push(performance.now() - t);
    t = performance.now();
    const a = await storeDelivery(poolOf(db), {
      body: json!.body,
      contentType: json!.contentType,
      headers: {},
      sourceIp: null,
    });
    const b = await storeDelivery(poolOf(db), {
      body: form!.body,
      contentType: form!.contentType,
      headers: {},
      sourceIp: null,
    });
    times.store.push((performance.now() - t) / 2);
    t = performance.now();
    await processDelivery(db, gateway, a.id, { claim: a.claim });
    times.leader.push(performance.now() - t);
    t = performance.now();
    await processDelivery(db, gateway, b.id, { claim: b.claim });
    times.duplicate.push(performance.now() - t);
  }
  const median = (v: number[]) => [...v].sort((x, y) => x - y)[Math.floor(v.length / 2)]!.toFixed(1);
  console.log(
    `median ms — status call ${median(times.status)}, store ${median(times.store)}, verify+apply (leader) ${median(times.leader)}, duplicate ${median(times.duplicate)}`,
  );
  await sim.close();
  await db.$disconnect();
  await database.drop();
}
void main();
