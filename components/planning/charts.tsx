// Charts drawn as SVG on the server, each with its figures in text for screen readers: a chart
// is role="img" with an aria-label, or decorative next to a table that carries the same numbers.
export function ProgressBar({ value, total, label, color = "#15803d" }: { value: number; total: number; label: string; color?: string }) {
  const width = total > 0 ? Math.min(100, (value / total) * 100) : 0;
  return (
    <svg role="img" aria-label={label} viewBox="0 0 100 8" preserveAspectRatio="none" className="h-2.5 w-full">
      <rect width="100" height="8" rx="4" fill="#e7e5e4" />
      {width > 0 && <rect width={width} height="8" rx="4" fill={color} />}
    </svg>
  );
}
