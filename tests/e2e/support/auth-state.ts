import path from "node:path";

export type E2ERole = "admin" | "operator" | "viewer";

// Under test-results/, which `npm test` empties first: the sessions are only good for one server.
const folder = path.resolve(import.meta.dirname, "../../../test-results/e2e-auth");

/** Where the sign-in setup project saves each role's signed-in browser state. */
export const authStatePath = (role: E2ERole) => path.join(folder, `${role}.json`);

/** For `test.use`: a browser that has not signed in. */
export const SIGNED_OUT = { cookies: [], origins: [] };
