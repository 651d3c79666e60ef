import { getTranslations } from "@/lib/i18n/server";
import { FilterForm, FilterInput, type FilterOption, FilterSelect } from "@/components/ui/filter-form";
import { AUDIT_KINDS, type AuditFilters } from "@/lib/audit/schema";
import { formatDate } from "@/lib/dates";

export async function AuditFilterForm({ action, filters, users, organisations }: { action: string; filters: AuditFilters; users: FilterOption[]; organisations?: FilterOption[] }) {
  const [t, tp] = await Promise.all([getTranslations("auditLog"), getTranslations("planning")]);
  const select = (name: keyof AuditFilters, label: string, options: FilterOption[]) => <FilterSelect name={name} label={label} value={filters[name]} allLabel={t("filters.all")} options={options} />;
  return (
    <FilterForm action={action} title={t("filters.title")} applyLabel={t("filters.apply")} clearLabel={t("filters.clear")} className="mb-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-4 lg:items-end">
      {organisations && select("organisation", t("filters.organisation"), organisations)}
      {select("kind", t("filters.kind"), AUDIT_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) })))}
      {select("user", t("filters.user"), users)}
      {/* dd/mm/yyyy as text: a native date field shows mm/dd/yyyy in an English browser. */}
      <FilterInput name="from" label={t("filters.from")} type="text" inputMode="numeric" placeholder={tp("datePlaceholder")} maxLength="10" autoComplete="off" value={formatDate(filters.from)} />
      <FilterInput name="to" label={t("filters.to")} type="text" inputMode="numeric" placeholder={tp("datePlaceholder")} maxLength="10" autoComplete="off" value={formatDate(filters.to)} />
      <FilterInput name="record" label={t("filters.record")} type="text" value={filters.record} pattern="[0-9a-fA-F-]{36}" title={t("filters.recordHelp")} spellCheck="false" autoComplete="off" />
    </FilterForm>
  );
}
