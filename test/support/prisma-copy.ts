import { cp, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { PROJECT_ROOT } from "@/scripts/prisma-bridge/paths";

export type PrismaCopy = {
  dir: string;
  configPath: string;
  schemaPath: string;
  migrationsDir: string;
  remove(): Promise<void>;
};

/**
 * A throw-away copy of prisma.config.ts, prisma/schema.prisma and prisma/migrations, so a test
 * can change the schema or create migrations without touching the repository's.
 * `editSchema` rewrites the copied schema (and must change it: a no-op edit is a broken test).
 */
export async function copyPrismaProject(
  editSchema: (schema: string) => string = (s) => s,
): Promise<PrismaCopy> {
  const dir = await mkdtemp(path.join(tmpdir(), "caisse-prisma-"));
  const copy: PrismaCopy = {
    dir,
    configPath: path.join(dir, "prisma.config.ts"),
    schemaPath: path.join(dir, "prisma", "schema.prisma"),
    migrationsDir: path.join(dir, "prisma", "migrations"),
    remove: () => rm(dir, { recursive: true, force: true }),
  };
  try {
    await cp(path.join(PROJECT_ROOT, "prisma.config.ts"), copy.configPath);
    await cp(path.join(PROJECT_ROOT, "prisma", "migrations"), copy.migrationsDir, { recursive: true });
    // The copied config imports "prisma/config".
    await symlink(path.join(PROJECT_ROOT, "node_modules"), path.join(dir, "node_modules"), "dir");
    const schema = await readFile(path.join(PROJECT_ROOT, "prisma", "schema.prisma"), "utf8");
    const edited = editSchema(schema);
    if (editSchema.length > 0 && edited === schema)
      throw new Error("copyPrismaProject: the schema edit changed nothing");
    await writeFile(copy.schemaPath, edited);
    return copy;
  } catch (error) {
    await copy.remove();
    throw error;
  }
}

/** Adds a nullable field to the Payout model: the smallest change that needs a migration. */
export function addPayoutField(schema: string): string {
  return schema.replace(/(model Payout \{\n)/, '$1  driftProbe String? @map("drift_probe")\n');
}
