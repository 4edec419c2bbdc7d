import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import { env } from "@/lib/env";
import type { ApprovalSettingsInput } from "./schemas";
import type { OperationContext } from "@/lib/http/request-context";

/** What decides whether a payout waits for a manager: the amount alone, and a requester's 24 h total. */
export type ApprovalSettings = ApprovalSettingsInput;

/** Settings key of each value (XOF); the threshold's key predates the rolling total. */
const KEYS = {
  approvalThreshold: "approval_threshold",
  approvalRollingTotal: "approval_rolling_total",
} as const satisfies Record<keyof ApprovalSettings, string>;

export const APPROVAL_THRESHOLD_KEY = KEYS.approvalThreshold;

type Reader = Pick<Prisma.TransactionClient, "setting">;

/** Where the admin has never saved a value: PAYOUT_APPROVAL_THRESHOLD and PAYOUT_APPROVAL_ROLLING_TOTAL. */
export function defaultApprovalSettings(): ApprovalSettings {
  return {
    approvalThreshold: env().PAYOUT_APPROVAL_THRESHOLD,
    approvalRollingTotal: env().PAYOUT_APPROVAL_ROLLING_TOTAL,
  };
}

function readStored(value: unknown): number | null {
  return typeof value === "number" && Number.isSafeInteger(value) && value >= 0 ? value : null;
}

function fromRows(rows: { key: string; value: unknown }[], fallback: ApprovalSettings): ApprovalSettings {
  const stored = (name: keyof ApprovalSettings) =>
    readStored(rows.find((row) => row.key === KEYS[name])?.value) ?? fallback[name];
  return {
    approvalThreshold: stored("approvalThreshold"),
    approvalRollingTotal: stored("approvalRollingTotal"),
  };
}

/** The values in force: the admin's settings, else the environment's defaults. */
export async function getApprovalSettings(
  db: Reader,
  fallback = defaultApprovalSettings(),
): Promise<ApprovalSettings> {
  const rows = await db.setting.findMany({ where: { key: { in: Object.values(KEYS) } } });
  return fromRows(rows, fallback);
}

/** Changes both values (admin), audited as one `settings.changed` with the old and new values. */
export async function setApprovalSettings(
  { db, actor, ip }: Pick<OperationContext, "db" | "ip"> & { actor: AuditActor },
  settings: ApprovalSettings,
  fallback = defaultApprovalSettings(),
): Promise<ApprovalSettings> {
  return db.$transaction(async (tx) => {
    // Locks the rows (or the keys, through the upserts' conflicts) so two admins' changes are audited in order.
    const before = await tx.$queryRaw<{ key: string; value: unknown }[]>`
      SELECT key, value FROM settings WHERE key IN (${KEYS.approvalThreshold}, ${KEYS.approvalRollingTotal})
      ORDER BY key FOR UPDATE`;
    for (const name of ["approvalRollingTotal", "approvalThreshold"] as const) {
      await tx.setting.upsert({
        where: { key: KEYS[name] },
        create: { key: KEYS[name], value: settings[name] },
        update: { value: settings[name] },
      });
    }
    await recordAudit(tx, {
      actor,
      action: "settings.changed",
      target: { type: "setting", id: "approval" },
      ip,
      before: fromRows(before, fallback),
      after: settings,
    });
    return settings;
  });
}
