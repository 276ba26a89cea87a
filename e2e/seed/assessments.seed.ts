// The personas' assessments (e2e/support/personas.ts), each with its known resume token. A second
// run puts every one back as seeded, so tests that submit a draft can run again on the same database.
import { submittedAssessment } from "../../lib/admin/testing/submitted";
import { hashSecretToken } from "../../lib/secret-token";
import { Prisma } from "../../lib/db/generated/client";
import type { Database } from "../../lib/db/open-database";
import { personas, personaToken, type Persona, type PersonaId } from "../support/personas";

const SUBMITTED_AT = new Date("2026-11-20T02:00:00Z");

function row(id: PersonaId) {
  const persona: Persona = personas[id];
  const { reference, status, answers } = persona;
  const token = personaToken(id);
  if (status === "submitted")
    return submittedAssessment({ reference, answers, token, submittedAt: SUBMITTED_AT, frozen: persona.frozen });
  return {
    reference,
    tokenHash: hashSecretToken(token),
    rulesetId: "miit-2026",
    answers: answers as Prisma.InputJsonObject,
    version: 2,
    status: "draft" as const,
    evaluation: Prisma.DbNull,
    submittedAt: null,
    ...{ companyName: null, uscc: null, province: null, industryCode: null },
    ...{ verdictInnovativeSme: null, verdictSpecializedSme: null, verdictLittleGiant: null },
  };
}

export default async function seedAssessments(db: Database): Promise<void> {
  for (const id of Object.keys(personas) as PersonaId[]) {
    const data = row(id);
    await db.prisma.assessment.upsert({ where: { reference: data.reference }, create: data, update: data });
  }
}
