export const E2E_PORT = 3100;
export const E2E_BASE_URL = `http://127.0.0.1:${E2E_PORT}`;
export const E2E_ADMIN = { email: "admin@e2e.test", password: "e2e-admin-password" };
export const E2E_RUNNER_PORT = 3190;
/** The scripted model server the real agent CLIs talk to; a spec sets its script over HTTP. */
export const E2E_MODEL_PORT = 3191;
export const E2E_MODEL_URL = `http://127.0.0.1:${E2E_MODEL_PORT}`;

/** Added by the sign-in setup project, for specs that read pages as these roles. */
export const E2E_OPERATOR = {
  role: "operator",
  email: "operator@e2e.test",
  name: "E2E operator",
  password: "operator-password-123",
} as const;
export const E2E_VIEWER = {
  role: "viewer",
  email: "viewer@e2e.test",
  name: "E2E viewer",
  password: "viewer-password-123",
} as const;
