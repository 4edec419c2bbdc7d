import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/test/support/database";

// The rules of migration `append_only_rules`, exercised with plain SQL so that no application
// code can be what makes them hold.

let database: TestDatabase;
let client: pg.Client;
let userId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  client = new pg.Client({ connectionString: database.url });
  await client.connect();
  userId = randomUUID();
  await client.query(
    `INSERT INTO users (id, email, name, password_hash, role, updated_at) VALUES ($1, $2, 'Awa', 'x', 'admin', now())`,
    [userId, `${userId}@example.test`],
  );
});
afterAll(async () => {
  await client?.end();
  await database?.drop();
});
beforeEach(async () => {
  // A failed assertion must not leave the next test inside an aborted transaction.
  await client.query("ROLLBACK").catch(() => {});
});

/** Posts a journal with these entry amounts in one transaction (the deferred check runs at COMMIT). */
async function postJournal(amounts: number[]): Promise<string> {
  const journalId = randomUUID();
  await client.query("BEGIN");
  try {
    await client.query(`INSERT INTO ledger_journals (id, posting_key, description) VALUES ($1, $1, 'test')`, [
      journalId,
    ]);
    for (const amount of amounts) {
      await client.query(
        `INSERT INTO ledger_entries (journal_id, account, amount) VALUES ($1, 'operator:orange_bf', $2)`,
        [journalId, amount],
      );
    }
    await client.query("COMMIT");
    return journalId;
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
}

async function sqlState(sql: string, params: unknown[] = []): Promise<string | undefined> {
  try {
    await client.query(sql, params);
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  }
}

describe("balanced ledger journals", () => {
  it("commits a journal whose entries sum to zero, even when unbalanced halfway", async () => {
    const journalId = await postJournal([100, -60, -40]);
    const { rows } = await client.query(
      "SELECT sum(amount)::int AS total, count(*)::int AS n FROM ledger_entries WHERE journal_id = $1",
      [journalId],
    );
    expect(rows[0]).toEqual({ total: 0, n: 3 });
  });

  it("fails an unbalanced journal at COMMIT, and nothing of it is kept", async () => {
    const journalId = randomUUID();
    await client.query("BEGIN");
    await client.query(`INSERT INTO ledger_journals (id, posting_key, description) VALUES ($1, $1, 'test')`, [
      journalId,
    ]);
    // The INSERT itself is accepted: the check is deferred to the end of the transaction.
    await client.query(
      `INSERT INTO ledger_entries (journal_id, account, amount) VALUES ($1, 'operator:moov_bf', 100)`,
      [journalId],
    );
    await expect(client.query("COMMIT")).rejects.toMatchObject({
      code: "23514",
      message: expect.stringMatching(/does not balance/),
    });
    const { rowCount } = await client.query("SELECT 1 FROM ledger_journals WHERE id = $1", [journalId]);
    expect(rowCount).toBe(0);
  });

  it("refuses a zero-amount entry", async () => {
    await expect(postJournal([0])).rejects.toMatchObject({ code: "23514" });
  });
});

describe("append-only tables", () => {
  let journalId: string;
  beforeAll(async () => {
    journalId = await postJournal([250, -250]);
    await client.query(`INSERT INTO audit_log (actor_id, action) VALUES ($1, 'user.create')`, [userId]);
  });

  it.each([
    ["UPDATE ledger_entries SET amount = amount * 2"],
    ["DELETE FROM ledger_entries"],
    ["TRUNCATE ledger_entries"],
    ["UPDATE ledger_journals SET description = 'edited'"],
    ["DELETE FROM ledger_journals"],
    ["TRUNCATE ledger_journals CASCADE"],
    ["UPDATE audit_log SET action = 'edited'"],
    ["DELETE FROM audit_log"],
    ["TRUNCATE audit_log"],
  ])("refuses %s", async (sql) => {
    await expect(client.query(sql)).rejects.toThrow(/append-only/);
  });

  it("still has every row", async () => {
    const { rows } = await client.query(
      "SELECT count(*)::int AS n FROM ledger_entries WHERE journal_id = $1",
      [journalId],
    );
    expect(rows[0].n).toBe(2);
    const audit = await client.query("SELECT count(*)::int AS n FROM audit_log");
    expect(audit.rows[0].n).toBeGreaterThan(0);
  });
});

describe("raw callback deliveries", () => {
  let deliveryId: string;
  beforeAll(async () => {
    deliveryId = randomUUID();
    await client.query(
      `INSERT INTO callback_deliveries (id, kind, content_type, headers, body) VALUES ($1, 'payin', 'application/json', '{}', '{"a":1}')`,
      [deliveryId],
    );
  });

  it("accept the verdict of processing", async () => {
    await client.query(
      `UPDATE callback_deliveries SET outcome = 'flagged', flag_reason = 'forged', processed_at = now() WHERE id = $1`,
      [deliveryId],
    );
  });

  it("refuse a rewrite of what arrived, and deletion", async () => {
    await expect(
      client.query(`UPDATE callback_deliveries SET body = '{}' WHERE id = $1`, [deliveryId]),
    ).rejects.toThrow(/as they arrived/);
    await expect(client.query(`DELETE FROM callback_deliveries WHERE id = $1`, [deliveryId])).rejects.toThrow(
      /as they arrived/,
    );
  });
});

describe("CHECK constraints on amounts", () => {
  async function insertInvoice(totalAmount: number): Promise<string> {
    const id = randomUUID();
    await client.query(
      `INSERT INTO invoices (id, public_id, idempotency_key, channel, total_amount, description,
         customer_firstname, customer_lastname, customer_email, created_by_id, updated_at)
       VALUES ($1, $1, $1, 'hosted', $2, 'test', 'Awa', 'Ouédraogo', 'awa@example.test', $3, now())`,
      [id, totalAmount, userId],
    );
    return id;
  }

  function insertItem(
    invoiceId: string,
    position: number,
    quantity: number,
    unitPrice: number,
    totalPrice: number,
  ) {
    return sqlState(
      `INSERT INTO invoice_items (id, invoice_id, position, name, quantity, unit_price, total_price) VALUES ($1, $2, $3, 'item', $4, $5, $6)`,
      [randomUUID(), invoiceId, position, quantity, unitPrice, totalPrice],
    );
  }

  function insertPayout(amount: number, topUpWallet: number | null) {
    return sqlState(
      `INSERT INTO payouts (id, idempotency_key, purpose, destination, status, amount, reason, recipient_phone,
         recipient_source, operator, top_up_wallet, requested_by_id, updated_at)
       VALUES ($1, $1, 'refund', 'wallet', 'approved', $2, 'test', '+22670000000', 'typed_twice', 'orange_bf', $3, $4, now())`,
      [randomUUID(), amount, topUpWallet, userId],
    );
  }

  it("invoices: total above zero", async () => {
    await expect(insertInvoice(0)).rejects.toMatchObject({ code: "23514" });
    await expect(insertInvoice(1500)).resolves.toBeTypeOf("string");
  });

  it("invoice items: positive quantity, price not negative, total = quantity × price", async () => {
    const invoiceId = await insertInvoice(3000);
    expect(await insertItem(invoiceId, 1, 0, 1000, 0)).toBe("23514");
    expect(await insertItem(invoiceId, 2, 1, -1, -1)).toBe("23514");
    expect(await insertItem(invoiceId, 3, 3, 1000, 2999)).toBe("23514");
    // 2^31 - 1 × 2 overflows int4: the bigint product makes it a CHECK failure, not a crash.
    expect(await insertItem(invoiceId, 4, 2, 2_147_483_647, 2)).toBe("23514");
    expect(await insertItem(invoiceId, 5, 3, 1000, 3000)).toBeUndefined();
    expect(await insertItem(invoiceId, 6, 2, 0, 0)).toBeUndefined();
  });

  it("payouts: amount above zero, top_up_wallet 0, 1 or null", async () => {
    expect(await insertPayout(0, null)).toBe("23514");
    expect(await insertPayout(500, 2)).toBe("23514");
    expect(await insertPayout(500, 1)).toBeUndefined();
    expect(await insertPayout(500, 0)).toBeUndefined();
    expect(await insertPayout(500, null)).toBeUndefined();
  });
});
