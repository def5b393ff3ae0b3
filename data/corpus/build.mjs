// Builds data/corpus/articles/*.txt and data/corpus/gold.jsonl from data/corpus/src/*.mjs.
// Plain Node, no dependencies: `node data/corpus/build.mjs` (add --check to verify without writing).
// Source format (compact, validated here):
//   ents: ["Full Name|P|alias1|alias2"]   types P=Person O=Organization C=Country L=Place
//   rels: ["[x:]type|subject|object|key[|alt1;alt2]"]  key = unique substring of the evidence
//         sentence (the whole sentence is written as evidence); "x:" marks cross_sentence.
//   neg:  ["type|subject|object|reason"]
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const SOURCE = "Liaison Sample Wire (written for the Liaison sample corpus)";
const TYPES = { P: "Person", O: "Organization", C: "Country", L: "Place" };
const RULES = {
  met_with: [["Person", "Organization"], ["Person", "Organization"]],
  envoy_of: [["Person"], ["Person", "Organization", "Country"]],
  sanctioned_by: [["Person", "Organization", "Country"], ["Organization", "Country"]],
  works_for: [["Person"], ["Organization"]],
  leads: [["Person"], ["Organization", "Country"]],
  educated_at: [["Person"], ["Organization"]],
  visited: [["Person", "Organization"], ["Place", "Country"]],
  aide_to: [["Person"], ["Person"]],
};

export function sentences(text) {
  const out = [];
  for (const para of text.split(/\n+/)) {
    let start = 0;
    const re = /[.!?]["”’)]?(?=\s+["“‘(]?[A-Z0-9])/g;
    let m;
    while ((m = re.exec(para))) {
      const before = para.slice(start, m.index + 1);
      const lastTok = before.split(/\s+/).pop();
      if (/^(?:[A-Z]\.)+$/.test(lastTok) || /^(?:Mr|Mrs|Ms|Dr|St|Gen|Lt|Sen|Rep|No)\.$/.test(lastTok)) continue;
      out.push(para.slice(start, m.index + m[0].length).trim());
      start = m.index + m[0].length;
    }
    const rest = para.slice(start).trim();
    if (rest) out.push(rest);
  }
  return out;
}

const errors = [];
const err = (id, msg) => errors.push(`${id}: ${msg}`);
const docs = [];
const files = fs.readdirSync(path.join(here, "src")).filter((f) => f.endsWith(".mjs")).sort();
for (const f of files) {
  const mod = await import(path.join(here, "src", f));
  for (const a of mod.default) docs.push(a);
}
docs.sort((a, b) => a.id.localeCompare(b.id));
const seen = new Set();
const lines = [];
const stats = { relations: {}, entities: 0, negatives: 0 };
const artDir = path.join(here, "articles");
// --check: write nothing, fail if the generated files differ from what is on disk.
const CHECK = process.argv.includes("--check");
const emit = (file, content) => {
  if (!CHECK) return fs.writeFileSync(file, content);
  const old = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : null;
  if (old !== content) errors.push(`${path.relative(here, file)}: out of date, run node data/corpus/build.mjs`);
};
for (const a of docs) {
  const id = a.id;
  if (seen.has(id)) err(id, "duplicate id");
  seen.add(id);
  if (!/^\d{3}-[a-z0-9-]+$/.test(id)) err(id, "bad id");
  if (!/^2025-\d\d-\d\d$/.test(a.date)) err(id, "bad date");
  const text = a.body.trim().split("\n").map((l) => l.trim()).join("\n").replace(/\n{3,}/g, "\n\n");
  const words = text.split(/\s+/).length;
  if (words < 120 || words > 300) err(id, `word count ${words}`);
  const sents = sentences(text);
  const entities = a.ents.map((s) => {
    const [name, t, ...aliases] = s.split("|");
    if (!TYPES[t]) err(id, `bad entity type ${s}`);
    const forms = [name, ...aliases];
    if (!forms.some((x) => text.includes(x))) err(id, `entity not in text: ${name}`);
    for (const al of aliases) if (!text.includes(al)) err(id, `alias not in text: ${al}`);
    return { name, type: TYPES[t], aliases };
  });
  const byName = new Map(entities.map((e) => [e.name, e]));
  if (byName.size !== entities.length) err(id, "duplicate entity names");
  const check = (type, s, o, where) => {
    const rule = RULES[type];
    if (!rule) return err(id, `bad relation type ${type} (${where})`);
    const se = byName.get(s), oe = byName.get(o);
    if (!se) err(id, `undeclared subject ${s} (${where})`);
    if (!oe) err(id, `undeclared object ${o} (${where})`);
    if (se && !rule[0].includes(se.type)) err(id, `${type} subject type ${se.type} (${where})`);
    if (oe && !rule[1].includes(oe.type)) err(id, `${type} object type ${oe.type} (${where})`);
  };
  const keys = new Set();
  const relations = a.rels.map((s) => {
    let [type, subject, object, key, alts] = s.split("|");
    let cross = false;
    if (type.startsWith("x:")) { cross = true; type = type.slice(2); }
    check(type, subject, object, s);
    const hits = sents.filter((x) => x.includes(key));
    if (hits.length !== 1) err(id, `key matches ${hits.length} sentences: ${key}`);
    const pair = type === "met_with" ? [subject, object].sort().join("~") : `${subject}~${object}`;
    if (keys.has(type + pair)) err(id, `duplicate relation ${s}`);
    keys.add(type + pair);
    const r = { type, subject, object, evidence: hits[0] ?? key, cross_sentence: cross };
    if (alts) { r.alt_objects = alts.split(";"); for (const x of r.alt_objects) check(type, subject, x, s); }
    stats.relations[type] = (stats.relations[type] ?? 0) + 1;
    return r;
  });
  const negatives = (a.neg ?? []).map((s) => {
    const [type, subject, object, reason] = s.split("|");
    check(type, subject, object, s);
    const pair = type === "met_with" ? [subject, object].sort().join("~") : `${subject}~${object}`;
    if (keys.has(type + pair)) err(id, `negative contradicts a relation: ${s}`);
    return { type, subject, object, reason };
  });
  stats.entities += entities.length;
  stats.negatives += negatives.length;
  emit(path.join(artDir, `${id}.txt`), `Title: ${a.title}\nDate: ${a.date}\nSource: ${SOURCE}\n\n${text}`);
  lines.push(JSON.stringify({ id, title: a.title, publishedAt: a.date, source: SOURCE, text, entities, relations, negatives }));
  if (process.argv.includes("-v")) console.log(id, words, "words", relations.length, "rels");
}
for (const f of fs.readdirSync(artDir)) if (!seen.has(f.replace(/\.txt$/, ""))) err(f, "stray article file");
emit(path.join(here, "gold.jsonl"), lines.join("\n") + "\n");
const total = Object.values(stats.relations).reduce((x, y) => x + y, 0);
console.log(`${docs.length} articles, ${stats.entities} entities, ${total} relations, ${stats.negatives} negatives`);
console.log(stats.relations);
if (errors.length) { console.error(errors.join("\n")); process.exit(1); }
