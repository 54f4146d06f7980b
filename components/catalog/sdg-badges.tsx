// The UN colours of the 17 goals, as a stripe beside dark text so every badge keeps its contrast.
const SDG_COLORS = [
  "#E5243B",
  "#DDA63A",
  "#4C9F38",
  "#C5192D",
  "#FF3A21",
  "#26BDE2",
  "#FCC30B",
  "#A21942",
  "#FD6925",
  "#DD1367",
  "#FD9D24",
  "#BF8B2E",
  "#3F7E44",
  "#0A97D9",
  "#56C02B",
  "#00689D",
  "#19486A",
];

// Black or white text, whichever contrasts more with the goal's colour (always ≥ 4.5:1).
const luminance = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};
const textOn = (hex: string) => {
  const l = luminance(hex);
  return 1.05 / (l + 0.05) >= (l + 0.05) / 0.05 ? "#ffffff" : "#000000";
};

/** SDG "icons": the goal's number on its colour, with the name beside it or in a tooltip. */
export function SdgBadges({
  sdgs,
  withNames = false,
  label,
}: {
  sdgs: number[];
  withNames?: boolean;
  label: (n: number) => string;
}) {
  if (!sdgs.length) return null;
  return (
    <ul className="flex flex-wrap gap-1.5" aria-label="SDGs">
      {sdgs.map((n) => (
        <li key={n} className="sdg-item" title={label(n)}>
          <span
            aria-hidden="true"
            className="sdg-badge"
            style={{ backgroundColor: SDG_COLORS[n - 1], color: textOn(SDG_COLORS[n - 1]!) }}
          >
            {n}
          </span>
          <span className={withNames ? "" : "sr-only"}>{label(n)}</span>
        </li>
      ))}
    </ul>
  );
}
