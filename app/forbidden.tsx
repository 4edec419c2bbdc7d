import { getTranslations } from "next-intl/server";
import { StatusMessage } from "@/components/shell/status-message";

export default async function Forbidden() {
  const [t, tc] = await Promise.all([getTranslations("auth"), getTranslations("common")]);
  return (
    <main className="grid min-h-dvh place-items-center px-4">
      <StatusMessage
        code="403"
        title={t("forbiddenTitle")}
        body={t("forbiddenBody")}
        back={tc("notFound.back")}
      />
    </main>
  );
}
