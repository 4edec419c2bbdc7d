import { stringify } from "csv-stringify/sync";
import type { Translate } from "@/lib/i18n/schema-text";
import type { BatchLineDto } from "./get-batch";

const COLUMNS = [
  "line",
  "phone",
  "name",
  "amount",
  "reason",
  "destination",
  "status",
  "failure",
  "payout",
] as const;

/** The result file: every line with its outcome in words, in the spreadsheet variant (`;`, BOM). */
export function batchResultCsv(lines: BatchLineDto[], t: Translate, cancelled: boolean): string {
  const header = COLUMNS.map((c) => t(`payoutBatches.export.${c}`));
  const rows = lines.map((l) => [
    l.line,
    l.phone,
    l.name,
    l.amount,
    l.reason,
    t(`payouts.destinations.${l.destination}`),
    l.status
      ? t(`status.payout.${l.status}`)
      : t(cancelled ? "payoutBatches.lineStatuses.notSentCancelled" : "payoutBatches.lineStatuses.notSent"),
    l.failureCode ?? "",
    l.payoutId ?? "",
  ]);
  return `\uFEFF${stringify([header, ...rows], { delimiter: ";", record_delimiter: "\r\n" })}`;
}
