import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";

/** The customer's page frame: the merchant's name on top, one card, mobile first. */
export async function PayShell({ merchant, children }: { merchant: string; children: ReactNode }) {
  const t = await getTranslations("pay");
  return (
    <div className="min-h-dvh bg-surface-sunken px-4 py-6 sm:py-12">
      <main className="mx-auto w-full max-w-md space-y-4">
        <header className="flex items-center gap-3">
          <span
            aria-hidden="true"
            className="flex h-10 w-10 items-center justify-center rounded-full bg-brand-700 text-lg font-semibold text-white"
          >
            {merchant.slice(0, 1).toUpperCase()}
          </span>
          <div>
            <p className="text-xs uppercase tracking-wide text-ink-muted">{t("merchantLabel")}</p>
            <p className="text-lg font-semibold text-ink" data-testid="merchant-name">
              {merchant}
            </p>
          </div>
        </header>
        <section className="rounded-2xl border border-surface-line bg-surface p-5 shadow-card">
          {children}
        </section>
        <p className="flex items-center justify-center gap-1.5 text-xs text-ink-muted">
          <svg aria-hidden="true" viewBox="0 0 16 16" className="h-3.5 w-3.5" fill="currentColor">
            <path d="M8 1a3.5 3.5 0 0 0-3.5 3.5V7H4a1 1 0 0 0-1 1v6a1 1 0 0 0 1 1h8a1 1 0 0 0 1-1V8a1 1 0 0 0-1-1h-.5V4.5A3.5 3.5 0 0 0 8 1Zm2 6H6V4.5a2 2 0 1 1 4 0V7Z" />
          </svg>
          {t("secure")}
        </p>
      </main>
    </div>
  );
}

export function StateMessage({
  tone,
  title,
  body,
  testId,
}: {
  tone: "success" | "danger" | "warning" | "info";
  title: string;
  body: string;
  testId?: string;
}) {
  const icons = { success: "✓", danger: "✕", warning: "!", info: "…" };
  const tones = {
    success: "bg-success-soft text-success",
    danger: "bg-danger-soft text-danger",
    warning: "bg-warning-soft text-warning",
    info: "bg-info-soft text-info",
  };
  return (
    <div className="text-center" data-testid={testId}>
      <span
        aria-hidden="true"
        className={`mx-auto flex h-14 w-14 items-center justify-center rounded-full text-2xl font-bold ${tones[tone]}`}
      >
        {icons[tone]}
      </span>
      <h1 className="mt-4 text-xl font-semibold text-ink">{title}</h1>
      <p className="mt-2 text-sm text-ink-muted">{body}</p>
    </div>
  );
}
