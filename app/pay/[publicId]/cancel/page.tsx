import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CancelOptions } from "@/components/pay/cancel-options";
import { PayShell, StateMessage } from "@/components/pay/pay-shell";
import { LANDING_CHECK_MS, loadPayPage } from "@/lib/invoices/load-pay-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("pay"))("cancel.title"), robots: { index: false } };
}

type Props = { params: Promise<{ publicId: string }> };

// LigdiCash sends the customer here after "cancel". Paid after all (another tab)? Say so.
export default async function PayCancelPage({ params }: Props) {
  const { publicId } = await params;
  const [{ invoice, merchant }, t] = await Promise.all([loadPayPage(publicId, LANDING_CHECK_MS), getTranslations("pay")]);
  if (invoice.state === "paid") {
    return (
      <PayShell merchant={merchant}>
        <StateMessage tone="success" title={t("state.paid.title")} body={t("state.paid.body")} testId="pay-state-paid" />
      </PayShell>
    );
  }
  return (
    <PayShell merchant={merchant}>
      <StateMessage tone="warning" title={t("cancel.title")} body={t("cancel.body")} testId="pay-cancelled" />
      <CancelOptions publicId={publicId} initial={invoice.state} merchant={merchant} />
    </PayShell>
  );
}
