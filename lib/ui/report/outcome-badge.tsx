import type { Outcome, Verdict } from "@/lib/criteria";

// Colour is never the only signal: each state has its own symbol and its words.
const outcomeStyle: Record<Outcome, [string, string]> = {
  met: ["✓", "bg-green-100 text-green-900 border-green-700"],
  not_met: ["✗", "bg-red-100 text-red-900 border-red-700"],
  unknown: ["?", "bg-amber-100 text-amber-900 border-amber-700"],
  manual: ["…", "bg-blue-100 text-blue-900 border-blue-700"],
  not_applicable: ["–", "bg-gray-100 text-gray-800 border-gray-500"],
};
const verdictStyle: Record<Verdict, [string, string]> = {
  eligible: ["✓", "bg-green-100 text-green-900 border-green-700"],
  not_eligible: ["✗", "bg-red-100 text-red-900 border-red-700"],
  undetermined: ["?", "bg-amber-100 text-amber-900 border-amber-700"],
};

function Badge({ symbol, style, text }: { symbol: string; style: string; text: string }) {
  return (
    <span
      className={`inline-flex items-center gap-1 rounded border px-2 py-0.5 text-sm font-semibold whitespace-nowrap ${style}`}
    >
      <span aria-hidden="true">{symbol}</span>
      {text}
    </span>
  );
}

export const OutcomeBadge = ({ outcome, text }: { outcome: Outcome; text: string }) => (
  <Badge symbol={outcomeStyle[outcome][0]} style={outcomeStyle[outcome][1]} text={text} />
);
export const VerdictBadge = ({ verdict, text }: { verdict: Verdict; text: string }) => (
  <Badge symbol={verdictStyle[verdict][0]} style={verdictStyle[verdict][1]} text={text} />
);
