"use client";

import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import type { PublicState } from "@/lib/invoices/public-invoice";

const POLL_MS = 3_000;
const MAX_POLLS = 10;

/**
 * After a cancel on LigdiCash's page: "try again" while the link may still be paid. LigdiCash may
 * close its invoice on cancel (the simulator does), and the status check that tells us is
 * throttled — so keep asking for a short while and take the offer back if it closes.
 */
export function CancelOptions({ publicId, initial, merchant }: { publicId: string; initial: PublicState; merchant: string }) {
  const t = useTranslations("pay.cancel");
  const [state, setState] = useState(initial);

  useEffect(() => {
    if (state !== "payable") return;
    let polls = 0;
    const timer = setInterval(() => {
      polls += 1;
      if (polls > MAX_POLLS) return clearInterval(timer);
      fetch(`/api/pay/${encodeURIComponent(publicId)}/status`, { cache: "no-store" })
        .then(async (response) => (response.ok ? setState(((await response.json()) as { status: PublicState }).status) : undefined))
        .catch(() => undefined);
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [publicId, state]);

  if (state === "payable") {
    return (
      <a href={`/pay/${publicId}`} className="mt-6 block rounded-xl bg-brand-700 px-4 py-3.5 text-center text-base font-semibold text-white hover:bg-brand-800" data-testid="pay-retry">
        {t("retry")}
      </a>
    );
  }
  return (
    <p className="mt-4 text-center text-sm text-ink-muted" data-testid="pay-closed">
      {state === "paid" ? null : t("closed", { merchant })}
    </p>
  );
}
