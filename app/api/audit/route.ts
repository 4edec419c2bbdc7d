import { listAudit } from "@/lib/audit/list-audit";
import { auditFiltersSchema } from "@/lib/audit/schemas";
import { route } from "@/lib/http/handle-route";

// GET /api/audit?actor&action&target&from&to&before — the audit trail, newest first (manager, admin).
export const GET = route({
  permission: "audit:read",
  query: auditFiltersSchema,
  run: (ctx, filters) => listAudit(ctx.db, filters),
});
