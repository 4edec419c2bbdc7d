import {
  type Components,
  type FieldLimits,
  type JsonSchema,
  limitsOf,
  refName,
  resolve,
  typeName,
  valuesOf,
  withoutNull,
} from "./json-schema";

/** One row of a field table: a property, or a nested one (`items[].name`). */
export type ReferenceField = {
  name: string;
  /** Where its description's translation lives: `<owner>/<path>`, e.g. `InvoiceInput/items[]/name`. */
  textKey: string;
  type: string;
  nullable: boolean;
  required: boolean;
  description?: string;
  limits: FieldLimits;
  values?: string[];
  default?: string;
  /** The named object this field holds (its fields are listed once, under that name). */
  link?: string;
};

/**
 * The fields of an object schema, nested objects flattened into dotted names. A named object met
 * inside (`data: Invoice[]`) is a link, not expanded again: the reference lists it once, and a
 * schema that contains itself cannot loop.
 */
export function fieldsOf(schema: JsonSchema, components: Components, owner: string): ReferenceField[] {
  return walk(resolve(schema, components), components, { owner, names: [], keys: [] });
}

type Place = { owner: string; names: string[]; keys: string[] };

function walk(schema: JsonSchema, components: Components, place: Place): ReferenceField[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).flatMap(([property, raw]) => {
    const { schema: value, nullable } = withoutNull(raw);
    const names = [...place.names, property];
    const keys = [...place.keys, property];
    const item = value.type === "array" && value.items ? withoutNull(value.items).schema : undefined;
    const named = value.$ref ?? item?.$ref;
    const field: ReferenceField = {
      name: names.join("."),
      textKey: [place.owner, ...keys].join("/"),
      type: typeName(value),
      nullable,
      required: required.has(property),
      description: value.description ?? raw.description,
      limits: limitsOf(value),
      values: valuesOf(value),
      default: value.default === undefined ? undefined : JSON.stringify(value.default),
      link: named ? refName(named) : undefined,
    };
    if (named) return [field];
    if (value.properties) return [field, ...walk(value, components, { owner: place.owner, names, keys })];
    if (item?.properties)
      return [
        field,
        ...walk(item, components, {
          owner: place.owner,
          names: [...place.names, `${property}[]`],
          keys: [...place.keys, `${property}[]`],
        }),
      ];
    return [field];
  });
}
