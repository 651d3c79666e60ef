import { getTranslations } from "@/lib/i18n/server";

export async function PageLoading() {
  const t = await getTranslations("common");
  return (
    <div role="status" className="flex items-center gap-3 py-10 text-muted">
      <span aria-hidden className="size-5 animate-spin rounded-full border-2 border-stone-400 border-t-transparent" />
      {t("loading")}
    </div>
  );
}
