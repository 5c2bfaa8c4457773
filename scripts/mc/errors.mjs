/** Exit codes scripts can rely on. */
export const EXIT = { ok: 0, failed: 1, usage: 2, unauthorized: 3 };

/** Wrong arguments: the message and the command's usage, exit 2. */
export class UsageError extends Error {
  exitCode = EXIT.usage;
}

/** The API refused or failed, or the user asked for something that cannot be: exit 1. */
export class CommandError extends Error {
  exitCode = EXIT.failed;
}

/** Not logged in, or the token is refused or lacks the role: exit 3. */
export class UnauthorizedError extends Error {
  exitCode = EXIT.unauthorized;
}
