import type { ApiReference } from "@/lib/api-v1/reference/describe-api";
import { textKeys } from "@/lib/api-v1/reference/text-keys";
import { Card } from "@/components/ui/card";
import { Code } from "./code";
import type { DocumentText } from "./document-text";
import { FieldTable } from "./field-table";

/** Each named object once, where the operations' links lead. */
export function SchemaList({ schemas, text }: { schemas: ApiReference["schemas"]; text: DocumentText }) {
  return (
    <div className="space-y-4">
      {schemas.map((schema) => (
        <Card key={schema.name} className="scroll-mt-20">
          <section id={`schema-${schema.name}`} aria-labelledby={`schema-${schema.name}-title`}>
            <h3
              id={`schema-${schema.name}-title`}
              className="border-b border-surface-line px-5 py-4 text-sm font-semibold"
            >
              <Code>{schema.name}</Code>
            </h3>
            <div className="py-2">
              <FieldTable rows={schema.fields.map((f) => ({ ...f, keys: textKeys.field(f) }))} text={text} />
            </div>
          </section>
        </Card>
      ))}
    </div>
  );
}
