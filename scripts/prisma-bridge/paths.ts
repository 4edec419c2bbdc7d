import path from "node:path";

/** The repository root, found from this file so callers may run from any directory. */
export const PROJECT_ROOT = path.resolve(__dirname, "..", "..");
export const SCHEMA_PATH = path.join(PROJECT_ROOT, "prisma", "schema.prisma");
export const MIGRATIONS_DIR = path.join(PROJECT_ROOT, "prisma", "migrations");
