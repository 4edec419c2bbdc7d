import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { API_CALLS_PER_MINUTE } from "@/lib/api-keys/authenticate-api-key";
import { WEBHOOK_EVENTS } from "@/lib/webhooks/event-types";
import { Card, CardHeader } from "@/components/ui/card";
import { eventKey } from "@/components/webhooks/event-label";
import { Code, CodeBlock, richCode } from "./code";

const ERROR_EXAMPLE = `{
  "error": {
    "code": "validation_failed",
    "message": "…",
    "details": { "fields": [{ "path": "customerEmail", "message": "…" }] }
  }
}`;

const EVENT_EXAMPLE = `{
  "type": "invoice.paid",
  "timestamp": "2026-12-06T10:04:12.000Z",
  "data": {
    "id": "…", "object": "invoice", "number": "FAC-2026-000123",
    "status": "paid", "amount": 12500, "currency": "XOF",
    "reference": "CMD-7781", "operator": "orange_bf",
    "settled_at": "2026-12-06T10:04:11.000Z"
  }
}`;

function link(href: string) {
  return function PageLink(chunks: ReactNode) {
    return (
      <a href={href} className="text-brand-700 underline">
        {chunks}
      </a>
    );
  };
}

/** What every operation shares: keys, idempotency, limits, pages, errors, and the signed webhooks. */
export async function ApiGuide() {
  const [t, hooks] = await Promise.all([getTranslations("apiReference.guide"), getTranslations("webhooks")]);
  const rich = {
    ...richCode,
    keys: link("/api-keys"),
    hooks: link("/webhooks"),
    count: API_CALLS_PER_MINUTE,
  };
  const sections = ["auth", "idempotency", "rateLimit", "pagination"] as const;
  return (
    <div className="space-y-4">
      {sections.map((name) => (
        <Section key={name} id={name} title={t(`${name}.title`)}>
          <p>{t.rich(`${name}.body`, rich)}</p>
        </Section>
      ))}
      <Section id="errors" title={t("errors.title")}>
        <p>{t.rich("errors.body", rich)}</p>
        <CodeBlock>{ERROR_EXAMPLE}</CodeBlock>
      </Section>
      <Section id="webhooks" title={t("webhooks.title")}>
        <p>{t.rich("webhooks.body", rich)}</p>
        <h3 className="font-medium">{t("webhooks.headers")}</h3>
        <ul className="list-disc space-y-1 pl-5">
          <li>
            <Code>webhook-id</Code> — {t("webhooks.headerId")}
          </li>
          <li>
            <Code>webhook-timestamp</Code> — {t("webhooks.headerTimestamp")}
          </li>
          <li>
            <Code>webhook-signature</Code> — {t("webhooks.headerSignature")}
          </li>
        </ul>
        <h3 className="font-medium">{t("webhooks.events")}</h3>
        <ul className="space-y-1">
          {WEBHOOK_EVENTS.map((event) => (
            <li key={event}>
              <Code>{event}</Code> — {hooks(`event.${eventKey(event)}`)}
            </li>
          ))}
        </ul>
        <h3 className="font-medium">{t("webhooks.payload")}</h3>
        <CodeBlock>{EVENT_EXAMPLE}</CodeBlock>
        <p>{t("webhooks.retries")}</p>
      </Section>
    </div>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Card className="scroll-mt-20">
      <section id={id} aria-labelledby={`${id}-title`}>
        <CardHeader title={title} />
        <div className="space-y-3 px-5 py-4 text-sm text-ink">{children}</div>
      </section>
    </Card>
  );
}
