import Link from "next/link";

export default function ApprovalLinkRefused() {
  return (
    <main className="flex min-h-[50dvh] flex-col items-center justify-center gap-3 p-6 text-center">
      <h1 className="text-2xl font-semibold">This approval link no longer works</h1>
      <p className="max-w-md text-muted-foreground">
        Each link works once and only until its approval times out: this one was already used, has
        expired, or its approval was already decided. Nothing was changed.
      </p>
      <Link href="/missions" className="underline underline-offset-4">
        Go to missions
      </Link>
    </main>
  );
}
