import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { InvoiceSummary } from "@/components/pay/invoice-summary";
import { PayShell } from "@/components/pay/pay-shell";
import { PaymentStatus } from "@/components/pay/payment-status";
import { LANDING_CHECK_MS, loadPayPage } from "@/lib/invoices/load-pay-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("pay"))("return.title"), robots: { index: false } };
}

type Props = { params: Promise<{ publicId: string }> };

// LigdiCash sends the customer here after paying. Arriving here proves nothing: the status shown
// is what LigdiCash answers to a status query made with our stored token.
export default async function PayReturnPage({ params }: Props) {
  const { publicId } = await params;
  const { invoice, merchant } = await loadPayPage(publicId, LANDING_CHECK_MS);
  return (
    <PayShell merchant={merchant}>
      <PaymentStatus publicId={publicId} initial={invoice.state} amount={invoice.totalAmount} merchant={merchant} />
      <div className="mt-6 border-t border-surface-line pt-4">
        <InvoiceSummary invoice={invoice} />
      </div>
    </PayShell>
  );
}
