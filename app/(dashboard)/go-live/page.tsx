import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { GoLiveReport } from "@/components/go-live/go-live-report";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaffPage } from "@/lib/auth/current-staff";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("goLive"))("title") };
}

export default async function GoLivePage() {
  await requireStaffPage("go-live:check");
  const t = await getTranslations("goLive");
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <GoLiveReport />
    </>
  );
}
