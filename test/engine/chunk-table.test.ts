import { describe, expect, it } from "vitest";
import { ChunkTable } from "../../src/engine/chunk-table.js";
import { textChunks } from "../../src/language/normalize.js";

describe("ChunkTable", () => {
  const read = (table: ChunkTable<string>, text: string) => table.found.slice(0, table.read(text));

  it("cuts text where textChunks does and makes each chunk once", () => {
    let made = 0;
    const table = new ChunkTable((chunk) => {
      made++;
      return chunk;
    });
    for (const text of ["  kerja\tsama\n\ndi  Balai\r\nKota. ", "Kota. kerja", "", "   "]) {
      expect(read(table, text)).toEqual((textChunks(text) ?? []).filter(Boolean));
    }
    expect(made).toBe(5);
  });

  it("keeps finding every chunk after growing past its first table", () => {
    const table = new ChunkTable((chunk) => `<${chunk}>`);
    const words = Array.from({ length: 100_000 }, (_, i) => `w${i.toString(36)}`);
    expect(read(table, words.join(" "))).toEqual(words.map((w) => `<${w}>`));
    expect(read(table, `${words[99_999]} ${words[0]}`)).toEqual([`<${words[99_999]}>`, `<${words[0]}>`]);
  });
});
