import "server-only";
import { env } from "@/lib/env";
import { type SqlClient, createSqlClient } from "./sql-client";

const globalForExport = globalThis as typeof globalThis & { caisseExportSql?: SqlClient };

/** The process-wide export connection pool (2 connections), created on first export. */
export function exportSql(): SqlClient {
  if (globalForExport.caisseExportSql) return globalForExport.caisseExportSql;
  const url = env().DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: start Caisse with `npm start` (scripts/start.ts).");
  globalForExport.caisseExportSql = createSqlClient(url);
  return globalForExport.caisseExportSql;
}
