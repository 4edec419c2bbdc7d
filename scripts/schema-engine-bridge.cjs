#!/usr/bin/env node
"use strict";
// The Prisma CLI execs this file as its schema-engine binary (PRISMA_SCHEMA_ENGINE_BINARY, set
// by scripts/prisma.ts), because the binary cannot be downloaded here. The work is done in
// TypeScript (scripts/prisma-bridge/bridge.ts), loaded through tsx.
require("tsx/cjs/api").register();
const { runBridge } = require("./prisma-bridge/bridge.ts");

runBridge(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`schema-engine-bridge: ${error && error.stack ? error.stack : error}\n`);
    process.exit(1);
  },
);
