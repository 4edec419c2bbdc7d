import { ColumnTypeEnum, type SqlDriverAdapter } from "@prisma/driver-adapter-utils";
import type pg from "pg";

/** PostgreSQL's internal one-byte `"char"` type (pg_class.relkind, pg_constraint.contype…). */
const CHAR_OID = 18;
const TEXT_OID = 25;

/** Result rows → the indexes of their `"char"` columns (the adapter passes `rows` through). */
const charColumns = new WeakMap<object, number[]>();

/**
 * PrismaPg 7.10 maps no column type to `"char"` and fails the whole query ("Column type 'char'
 * could not be deserialized"), yet the engine's catalog queries select such columns whenever
 * it reads a schema (`migrate dev`, a diff against a database), and its describer then wants
 * them typed as Character, as the binary's driver reports them. So: the pool reports them as
 * text to get past PrismaPg, and the adapter's result gets the Character type back.
 */
export function readCharColumns(pool: pg.Pool, adapter: SqlDriverAdapter): void {
  const query = pool.query.bind(pool) as (...args: unknown[]) => unknown;
  pool.query = ((...args: unknown[]) => {
    const pending = query(...args);
    return pending instanceof Promise ? pending.then(relabelCharColumns) : pending;
  }) as typeof pool.query;

  const queryRaw = adapter.queryRaw.bind(adapter);
  adapter.queryRaw = async (sqlQuery) => {
    const resultSet = await queryRaw(sqlQuery);
    for (const index of charColumns.get(resultSet.rows) ?? [])
      resultSet.columnTypes[index] = ColumnTypeEnum.Character;
    return resultSet;
  };
}

function relabelCharColumns<T extends { fields?: { dataTypeID: number }[]; rows?: unknown[] }>(result: T): T {
  const indexes: number[] = [];
  result.fields?.forEach((field, index) => {
    if (field.dataTypeID !== CHAR_OID) return;
    field.dataTypeID = TEXT_OID;
    indexes.push(index);
  });
  if (indexes.length > 0 && result.rows) charColumns.set(result.rows, indexes);
  return result;
}
