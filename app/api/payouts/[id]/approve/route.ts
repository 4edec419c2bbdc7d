import { NextResponse } from "next/server";
import { requireStaff } from "@/lib/auth/current-staff";
import { db } from "@/lib/db";
import { handleRoute } from "@/lib/http/handle-route";
import { parseInput, readJson } from "@/lib/http/parse-input";
import { auditContext } from "@/lib/http/request-context";
import { currentLocale } from "@/lib/i18n/current-locale";
import { ligdicash } from "@/lib/ligdicash";
import { decidePayout } from "@/lib/payouts/decide-payout";
import { loadPayoutDto } from "@/lib/payouts/load-payout";
import { decisionSchema } from "@/lib/payouts/schemas";
import { sendPayout } from "@/lib/payouts/send-payout";

type Context = { params: Promise<{ id: string }> };

// POST /api/payouts/:id/approve — approve someone else's request, then send it (manager, admin).
export const POST = handleRoute<Context>(async (request, { params }) => {
  const staff = await requireStaff("payouts:approve");
  const locale = await currentLocale();
  const { note } = parseInput(decisionSchema, await readJson(request), locale);
  const { actor, ip } = auditContext(staff, request);
  const id = (await params).id;
  await decidePayout(db(), { ...actor, id: staff.id }, id, { approve: true, note }, ip, locale);
  await sendPayout(db(), ligdicash(), id, actor);
  return NextResponse.json({ payout: await loadPayoutDto(db(), id, locale) });
});
