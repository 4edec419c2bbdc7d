"use client";

import { useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import type { Locale } from "@/i18n/config";
import { formatXof } from "@/lib/money";

const outline =
  "inline-flex items-center justify-center rounded-lg border border-surface-line bg-surface px-3 py-2 text-sm font-medium text-ink hover:bg-surface-sunken";

/** A link in a read-only field with a copy button. */
export function CopyLink({
  url,
  label,
  copyLabel,
  testId,
}: {
  url: string;
  label: string;
  copyLabel: string;
  testId: string;
}) {
  const t = useTranslations("invoices.detail");
  const [copied, setCopied] = useState(false);

  async function copy() {
    await navigator.clipboard.writeText(url);
    setCopied(true);
    setTimeout(() => setCopied(false), 2_000);
  }

  return (
    <>
      <input
        readOnly
        value={url}
        aria-label={label}
        data-testid={testId}
        onFocus={(e) => e.currentTarget.select()}
        className="block w-full truncate rounded-lg border border-surface-line bg-surface-sunken px-3 py-2 font-mono text-xs text-ink"
      />
      <Button type="button" variant="secondary" onClick={() => void copy()}>
        {copied ? `✓ ${t("copied")}` : copyLabel}
      </Button>
    </>
  );
}

/**
 * The customer link with its QR code (rendered on the server as a data URL), a copy button and
 * the two ways links travel here: WhatsApp and SMS, with a French message naming the shop and
 * the amount (a bare link from an unknown number looks like a scam).
 */
export function ShareLink({
  url,
  qrDataUrl,
  merchant,
  amount,
}: {
  url: string;
  qrDataUrl: string;
  merchant: string;
  amount: number;
}) {
  const t = useTranslations("invoices.detail");
  const locale = useLocale() as Locale;
  const message = t("shareMessage", { merchant, amount: formatXof(amount, locale), url });

  return (
    <div className="flex flex-col gap-4 p-5 sm:flex-row sm:items-center">
      {/* eslint-disable-next-line @next/next/no-img-element -- a data URL, nothing to optimise */}
      <img
        src={qrDataUrl}
        alt={t("qrAlt")}
        width={144}
        height={144}
        className="h-36 w-36 shrink-0 rounded-lg border border-surface-line bg-white p-1"
      />
      <div className="min-w-0 flex-1 space-y-3">
        <p className="text-sm text-ink-muted">{t("shareHint")}</p>
        <CopyLink url={url} label={t("share")} copyLabel={t("copy")} testId="pay-link" />
        <div className="flex flex-wrap gap-2">
          <a
            href={`https://wa.me/?text=${encodeURIComponent(message)}`}
            target="_blank"
            rel="noopener noreferrer"
            className={outline}
            data-testid="share-whatsapp"
          >
            {t("whatsapp")}
          </a>
          {/* `sms:?&body=` is the form both Android and iOS read. */}
          <a href={`sms:?&body=${encodeURIComponent(message)}`} className={outline} data-testid="share-sms">
            {t("sms")}
          </a>
        </div>
      </div>
    </div>
  );
}
