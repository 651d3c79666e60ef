// Charts drawn as SVG on the server, each with its figures in text for screen readers: a chart
// is role="img" with an aria-label, or decorative next to a table that carries the same numbers.
import { formatDate } from "@/lib/dates";

export const STATUS_COLORS = {
  TODO: "#a8a29e",
  IN_PROGRESS: "#2563eb",
  BLOCKED: "#d97706",
  DONE: "#16a34a",
} as const;

export function ProgressBar({ value, total, label, color = "#16a34a" }: { value: number; total: number; label: string; color?: string }) {
  const width = total > 0 ? Math.min(100, (value / total) * 100) : 0;
  return (
    <svg role="img" aria-label={label} viewBox="0 0 100 8" preserveAspectRatio="none" className="h-2.5 w-full">
      <rect width="100" height="8" rx="4" fill="#e7e5e4" />
      {width > 0 && <rect width={width} height="8" rx="4" fill={color} />}
    </svg>
  );
}

/** One horizontal bar split by status; decorative, the table beside it holds the numbers. */
export function StackedBar({ counts, order }: { counts: Record<string, number>; order: readonly (keyof typeof STATUS_COLORS)[] }) {
  const total = order.reduce((n, k) => n + (counts[k] ?? 0), 0);
  let x = 0;
  return (
    <svg aria-hidden viewBox="0 0 100 8" preserveAspectRatio="none" className="h-2.5 w-full min-w-16">
      <rect width="100" height="8" rx="2" fill="#f5f5f4" />
      {total > 0 &&
        order.map((k) => {
          const w = ((counts[k] ?? 0) / total) * 100;
          const rect = w > 0 ? <rect key={k} x={x} width={w} height="8" fill={STATUS_COLORS[k]} /> : null;
          x += w;
          return rect;
        })}
    </svg>
  );
}

export type TimelinePoint = { id: string; plannedOn: string; status: string; late: boolean };

const POINT_COLOR = (p: TimelinePoint) => (p.status === "DONE" ? "#16a34a" : p.late ? "#b91c1c" : p.status === "IN_PROGRESS" ? "#2563eb" : "#78716c");

/**
 * The milestones on a line from the first to the last date, numbered like the list beside it,
 * with today's position marked; a today outside the calendar sits at its edge with an arrow.
 */
export function TimelineChart({ points, today, label, todayLabel }: { points: TimelinePoint[]; today: string; label: string; todayLabel: string }) {
  if (points.length === 0) return null;
  const days = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
  const first = days(points[0]!.plannedOn);
  const last = days(points[points.length - 1]!.plannedOn);
  const span = Math.max(1, last - first);
  const x = (iso: string) => 40 + Math.min(1, Math.max(0, (days(iso) - first) / span)) * 920;
  const offset = days(today) < first ? -1 : days(today) > last ? 1 : 0;
  const todayX = offset < 0 ? 20 : offset > 0 ? 980 : x(today);
  const anchor = todayX > 700 ? "end" : todayX < 300 ? "start" : "middle";
  const todayText = `${offset < 0 ? "← " : ""}${todayLabel} ${formatDate(today)}${offset > 0 ? " →" : ""}`;
  return (
    <svg role="img" aria-label={label} viewBox="0 0 1000 90" className="h-auto w-full">
      <line x1="40" y1="50" x2="960" y2="50" stroke="#d6d3d1" strokeWidth="4" strokeLinecap="round" />
      {offset >= 0 && <line x1="40" y1="50" x2={Math.min(960, todayX)} y2="50" stroke="#a51b1b" strokeWidth="4" strokeLinecap="round" />}
      {points.map((p, i) => (
        <g key={p.id}>
          <circle cx={x(p.plannedOn)} cy="50" r="13" fill={POINT_COLOR(p)} stroke="white" strokeWidth="3" />
          <text x={x(p.plannedOn)} y="55" textAnchor="middle" fontSize="14" fontWeight="700" fill="white">
            {i + 1}
          </text>
        </g>
      ))}
      <line x1={todayX} y1="22" x2={todayX} y2="82" stroke="#a51b1b" strokeWidth="2" strokeDasharray="4 3" />
      <text x={todayX} y="15" textAnchor={anchor} fontSize="14" fill="#a51b1b">
        {todayText}
      </text>
    </svg>
  );
}
