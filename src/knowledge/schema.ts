import { z } from "zod";
import { QUESTION_TYPE_HELP, QUESTION_TYPES } from "./types.js";

/**
 * The shape of one knowledge file as staff write it. Messages are Indonesian because staff read them.
 * Meaning checks that span fields or files (duplicate ids, unknown source ids, impossible dates) live in
 * validate.ts; this schema only checks each value's type and form.
 */
/** A missing key and an empty value (`kolom:` with nothing after it) both read as "not filled in". */
const missing = (input: unknown) => input === undefined || input === null;

/** "harus berupa teks" for a value that is not text; a number or yes/no says to put it in quotes. */
const notText = (what: string, input: unknown) =>
  typeof input === "number" || typeof input === "boolean"
    ? `${what} harus berupa teks: tulis "${String(input)}" dengan tanda kutip (angka atau ya/tidak tanpa tanda kutip dibaca sebagai nilai, bukan teks)`
    : `${what} harus berupa teks`;

const text = (what: string) =>
  z
    .string({ error: (iss) => (missing(iss.input) ? `${what} belum diisi` : notText(what, iss.input)) })
    .trim()
    .min(1, { error: `${what} tidak boleh kosong` });

const DATE_FORM = "harus ditulis TTTT-BB-HH, misalnya 2026-01-13";

export const isoDate = z
  .string({ error: (iss) => (missing(iss.input) ? "tanggal belum diisi" : `tanggal ${DATE_FORM}`) })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: `tanggal ${DATE_FORM}` });

const idOf = (what: string) =>
  z
    .string({ error: (iss) => (missing(iss.input) ? `${what} belum diisi` : notText(what, iss.input)) })
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
      error: `${what} hanya boleh huruf kecil, angka dan tanda hubung, misalnya tanggal-penandatanganan`,
    });
const id = idOf("id");

const listError = (what: string) => (iss: { input?: unknown }) =>
  missing(iss.input) ? `${what} belum diisi` : `${what} harus berupa daftar (baris-baris diawali "- ")`;

const list = <T extends z.ZodTypeAny>(item: T, what: string) =>
  z.array(item, { error: listError(what) }).default([]);

const year = (what: string) =>
  z
    .number({
      error: (iss) => (missing(iss.input) ? `${what} belum diisi` : `${what} harus angka, misalnya 2027`),
    })
    .int({ error: `${what} harus bilangan bulat, misalnya 2027` })
    .min(1900, { error: `${what} tidak masuk akal (sebelum 1900)` })
    .max(2200, { error: `${what} tidak masuk akal (setelah 2200)` });

/** Error options for every object: names unknown keys and says when a value is not a set of keys. */
const objectErrors = (what: string) => ({
  error: (iss: { code?: string; keys?: string[]; input?: unknown }) =>
    iss.code === "unrecognized_keys"
      ? `kolom tidak dikenal: ${(iss.keys ?? []).join(", ")}`
      : iss.code === "invalid_type"
        ? missing(iss.input)
          ? `${what} belum diisi`
          : `${what} harus berupa kumpulan kolom (nama: isi)`
        : undefined,
});

export const sourceSchema = z.strictObject(
  {
    id,
    outlet: text("nama media (outlet)"),
    title: text("judul").optional(),
    /** Publication date; leave it out when the report gives none (the bot then shows no date). */
    date: isoDate.optional(),
    url: z.string().url({ error: "url tidak valid" }).optional(),
    note: text("catatan").optional(),
  },
  objectErrors("sumber"),
);

export const partySchema = z.strictObject(
  {
    key: id,
    name: text("nama pihak"),
    aliases: list(text("alias"), "aliases"),
  },
  objectErrors("pihak"),
);

const personSchema = z.strictObject(
  {
    name: text("nama orang"),
    office: text("jabatan (office)"),
    party: idOf("pihak (party)").optional(),
  },
  objectErrors("orang"),
);

const quoteSchema = z.strictObject(
  {
    text: text("isi kutipan (text)"),
    speaker: text("pembicara kutipan (speaker)"),
    office: text("jabatan pembicara (office)"),
    /** The day the words were said; leave it out when the source does not date them. */
    date: isoDate.optional(),
  },
  objectErrors("kutipan"),
);

const factsSchema = z.strictObject(
  {
    dates: list(
      z.strictObject({ label: text("label tanggal"), date: isoDate }, objectErrors("tanggal")),
      "dates",
    ),
    places: list(text("tempat"), "places"),
    people: list(personSchema, "people"),
    sectors: list(text("sektor"), "sectors"),
    targets: list(
      z.strictObject(
        {
          what: text("isi target"),
          year: year("tahun target"),
          // One party's key, a list of keys for a target the parties share ([madiun, kediri]), or left out
          // when the source does not say whose target it is.
          owner: z
            .union([idOf("pemilik target (owner)"), z.array(idOf("pemilik target (owner)"))], {
              error: (iss) =>
                Array.isArray(iss.input)
                  ? "pemilik target (owner) berisi key pihak, misalnya [madiun, kediri]"
                  : notText("pemilik target (owner)", iss.input),
            })
            .optional(),
        },
        objectErrors("target"),
      ),
      "targets",
    ),
    years: list(year("tahun"), "years"),
    numbers: list(
      z.strictObject(
        {
          label: text("label angka"),
          value: z.union([z.number(), text("nilai angka")], {
            error: (iss) =>
              missing(iss.input)
                ? "nilai angka (value) belum diisi"
                : "nilai angka (value) harus angka atau teks",
          }),
          unit: text("satuan (unit)").optional(),
        },
        objectErrors("angka"),
      ),
      "numbers",
    ),
    organisations: list(text("nama kantor atau lembaga"), "organisations"),
  },
  objectErrors("facts"),
);

export const entrySchema = z.strictObject(
  {
    id,
    topic: text("topik"),
    answer: text("jawaban (answer)"),
    source: idOf("sumber (source)"),
    // Optional: left out, the types come from the facts (see inferAnswerTypes in build.ts).
    answers: z
      .array(
        z.enum(QUESTION_TYPES, {
          error: (iss) =>
            `jenis pertanyaan ${typeof iss.input === "string" ? `"${iss.input}" ` : ""}tidak dikenal; pilih dari: ${QUESTION_TYPES.join(", ")}`,
        }),
        { error: listError("answers") },
      )
      .min(1, {
        error: "answers tidak boleh kosong: sebutkan jenis pertanyaan yang dijawab, atau hapus barisnya",
      })
      .optional(),
    about: list(idOf("pihak"), "about"),
    questions: z
      .array(text("pertanyaan"), { error: "questions harus berupa daftar pertanyaan" })
      .min(1, { error: "tulis paling sedikit satu pertanyaan contoh" }),
    keywords: list(text("kata kunci"), "keywords"),
    facts: factsSchema.optional(),
    quotes: list(quoteSchema, "quotes"),
    related: list(idOf("id butir terkait"), "related"),
    izinkan: list(text("pertanyaan yang diizinkan pindah"), "izinkan"),
  },
  objectErrors("butir"),
);

export const fileSchema = z.strictObject(
  {
    sources: list(sourceSchema, "sources"),
    parties: list(partySchema, "parties"),
    examples: list(text("contoh pertanyaan"), "examples"),
    entries: list(entrySchema, "entries"),
    tolak: list(text("pertanyaan yang harus ditolak"), "tolak"),
  },
  objectErrors("berkas"),
);

/** Every key the schema knows, for "did you mean" hints on misspelt keys. */
export const KNOWN_KEYS = [
  ...new Set([
    ...Object.keys(fileSchema.shape),
    ...Object.keys(sourceSchema.shape),
    ...Object.keys(partySchema.shape),
    ...Object.keys(personSchema.shape),
    ...Object.keys(quoteSchema.shape),
    ...Object.keys(factsSchema.shape),
    ...Object.keys(entrySchema.shape),
    "label",
    "what",
    "year",
    "owner",
    "value",
    "unit",
  ]),
];

export type FileData = z.infer<typeof fileSchema>;
export type EntryData = z.infer<typeof entrySchema>;

/** The valid answer types, one line each with an example question (hint for an unknown type). */
export function answerTypesHelp(): string {
  return QUESTION_TYPES.map((t) => `\n      ${t} = ${QUESTION_TYPE_HELP[t]}`).join("");
}

/** Indonesian words staff may write for an answer type ("jumlah" for amount). */
const TYPE_WORDS: Readonly<Record<string, (typeof QUESTION_TYPES)[number]>> = {
  tanggal: "date",
  waktu: "date",
  kapan: "date",
  hari: "date",
  selang: "relative",
  tempat: "place",
  lokasi: "place",
  dimana: "place",
  orang: "person",
  siapa: "person",
  tokoh: "person",
  lembaga: "person",
  kantor: "person",
  penyelenggara: "person",
  daftar: "list",
  alasan: "reason",
  kenapa: "reason",
  mengapa: "reason",
  kutipan: "quote",
  pernyataan: "quote",
  tujuan: "purpose",
  manfaat: "benefit",
  dampak: "benefit",
  penjelasan: "definition",
  definisi: "definition",
  ringkasan: "definition",
  ya: "yesno",
  yatidak: "yesno",
  jumlah: "amount",
  angka: "amount",
  harga: "amount",
  biaya: "amount",
  berapa: "amount",
  number: "amount",
  count: "amount",
  price: "amount",
  time: "date",
  location: "place",
  who: "person",
};

/** The valid answer type staff most likely meant by an unknown one ("jumlah" -> amount), if any. */
export function meantAnswerType(written: string): string | undefined {
  const w = written.toLowerCase().replace(/[^a-z]/g, "");
  if (TYPE_WORDS[w]) return TYPE_WORDS[w];
  return QUESTION_TYPES.find((t) => closeSpelling(w, t));
}

/** One letter added, dropped, changed or two swapped ("amout", "dtae"). */
function closeSpelling(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a.length < 3) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const rest = (x: string, n: number) => x.slice(i + n);
  return (
    rest(a, 1) === rest(b, 1) ||
    rest(a, 1) === rest(b, 0) ||
    rest(a, 0) === rest(b, 1) ||
    (a[i] === b[i + 1] && a[i + 1] === b[i] && rest(a, 2) === rest(b, 2))
  );
}
