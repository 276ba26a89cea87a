// For route-handler tests (app/ may not touch lib/db): the sign-in operation bound to a fresh test
// database on each backend, with the given users created first.
import { beforeAll } from "vitest";
import { createUser } from "@/lib/admin/create-user";
import { testBackends, type TestBackend } from "@/lib/db/testing/backends";
import { useTestDatabase } from "@/lib/db/testing/use-test-database";
import { login } from "../login";
import type { Role } from "../roles";

export const loginTestBackends: TestBackend[] = testBackends;

type LoginArgs = Parameters<typeof login> extends [unknown, ...infer R] ? R : never;

export function useLoginDatabase(backend: TestBackend, users: { email: string; role: Role; password: string }[]) {
  const db = useTestDatabase(backend);
  beforeAll(async () => {
    for (const user of users) await createUser(db().prisma, { userId: null, email: "admin:create" }, user);
  });
  return (...args: LoginArgs) => login(db().prisma, ...args);
}
