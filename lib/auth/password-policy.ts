// What a password must be: long (NIST SP 800-63B puts length first), not one kind of character
// only, not a well-known password, and not the account's own email. The reason is a stable code
// that each caller translates (admin.password.<code>).

export const PASSWORD_MIN = 12;
// argon2 cost grows with input; a cap keeps one request from tying up a CPU.
export const PASSWORD_MAX = 256;

export type PasswordProblem = "too_short" | "too_long" | "one_class" | "common" | "contains_email";

// The most used passwords of 12 characters or more in public breach lists, and local favourites.
const COMMON = new Set([
  "123456789012",
  "1234567890123",
  "12345678910",
  "123456789abc",
  "1q2w3e4r5t6y",
  "1qaz2wsx3edc",
  "qwertyuiop12",
  "qwerty123456",
  "qwertyuiop123",
  "password1234",
  "password123!",
  "passw0rd1234",
  "p@ssw0rd1234",
  "admin1234567",
  "administrator",
  "administrator1",
  "iloveyou1234",
  "abc123456789",
  "aa1234567890",
  "woaini1314520",
  "woaini520131",
  "zxcvbnm12345",
  "a1234567890b",
  "letmein12345",
  "welcome12345",
  "changeme1234",
  "zhuanjingtexin",
  "xiaojuren1234",
]);

function classes(password: string): number {
  const kinds = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/];
  return kinds.filter((k) => k.test(password)).length;
}

export function passwordProblem(password: string, email?: string): PasswordProblem | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN) return "too_short";
  if (length > PASSWORD_MAX) return "too_long";
  if (classes(password) < 2) return "one_class";
  if (COMMON.has(password.toLowerCase())) return "common";
  const local = email?.split("@")[0]?.toLowerCase();
  if (local && local.length >= 4 && password.toLowerCase().includes(local)) return "contains_email";
  return null;
}
