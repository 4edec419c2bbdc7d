import { NextResponse } from "next/server";
import { listAudit } from "@/lib/audit/list-audit";
import { auditFiltersSchema } from "@/lib/audit/schemas";
import { requireStaff } from "@/lib/auth/current-staff";
import { db } from "@/lib/db";
import { handleRoute } from "@/lib/http/handle-route";
import { parseInput } from "@/lib/http/parse-input";
import { currentLocale } from "@/lib/i18n/current-locale";

// GET /api/audit?actor&action&target&from&to&before — the audit trail, newest first (manager, admin).
export const GET = handleRoute(async (request) => {
  await requireStaff("audit:read");
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const filters = parseInput(auditFiltersSchema, query, await currentLocale());
  return NextResponse.json(await listAudit(db(), filters));
});
