"use client";
// A search that fails (the database down or overloaded) gets the site's error page, not Next.js's bare English one.
export { ErrorPage as default } from "@/components/layout/error-page";
