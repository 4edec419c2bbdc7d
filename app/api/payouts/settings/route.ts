import { NextResponse } from "next/server";
import { requireStaff } from "@/lib/auth/current-staff";
import { db } from "@/lib/db";
import { handleRoute } from "@/lib/http/handle-route";
import { parseInput, readJson } from "@/lib/http/parse-input";
import { auditContext } from "@/lib/http/request-context";
import { currentLocale } from "@/lib/i18n/current-locale";
import { setApprovalSettings } from "@/lib/settings/approval-settings";
import { approvalSettingsSchema } from "@/lib/settings/schemas";

// PUT /api/payouts/settings — change the approval threshold and the rolling 24 h total (admin).
export const PUT = handleRoute(async (request) => {
  const staff = await requireStaff("settings:manage");
  const input = parseInput(approvalSettingsSchema, await readJson(request), await currentLocale());
  const { actor, ip } = auditContext(staff, request);
  return NextResponse.json(await setApprovalSettings(db(), actor, input, ip));
});
