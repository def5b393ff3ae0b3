import { randomInt } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { closeDriver } from "@/lib/neo4j/driver";
import { runQuery, withTransaction } from "@/lib/neo4j/query";
import type { EntityType } from "@/lib/schema/entity-types";
import { entityId } from "@/lib/schema/ids";
import type { RelationType } from "@/lib/schema/relations";
import { checkConsistency } from "./counts";
import { documentId } from "./document-id";
import { deleteDocument } from "./documents";
import { ingestStream, type IngestItem } from "./ingest-stream";
import type { PreparedDocument } from "./plan";
import { entitiesById } from "./queries";
import { writeBatchIn } from "./write-batch";

// A random surname tail per run: names of other runs are many edits away, so they never match.
const tail = Array.from({ length: 9 }, () => "bcdfghjkmnpqrstvxz"[randomInt(18)]).join("");
const written = new Set<string>();

/** The entities the graph has under these ids. */
async function stored(...ids: string[]) {
  const rows = await runQuery(entitiesById, { ids });
  return new Map(rows.map((r) => [r.id, r]));
}

interface Named {
  name: string;
  type?: EntityType;
}

/** One article: `subject relation object.` with both names mentioned where the text has them. */
function article(
  subject: Named,
  type: RelationType,
  object: Named,
  words = "met",
): PreparedDocument {
  const text = `${subject.name} ${words} ${object.name} in Riyadh (${randomInt(1e9)}).`;
  const entity = (n: Named, from: number) => {
    const t = n.type ?? "Person";
    const start = text.indexOf(n.name, from);
    return {
      id: entityId(t, n.name),
      name: n.name,
      type: t,
      aliases: [],
      roles: [],
      mentions: [{ start, end: start + n.name.length, text: n.name }],
    };
  };
  const a = entity(subject, 0);
  const b = entity(object, subject.name.length);
  return {
    text,
    meta: { title: "t", publishedAt: "2025-03-01" },
    extraction: {
      extractorVersion: "test",
      document: { length: text.length },
      entities: [a, b],
      relations: [
        {
          type,
          subject: a.id,
          object: b.id,
          confidence: 0.9,
          evidence: { sentence: text, start: 0, end: text.length },
        },
      ],
    },
  };
}

async function ingest(...docs: PreparedDocument[]) {
  async function* items(): AsyncGenerator<IngestItem> {
    for (const document of docs) {
      written.add(documentId(document.text));
      yield { label: document.text, document };
    }
  }
  const summary = await ingestStream(items(), { batchSize: 10 });
  expect(summary.documents.failed).toBe(0);
  return summary;
}

const person = (name: string) => entityId("Person", name);

afterAll(async () => {
  for (const id of written) await deleteDocument(id).catch(() => undefined);
  await closeDriver();
});

describe("cross-document name resolution (real Neo4j)", () => {
  it("makes spelling variants in separate articles one entity with both spellings as aliases", async () => {
    const kirill = `Kirill Dmitriev${tail}`;
    const witkoff = `Steve Witkoff${tail}`;
    await ingest(article({ name: kirill }, "met_with", { name: witkoff }));
    await ingest(
      article({ name: `Kirill Dmitriyev${tail}` }, "met_with", { name: `Steve Witkov${tail}` }),
    );
    // Two more variants arriving together in one batch.
    await ingest(
      article({ name: `Kiril Dmitriev${tail}` }, "met_with", { name: witkoff }),
      article(
        { name: `Kirill Dmitriyev${tail}` },
        "visited",
        { name: "Riyadh", type: "Place" },
        "visited",
      ),
    );

    const found = await stored(
      person(kirill),
      person(`Kirill Dmitriyev${tail}`),
      person(`Kiril Dmitriev${tail}`),
      person(witkoff),
      person(`Steve Witkov${tail}`),
    );
    expect([...found.keys()].sort()).toEqual([person(kirill), person(witkoff)]);
    expect(found.get(person(kirill))!.aliases).toEqual(
      expect.arrayContaining([`Kirill Dmitriyev${tail}`, `Kiril Dmitriev${tail}`]),
    );
    expect(found.get(person(witkoff))!.aliases).toContain(`Steve Witkov${tail}`);
    expect(found.get(person(kirill))!.weight).toBe(4);
    expect(await checkConsistency()).toMatchObject({
      countMismatches: 0,
      relationsWithoutEvidence: 0,
      evidenceWithoutRelation: 0,
      duplicateRelations: 0,
    });
  });

  it("names a new entity after its most mentioned spelling when the variants arrive in one batch", async () => {
    const best = `Marat Gilyazov${tail}`;
    await ingest(
      article({ name: `Marat Giljazov${tail}` }, "met_with", { name: `Lena Ostrova${tail}` }),
      article({ name: best }, "met_with", { name: `Lena Ostrova${tail}` }),
      article({ name: best }, "visited", { name: "Riyadh", type: "Place" }, "visited"),
    );
    const found = await stored(person(best), person(`Marat Giljazov${tail}`));
    expect([...found.keys()]).toEqual([person(best)]);
    expect(found.get(person(best))!.aliases).toContain(`Marat Giljazov${tail}`);
  });

  it("keeps people who share a surname or an initial apart", async () => {
    await ingest(
      article({ name: `Anna Petrova${tail}` }, "met_with", { name: `Alexei Petrov${tail}` }),
    );
    await ingest(
      article({ name: `Olga Petrova${tail}` }, "met_with", { name: `Andrei Petrov${tail}` }),
    );
    await ingest(article({ name: `Petrova${tail}` }, "met_with", { name: `Ivan Sidorov${tail}` }));
    const ids = [
      `Anna Petrova${tail}`,
      `Olga Petrova${tail}`,
      `Alexei Petrov${tail}`,
      `Andrei Petrov${tail}`,
      `Petrova${tail}`,
    ].map(person);
    expect([...(await stored(...ids)).keys()].sort()).toEqual([...ids].sort());
  });

  it("keeps a person and an organisation with similar names apart", async () => {
    const name = `Rosa Kalinova${tail}`;
    await ingest(article({ name }, "met_with", { name: `Pavel Orlov${tail}` }));
    await ingest(
      article(
        { name: `Pavel Orlov${tail}` },
        "works_for",
        { name, type: "Organization" },
        "works for",
      ),
    );
    await ingest(
      article(
        { name: `Pavel Orlov${tail}` },
        "works_for",
        { name: `Rosa Kalinov${tail}`, type: "Organization" },
        "works for",
      ),
    );
    const ids = [
      person(name),
      entityId("Organization", name),
      entityId("Organization", `Rosa Kalinov${tail}`),
    ];
    const found = await stored(...ids);
    expect([...found.keys()].sort()).toEqual([...ids].sort());
    expect(found.get(entityId("Organization", name))!.type).toBe("Organization");
  });

  it("never crashes or half-writes when two ingests resolve the same new name at once", async () => {
    const a = article({ name: `Yusuf Karimov${tail}` }, "met_with", { name: `Omar Haddad${tail}` });
    const b = article({ name: `Yusuf Karimoff${tail}` }, "met_with", { name: `Omar Hadad${tail}` });
    const [ra, rb] = await Promise.all([ingest(a), ingest(b)]);
    expect(ra.documents.created + rb.documents.created).toBe(2);
    expect(await checkConsistency()).toMatchObject({
      countMismatches: 0,
      relationsWithoutEvidence: 0,
      evidenceWithoutRelation: 0,
      duplicateRelations: 0,
    });
    // Resolution is serialized (lib/ingest/write-batch.ts): the second saw the first's entity.
    const found = await stored(person(`Yusuf Karimov${tail}`), person(`Yusuf Karimoff${tail}`));
    expect(found.size).toBe(1);
  });

  /** Five spellings of one name, as machine translation varies them; names of different tests are far apart. */
  const spellings = (first: string, last: string) => [
    `${first} ${last}${tail}`,
    `${first} ${last}y${tail}`,
    `${first.slice(0, -1)} ${last}${tail}`,
    `${first}h ${last}${tail}`,
    `${first} ${last}h${tail}`,
  ];

  /** The ids of the five spellings that the graph has, and the one surviving entity's names. */
  async function survivors(names: string[]) {
    const found = await stored(...names.map(person));
    return {
      ids: [...found.keys()],
      names: [...found.values()].flatMap((e) => [e.name, ...e.aliases]),
    };
  }

  it("makes five spellings of one new name ingested one after another one entity", async () => {
    const names = spellings("Anatoly", "Bastrykin");
    for (const [i, name] of names.entries())
      await ingest(
        article({ name }, "met_with", {
          name: `${["Ali", "Ben", "Cem", "Dan", "Eli"][i]} Contact${tail}`,
        }),
      );
    const { ids, names: known } = await survivors(names);
    expect(ids).toHaveLength(1);
    expect(known).toEqual(expect.arrayContaining(names));
  });

  it("makes five spellings of one new name ingested at the same moment one entity, as one after another", async () => {
    const names = spellings("Gennady", "Zakharenko");
    const results = await Promise.all(
      names.map((name, i) =>
        ingest(
          article({ name }, "met_with", {
            name: `${["Ali", "Ben", "Cem", "Dan", "Eli"][i]} Contact${tail}`,
          }),
        ),
      ),
    );
    expect(results.reduce((n, r) => n + r.documents.created, 0)).toBe(5);
    const { ids, names: known } = await survivors(names);
    expect(ids).toHaveLength(1);
    expect(known).toEqual(expect.arrayContaining(names));
    expect(await checkConsistency()).toMatchObject({ countMismatches: 0, duplicateRelations: 0 });
  });

  it("serializes in Neo4j too: five transactions from outside this process's queue still make one entity", async () => {
    // writeBatchIn in transactions of their own is what five app instances or CLI runs do: only the
    // IngestLock node orders them.
    const names = spellings("Vsevolod", "Miroshnik");
    const merges = new Map<string, string>();
    const docs = names.map((name, i) =>
      article({ name }, "met_with", {
        name: `${["Ali", "Ben", "Cem", "Dan", "Eli"][i]} Contact${tail}`,
      }),
    );
    docs.forEach((d) => written.add(documentId(d.text)));
    const results = await Promise.all(
      docs.map((d) => withTransaction("WRITE", (tx) => writeBatchIn(tx, [d], { merges }))),
    );
    expect(results.reduce((n, r) => n + r.created.length, 0)).toBe(5);
    const { ids } = await survivors(names);
    expect(ids).toHaveLength(1);
  });
});
