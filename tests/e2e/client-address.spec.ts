import http from "node:http";
import { expect, test } from "@playwright/test";

// With no reverse proxy in front (TRUSTED_PROXY_HOPS unset, 0), a visitor is known by the address of its TCP
// connection: writing a different X-Forwarded-For on every post does not make it a different visitor.

// A public innovation of an OPD that no other story signs in for (no one reads its notifications or its rating).
const TITLE = "Peringatan Dini Banjir Lewat Pesan Singkat";

/** A form post sent from a loopback address of our choosing, so the story has a budget no other story uses. */
function postFrom(localAddress: string, url: URL, headers: Record<string, string>, body: string) {
  return new Promise<{ status: number; location: string }>((resolve, reject) => {
    const req = http.request(
      url,
      {
        method: "POST",
        localAddress,
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          "content-length": String(Buffer.byteLength(body)),
          ...headers,
        },
      },
      (res) => {
        res.resume();
        res.on("end", () => resolve({ status: res.statusCode ?? 0, location: res.headers.location ?? "" }));
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

test("twenty ratings with twenty forged X-Forwarded-For headers count as one visitor; another address is another", async ({
  request,
  baseURL,
}) => {
  const list = await request.get(`/api/v1/inovasi?q=${encodeURIComponent(TITLE)}`);
  const found = ((await list.json()) as { data: { id: string; title: string }[] }).data.find(
    (i) => i.title === TITLE,
  );
  expect(found, TITLE).toBeDefined();
  const target = new URL(`/katalog/${found!.id}/masukan`, baseURL);
  // A loopback address per run, so a rerun on the same database starts with a fresh budget.
  const octet = () => 2 + Math.floor(Math.random() * 250);
  const visitor = `127.${octet()}.${octet()}.${octet()}`;
  const other = `127.${octet()}.${octet()}.2`;

  const outcomes: string[] = [];
  for (let i = 1; i <= 20; i++) {
    const res = await postFrom(
      visitor,
      target,
      { "x-forwarded-for": `198.51.100.${i}`, "x-real-ip": `203.0.113.${i}` },
      "rating=4",
    );
    expect(res.status).toBe(303);
    outcomes.push(new URL(res.location, baseURL).searchParams.get("masukan") ?? "");
  }
  expect(outcomes[0]).toBe("terkirim");
  expect(outcomes.slice(1)).toEqual(Array(19).fill("rateLimited"));

  // The budget is the address's, not everyone's.
  const fromOther = await postFrom(other, target, { "x-forwarded-for": `198.51.100.1` }, "rating=5");
  expect(new URL(fromOther.location, baseURL).searchParams.get("masukan")).toBe("terkirim");
});
