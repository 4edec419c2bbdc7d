// `npm run user:create -- --email ana@shop.bf --name "Ana K." --role admin [--password …]`
// Creates a staff account from the command line: the way to make the first admin on a server.
// Without --password a strong one is generated and printed once.
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { createDb } from "@/lib/db/client";
import { parseEnv } from "@/lib/env";
import { applyMigrations } from "@/scripts/prisma-bridge";
import { translatorFor } from "@/i18n/translator";
import { createUserSchema } from "@/lib/users/schemas";
import { createUser } from "@/lib/users/create-user";
import { AppError } from "@/lib/http/app-error";
import errorsEn from "@/messages/en/errors.json";
import errorsFr from "@/messages/fr/errors.json";
import { reachEmbeddedDb } from "./lib/embedded-postgres/start-embedded-db";
import { done, fail } from "./lib/progress";

async function main() {
  const { values } = parseArgs({
    options: {
      email: { type: "string" },
      name: { type: "string" },
      role: { type: "string", default: "admin" },
      password: { type: "string" },
    },
  });
  const password = values.password ?? randomBytes(12).toString("base64url");
  const parsed = createUserSchema(await translatorFor("fr")).safeParse({ ...values, password });
  if (!parsed.success) {
    fail(
      `Arguments invalides / invalid arguments:\n${parsed.error.issues.map((i) => `  --${i.path.join(".")}: ${i.message}`).join("\n")}\nUsage: npm run user:create -- --email EMAIL --name NAME [--role admin|manager|finance|viewer] [--password PASSWORD]`,
    );
  }
  const config = parseEnv();
  // The embedded server: the one Caisse is running, or one started for this command alone.
  let url = config.DATABASE_URL;
  let stop = async () => {};
  if (!url) {
    const embedded = await reachEmbeddedDb(config.CAISSE_DATA_DIR, config.EMBEDDED_DB_PORT);
    url = embedded.url;
    stop = () => embedded.stop();
    await applyMigrations(url); // a data folder Caisse never started on has no tables yet
  }
  const db = createDb(url, 2);
  try {
    const user = await createUser({ db, actor: { id: null, email: "cli" }, ip: null }, parsed.data);
    done(`Compte créé / account created: ${user.email} (${user.role})`);
    if (!values.password)
      console.log(`  Mot de passe / password: ${password}  (affiché une seule fois / shown only once)`);
  } finally {
    await db.$disconnect();
    await stop();
  }
}

function describe(error: unknown): string {
  if (error instanceof AppError && error.code in errorsFr) {
    const code = error.code;
    return `${errorsFr[code]} / ${errorsEn[code]} (${code})`;
  }
  return error instanceof Error ? error.message : String(error);
}

main().catch((error: unknown) => fail(describe(error)));
