import { z } from "zod";
import type { EntityType } from "./entity-types";

/**
 * The relation registry: every relation type Liaison knows, in one place. The extractor, the
 * loader, the legend and filters, the console's schema hints and the docs all read it. Relation
 * types reach Cypher only from here, never from user input.
 */
export interface RelationSpec {
  /** Name used in the API and the extraction output. */
  name: string;
  /** Neo4j relationship type. */
  neo4jType: string;
  label: string;
  definition: string;
  symmetric: boolean;
  core: boolean;
  subjectTypes: readonly EntityType[];
  objectTypes: readonly EntityType[];
  color: string;
}

const ANY_PARTY = ["Person", "Organization", "Country"] as const;

export const RELATIONS = [
  {
    name: "met_with",
    neo4jType: "MET_WITH",
    label: "met with",
    definition: "Met in person or held talks; calls, planned or denied meetings are not.",
    symmetric: true,
    core: true,
    subjectTypes: ["Person", "Organization"],
    objectTypes: ["Person", "Organization"],
    color: "#dc2626",
  },
  {
    name: "envoy_of",
    neo4jType: "ENVOY_OF",
    label: "envoy of",
    definition:
      "Envoy, special representative, emissary or ambassador of a person, country or body.",
    symmetric: false,
    core: true,
    subjectTypes: ["Person"],
    objectTypes: ANY_PARTY,
    color: "#2563eb",
  },
  {
    name: "sanctioned_by",
    neo4jType: "SANCTIONED_BY",
    label: "sanctioned by",
    definition:
      "Sanctions imposed on the subject by the object; threatened or lifted-only are not.",
    symmetric: false,
    core: true,
    subjectTypes: ANY_PARTY,
    objectTypes: ["Organization", "Country"],
    color: "#111827",
  },
  {
    name: "works_for",
    neo4jType: "WORKS_FOR",
    label: "works for",
    definition: "Employed by, worked at or member of an organisation, current or former.",
    symmetric: false,
    core: false,
    subjectTypes: ["Person"],
    objectTypes: ["Organization"],
    color: "#d97706",
  },
  {
    name: "leads",
    neo4jType: "LEADS",
    label: "leads",
    definition: "Heads or holds the top office of an organisation or country, with the role.",
    symmetric: false,
    core: false,
    subjectTypes: ["Person"],
    objectTypes: ["Organization", "Country"],
    color: "#7c3aed",
  },
  {
    name: "educated_at",
    neo4jType: "EDUCATED_AT",
    label: "educated at",
    definition: "Studied at, holds a degree from, attended.",
    symmetric: false,
    core: false,
    subjectTypes: ["Person"],
    objectTypes: ["Organization"],
    color: "#0891b2",
  },
  {
    name: "visited",
    neo4jType: "VISITED",
    label: "visited",
    definition: "Travelled to a place (past or ongoing, not planned).",
    symmetric: false,
    core: false,
    subjectTypes: ["Person", "Organization"],
    objectTypes: ["Place", "Country"],
    color: "#16a34a",
  },
  {
    name: "aide_to",
    neo4jType: "AIDE_TO",
    label: "aide to",
    definition: "Aide, adviser or spokesperson of a named person.",
    symmetric: false,
    core: false,
    subjectTypes: ["Person"],
    objectTypes: ["Person"],
    color: "#db2777",
  },
] as const satisfies readonly RelationSpec[];

export type RelationType = (typeof RELATIONS)[number]["name"];
export const RELATION_TYPES = RELATIONS.map((r) => r.name) as [RelationType, ...RelationType[]];
export const relationType = z.enum(RELATION_TYPES);
export const CORE_RELATION_TYPES: RelationType[] = RELATIONS.filter((r) => r.core).map(
  (r) => r.name,
);

const byName = new Map<string, RelationSpec>(RELATIONS.map((r) => [r.name, r]));
const byNeo4jType = new Map<string, RelationSpec>(RELATIONS.map((r) => [r.neo4jType, r]));

export function relationSpec(name: RelationType): RelationSpec {
  const spec = byName.get(name);
  if (!spec) throw new Error(`unknown relation type ${name}`);
  return spec;
}

export function relationSpecByNeo4jType(neo4jType: string): RelationSpec | undefined {
  return byNeo4jType.get(neo4jType);
}

/** Whether the registry allows this relation between entities of these types. */
export function allowsRelation(
  name: RelationType,
  subject: EntityType,
  object: EntityType,
): boolean {
  const spec = relationSpec(name);
  return spec.subjectTypes.includes(subject) && spec.objectTypes.includes(object);
}
