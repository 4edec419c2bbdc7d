import { NextResponse } from "next/server";
import { requireStaff } from "@/lib/auth/current-staff";
import { db } from "@/lib/db";
import { handleRoute } from "@/lib/http/handle-route";
import { auditContext } from "@/lib/http/request-context";
import { currentLocale } from "@/lib/i18n/current-locale";
import { ligdicash } from "@/lib/ligdicash";
import { loadPayoutDto } from "@/lib/payouts/load-payout";
import { sendPayout } from "@/lib/payouts/send-payout";
import { sendToMobileMoneyInstead } from "@/lib/payouts/send-to-mobile-money-instead";

type Context = { params: Promise<{ id: string }> };

// POST /api/payouts/:id/mobile-money — after "no LigdiCash account": a new payout of the same
// amount straight to mobile money (finance, manager, admin).
export const POST = handleRoute<Context>(async (request, { params }) => {
  const staff = await requireStaff("payouts:request");
  const locale = await currentLocale();
  const { actor, ip } = auditContext(staff, request);
  const { payout, created } = await sendToMobileMoneyInstead(
    db(),
    { ...actor, id: staff.id },
    (await params).id,
    ip,
    locale,
  );
  if (payout.status === "approved") await sendPayout(db(), ligdicash(), payout.id, actor);
  return NextResponse.json(
    { payout: await loadPayoutDto(db(), payout.id, locale), created },
    { status: created ? 201 : 200 },
  );
});
