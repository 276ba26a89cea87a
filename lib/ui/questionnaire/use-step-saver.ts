"use client";

import { useCallback, useRef, useState } from "react";
import { saveStepAction, type SaveActionResult } from "@/lib/assessments/actions";
import type { SaveMode } from "@/lib/questionnaire/step-schema";

export type SaveState =
  | { kind: "idle"; savedAt: string | null; here?: boolean }
  | { kind: "saving"; savedAt: string | null }
  | { kind: "unsaved"; savedAt: string | null }
  | { kind: "conflict"; savedAt: string | null; version: number; mode: SaveMode }
  | { kind: "failed"; savedAt: string | null };

/**
 * Saves a step on the server one request at a time (an autosave and a submit never race each
 * other), always against the latest version this tab knows of.
 */
export function useStepSaver(base: {
  id: string;
  step: string;
  version: number;
  savedAt: string | null;
  returnToCheck: boolean;
}) {
  const version = useRef(base.version);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const lastSaved = useRef<string | null>(null);
  const [state, setState] = useState<SaveState>({ kind: "idle", savedAt: base.savedAt });

  const save = useCallback(
    (values: unknown, mode: SaveMode): Promise<SaveActionResult | null> => {
      const run = async (): Promise<SaveActionResult | null> => {
        const snapshot = JSON.stringify(values);
        if (mode === "partial" && snapshot === lastSaved.current) return null;
        setState((s) => ({ kind: "saving", savedAt: s.savedAt }));
        let result: SaveActionResult;
        try {
          result = await saveStepAction({
            id: base.id,
            step: base.step,
            values,
            version: version.current,
            mode,
            returnToCheck: base.returnToCheck,
          });
        } catch {
          result = { kind: "error", errorId: "network" };
        }
        if (result.kind === "saved") {
          version.current = result.version;
          lastSaved.current = snapshot;
          setState({ kind: "idle", savedAt: result.savedAt, here: true });
        } else if (result.kind === "conflict") {
          setState((s) => ({ kind: "conflict", savedAt: s.savedAt, version: result.version, mode }));
        } else if (result.kind === "invalid") {
          setState((s) => ({ kind: "unsaved", savedAt: s.savedAt }));
        } else {
          setState((s) => ({ kind: "failed", savedAt: s.savedAt }));
        }
        return result;
      };
      const next = queue.current.then(run, run);
      queue.current = next;
      return next;
    },
    [base.id, base.step, base.returnToCheck],
  );

  /** After a conflict the user chose to keep this tab's answers: save over the newer version. */
  const overwrite = useCallback((latest: number) => {
    version.current = latest;
    lastSaved.current = null;
  }, []);

  const markUnsaved = useCallback(
    () => setState((s) => (s.kind === "idle" ? { kind: "unsaved", savedAt: s.savedAt } : s)),
    [],
  );

  return { state, save, overwrite, markUnsaved };
}
