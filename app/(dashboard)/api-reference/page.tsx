import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ApiGuide } from "@/components/api-reference/api-guide";
import { Code, richCode } from "@/components/api-reference/code";
import { documentText } from "@/components/api-reference/document-text";
import { OperationCard } from "@/components/api-reference/operation-card";
import { SchemaList } from "@/components/api-reference/schema-list";
import { PageHeader } from "@/components/ui/page-header";
import { apiDocument } from "@/lib/api-v1/openapi";
import { describeApi } from "@/lib/api-v1/reference/describe-api";
import { requireStaffPage } from "@/lib/auth/current-staff";
import { amountLimits } from "@/lib/invoices/server-deps";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("apiReference"))("title") };
}

// The reference is drawn from the same document /api/v1/openapi.json serves, so an operation
// added to lib/api-v1/openapi.ts appears here without touching this page.
export default async function ApiReferencePage() {
  await requireStaffPage("api-keys:manage");
  const [t, text] = await Promise.all([getTranslations("apiReference"), documentText()]);
  const reference = describeApi(apiDocument(amountLimits()));
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <p className="mb-6 text-sm text-ink-muted">
        {t.rich("openapi", {
          ...richCode,
          link: (chunks) => (
            <a href="/api/v1/openapi.json" className="text-brand-700 underline">
              {chunks}
            </a>
          ),
        })}
      </p>
      <nav aria-label={t("contents")} className="mb-8 text-sm">
        <h2 className="mb-2 font-semibold text-ink">{t("contents")}</h2>
        <ul className="space-y-1">
          {reference.operations.map((operation) => (
            <li key={operation.id} className="break-all">
              <a href={`#op-${operation.id}`} className="text-brand-700 underline">
                <Code>{`${operation.method} ${operation.path}`}</Code>
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="space-y-10">
        <section aria-labelledby="guide-title" className="space-y-4">
          <h2 id="guide-title" className="text-lg font-semibold text-ink">
            {t("guideTitle")}
          </h2>
          <ApiGuide />
        </section>
        <section aria-labelledby="operations-title" className="space-y-4">
          <h2 id="operations-title" className="text-lg font-semibold text-ink">
            {t("operationsTitle")}
          </h2>
          {reference.operations.map((operation) => (
            <OperationCard key={operation.id} operation={operation} text={text} />
          ))}
        </section>
        <section aria-labelledby="schemas-title" className="space-y-4">
          <h2 id="schemas-title" className="text-lg font-semibold text-ink">
            {t("schemasTitle")}
          </h2>
          <SchemaList schemas={reference.schemas} text={text} />
        </section>
      </div>
    </>
  );
}
