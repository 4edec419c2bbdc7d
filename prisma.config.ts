import { defineConfig } from "prisma/config";

// The datasource URL is only read by migration commands; the app builds its own client in lib/db/index.ts.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/caisse" },
});
