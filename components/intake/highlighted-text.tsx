import { ENTITY_STYLE, type EntityType } from "@/lib/schema/entity-types";
import { segmentText, type Span } from "@/lib/ingest/highlight-spans";
import styles from "./intake.module.css";

/**
 * An article's text with entity mentions underlined in their type's colour and evidence sentences
 * shaded. `types` gives each mentioned entity's type; `active` is an entity or relation to
 * emphasise. Each evidence sentence carries the anchor `evidence-<start>` the explorer links to.
 */
export function HighlightedText(props: {
  text: string;
  spans: Span[];
  types: Record<string, string>;
  active?: string | null;
  arrived?: number | null;
}) {
  const segments = segmentText(props.text, props.spans);
  const anchored = new Set<number>();
  return (
    <div className={styles.article} data-testid="highlighted-text">
      {segments.map((segment) => {
        const evidence = segment.spans.find((s) => s.kind === "evidence");
        const mention = segment.spans.find((s) => s.kind === "mention");
        const classes = [
          evidence ? styles.evidence : "",
          evidence?.dropped ? styles.dropped : "",
          mention ? styles.mention : "",
          props.active && segment.spans.some((s) => s.ref === props.active) ? styles.active : "",
          evidence && props.arrived != null && evidence.start === props.arrived
            ? styles.arrived
            : "",
        ].filter(Boolean);
        if (classes.length === 0) return <span key={segment.start}>{segment.text}</span>;
        const color = mention
          ? ENTITY_STYLE[props.types[mention.ref] as EntityType]?.color
          : undefined;
        const anchor =
          evidence && !anchored.has(evidence.start) && segment.start === evidence.start
            ? `evidence-${evidence.start}`
            : undefined;
        if (anchor) anchored.add(evidence!.start);
        return (
          <mark
            key={segment.start}
            id={anchor}
            aria-current={anchor && evidence!.start === props.arrived ? "true" : undefined}
            className={classes.join(" ")}
            style={color ? { textDecorationColor: color } : undefined}
            title={segment.spans.map((s) => s.label).join(" · ")}
          >
            {segment.text}
          </mark>
        );
      })}
    </div>
  );
}
