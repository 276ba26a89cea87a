import { describe, expect, it } from "vitest";
import { testBackends } from "@/lib/db/testing/backends";
import { useTestDatabase } from "@/lib/db/testing/use-test-database";
import { reviewAssessment } from "./review-assessment";
import { addToRound } from "./round-add";
import { createRound, getRound } from "./rounds";
import { signOffRound } from "./round-signoff";
import { bulkUpdate } from "./round-work";
import { useRoundStaff } from "./testing/round-staff";

// What round-lock.ts guards: a round's sign-off against decisions and bulk changes made meanwhile.

describe.each(testBackends)("review rounds under concurrent changes on $name", (backend) => {
  const db = useTestDatabase(backend);
  const staff = useRoundStaff(db);
  const { submit } = staff;

  it("never signs a list past a decision made at the same moment, and makes a bulk change all or none", async () => {
    for (let i = 0; i < 4; i++) {
      const a = await submit();
      const b = await submit();
      const made = await createRound(db().prisma, staff.admin(), {
        name: `并发 ${i}`,
        rulesetId: a.rulesetId,
        tier: "little-giant",
        deadline: "2027-02-01",
        quota: null,
      });
      if (made.kind !== "created") throw new Error(made.kind);
      const id = made.id;
      await addToRound(db().prisma, staff.reviewer(), id, `${a.reference} ${b.reference}`);
      const versions = async () =>
        (await getRound(db().prisma, id))!.applications.map((x) => ({ id: x.id, version: x.version }));
      const versionOf = async (appId: string) => (await versions()).find((x) => x.id === appId)!.version;

      // A bulk move racing a move of one of its applications: one of them wins, and a refused bulk
      // change leaves every application as it was (none moved alone).
      const bVersion = await versionOf(b.id);
      const [bulk, single] = await Promise.all([
        bulkUpdate(db().prisma, staff.reviewer(), {
          roundId: id,
          items: await versions(),
          to: "in_review",
          note: `批量 ${i}`,
        }),
        reviewAssessment(db().prisma, staff.second(), {
          id: b.id,
          to: "in_review",
          note: `单独 ${i}`,
          version: bVersion,
        }),
      ]);
      const bulkEvents = await db().prisma.reviewEvent.count({ where: { note: `批量 ${i}` } });
      if (bulk.kind === "done") {
        expect(single.kind).toBe("conflict");
        expect(bulkEvents).toBe(2);
      } else {
        expect([bulk.kind, single.kind]).toEqual(["conflict", "changed"]);
        expect(bulkEvents).toBe(0);
        const aNow = await db().prisma.assessment.findUniqueOrThrow({ where: { id: a.id }, select: { status: true } });
        expect(aNow.status).toBe("submitted");
        await reviewAssessment(db().prisma, staff.reviewer(), {
          id: a.id,
          to: "in_review",
          note: "x",
          version: await versionOf(a.id),
        });
      }
      await bulkUpdate(db().prisma, staff.reviewer(), {
        roundId: id,
        items: await versions(),
        to: "recommended",
        note: "推荐",
      });

      // The 初审 racing a reviewer taking one back into review: either the sign-off saw the move
      // (not ready) or the move found the list frozen; never a signed list with an undecided entry.
      const round = (await getRound(db().prisma, id))!;
      expect(round.problems).toEqual([]);
      const bShown = await versionOf(b.id);
      const [signed, moved] = await Promise.all([
        signOffRound(db().prisma, staff.reviewer(), { id, version: round.version, note: "初审" }),
        reviewAssessment(db().prisma, staff.second(), {
          id: b.id,
          to: "in_review",
          note: "再看",
          version: bShown,
        }),
      ]);
      expect([
        ["signed", "round_locked"],
        ["not_ready", "changed"],
      ]).toContainEqual([signed.kind, moved.kind]);
      const after = (await getRound(db().prisma, id))!;
      expect(after.stage === "open" || after.applications.every((x) => x.status === "recommended")).toBe(true);
    }
  });
});
