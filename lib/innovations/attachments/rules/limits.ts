// The upload limits, in bytes. Shared by the server and the attachments panel: no Node or server imports here.
export const MB = 1024 * 1024;

/** The configured limits in bytes. */
export type UploadLimits = { maxFileBytes: number; maxTotalBytes: number };

export function limitsFromMb(maxFileMb: number, maxTotalMb: number): UploadLimits {
  return { maxFileBytes: Math.floor(maxFileMb * MB), maxTotalBytes: Math.floor(maxTotalMb * MB) };
}
