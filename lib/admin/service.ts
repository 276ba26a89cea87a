import "server-only";
// The admin area's operations on the app's own database, for its pages and route handlers.
import { onAppDatabase } from "@/lib/db/client";
import { getAssessmentDetail as detail } from "./get-assessment";
import { getUser as user } from "./get-user";
import { listAssessments as assessments } from "./list-assessments";
import { listAudit as audit } from "./list-audit";
import { listImports as imports } from "./list-imports";
import { getRound as round, listRounds as rounds, openRoundsFor as openRounds } from "./rounds";
import { recordRoundExport as roundExport } from "./round-signoff";
import { startExport as exportOp } from "./start-export";
import { listUsers as users } from "./update-user";

export const getAssessmentDetail = onAppDatabase(detail);
export const getUser = onAppDatabase(user);
export const listAssessments = onAppDatabase(assessments);
export const listAudit = onAppDatabase(audit);
export const listImports = onAppDatabase(imports);
export const listUsers = onAppDatabase(users);
export const startExport = onAppDatabase(exportOp);
export const listRounds = onAppDatabase(rounds);
export const getRound = onAppDatabase(round);
export const openRoundsFor = onAppDatabase(openRounds);
export const recordRoundExport = onAppDatabase(roundExport);
