import type { FieldSpec } from "./field-spec";

const control = "block w-full max-w-xl rounded border-2 border-gray-700 px-3 py-2";

/** One labelled control with its hint and error, tied together by aria-describedby. */
export function FormField({
  formId,
  field,
  value,
  error,
}: {
  formId: string;
  field: FieldSpec;
  value?: string;
  error?: string;
}) {
  const id = `${formId}-${field.name}`;
  const described =
    [field.hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  const common = {
    id,
    name: field.name,
    defaultValue: value,
    "aria-describedby": described,
    "aria-invalid": error ? true : undefined,
    required: field.required,
    className: `${control}${error ? " border-red-700" : ""}`,
  };
  // A box to tick ("I confirm …"): the label beside it, its value "yes" when ticked.
  if (field.kind === "checkbox")
    return (
      <div className={error ? "border-l-4 border-red-700 pl-3" : undefined}>
        {error ? (
          <p id={`${id}-error`} className="mb-1 font-semibold text-red-700">
            {error}
          </p>
        ) : null}
        <div className="flex items-start gap-2">
          <input
            id={id}
            name={field.name}
            type="checkbox"
            value="yes"
            defaultChecked={value === "yes"}
            aria-describedby={described}
            aria-invalid={error ? true : undefined}
            required={field.required}
            className="mt-1 h-5 w-5 shrink-0 accent-brand-700"
          />
          <label htmlFor={id} className="font-semibold">
            {field.label}
          </label>
        </div>
        {field.hint ? (
          <p id={`${id}-hint`} className="mt-1 text-sm text-muted">
            {field.hint}
          </p>
        ) : null}
      </div>
    );
  return (
    <div className={error ? "border-l-4 border-red-700 pl-3" : undefined}>
      <label htmlFor={id} className="mb-1 block font-semibold">
        {field.label}
      </label>
      {field.hint ? (
        <p id={`${id}-hint`} className="mb-1 text-sm text-muted">
          {field.hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="mb-1 font-semibold text-red-700">
          {error}
        </p>
      ) : null}
      {field.kind === "textarea" ? (
        <textarea {...common} rows={4} />
      ) : field.kind === "select" ? (
        <select {...common}>
          {(field.options ?? []).map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      ) : (
        <input
          {...common}
          type={field.kind}
          autoComplete={field.autoComplete}
          inputMode={field.kind === "number" ? "numeric" : undefined}
        />
      )}
    </div>
  );
}
