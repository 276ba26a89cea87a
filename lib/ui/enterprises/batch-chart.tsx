"use client";
// Batches over time. Two series told apart by pattern as well as colour, each bar labelled with
// its number; the same numbers are in the table beside it (which screen readers read instead).
import { Bar, BarChart, CartesianGrid, LabelList, Legend, ResponsiveContainer, XAxis, YAxis } from "recharts";

export type BatchPoint = { label: string; held: number; announced: number | null };

type Props = { data: readonly BatchPoint[]; heldLabel: string; announcedLabel: string };

export function BatchChart({ data, heldLabel, announcedLabel }: Props) {
  return (
    <div aria-hidden="true" className="h-72 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={[...data]} margin={{ top: 20, right: 8, bottom: 4, left: 0 }} accessibilityLayer={false}>
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
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 12, fill: "#1f2328" }} />
          <YAxis tick={{ fontSize: 12, fill: "#1f2328" }} width={48} />
          <Legend />
          <Bar dataKey="held" name={heldLabel} fill="#a11d21" isAnimationActive={false}>
            <LabelList dataKey="held" position="top" fontSize={11} fill="#1f2328" />
          </Bar>
          <Bar
            dataKey="announced"
            name={announcedLabel}
            fill="url(#announced-hatch)"
            stroke="#4b5563"
            isAnimationActive={false}
          >
            <LabelList dataKey="announced" position="top" fontSize={11} fill="#1f2328" />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
