import { copyAssessmentAction } from "@/lib/assessments/actions";
import { SubmitButton } from "@/lib/ui/submit-button";

/** "Start a new assessment from these answers", as a form (works without JavaScript). */
export function CopyAssessmentForm({ id, label }: { id: string; label: string }) {
  return (
    <form action={copyAssessmentAction}>
      <input type="hidden" name="id" value={id} />
      <SubmitButton
        label={label}
        className="rounded border-2 border-gray-800 px-4 py-2 font-semibold disabled:opacity-60"
      />
    </form>
  );
}
