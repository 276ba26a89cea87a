// 统一社会信用代码, GB 32100-2015: 18 characters from a 31-symbol alphabet (no I, O, S, V, Z);
// the 18th is a check character computed over the first 17 (clause 5 and annex B of the standard).

export const USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

export type UsccProblem = "format" | "check_digit";

/** The check character for the first 17 characters, or null if they are not in the alphabet. */
export function usccCheckChar(first17: string): string | null {
  if (first17.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = USCC_ALPHABET.indexOf(first17.charAt(i));
    if (v < 0) return null;
    sum += v * (WEIGHTS[i] ?? 0);
  }
  const check = (31 - (sum % 31)) % 31;
  return USCC_ALPHABET.charAt(check);
}

/** null when valid, otherwise what is wrong. Upper case is required, as printed on the licence. */
export function usccProblem(code: string): UsccProblem | null {
  if (code.length !== 18) return "format";
  const expected = usccCheckChar(code.slice(0, 17));
  if (expected === null || !USCC_ALPHABET.includes(code.charAt(17))) return "format";
  return expected === code.charAt(17) ? null : "check_digit";
}
