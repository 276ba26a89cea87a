// A horizontal bar chart in plain HTML, like the enterprise browser's: every number printed beside
// its bar in dark text, the bar only repeats it. Hidden from screen readers, which read the table
// beside it. `marks` draw a dashed rule with its words above a row (a threshold between two bars).

export type BarRow = { key: string; label: string; value: number; shown: string; mark?: string };

export function BarRows({ rows, testId }: { rows: readonly BarRow[]; testId?: string }) {
  const max = Math.max(1, ...rows.map((r) => r.value));
  return (
    <div aria-hidden="true" className="space-y-1" data-testid={testId}>
      {rows.map((r) => (
        <div key={r.key}>
          {r.mark ? (
            <p className="mt-2 border-t-2 border-dashed border-gray-900 pt-0.5 text-xs font-semibold">{r.mark}</p>
          ) : null}
          <div className="grid grid-cols-[minmax(0,1fr)_auto] items-center gap-x-2 text-sm sm:grid-cols-[minmax(0,10rem)_minmax(0,1fr)_auto]">
            <span className="col-span-2 break-words sm:col-span-1">{r.label}</span>
            <span
              className="h-3 rounded-sm bg-gray-700"
              style={{ width: `${r.value > 0 ? Math.max(2, (r.value * 100) / max) : 0}%` }}
            />
            <span className="font-semibold tabular-nums">{r.shown}</span>
          </div>
        </div>
      ))}
    </div>
  );
}
