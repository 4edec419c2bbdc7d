import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { InvoiceForm, type InvoiceFormDefaults } from "@/components/invoices/invoice-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaffPage } from "@/lib/auth/current-staff";
import { db } from "@/lib/db";
import { amountLimits } from "@/lib/invoices/server-deps";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("invoices"))("newTitle") };
}

/** `?from=<id>`: the same customer and items as an invoice whose creation failed or is unknown. */
async function defaultsFrom(id: string | undefined): Promise<InvoiceFormDefaults | undefined> {
  if (!id) return undefined;
  const source = await db().invoice.findUnique({
    where: { id },
    include: { items: { orderBy: { position: "asc" } } },
  });
  if (!source) return undefined;
  return {
    customerFirstname: source.customerFirstname,
    customerLastname: source.customerLastname,
    customerEmail: source.customerEmail,
    customerPhone: source.customerPhone ?? "",
    description: source.description,
    merchantReference: source.merchantReference ?? "",
    items: source.items.map((i) => ({
      name: i.name,
      description: i.description,
      quantity: String(i.quantity),
      unitPrice: String(i.unitPrice),
    })),
  };
}

type Props = { searchParams: Promise<{ from?: string }> };

export default async function NewInvoicePage({ searchParams }: Props) {
  await requireStaffPage("invoices:create");
  const [t, defaults] = await Promise.all([
    getTranslations("invoices"),
    defaultsFrom((await searchParams).from),
  ]);
  return (
    <>
      <PageHeader title={t("newTitle")} subtitle={t("newSubtitle")} />
      <Card>
        <InvoiceForm limits={amountLimits()} defaults={defaults} />
      </Card>
    </>
  );
}
