"use client";

import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, XAxis, YAxis } from "recharts";

export type GroupRow = { name: string; met: number; open: number; notMet: number };

// Three series told apart by pattern as well as shade, and every bar carries its number.
const patterns = [
  { id: "met", fill: "#1f2937" },
  { id: "open", fill: "url(#hatch)" },
  { id: "notMet", fill: "url(#dots)" },
] as const;

export function GroupChart({ rows, labels }: { rows: GroupRow[]; labels: Record<"met" | "open" | "notMet", string> }) {
  return (
    <div className="h-72 w-full" aria-hidden="true">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} layout="vertical" margin={{ left: 24, right: 24 }} accessibilityLayer={false}>
          <defs>
            <pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="6" height="6" fill="#fff" />
              <line x1="0" y1="0" x2="0" y2="6" stroke="#92400e" strokeWidth="3" />
            </pattern>
            <pattern id="dots" width="6" height="6" patternUnits="userSpaceOnUse">
              <rect width="6" height="6" fill="#fee2e2" />
              <circle cx="3" cy="3" r="1.6" fill="#991b1b" />
            </pattern>
          </defs>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} />
          <YAxis type="category" dataKey="name" width={120} />
          {patterns.map((p) => (
            <Bar
              key={p.id}
              dataKey={p.id}
              stackId="a"
              fill={p.fill}
              stroke="#111827"
              name={labels[p.id]}
              isAnimationActive={false}
            >
              <LabelList
                dataKey={p.id}
                position="inside"
                fill={p.id === "met" ? "#fff" : "#111827"}
                formatter={(v: unknown) => (Number(v) > 0 ? `${labels[p.id]} ${String(v)}` : "")}
              />
            </Bar>
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
