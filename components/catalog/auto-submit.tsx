"use client";
// Enhancement only: with JavaScript, choosing a filter or a sort order submits the (GET) form at
// once; without it, the visitor presses "Terapkan saringan" and gets the same URL.
import { useEffect } from "react";

export function AutoSubmit({ formId }: { formId: string }) {
  useEffect(() => {
    const form = document.getElementById(formId);
    if (!(form instanceof HTMLFormElement)) return;
    const onChange = (e: Event) => {
      const target = e.target;
      if (target instanceof HTMLInputElement && target.type === "checkbox") form.requestSubmit();
      else if (target instanceof HTMLSelectElement) form.requestSubmit();
    };
    form.addEventListener("change", onChange);
    return () => form.removeEventListener("change", onChange);
  }, [formId]);
  return null;
}
