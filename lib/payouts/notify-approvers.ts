import { rolesWith } from "@/lib/auth/permissions";
import { mailStaff, type MailServices } from "@/lib/mail/notify-staff";
import { formatXof } from "@/lib/money";
import type { PayoutDto } from "./payout-dto";

/**
 * Tells the people who may approve (managers, admins; never the requester) that a payout waits
 * for them, by e-mail when SMTP is configured. Best effort: the approval queue shows it anyway.
 */
export async function notifyApprovers(
  services: MailServices,
  input: { payout: PayoutDto; publicUrl: string },
) {
  const { payout } = input;
  return mailStaff(services, {
    roles: rolesWith("payouts:approve"),
    exceptUserId: payout.requestedBy.id,
    write: (t, locale) => {
      const values = {
        amount: formatXof(payout.amount, locale),
        requester: payout.requestedBy.name,
        link: new URL(`/payouts/${payout.id}`, input.publicUrl).toString(),
      };
      return {
        subject: t("payouts.approvalMail.subject", values),
        text: t("payouts.approvalMail.body", values),
      };
    },
  });
}
