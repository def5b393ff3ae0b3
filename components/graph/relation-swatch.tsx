import { relationMark } from "@/lib/view/relation-marks";

/** A relation type's look in small: its colour, dash pattern and end marker, as the canvas draws it. */
export function RelationSwatch({
  type,
  color,
  symmetric,
}: {
  type: string;
  color: string;
  symmetric: boolean;
}) {
  const mark = relationMark(type);
  const arrow = symmetric ? "none" : mark.arrow;
  return (
    <svg
      className="relation-swatch"
      width="30"
      height="12"
      viewBox="0 0 30 12"
      aria-hidden
      focusable="false"
    >
      <line
        x1="1"
        y1="6"
        x2={arrow === "none" ? 29 : 22}
        y2="6"
        stroke={color}
        strokeWidth="2.5"
        strokeDasharray={mark.dash.map((d) => d * 0.6).join(" ") || undefined}
      />
      <Marker shape={arrow} color={color} />
    </svg>
  );
}

function Marker({ shape, color }: { shape: string; color: string }) {
  switch (shape) {
    case "none":
      return null;
    case "tee":
      return <rect x="22" y="1" width="3" height="10" fill={color} />;
    case "diamond":
      return <polygon points="21,6 25,2 29,6 25,10" fill={color} />;
    case "circle":
      return <circle cx="25" cy="6" r="3.5" fill={color} />;
    case "square":
      return <rect x="21.5" y="2.5" width="7" height="7" fill={color} />;
    case "chevron":
      return <polyline points="22,2 28,6 22,10" fill="none" stroke={color} strokeWidth="2.2" />;
    case "triangle-backcurve":
      return <path d="M21 2 L29 6 L21 10 Q24 6 21 2 Z" fill={color} />;
    default:
      return <polygon points="21,2 29,6 21,10" fill={color} />;
  }
}

/** The two looks of a line by corroboration, for the legend. */
export function CorroborationSwatch({ multiple }: { multiple: boolean }) {
  return (
    <svg
      className="relation-swatch"
      width="30"
      height="12"
      viewBox="0 0 30 12"
      aria-hidden
      focusable="false"
    >
      {multiple && <line x1="1" y1="6" x2="29" y2="6" stroke="#111827" strokeWidth="5.5" />}
      <line
        x1="1"
        y1="6"
        x2="29"
        y2="6"
        stroke="#6b7280"
        strokeWidth="2.5"
        opacity={multiple ? 1 : 0.62}
      />
    </svg>
  );
}
