import type { Core, ElementDefinition, NodeCollection } from "cytoscape";

/** Where a new node should appear: on a ring around a neighbour already drawn, else near the centre. */
function startPosition(
  cy: Core,
  id: string,
  elements: ElementDefinition[],
  index: number,
  count: number,
) {
  const ring = 110 + 7 * count; // room for every newcomer's label on the ring
  for (const e of elements) {
    if (e.group !== "edges") continue;
    const other =
      e.data.source === id ? e.data.target : e.data.target === id ? e.data.source : null;
    if (!other) continue;
    const anchor = cy.getElementById(other);
    if (anchor.nonempty() && anchor.isNode()) {
      const angle = (index / Math.max(count, 1)) * 2 * Math.PI;
      const p = anchor.position();
      return { x: p.x + ring * Math.cos(angle), y: p.y + ring * Math.sin(angle) };
    }
  }
  const extent = cy.extent();
  return {
    x: (extent.x1 + extent.x2) / 2 + (index % 10) * 10,
    y: (extent.y1 + extent.y2) / 2 + Math.floor(index / 10) * 10,
  };
}

/**
 * Makes the canvas hold exactly `elements`: removes what is gone, adds what is new (placed next to
 * a neighbour already drawn, so an expansion grows from its node), updates changed data. Returns
 * the nodes it added, so the caller can lay out just those.
 */
export function syncElements(cy: Core, elements: ElementDefinition[]): NodeCollection {
  const wanted = new Set(elements.map((e) => String(e.data.id)));
  let added = cy.collection() as NodeCollection;
  cy.batch(() => {
    cy.elements()
      .filter((ele) => !wanted.has(ele.id()))
      .remove();
    const fresh: ElementDefinition[] = [];
    let index = 0;
    const newNodes = elements.filter(
      (e) => e.group === "nodes" && cy.getElementById(String(e.data.id)).empty(),
    ).length;
    for (const element of elements) {
      const existing = cy.getElementById(String(element.data.id));
      if (existing.nonempty()) {
        for (const [key, value] of Object.entries(element.data)) {
          if (existing.data(key) !== value && typeof value !== "object") existing.data(key, value);
        }
        continue;
      }
      fresh.push(
        element.group === "nodes"
          ? {
              ...element,
              position: startPosition(cy, String(element.data.id), elements, index++, newNodes),
            }
          : element,
      );
    }
    const empty = cy.nodes().empty();
    const result = cy.add(fresh);
    added = result.nodes();
    if (empty) added.positions(() => ({ x: 0, y: 0 }));
  });
  return added;
}
