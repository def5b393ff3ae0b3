import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Readable } from "node:stream";
import { listArticleFiles, readArticles, readStdin, type ArticleResult } from "./read-articles";

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "liaison-articles-"));
  await mkdir(join(dir, "sub"));
  await mkdir(join(dir, ".hidden"));
  await writeFile(
    join(dir, "b-story.txt"),
    "Title: Lindau talks\nDate: 2025-03-01\n\nDax Morrow met Ilse Varnhold.",
  );
  await writeFile(join(dir, "a-plain.txt"), "Dax Morrow landed in Lindau.");
  await writeFile(
    join(dir, "sub", "c.html"),
    "<html><title>Oranje &amp; Lindau</title><p>Varnhold spoke.</p></html>",
  );
  await writeFile(
    join(dir, "sub", "d.jsonl"),
    [
      JSON.stringify({ id: "j1", text: "Pia Lund met Tomas Ekdahl.", title: "Lund", entities: [] }),
      "",
      "{not json",
      JSON.stringify({ text: "No id here." }),
      JSON.stringify({ id: "j4" }),
    ].join("\n"),
  );
  await writeFile(join(dir, "e.bin.txt"), Buffer.from([0x48, 0x00, 0x49]));
  await writeFile(join(dir, "notes.csv"), "ignored");
  await writeFile(join(dir, ".hidden", "x.txt"), "ignored");
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function collect(path: string): Promise<ArticleResult[]> {
  const results: ArticleResult[] = [];
  for await (const result of readArticles(path)) results.push(result);
  return results;
}

const summary = (r: ArticleResult) =>
  r.ok
    ? { id: r.article.id, title: r.article.title, text: r.article.text }
    : { error: r.error.message };

describe("readArticles", () => {
  it("lists article files recursively in sorted order, skipping hidden and other files", async () => {
    const files = await listArticleFiles(dir);
    expect(files.map((f) => f.slice(dir.length + 1))).toEqual([
      "a-plain.txt",
      "b-story.txt",
      "e.bin.txt",
      "sub/c.html",
      "sub/d.jsonl",
    ]);
  });

  it("reads a folder: headers, plain text, HTML, JSON Lines, and reports bad inputs without stopping", async () => {
    const results = (await collect(dir)).map((r) => summary(r));
    expect(results).toEqual([
      { id: "a-plain", title: "a-plain", text: "Dax Morrow landed in Lindau." },
      { id: "b-story", title: "Lindau talks", text: "Dax Morrow met Ilse Varnhold." },
      { error: `${join(dir, "e.bin.txt")}: binary data (contains NUL bytes), not an article` },
      {
        id: "sub/c",
        title: "Oranje & Lindau",
        text: "<html><title>Oranje &amp; Lindau</title><p>Varnhold spoke.</p></html>",
      },
      { id: "j1", title: "Lund", text: "Pia Lund met Tomas Ekdahl." },
      { error: expect.stringMatching(new RegExp(`d\\.jsonl:3: malformed JSON`)) },
      { id: "d.jsonl:4", title: undefined, text: "No id here." },
      { error: expect.stringMatching(/d\.jsonl:5: text: /) },
    ]);
  });

  it("keeps the date and origin of a text article", async () => {
    const [result] = await collect(join(dir, "b-story.txt"));
    expect(result).toMatchObject({
      ok: true,
      article: { publishedAt: "2025-03-01", origin: join(dir, "b-story.txt") },
    });
  });

  it("fails clearly for a missing path", async () => {
    await expect(collect(join(dir, "missing.txt"))).rejects.toThrow(
      /missing\.txt: no such file or folder/,
    );
  });

  it("reads an empty folder as no articles", async () => {
    const empty = await mkdtemp(join(tmpdir(), "liaison-empty-"));
    expect(await collect(empty)).toEqual([]);
    await rm(empty, { recursive: true });
  });
});

describe("readStdin", () => {
  const read = async (chunks: string[]) => {
    const results: ArticleResult[] = [];
    for await (const result of readStdin(Readable.from(chunks))) results.push(result);
    return results.map(summary);
  };

  it("streams JSON Lines when the first non-blank line is an object", async () => {
    expect(
      await read(["\n", '{"id":"s1","text":"One."}\n{"id":"s2",', '"text":"Two."}\n\n']),
    ).toEqual([
      { id: "s1", title: undefined, text: "One." },
      { id: "s2", title: undefined, text: "Two." },
    ]);
  });

  it("reads anything else as one text article with optional headers", async () => {
    expect(await read(["Title: Lindau\n\nDax Morrow ", "landed.\n\nHe left.\n"])).toEqual([
      { id: "stdin", title: "Lindau", text: "Dax Morrow landed.\n\nHe left." },
    ]);
  });

  it("reads empty input as no articles", async () => {
    expect(await read([])).toEqual([]);
    expect(await read(["\n  \n"])).toEqual([]);
  });
});
