import NextLink from "next/link";
import type { ComponentProps } from "react";

/**
 * The site's link: next/link (client-side navigation) without automatic prefetching.
 *
 * Every page of this site is rendered per request or is a cached catalogue search, and Next.js
 * gains nothing from prefetching a dynamic page without a loading.js boundary (it fetches it on
 * click anyway). Yet each link in view still made the browser send two RSC requests, each one
 * rendered by the server: a view of a cached search page cost the server 25 times the page
 * itself (docs/decisions/008-no-link-prefetch.md). `prefetch` can still be set on one link.
 * ESLint refuses a direct import of next/link elsewhere.
 */
export default function Link({ prefetch = false, ...props }: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={prefetch} {...props} />;
}
