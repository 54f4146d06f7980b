import { describe, expect, it } from "vitest";
import { MARK_END as E, MARK_START as S, snippetParts } from "./snippet";
import { videoEmbedUrl } from "./video";

describe("search headlines", () => {
  it("split into plain and marked runs; HTML stays text", () => {
    expect(snippetParts(`Layanan ${S}izin${E} <b>cepat</b> dan ${S}perizinan${E}`)).toEqual([
      { text: "Layanan ", mark: false },
      { text: "izin", mark: true },
      { text: " <b>cepat</b> dan ", mark: false },
      { text: "perizinan", mark: true },
    ]);
    expect(snippetParts("tanpa sorotan")).toEqual([{ text: "tanpa sorotan", mark: false }]);
    expect(snippetParts(`${S}terputus`)).toEqual([{ text: "terputus", mark: false }]);
  });
});

describe("video embeds", () => {
  it("use the no-cookie YouTube player and Vimeo with do-not-track", () => {
    expect(videoEmbedUrl("https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=10")).toBe(
      "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1&rel=0",
    );
    expect(videoEmbedUrl("https://youtu.be/aqz-KE-bpKQ")).toBe(
      "https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ?autoplay=1&rel=0",
    );
    expect(videoEmbedUrl("https://m.youtube.com/shorts/abcdefghijk")).toBe(
      "https://www.youtube-nocookie.com/embed/abcdefghijk?autoplay=1&rel=0",
    );
    expect(videoEmbedUrl("https://vimeo.com/76979871")).toBe(
      "https://player.vimeo.com/video/76979871?autoplay=1&dnt=1",
    );
  });

  it("embed nothing else", () => {
    for (const url of [
      null,
      "",
      "javascript:alert(1)",
      "https://evil.test/watch?v=dQw4w9WgXcQ",
      "https://www.youtube.com/watch?v=<script>",
      "ftp://youtu.be/abcdefg",
      "bukan url",
    ]) {
      expect(videoEmbedUrl(url)).toBeNull();
    }
  });
});
