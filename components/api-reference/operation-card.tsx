import { getTranslations } from "next-intl/server";
import type { ReferenceOperation } from "@/lib/api-v1/reference/describe-api";
import { textKeys } from "@/lib/api-v1/reference/text-keys";
import { Card } from "@/components/ui/card";
import { Code, CodeBlock, richCode } from "./code";
import type { DocumentText } from "./document-text";
import { FieldTable } from "./field-table";

const METHOD_COLOURS: Record<string, string> = {
  GET: "bg-emerald-100 text-emerald-900",
  POST: "bg-sky-100 text-sky-900",
  DELETE: "bg-rose-100 text-rose-900",
};

/** One method and path: what it needs, what it takes, what it answers, and a call to copy. */
export async function OperationCard({
  operation,
  text,
}: {
  operation: ReferenceOperation;
  text: DocumentText;
}) {
  const [t, errors] = await Promise.all([getTranslations("apiReference"), getTranslations("errors")]);
  const parameters = operation.parameters.map((p) => ({ ...p, keys: textKeys.parameter(p) }));
  return (
    <Card className="scroll-mt-20">
      <article id={`op-${operation.id}`} aria-labelledby={`op-${operation.id}-title`}>
        <header className="border-b border-surface-line px-5 py-4">
          <h3
            id={`op-${operation.id}-title`}
            className="flex flex-wrap items-baseline gap-2 text-sm font-semibold"
          >
            <code
              className={`rounded px-1.5 py-0.5 font-mono text-xs ${METHOD_COLOURS[operation.method] ?? "bg-amber-100 text-amber-900"}`}
            >
              {operation.method}
            </code>
            <code className="min-w-0 break-all font-mono text-ink">{operation.path}</code>
          </h3>
          <p className="mt-1 text-sm text-ink">{text(textKeys.summary(operation), operation.summary)}</p>
          <p className="mt-1 text-xs text-ink-muted">
            {operation.scope
              ? t.rich("operation.scope", { ...richCode, scope: operation.scope })
              : t("operation.noScope")}
          </p>
        </header>
        <div className="space-y-5 py-4">
          {parameters.length > 0 ? (
            <Part title={t("operation.parameters")}>
              <FieldTable rows={parameters} text={text} />
            </Part>
          ) : null}
          {operation.body ? (
            <Part
              title={
                operation.body.schemaName
                  ? t.rich("operation.bodyObject", objectLink(operation.body.schemaName))
                  : t("operation.body")
              }
            >
              <FieldTable
                rows={operation.body.fields.map((f) => ({ ...f, keys: textKeys.field(f) }))}
                text={text}
              />
            </Part>
          ) : null}
          <Part title={t("operation.responses")}>
            <ul className="space-y-4 px-5">
              {operation.responses.map((response) => (
                <li key={response.status} className="text-sm">
                  <p className="text-ink">
                    <Code>{response.status}</Code>{" "}
                    {text(textKeys.response(operation, response.status), response.description)}
                    {response.schemaName && response.errorCodes.length === 0 ? (
                      <span className="ml-1 text-ink-muted">
                        · {t.rich("operation.responseObject", objectLink(response.schemaName))}
                      </span>
                    ) : null}
                  </p>
                  {response.errorCodes.length > 0 ? (
                    <ul
                      aria-label={t("operation.errorCodes")}
                      className="mt-1 space-y-0.5 pl-4 text-xs text-ink-muted"
                    >
                      {response.errorCodes.map((code) => (
                        <li key={code}>
                          <Code>{code}</Code> — {errors.has(code) ? errors(code) : null}
                        </li>
                      ))}
                    </ul>
                  ) : null}
                  {response.fields.length > 0 && !response.schemaName ? (
                    <div className="-mx-5 mt-2">
                      <FieldTable
                        rows={response.fields.map((f) => ({ ...f, keys: textKeys.field(f) }))}
                        text={text}
                      />
                    </div>
                  ) : null}
                </li>
              ))}
            </ul>
          </Part>
          <Part title={t("operation.example")}>
            <div className="px-5">
              <CodeBlock>{operation.curl}</CodeBlock>
            </div>
          </Part>
        </div>
      </article>
    </Card>
  );
}

function Part({ title, children }: { title: React.ReactNode; children: React.ReactNode }) {
  return (
    <section>
      <h4 className="mb-2 px-5 text-xs font-semibold uppercase tracking-wide text-ink-muted">{title}</h4>
      {children}
    </section>
  );
}

function objectLink(name: string) {
  return {
    name,
    link: (chunks: React.ReactNode) => (
      <a href={`#schema-${name}`} className="text-brand-700 underline">
        <Code>{chunks}</Code>
      </a>
    ),
  };
}
