// `npm start`: brings Caisse up on one machine. With no DATABASE_URL it runs the embedded
// database; with no LIGDICASH_BASE_URL it runs the LigdiCash simulator. Then migrations, the
// first-run demo data, a production build when the sources changed, and the Next.js server.
import { spawn } from "node:child_process";
import path from "node:path";
import { startEmbeddedDb, type EmbeddedDb } from "@/lib/embedded-db/start-embedded-db";
import { parseEnv } from "@/lib/env";
import { applyMigrations } from "@/lib/schema-engine";
import { createDb } from "@/lib/db-client";
import { seedIfEmpty } from "@/lib/demo/seed-demo";
import { DEFAULT_API_KEY, DEFAULT_AUTH_TOKEN, startSimulator, type RunningSimulator } from "@/simulator/server";
import { loadOrCreateSecret } from "./lib/app-secret";
import { buildIsStale, runBuild } from "./lib/build-if-needed";
import { done, fail, step } from "./lib/progress";

const root = path.resolve(__dirname, "..");

async function main() {
  let config;
  try {
    config = parseEnv();
  } catch (error) {
    fail((error as Error).message);
  }
  const cleanups: (() => Promise<void>)[] = [];
  const childEnv: Record<string, string> = {};

  let databaseUrl = config.DATABASE_URL;
  let embedded: EmbeddedDb | undefined;
  if (databaseUrl) {
    step("Base de données PostgreSQL (DATABASE_URL)");
  } else {
    step(`Base de données embarquée (PGlite) dans ${path.resolve(config.CAISSE_DATA_DIR)} — port ${config.EMBEDDED_DB_PORT}`);
    embedded = await startEmbeddedDb(config.CAISSE_DATA_DIR, config.EMBEDDED_DB_PORT);
    cleanups.push(() => embedded!.stop());
    databaseUrl = embedded.url;
    childEnv.DATABASE_URL = databaseUrl;
    childEnv.DATABASE_POOL_SIZE = "4";
  }

  step("Migrations");
  const { applied } = await applyMigrations(databaseUrl);
  done(applied.length ? `${applied.length} migration(s) appliquée(s) : ${applied.join(", ")}` : "Schéma à jour");

  const db = createDb(databaseUrl, 2);
  const seed = await seedIfEmpty(db);
  await db.$disconnect();
  if (seed.seeded) {
    done("Base vide : données de démonstration et compte administrateur créés.");
    console.log(`\n  Connexion / sign in : ${seed.adminEmail}\n  Mot de passe / password : ${seed.adminPassword}\n  (affiché une seule fois / shown only once)\n`);
  }

  if (!process.env.LIGDICASH_BASE_URL) {
    step(`Simulateur LigdiCash sur le port ${config.SIMULATOR_PORT} (aucun LIGDICASH_BASE_URL configuré)`);
    const simulator: RunningSimulator = await startSimulator({
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
    if (!runBuild(root)) fail("La compilation a échoué / the build failed.");
  }

  childEnv.NEXTAUTH_SECRET = process.env.NEXTAUTH_SECRET ?? loadOrCreateSecret(config.CAISSE_DATA_DIR);
  childEnv.NEXTAUTH_URL = process.env.NEXTAUTH_URL ?? config.CAISSE_PUBLIC_URL;
  step(`Caisse sur http://localhost:${config.PORT}`);
  const server = spawn(path.join(root, "node_modules", ".bin", "next"), ["start", "-p", String(config.PORT)], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, ...childEnv, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
  });

  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (server.exitCode === null) server.kill("SIGTERM");
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));
  server.on("exit", (code) => void stop(code ?? 0));
}

main().catch((error: unknown) => fail(error instanceof Error ? (error.stack ?? error.message) : String(error)));
