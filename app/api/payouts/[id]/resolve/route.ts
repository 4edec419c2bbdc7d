import { NextResponse } from "next/server";
import { requireStaff } from "@/lib/auth/current-staff";
import { db } from "@/lib/db";
import { handleRoute } from "@/lib/http/handle-route";
import { parseInput, readJson } from "@/lib/http/parse-input";
import { auditContext } from "@/lib/http/request-context";
import { currentLocale } from "@/lib/i18n/current-locale";
import { loadPayoutDto } from "@/lib/payouts/load-payout";
import { resolvePayoutManually } from "@/lib/payouts/resolve-payout-manually";
import { manualResolutionSchema } from "@/lib/payouts/schemas";

type Context = { params: Promise<{ id: string }> };

// POST /api/payouts/:id/resolve — mark a tokenless unknown-outcome payout as paid or failed after
// checking the LigdiCash dashboard; never sends anything (manager, admin; never the requester).
export const POST = handleRoute<Context>(async (request, { params }) => {
  const staff = await requireStaff("payouts:approve");
  const locale = await currentLocale();
  const input = parseInput(manualResolutionSchema, await readJson(request), locale);
  const { actor, ip } = auditContext(staff, request);
  const id = (await params).id;
  await resolvePayoutManually(db(), { ...actor, id: staff.id }, id, input, ip, locale);
  return NextResponse.json({ payout: await loadPayoutDto(db(), id, locale) });
});
