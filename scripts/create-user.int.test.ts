import { spawnSync } from "node:child_process";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { createDb } from "@/lib/db/client";
import { freePort } from "@/test/support/free-port";
import { withTestDb } from "@/test/support/test-db";
import { runningPostmaster } from "./lib/embedded-postgres/cluster";
import { startEmbeddedDb } from "./lib/embedded-postgres/start-embedded-db";

const { db, url } = withTestDb(2);

function createUserCli(args: string[]) {
  const result = spawnSync("node_modules/.bin/tsx", ["scripts/create-user.ts", ...args], {
    env: { ...process.env, DATABASE_URL: url() },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe("npm run user:create", () => {
  it("creates the first admin on a server and prints a generated password once", async () => {
    const { status, output } = createUserCli(["--email", "Chef@Boutique.bf", "--name", "Chef de caisse"]);
    expect(status).toBe(0);
    const password = /password: (\S+)/.exec(output)?.[1];
    expect(password).toBeTruthy();
    const user = await db().user.findUniqueOrThrow({ where: { email: "chef@boutique.bf" } });
    expect(user.role).toBe("admin");
    expect(await verifyPassword(password!, user.passwordHash)).toBe(true);
    expect(await db().auditLog.count({ where: { action: "user.created", targetId: user.id } })).toBe(1);
  });

  it("refuses bad arguments with a bilingual message and creates nothing", async () => {
    const before = await db().user.count();
    const { status, output } = createUserCli(["--email", "pas-un-email", "--name", "X", "--role", "boss"]);
    expect(status).toBe(1);
    expect(output).toMatch(/Arguments invalides \/ invalid arguments/);
    expect(output).toMatch(/--email/);
    expect(output).toMatch(/--role/);
    expect(await db().user.count()).toBe(before);
  });

  it("refuses an email that already has an account", () => {
    const { status, output } = createUserCli([
      "--email",
      "chef@boutique.bf",
      "--name",
      "Doublon",
      "--password",
      "un-mot-de-passe-solide",
    ]);
    expect(status).toBe(1);
    expect(output).toMatch(
      /Un compte utilise déjà cette adresse e-mail\. \/ An account already uses this email address\./,
    );
  });

  it("on the embedded default with Caisse stopped: starts the server for itself, then stops it", async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), "caisse-cli-"));
    await chmod(dataDir, 0o755);
    const port = await freePort();
    try {
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        CAISSE_DATA_DIR: dataDir,
        EMBEDDED_DB_PORT: String(port),
      };
      delete env.DATABASE_URL;
      const result = spawnSync(
        "node_modules/.bin/tsx",
        ["scripts/create-user.ts", "--email", "gerant@boutique.bf", "--name", "Gérant", "--role", "manager"],
        { env, encoding: "utf8", timeout: 120_000 },
      );
      expect(`${result.stdout}${result.stderr}`).toMatch(
        /Compte créé \/ account created: gerant@boutique.bf \(manager\)/,
      );
      expect(result.status).toBe(0);
      expect(runningPostmaster(path.join(dataDir, "postgres", "data"))).toBeUndefined();

      const embedded = await startEmbeddedDb(dataDir, port);
      const client = createDb(embedded.url, 1);
      try {
        expect(
          await client.user.findUnique({ where: { email: "gerant@boutique.bf" }, select: { role: true } }),
        ).toEqual({ role: "manager" });
      } finally {
        await client.$disconnect();
        await embedded.stop();
      }
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
