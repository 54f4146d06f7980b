// The publication's routes as a browser reaches them: the berita acara and the draft decree (the signed-in account
// is what the calling file's mock of lib/auth/session returns: `session.user`), a winner's certificate and the
// public JSON. The routes reach the database through lib/db and the storage through lib/storage, both from the
// environment the calling file sets.
import type { Actor } from "@/lib/action-types";
import * as minutesRoute from "@/app/(site)/(dashboard)/admin/kompetisi/[id]/publikasi/berita-acara/route";
import * as decreeRoute from "@/app/(site)/(dashboard)/admin/kompetisi/[id]/publikasi/sk/route";
import * as certificateRoute from "@/app/(site)/(public)/kompetisi/[id]/hasil/piagam/[entryId]/route";
import * as resultsRoute from "@/app/api/publik/kompetisi/[id]/hasil/route";

const ORIGIN = "http://portal.test";
const query = (nomor: string | null) => (nomor === null ? "" : `?nomor=${encodeURIComponent(nomor)}`);

export function publicationRoutes(session: { user: Actor | null }) {
  return {
    /** GET …/publikasi/berita-acara as `user`. */
    minutes(user: Actor | null, id: string, nomor: string | null = null) {
      session.user = user;
      const url = `${ORIGIN}/admin/kompetisi/${id}/publikasi/berita-acara${query(nomor)}`;
      return minutesRoute.GET(new Request(url), { params: Promise.resolve({ id }) });
    },
    /** GET …/publikasi/sk as `user`. */
    decree(user: Actor | null, id: string, nomor: string | null = null) {
      session.user = user;
      const url = `${ORIGIN}/admin/kompetisi/${id}/publikasi/sk${query(nomor)}`;
      return decreeRoute.GET(new Request(url), { params: Promise.resolve({ id }) });
    },
    /** GET /kompetisi/[id]/hasil/piagam/[entryId], signed out. */
    certificate(id: string, entryId: string, nomor: string | null = null) {
      session.user = null;
      const url = `${ORIGIN}/kompetisi/${id}/hasil/piagam/${entryId}${query(nomor)}`;
      return certificateRoute.GET(new Request(url), { params: Promise.resolve({ id, entryId }) });
    },
    /** GET /api/publik/kompetisi/[id]/hasil, with the client's cached ETag when it has one. */
    results(id: string, nomor: string | null = null, ifNoneMatch?: string) {
      const url = `${ORIGIN}/api/publik/kompetisi/${id}/hasil${query(nomor)}`;
      const headers: Record<string, string> = ifNoneMatch ? { "if-none-match": ifNoneMatch } : {};
      return resultsRoute.GET(new Request(url, { headers }), { params: Promise.resolve({ id }) });
    },
  };
}
