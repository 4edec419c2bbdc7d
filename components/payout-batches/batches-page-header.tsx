import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";

/** A batch page's title with the way back to the list. */
export async function BatchesPageHeader({ titleKey }: { titleKey: "upload.title" | "detail.title" }) {
  const t = await getTranslations("payoutBatches");
  return (
    <PageHeader
      title={t(titleKey)}
      actions={
        <Link href="/payout-batches" className="text-sm text-brand-700 underline">
          {t("detail.back")}
        </Link>
      }
    />
  );
}
