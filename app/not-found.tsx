import { getTranslations } from "next-intl/server";
import { StatusMessage } from "@/components/shell/status-message";

// Any address that names nothing: Next's own page is English and bare; staff and customers read ours.
export default async function NotFound() {
  const t = await getTranslations("common");
  return (
    <main className="grid min-h-dvh place-items-center px-4">
      <StatusMessage
        code="404"
        title={t("notFound.title")}
        body={t("notFound.body")}
        back={t("notFound.back")}
        testId="not-found"
      />
    </main>
  );
}
