import type { InitialAdmin } from "@/lib/services/users/ensure-initial-admin";

export function printSignInBanner(options: {
  url: string;
  admin: InitialAdmin;
  configuredEmail?: string;
}) {
  const { url, admin } = options;
  const lines = [`Mission Control is running at ${url}`];
  if (admin.created && admin.generatedPassword) {
    lines.push(
      `Sign in as ${admin.email} with password ${admin.generatedPassword}`,
      "This password is shown only once: keep it, or set MC_ADMIN_PASSWORD before the first start.",
    );
  } else if (admin.created) {
    lines.push(`Sign in as ${admin.email} with the password in MC_ADMIN_PASSWORD.`);
  } else {
    lines.push(
      `Sign in with your account${options.configuredEmail ? ` (${options.configuredEmail})` : ""}: the admin password was printed at the first start.`,
      "Forgot it? Stop Mission Control and run `npm run reset-admin-password`.",
    );
  }
  const width = Math.max(...lines.map((line) => line.length));
  const rule = "─".repeat(width + 2);
  console.log(
    `\n┌${rule}┐\n${lines.map((line) => `│ ${line.padEnd(width)} │`).join("\n")}\n└${rule}┘\n`,
  );
}
