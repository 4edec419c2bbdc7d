import { getTranslations } from "next-intl/server";
import { requireStaff } from "@/lib/auth/current-staff";
import { db } from "@/lib/db";
import { handleRoute } from "@/lib/http/handle-route";
import { parseInput } from "@/lib/http/parse-input";
import { currentLocale } from "@/lib/i18n/current-locale";
import { countTransactions } from "@/lib/transactions/list-transactions";
import { EXPORT_COLUMNS, exportTransactions } from "@/lib/transactions/export-transactions";
import { exportSql } from "@/lib/transactions/export-pool";
import {
  exportFormatSchema,
  searchParamsToObject,
  transactionFiltersSchema,
} from "@/lib/transactions/schemas";

// GET /api/transactions/export?<the list's filters>&format=csv|excel — the filtered view as a
// streamed CSV file; X-Total-Count lets the browser show progress (transactions:export).
export const GET = handleRoute(async (request) => {
  await requireStaff("transactions:export");
  const params = new URL(request.url).searchParams;
  const locale = await currentLocale();
  const filters = parseInput(transactionFiltersSchema, searchParamsToObject(params), locale);
  const format = parseInput(exportFormatSchema, params.get("format") ?? undefined, locale);
  const t = await getTranslations("transactions");
  const header = EXPORT_COLUMNS.map((column) => t(`export.columns.${column}`));
  const total = await countTransactions(db(), filters);
  const stamp = new Date().toISOString().slice(0, 16).replace(/[-:]/g, "").replace("T", "-");
  return new Response(exportTransactions(exportSql(), filters, format, header), {
    headers: {
      "Content-Type":
        format === "excel" ? "text/csv; charset=utf-8; header=present" : "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="transactions-${stamp}${format === "excel" ? "-excel" : ""}.csv"`,
      "X-Total-Count": String(total),
      "Cache-Control": "no-store",
    },
  });
});
