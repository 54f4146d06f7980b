export function installUrl(appUrl: string, token: string): string {
  return `${appUrl.replace(/\/+$/, "")}/pasang?token=${encodeURIComponent(token)}`;
}
