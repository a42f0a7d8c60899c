import { dated } from '../lib/annotate/report-dates';
import { axisScale, type NumberAxis } from '../lib/compare/number-axis';

/** Drawing units (the SVG scales to its box's width). */
const WIDTH = 400;
const LEFT = 8;
const RIGHT = 14;
const ROW = 34;
const TOP = 4;
const AXIS = 24;

/** Characters of a row label that fit the drawing's width at its font size; the full wording is in the chart's title. */
const LABEL_CHARS = 62;

function clip(s: string): string {
  return s.length <= LABEL_CHARS ? s : `${s.slice(0, LABEL_CHARS - 1).trimEnd()}…`;
}

function format(n: number): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: 1 });
}

function bounds(min: number, max: number | null): string {
  if (max === null) return `${format(min)} or more`;
  if (min === max) return format(min);
  return `${format(min)} to ${format(max)}`;
}

/**
 * One figure as each outlet states it, on one horizontal axis: a dot for an exact figure, a bar for
 * an interval, a bar running off the right edge with an arrow for an open-ended one ("more than 75").
 * The page's own figure is drawn in the accent colour with a dashed guide through every row. All
 * labels are SVG <text> nodes.
 */
export function NumberAxisChart({ axis }: { axis: NumberAxis }) {
  const scale = axisScale(axis);
  const x = (v: number) => LEFT + ((v - scale.lo) / (scale.hi - scale.lo || 1)) * (WIDTH - LEFT - RIGHT);
  const height = TOP + axis.points.length * ROW + AXIS;
  const axisY = TOP + axis.points.length * ROW + 4;
  const here = axis.points.find((p) => p.here);
  // Dates are named when they order the rows (outlets' dates differ); years only when the points span more than one.
  const withYear = new Set(axis.points.flatMap((p) => (p.date ? [p.date.slice(0, 4)] : []))).size > 1;
  const name = (p: NumberAxis['points'][number]) => (axis.byDate ? dated(p.outlet, p.date, withYear) : p.outlet);
  const description = axis.points.map((p) => `${name(p)}: ${p.text} (${bounds(p.min, p.max)})`).join('; ');
  return (
    <figure class="axis">
      <figcaption>
        Figures for “<span class="axis-label">{axis.label}</span>”{axis.byDate ? <span class="axis-order">, earliest report first</span> : null}
      </figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" role="img" aria-label={description} preserveAspectRatio="xMinYMin meet">
        <title>{description}</title>
        {here ? (
          <line class="guide" x1={x(here.min)} x2={x(here.min)} y1={TOP} y2={axisY} stroke="#2563eb" stroke-width="1" stroke-dasharray="3 3" opacity="0.5" />
        ) : null}
        {axis.points.map((p, i) => {
          const y = TOP + i * ROW + 24;
          const colour = p.here ? '#2563eb' : '#57606a';
          const x0 = x(p.min);
          return (
            <g key={i} class={p.here ? 'point here' : 'point'}>
              <text x={LEFT} y={y - 11} font-size="11" fill="#1f2328" font-weight={p.here ? 'bold' : 'normal'}>
                {clip(`${name(p)}: ${p.text}`)}
              </text>
              {p.max === null ? (
                <>
                  <line x1={x0} x2={WIDTH - RIGHT + 4} y1={y} y2={y} stroke={colour} stroke-width="5" stroke-linecap="round" />
                  <path d={`M ${WIDTH - RIGHT + 2} ${y - 5} L ${WIDTH - 2} ${y} L ${WIDTH - RIGHT + 2} ${y + 5} Z`} fill={colour} />
                  <circle cx={x0} cy={y} r="4" fill="#fff" stroke={colour} stroke-width="2" />
                </>
              ) : p.max === p.min ? (
                <circle cx={x0} cy={y} r="5" fill={colour} />
              ) : (
                <line x1={x0} x2={x(p.max)} y1={y} y2={y} stroke={colour} stroke-width="5" stroke-linecap="round" />
              )}
            </g>
          );
        })}
        <line x1={LEFT} x2={WIDTH - RIGHT} y1={axisY} y2={axisY} stroke="#8c959f" stroke-width="1" />
        {scale.ticks.map((t) => (
          <g key={t}>
            <line x1={x(t)} x2={x(t)} y1={axisY} y2={axisY + 4} stroke="#8c959f" stroke-width="1" />
            <text x={x(t)} y={axisY + 15} font-size="10" fill="#57606a" text-anchor="middle">
              {format(t)}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  );
}
