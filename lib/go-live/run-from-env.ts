import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { goLiveConfigFromEnv } from "./go-live-config";
import { probeClientFromEnv } from "./probe-gateway";
import { runGoLiveCheck } from "./run-go-live-check";
import type { CheckResult } from "./types";

/** The go-live check of the running app: its configuration, its database, its LigdiCash. */
export function runGoLiveCheckFromEnv(db: PrismaClient): Promise<CheckResult[]> {
  return runGoLiveCheck({ db, gateway: probeClientFromEnv(), config: goLiveConfigFromEnv() });
}
