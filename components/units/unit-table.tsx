import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";
import { UnitStatusBadge } from "@/components/shell/status-badges";
import { formatDate } from "@/lib/dates";
import type { UnitRow } from "@/lib/units/data";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { isOrganisationKind } from "@/lib/units/levels";

/** Grassroots organisations with their cells indented beneath them; ended units stay listed. */
export async function UnitTable({ units, organisationId }: { units: UnitRow[]; organisationId: string }) {
  const t = await getTranslations();
  const children = new Map<string, UnitRow[]>();
  for (const u of units) if (u.kind === "CELL" && u.parentId) children.set(u.parentId, [...(children.get(u.parentId) ?? []), u]);
  const top = units.filter((u) => u.kind !== "CELL");
  const rows = top.flatMap((u) => [{ unit: u, depth: 0 }, ...(children.get(u.id) ?? []).map((c) => ({ unit: c, depth: 1 }))]);

  return (
    <ScrollRegion label={t("organisation.units")}>
      <table className="w-full text-left text-sm sm:min-w-[36rem]">
        <thead className="border-b border-stone-300 text-muted">
          <tr>
            <th scope="col" className="py-2 pr-3 font-medium">{t("organisation.columns.name")}</th>
            <th scope="col" className="hidden py-2 pr-3 font-medium sm:table-cell">{t("organisation.columns.kind")}</th>
            <th scope="col" className="hidden py-2 pr-3 font-medium sm:table-cell">{t("organisation.columns.block")}</th>
            <th scope="col" className="py-2 pr-3 text-right font-medium">{t("organisation.columns.members")}</th>
            <th scope="col" className="py-2 font-medium">{t("organisation.columns.status")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-100">
          {rows.map(({ unit, depth }) => (
            <tr key={unit.id} className={unit.status === "ACTIVE" ? "" : "text-muted"}>
              <td className={depth ? "py-2 pr-3 pl-6" : "py-2 pr-3 font-medium"}>
                {depth > 0 && <span aria-hidden>└ </span>}
                {/* A province's units below are organisations, each with its own page. */}
                <Link href={isOrganisationKind(unit.kind) ? `/organisations/${unit.id}` : `/organisations/${organisationId}/units/${unit.id}`} className="text-blue-800 hover:underline">
                  {unit.name}
                </Link>
                {/* On a phone the kind goes under the name instead of in a column of its own. */}
                <span className="block text-xs font-normal text-muted sm:hidden">{t(`unit.kind.${unit.kind}`)}</span>
              </td>
              <td className="hidden py-2 pr-3 sm:table-cell">{t(`unit.kind.${unit.kind}`)}</td>
              <td className="hidden py-2 pr-3 sm:table-cell">{unit.block ? t(`unit.block.${unit.block}`) : ""}</td>
              <td className="py-2 pr-3 text-right tabular-nums">{unit.memberCount ?? ""}</td>
              <td className="py-2">
                <UnitStatusBadge status={unit.status as "ACTIVE"} />
                {unit.status !== "ACTIVE" && (
                  <span className="ml-2 text-xs">
                    {unit.successorName ? t("unit.mergedInto", { name: unit.successorName }) : ""}
                    {unit.statusChangedOn ? ` ${t("unit.since", { date: formatDate(unit.statusChangedOn) })}` : ""}
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
