import { curlExample } from "./curl-example";
import { type ReferenceField, fieldsOf } from "./fields";
import { type Components, type JsonSchema, limitsOf, refName, typeName, valuesOf } from "./json-schema";

/** A parameter of an operation: a field that travels in the path, the query string or a header. */
export type ReferenceParameter = ReferenceField & { location: string };

export type ReferenceResponse = {
  status: string;
  description?: string;
  /** The named object answered, when there is one. */
  schemaName?: string;
  fields: ReferenceField[];
  /** The stable `error.code` values this status comes with (`x-error-codes`). */
  errorCodes: string[];
};

export type ReferenceOperation = {
  /** The operationId: the anchor on the page and the key of its texts. */
  id: string;
  method: string;
  path: string;
  summary?: string;
  /** The API key right it needs (`x-scope`); none for a public operation. */
  scope?: string;
  parameters: ReferenceParameter[];
  body?: { schemaName?: string; fields: ReferenceField[] };
  responses: ReferenceResponse[];
  curl: string;
};

export type ApiReference = {
  operations: ReferenceOperation[];
  schemas: { name: string; description?: string; fields: ReferenceField[] }[];
};

type Operation = {
  operationId?: string;
  summary?: string;
  "x-scope"?: string;
  security?: unknown[];
  parameters?: { name: string; in: string; required?: boolean; description?: string; schema?: JsonSchema }[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
  responses?: Record<
    string,
    { description?: string; content?: Record<string, { schema?: JsonSchema }>; "x-error-codes"?: string[] }
  >;
};

export type OpenApiDocument = {
  paths?: Record<string, object | undefined>;
  components?: { schemas?: object };
};

const METHODS = ["get", "post", "put", "patch", "delete"] as const;

/**
 * The OpenAPI document as the reference page shows it, whatever paths it holds: one entry per
 * method and path, each schema's fields flattened, the named objects listed once. No words are
 * made here (the page translates); only the document's own names, types and bounds.
 */
export function describeApi(document: OpenApiDocument): ApiReference {
  const components = (document.components?.schemas ?? {}) as Components;
  const operations = Object.entries(document.paths ?? {}).flatMap(([path, item]) => {
    const methods = (item ?? {}) as Partial<Record<(typeof METHODS)[number], Operation>>;
    return METHODS.flatMap((method) => {
      const operation = methods[method];
      return operation ? [describeOperation(method, path, operation, components)] : [];
    });
  });
  const schemas = Object.entries(components).map(([name, schema]) => ({
    name,
    description: schema.description,
    fields: fieldsOf(schema, components, name),
  }));
  return { operations, schemas };
}

function describeOperation(
  method: string,
  path: string,
  operation: Operation,
  components: Components,
): ReferenceOperation {
  const id = operation.operationId ?? `${method}${path}`.replace(/[^\w]+/g, "-").replace(/-$/, "");
  const parameters = (operation.parameters ?? []).map((parameter) => {
    const schema = parameter.schema ?? {};
    return {
      location: parameter.in,
      name: parameter.name,
      textKey: parameter.name,
      type: typeName(schema),
      nullable: false,
      required: parameter.required === true,
      description: parameter.description ?? schema.description,
      limits: limitsOf(schema),
      values: valuesOf(schema),
      default: schema.default === undefined ? undefined : JSON.stringify(schema.default),
    };
  });
  const bodySchema = jsonContent(operation.requestBody?.content);
  const body = bodySchema
    ? {
        schemaName: bodySchema.$ref ? refName(bodySchema.$ref) : undefined,
        fields: fieldsOf(bodySchema, components, ownerOf(bodySchema, `${id}/body`)),
      }
    : undefined;
  const responses = Object.entries(operation.responses ?? {})
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([status, response]) => {
      const schema = jsonContent(response.content);
      // An error's body is always the one error object: its codes say more than its fields.
      const isError = Number(status) >= 400;
      return {
        status,
        description: response.description,
        schemaName: schema?.$ref ? refName(schema.$ref) : undefined,
        fields: schema && !isError ? fieldsOf(schema, components, ownerOf(schema, `${id}/${status}`)) : [],
        errorCodes: response["x-error-codes"] ?? [],
      };
    });
  return {
    id,
    method: method.toUpperCase(),
    path,
    summary: operation.summary,
    scope: operation["x-scope"],
    parameters,
    body,
    responses,
    curl: curlExample({
      method,
      path,
      parameters,
      bodySchema,
      components,
      secured: !!operation.security?.length,
    }),
  };
}

function jsonContent(content: Record<string, { schema?: JsonSchema }> | undefined): JsonSchema | undefined {
  return content?.["application/json"]?.schema;
}

/** A named object's fields are translated once under its name, an inline one under its operation. */
function ownerOf(schema: JsonSchema, inline: string): string {
  return schema.$ref ? refName(schema.$ref) : inline;
}
