"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

// An unexpected failure while rendering a staff page: a sentence and a way forward, never a stack
// trace. The server log carries the details (Next passes only a digest to the browser).
export default function DashboardError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("common");
  return (
    <section className="mx-auto max-w-md py-16 text-center" role="alert" data-testid="page-error">
      <h1 className="text-2xl font-semibold text-ink">{t("error.title")}</h1>
      <p className="mt-2 text-sm text-ink-muted">{t("error.body")}</p>
      <Button className="mt-6" onClick={reset}>
        {t("error.retry")}
      </Button>
    </section>
  );
}
