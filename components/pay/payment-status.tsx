"use client";

import { useEffect, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import type { PublicState } from "@/lib/invoices/public-invoice";
import type { Locale } from "@/i18n/config";
import { formatXof } from "@/lib/money";
import { FINAL_PUBLIC_STATES, isIn } from "@/lib/statuses";

const POLL_MS = 3_000;
/** After this long still pending, say so plainly (the page keeps checking). */
const PATIENCE_MS = 20_000;
const GIVE_UP_MS = 15 * 60_000;

type Props = { publicId: string; initial: PublicState; amount: number; merchant: string };

/**
 * The verified outcome on the return page. The server asks LigdiCash (throttled per invoice);
 * this only polls Caisse's public status until the answer is final.
 */
export function PaymentStatus({ publicId, initial, amount, merchant }: Props) {
  const t = useTranslations("pay.return");
  const locale = useLocale() as Locale;
  const [state, setState] = useState<PublicState>(initial);
  const [failed, setFailed] = useState(false);
  const [startedAt] = useState(() => Date.now());
  const [now, setNow] = useState(startedAt);

  useEffect(() => {
    if (isIn(FINAL_PUBLIC_STATES, state)) return;
    const timer = setInterval(() => {
      setNow(Date.now());
      if (Date.now() - startedAt > GIVE_UP_MS) return clearInterval(timer);
      fetch(`/api/pay/${encodeURIComponent(publicId)}/status`, { cache: "no-store" })
        .then(async (response) => {
          if (!response.ok) throw new Error(String(response.status));
          const body = (await response.json()) as { status: PublicState };
          setFailed(false);
          setState(body.status);
        })
        .catch(() => setFailed(true));
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [publicId, state, startedAt]);

  const view =
    state === "paid"
      ? { tone: "success", icon: "✓", title: t("paid"), body: t("paidBody", { amount: formatXof(amount, locale), merchant }) }
      : state === "notcompleted"
        ? { tone: "danger", icon: "✕", title: t("notcompleted"), body: t("notcompletedBody", { merchant }) }
        : state === "revoked"
          ? { tone: "warning", icon: "!", title: t("other"), body: t("otherBody", { merchant }) }
          : now - startedAt > PATIENCE_MS
            ? { tone: "warning", icon: "…", title: t("stillPending"), body: t("stillPendingBody") }
            : { tone: "info", icon: "…", title: t("checking"), body: t("checkingHint") };
  const tones: Record<string, string> = { success: "bg-success-soft text-success", danger: "bg-danger-soft text-danger", warning: "bg-warning-soft text-warning", info: "bg-info-soft text-info" };

  return (
    <div className="text-center" data-testid="payment-status" data-state={state} aria-live="polite">
      <span aria-hidden="true" className={`mx-auto flex h-14 w-14 items-center justify-center rounded-full text-2xl font-bold ${tones[view.tone]} ${view.tone === "info" ? "animate-pulse" : ""}`}>
        {view.icon}
      </span>
      <h1 className="mt-4 text-xl font-semibold text-ink">{view.title}</h1>
      <p className="mt-2 text-sm text-ink-muted">{view.body}</p>
      {failed ? <p className="mt-3 text-xs text-warning">{t("error")}</p> : null}
    </div>
  );
}
