/** A text input's look, red-bordered while its text is not valid. */
export const inputClass = (error?: string | boolean) =>
  `w-full rounded border-2 px-3 py-2 disabled:bg-gray-100 ${error ? "border-red-700" : "border-gray-700"}`;
