import { NextResponse } from "next/server";
import { requireStaff } from "@/lib/auth/current-staff";
import { db } from "@/lib/db";
import { handleRoute } from "@/lib/http/handle-route";
import { auditContext } from "@/lib/http/request-context";
import { currentLocale } from "@/lib/i18n/current-locale";
import { ligdicash } from "@/lib/ligdicash";
import { loadPayoutDto } from "@/lib/payouts/load-payout";
import { sendPayout } from "@/lib/payouts/send-payout";

type Context = { params: Promise<{ id: string }> };

// POST /api/payouts/:id/send — send an approved payout whose sending never started (e.g. the
// server stopped right after storing it). A no-op for any other state (finance, manager, admin).
export const POST = handleRoute<Context>(async (request, { params }) => {
  const staff = await requireStaff("payouts:request");
  const locale = await currentLocale();
  const id = (await params).id;
  await loadPayoutDto(db(), id, locale);
  await sendPayout(db(), ligdicash(), id, auditContext(staff, request).actor);
  return NextResponse.json({ payout: await loadPayoutDto(db(), id, locale) });
});
