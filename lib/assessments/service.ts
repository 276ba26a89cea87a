import "server-only";
// The assessments' operations on the app's own database, for route handlers.
import { onAppDatabase } from "@/lib/db/client";
import { findByToken as byToken, findSubmittedAssessment as submitted } from "./find-held";
import {
  latestRequest as latest,
  mergedReplyCase as mergedCase,
  replyCaseOf as replyCase,
  replyDraftOf as replyDraft,
} from "./reply";

export const findByToken = onAppDatabase(byToken);
export const findSubmittedAssessment = onAppDatabase(submitted);
export const latestRequest = onAppDatabase(latest);
export const replyDraftOf = onAppDatabase(replyDraft);
export const replyCaseOf = onAppDatabase(replyCase);
export const mergedReplyCase = onAppDatabase(mergedCase);
