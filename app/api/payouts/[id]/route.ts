import { NextResponse } from "next/server";
import { requireStaff } from "@/lib/auth/current-staff";
import { db } from "@/lib/db";
import { AppError } from "@/lib/http/app-error";
import { handleRoute } from "@/lib/http/handle-route";
import { getPayoutDetail } from "@/lib/payouts/get-payout";

type Context = { params: Promise<{ id: string }> };

// GET /api/payouts/:id — one payout with its decision and story (every role).
export const GET = handleRoute<Context>(async (_request, { params }) => {
  await requireStaff("payouts:read");
  const detail = await getPayoutDetail(db(), (await params).id);
  if (!detail) throw new AppError("not_found");
  return NextResponse.json(detail);
});
