import { db } from "@/lib/db";
import { orServiceUnavailable } from "@/lib/http/unavailable";
import { logoResponse } from "@/lib/region/logo-http";
import { getStorage } from "@/lib/storage";

export const dynamic = "force-dynamic";

/** Public: the region's logo (PNG, JPEG or WebP), 404 when it has none. */
async function get(req: Request, { params }: { params: Promise<{ regionId: string }> }) {
  const { regionId } = await params;
  return logoResponse(db, getStorage(), regionId, req);
}

export const GET = orServiceUnavailable(get);
