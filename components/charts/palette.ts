// Chart colours: each at least 3:1 against white (WCAG 1.4.11 for graphics), and never the only
// cue: bars carry patterns, labels or numbers too. Charts take every colour from here.
export const CHART = {
  done: "#15803d", // green-700
  active: "#1d4ed8", // blue-700
  warn: "#b45309", // amber-700
  late: "#b91c1c", // red-700
  todo: "#78716c", // stone-500
  // Not information: the empty part of a bar, a bar's background, a target band, the paper.
  track: "#e7e5e4", // stone-200
  surface: "#f5f5f4", // stone-100
  band: "#d6d3d1", // stone-300
  paper: "#ffffff",
  ink: "#1c1917",
  muted: "#57534e",
  target: "#1c1917",
} as const;

export const TASK_STATUS_COLOR = { TODO: CHART.todo, IN_PROGRESS: CHART.active, BLOCKED: CHART.warn, DONE: CHART.done } as const;
