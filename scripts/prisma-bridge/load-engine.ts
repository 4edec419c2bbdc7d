import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";

type SchemaEngineModule = {
  SchemaEngine: typeof SchemaEngine;
  version(): string;
};

type WasmBindings = SchemaEngineModule & {
  __wbg_set_wasm(exports: WebAssembly.Exports): void;
};

let loading: Promise<SchemaEngineModule> | undefined;
let panicMessage: string | undefined;

type PanicRegistry = { set_message(message: string): void };
const globalWithRegistry = globalThis as typeof globalThis & { PRISMA_WASM_PANIC_REGISTRY?: PanicRegistry };

/** The Rust panic message behind the last wasm `RuntimeError: unreachable`, if any. */
export function lastPanicMessage(): string | undefined {
  return panicMessage;
}

/**
 * Loads `@prisma/schema-engine-wasm` once per process. Its package entry does
 * `import * as wasm from "./schema_engine_bg.wasm"`, which Node 20 cannot import, so we do
 * what that entry does by hand: instantiate the .wasm against its JS glue and start it.
 */
export function loadSchemaEngine(): Promise<SchemaEngineModule> {
  loading ??= instantiate().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

async function instantiate(): Promise<SchemaEngineModule> {
  // The glue hands Rust panic messages to this global before trapping; without it the panic
  // surfaces as a bare "Cannot read properties of undefined". Prisma Client installs its own.
  globalWithRegistry.PRISMA_WASM_PANIC_REGISTRY ??= {
    set_message(message) {
      panicMessage = message;
    },
  };
  // The package only exports its JS files; the .wasm sits next to the glue module.
  const requireFromHere = createRequire(__filename);
  const gluePath = requireFromHere.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const glue = (await import(pathToFileURL(gluePath).href)) as WasmBindings;
  const bytes = await readFile(path.join(path.dirname(gluePath), "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(bytes, {
    "./schema_engine_bg.js": glue as unknown as WebAssembly.ModuleImports,
  });
  glue.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return glue;
}
