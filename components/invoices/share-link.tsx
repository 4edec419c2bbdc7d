"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

/** The customer link with a copy button and its QR code (rendered on the server as a data URL). */
export function ShareLink({ url, qrDataUrl }: { url: string; qrDataUrl: string }) {
  const t = useTranslations("invoices.detail");
  const [copied, setCopied] = useState(false);

  async function copy() {
    await navigator.clipboard.writeText(url);
    setCopied(true);
    setTimeout(() => setCopied(false), 2_000);
  }

  return (
    <div className="flex flex-col gap-4 p-5 sm:flex-row sm:items-center">
      {/* eslint-disable-next-line @next/next/no-img-element -- a data URL, nothing to optimise */}
      <img src={qrDataUrl} alt={t("qrAlt")} width={144} height={144} className="h-36 w-36 shrink-0 rounded-lg border border-surface-line bg-white p-1" />
      <div className="min-w-0 flex-1 space-y-3">
        <p className="text-sm text-ink-muted">{t("shareHint")}</p>
        <input readOnly value={url} aria-label={t("share")} data-testid="pay-link" onFocus={(e) => e.currentTarget.select()} className="block w-full truncate rounded-lg border border-surface-line bg-surface-sunken px-3 py-2 font-mono text-xs text-ink" />
        <Button type="button" variant="secondary" onClick={() => void copy()}>
          {copied ? `✓ ${t("copied")}` : t("copy")}
        </Button>
      </div>
    </div>
  );
}
