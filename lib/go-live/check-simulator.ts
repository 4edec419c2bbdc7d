import { LIGDICASH_LIVE_BASE_URL } from "@/lib/env";
import { check, type CheckResult } from "./types";

export type SimulatorFacts = { simulator: boolean; baseUrl: string };

/**
 * Whether Caisse talks to LigdiCash at all. With the simulator no real money moves, and no real
 * customer can pay: shown loudly. Another base URL than LigdiCash's live one is allowed (a proxy),
 * but said.
 */
export function checkSimulator({ simulator, baseUrl }: SimulatorFacts): CheckResult {
  if (simulator) return check("simulator", "warn", "simulator", { values: { baseUrl } });
  if (sameBase(baseUrl, LIGDICASH_LIVE_BASE_URL))
    return check("simulator", "ok", "live", { values: { baseUrl } });
  return check("simulator", "warn", "other_base_url", {
    values: { baseUrl, liveUrl: LIGDICASH_LIVE_BASE_URL },
  });
}

function sameBase(a: string, b: string): boolean {
  const normalize = (url: string) => new URL(url).href.replace(/\/?$/, "/");
  try {
    return normalize(a) === normalize(b);
  } catch {
    return false;
  }
}
