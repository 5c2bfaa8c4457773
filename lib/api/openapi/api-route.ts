import type { z } from "zod";
import type { Role } from "@/lib/auth/roles";

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** One `/api/v1` operation as the OpenAPI document and the docs page describe it. */
export type ApiRoute = {
  method: HttpMethod;
  /** OpenAPI style: `/api/v1/missions/{id}`. */
  path: string;
  summary: string;
  /** The least role a session or token needs. */
  role: Role;
  /** The path parameters, each described. */
  params?: Record<string, string>;
  query?: z.ZodType;
  body?: z.ZodType;
  response: { status: number; description: string; schema: z.ZodType };
  example?: { body?: unknown; response?: unknown };
};
