import { getTranslations } from "@/lib/i18n/server";
import type { CongressFigures } from "@/lib/dashboard/data";
import { type FigureTile, FigureTileList } from "./figure-tile-list";

/** The headline figures of a congress as tiles: the dashboard shows them, the province page per organisation. */
export async function FigureTiles({ figures, compact }: { figures: CongressFigures; compact?: boolean }) {
  const t = await getTranslations("dashboard");
  const f = figures;
  const tiles: FigureTile[] = [
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
  return <FigureTileList tiles={tiles} compact={compact} />;
}
