import type { PrismaClient } from "@/lib/generated/prisma/client";
import { isTwoFactorForAllRoles, roleNeedsTwoFactor } from "@/lib/auth/two-factor/policy";
import { getOperatorBalances } from "@/lib/ledger/get-operator-balances";
import type { CallbackFacts } from "./check-callbacks";
import type { PayoutIpFacts } from "./check-payout-ip";
import type { TwoFactorFacts } from "./check-two-factor";

// What the go-live check reads from the database. Each read is one indexed query (or, for the
// balances, the ledger's own), so the check stays quick on a large history.

type Db = Pick<PrismaClient, "$queryRaw">;

/** The server's version, which also proves the database answers. */
export async function readServerVersion(db: Db): Promise<string> {
  const [row] = await db.$queryRaw<{ server_version: string }[]>`SHOW server_version`;
  return row?.server_version ?? "";
}

/**
 * The answer to the last payout creation: among the latest payouts sent (created_at index), the
 * newest creation exchange (payout_id, started_at index).
 */
export async function readLastPayoutCreation(db: Db): Promise<PayoutIpFacts["lastCreation"]> {
  const [row] = await db.$queryRaw<{ error_code: string | null; started_at: Date }[]>`
    SELECT e.error_code, e.started_at FROM gateway_exchanges e
    WHERE e.payout_id IN (
      SELECT id FROM payouts WHERE send_started_at IS NOT NULL ORDER BY created_at DESC LIMIT 50)
      AND e.operation IN ('wallet_payout_create', 'mobile_money_payout_create')
    ORDER BY e.started_at DESC LIMIT 1`;
  return row ? { errorCode: row.error_code, startedAt: row.started_at } : null;
}

export async function readLastCallback(db: Db): Promise<CallbackFacts["last"]> {
  const [row] = await db.$queryRaw<{ kind: string; received_at: Date; source_ip: string | null }[]>`
    SELECT kind::text AS kind, received_at, source_ip FROM callback_deliveries
    ORDER BY received_at DESC, id DESC LIMIT 1`;
  return row ? { kind: row.kind, receivedAt: row.received_at, sourceIp: row.source_ip } : null;
}

export async function readOperatorBalances(db: Db): Promise<Map<string, bigint>> {
  const rows = await getOperatorBalances(db);
  return new Map(rows.map((row) => [row.operator, row.balance]));
}

/** Active staff whom the policy asks for a second factor, and those of them not enrolled yet. */
export async function readTwoFactorFacts(
  db: Pick<PrismaClient, "user" | "setting">,
): Promise<TwoFactorFacts> {
  const [allRoles, staff] = await Promise.all([
    isTwoFactorForAllRoles(db),
    db.user.findMany({
      where: { active: true },
      select: { name: true, role: true, totpEnabledAt: true },
      orderBy: { name: "asc" },
    }),
  ]);
  const required = staff.filter((person) => roleNeedsTwoFactor(person.role, allRoles));
  return {
    required: required.length,
    notEnrolled: required.filter((person) => !person.totpEnabledAt).map((person) => person.name),
  };
}
