// Prints the gzip size of the JavaScript each page loads first, read from the build manifests
// (run after `next build`; the dist dir is CAISSE_DIST_DIR or .next):
//   npm run bundle:size [-- --all]      (--all: customer and sign-in pages too)
// First load = the root main files every page needs + the entry chunks of the page's own client
// reference manifest (its layouts and page). Chunks a page imports lazily (next/dynamic, import())
// are not counted: they load after first paint. Matches what Chromium fetches before the load
// event (e2e/transactions.spec.ts prints it) to within a few hundred bytes.
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import vm from "node:vm";

const TARGET_KB = 170;
const ON_DEMAND_ENTRY = /\/(forbidden|unauthorized|not-found|global-error)$/;
const distDir = path.resolve(process.env.CAISSE_DIST_DIR ?? ".next");
const showAll = process.argv.includes("--all");

function findManifests(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return findManifests(full);
    return name === "page_client-reference-manifest.js" ? [full] : [];
  });
}

/** The manifest is a script assigning globalThis.__RSC_MANIFEST[route]: run it in a sandbox. */
function readManifest(file: string): { route: string; files: string[] } {
  const sandbox: {
    globalThis?: unknown;
    __RSC_MANIFEST?: Record<string, { entryJSFiles: Record<string, string[]> }>;
  } = {};
  sandbox.globalThis = sandbox;
  vm.runInNewContext(readFileSync(file, "utf8"), sandbox);
  const [route, manifest] = Object.entries(sandbox.__RSC_MANIFEST ?? {})[0] ?? [];
  if (!route || !manifest) throw new Error(`unreadable manifest: ${file}`);
  // The access-fallback boundaries (forbidden, not-found…) load only when they are rendered; the
  // browser does not fetch them with a normal page (checked against Chromium's resource timings).
  const entries = Object.entries(manifest.entryJSFiles).filter(([entry]) => !ON_DEMAND_ENTRY.test(entry));
  return { route, files: entries.flatMap(([, files]) => files) };
}

const gzipCache = new Map<string, number>();
function gzipSize(file: string): number {
  let size = gzipCache.get(file);
  if (size === undefined) {
    size = gzipSync(readFileSync(path.join(distDir, file))).byteLength;
    gzipCache.set(file, size);
  }
  return size;
}

function main() {
  const buildManifest = path.join(distDir, "build-manifest.json");
  if (!existsSync(buildManifest)) {
    console.error(`No build in ${distDir}: run \`next build\` first (or set CAISSE_DIST_DIR).`);
    process.exit(1);
  }
  const { rootMainFiles } = JSON.parse(readFileSync(buildManifest, "utf8")) as { rootMainFiles: string[] };
  const pages = findManifests(path.join(distDir, "server", "app"))
    .map(readManifest)
    .filter((page) => showAll || page.route.startsWith("/(dashboard)"))
    .sort((a, b) => a.route.localeCompare(b.route));
  let over = 0;
  console.log(
    `First-load JavaScript per page (gzip), ${path.relative(process.cwd(), distDir) || "."}; target ≤ ${TARGET_KB} kB\n`,
  );
  for (const page of pages) {
    const files = [...new Set([...rootMainFiles, ...page.files])].filter((f) => f.endsWith(".js"));
    const kb = files.reduce((sum, f) => sum + gzipSize(f), 0) / 1024;
    if (kb > TARGET_KB) over += 1;
    const url = page.route.replace(/\/page$/, "").replace(/\/\([^)]+\)/g, "") || "/";
    console.log(
      `${kb > TARGET_KB ? "✗" : "✓"} ${url.padEnd(28)} ${kb.toFixed(1).padStart(7)} kB  (${files.length} files)`,
    );
  }
  console.log(over ? `\n${over} page(s) over ${TARGET_KB} kB.` : `\nEvery page within ${TARGET_KB} kB.`);
}

main();
