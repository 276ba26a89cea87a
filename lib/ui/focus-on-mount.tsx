"use client";

import { useEffect, useRef, type ReactNode } from "react";

/**
 * An alert that takes focus when it appears (a refused submission answered by a new page): a
 * keyboard or screen-reader user starts at what to correct, not at the top of the page. Give it a
 * `key` that changes with each refusal so that a second one takes focus again.
 */
export function FocusedAlert({ className, children }: { className: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div ref={ref} role="alert" tabIndex={-1} className={`${className} focus:outline-none`}>
      {children}
    </div>
  );
}
