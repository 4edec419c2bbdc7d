import { stringify } from "csv-stringify/sync";
import { listTransactions, type TransactionRow } from "./list-transactions";
import type { SqlClient } from "./sql-client";
import type { ExportFormat, TransactionFilters } from "./schemas";

type Db = SqlClient;

export const EXPORT_PAGE_SIZE = 5000;
export const EXPORT_COLUMNS = [
  "date",
  "type",
  "status",
  "amount",
  "operator",
  "phone",
  "description",
  "reference",
  "requestId",
  "id",
  "invoiceId",
] as const;
export type ExportColumn = (typeof EXPORT_COLUMNS)[number];

/** Spreadsheet software runs a cell starting with = + - @ as a formula: such text is defused with
 * a leading apostrophe (OWASP "CSV injection"). Amounts are numbers and never go through here. */
function safeText(value: string | null): string {
  if (!value) return "";
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function formatDate(date: Date, format: ExportFormat): string {
  // Burkina Faso is UTC+0 all year: UTC is local time. French spreadsheets read "2026-11-24 09:30:00" as a date.
  return format === "excel" ? date.toISOString().slice(0, 19).replace("T", " ") : date.toISOString();
}

function toRecord(row: TransactionRow, format: ExportFormat): (string | number)[] {
  return [
    formatDate(row.createdAt, format),
    row.kind,
    row.status,
    row.amount,
    row.operator ?? "",
    safeText(row.phone),
    safeText(row.description),
    safeText(row.reference),
    safeText(row.requestId),
    row.id,
    row.invoiceId ?? "",
  ];
}

/**
 * The filtered view as CSV, streamed: one keyset page of 5,000 rows is read only when the client
 * has consumed the previous one (pull-based), so memory stays flat whatever the row count.
 * `excel`: UTF-8 with a BOM and `;` separators, what French spreadsheet software opens correctly.
 */
export function exportTransactions(
  db: Db,
  filters: TransactionFilters,
  format: ExportFormat,
  header: readonly string[] = EXPORT_COLUMNS,
  pageSize = EXPORT_PAGE_SIZE,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const delimiter = format === "excel" ? ";" : ",";
  let cursor: string | null = null;
  let started = false;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (!started) {
          started = true;
          const bom = format === "excel" ? "\uFEFF" : "";
          controller.enqueue(
            encoder.encode(bom + stringify([header], { delimiter, record_delimiter: "\r\n" })),
          );
          return;
        }
        const page = await listTransactions(db, filters, { cursor, limit: pageSize });
        if (page.rows.length) {
          controller.enqueue(
            encoder.encode(
              stringify(
                page.rows.map((row) => toRecord(row, format)),
                { delimiter, record_delimiter: "\r\n" },
              ),
            ),
          );
        }
        cursor = page.nextCursor;
        if (!cursor) controller.close();
      },
    },
    { highWaterMark: 1 },
  );
}
