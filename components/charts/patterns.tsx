// SVG patterns so that a state reads without colour: hatched = late or blocked, dotted = planned.
import { CHART } from "./palette";

export function Hatch({ id, color }: { id: string; color: string }) {
  return (
    <pattern id={id} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <rect width="6" height="6" fill={CHART.paper} />
      <rect width="3" height="6" fill={color} />
    </pattern>
  );
}

export function Dots({ id, color }: { id: string; color: string }) {
  return (
    <pattern id={id} width="5" height="5" patternUnits="userSpaceOnUse">
      <rect width="5" height="5" fill={CHART.paper} />
      <circle cx="2.5" cy="2.5" r="1.5" fill={color} />
    </pattern>
  );
}

/** A small legend swatch drawn like the bars it explains. */
export function Swatch({ fill, pattern, outline }: { fill: string; pattern?: "hatch" | "dots"; outline?: boolean }) {
  const id = `sw-${pattern ?? "solid"}-${fill.slice(1)}`;
  return (
    <svg aria-hidden width="14" height="14" className="inline-block shrink-0 align-[-2px]">
      {pattern && <defs>{pattern === "hatch" ? <Hatch id={id} color={fill} /> : <Dots id={id} color={fill} />}</defs>}
      <rect x="0.5" y="0.5" width="13" height="13" rx="2" fill={pattern ? `url(#${id})` : fill} stroke={outline || pattern ? fill : "none"} />
    </svg>
  );
}
