"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";

const WARN_BEFORE_MS = 2 * 60_000;

type Props = {
  idleMs: number;
  expiresAt: string;
  locale: string;
  labels: { warning: string; stay: string; ended: string; signInAgain: string };
};

/**
 * Warns two minutes before the idle limit signs the reader out, with a button to stay signed in
 * (WCAG 2.2.1, timing adjustable). Every page view restarts the server's idle clock, so a
 * navigation restarts this one too; the session's absolute end is never passed.
 */
export function SessionTimeout(props: Props) {
  const pathname = usePathname();
  const search = useSearchParams();
  const next = `${pathname}${search.size ? `?${search.toString()}` : ""}`;
  // A new page (a new key) starts the clock afresh, as the server did when it served the page.
  return <Countdown key={next} next={next} {...props} />;
}

function Countdown({ idleMs, expiresAt, locale, labels, next }: Props & { next: string }) {
  const absolute = Date.parse(expiresAt);
  const [deadline, setDeadline] = useState(() => Math.min(Date.now() + idleMs, absolute));
  const [phase, setPhase] = useState<"quiet" | "warning" | "ended">("quiet");
  // Marked once the timers run (the page's script has taken over): what a test waits for.
  const clock = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  const restart = useCallback((until: number) => {
    setDeadline(until);
    setPhase("quiet");
  }, []);

  useEffect(() => {
    const now = Date.now();
    const warn = setTimeout(() => setPhase("warning"), Math.max(0, deadline - WARN_BEFORE_MS - now));
    const end = setTimeout(() => setPhase("ended"), Math.max(0, deadline - now));
    clock.current?.setAttribute("data-armed", "true");
    return () => {
      clearTimeout(warn);
      clearTimeout(end);
    };
  }, [deadline]);

  useEffect(() => {
    if (phase === "warning") button.current?.focus();
  }, [phase]);

  async function stay() {
    const response = await fetch("/api/v1/admin/session", { method: "POST" }).catch(() => null);
    if (!response?.ok) return setPhase("ended");
    // Counted on this device's clock from now, as the server restarted its own: clocks may differ.
    restart(Math.min(Date.now() + idleMs, absolute));
  }

  if (phase === "quiet")
    return <div role="status" aria-live="polite" className="sr-only" data-testid="session-clock" ref={clock} />;
  const time = new Date(deadline).toLocaleTimeString(locale, {
    hour: "2-digit",
    minute: "2-digit",
    timeZone: "Asia/Shanghai",
  });
  return (
    <div
      role="alert"
      data-testid="session-timeout"
      className="flex flex-wrap items-center gap-3 border-l-8 border-amber-600 bg-amber-50 p-4"
    >
      {phase === "warning" ? (
        <>
          <p className="font-semibold">{labels.warning.replace("{time}", time)}</p>
          <button
            ref={button}
            type="button"
            onClick={stay}
            className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
          >
            {labels.stay}
          </button>
        </>
      ) : (
        <>
          <p className="font-semibold">{labels.ended}</p>
          <a href={`/admin/login?next=${encodeURIComponent(next)}`} className="font-semibold text-brand-800 underline">
            {labels.signInAgain}
          </a>
        </>
      )}
    </div>
  );
}
