import { existsSync } from "node:fs";
import path from "node:path";

/**
 * Caisse's earlier embedded database (PGlite, before the embedded server was a real PostgreSQL)
 * kept its files in `<dataDir>/pgdata`. They are never deleted or changed: the person who owns
 * them decides, with the steps in docs/embedded-database.md.
 */
export function warnAboutEarlierData(dataDir: string): void {
  const earlier = path.resolve(dataDir, "pgdata");
  if (!existsSync(earlier)) return;
  console.log(
    `\n  ⚠ Données d'une version précédente de Caisse dans ${earlier} : elles n'ont pas été reprises, ni modifiées.` +
      `\n    Pour les reprendre, voir docs/embedded-database.md (section « Earlier versions' data »).` +
      `\n    Data from an earlier Caisse version in ${earlier} was neither imported nor changed.` +
      `\n    See docs/embedded-database.md ("Earlier versions' data").\n`,
  );
}
