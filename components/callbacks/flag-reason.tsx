import { useTranslations } from "next-intl";

/** `claimed_completed_verified_pending` → `claimed_mismatch`; `malformed:invalid_json` → `malformed`. */
function reasonKey(reason: string): string {
  if (reason.startsWith("claimed_") && reason.includes("_verified_")) return "claimed_mismatch";
  return reason.split(":")[0]!;
}

/** What follows the key in "unknown_gateway_status:reversed": the value the message names. */
function reasonDetail(reason: string): string {
  return reason.split(":").slice(1).join(":");
}

/** Why a callback delivery was flagged, in a sentence (server and client pages alike). */
export function FlagReason({ reason, className = "" }: { reason: string; className?: string }) {
  const t = useTranslations("callbacks");
  const key = `reasons.${reasonKey(reason)}`;
  return (
    <p className={`text-xs text-danger ${className}`} data-testid="flag-reason">
      {t.has(key) ? t(key, { detail: reasonDetail(reason) }) : t("unknownReason")}
    </p>
  );
}

/** A gateway status word (completed, notcompleted…) as the callbacks page names it. */
export function useGatewayStatusWord(): (status: string | null) => string {
  const t = useTranslations("callbacks");
  return (status) =>
    status === null
      ? "—"
      : t.has(`statuses.${status}`)
        ? t(`statuses.${status}`)
        : t("otherStatus", { word: status });
}
