import { getTranslations } from "next-intl/server";

/**
 * A date filter typed as text: a date input shows the browser's own format (mm/dd/yyyy in an
 * English browser, whatever the page's language), so the format is said here in the page's words.
 * The list reads 2026-11-02, 2026/11/2, 2026.11.2 and 2026年11月2日 alike (assessment-filters.ts).
 */
export async function DateField({
  id,
  name,
  label,
  value,
}: {
  id: string;
  name: string;
  label: string;
  value: string | undefined;
}) {
  const t = await getTranslations("admin.list");
  return (
    <div>
      <label htmlFor={id} className="mb-1 block font-semibold">
        {label}
      </label>
      <p id={`${id}-hint`} className="mb-1 text-sm text-muted">
        {t("dateHint")}
      </p>
      <input
        id={id}
        name={name}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        maxLength={20}
        defaultValue={value ?? ""}
        aria-describedby={`${id}-hint`}
        className="block w-full rounded border-2 border-gray-700 px-2 py-1.5"
      />
    </div>
  );
}
