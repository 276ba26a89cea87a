import { fieldId } from "./field-ids";

type Option = { value: string; label: string };

/** Radios for one answer; `selected` is the option's value, "" for none chosen yet. */
export function RadioList({
  path,
  options,
  selected,
  onSelect,
}: {
  path: string;
  options: Option[];
  selected: string;
  onSelect: (value: string) => void;
}) {
  return (
    <div className="space-y-2">
      {options.map((o, i) => (
        <label key={o.value} className="flex cursor-pointer items-start gap-3">
          <input
            type="radio"
            id={i === 0 ? fieldId(path) : `${fieldId(path)}-${o.value}`}
            name={path}
            value={o.value}
            checked={selected === o.value}
            onChange={() => onSelect(o.value)}
            className="mt-1 h-5 w-5 shrink-0 accent-brand-700"
          />
          <span>{o.label}</span>
        </label>
      ))}
    </div>
  );
}

/** A checkbox row; ids follow the field so the error summary can link to the first one. */
export function CheckRow({
  id,
  label,
  checked,
  onChange,
  name,
  value = "1",
}: {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** What the box posts as in a plain form (lib/questionnaire/form-data.ts). */
  name: string;
  value?: string;
}) {
  return (
    <label className="flex cursor-pointer items-start gap-3">
      <input
        type="checkbox"
        id={id}
        name={name}
        value={value}
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
        className="mt-1 h-5 w-5 shrink-0 accent-brand-700"
      />
      <span>{label}</span>
    </label>
  );
}
