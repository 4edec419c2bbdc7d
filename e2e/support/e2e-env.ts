// Where the journeys' server and database live (see playwright.config.ts). Overridable so that
// two test runs on one machine do not share ports, database or build.
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_SIMULATOR_PORT = Number(process.env.E2E_SIMULATOR_PORT ?? 4110);
export const E2E_ORIGIN = `http://localhost:${E2E_PORT}`;
export const E2E_DB_NAME = process.env.E2E_DB_NAME ?? "caisse_e2e";
const pgServer = process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
export const E2E_DATABASE_URL = pgServer.replace(/\/[^/?]*(\?.*)?$/, `/${E2E_DB_NAME}$1`);
/** The simulator the journeys' Caisse talks to, for its test controls. */
export const E2E_SIMULATOR_ORIGIN = `http://127.0.0.1:${E2E_SIMULATOR_PORT}`;
