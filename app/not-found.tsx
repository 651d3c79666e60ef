import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";
import { buttonClass } from "@/components/ui/button";

export default async function NotFound() {
  const t = await getTranslations();
  return (
    <main className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="mb-3 text-2xl font-bold">{t("errors.notFoundTitle")}</h1>
      <p className="mb-6 text-muted">{t("errors.notFoundText")}</p>
      <Link href="/" className={buttonClass("secondary")}>
        {t("common.home")}
      </Link>
    </main>
  );
}
