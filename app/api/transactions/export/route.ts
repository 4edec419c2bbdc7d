import { getTranslations } from "next-intl/server";
import { route } from "@/lib/http/handle-route";
import type { RequestContext } from "@/lib/http/request-context";
import { countTransactions } from "@/lib/transaction-history/list-transactions";
import {
  EXPORT_COLUMNS,
  exportTransactions,
  type ExportLabels,
} from "@/lib/transaction-history/export-transactions";
import { operatorLabel } from "@/components/transactions/operator-label";
import { exportSql } from "@/lib/db/export-pool";
import {
  exportFormatSchema,
  transactionFiltersSchema,
  type ExportFormat,
  type TransactionFilters,
} from "@/lib/transaction-history/schemas";

// GET /api/transactions/export?<the list's filters>&format=csv|excel — the filtered view as a
// streamed CSV file; X-Total-Count lets the browser show progress (transactions:export).
export const GET = route({
  permission: "transactions:export",
  query: transactionFiltersSchema.extend({ format: exportFormatSchema }),
  run: (ctx, { format, ...filters }) => csvDownload(ctx, filters, format),
});

/** The file as it downloads: its column names in the person's language, streamed from the database. */
async function csvDownload(
  ctx: RequestContext,
  filters: TransactionFilters,
  format: ExportFormat,
): Promise<Response> {
  const [t, ts] = await Promise.all([
    getTranslations({ locale: ctx.locale, namespace: "transactions" }),
    getTranslations({ locale: ctx.locale, namespace: "status" }),
  ]);
  const labels: ExportLabels = {
    header: EXPORT_COLUMNS.map((column) => t(`export.columns.${column}`)),
    type: (kind) => t(`types.${kind}`),
    // A payin's status is its invoice's display state; a status word Caisse has no name for stays as it is.
    status: (row) => {
      const key = row.kind === "payin" ? `invoiceState.${row.status}` : `payout.${row.status}`;
      return ts.has(key) ? ts(key) : row.status;
    },
    operator: operatorLabel,
  };
  const total = await countTransactions(ctx.db, filters);
  const stamp = new Date().toISOString().slice(0, 16).replace(/[-:]/g, "").replace("T", "-");
  return new Response(exportTransactions(exportSql(), filters, format, labels), {
    headers: {
      "Content-Type":
        format === "excel" ? "text/csv; charset=utf-8; header=present" : "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="transactions-${stamp}${format === "excel" ? "-excel" : ""}.csv"`,
      "X-Total-Count": String(total),
      "Cache-Control": "no-store",
    },
  });
}
