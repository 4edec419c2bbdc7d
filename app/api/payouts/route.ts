import { NextResponse } from "next/server";
import { requireStaff } from "@/lib/auth/current-staff";
import { db } from "@/lib/db";
import { handleRoute } from "@/lib/http/handle-route";
import { parseInput, readJson } from "@/lib/http/parse-input";
import { auditContext } from "@/lib/http/request-context";
import { currentLocale } from "@/lib/i18n/current-locale";
import { ligdicash } from "@/lib/ligdicash";
import { listPayouts } from "@/lib/payouts/list-payouts";
import { loadPayoutDto } from "@/lib/payouts/load-payout";
import { recoverStuckPayouts } from "@/lib/payouts/recover-stuck-payouts";
import { requestPayout } from "@/lib/payouts/request-payout";
import { payoutFiltersSchema, requestPayoutSchema } from "@/lib/payouts/schemas";
import { sendPayout } from "@/lib/payouts/send-payout";

// GET /api/payouts?status&invoice&cursor — payouts and refunds, newest first (every role).
export const GET = handleRoute(async (request) => {
  await requireStaff("payouts:read");
  const filters = parseInput(
    payoutFiltersSchema,
    Object.fromEntries(new URL(request.url).searchParams),
    await currentLocale(),
  );
  await recoverStuckPayouts(db());
  return NextResponse.json(await listPayouts(db(), filters));
});

// POST /api/payouts — store a refund/payout intent, then send it unless it needs approval (finance, manager, admin).
export const POST = handleRoute(async (request) => {
  const staff = await requireStaff("payouts:request");
  const locale = await currentLocale();
  const input = parseInput(requestPayoutSchema, await readJson(request), locale);
  const { actor, ip } = auditContext(staff, request);
  const { payout, created } = await requestPayout(db(), { ...actor, id: staff.id }, input, ip, locale);
  // A double submit of an approved intent lands here too: the claim inside sendPayout lets one call through.
  if (payout.status === "approved") await sendPayout(db(), ligdicash(), payout.id, actor);
  return NextResponse.json(
    { payout: await loadPayoutDto(db(), payout.id, locale), created },
    { status: created ? 201 : 200 },
  );
});
