import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/field";
import { CATEGORIES, CREDENTIAL_STATUSES } from "@/lib/delegates/schema";
import { SEATINGS } from "@/lib/delegates/seating";

type Values = { unit: string; category: string; status: string; seating: string; q: string };

/** A GET form: filters live in the URL, so a filtered list can be bookmarked or shared. */
export function RosterFilters({ units, values }: { units: { id: string; name: string }[]; values: Values }) {
  const t = useTranslations("delegates");
  return (
    <form method="get" role="search" aria-label={t("filters.legend")} className="grid gap-3 rounded-lg border border-stone-200 bg-white p-3 sm:grid-cols-2 lg:grid-cols-6">
      <div className="space-y-1 lg:col-span-2">
        <label htmlFor="q" className="block text-sm font-medium">{t("filters.search")}</label>
        <Input id="q" name="q" type="search" defaultValue={values.q} placeholder={t("filters.searchHelp")} aria-describedby="q-help" />
        <p id="q-help" className="sr-only">{t("filters.searchHelp")}</p>
      </div>
      <div className="space-y-1">
        <label htmlFor="unit" className="block text-sm font-medium">{t("filters.unit")}</label>
        <Select id="unit" name="unit" defaultValue={values.unit}>
          <option value="">{t("filters.all")}</option>
          {units.map((u) => (
            <option key={u.id} value={u.id}>{u.name}</option>
          ))}
        </Select>
      </div>
      <div className="space-y-1">
        <label htmlFor="category" className="block text-sm font-medium">{t("filters.category")}</label>
        <Select id="category" name="category" defaultValue={values.category}>
          <option value="">{t("filters.all")}</option>
          {CATEGORIES.map((c) => (
            <option key={c} value={c}>{t(`category.${c}`)}</option>
          ))}
        </Select>
      </div>
      <div className="space-y-1">
        <label htmlFor="status" className="block text-sm font-medium">{t("filters.status")}</label>
        <Select id="status" name="status" defaultValue={values.status}>
          <option value="">{t("filters.all")}</option>
          {CREDENTIAL_STATUSES.map((c) => (
            <option key={c} value={c}>{t(`credential.${c}`)}</option>
          ))}
        </Select>
      </div>
      <div className="space-y-1">
        <label htmlFor="seating" className="block text-sm font-medium">{t("filters.seating")}</label>
        <Select id="seating" name="seating" defaultValue={values.seating}>
          <option value="">{t("filters.all")}</option>
          {SEATINGS.map((c) => (
            <option key={c} value={c}>{t(`seating.${c}`)}</option>
          ))}
        </Select>
      </div>
      <div className="flex flex-wrap items-end gap-2 sm:col-span-2 lg:col-span-6">
        <Button type="submit">{t("filters.apply")}</Button>
        <a href="?" className="min-h-10 px-3 py-2 text-sm underline-offset-2 hover:underline">{t("filters.clear")}</a>
      </div>
    </form>
  );
}
