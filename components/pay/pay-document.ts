import { getLocale, getTranslations } from "next-intl/server";
import { html, trustedHtml, type SafeHtml } from "@/lib/html/escape-html";
import { LIVE_SCRIPT } from "./live-script";
import { PAY_STYLES } from "./pay-styles";

type PayDocument = {
  /** The request: its CSP nonce (set by proxy.ts) lets the one inline script run. */
  request: Request;
  title: string;
  /** The page, complete and readable as soon as it arrives. */
  body: SafeHtml;
  /** Streamed after the body, never delaying it: the status checked with LigdiCash. */
  late?: Promise<SafeHtml>;
  /** Whether the page has a live status (components/pay/live-script.ts). */
  live?: boolean;
  status?: number;
};

/**
 * A customer page as one HTML document, without React or any script file: what an entry-level
 * phone on 3G downloads is this document alone (bench/pay-page-weight.ts). The body is sent
 * first; the late part follows in the same response when it is ready.
 */
export async function payDocument({ request, title, body, late, live = false, status = 200 }: PayDocument) {
  const [common, locale] = await Promise.all([getTranslations("common"), getLocale()]);
  const nonce = request.headers.get("x-nonce") ?? "";
  const head = html`<!doctype html>
    <html lang="${locale}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="theme-color" content="#1f625b" />
        <meta name="robots" content="noindex" />
        <title>${title} · ${common("appName")}</title>
        <link rel="icon" href="/icon.svg" type="image/svg+xml" />
        <style>
          ${trustedHtml(PAY_STYLES)}
        </style>
      </head>
      <body>
        ${body}
      </body>
    </html>`;
  const end = html`${
    live
      ? html`<script nonce="${nonce}">
          ${trustedHtml(LIVE_SCRIPT)};
        </script>`
      : null
  }</body></html>`;
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      controller.enqueue(encoder.encode(head.toString()));
      // A late part that fails leaves the page as sent: it was complete without it.
      const tail = await late?.catch((error: unknown) => {
        console.error("[caisse] customer page: late part failed", error);
        return null;
      });
      if (tail) controller.enqueue(encoder.encode(tail.toString()));
      controller.enqueue(encoder.encode(end.toString()));
      controller.close();
    },
  });
  return new Response(stream, {
    status,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "private, no-store" },
  });
}
