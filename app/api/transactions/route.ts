import { NextResponse } from "next/server";
import { requireStaff } from "@/lib/auth/current-staff";
import { db } from "@/lib/db";
import { handleRoute } from "@/lib/http/handle-route";
import { parseInput } from "@/lib/http/parse-input";
import { currentLocale } from "@/lib/i18n/current-locale";
import { listTransactions } from "@/lib/transactions/list-transactions";
import { cursorSchema, searchParamsToObject, transactionFiltersSchema } from "@/lib/transactions/schemas";
import { toTransactionPageDto } from "@/lib/transactions/transaction-dto";

// GET /api/transactions?type=&status=&operator=&from=&to=&minAmount=&maxAmount=&phone=&q=&sort=&cursor=
// — one keyset page of payins, refunds and payouts (ledger:read).
export const GET = handleRoute(async (request) => {
  await requireStaff("ledger:read");
  const params = new URL(request.url).searchParams;
  const locale = await currentLocale();
  const filters = parseInput(transactionFiltersSchema, searchParamsToObject(params), locale);
  const cursor = parseInput(cursorSchema, params.get("cursor") ?? undefined, locale);
  return NextResponse.json(toTransactionPageDto(await listTransactions(db(), filters, { cursor })));
});
