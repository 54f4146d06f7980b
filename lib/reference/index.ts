// Reference lists for Indonesian regional government, copied from the programme's shared data
// (UU 23/2014 urusan, SDGs as named in Indonesia, PP 38/2017 forms and initiators).
import data from "./reference-id.json";

export const URUSAN: readonly string[] = [
  ...data.urusan.wajib_pelayanan_dasar,
  ...data.urusan.wajib_non_pelayanan_dasar,
  ...data.urusan.pilihan,
  ...data.urusan.fungsi_penunjang,
];

export const SDGS: ReadonlyArray<{ number: number; name: string }> = Object.entries(data.sdgs).map(
  ([number, name]) => ({ number: Number(number), name }),
);

/** A goal's Indonesian name (the facet list and the innovation page; translated names are in messages). */
export const sdgName = (n: number) => SDGS.find((s) => s.number === n)?.name ?? String(n);
