import { getTranslations } from "next-intl/server";
import { StateMessage } from "@/components/pay/pay-shell";

export default async function PayLinkNotFound() {
  const t = await getTranslations("pay");
  return (
    <div className="min-h-dvh bg-surface-sunken px-4 py-12">
      <main className="mx-auto max-w-md rounded-2xl border border-surface-line bg-surface p-6 shadow-card">
        <StateMessage
          tone="warning"
          title={t("notFound.title")}
          body={t("notFound.body")}
          testId="pay-not-found"
        />
      </main>
    </div>
  );
}
