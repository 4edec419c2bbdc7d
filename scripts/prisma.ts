// Runs the real Prisma CLI (`tsx scripts/prisma.ts migrate deploy`, or the db:* npm scripts) with
// the schema engine served by our WASM bridge, since the engine binary cannot be downloaded here.
import { spawn } from "node:child_process";
import { constants } from "node:os";
import path from "node:path";

const root = path.resolve(__dirname, "..");
const args = process.argv.slice(2);

/** Commands that never open a database; everything else (migrate, db) needs DATABASE_URL. */
const OFFLINE_COMMANDS = new Set([
  "generate",
  "format",
  "validate",
  "version",
  "-v",
  "--version",
  "-h",
  "--help",
]);

const needsDatabase = args.length > 0 && !OFFLINE_COMMANDS.has(args[0]!);
if (needsDatabase && !process.env.DATABASE_URL) {
  process.stderr.write(
    [
      "DATABASE_URL n'est pas défini. Indiquez la base PostgreSQL, par exemple :",
      "  DATABASE_URL=postgresql://user:password@localhost:5432/caisse npm run db:migrate:deploy",
      "(La base embarquée est gérée par la commande de démarrage, pas ici.)",
      "",
      "DATABASE_URL is not set. Point it at the PostgreSQL database, for example:",
      "  DATABASE_URL=postgresql://user:password@localhost:5432/caisse npm run db:migrate:deploy",
      "(The embedded database is handled by the start command, not here.)",
      "",
    ].join("\n"),
  );
  process.exit(1);
}

const env = {
  ...process.env,
  // A machine that has the real binary may point at it; otherwise the CLI would try to download.
  PRISMA_SCHEMA_ENGINE_BINARY:
    process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? path.join(root, "scripts", "schema-engine-bridge.cjs"),
  // No update check or telemetry call: there is no network to answer them.
  CHECKPOINT_DISABLE: process.env.CHECKPOINT_DISABLE ?? "1",
  PRISMA_HIDE_UPDATE_MESSAGE: process.env.PRISMA_HIDE_UPDATE_MESSAGE ?? "1",
};

const child = spawn(path.join(root, "node_modules", ".bin", "prisma"), args, {
  cwd: root,
  env,
  stdio: "inherit",
});
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => child.kill(signal));
}
child.on("error", (error) => {
  process.stderr.write(`Cannot run the Prisma CLI: ${error.message}\n`);
  process.exit(1);
});
child.on("exit", (code, signal) => {
  // Like a shell: 128 + signal number when the CLI was killed.
  process.exit(code ?? 128 + (signal ? constants.signals[signal] : 0));
});
