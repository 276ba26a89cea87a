"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { stepStateAction } from "@/lib/assessments/actions";

/**
 * The check page never shows a draft that is one no longer: arriving by Back after submitting (or
 * after sending a reply into its case), from the router's cache or the back-forward cache, it asks
 * for the draft's state and, if it was submitted or merged, fetches the page anew, which the server
 * answers with the result.
 */
export function CheckGuard({ id }: { id: string }) {
  const router = useRouter();
  useEffect(() => {
    const check = async () => {
      const now = await stepStateAction({ id, step: "about" });
      if (now.kind !== "draft") router.refresh();
    };
    void check();
    const onShow = (e: PageTransitionEvent) => {
      if (e.persisted) void check();
    };
    window.addEventListener("pageshow", onShow);
    return () => window.removeEventListener("pageshow", onShow);
  }, [id, router]);
  return null;
}
