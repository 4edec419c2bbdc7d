import { getTranslations } from "next-intl/server";
import { StatusMessage } from "@/components/shell/status-message";

// A record that does not exist (`notFound()` from a staff page): said inside the console, with its
// navigation, rather than on a bare page.
export default async function DashboardNotFound() {
  const t = await getTranslations("common");
  return (
    <section className="flex justify-center py-16">
      <StatusMessage
        code="404"
        title={t("notFound.title")}
        body={t("notFound.body")}
        back={t("notFound.back")}
        testId="not-found"
      />
    </section>
  );
}
