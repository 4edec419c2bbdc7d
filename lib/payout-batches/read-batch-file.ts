import { parse } from "csv-parse/sync";
import { MAX_BATCH_LINES } from "./limits";

export const BATCH_COLUMNS = ["phone", "amount", "name", "reason", "destination", "wallet_mode"] as const;
export type BatchColumn = (typeof BATCH_COLUMNS)[number];

/** One data row as written in the file, with its line number (the header is line 1). */
export type RawBatchRow = { line: number } & Record<BatchColumn, string>;

export type BatchFileProblem = "empty" | "unreadable" | "missing_columns" | "too_many_lines";

export type ReadBatchFile =
  | { ok: true; rows: RawBatchRow[] }
  | { ok: false; problem: BatchFileProblem; missing?: BatchColumn[]; lines?: number };

// Headers as people write them, French or English, accents and case ignored.
const HEADER_ALIASES: Record<string, BatchColumn> = {
  phone: "phone",
  telephone: "phone",
  numero: "phone",
  tel: "phone",
  amount: "amount",
  montant: "amount",
  name: "name",
  nom: "name",
  beneficiaire: "name",
  reason: "reason",
  motif: "reason",
  destination: "destination",
  wallet_mode: "wallet_mode",
  mode_portefeuille: "wallet_mode",
  mode: "wallet_mode",
};

export function normalizeWord(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_|_$/g, "");
}

/**
 * Reads an uploaded payout sheet: a plain CSV (`,`) or the spreadsheet variant Caisse exports
 * (`;`, a byte-order mark, "12 500" amounts). The separator is the one the header line uses.
 * Nothing here judges a value: check-batch-lines.ts does, with the single payout's rules.
 */
export function readBatchFile(text: string): ReadBatchFile {
  const body = text.replace(/^\uFEFF/, "");
  const header = body.split(/\r?\n/, 1)[0] ?? "";
  if (header.trim() === "") return { ok: false, problem: "empty" };
  const delimiter = (header.match(/;/g)?.length ?? 0) >= (header.match(/,/g)?.length ?? 0) ? ";" : ",";
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(body, {
      delimiter,
      info: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
      relax_column_count: true,
      trim: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch {
    return { ok: false, problem: "unreadable" };
  }
  const [head, ...data] = records;
  if (!head) return { ok: false, problem: "empty" };
  const positions = new Map<BatchColumn, number>();
  head.record.forEach((title, index) => {
    const column = HEADER_ALIASES[normalizeWord(title)];
    if (column && !positions.has(column)) positions.set(column, index);
  });
  // The wallet mode may be left out by a file that only pays mobile money.
  const missing = BATCH_COLUMNS.filter((c) => c !== "wallet_mode" && !positions.has(c));
  if (missing.length > 0) return { ok: false, problem: "missing_columns", missing };
  if (data.length === 0) return { ok: false, problem: "empty" };
  if (data.length > MAX_BATCH_LINES) return { ok: false, problem: "too_many_lines", lines: data.length };
  const rows = data.map(({ record, info }) => {
    const cell = (column: BatchColumn) => {
      const at = positions.get(column);
      return at === undefined ? "" : (record[at] ?? "");
    };
    return {
      line: info.lines,
      phone: cell("phone"),
      amount: cell("amount"),
      name: cell("name"),
      reason: cell("reason"),
      destination: cell("destination"),
      wallet_mode: cell("wallet_mode"),
    };
  });
  return { ok: true, rows };
}
