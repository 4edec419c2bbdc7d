import { AppError, type ErrorCode } from "@/lib/http/app-error";

/** What a batch request or decision can break; words in payoutBatches.json `rules`. */
export type BatchRule =
  | "file_empty"
  | "file_unreadable"
  | "file_missing_columns"
  | "file_too_many_lines"
  | "lines_invalid"
  | "duplicates_unconfirmed"
  | "balance_insufficient"
  | "idempotency_reused"
  | "own_batch"
  | "not_awaiting_approval"
  | "not_pausable"
  | "not_resumable"
  | "not_cancellable"
  | "not_found";

const STATUS: Partial<Record<BatchRule, ErrorCode>> = {
  not_found: "not_found",
  own_batch: "forbidden",
  idempotency_reused: "conflict",
  not_awaiting_approval: "conflict",
  not_pausable: "conflict",
  not_resumable: "conflict",
  not_cancellable: "conflict",
  balance_insufficient: "conflict",
};

/** The broken rule as an AppError; `details` carries the rule and its figures for clients. */
export function batchRuleError(
  rule: BatchRule,
  amounts: Record<string, number> = {},
  extra: Record<string, unknown> = {},
): AppError {
  const status = STATUS[rule] ?? "validation_failed";
  return new AppError(
    status,
    { rule, ...amounts, ...extra },
    { key: `payoutBatches.rules.${rule}`, amounts, field: status === "validation_failed" ? "file" : "" },
  );
}
