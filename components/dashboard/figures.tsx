import { getTranslations } from "@/lib/i18n/server";
import { ProgressBar } from "@/components/charts/progress-bar";
import { cn } from "@/components/ui/cn";
import type { CongressFigures } from "@/lib/dashboard/data";

type Tile = { key: string; label: string; value: string; note?: string; alert?: boolean; bar?: { value: number; total: number; label: string } };

/** The headline figures of a congress as tiles: the dashboard shows them, the province page per district. */
export async function FigureTiles({ figures, compact }: { figures: CongressFigures; compact?: boolean }) {
  const t = await getTranslations("dashboard");
  const f = figures;
  const tiles: Tile[] = [
    {
      key: "opening",
      label: t("opening"),
      value: f.daysToOpening === null ? t("noOpening") : f.daysToOpening >= 0 ? t("daysLeft", { days: f.daysToOpening }) : t("daysAgo", { days: -f.daysToOpening }),
    },
    {
      key: "milestones",
      label: t("milestones"),
      value: `${f.milestones.done}/${f.milestones.total}`,
      note: f.milestones.late ? t("late", { count: f.milestones.late }) : undefined,
      alert: f.milestones.late > 0,
      bar: { value: f.milestones.done, total: f.milestones.total, label: t("milestonesBar", { done: f.milestones.done, total: f.milestones.total }) },
    },
    {
      key: "tasks",
      label: t("tasks"),
      value: `${f.tasks.byStatus.DONE}/${f.tasks.total}`,
      note: f.tasks.overdue ? t("overdue", { count: f.tasks.overdue }) : undefined,
      alert: f.tasks.overdue > 0,
      bar: { value: f.tasks.byStatus.DONE, total: f.tasks.total, label: t("tasksBar", { done: f.tasks.byStatus.DONE, total: f.tasks.total }) },
    },
    {
      key: "documents",
      label: t("documents"),
      value: `${f.documents.byStatus.FINAL}/${f.documents.total}`,
      bar: { value: f.documents.byStatus.FINAL, total: f.documents.total, label: t("documentsBar", { done: f.documents.byStatus.FINAL, total: f.documents.total }) },
    },
  ];
  if (f.grassroots) {
    tiles.push({
      key: "grassroots",
      label: t("grassroots"),
      value: `${f.grassroots.held}/${f.grassroots.total}`,
      bar: { value: f.grassroots.held, total: f.grassroots.total, label: t("grassrootsBar", { held: f.grassroots.held, total: f.grassroots.total }) },
    });
  }
  return (
    <dl className={cn("grid gap-3", compact ? "grid-cols-2" : "grid-cols-2 md:grid-cols-3 xl:grid-cols-5")}>
      {tiles.map((tile) => (
        <div key={tile.key} data-figure={tile.key} className={cn("rounded-lg border bg-white p-3", tile.alert ? "border-red-300" : "border-stone-200", compact && tile.key === "opening" && "col-span-2")}>
          <dt className="text-xs font-medium text-muted uppercase">{tile.label}</dt>
          <dd className="space-y-1">
            <span className={cn("block font-semibold tabular-nums", compact ? "text-lg" : "text-2xl")}>{tile.value}</span>
            {tile.bar && <ProgressBar {...tile.bar} />}
            {tile.note && <span className="block text-xs font-medium text-red-800">{tile.note}</span>}
          </dd>
        </div>
      ))}
    </dl>
  );
}
