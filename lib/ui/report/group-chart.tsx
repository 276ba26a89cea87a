import type { CSSProperties } from "react";

export type GroupRow = { name: string; met: number; open: number; notMet: number };
type Series = "met" | "open" | "notMet";

// Three series told apart by pattern as well as shade, each outlined in near-black (3:1 and more
// against white). Every number sits on its own white chip, so it reads at any fill (AA for text).
const FILL: Record<Series, CSSProperties> = {
  met: { backgroundColor: "#1f2937" },
  open: { backgroundImage: "repeating-linear-gradient(45deg, #92400e 0 2px, #ffffff 2px 6px)" },
  notMet: {
    backgroundColor: "#fee2e2",
    backgroundImage: "radial-gradient(circle, #991b1b 1.5px, transparent 1.6px)",
    backgroundSize: "6px 6px",
  },
};
const SERIES: readonly Series[] = ["met", "open", "notMet"];

const Swatch = ({ series }: { series: Series }) => (
  <span
    className="inline-block h-4 w-6 shrink-0 border border-gray-900 [print-color-adjust:exact]"
    style={FILL[series]}
  />
);

/**
 * The criteria of each indicator group as a stacked bar: the group's name on its own line, the bar
 * under it, so that nothing overlaps at 320 px. Each segment is at least as wide as its number;
 * the table beside the chart (GroupsView) holds the exact figures for every reader.
 */
export function GroupChart({ rows, labels }: { rows: GroupRow[]; labels: Record<Series, string> }) {
  const largest = Math.max(1, ...rows.map((r) => r.met + r.open + r.notMet));
  return (
    <div aria-hidden="true" data-testid="groups-chart">
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {SERIES.map((s) => (
          <li key={s} className="flex items-center gap-1">
            <Swatch series={s} />
            {labels[s]}
          </li>
        ))}
      </ul>
      <ul className="mt-3 max-w-lg space-y-2">
        {rows.map((r) => {
          const total = r.met + r.open + r.notMet;
          return (
            <li key={r.name}>
              <p className="text-sm">{r.name}</p>
              <div className="flex h-6 min-w-fit" style={{ width: `${(total / largest) * 100}%` }}>
                {SERIES.filter((s) => r[s] > 0).map((s) => (
                  <span
                    key={s}
                    className="flex min-w-8 items-center justify-center border border-gray-900 [print-color-adjust:exact]"
                    style={{ ...FILL[s], flexGrow: r[s], flexBasis: 0 }}
                  >
                    <span className="rounded-sm bg-white px-1 text-xs leading-4 font-semibold text-gray-900">
                      {r[s]}
                    </span>
                  </span>
                ))}
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
