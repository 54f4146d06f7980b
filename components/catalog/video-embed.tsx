"use client";
// Privacy-friendly video: nothing from the video host loads until the visitor presses play.
// Without JavaScript the button is replaced by the plain link below it.
import { useState } from "react";

export function VideoEmbed({
  embedUrl,
  title,
  playLabel,
}: {
  embedUrl: string;
  title: string;
  playLabel: string;
}) {
  const [playing, setPlaying] = useState(false);
  if (playing) {
    return (
      <div className="aspect-video w-full overflow-hidden rounded-lg bg-black">
        <iframe
          src={embedUrl}
          title={title}
          className="h-full w-full"
          allow="autoplay; encrypted-media; picture-in-picture; fullscreen"
          allowFullScreen
          referrerPolicy="strict-origin-when-cross-origin"
        />
      </div>
    );
  }
  return (
    <button
      type="button"
      onClick={() => setPlaying(true)}
      className="flex aspect-video w-full items-center justify-center rounded-lg bg-slate-800 text-white hover:bg-slate-700 focus:outline-none focus-visible:ring-4 focus-visible:ring-brand-600"
    >
      <span className="flex items-center gap-3 rounded-full bg-white/10 px-5 py-3 text-lg font-semibold">
        <svg aria-hidden="true" viewBox="0 0 24 24" className="h-8 w-8 fill-current">
          <path d="M8 5v14l11-7z" />
        </svg>
        {playLabel}
      </span>
    </button>
  );
}
