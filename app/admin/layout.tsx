import type { Metadata } from "next";
import type { ReactNode } from "react";

// Admin pages are for signed-in staff: never indexed.
export const metadata: Metadata = { robots: { index: false, follow: false } };

export default function AdminLayout({ children }: { children: ReactNode }) {
  return children;
}
