import Link from "next/link";

export default function ApprovalLinkNotFound() {
  return (
    <main className="flex min-h-[50dvh] flex-col items-center justify-center gap-3 p-6 text-center">
      <h1 className="text-2xl font-semibold">Not a valid approval link</h1>
      <p className="max-w-md text-muted-foreground">
        This link was not made by Mission Control, or it was altered or cut short. Nothing was
        decided. Open the mission page to decide there.
      </p>
      <Link href="/missions" className="underline underline-offset-4">
        Go to missions
      </Link>
    </main>
  );
}
