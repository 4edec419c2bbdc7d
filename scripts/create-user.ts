// `npm run user:create -- --email ana@shop.bf --name "Ana K." --role admin [--password …]`
// Creates a staff account from the command line: the way to make the first admin on a server.
// Without --password a strong one is generated and printed once.
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { createDb } from "@/lib/db-client";
import { startEmbeddedDb } from "@/lib/embedded-db/start-embedded-db";
import { parseEnv } from "@/lib/env";
import { createUserSchema } from "@/lib/users/schemas";
import { createUser } from "@/lib/users/create-user";
import { AppError } from "@/lib/http/app-error";
import errorsEn from "@/messages/en/errors.json";
import errorsFr from "@/messages/fr/errors.json";
import { done, fail } from "./lib/progress";

async function main() {
  const { values } = parseArgs({ options: { email: { type: "string" }, name: { type: "string" }, role: { type: "string", default: "admin" }, password: { type: "string" } } });
  const password = values.password ?? randomBytes(12).toString("base64url");
  const parsed = createUserSchema.safeParse({ ...values, password });
  if (!parsed.success) {
    fail(`Arguments invalides / invalid arguments:\n${parsed.error.issues.map((i) => `  --${i.path.join(".")}: ${i.message}`).join("\n")}\nUsage: npm run user:create -- --email EMAIL --name NAME [--role admin|manager|finance|viewer] [--password PASSWORD]`);
  }
  const config = parseEnv();
  // The embedded database can only be opened by one process: when Caisse is running, go through
  // its port; otherwise open the data folder directly.
  let url = config.DATABASE_URL;
  let stop = async () => {};
  if (!url) {
    const running = `postgresql://postgres:postgres@127.0.0.1:${config.EMBEDDED_DB_PORT}/postgres?sslmode=disable`;
    const probe = createDb(running, 1);
    const reachable = await probe.$queryRaw`SELECT 1`.then(() => true, () => false);
    await probe.$disconnect();
    if (reachable) url = running;
    else {
      const embedded = await startEmbeddedDb(config.CAISSE_DATA_DIR, config.EMBEDDED_DB_PORT);
      url = embedded.url;
      stop = () => embedded.stop();
    }
  }
  const db = createDb(url, 2);
  try {
    const user = await createUser(db, { id: null, email: "cli" }, parsed.data, null);
    done(`Compte créé / account created: ${user.email} (${user.role})`);
    if (!values.password) console.log(`  Mot de passe / password: ${password}  (affiché une seule fois / shown only once)`);
  } finally {
    await db.$disconnect();
    await stop();
  }
}

function describe(error: unknown): string {
  if (error instanceof AppError && error.code in errorsFr) {
    const code = error.code as keyof typeof errorsFr;
    return `${errorsFr[code]} / ${errorsEn[code]} (${code})`;
  }
  return error instanceof Error ? error.message : String(error);
}

main().catch((error: unknown) => fail(describe(error)));
