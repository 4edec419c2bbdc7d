import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PayLandingPage } from "../landing-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("pay"))("return.title"), robots: { index: false } };
}

// LigdiCash sends the customer here after paying. Arriving here proves nothing: the state shown
// is the stored verified one, then what LigdiCash answers to a status query made with our token.
export default function PayReturnPage({ params }: { params: Promise<{ publicId: string }> }) {
  return <PayLandingPage params={params} landing="return" />;
}
