"use client";

import { useEffect, useRef } from "react";
import { stepStateAction, type StepState } from "@/lib/assessments/actions";

type Draft = Extract<StepState, { kind: "draft" }>;

/**
 * What keeps a step's page honest about what is saved: on arrival (Back, forward, or a page
 * restored from the back-forward cache) it asks for the saved state and hands a newer one to
 * `onNewer`, unless the user has changes of their own; and leaving with unsaved changes asks first.
 */
export function usePageGuards(options: {
  id: string;
  step: string;
  version: () => number;
  isDirty: () => boolean;
  onNewer: (state: Draft) => void;
  onSubmitted: () => void;
}) {
  // The latest callbacks, read when the answer arrives (the effect runs once per page).
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });

  useEffect(() => {
    const refresh = async () => {
      const now = await stepStateAction({ id: latest.current.id, step: latest.current.step });
      const o = latest.current;
      if (now.kind === "submitted") o.onSubmitted();
      else if (now.kind === "draft" && now.version > o.version() && !o.isDirty()) o.onNewer(now);
    };
    void refresh();
    const onShow = (e: PageTransitionEvent) => {
      if (e.persisted) void refresh();
    };
    // Leaving with changes not saved yet (within the autosave's pause, or while it runs) asks first.
    const onLeave = (e: BeforeUnloadEvent) => {
      if (!latest.current.isDirty()) return;
      e.preventDefault();
      e.returnValue = "";
    };
    window.addEventListener("pageshow", onShow);
    window.addEventListener("beforeunload", onLeave);
    return () => {
      window.removeEventListener("pageshow", onShow);
      window.removeEventListener("beforeunload", onLeave);
    };
  }, []);
}
