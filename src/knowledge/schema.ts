import { z } from "zod";
import { QUESTION_TYPES } from "./types.js";

/**
 * The shape of one knowledge file as staff write it. Messages are Indonesian because staff read them.
 * Meaning checks that span fields or files (duplicate ids, unknown source ids, impossible dates) live in
 * validate.ts; this schema only checks each value's type and form.
 */
const text = (what: string) =>
  z
    .string({ error: `${what} harus berupa teks` })
    .trim()
    .min(1, { error: `${what} tidak boleh kosong` });

export const isoDate = z
  .string({ error: "tanggal harus ditulis TTTT-BB-HH, misalnya 2026-01-13" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "tanggal harus ditulis TTTT-BB-HH, misalnya 2026-01-13" });

const id = z.string({ error: "id harus berupa teks" }).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
  error: "id hanya boleh huruf kecil, angka dan tanda hubung, misalnya tanggal-penandatanganan",
});

const list = <T extends z.ZodTypeAny>(item: T, what: string) =>
  z.array(item, { error: `${what} harus berupa daftar (baris-baris diawali "- ")` }).default([]);

export const sourceSchema = z.strictObject(
  {
    id,
    outlet: text("nama media (outlet)"),
    title: text("judul").optional(),
    date: isoDate,
    url: z.string().url({ error: "url tidak valid" }).optional(),
    note: text("catatan").optional(),
  },
  {
    error: (iss) =>
      iss.code === "unrecognized_keys" ? `kolom tidak dikenal: ${iss.keys.join(", ")}` : undefined,
  },
);

export const partySchema = z.strictObject({
  key: id,
  name: text("nama pihak"),
  aliases: list(text("alias"), "aliases"),
});

const personSchema = z.strictObject({
  name: text("nama orang"),
  office: text("jabatan (office)"),
  party: id.optional(),
});

const quoteSchema = z.strictObject({
  text: text("isi kutipan"),
  speaker: text("pembicara (speaker)"),
  office: text("jabatan pembicara (office)"),
  date: isoDate,
});

const factsSchema = z.strictObject({
  dates: list(z.strictObject({ label: text("label tanggal"), date: isoDate }), "dates"),
  places: list(text("tempat"), "places"),
  people: list(personSchema, "people"),
  sectors: list(text("sektor"), "sectors"),
  targets: list(
    z.strictObject({
      what: text("isi target"),
      year: z.number({ error: "tahun target harus angka, misalnya 2027" }).int().min(1900).max(2200),
      owner: id,
    }),
    "targets",
  ),
  years: list(z.number({ error: "tahun harus angka" }).int().min(1900).max(2200), "years"),
});

export const entrySchema = z.strictObject({
  id,
  topic: text("topik"),
  answer: text("jawaban (answer)"),
  source: id,
  answers: z
    .array(
      z.enum(QUESTION_TYPES, {
        error: `jenis pertanyaan harus salah satu dari: ${QUESTION_TYPES.join(", ")}`,
      }),
      {
        error: "answers harus berupa daftar jenis pertanyaan",
      },
    )
    .min(1, { error: "answers tidak boleh kosong: sebutkan jenis pertanyaan yang dijawab" }),
  about: list(id, "about"),
  questions: z
    .array(text("pertanyaan"), { error: "questions harus berupa daftar pertanyaan" })
    .min(1, { error: "tulis paling sedikit satu pertanyaan contoh" }),
  keywords: list(text("kata kunci"), "keywords"),
  facts: factsSchema.optional(),
  quotes: list(quoteSchema, "quotes"),
  related: list(id, "related"),
});

export const fileSchema = z.strictObject({
  sources: list(sourceSchema, "sources"),
  parties: list(partySchema, "parties"),
  examples: list(text("contoh pertanyaan"), "examples"),
  entries: list(entrySchema, "entries"),
});

export type FileData = z.infer<typeof fileSchema>;
export type EntryData = z.infer<typeof entrySchema>;
