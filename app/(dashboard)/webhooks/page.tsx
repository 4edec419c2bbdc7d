import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Card, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { CreateEndpointForm } from "@/components/webhooks/create-endpoint-form";
import { DeliveriesList } from "@/components/webhooks/deliveries-list";
import { DeliveryFilters } from "@/components/webhooks/delivery-filters";
import { EndpointsTable } from "@/components/webhooks/endpoints-table";
import { requireStaffPage } from "@/lib/auth/current-staff";
import { db } from "@/lib/db";
import { schemaTranslator } from "@/lib/i18n/schema-translator";
import { listDeliveries } from "@/lib/webhooks/list-deliveries";
import { listEndpoints } from "@/lib/webhooks/manage-endpoints";
import { listDeliveriesSchema } from "@/lib/webhooks/schemas";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("webhooks"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function WebhooksPage({ searchParams }: { searchParams: SearchParams }) {
  await requireStaffPage("webhooks:manage");
  const params = await searchParams;
  const first = (value: string | string[] | undefined) =>
    (Array.isArray(value) ? value[0] : value) || undefined;
  // A hand-edited filter shows every delivery rather than an error.
  const parsed = listDeliveriesSchema(await schemaTranslator()).safeParse({
    endpoint: first(params.endpoint),
    event: first(params.event),
    outcome: first(params.outcome),
  });
  const filters = parsed.success ? parsed.data : {};
  const search = new URLSearchParams(
    Object.entries(filters).filter((entry): entry is [string, string] => typeof entry[1] === "string"),
  ).toString();
  const [t, endpoints, deliveries] = await Promise.all([
    getTranslations("webhooks"),
    listEndpoints(db()),
    listDeliveries(db(), filters),
  ]);
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <div className="space-y-6">
        <Card>
          <CardHeader title={t("endpoints")} hint={t("endpointsHint")} />
          <EndpointsTable initial={endpoints} />
        </Card>
        <Card>
          <CardHeader title={t("add")} />
          <CreateEndpointForm />
        </Card>
        <Card>
          <CardHeader title={t("deliveries")} hint={t("deliveriesHint")} />
          <DeliveryFilters endpoints={endpoints} filters={filters} />
          <DeliveriesList search={search ? `?${search}` : ""} initial={deliveries} />
        </Card>
        <p className="text-sm text-ink-muted">
          {t.rich("docs", {
            link: (chunks) => (
              <a href="/api-reference" className="text-brand-700 underline">
                {chunks}
              </a>
            ),
          })}
        </p>
      </div>
    </>
  );
}
