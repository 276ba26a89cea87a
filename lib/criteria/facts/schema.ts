import { factLeaves } from "./catalogue";
import { factsCrossChecks } from "./checks";
import { leafSchema, objectOf, type LeafSpec } from "./leaf-schema";

// The facts schema of criteria.md section 1, derived from the catalogue: one validator per kind,
// nested by path. Objects are strict: a key the catalogue does not know is an issue at its path.

/** The nested facts object, field by field; its cross-field checks are `factsCrossChecks`. */
export const factsObject = objectOf(
  factLeaves.map((leaf) => ({
    segments: leaf.segments,
    schema: leafSchema({ ...(leaf.entry as LeafSpec), kind: leaf.entry.kind }),
  })),
);

/**
 * The full facts schema: factsObject plus the cross-field checks, which run even where a field
 * failed its own check, so that every problem shows at once.
 */
export const factsSchema = factsObject.superRefine(factsCrossChecks, { when: () => true });

/**
 * Facts as the API and the questionnaire hold them: nested by path, each answer a number, text,
 * flag or list, or null for "don't know". The engine reads them through `flattenFacts`.
 */
export type Facts = Readonly<Record<string, unknown>>;
