"use client";
// Batches as horizontal bars: one row per batch, so a 320 px phone has room for every label
// (upright columns left ~15 px per bar there, and their numbers ran into each other). Two series
// told apart by pattern as well as colour; each number sits in dark text on the page's white
// beside its bar, never on a fill. The same numbers are in the table beside it, which screen
// readers read instead.
import { Bar, BarChart, LabelList, Legend, ResponsiveContainer, XAxis, YAxis } from "recharts";

export type BatchPoint = { label: string; held: number; announced: number | null };

type Props = { data: readonly BatchPoint[]; heldLabel: string; announcedLabel: string; locale: string };

const INK = "#1f2328";
const ROW_HEIGHT = 44;

export function BatchChart({ data, heldLabel, announcedLabel, locale }: Props) {
  const number = new Intl.NumberFormat(locale);
  const label = (value: unknown) => (typeof value === "number" ? number.format(value) : "");
  return (
    <div aria-hidden="true" className="w-full" style={{ height: data.length * ROW_HEIGHT + 48 }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart
          data={[...data]}
          layout="vertical"
          margin={{ top: 4, right: 48, bottom: 4, left: 0 }}
          barCategoryGap={6}
          accessibilityLayer={false}
        >
          <defs>
            <pattern
              id="announced-hatch"
              width="6"
              height="6"
              patternUnits="userSpaceOnUse"
              patternTransform="rotate(45)"
            >
              <rect width="6" height="6" fill="#ffffff" />
              <line x1="0" y1="0" x2="0" y2="6" stroke="#4b5563" strokeWidth="3" />
            </pattern>
          </defs>
          <XAxis type="number" hide />
          <YAxis type="category" dataKey="label" width={64} tick={{ fontSize: 12, fill: INK }} tickLine={false} />
          <Legend verticalAlign="top" formatter={(value) => <span style={{ color: INK }}>{value}</span>} />
          <Bar dataKey="held" name={heldLabel} fill="#a11d21" isAnimationActive={false}>
            <LabelList dataKey="held" position="right" fontSize={11} fill={INK} formatter={label} />
          </Bar>
          <Bar
            dataKey="announced"
            name={announcedLabel}
            fill="url(#announced-hatch)"
            stroke="#4b5563"
            isAnimationActive={false}
          >
            <LabelList dataKey="announced" position="right" fontSize={11} fill={INK} formatter={label} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
