import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PayLandingPage } from "../landing-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("pay"))("cancel.title"), robots: { index: false } };
}

// LigdiCash sends the customer here after "cancel": a verified cancel offers "Réessayer"; a link
// LigdiCash still holds open offers its pay button; a link paid after all (another tab) says so.
export default function PayCancelPage({ params }: { params: Promise<{ publicId: string }> }) {
  return <PayLandingPage params={params} landing="cancel" />;
}
