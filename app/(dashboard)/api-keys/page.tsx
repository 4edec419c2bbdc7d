import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ApiKeysTable } from "@/components/api-keys/api-keys-table";
import { CreateApiKeyForm } from "@/components/api-keys/create-api-key-form";
import { Card, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { listApiKeys } from "@/lib/api-keys/manage-api-keys";
import { requireStaffPage } from "@/lib/auth/current-staff";
import { db } from "@/lib/db";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("apiKeys"))("title") };
}

export default async function ApiKeysPage() {
  await requireStaffPage("api-keys:manage");
  const [t, keys] = await Promise.all([getTranslations("apiKeys"), listApiKeys(db())]);
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <div className="space-y-6">
        <Card>
          <CardHeader title={t("keys")} hint={t("keysHint")} />
          <ApiKeysTable initial={keys} />
        </Card>
        <Card>
          <CardHeader title={t("add")} />
          <CreateApiKeyForm />
        </Card>
        <p className="text-sm text-ink-muted">
          {t.rich("docs", {
            link: (chunks) => (
              <a href="/api-reference" className="text-brand-700 underline">
                {chunks}
              </a>
            ),
            json: (chunks) => (
              <a href="/api/v1/openapi.json" className="text-brand-700 underline">
                {chunks}
              </a>
            ),
          })}
        </p>
      </div>
    </>
  );
}
