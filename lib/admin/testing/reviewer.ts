import type { AdminDb } from "@/lib/auth/types";
import { createUser } from "../create-user";

/** A reviewer account for a test, created as the command line would; its actor. */
export async function testReviewer(db: AdminDb, email: string): Promise<{ userId: string; email: string }> {
  const user = await createUser(
    db,
    { userId: null, email: "cli" },
    { email, role: "reviewer", password: "Review-Desk-2026" },
  );
  if (user.kind !== "created") throw new Error(user.kind);
  return { userId: user.id, email: user.email };
}
