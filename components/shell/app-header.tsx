import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";
import { signOutAction } from "@/lib/auth/actions";

export async function AppHeader({ userName }: { userName: string }) {
  const t = await getTranslations();
  return (
    <header className="no-print border-b border-stone-200 bg-white">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
        {t("common.skipToContent")}
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 py-3">
        <Link href="/" className="flex items-center gap-2 font-semibold text-brand-700">
          <span aria-hidden className="inline-block size-3 rounded-sm bg-brand-700" />
          <span>{t("app.shortName")}</span>
        </Link>
        <nav aria-label={t("nav.main")} className="flex items-center gap-1 text-sm">
          <span className="hidden px-2 text-muted sm:inline">{t("nav.signedInAs", { name: userName })}</span>
          <Link href="/tasks" className="rounded-md px-3 py-2 hover:bg-stone-100">
            {t("myTasks.nav")}
          </Link>
          <Link href="/settings" className="rounded-md px-3 py-2 hover:bg-stone-100">
            {t("nav.settings")}
          </Link>
          <form action={signOutAction}>
            <button type="submit" className="rounded-md px-3 py-2 hover:bg-stone-100">
              {t("nav.signOut")}
            </button>
          </form>
        </nav>
      </div>
    </header>
  );
}
