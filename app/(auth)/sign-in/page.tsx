import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "@/lib/i18n/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getActor } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("signInTitle") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  if (await getActor()) redirect("/");
  const [{ callbackUrl }, t] = await Promise.all([searchParams, getTranslations()]);
  return (
    <main id="main" className="flex min-h-dvh items-center justify-center px-4 py-10">
      <div className="w-full max-w-sm">
        <p className="mb-2 text-center text-sm font-semibold tracking-wide text-brand-700 uppercase">{t("app.shortName")}</p>
        <div className="rounded-lg border border-stone-200 bg-white p-6 shadow-sm">
          <h1 className="mb-1 text-2xl font-bold">{t("auth.signInTitle")}</h1>
          <p className="mb-6 text-sm text-muted">{t("auth.signInIntro")}</p>
          <SignInForm callbackUrl={callbackUrl} />
        </div>
        <p className="mt-6 text-center text-xs text-muted">{t("app.tagline")}</p>
      </div>
    </main>
  );
}
