import { redirect } from "next/navigation";
import { requireAdminPage } from "@/lib/auth/guards";

/** The area opens on the assessments list. */
export default async function AdminHome() {
  await requireAdminPage("reviewer", "/admin");
  redirect("/admin/assessments");
}
