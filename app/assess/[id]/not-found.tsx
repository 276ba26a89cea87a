import { NoAccess } from "@/lib/ui/no-access";

/**
 * An assessment this browser may not open (no such id, or no resume token for it), or a step that
 * does not exist: 404, with the way in (the resume link). Nothing says whether the id exists.
 */
export default function AssessmentNotFound() {
  return <NoAccess />;
}
