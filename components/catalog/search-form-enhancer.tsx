"use client";
// Enhancement only. Without JavaScript the catalogue's GET form goes to /katalog?q=…, which proxy.ts
// rewrites to the cached search. With it, the form goes straight to the search's own path
// (lib/catalog/rules/search-path.ts), which the page cache answers without the proxy, and choosing a
// filter or a sort order submits at once.
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { searchPath } from "@/lib/catalog/rules/search-path";

/** The address a submitted catalogue form leads to: the same search the form would send as a query string. */
function formSearchPath(form: HTMLFormElement): string {
  const search = new URLSearchParams();
  for (const [key, value] of new FormData(form)) if (typeof value === "string") search.append(key, value);
  return searchPath(search);
}

export function SearchFormEnhancer({ formId }: { formId: string }) {
  const router = useRouter();
  useEffect(() => {
    const form = document.getElementById(formId);
    if (!(form instanceof HTMLFormElement)) return;
    const onChange = (e: Event) => {
      const target = e.target;
      if (target instanceof HTMLInputElement && target.type === "checkbox") form.requestSubmit();
      else if (target instanceof HTMLSelectElement) form.requestSubmit();
    };
    const onSubmit = (e: SubmitEvent) => {
      e.preventDefault();
      router.push(formSearchPath(form));
    };
    form.addEventListener("change", onChange);
    form.addEventListener("submit", onSubmit);
    return () => {
      form.removeEventListener("change", onChange);
      form.removeEventListener("submit", onSubmit);
    };
  }, [formId, router]);
  return null;
}
