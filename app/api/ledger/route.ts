import { NextResponse } from "next/server";
import { requireStaff } from "@/lib/auth/current-staff";
import { db } from "@/lib/db";
import { handleRoute } from "@/lib/http/handle-route";
import { parseInput } from "@/lib/http/parse-input";
import { currentLocale } from "@/lib/i18n/current-locale";
import { getLedgerPage } from "@/lib/ledger/get-ledger-page";
import { ledgerQuerySchema } from "@/lib/ledger/schemas";

// GET /api/ledger?cursor — balances per operator sub-account and journals, newest first (every role).
export const GET = handleRoute(async (request) => {
  await requireStaff("ledger:read");
  const { cursor } = parseInput(ledgerQuerySchema, Object.fromEntries(new URL(request.url).searchParams), await currentLocale());
  return NextResponse.json(await getLedgerPage(db(), cursor));
});
