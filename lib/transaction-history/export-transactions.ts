import { stringify } from "csv-stringify/sync";
import { listTransactions, type TransactionRow } from "./list-transactions";
import type { SqlClient } from "@/lib/db/sql-client";
import type { ExportFormat, TransactionFilters, TransactionType } from "./schemas";

type Db = SqlClient;

export const EXPORT_PAGE_SIZE = 5000;
export const EXPORT_COLUMNS = [
  "date",
  "number",
  "type",
  "status",
  "amount",
  "operator",
  "customer",
  "phone",
  "description",
  "reference",
  "invoiceNumber",
  "settledAt",
  "requestId",
  "id",
  "invoiceId",
] as const;
export type ExportColumn = (typeof EXPORT_COLUMNS)[number];

/** The words of the file: column names, types, statuses and operators in the person's language,
 * given by the route (text is made at the edge). Without them the file holds the codes. */
export type ExportLabels = {
  header: readonly string[];
  type: (kind: TransactionType) => string;
  status: (row: TransactionRow) => string;
  operator: (code: string) => string;
};

export const CODE_LABELS: ExportLabels = {
  header: EXPORT_COLUMNS,
  type: (kind) => kind,
  status: (row) => row.status,
  operator: (code) => code,
};

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

/** Money in is positive, money out (refunds, payouts) negative: a column that sums to the net. */
function signedAmount(row: TransactionRow): number {
  return row.kind === "payin" ? row.amount : -row.amount;
}

function toRecord(row: TransactionRow, format: ExportFormat, labels: ExportLabels): (string | number)[] {
  return [
    formatDate(row.createdAt, format),
    row.number,
    labels.type(row.kind),
    labels.status(row),
    signedAmount(row),
    row.operator ? labels.operator(row.operator) : "",
    safeText(row.customerName),
    safeText(row.phone),
    safeText(row.description),
    safeText(row.reference),
    row.invoiceNumber ?? "",
    row.settledAt ? formatDate(row.settledAt, format) : "",
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
  labels: ExportLabels = CODE_LABELS,
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
          controller.enqueue(encoder.encode(bom + stringify([labels.header], options)));
          return;
        }
        const page = await listTransactions(db, filters, { cursor, limit: pageSize });
        if (page.rows.length) {
          controller.enqueue(
            encoder.encode(
              stringify(
                page.rows.map((row) => toRecord(row, format, labels)),
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
