import path from "node:path";
import { build } from "esbuild";

/**
 * Compiles the callback door (lib/callbacks/open-callback-door.ts) into one plain JavaScript
 * module that the app server imports (scripts/serve-app.mjs): no TypeScript loader in the request
 * path, and only the door's own few modules — packages (pg, zod) stay imports from node_modules.
 * Runs at every start (a fraction of a second), so the door never lags behind its sources.
 */
export async function bundleCallbackDoor(root: string): Promise<string> {
  const outfile = path.join(root, process.env.CAISSE_DIST_DIR ?? ".next", "caisse", "callback-door.mjs");
  await build({
    entryPoints: [path.join(root, "lib", "callbacks", "open-callback-door.ts")],
    tsconfig: path.join(root, "tsconfig.json"),
    outfile,
    bundle: true,
    packages: "external",
    platform: "node",
    format: "esm",
    target: "node20",
    logLevel: "warning",
  });
  return outfile;
}
