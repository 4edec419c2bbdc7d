import { check, type CheckResult } from "./types";

export type DatabaseFacts = {
  /** The start command runs its own PostgreSQL server (no DATABASE_URL was given). */
  embedded: boolean;
  /** `server_version` as the database reports it; null when it could not be asked. */
  serverVersion: string | null;
};

// The oldest PostgreSQL the tests run against (README: "PostgreSQL 15+").
const OLDEST_MAJOR = 15;

/**
 * Several instances need one PostgreSQL they all reach through DATABASE_URL: the embedded server
 * listens on this machine's loopback only and stops with `npm start`. For one instance it is the
 * same engine and fine.
 */
export function checkDatabase({ embedded, serverVersion }: DatabaseFacts): CheckResult {
  if (serverVersion === null) return check("database", "fail", "unreachable");
  const values = { version: serverVersion };
  if (embedded) return check("database", "ok", "embedded_one_instance", { values });
  const major = Number.parseInt(serverVersion, 10);
  if (Number.isFinite(major) && major < OLDEST_MAJOR)
    return check("database", "warn", "old_version", { values: { ...values, oldest: String(OLDEST_MAJOR) } });
  return check("database", "ok", "postgresql", { values });
}
