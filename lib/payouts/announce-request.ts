import { after } from "next/server";
import { translatorFor } from "@/i18n/translator";
import type { Services } from "@/lib/app-services";
import { configuredMailer } from "@/lib/mail/mailer";
import { notifyApprovers } from "./notify-approvers";
import type { SubmittedPayout } from "./submit-payout";

/**
 * A new request that awaits approval is e-mailed to the approvers once the answer has left —
 * whether it came from the console's form or a shop's API key. A replay announces nothing.
 */
export function announceAwaitingRequest(
  ctx: Pick<Services, "db" | "publicUrl">,
  submitted: SubmittedPayout,
): void {
  if (!submitted.created || submitted.payout.status !== "awaiting_approval") return;
  after(() =>
    notifyApprovers(
      { db: ctx.db, mailer: configuredMailer(), translate: translatorFor },
      { payout: submitted.payout, publicUrl: ctx.publicUrl },
    ).catch((error: unknown) => console.error("[caisse] approval e-mail not sent", error)),
  );
}
