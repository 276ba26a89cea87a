import "server-only";
// The assessments' operations on the app's own database, for route handlers.
import { onAppDatabase } from "@/lib/db/client";
import { findByToken as byToken, findSubmittedAssessment as submitted } from "./find-held";

export const findByToken = onAppDatabase(byToken);
export const findSubmittedAssessment = onAppDatabase(submitted);
