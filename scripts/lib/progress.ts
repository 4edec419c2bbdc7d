// Start-up output: one line a step, so a person watching knows what Caisse is doing.
export function step(message: string): void {
  console.log(`\x1b[36m▸\x1b[0m ${message}`);
}

export function done(message: string): void {
  console.log(`\x1b[32m✓\x1b[0m ${message}`);
}

export function fail(message: string): never {
  console.error(`\x1b[31m✗\x1b[0m ${message}`);
  process.exit(1);
}
