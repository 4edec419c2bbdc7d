import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";

/**
 * The embedded database with the PostgreSQL extensions Caisse's migrations create (pg_trgm: the
 * trigram indexes of free-text search). The extensions ship inside the package: nothing is
 * downloaded.
 */
export function openPglite(dataDir: string): Promise<PGlite> {
  return PGlite.create(dataDir, { extensions: { pg_trgm } });
}
