import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BatchUpload } from "@/components/payout-batches/batch-upload";
import { BatchesPageHeader } from "@/components/payout-batches/batches-page-header";
import { requireStaffPage } from "@/lib/auth/current-staff";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("payoutBatches"))("upload.title") };
}

export default async function NewPayoutBatchPage() {
  await requireStaffPage("payouts:request");
  return (
    <>
      <BatchesPageHeader titleKey="upload.title" />
      <BatchUpload />
    </>
  );
}
