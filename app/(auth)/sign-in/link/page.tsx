import type { Metadata } from "next";
import { getTranslations } from "@/lib/i18n/server";
import { RedeemLinkForm } from "@/components/setup/redeem-link-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("setup"))("choosePassword") };
}

/** A one-time sign-in link: the token travels in the address's fragment, never to a server log. */
export default async function SignInLinkPage() {
  const t = await getTranslations();
  return (
    <main id="main" className="flex min-h-dvh items-center justify-center px-4 py-10">
      <div className="w-full max-w-sm rounded-lg border border-stone-200 bg-white p-6 shadow-sm">
        <h1 className="mb-4 text-2xl font-bold">{t("setup.choosePassword")}</h1>
        <RedeemLinkForm />
      </div>
    </main>
  );
}
