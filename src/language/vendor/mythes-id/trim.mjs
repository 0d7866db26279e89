// Trims LibreOffice's Indonesian thesaurus (th_id_ID_v2.dat, ISO-8859-1, from Debian mythes-id
// 1:7.5.0-1) to what the bot reads: one-word headwords, one-word synonyms, antonyms dropped, UTF-8.
// Output line: "head|pos:syn,syn;pos:syn" (pos as in the source: n, v, a, adv, p, num, pron).
// Usage: node trim.mjs /usr/share/mythes/th_id_ID_v2.dat > thesaurus.txt
import { readFileSync } from "node:fs";

const lines = readFileSync(process.argv[2]).toString("latin1").split("\n");
const out = [];
for (let i = 1; i < lines.length; ) {
  const line = lines[i];
  if (!line) {
    i++;
    continue;
  }
  const cut = line.lastIndexOf("|");
  const head = line.slice(0, cut);
  const count = Number(line.slice(cut + 1));
  const senses = lines.slice(i + 1, i + 1 + count);
  i += 1 + count;
  if (/[ -]/.test(head)) continue;
  const keep = [];
  for (const sense of senses) {
    const [posText = "", ...words] = sense.split("|");
    const pos = posText.replace(/[[\]]/g, "");
    if (pos === "ant") continue;
    keep.push(`${pos}:${words.filter((w) => w && w !== head && !/[ -]/.test(w)).join(",")}`);
  }
  if (keep.length) out.push(`${head}|${keep.join(";")}`);
}
process.stdout.write(`${out.join("\n")}\n`);
