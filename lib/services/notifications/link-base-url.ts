import { z } from "zod";
import { findSetting } from "@/lib/data/settings/find-setting";
import { getEnv } from "@/lib/env";

export const LINK_BASE_URL_SETTING = "notifications.link_base_url";

/**
 * Where links in notifications point: the `notifications.link_base_url` setting (the address a
 * phone reaches Mission Control at, set in Settings as raw JSON), else this server's HOST:PORT.
 */
export async function linkBaseUrl(): Promise<string> {
  const row = await findSetting(LINK_BASE_URL_SETTING);
  const parsed = z.url().safeParse(row?.value);
  if (parsed.success) return parsed.data.replace(/\/+$/, "");
  const { HOST, PORT } = getEnv();
  const host = HOST === "0.0.0.0" || HOST === "::" ? "127.0.0.1" : HOST;
  return `http://${host}:${PORT}`;
}
