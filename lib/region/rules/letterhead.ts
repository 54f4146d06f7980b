// What the portal's printed documents take from the region's profile: the letterhead (name, unit, address, contacts,
// logo) and the signing officials.
import { formatNip } from "@/lib/validation/nip";

export type Official = {
  /** The office as printed above the signature, e.g. "Sekretaris Daerah Kabupaten Lestari Jaya". */
  title: string;
  name: string;
  rank: string | null;
  /** As people read it ("19700315 200003 2 001"), or null for an elected head without one. */
  nip: string | null;
};

export type Letterhead = {
  regionName: string;
  unit: string | null;
  address: string | null;
  /** "Telepon (0298) 321456 · Email … · Laman …", or null when the profile has no contact. */
  contact: string | null;
  /** PNG or JPEG bytes (the formats PDF fonts and images take); a WebP logo is left out. */
  logo: Uint8Array | null;
  head: Official | null;
  secretary: Official | null;
};

/** The fields of the region's profile a letterhead prints. */
export type LetterheadProfile = {
  name: string;
  secretariatUnit: string | null;
  address: string | null;
  phone: string | null;
  fax: string | null;
  email: string | null;
  website: string | null;
  headName: string | null;
  headNip: string | null;
  headTitle: string | null;
  secretaryName: string | null;
  secretaryNip: string | null;
  secretaryTitle: string | null;
  secretaryRank: string | null;
};

/** The letterhead and officials of a profile, with the logo's bytes already read (or null). */
export function letterheadFrom(p: LetterheadProfile, logo: Uint8Array | null): Letterhead {
  const contact = [
    p.phone ? `Telepon ${p.phone}` : null,
    p.fax ? `Faksimile ${p.fax}` : null,
    p.email ? `Email ${p.email}` : null,
    p.website ? `Laman ${p.website.replace(/^https?:\/\//, "").replace(/\/$/, "")}` : null,
  ].filter(Boolean);
  return {
    regionName: p.name,
    unit: p.secretariatUnit,
    address: p.address,
    contact: contact.length ? contact.join(" · ") : null,
    logo,
    head: p.headName
      ? {
          title: p.headTitle ?? "Kepala Daerah",
          name: p.headName,
          rank: null,
          nip: p.headNip ? formatNip(p.headNip) : null,
        }
      : null,
    secretary: p.secretaryName
      ? {
          title: p.secretaryTitle ?? `Sekretaris Daerah ${p.name}`,
          name: p.secretaryName,
          rank: p.secretaryRank,
          nip: p.secretaryNip ? formatNip(p.secretaryNip) : null,
        }
      : null,
  };
}
