// `npm start`: brings Caisse up on one machine. With no DATABASE_URL it runs the embedded
// database; with no LIGDICASH_BASE_URL it runs the LigdiCash simulator. Then migrations, the
// first-run demo data, a production build when the sources changed, the verifier process
// (scripts/verifier.ts: callbacks and background work) and the Next.js server (scripts/serve-app.mjs).
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { parseEnv } from "@/lib/env";
import { applyMigrations } from "@/scripts/prisma-bridge";
import { createDb } from "@/lib/db/client";
import { seedIfEmpty } from "@/lib/demo/seed-demo";
import { DEFAULT_API_KEY, DEFAULT_AUTH_TOKEN, startSimulator } from "@/simulator/server";
import { verifierChannel } from "@/lib/callbacks/verifier-channel";
import { loadOrCreateSecret } from "./lib/app-secret";
import { stopChild, superviseVerifier } from "./lib/child-process";
import { buildIsStale, runBuild } from "./lib/build-if-needed";
import { bundleCallbackDoor } from "./lib/bundle-callback-door";
import { importEarlierData } from "./lib/embedded-postgres/import-earlier-data";
import { startEmbeddedDb } from "./lib/embedded-postgres/start-embedded-db";
import { done, fail, step } from "./lib/progress";

const root = path.resolve(__dirname, "..");

/** What was started so far, stopped in reverse order whatever ends the run. */
const cleanups: (() => Promise<void>)[] = [];

/** A refusal the person starting Caisse can act on: printed alone, without a stack. */
class StartRefused extends Error {}

async function main() {
  let config;
  try {
    config = parseEnv();
  } catch (error) {
    throw new StartRefused((error as Error).message);
  }
  const childEnv: Record<string, string> = {};

  let databaseUrl = config.DATABASE_URL;
  if (databaseUrl) {
    step("Base de données PostgreSQL (DATABASE_URL)");
  } else {
    step(
      `Base de données embarquée (PostgreSQL) dans ${path.resolve(config.CAISSE_DATA_DIR, "postgres")} — port ${config.EMBEDDED_DB_PORT}`,
    );
    const embedded = await startEmbeddedDb(config.CAISSE_DATA_DIR, config.EMBEDDED_DB_PORT).catch(
      (error: unknown) => {
        throw new StartRefused(error instanceof Error ? error.message : String(error));
      },
    );
    cleanups.push(() => embedded.stop());
    databaseUrl = embedded.url;
    childEnv.DATABASE_URL = databaseUrl;
    childEnv.CAISSE_EMBEDDED_DATABASE = "1";
  }

  step("Migrations");
  const { applied } = await applyMigrations(databaseUrl);
  done(
    applied.length ? `${applied.length} migration(s) appliquée(s) : ${applied.join(", ")}` : "Schéma à jour",
  );

  if (!config.DATABASE_URL) await reportEarlierData(config.CAISSE_DATA_DIR, databaseUrl);

  const db = createDb(databaseUrl, 2);
  const seed = await seedIfEmpty(db);
  await db.$disconnect();
  if (seed.seeded) {
    done("Base vide : données de démonstration et compte administrateur créés.");
    console.log(
      `\n  Connexion / sign in : ${seed.adminEmail}\n  Mot de passe / password : ${seed.adminPassword}\n  (affiché une seule fois / shown only once)\n`,
    );
  }

  if (!process.env.LIGDICASH_BASE_URL) {
    step(`Simulateur LigdiCash sur le port ${config.SIMULATOR_PORT} (aucun LIGDICASH_BASE_URL configuré)`);
    const simulator = await startSimulator({
      port: config.SIMULATOR_PORT,
      stateFile: path.resolve(config.CAISSE_DATA_DIR, "simulator-state.json"),
    });
    cleanups.push(() => simulator.close());
    Object.assign(childEnv, {
      LIGDICASH_BASE_URL: simulator.baseUrl,
      LIGDICASH_API_KEY: DEFAULT_API_KEY,
      LIGDICASH_AUTH_TOKEN: DEFAULT_AUTH_TOKEN,
      LIGDICASH_SIMULATOR: "1",
    });
  }

  if (buildIsStale(root)) {
    step("Compilation de l'application (next build)");
    if (!runBuild(root)) throw new StartRefused("La compilation a échoué / the build failed.");
  }

  childEnv.NEXTAUTH_SECRET = process.env.NEXTAUTH_SECRET ?? loadOrCreateSecret(config.CAISSE_DATA_DIR);
  // The go-live check tells a secret set by hand from this generated one (docs/go-live.md).
  childEnv.CAISSE_GENERATED_SECRET = process.env.NEXTAUTH_SECRET ? "0" : "1";
  childEnv.NEXTAUTH_URL = process.env.NEXTAUTH_URL ?? config.CAISSE_PUBLIC_URL;
  // This instance's own channel: the app announces each stored callback on it, and only this
  // instance's verifier hears it (lib/callbacks/verifier-channel.ts).
  childEnv.CAISSE_VERIFIER_CHANNEL = verifierChannel(randomBytes(8).toString("hex"));
  const appEnv = {
    ...process.env,
    ...childEnv,
    NODE_ENV: "production" as const,
    NEXT_TELEMETRY_DISABLED: "1",
  };
  const verifier = superviseVerifier(root, appEnv);
  cleanups.push(() => verifier.stop());
  step(`Caisse sur http://localhost:${config.PORT}`);
  // `next start` plus the client address written from the socket (scripts/serve-app.mjs).
  const callbackDoor = await bundleCallbackDoor(root);
  const server = spawn(process.execPath, [path.join(root, "scripts", "serve-app.mjs")], {
    cwd: root,
    stdio: "inherit",
    env: { ...appEnv, PORT: String(config.PORT), CAISSE_CALLBACK_DOOR: callbackDoor },
  });
  // The app first, so requests still being answered find their database; then the verifier
  // (it judges what the app stored last), then the rest.
  cleanups.push(() => stopChild(server));
  server.on("exit", (code) => void shutDown(code ?? 0));
}

/** The earlier embedded database's data (PGlite): imported once into a new server. */
async function reportEarlierData(dataDir: string, databaseUrl: string): Promise<void> {
  const earlier = path.resolve(dataDir, "pgdata");
  const result = await importEarlierData(dataDir, databaseUrl);
  if (result.state === "imported") {
    done(
      `Données de la base précédente reprises / earlier data imported: ${result.rows} ligne(s), ${result.tables} table(s). ${earlier} n'a pas été modifié / was left unchanged.`,
    );
  } else if (result.state === "kept" && result.reason === "target_not_empty") {
    console.log(
      `\n  ⚠ ${earlier} : données d'une version précédente, non reprises car la base contient déjà des comptes (docs/embedded-database.md).` +
        `\n    Earlier data in ${earlier} was not imported: the database already has staff accounts (docs/embedded-database.md).\n`,
    );
  }
}

let shuttingDown = false;
async function shutDown(code: number, message?: string): Promise<void> {
  if (shuttingDown) return;
  shuttingDown = true;
  for (const cleanup of cleanups.reverse()) {
    await cleanup().catch((error: unknown) =>
      console.error(`[caisse] ${error instanceof Error ? error.message : String(error)}`),
    );
  }
  if (message) fail(message);
  process.exit(code);
}

process.on("SIGINT", () => void shutDown(0));
process.on("SIGTERM", () => void shutDown(0));
main().catch((error: unknown) => {
  const message =
    error instanceof StartRefused
      ? error.message
      : error instanceof Error
        ? (error.stack ?? error.message)
        : String(error);
  void shutDown(1, message);
});
