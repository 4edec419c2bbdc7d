/** The part of JSON Schema (as zod-openapi writes it) that the API reference reads. */
export type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  format?: string;
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  examples?: unknown[];
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
};

/** What a field accepts beyond its type; absent keys mean no bound. */
export type FieldLimits = Partial<
  Record<"minLength" | "maxLength" | "minimum" | "maximum" | "minItems" | "maxItems", number>
> & { pattern?: string; format?: string };

export type Components = Record<string, JsonSchema>;

/** `#/components/schemas/Invoice` → `Invoice`. */
export function refName(ref: string): string {
  return ref.slice(ref.lastIndexOf("/") + 1);
}

export function resolve(schema: JsonSchema, components: Components): JsonSchema {
  return schema.$ref ? (components[refName(schema.$ref)] ?? {}) : schema;
}

/** A nullable value is written `anyOf: [X, {type: null}]` or `type: [X, "null"]`: X is what matters. */
export function withoutNull(schema: JsonSchema): { schema: JsonSchema; nullable: boolean } {
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants) {
    const rest = variants.filter((variant) => variant.type !== "null");
    if (rest.length === 1 && rest.length < variants.length)
      return {
        schema: { ...rest[0], description: schema.description ?? rest[0]!.description },
        nullable: true,
      };
  }
  if (Array.isArray(schema.type) && schema.type.includes("null")) {
    const types = schema.type.filter((type) => type !== "null");
    return { schema: { ...schema, type: types.length === 1 ? types[0] : types }, nullable: true };
  }
  return { schema, nullable: false };
}

/** The type as a developer writes it: `string`, `integer[]`, `Invoice[]`, `string | integer`. */
export function typeName(schema: JsonSchema): string {
  if (schema.$ref) return refName(schema.$ref);
  if (schema.type === "array")
    return `${schema.items ? typeName(withoutNull(schema.items).schema) : "unknown"}[]`;
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants) return variants.map((variant) => typeName(variant)).join(" | ");
  if (Array.isArray(schema.type)) return schema.type.join(" | ");
  return schema.type ?? "unknown";
}

// zod writes an integer's safe bounds (±2^53−1) on every `z.int()`: no bound a reader needs to see.
const isMeaningful = (bound: number | undefined) =>
  bound !== undefined && Math.abs(bound) < Number.MAX_SAFE_INTEGER;

export function limitsOf(schema: JsonSchema): FieldLimits {
  const limits: FieldLimits = {};
  for (const key of ["minLength", "maxLength", "minimum", "maximum", "minItems", "maxItems"] as const)
    if (isMeaningful(schema[key])) limits[key] = schema[key];
  // A format says it better than its generated expression (a date-time's pattern is 300 characters).
  if (schema.format) limits.format = schema.format;
  else if (schema.pattern) limits.pattern = schema.pattern;
  return limits;
}

/** Allowed values of an enum or a constant, as the wire spells them. */
export function valuesOf(schema: JsonSchema): string[] | undefined {
  const wire = (value: unknown) => (typeof value === "string" ? value : JSON.stringify(value));
  if (schema.enum) return schema.enum.map(wire);
  if (schema.const !== undefined) return [wire(schema.const)];
  return undefined;
}
