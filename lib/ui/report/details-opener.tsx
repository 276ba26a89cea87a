"use client";

import { useEffect } from "react";

function openAround(hash: string) {
  if (hash.length < 2) return;
  const target = document.getElementById(decodeURIComponent(hash.slice(1)));
  if (!target) return;
  for (let d = target.closest("details"); d; d = d.parentElement?.closest("details") ?? null) d.open = true;
  target.scrollIntoView();
}

/**
 * The report's tiers fold away (<details>): a link to a criterion opens its tier first, and
 * printing opens them all. Without JavaScript the browser's own find-in-page and fragment
 * navigation open them, and the PDF's print stylesheet shows their content.
 */
export function DetailsOpener() {
  useEffect(() => {
    const onHash = () => openAround(window.location.hash);
    const onPrint = () => document.querySelectorAll("details").forEach((d) => (d.open = true));
    onHash();
    window.addEventListener("hashchange", onHash);
    window.addEventListener("beforeprint", onPrint);
    return () => {
      window.removeEventListener("hashchange", onHash);
      window.removeEventListener("beforeprint", onPrint);
    };
  }, []);
  return null;
}
