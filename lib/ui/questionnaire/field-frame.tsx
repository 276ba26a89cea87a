import type { ReactNode } from "react";
import { errorId, hintId } from "./field-ids";

type Props = {
  path: string;
  label: ReactNode;
  hint?: string;
  error?: string;
  errorPrefix: string;
  /** Radios and checkboxes are a fieldset with a legend; a single input has a label. */
  as: "fieldset" | "single";
  labelFor?: string;
  children: ReactNode;
};

/** GOV.UK's form group: label or legend, hint, error message, then the control(s). */
export function FieldFrame({ path, label, hint, error, errorPrefix, as, labelFor, children }: Props) {
  const body = (
    <>
      {hint ? (
        <p id={hintId(path)} className="mb-2 text-sm text-muted">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId(path)} className="mb-2 font-semibold text-red-700">
          <span className="sr-only">{errorPrefix} </span>
          {error}
        </p>
      ) : null}
      {children}
    </>
  );
  const frame = `mb-6 ${error ? "border-l-4 border-red-700 pl-4" : ""}`;
  if (as === "fieldset") {
    return (
      <fieldset
        className={frame}
        aria-describedby={[hint ? hintId(path) : "", error ? errorId(path) : ""].join(" ").trim() || undefined}
      >
        <legend className="mb-1 font-semibold">{label}</legend>
        {body}
      </fieldset>
    );
  }
  return (
    <div className={frame}>
      <label htmlFor={labelFor} className="mb-1 block font-semibold">
        {label}
      </label>
      {body}
    </div>
  );
}
