// Architecture rules, checked by `depcruise` in `npm test` (step "architecture"); see
// docs/architecture.md. Run alone: node_modules/.bin/depcruise app components lib scripts simulator e2e bench test
const fs = require("node:fs");
const path = require("node:path");

// Test code: test files, test support folders, end-to-end journeys, benchmarks.
const TEST_CODE = "(\\.test\\.tsx?$)|(^|/)(testing|tests)/|^test/|^e2e/|^bench/";

/** Modules that must never reach a browser bundle: the ones that `import "server-only"`, found
 * when the check runs so the list never goes stale when files move. */
function serverOnlyModules() {
  const found = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "generated" && entry.name !== "node_modules") walk(full);
      } else if (
        /\.tsx?$/.test(entry.name) &&
        /^import ["']server-only["'];?$/m.test(fs.readFileSync(full, "utf8"))
      ) {
        found.push(path.relative(__dirname, full).split(path.sep).join("/"));
      }
    }
  };
  walk(path.join(__dirname, "lib"));
  return found.sort();
}
const escapeRegex = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      comment:
        "An import loop: modules that load each other make start-up order matter and cannot be read one at a time.",
      severity: "error",
      from: {},
      to: { circular: true },
    },
    {
      name: "lib-stays-below-the-pages",
      comment:
        "lib/ holds the domain and its plumbing: it never imports pages, components, journeys or benchmarks.",
      severity: "error",
      from: { path: "^lib/" },
      to: { path: "^(app|components|e2e|bench)/" },
    },
    {
      name: "no-test-code-in-the-product",
      comment: "Code that ships never imports test files or test support.",
      severity: "error",
      from: { pathNot: [TEST_CODE, "^(vitest|playwright)\\.config\\.m?ts$"] },
      to: { path: TEST_CODE },
    },
    {
      name: "components-stay-off-the-server",
      comment:
        "A component may run in the browser: it never loads a server-only module (database, gateway, session). " +
        "Type-only imports are erased and allowed.",
      severity: "error",
      from: { path: "^components/" },
      to: { path: serverOnlyModules().map((f) => `^${escapeRegex(f)}$`), dependencyTypesNot: ["type-only"] },
    },
    {
      name: "lib-speaks-in-codes",
      comment: "Domain code throws codes and values; routes and pages turn them into words from messages/.",
      severity: "error",
      from: { path: "^lib/", pathNot: TEST_CODE },
      to: { path: "^messages/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: {
      path: "^(lib/generated|node_modules|\\.next|\\.caisse|test-results|playwright-report|bench/\\.data)",
    },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".tsx", ".mts", ".js", ".mjs", ".cjs", ".json"],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
