import { getTranslations } from "next-intl/server";
import { html, type SafeHtml } from "@/lib/html/escape-html";

export type Tone = "success" | "danger" | "warning" | "info";
export const TONE_ICONS: Record<Tone, string> = { success: "✓", danger: "✕", warning: "!", info: "…" };

/** The customer's page frame: the merchant's name on top, one card, mobile first. */
export async function payShell(merchant: string, content: SafeHtml): Promise<SafeHtml> {
  const t = await getTranslations("pay");
  return html`<div class="page">
    <main>
      <header class="head">
        <span aria-hidden="true" class="avatar">${merchant.slice(0, 1).toUpperCase()}</span>
        <div class="wrap">
          <p class="label">${t("merchantLabel")}</p>
          <p class="merchant" data-testid="merchant-name">${merchant}</p>
        </div>
      </header>
      <section class="card">${content}</section>
      <p class="secure xs muted">
        <svg aria-hidden="true" viewBox="0 0 16 16" fill="currentColor">
          <path
            d="M8 1a3.5 3.5 0 0 0-3.5 3.5V7H4a1 1 0 0 0-1 1v6a1 1 0 0 0 1 1h8a1 1 0 0 0 1-1V8a1 1 0 0 0-1-1h-.5V4.5A3.5 3.5 0 0 0 8 1Zm2 6H6V4.5a2 2 0 1 1 4 0V7Z"
          /></svg
        >${t("secure")}
      </p>
    </main>
  </div>`;
}

/** A round status badge: the tone's colour and sign (hidden from screen readers: the title says it). */
export function toneIcon(tone: Tone): SafeHtml {
  return html`<span aria-hidden="true" class="icon ${tone}">${TONE_ICONS[tone]}</span>`;
}

/** A page's one message: badge, title, explanation. */
export function stateMessage(tone: Tone, title: string, body: string, testId: string): SafeHtml {
  return html`<div class="center" data-testid="${testId}">
    ${toneIcon(tone)}
    <h1 class="title">${title}</h1>
    <p class="mt2 sm muted">${body}</p>
  </div>`;
}
