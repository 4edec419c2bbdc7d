import type { ApiReference, ReferenceOperation, ReferenceParameter } from "./describe-api";
import type { ReferenceField } from "./fields";

/**
 * Where the translation of each of the document's sentences lives, under `apiReference.document`
 * in messages/<locale>: the first key found wins. A response falls back on its status's generic
 * sentence, so a new operation's errors read well before anyone writes about them.
 */
export const textKeys = {
  summary: (operation: ReferenceOperation) => [`summaries.${operation.id}`],
  response: (operation: ReferenceOperation, status: string) => [
    `responses.${operation.id}.${status}`,
    `statuses.${status}`,
  ],
  parameter: (parameter: ReferenceParameter) => [`parameters.${parameter.name}`],
  field: (field: ReferenceField) => [`fields.${field.textKey}`],
};

/** Every sentence the document itself holds, with the keys that may translate it. */
export function documentSentences(reference: ApiReference): { keys: string[]; english: string }[] {
  const sentences: { keys: string[]; english: string }[] = [];
  const add = (keys: string[], english: string | undefined) => {
    if (english) sentences.push({ keys, english });
  };
  for (const operation of reference.operations) {
    add(textKeys.summary(operation), operation.summary);
    for (const parameter of operation.parameters) add(textKeys.parameter(parameter), parameter.description);
    for (const field of operation.body?.fields ?? []) add(textKeys.field(field), field.description);
    for (const response of operation.responses) {
      add(textKeys.response(operation, response.status), response.description);
      for (const field of response.fields) add(textKeys.field(field), field.description);
    }
  }
  for (const schema of reference.schemas)
    for (const field of schema.fields) add(textKeys.field(field), field.description);
  return sentences;
}
