import { randomUUID } from "node:crypto";
import pg from "pg";

export type MixedLookupsResult = { queries: number; connections: number; wrong: string[]; errors: string[] };

/**
 * What every request does first, many at once: look up a staff account by id (the permission
 * check) and read a payout by id, on a pool of connections. Every answer
 * must be the row that was asked for — a user row for a user lookup, with that id.
 */
export async function runMixedLookups(
  url: string,
  options: { queries: number; connections: number },
): Promise<MixedLookupsResult> {
  const seed = new pg.Client({ connectionString: url });
  await seed.connect();
  const users: string[] = [];
  const payouts: string[] = [];
  try {
    for (let i = 0; i < 10; i++) {
      const id = `lookup-user-${randomUUID()}`;
      await seed.query(
        "INSERT INTO users (id, email, name, password_hash, role, updated_at) VALUES ($1, $2, $3, 'x', 'viewer', now())",
        [id, `${id}@caisse.test`, `Utilisateur ${i}`],
      );
      users.push(id);
    }
    for (let i = 0; i < 10; i++) {
      const id = `lookup-payout-${randomUUID()}`;
      await seed.query(
        `INSERT INTO payouts (id, idempotency_key, purpose, destination, status, amount, reason, recipient_phone,
           recipient_source, operator, requested_by_id, updated_at)
         VALUES ($1, $1, 'reward', 'mobile_money', 'completed', $2, 'lecture concurrente', '+22670000000',
           'typed_twice', 'orange_bf', $3, now())`,
        [id, 1000 + i, users[0]],
      );
      payouts.push(id);
    }
  } finally {
    await seed.end();
  }

  // Plain `pg`, the driver under both Prisma's adapter and the hot path: Prisma would merge
  // same-tick findUnique calls into one query and hide the per-connection traffic.
  const pool = new pg.Pool({ connectionString: url, max: options.connections });
  const wrong: string[] = [];
  const errors: string[] = [];
  try {
    await Promise.all(
      Array.from({ length: options.queries }, async (_, i) => {
        const [table, ids, field] =
          i % 2 === 0 ? (["users", users, "email"] as const) : (["payouts", payouts, "amount"] as const);
        const id = ids[i % ids.length]!;
        try {
          const { rows } = await pool.query<Record<string, unknown>>(`SELECT * FROM ${table} WHERE id = $1`, [
            id,
          ]);
          const row = rows[0];
          if (rows.length !== 1 || row?.id !== id || !(field in row))
            wrong.push(`${table} ${id} → ${JSON.stringify(row)}`);
        } catch (error) {
          errors.push(error instanceof Error ? error.message : String(error));
        }
      }),
    );
  } finally {
    await pool.end();
  }
  return { queries: options.queries, connections: options.connections, wrong, errors };
}
