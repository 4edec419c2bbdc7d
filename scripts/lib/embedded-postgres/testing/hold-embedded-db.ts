// A Caisse start command reduced to its database: starts the embedded server on the folder and
// port given, writes one marker row, says "ready", then waits to be killed
// (scripts/lib/embedded-postgres/embedded-db.int.test.ts).
import pg from "pg";
import { startEmbeddedDb } from "../start-embedded-db";

async function main() {
  const [dataDir = "", port = "", marker = ""] = process.argv.slice(2);
  const embedded = await startEmbeddedDb(dataDir, Number(port));
  const client = new pg.Client({ connectionString: embedded.url });
  await client.connect();
  await client.query("CREATE TABLE IF NOT EXISTS markers (value text PRIMARY KEY)");
  await client.query("INSERT INTO markers (value) VALUES ($1)", [marker]);
  console.log("ready");
  setInterval(() => undefined, 60_000);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
