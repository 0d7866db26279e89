import { readFileSync } from "node:fs";

/**
 * The word lists of the language pipeline, kept as data files in ./data (one entry per line, `#`
 * comments). Loaded once at import; the pipeline itself stays pure.
 */
function readList(name: string): string[] {
  const text = readFileSync(new URL(`./data/${name}`, import.meta.url), "utf8");
  return text
    .split("\n")
    .map((l) => l.replace(/#.*$/, "").trim())
    .filter(Boolean);
}

function words(name: string): Set<string> {
  return new Set(readList(name).flatMap((l) => l.split(/\s+/)));
}

/** One word map's entries: word -> standard words (empty array: a particle to drop). */
function wordMap(name: string): [string, string[]][] {
  return readList(name).map((l) => {
    const [word = "", ...rest] = l.split(/\s+/);
    return [word, rest.length === 1 && rest[0] === "-" ? [] : rest];
  });
}

/** The Javanese -> Indonesian word map (data/javanese.txt: closed classes and common words of ngoko and krama). */
export const javanese: ReadonlyMap<string, string[]> = new Map(wordMap("javanese.txt"));

/**
 * Slang / abbreviation / Javanese word -> standard words (empty array: a particle to drop): the Javanese
 * map with the chat map (data/slang.txt) over it.
 */
export const slang: ReadonlyMap<string, string[]> = new Map([...javanese, ...wordMap("slang.txt")]);

/** Multi-word expressions joined into one token, longest first. */
export const phrases: ReadonlyArray<{ words: string[]; token: string }> = readList("phrases.txt")
  .map((l) => {
    const [left = "", right = ""] = l.split("=").map((s) => s.trim());
    return { words: left.split(/\s+/), token: right };
  })
  .sort((a, b) => b.words.length - a.words.length);

export const questionWords: ReadonlySet<string> = words("question-words.txt");
export const stopWords: ReadonlySet<string> = words("stopwords.txt");
export const genericWords: ReadonlySet<string> = words("generic.txt");
export const rootWords: ReadonlySet<string> = words("roots.txt");
/** Words that only mark the question type ("apa KATA Maidi"): used for the type, not searched. */
export const typeMarkers: ReadonlySet<string> = words("type-markers.txt");
/** Words that only name the agreement itself ("kontrak kolaborasi tersebut"): see agreement-words.txt. */
export const agreementWords: ReadonlySet<string> = words("agreement-words.txt");
/** Words naming what the knowledge is not about (offices, places, absent facts): see out-of-scope.txt. */
export const outOfScopeWords: ReadonlySet<string> = words("out-of-scope.txt");
