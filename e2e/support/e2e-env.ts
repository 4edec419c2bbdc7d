// Where the journeys' server and database live (see playwright.config.ts).
export const E2E_PORT = 3100;
export const E2E_SIMULATOR_PORT = 4110;
export const E2E_ORIGIN = `http://localhost:${E2E_PORT}`;
const pgServer = process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
export const E2E_DATABASE_URL = pgServer.replace(/\/[^/?]*(\?.*)?$/, "/caisse_e2e$1");
