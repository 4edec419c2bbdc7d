import { type Components, type JsonSchema, resolve, withoutNull } from "./json-schema";

type CurlInput = {
  method: string;
  path: string;
  parameters: { name: string; location: string; required: boolean }[];
  bodySchema?: JsonSchema;
  components: Components;
  secured: boolean;
};

/**
 * A call a developer can paste into a shell: the address and key come from `CAISSE_URL` and
 * `CAISSE_API_KEY`, path values from variables named after them, the body from the schema's own
 * example (or its required fields), so an operation added to the document gets one too.
 */
export function curlExample({
  method,
  path,
  parameters,
  bodySchema,
  components,
  secured,
}: CurlInput): string {
  const address = path.replace(/\{(\w+)\}/g, (_, name: string) => `$${name.toUpperCase()}`);
  const query = parameters
    .filter((parameter) => parameter.location === "query" && parameter.required)
    .map((parameter) => `${parameter.name}=…`)
    .join("&");
  const lines = [`curl -X ${method.toUpperCase()} "$CAISSE_URL${address}${query ? `?${query}` : ""}"`];
  if (secured) lines.push(`-H "Authorization: Bearer $CAISSE_API_KEY"`);
  for (const parameter of parameters.filter((p) => p.location === "header"))
    lines.push(`-H "${parameter.name}: ${/idempotency/i.test(parameter.name) ? "$(uuidgen)" : "…"}"`);
  if (bodySchema) {
    const body = JSON.stringify(exampleOf(bodySchema, components, 0), null, 2);
    lines.push(`-H "Content-Type: application/json"`, `-d '${body.replaceAll("'", `'\\''`)}'`);
  }
  return lines.join(" \\\n  ");
}

/** An example value: the schema's own when it has one, else the smallest value it accepts. */
export function exampleOf(raw: JsonSchema, components: Components, depth: number): unknown {
  const schema = withoutNull(resolve(raw, components)).schema;
  if (schema.examples?.length) return schema.examples[0];
  if (schema.default !== undefined) return schema.default;
  if (schema.const !== undefined) return schema.const;
  if (schema.enum?.length) return schema.enum[0];
  if (depth > 4) return null;
  switch (schema.type) {
    case "object":
      return Object.fromEntries(
        (schema.required ?? []).map((name) => [
          name,
          exampleOf(schema.properties?.[name] ?? {}, components, depth + 1),
        ]),
      );
    case "array":
      return schema.items ? [exampleOf(schema.items, components, depth + 1)] : [];
    case "integer":
    case "number":
      return Math.min(Math.max(schema.minimum ?? 1, 1), schema.maximum ?? Number.MAX_SAFE_INTEGER);
    case "boolean":
      return true;
    default:
      return schema.format === "date-time" ? "2026-12-31T23:59:00Z" : "…";
  }
}
