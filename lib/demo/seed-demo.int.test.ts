import { describe, expect, it } from "vitest";
import { withTestDb } from "@/test/support/test-db";
import { demoInvoices, demoRefund } from "./demo-data";
import { DEMO_ADMIN_EMAIL, seedIfEmpty } from "./seed-demo";

const { db } = withTestDb(8);

describe("seedIfEmpty", () => {
  it("seeds exactly once even when several instances start together", async () => {
    const results = await Promise.all([seedIfEmpty(db()), seedIfEmpty(db()), seedIfEmpty(db())]);
    expect(results.filter((r) => r.seeded)).toHaveLength(1);
    expect(await db().user.count()).toBe(1);
    expect(await db().invoice.count()).toBe(demoInvoices.length);
    expect((await seedIfEmpty(db())).seeded).toBe(false);
  });

  it("creates an admin with a scrypt password hash", async () => {
    const admin = await db().user.findUniqueOrThrow({ where: { email: DEMO_ADMIN_EMAIL } });
    expect(admin.role).toBe("admin");
    expect(admin.passwordHash.startsWith("scrypt$")).toBe(true);
  });

  it("posts balanced ledger entries whose operator balances match the paid invoices", async () => {
    const [{ total }] = await db().$queryRaw<
      [{ total: bigint }]
    >`SELECT COALESCE(SUM(amount),0)::bigint AS total FROM ledger_entries`;
    expect(total).toBe(0n);
    const expected = new Map<string, number>();
    for (const demo of demoInvoices.filter((d) => d.outcome === "completed")) {
      const amount = demo.items.reduce((sum, item) => sum + item.quantity * item.unitPrice, 0);
      expected.set(demo.operator, (expected.get(demo.operator) ?? 0) + amount);
    }
    const refunded = demoInvoices[demoRefund.invoiceIndex]!;
    expected.set(refunded.operator, expected.get(refunded.operator)! - demoRefund.amount);
    const balances = await db().$queryRaw<{ operator: string; balance: bigint }[]>`
      SELECT operator, SUM(amount)::bigint AS balance FROM ledger_entries WHERE account LIKE 'operator:%' GROUP BY operator`;
    expect(Object.fromEntries(balances.map((b) => [b.operator, Number(b.balance)]))).toEqual(
      Object.fromEntries(expected),
    );
  });
});
