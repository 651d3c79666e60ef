import Link from "next/link";
import { formatDate } from "@/lib/dates";
import { getTranslations } from "@/lib/i18n/server";

export type EndedUnit = { id: string; name: string; href: string; kind?: string; status: string; statusChangedOn: Date | null; successorName?: string | null };

/**
 * Organisations that ended (a district dissolved on 1/7/2025, a province merged into another),
 * each linking to the records it keeps, with its level, its life and who took over.
 */
export async function HistoryList({ units }: { units: EndedUnit[] }) {
  const t = await getTranslations("unit");
  return (
    <ul className="divide-y divide-stone-100">
      {units.map((u) => (
        <li key={u.id} className="py-2">
          <Link href={u.href} className="font-medium text-blue-800 underline">
            {u.name}
          </Link>{" "}
          <span className="text-sm text-muted">
            {[
              u.kind ? t(`kind.${u.kind}`) : null,
              `${t(`status.${u.status}`)}${u.statusChangedOn ? ` ${t("since", { date: formatDate(u.statusChangedOn) })}` : ""}`,
              u.successorName ? t("successor", { name: u.successorName }) : null,
            ]
              .filter(Boolean)
              .join(" · ")}
          </span>
        </li>
      ))}
    </ul>
  );
}
