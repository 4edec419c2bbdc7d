import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { CALLBACK_PATH } from "@/lib/ligdicash/endpoints";
import { OPERATORS, isSupportedByLigdicash } from "@/lib/phone/operators";
import { checkBalances } from "./check-balances";
import { checkCallbacks } from "./check-callbacks";
import { checkDatabase } from "./check-database";
import { checkKeys, checkServiceEnabled } from "./check-gateway";
import { checkMail } from "./check-mail";
import { checkPayoutIp } from "./check-payout-ip";
import { checkPublicUrl } from "./check-public-url";
import { checkSessionSecret } from "./check-session-secret";
import { checkSimulator } from "./check-simulator";
import { checkTwoFactor } from "./check-two-factor";
import type { GoLiveConfig } from "./go-live-config";
import { probeGateway, type ProbeGateway } from "./probe-gateway";
import { probeMail } from "./probe-mail";
import {
  readLastCallback,
  readLastPayoutCreation,
  readOperatorBalances,
  readServerVersion,
  readTwoFactorFacts,
} from "./read-facts";
import { check, type CheckId, type CheckResult } from "./types";

export type GoLiveDeps = { db: PrismaClient; gateway: ProbeGateway; config: GoLiveConfig };

/** A database read that takes longer than this counts as not answered: the check never hangs. */
export const READ_TIMEOUT_MS = 8_000;

/**
 * Runs every check at once and returns them in display order (types.ts CHECK_IDS). Nothing here throws: a check whose
 * facts could not be read says so ("unknown", `check_failed`) and the others still answer. The
 * gateway's two status queries have their own short timeout (probe-gateway.ts).
 */
export async function runGoLiveCheck({ db, gateway, config }: GoLiveDeps): Promise<CheckResult[]> {
  const callbackUrl = publicCallbackUrl(config.publicUrl);
  const operators = OPERATORS.filter(isSupportedByLigdicash).map((operator) => operator.code);
  const [probes, mail, version, lastCreation, lastCallback, balances, twoFactor] = await Promise.all([
    probeGateway(gateway, config.keysPresent),
    probeMail(config.smtpUrl),
    settle(readServerVersion(db)),
    settle(readLastPayoutCreation(db)),
    settle(readLastCallback(db)),
    settle(readOperatorBalances(db)),
    settle(readTwoFactorFacts(db)),
  ]);
  return [
    checkSimulator({ simulator: config.simulator, baseUrl: config.baseUrl }),
    checkKeys(probes),
    checkServiceEnabled("payin", probes.payin),
    checkServiceEnabled("payout", probes.payout),
    fromFacts("payout_ip", lastCreation, (last) => checkPayoutIp({ lastCreation: last })),
    checkPublicUrl(config.publicUrl),
    fromFacts("callbacks", lastCallback, (last) => checkCallbacks({ callbackUrl, last })),
    fromFacts("balances", balances, (map) => checkBalances({ operators, balances: map })),
    checkSessionSecret({ secret: config.secret, generated: config.secretGenerated }),
    fromFacts("two_factor", twoFactor, checkTwoFactor),
    checkMail(mail),
    checkDatabase({ embedded: config.embeddedDatabase, serverVersion: version.ok ? version.value : null }),
  ];
}

type Settled<T> = { ok: true; value: T } | { ok: false };

async function settle<T>(read: Promise<T>): Promise<Settled<T>> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<Settled<T>>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false }), READ_TIMEOUT_MS);
  });
  // A read that fails after the deadline won must not become an unhandled rejection.
  const outcome = read.then(
    (value): Settled<T> => ({ ok: true, value }),
    (): Settled<T> => ({ ok: false }),
  );
  try {
    return await Promise.race([outcome, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

function fromFacts<T>(id: CheckId, facts: Settled<T>, judge: (value: T) => CheckResult): CheckResult {
  return facts.ok ? judge(facts.value) : check(id, "unknown", "check_failed");
}

function publicCallbackUrl(publicUrl: string): string {
  try {
    return new URL(CALLBACK_PATH, publicUrl).href;
  } catch {
    return "";
  }
}
