import { NextResponse } from "next/server";
import { pingDatabase } from "@/lib/data/health/ping-database";

export const dynamic = "force-dynamic";

export async function GET() {
  const db = await pingDatabase();
  return NextResponse.json(
    db ? { status: "ok", db: "ok" } : { status: "error", db: "unreachable" },
    { status: db ? 200 : 503, headers: { "cache-control": "no-store" } },
  );
}
