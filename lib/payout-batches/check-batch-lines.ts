import type { Translate } from "@/lib/i18n/schema-text";
import type { AmountLimits } from "@/lib/ligdicash/amount-limits";
import { requestPayoutSchema, type RequestPayoutBody } from "@/lib/payouts/schemas";
import { checkMobileMoneyPhone, type OperatorCode } from "@/lib/phone";
import { normalizeWord, type RawBatchRow } from "./read-batch-file";

export type BatchDestination = "wallet" | "mobile_money";

/** A line as it will be paid, or the reasons it cannot be (in the reader's language). */
export type CheckedLine = {
  line: number;
  /** The number as LigdiCash wants it when valid (226XXXXXXXX), else as written. */
  phone: string;
  operator: OperatorCode | null;
  amount: number | null;
  name: string;
  reason: string;
  destination: BatchDestination | null;
  keepInWallet: boolean | null;
  errors: string[];
  /** Other lines paying the same number the same amount the same way: shown, never merged. */
  sameAs: number[];
};

const DESTINATIONS: Record<string, BatchDestination> = {
  wallet: "wallet",
  portefeuille: "wallet",
  portefeuille_ligdicash: "wallet",
  ligdicash: "wallet",
  mobile_money: "mobile_money",
  mobile: "mobile_money",
};
const WALLET_MODES: Record<string, boolean> = {
  keep: true,
  garder: true,
  rester: true,
  wallet: true,
  portefeuille: true,
  forward: false,
  transferer: false,
  mobile_money: false,
};

// A spreadsheet writes whole francs as "12 500,00": zero decimals are not a fraction.
const ZERO_DECIMALS = /[.,]0{1,2}$/;

/**
 * Every line judged by the single payout's own schema (lib/payouts/schemas.ts: number format,
 * operator detection, Telecel refused, LigdiCash's minimum and maximum), plus what a sheet adds:
 * a name, a wallet mode for wallet lines, and duplicates flagged on both lines.
 */
export function checkBatchLines(rows: RawBatchRow[], limits: AmountLimits, t: Translate): CheckedLine[] {
  const schema = requestPayoutSchema(limits, t);
  const lines = rows.map((row) => checkLine(row, schema, t));
  flagDuplicates(lines);
  return lines;
}

function checkLine(
  row: RawBatchRow,
  schema: ReturnType<typeof requestPayoutSchema>,
  t: Translate,
): CheckedLine {
  const destination = DESTINATIONS[normalizeWord(row.destination)] ?? null;
  const walletMode = row.wallet_mode.trim() === "" ? undefined : WALLET_MODES[normalizeWord(row.wallet_mode)];
  const amountText = row.amount.replace(ZERO_DECIMALS, "");
  const body: RequestPayoutBody = {
    idempotencyKey: "batch-line-check-only",
    purpose: "other",
    amount: amountText,
    reason: row.reason,
    destination: destination ?? (row.destination as BatchDestination),
    recipient: { source: "typed_twice", phone: row.phone, phoneConfirm: row.phone },
  };
  const parsed = schema.safeParse(body);
  const errors = parsed.success ? [] : [...new Set(parsed.error.issues.map((issue) => issue.message))];
  if (row.name.trim() === "") errors.push(t("payoutBatches.lineErrors.nameMissing"));
  else if (row.name.trim().length > 100) errors.push(t("payoutBatches.lineErrors.nameTooLong", { max: 100 }));
  if (destination === "wallet" && walletMode === undefined)
    errors.push(
      t(
        row.wallet_mode.trim() === ""
          ? "payoutBatches.lineErrors.walletModeMissing"
          : "payoutBatches.lineErrors.walletModeUnknown",
      ),
    );
  const phone = checkMobileMoneyPhone(row.phone);
  return {
    line: row.line,
    phone: phone.ok ? phone.msisdn : row.phone,
    operator: phone.ok ? phone.operator.code : null,
    amount: parsed.success ? parsed.data.amount : null,
    name: row.name.trim(),
    reason: row.reason.trim(),
    destination,
    keepInWallet: destination === "wallet" ? (walletMode ?? null) : null,
    errors,
    sameAs: [],
  };
}

function flagDuplicates(lines: CheckedLine[]): void {
  const byKey = new Map<string, CheckedLine[]>();
  for (const line of lines) {
    if (line.amount === null) continue;
    const key = `${line.phone}|${line.amount}|${line.destination}`;
    const same = byKey.get(key);
    if (same) same.push(line);
    else byKey.set(key, [line]);
  }
  for (const group of byKey.values())
    if (group.length > 1)
      for (const line of group) line.sameAs = group.filter((l) => l !== line).map((l) => l.line);
}
