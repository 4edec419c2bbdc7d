import { getTranslations } from "next-intl/server";
import { html } from "@/lib/html/escape-html";
import { payDocument } from "./pay-document";
import { stateMessage } from "./pay-shell";

/** A customer address that leads nowhere (unknown link, receipt or refund): a 404 in the reader's language. */
export async function payNotFound(request: Request): Promise<Response> {
  const t = await getTranslations("pay.notFound");
  return payDocument({
    request,
    title: t("title"),
    status: 404,
    body: html`<div class="page">
      <main class="card">${stateMessage("warning", t("title"), t("body"), "pay-not-found")}</main>
    </div>`,
  });
}
