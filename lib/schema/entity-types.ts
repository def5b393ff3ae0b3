import { z } from "zod";

export const ENTITY_TYPES = ["Person", "Organization", "Country", "Place"] as const;
export const entityType = z.enum(ENTITY_TYPES);
export type EntityType = z.infer<typeof entityType>;

/** How each entity type is drawn and described. Read by the legend, the canvas and the docs. */
export const ENTITY_STYLE: Record<EntityType, { label: string; color: string; shape: string }> = {
  Person: { label: "Person", color: "#2563eb", shape: "ellipse" },
  Organization: { label: "Organization", color: "#d97706", shape: "round-rectangle" },
  Country: { label: "Country", color: "#059669", shape: "hexagon" },
  Place: { label: "Place", color: "#7c3aed", shape: "diamond" },
};
