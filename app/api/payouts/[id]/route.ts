import { NextResponse } from "next/server";
import { requireStaff } from "@/lib/auth/current-staff";
import { db } from "@/lib/db";
import { AppError } from "@/lib/http/app-error";
import { handleRoute } from "@/lib/http/handle-route";
import { viewPayoutDetail } from "@/lib/payouts/allowed-actions";
import { getPayoutDetail } from "@/lib/payouts/get-payout";

type Context = { params: Promise<{ id: string }> };

// GET /api/payouts/:id — one payout with its decision and story (every role).
export const GET = handleRoute<Context>(async (_request, { params }) => {
  const staff = await requireStaff("payouts:read");
  const detail = await getPayoutDetail(db(), (await params).id);
  if (!detail) throw new AppError("not_found");
  return NextResponse.json(viewPayoutDetail(detail, staff));
});
