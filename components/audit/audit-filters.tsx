import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/field";
import { AUDIT_KINDS, type AuditFilters } from "@/lib/audit/schema";

type Option = { value: string; label: string };

/** A plain GET form: the filters live in the URL, so a filtered log can be shared and reloaded. */
export async function AuditFilterForm({ action, filters, users, districts }: { action: string; filters: AuditFilters; users: Option[]; districts?: Option[] }) {
  const t = await getTranslations("auditLog");
  const select = (name: keyof AuditFilters, label: string, options: Option[]) => (
    <label className="space-y-1 text-sm">
      <span className="block font-medium">{label}</span>
      <Select name={name} defaultValue={filters[name] ?? ""} className="py-1.5 text-sm">
        <option value="">{t("filters.all")}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Select>
    </label>
  );
  const input = (name: keyof AuditFilters, label: string, type: string, extra: Record<string, string> = {}) => (
    <label className="space-y-1 text-sm">
      <span className="block font-medium">{label}</span>
      <Input name={name} type={type} defaultValue={filters[name] ?? ""} className="py-1.5 text-sm" {...extra} />
    </label>
  );
  return (
    <form method="get" action={action} aria-label={t("filters.title")} className="mb-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-4 lg:items-end">
      {districts && select("district", t("filters.district"), districts)}
      {select("kind", t("filters.kind"), AUDIT_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) })))}
      {select("user", t("filters.user"), users)}
      {input("from", t("filters.from"), "date")}
      {input("to", t("filters.to"), "date")}
      {input("record", t("filters.record"), "text", { pattern: "[0-9a-fA-F-]{36}", title: t("filters.recordHelp"), spellCheck: "false", autoComplete: "off" })}
      <div className="flex gap-2">
        <button type="submit" className={buttonClass("primary")}>
          {t("filters.apply")}
        </button>
        <Link href={action} className={buttonClass("ghost")}>
          {t("filters.clear")}
        </Link>
      </div>
    </form>
  );
}
