import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { getSessionActor } from "@/lib/auth/current-actor";
import { safeCallbackPath } from "@/lib/auth/safe-callback-path";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string }>;
}) {
  if (await getSessionActor()) redirect("/");
  const { callbackUrl } = await searchParams;
  return (
    <main className="flex min-h-dvh items-center justify-center p-4">
      <Card className="w-full max-w-sm">
        <CardHeader>
          <CardTitle className="text-xl">Mission Control</CardTitle>
          <CardDescription>Sign in to run and watch your agents.</CardDescription>
        </CardHeader>
        <CardContent>
          <SignInForm callbackUrl={safeCallbackPath(callbackUrl)} />
        </CardContent>
      </Card>
    </main>
  );
}
