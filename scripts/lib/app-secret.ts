import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/** A session-signing secret generated once and kept in the data folder, so sign-ins survive
 * restarts of the embedded setup. Production sets NEXTAUTH_SECRET explicitly. */
export function loadOrCreateSecret(dataDir: string): string {
  const file = path.resolve(dataDir, "app-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
