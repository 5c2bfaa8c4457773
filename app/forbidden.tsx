import Link from "next/link";

export default function Forbidden() {
  return (
    <main className="flex min-h-[60dvh] flex-col items-center justify-center gap-3 p-6 text-center">
      <h1 className="text-2xl font-semibold">Not allowed</h1>
      <p className="text-muted-foreground">
        Your role does not give access to this page. Ask an admin if you need it.
      </p>
      <Link href="/" className="underline underline-offset-4">
        Back to the overview
      </Link>
    </main>
  );
}
