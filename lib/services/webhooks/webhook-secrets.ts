import { randomBytes } from "node:crypto";

/** A GitHub webhook secret: 32 random bytes as hex, as GitHub's settings page accepts. */
export const newGithubSecret = () => randomBytes(32).toString("hex");

/** A Standard Webhooks secret: `whsec_` and 32 random bytes in base64. */
export const newStandardSecret = () => `whsec_${randomBytes(32).toString("base64")}`;
