import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

/** Every (file, method) the app serves: page.tsx files answer GET; route.ts files answer the
 * verbs they export. */
export function discoverRoutes(appDir = "app"): { file: string; method: string }[] {
  const found: { file: string; method: string }[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) walk(full);
      else if (entry === "page.tsx") found.push({ file: full, method: "GET" });
      else if (entry === "route.ts") {
        const source = readFileSync(full, "utf8");
        const verbs = new Set<string>();
        for (const m of source.matchAll(
          /export (?:const|async function|function) (GET|POST|PUT|PATCH|DELETE)\b/g,
        ))
          verbs.add(m[1]!);
        for (const m of source.matchAll(/as (GET|POST|PUT|PATCH|DELETE)\b/g)) verbs.add(m[1]!);
        for (const method of verbs) found.push({ file: full, method });
      }
    }
  };
  walk(appDir);
  return found;
}
