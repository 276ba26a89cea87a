"use client";

import { useCallback, useRef, useState } from "react";
import { saveStepAction, type SaveActionResult } from "@/lib/assessments/actions";
import type { SaveMode } from "@/lib/questionnaire/step-schema";

export type SaveState =
  /** `toCorrect`: the valid answers were saved, some typed text is kept to be corrected. */
  | { kind: "idle"; savedAt: string | null; here?: boolean; toCorrect?: boolean }
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
  /** The values as loaded: what counts as saved until the first save. */
  initial: unknown;
}) {
  const version = useRef(base.version);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const lastSaved = useRef<string | null>(snapshotOf(base.initial));
  const busy = useRef(0);
  const [state, setState] = useState<SaveState>({ kind: "idle", savedAt: base.savedAt });

  const save = useCallback(
    (values: unknown, mode: SaveMode): Promise<SaveActionResult | null> => {
      const run = async (): Promise<SaveActionResult | null> => {
        const snapshot = snapshotOf(values);
        if (mode === "partial" && snapshot === lastSaved.current) return null;
        setState((s) => ({ kind: "saving", savedAt: s.savedAt }));
        let result: SaveActionResult;
        busy.current++;
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
        } finally {
          busy.current--;
        }
        if (result.kind === "saved") {
          version.current = result.version;
          lastSaved.current = snapshot;
          setState({ kind: "idle", savedAt: result.savedAt, here: true });
        } else if (result.kind === "conflict") {
          setState((s) => ({ kind: "conflict", savedAt: s.savedAt, version: result.version, mode }));
        } else if (result.kind === "invalid" && result.saved) {
          version.current = result.saved.version;
          lastSaved.current = snapshot;
          setState({ kind: "idle", savedAt: result.saved.savedAt, here: true, toCorrect: true });
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

  /** Newer saved state loaded from the server (Back, another tab): this is now the base. */
  const adopt = useCallback((latest: number, values: unknown, savedAt: string | null) => {
    version.current = latest;
    lastSaved.current = snapshotOf(values);
    setState({ kind: "idle", savedAt });
  }, []);

  /** Whether `values` differ from what was last saved, or a save is still on its way. */
  const isDirty = useCallback((values: unknown) => busy.current > 0 || snapshotOf(values) !== lastSaved.current, []);

  return { state, save, overwrite, markUnsaved, adopt, isDirty, version };
}

/**
 * The values as a comparable string: react-hook-form adds empty groups and undefined keys for its
 * fields, which say nothing, so they are left out.
 */
function snapshotOf(values: unknown): string {
  const prune = (v: unknown): unknown => {
    if (typeof v !== "object" || v === null || Array.isArray(v)) return v;
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) {
      const p = prune(x);
      if (p === undefined || (typeof p === "object" && p !== null && !Array.isArray(p) && Object.keys(p).length === 0))
        continue;
      out[k] = p;
    }
    return out;
  };
  return JSON.stringify(prune(values)) ?? "";
}
