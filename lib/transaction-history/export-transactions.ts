import { stringify } from "csv-stringify/sync";
import { listTransactions, type TransactionRow } from "./list-transactions";
import type { SqlClient } from "@/lib/db/sql-client";
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
 * a leading apostrophe (OWASP "CSV injection"). Every line of a multi-line cell gets the same
 * treatment: a reader that splits on the line break would otherwise see `=…` start a cell.
 * Amounts are numbers and never go through here. */
function safeText(value: string | null): string {
  if (!value) return "";
  return value.replace(/(^|[\r\n])(?=[=+\-@\t\r])/g, "$1'");
}

/** RFC 4180: a field holding a quote, the separator, CR or LF is quoted. csv-stringify quotes the
 * first two and the whole record delimiter (`\r\n`), but not a lone `\n` or `\r`: matched here. */
function csvOptions(format: ExportFormat) {
  return {
    delimiter: format === "excel" ? ";" : ",",
    record_delimiter: "\r\n",
    quoted_match: /[\r\n]/,
  } as const;
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
  const options = csvOptions(format);
  let cursor: string | null = null;
  let started = false;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (!started) {
          started = true;
          const bom = format === "excel" ? "\uFEFF" : "";
          controller.enqueue(encoder.encode(bom + stringify([header], options)));
          return;
        }
        const page = await listTransactions(db, filters, { cursor, limit: pageSize });
        if (page.rows.length) {
          controller.enqueue(
            encoder.encode(
              stringify(
                page.rows.map((row) => toRecord(row, format)),
                options,
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
