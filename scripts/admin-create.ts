// npm run -s admin:create -- --email E --role admin|reviewer
// Creates an admin account. The password is read from standard input (not echoed on a terminal;
// piped input works too), never from the command line, where it would land in shell history.
import { createUser } from "../lib/admin/create-user";
import { isRole } from "../lib/auth/roles";
import { withDatabase } from "../lib/db/with-database";
import { messages } from "../lib/i18n/messages";
import { commandLine } from "./command-line";
import { readPassword } from "./read-password";

const USAGE =
  "Usage: npm run -s admin:create -- --email E --role admin|reviewer   (the password is read from standard input)";
const { values } = commandLine(USAGE, { email: { type: "string" }, role: { type: "string" } });
const { email, role } = values;
if (!email || !isRole(role)) {
  process.stderr.write(`${USAGE}\n`);
  process.exit(2);
}

const both = (pick: (m: (typeof messages)["en"]) => string) => `${pick(messages["zh-CN"])} (${pick(messages.en)})`;

const password = await readPassword(process.stdin.isTTY ? "密码 (Password): " : null);
if (process.stdin.isTTY) {
  const again = await readPassword("再次输入 (Again): ");
  if (again !== password) {
    process.stderr.write("两次输入的密码不一致 (The passwords differ)\n");
    process.exit(1);
  }
}
const result = await withDatabase((db) =>
  createUser(db.prisma, { userId: null, email: "admin:create (command line)" }, { email, role, password }),
);
switch (result.kind) {
  case "created":
    process.stdout.write(`Created ${role} ${result.email}\n`);
    process.exit(0);
  case "weak_password":
    process.stderr.write(`${both((m) => m.admin.password[result.problem])}\n`);
    break;
  case "exists":
  case "invalid_email":
    process.stderr.write(`${both((m) => m.admin.users.errors[result.kind])}\n`);
    break;
  default:
    process.stderr.write(`${both((m) => m.admin.users.errors.invalid_role)}\n`);
}
process.exit(1);
