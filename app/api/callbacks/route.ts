import { NextResponse } from "next/server";
import { requireStaff } from "@/lib/auth/current-staff";
import { listDeliveries } from "@/lib/callbacks/list-deliveries";
import { callbackFiltersSchema } from "@/lib/callbacks/schemas";
import { db } from "@/lib/db";
import { handleRoute } from "@/lib/http/handle-route";
import { parseInput } from "@/lib/http/parse-input";
import { currentLocale } from "@/lib/i18n/current-locale";

// GET /api/callbacks?outcome&transaction&cursor — LigdiCash deliveries, claim beside verified truth (manager, admin).
export const GET = handleRoute(async (request) => {
  await requireStaff("callbacks:read");
  const filters = parseInput(callbackFiltersSchema, Object.fromEntries(new URL(request.url).searchParams), await currentLocale());
  return NextResponse.json(await listDeliveries(db(), filters));
});
