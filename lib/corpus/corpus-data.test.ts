import { describe, it, expect } from "vitest";
import fs from "node:fs";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

// Consistency checks for the project's own annotated corpus (data/corpus): the gold lines,
// the article files they are built from, and the annotation type rules of FORMAT.md.

const root = fileURLToPath(new URL("../../", import.meta.url));
const corpusDir = `${root}data/corpus/`;
const articlesDir = `${corpusDir}articles/`;

type Entity = { name: string; type: string; aliases: string[] };
type Relation = {
  type: string;
  subject: string;
  object: string;
  evidence: string;
  cross_sentence: boolean;
  alt_objects?: string[];
};
type Negative = { type: string; subject: string; object: string; reason: string };
type Gold = {
  id: string;
  title: string;
  publishedAt: string;
  source: string;
  text: string;
  entities: Entity[];
  relations: Relation[];
  negatives: Negative[];
};

const ENTITY_TYPES = ["Person", "Organization", "Country", "Place"];
const PARTY = ["Person", "Organization", "Country"];
const RULES: Record<string, [string[], string[]]> = {
  met_with: [
    ["Person", "Organization"],
    ["Person", "Organization"],
  ],
  envoy_of: [["Person"], PARTY],
  sanctioned_by: [PARTY, ["Organization", "Country"]],
  works_for: [["Person"], ["Organization"]],
  leads: [["Person"], ["Organization", "Country"]],
  educated_at: [["Person"], ["Organization"]],
  visited: [
    ["Person", "Organization"],
    ["Place", "Country"],
  ],
  aide_to: [["Person"], ["Person"]],
};

const gold: Gold[] = fs
  .readFileSync(`${corpusDir}gold.jsonl`, "utf8")
  .split("\n")
  .filter((l) => l.trim() !== "")
  .map((l) => JSON.parse(l) as Gold);

const articleFiles = fs.readdirSync(articlesDir).filter((f) => f.endsWith(".txt"));

function parseArticle(raw: string) {
  const split = raw.indexOf("\n\n");
  const header = raw.slice(0, split).split("\n");
  const body = raw.slice(split + 2);
  const field = (k: string) => header.find((h) => h.startsWith(`${k}: `))?.slice(k.length + 2);
  return { title: field("Title"), date: field("Date"), source: field("Source"), body, header };
}

describe("Liaison sample corpus", () => {
  it("has at least 40 articles and 300 relations", () => {
    expect(gold.length).toBeGreaterThanOrEqual(40);
    expect(articleFiles.length).toBe(gold.length);
    const relations = gold.reduce((n, g) => n + g.relations.length, 0);
    expect(relations).toBeGreaterThanOrEqual(300);
  });

  it("has unique ids, each with an article file", () => {
    const ids = gold.map((g) => g.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id).toMatch(/^\d{3}-[a-z0-9-]+$/);
      expect(articleFiles).toContain(`${id}.txt`);
    }
  });

  it("matches each article file: header fields and body byte for byte", () => {
    for (const g of gold) {
      const a = parseArticle(fs.readFileSync(`${articlesDir}${g.id}.txt`, "utf8"));
      expect(a.header.length, g.id).toBe(3);
      expect(a.title, g.id).toBe(g.title);
      expect(a.date, g.id).toBe(g.publishedAt);
      expect(a.source, g.id).toBe(g.source);
      expect(a.body, g.id).toBe(g.text);
      expect(g.publishedAt, g.id).toMatch(/^2025-\d\d-\d\d$/);
      const words = g.text.split(/\s+/).filter(Boolean).length;
      expect(words, g.id).toBeGreaterThanOrEqual(120);
      expect(words, g.id).toBeLessThanOrEqual(300);
    }
  });

  it("declares valid, unique entities that occur in the text", () => {
    for (const g of gold) {
      const names = g.entities.map((e) => e.name);
      expect(new Set(names).size, g.id).toBe(names.length);
      for (const e of g.entities) {
        expect(ENTITY_TYPES, `${g.id}: ${e.name}`).toContain(e.type);
        expect(Array.isArray(e.aliases), `${g.id}: ${e.name}`).toBe(true);
        const forms = [e.name, ...e.aliases];
        expect(
          forms.some((f) => g.text.includes(f)),
          `${g.id}: ${e.name}`,
        ).toBe(true);
      }
    }
  });

  it("has relations with verbatim evidence, declared names and allowed types", () => {
    for (const g of gold) {
      const byName = new Map(g.entities.map((e) => [e.name, e]));
      const seen = new Set<string>();
      for (const r of g.relations) {
        const where = `${g.id}: ${r.type} ${r.subject} -> ${r.object}`;
        const rule = RULES[r.type];
        expect(rule, where).toBeDefined();
        expect(typeof r.cross_sentence, where).toBe("boolean");
        expect(r.evidence.length, where).toBeGreaterThan(0);
        expect(g.text.includes(r.evidence), where).toBe(true);
        const s = byName.get(r.subject);
        expect(s, where).toBeDefined();
        expect(rule![0], where).toContain(s!.type);
        for (const o of [r.object, ...(r.alt_objects ?? [])]) {
          const oe = byName.get(o);
          expect(oe, `${where} (${o})`).toBeDefined();
          expect(rule![1], `${where} (${o})`).toContain(oe!.type);
        }
        const key =
          r.type === "met_with"
            ? `${r.type}:${[r.subject, r.object].sort().join("|")}`
            : `${r.type}:${r.subject}|${r.object}`;
        expect(seen.has(key), `duplicate ${where}`).toBe(false);
        seen.add(key);
      }
    }
  });

  it("has negatives with declared names that do not contradict the relations", () => {
    for (const g of gold) {
      const names = new Set(g.entities.map((e) => e.name));
      const pairs = new Set(
        g.relations.map((r) =>
          r.type === "met_with"
            ? `${r.type}:${[r.subject, r.object].sort().join("|")}`
            : `${r.type}:${r.subject}|${r.object}`,
        ),
      );
      for (const n of g.negatives) {
        const where = `${g.id}: negative ${n.type} ${n.subject} -> ${n.object}`;
        expect(RULES[n.type], where).toBeDefined();
        expect(names.has(n.subject), where).toBe(true);
        expect(names.has(n.object), where).toBe(true);
        expect(n.reason.length, where).toBeGreaterThan(0);
        const key =
          n.type === "met_with"
            ? `${n.type}:${[n.subject, n.object].sort().join("|")}`
            : `${n.type}:${n.subject}|${n.object}`;
        expect(pairs.has(key), where).toBe(false);
      }
    }
  });

  it("is in sync with its sources (node data/corpus/build.mjs --check)", () => {
    expect(() =>
      execFileSync(process.execPath, [`${corpusDir}build.mjs`, "--check"], { stdio: "pipe" }),
    ).not.toThrow();
  });
});
