import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { submittedAssessment } from "@/lib/admin/testing/submitted";
import { testBackends } from "@/lib/db/testing/backends";
import { useTestDatabase } from "@/lib/db/testing/use-test-database";
import { testReviewer } from "@/lib/admin/testing/reviewer";
import { setAt } from "@/lib/questionnaire/answers";
import { completeAnswers } from "@/lib/questionnaire/testing/sample-answers";
import { informationRequestMail, mailInformationRequest } from "./mail-information-request";
import { reviewAssessment } from "./review-assessment";

type Received = { from: string; to: string[]; data: string };

/** A mail server on a free local port that keeps what it receives. */
async function startMailServer() {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address),
          data: Buffer.concat(chunks).toString("utf8"),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as { port: number };
  return { received, url: `smtp://127.0.0.1:${port}`, close: () => new Promise<void>((r) => server.close(() => r())) };
}

describe("the e-mail of a request for more information", () => {
  it("says in Chinese, then English, what the reviewer asks and how to answer, without a resume link", () => {
    const mail = informationRequestMail(
      {
        reference: "ZJ-MAIL01",
        company: "示例精工有限公司",
        note: "请附审计报告。",
        items: [{ criterion: "lg.rd-intensity", tiers: ["little-giant"], outcome: "not_met" }],
        ruleset: "miit-2026",
      },
      "https://zjtx.example.cn",
    );
    expect(mail.subject).toBe("【专精特新自评】请补充信息：ZJ-MAIL01 示例精工有限公司");
    expect(mail.text).toContain("请附审计报告。");
    expect(mail.text).toMatch(/- .*研发.*（专精特新“小巨人”企业）：不满足/);
    expect(mail.text).toContain("续填页：https://zjtx.example.cn/assess/resume");
    expect(mail.text).toContain("A reviewer asks you to check or complete the self-assessment ZJ-MAIL01");
    expect(mail.text.indexOf("您好")).toBeLessThan(mail.text.indexOf("A reviewer"));
    expect(mail.text).not.toMatch(/assess\/resume\/[A-Za-z0-9_-]{20,}/);
  });
});

describe.each(testBackends)("sending it on $name", (backend) => {
  const db = useTestDatabase(backend);
  let mailServer: Awaited<ReturnType<typeof startMailServer>>;
  let reviewer: { userId: string; email: string };
  let n = 0;

  beforeAll(async () => {
    mailServer = await startMailServer();
    reviewer = await testReviewer(db().prisma, "zhao@office.gov.cn");
  });
  afterAll(async () => mailServer.close());

  async function ask(contact: Record<string, string>) {
    const row = await db().prisma.assessment.create({
      data: {
        ...submittedAssessment({
          reference: `ZJ-ML${String(++n).padStart(4, "0")}`,
          answers: setAt(completeAnswers, "finance.rdExpense.y1", 300),
          name: "示例邮件精工有限公司",
        }),
        contact,
      },
    });
    await reviewAssessment(db().prisma, reviewer, { id: row.id, to: "in_review", note: "开始", version: 14 });
    const asked = await reviewAssessment(db().prisma, reviewer, {
      id: row.id,
      to: "needs_information",
      note: "请核对研发费用。",
      version: 15,
    });
    if (asked.kind !== "changed" || !asked.requestId) throw new Error(asked.kind);
    return asked.requestId;
  }

  it("goes to the contact's address from MAIL_FROM, and the request records it", async () => {
    const id = await ask({ email: "chen@firm.cn" });
    const status = await mailInformationRequest(
      db().prisma,
      id,
      { url: mailServer.url, from: "审核 <zjtx@office.gov.cn>" },
      null,
    );
    expect(status).toBe("sent");
    const mail = mailServer.received.at(-1)!;
    expect(mail.to).toEqual(["chen@firm.cn"]);
    expect(mail.from).toBe("zjtx@office.gov.cn");
    expect(mail.data).toMatch(/^Subject: /m);
    expect(await db().prisma.informationRequest.findUniqueOrThrow({ where: { id } })).toMatchObject({
      mailStatus: "sent",
      mailedAt: expect.any(Date),
    });
  });

  it("sends nothing without a mail server or an address, and records a failure without throwing", async () => {
    const count = mailServer.received.length;
    const noServer = await ask({ email: "chen@firm.cn" });
    expect(await mailInformationRequest(db().prisma, noServer, null, null)).toBe("not_configured");
    const noAddress = await ask({ name: "陈会计" });
    expect(await mailInformationRequest(db().prisma, noAddress, { url: mailServer.url, from: "a@b.cn" }, null)).toBe(
      "no_address",
    );
    expect(mailServer.received.length).toBe(count);
    const failing = await ask({ email: "chen@firm.cn" });
    // Nothing listens on port 9 of this machine: the connection is refused.
    expect(
      await mailInformationRequest(db().prisma, failing, { url: "smtp://127.0.0.1:9", from: "a@b.cn" }, null),
    ).toBe("failed");
    expect(await db().prisma.informationRequest.findUniqueOrThrow({ where: { id: failing } })).toMatchObject({
      mailStatus: "failed",
      mailedAt: null,
    });
  });
});
