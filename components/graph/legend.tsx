import { ENTITY_STYLE, ENTITY_TYPES } from "@/lib/schema/entity-types";
import { RELATIONS } from "@/lib/schema/relations";

export function Legend() {
  return (
    <aside className="legend" aria-label="Legend">
      {ENTITY_TYPES.map((type) => (
        <div key={type}>
          <span className="swatch" style={{ background: ENTITY_STYLE[type].color, borderRadius: "50%" }} />
          {ENTITY_STYLE[type].label}
        </div>
      ))}
      {RELATIONS.map((spec) => (
        <div key={spec.name}>
          <span className="swatch" style={{ background: spec.color, height: 3 }} />
          {spec.label}
        </div>
      ))}
    </aside>
  );
}
