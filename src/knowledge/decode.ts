import { errorAt, type KnowledgeProblem, warningAt } from "./problem.js";

/** Files above this size are refused before parsing (a knowledge file is a few dozen kilobytes). */
export const MAX_FILE_BYTES = 1024 * 1024;

/** Decoded text plus warnings (a removed BOM), or the one problem that stops the file. */
export type DecodeResult =
  | { ok: true; text: string; warnings: KnowledgeProblem[] }
  | { ok: false; problem: KnowledgeProblem };

/**
 * Turns a file's bytes into text for the YAML parser, or one clear problem: too big, UTF-16, binary,
 * not UTF-8 (located at the first bad byte). A UTF-8 byte-order mark is removed with a warning.
 * Linear in the file size; never throws.
 */
export function decodeKnowledgeBytes(bytes: Uint8Array, file: string): DecodeResult {
  if (bytes.length > MAX_FILE_BYTES) return { ok: false, problem: tooBigProblem(file, bytes.length) };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return {
      ok: false,
      problem: errorAt(
        file,
        1,
        1,
        "berkas disimpan sebagai UTF-16, bukan UTF-8",
        'simpan ulang berkas dengan pengodean "UTF-8" (di Notepad: Simpan Sebagai > Pengodean > UTF-8)',
      ),
    };
  }
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) {
    const { line, column } = positionOfByte(bytes, bad);
    return {
      ok: false,
      problem: errorAt(
        file,
        line,
        column,
        `berkas bukan teks UTF-8: ada bita rusak (0x${bytes[bad]?.toString(16).padStart(2, "0")}) di sini`,
        "simpan ulang berkas dengan pengodean UTF-8; periksa huruf beraksen atau tanda kutip yang disalin dari Word",
      ),
    };
  }
  // ignoreBOM keeps the mark so it can be reported; checkText removes it.
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
  const bom = text.startsWith("\uFEFF");
  return checkText(bom ? text.slice(1) : text, file, bom);
}

/** Checks text that is already decoded (e.g. given to parseKnowledgeFiles directly). */
export function decodeKnowledgeText(content: string, file: string): DecodeResult {
  const size = Buffer.byteLength(content, "utf8");
  if (size > MAX_FILE_BYTES) return { ok: false, problem: tooBigProblem(file, size) };
  const bom = content.startsWith("\uFEFF");
  return checkText(bom ? content.slice(1) : content, file, bom);
}

function checkText(text: string, file: string, hadBom: boolean): DecodeResult {
  const nul = text.indexOf("\u0000");
  if (nul >= 0) {
    const { line, column } = positionOfChar(text, nul);
    return {
      ok: false,
      problem: errorAt(
        file,
        line,
        column,
        "berkas ini bukan teks (berisi karakter NUL): mungkin gambar, PDF, atau dokumen Word",
        "berkas pengetahuan harus teks YAML biasa berakhiran .yaml",
      ),
    };
  }
  const warnings = hadBom
    ? [
        warningAt(
          file,
          1,
          1,
          "berkas diawali tanda BOM (byte-order mark); tanda itu diabaikan",
          "tidak wajib diperbaiki; bila ingin bersih, simpan sebagai UTF-8 tanpa BOM",
        ),
      ]
    : [];
  return { ok: true, text, warnings };
}

/** The problem for a file over MAX_FILE_BYTES, with how to split it. */
export function tooBigProblem(file: string, size: number): KnowledgeProblem {
  return errorAt(
    file,
    1,
    1,
    `berkas terlalu besar (${(size / 1024 / 1024).toFixed(1)} MB, batasnya ${MAX_FILE_BYTES / 1024 / 1024} MB)`,
    "pecah isinya menjadi beberapa berkas .yaml di folder yang sama, atau periksa apakah berkas yang benar yang tersimpan",
  );
}

/** Index of the first byte that breaks UTF-8 (overlongs and surrogates included), or -1. */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  const n = b.length;
  while (i < n) {
    const c = b[i] as number;
    if (c < 0x80) {
      i++;
      continue;
    }
    let extra: number;
    if (c >= 0xc2 && c <= 0xdf) extra = 1;
    else if (c >= 0xe0 && c <= 0xef) extra = 2;
    else if (c >= 0xf0 && c <= 0xf4) extra = 3;
    else return i;
    if (i + extra >= n) return i;
    for (let k = 1; k <= extra; k++) if (((b[i + k] as number) & 0xc0) !== 0x80) return i;
    const c1 = b[i + 1] as number;
    if (
      (c === 0xe0 && c1 < 0xa0) ||
      (c === 0xed && c1 > 0x9f) ||
      (c === 0xf0 && c1 < 0x90) ||
      (c === 0xf4 && c1 > 0x8f)
    ) {
      return i;
    }
    i += extra + 1;
  }
  return -1;
}

function positionOfByte(bytes: Uint8Array, index: number): { line: number; column: number } {
  let lineStart = 0;
  let line = 1;
  for (let i = 0; i < index; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  const prefix = new TextDecoder("utf-8").decode(bytes.subarray(lineStart, index));
  return { line, column: [...prefix].length + 1 };
}

function positionOfChar(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index);
  const line = before.split("\n").length;
  return { line, column: index - before.lastIndexOf("\n") };
}
