/** The look of a filter form's labels and controls (the admin list's and the insights'). */
export const FILTER_LABEL = "mb-1 block font-semibold";
export const FILTER_CONTROL = "block w-full rounded border-2 border-gray-700 px-2 py-1.5";

/** One drop-down of a plain GET filter form: its label, "any" (the empty value) first, then the options. */
export function SelectFilter({
  id,
  name,
  label,
  value,
  any,
  options,
}: {
  id: string;
  name: string;
  label: string;
  value: string | undefined;
  any: string;
  options: { value: string; label: string }[];
}) {
  return (
    <div>
      <label htmlFor={id} className={FILTER_LABEL}>
        {label}
      </label>
      <select id={id} name={name} defaultValue={value ?? ""} className={FILTER_CONTROL}>
        <option value="">{any}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
