"use client";

import { useEffect, useState } from "react";
import type { RefundState } from "@/lib/payouts/refund-status";

const POLL_MS = 5_000;
const GIVE_UP_MS = 30 * 60_000;

export type RefundView = { title: string; body: string; detail: string };
type Props = {
  refundId: string;
  initial: RefundState;
  /** Every state's words, made on the server: the browser needs no messages of its own. */
  views: Record<RefundState, RefundView>;
  refreshLabel: string;
};

const looks: Record<RefundState, { tone: string; icon: string }> = {
  in_progress: { tone: "bg-info-soft text-info", icon: "…" },
  received: { tone: "bg-success-soft text-success", icon: "✓" },
  not_paid: { tone: "bg-danger-soft text-danger", icon: "✕" },
};

/**
 * A refund's verified state. The server renders it (readable without JavaScript, the refresh
 * link asks again); this asks Caisse's public status until the state is final. Caisse learns it
 * from LigdiCash's callback or its own status checks: the page never asks LigdiCash itself.
 */
export function RefundStatusView({ refundId, initial, views, refreshLabel }: Props) {
  const [state, setState] = useState<RefundState>(initial);

  useEffect(() => {
    if (state !== "in_progress") return;
    const startedAt = Date.now();
    const timer = setInterval(() => {
      if (Date.now() - startedAt > GIVE_UP_MS) return clearInterval(timer);
      fetch(`/api/pay/refund/${encodeURIComponent(refundId)}/status`, { cache: "no-store" })
        .then(async (response) => {
          if (!response.ok) return;
          const body = (await response.json()) as { state: RefundState };
          if (body.state in views) setState(body.state);
        })
        .catch(() => undefined);
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [refundId, state, views]);

  const view = views[state];
  return (
    <div className="text-center" data-testid="refund-status" data-state={state} aria-live="polite">
      <span
        aria-hidden="true"
        className={`mx-auto flex h-14 w-14 items-center justify-center rounded-full text-2xl font-bold ${looks[state].tone}`}
      >
        {looks[state].icon}
      </span>
      <h1 className="mt-4 text-xl font-semibold text-ink">{view.title}</h1>
      <p className="mt-2 text-base text-ink" data-testid="refund-body">
        {view.body}
      </p>
      <p className="mt-2 text-sm text-ink-muted">{view.detail}</p>
      {state === "in_progress" ? (
        <a href="" className="mt-4 inline-block text-sm font-medium text-brand-700 underline">
          {refreshLabel}
        </a>
      ) : null}
    </div>
  );
}
