import { Fragment, type ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import type { ReferenceField } from "@/lib/api-v1/reference/fields";
import type { FieldLimits } from "@/lib/api-v1/reference/json-schema";
import { Table, TableBody, TableHead, Td, Th, Tr } from "@/components/ui/table";
import { Code, richCode } from "./code";
import type { DocumentText } from "./document-text";

/** A field or parameter row: the document's sentence about it, found by its own keys. */
export type FieldRow = ReferenceField & { keys: string[]; location?: string };

/** Fields (or parameters) as a table on a desk and a stacked list on a phone (components/ui/table.tsx). */
export async function FieldTable({ rows, text }: { rows: FieldRow[]; text: DocumentText }) {
  const t = await getTranslations("apiReference");
  if (rows.length === 0) return <p className="text-sm text-ink-muted">{t("field.none")}</p>;
  return (
    <Table>
      <TableHead>
        <Th>{t("field.name")}</Th>
        <Th>{t("field.type")}</Th>
        <Th>{t("field.required")}</Th>
        <Th>{t("field.details")}</Th>
      </TableHead>
      <TableBody>
        {rows.map((row) => (
          <Tr key={`${row.location ?? ""}:${row.name}`} className="align-top">
            <Td className="font-medium">
              <Code>{row.name}</Code>
              {row.location ? (
                <span className="ml-2 text-xs text-ink-muted">
                  {t(`operation.in.${location(row.location)}`)}
                </span>
              ) : null}
            </Td>
            <Td label={t("field.type")}>
              <Code>{row.type}</Code>
              {row.nullable ? (
                <span className="ml-1 text-xs text-ink-muted">{t.rich("field.nullable", richCode)}</span>
              ) : null}
            </Td>
            <Td label={t("field.required")}>{row.required ? t("field.required") : t("field.optional")}</Td>
            {/* A bare field shows no empty caption on a phone. */}
            <Td
              label={hasDetails(row, text) ? t("field.details") : undefined}
              stacked
              className="md:max-w-md"
            >
              <FieldDetails row={row} text={text} />
            </Td>
          </Tr>
        ))}
      </TableBody>
    </Table>
  );
}

async function FieldDetails({ row, text }: { row: FieldRow; text: DocumentText }) {
  const t = await getTranslations("apiReference");
  const parts: ReactNode[] = [];
  const description = text(row.keys, row.description);
  if (description) parts.push(<span key="description">{description}</span>);
  const limits = limitTexts(row.limits, t);
  if (limits.length > 0) parts.push(<span key="limits">{joined(limits)}.</span>);
  if (row.values)
    parts.push(
      <span key="values">
        {t("field.values")} {joined(row.values.map((value) => <Code key={value}>{value}</Code>))}.
      </span>,
    );
  if (row.default !== undefined)
    parts.push(
      <span key="default">
        {t("field.default")} <Code>{row.default}</Code>.
      </span>,
    );
  if (row.link)
    parts.push(
      <span key="link">
        {t.rich("field.see", {
          name: row.link,
          link: (chunks) => (
            <a href={`#schema-${row.link}`} className="text-brand-700 underline">
              <Code>{chunks}</Code>
            </a>
          ),
        })}
      </span>,
    );
  return <div className="flex flex-col gap-1 text-left text-ink">{parts}</div>;
}

function hasDetails(row: FieldRow, text: DocumentText): boolean {
  return (
    Boolean(text(row.keys, row.description)) ||
    Object.keys(row.limits).length > 0 ||
    row.values !== undefined ||
    row.default !== undefined ||
    row.link !== undefined
  );
}

type Translate = Awaited<ReturnType<typeof getTranslations<"apiReference">>>;

function limitTexts(limits: FieldLimits, t: Translate): ReactNode[] {
  const pair = (
    min: number | undefined,
    max: number | undefined,
    both: string,
    low: string,
    high: string,
  ) => {
    if (min !== undefined && max !== undefined) return [t(both as "limits.length", { min, max })];
    if (min !== undefined) return [t(low as "limits.minLength", { min })];
    if (max !== undefined) return [t(high as "limits.maxLength", { max })];
    return [];
  };
  return [
    ...pair(limits.minLength, limits.maxLength, "limits.length", "limits.minLength", "limits.maxLength"),
    ...pair(limits.minimum, limits.maximum, "limits.range", "limits.minimum", "limits.maximum"),
    ...pair(limits.minItems, limits.maxItems, "limits.items", "limits.minItems", "limits.maxItems"),
    ...(limits.format ? [t.rich("limits.format", { ...richCode, format: limits.format })] : []),
    ...(limits.pattern ? [t.rich("limits.pattern", { ...richCode, pattern: limits.pattern })] : []),
  ];
}

function joined(nodes: ReactNode[]): ReactNode[] {
  return nodes.map((node, index) => (
    <Fragment key={index}>
      {index > 0 ? ", " : null}
      {node}
    </Fragment>
  ));
}

const LOCATIONS = ["path", "query", "header", "cookie"] as const;
function location(value: string): (typeof LOCATIONS)[number] {
  return LOCATIONS.find((known) => known === value) ?? "query";
}
