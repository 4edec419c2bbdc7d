// Shared by the pay, return and cancel pages (a private module of this route folder, not a route):
// it loads the link and checks it with LigdiCash, so it lives beside the pages, not in components/.
import { Suspense } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { linkStatus } from "@/lib/invoices/link-status";
import { checkPayLink, LANDING_CHECK_MS, loadPayPage } from "@/lib/invoices/load-pay-page";
import { InvoiceSummary } from "@/components/pay/invoice-summary";
import { PayShell } from "@/components/pay/pay-shell";
import type { PublicInvoice } from "@/lib/invoices/public-invoice";
import { PaymentStatus } from "@/components/pay/payment-status";

type Props = { publicId: string; invoice: PublicInvoice; merchant: string; landing: "return" | "cancel" };

/**
 * The stored (verified) state at once, then — streamed after the first byte — the state after a
 * LigdiCash status check. On a slow 3G phone the page is readable before LigdiCash answers;
 * without JavaScript the stored state stays, and the refresh link asks again.
 */
export async function LandingStatus(props: Props) {
  // The status is a client component: it gets the customer pages' messages only, not the console's.
  const { pay } = await getMessages();
  const stored = (
    <PaymentStatus
      publicId={props.publicId}
      initial={linkStatus(props.invoice)}
      amount={props.invoice.totalAmount}
      merchant={props.merchant}
      landing={props.landing}
    />
  );
  return (
    <NextIntlClientProvider messages={{ pay }}>
      <Suspense fallback={stored}>
        <CheckedStatus {...props} />
      </Suspense>
    </NextIntlClientProvider>
  );
}

async function CheckedStatus({ publicId, invoice, merchant, landing }: Props) {
  const fresh = await checkPayLink(publicId, LANDING_CHECK_MS).catch((error: unknown) => {
    console.error("[caisse] landing status check failed", error);
    return invoice;
  });
  return (
    <PaymentStatus
      publicId={publicId}
      initial={linkStatus(fresh ?? invoice)}
      amount={invoice.totalAmount}
      merchant={merchant}
      landing={landing}
    />
  );
}

/** The page LigdiCash sends the customer back to (return or cancel URL): status first, then the invoice. */
export async function PayLandingPage({
  params,
  landing,
}: {
  params: Promise<{ publicId: string }>;
  landing: Props["landing"];
}) {
  const { publicId } = await params;
  const { invoice, merchant } = await loadPayPage(publicId);
  return (
    <PayShell merchant={merchant}>
      <LandingStatus publicId={publicId} invoice={invoice} merchant={merchant} landing={landing} />
      <div className="mt-6 border-t border-surface-line pt-4">
        <InvoiceSummary invoice={invoice} />
      </div>
    </PayShell>
  );
}
