import { ENTITY_STYLE, ENTITY_TYPES } from "@/lib/schema/entity-types";
import { RELATIONS } from "@/lib/schema/relations";
import { legendLabel } from "@/lib/view/relation-label";
import { CorroborationSwatch, RelationSwatch } from "./relation-swatch";

export function Legend() {
  return (
    <aside className="legend" aria-label="Legend">
      {ENTITY_TYPES.map((type) => (
        <div key={type}>
          <span
            className="swatch"
            style={{ background: ENTITY_STYLE[type].color, borderRadius: "50%" }}
          />
          {ENTITY_STYLE[type].label}
        </div>
      ))}
      {RELATIONS.map((spec) => (
        <div key={spec.name}>
          <RelationSwatch type={spec.name} color={spec.color} symmetric={spec.symmetric} />{" "}
          {legendLabel(spec)}
        </div>
      ))}
      <div>
        <CorroborationSwatch multiple={false} /> one source
      </div>
      <div>
        <CorroborationSwatch multiple /> two or more sources
      </div>
    </aside>
  );
}
