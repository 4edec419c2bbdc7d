import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Translate } from "@/lib/i18n/schema-text";
import type { AmountLimits } from "@/lib/ligdicash/amount-limits";
import { getAvailableOperatorBalances, type KnownBalance } from "@/lib/payouts/operator-balances";
import type { OperatorCode } from "@/lib/phone";
import { batchRuleError } from "./batch-rule-error";
import { checkBatchLines, type CheckedLine } from "./check-batch-lines";
import { MAX_BATCH_LINES } from "./limits";
import { readBatchFile } from "./read-batch-file";

/** What one operator's sub-account must pay out, against what the ledger says it holds. */
export type OperatorTotal = {
  operator: OperatorCode;
  lines: number;
  toPay: number;
  balance: number;
  insufficient: boolean;
};

export type BatchPreview = {
  lines: CheckedLine[];
  lineCount: number;
  errorLines: number;
  duplicateLines: number;
  total: number;
  operatorTotals: OperatorTotal[];
};

/** Reads and checks a file, or refuses it whole (empty, unreadable, columns missing, too long). */
export function checkBatchFile(text: string, limits: AmountLimits, t: Translate): CheckedLine[] {
  const file = readBatchFile(text);
  if (file.ok) return checkBatchLines(file.rows, limits, t);
  if (file.problem === "too_many_lines")
    throw batchRuleError("file_too_many_lines", { lines: file.lines ?? 0, max: MAX_BATCH_LINES });
  if (file.problem === "missing_columns")
    throw batchRuleError("file_missing_columns", {}, { missing: file.missing ?? [] });
  throw batchRuleError(file.problem === "empty" ? "file_empty" : "file_unreadable");
}

/** Per-operator totals of the payable lines, each against its sub-account's known balance. */
export function totalsByOperator(
  lines: { operator: string | null; amount: number | null }[],
  balances: KnownBalance[],
): OperatorTotal[] {
  return balances
    .map(({ operator, balance }) => {
      const own = lines.filter((l) => l.operator === operator && l.amount !== null);
      const toPay = own.reduce((sum, l) => sum + (l.amount ?? 0), 0);
      return { operator, lines: own.length, toPay, balance, insufficient: toPay > balance };
    })
    .filter((total) => total.lines > 0);
}

/** Everything the upload page shows before anything is stored: nothing here writes. */
export function summarizeBatch(lines: CheckedLine[], balances: KnownBalance[]): BatchPreview {
  const payable = lines.filter((l) => l.errors.length === 0);
  return {
    lines,
    lineCount: lines.length,
    errorLines: lines.length - payable.length,
    duplicateLines: lines.filter((l) => l.sameAs.length > 0).length,
    total: payable.reduce((sum, l) => sum + (l.amount ?? 0), 0),
    operatorTotals: totalsByOperator(payable, balances),
  };
}

export async function previewBatch(
  db: PrismaClient,
  { file }: { file: string },
  limits: AmountLimits,
  t: Translate,
): Promise<BatchPreview> {
  const lines = checkBatchFile(file, limits, t);
  return summarizeBatch(lines, await getAvailableOperatorBalances(db));
}
