import { NextResponse } from "next/server";
import { requireStaff } from "@/lib/auth/current-staff";
import { db } from "@/lib/db";
import { handleRoute } from "@/lib/http/handle-route";
import { currentLocale } from "@/lib/i18n/current-locale";
import { ligdicash } from "@/lib/ligdicash";
import { checkPayout } from "@/lib/payouts/check-payout";
import { gatewayFailure } from "@/lib/payouts/gateway-failure";
import { loadPayoutDto } from "@/lib/payouts/load-payout";

type Context = { params: Promise<{ id: string }> };

// POST /api/payouts/:id/verify — "Vérifier maintenant": ask LigdiCash for the status; never sends (finance, manager, admin).
export const POST = handleRoute<Context>(async (_request, { params }) => {
  await requireStaff("payouts:request");
  const locale = await currentLocale();
  const id = (await params).id;
  const before = await loadPayoutDto(db(), id, locale);
  const result = await checkPayout(db(), ligdicash(), id).catch((error: unknown) => {
    throw gatewayFailure(error, locale);
  });
  return NextResponse.json({
    payout: await loadPayoutDto(db(), id, locale),
    result: result.result,
    previousStatus: before.status,
  });
});
