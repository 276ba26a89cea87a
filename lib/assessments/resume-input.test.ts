import { describe, expect, it } from "vitest";
import { readResumeInput } from "./resume-input";

const token = "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-AbCdE";

describe("what is pasted into the continue box", () => {
  it.each([
    [`https://zjtx.example.cn/assess/resume/${token}`],
    [`https://zjtx.example.cn/assess/resume/${token}。`],
    [`继续填写的链接：https://zjtx.example.cn/assess/resume/${token}，请保存`],
    [`  http://localhost:3000/assess/resume/${token}?utm=wechat  `],
    [`${token}`],
    [`链接 ${token} 已发给财务`],
  ])("finds the token in %s", (text) => {
    expect(readResumeInput(text)).toEqual({ kind: "token", token });
  });

  it("recognises a reference, which does not open an assessment", () => {
    expect(readResumeInput("自评编号 zj-7k3m9q")).toEqual({ kind: "reference", reference: "ZJ-7K3M9Q" });
  });

  it.each([[""], ["hello"], [`${token}X`], [token.slice(1)]])("finds nothing in %j", (text) => {
    expect(readResumeInput(text)).toEqual({ kind: "none" });
  });
});
