// What a person pastes into the home page's "continue" box: the resume link, often with words or
// punctuation around it ("链接：https://…/assess/resume/XXXX。"), or by mistake the reference
// (ZJ-7K3M9Q), which names an assessment but does not open it.

const TOKEN = /(?:^|[^A-Za-z0-9_-])([A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/;
const LINK = /\/assess\/resume\/([A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/;
const REFERENCE = /\bZJ-[0-9A-Z]{6}\b/i;

export type ResumeInput =
  { kind: "token"; token: string } | { kind: "reference"; reference: string } | { kind: "none" };

export function readResumeInput(text: string): ResumeInput {
  const link = LINK.exec(text)?.[1] ?? TOKEN.exec(text)?.[1];
  if (link) return { kind: "token", token: link };
  const reference = REFERENCE.exec(text)?.[0];
  return reference ? { kind: "reference", reference: reference.toUpperCase() } : { kind: "none" };
}
