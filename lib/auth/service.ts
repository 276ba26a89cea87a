import "server-only";
// Sign-in and sign-out on the app's own database, for their route handlers.
import { onAppDatabase } from "@/lib/db/client";
import { login as loginOp } from "./login";
import { logout as logoutOp } from "./logout";

export const login = onAppDatabase(loginOp);
export const logout = onAppDatabase(logoutOp);
