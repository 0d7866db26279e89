import type { Paragraph } from "./text.js";

/**
 * Direct quotes: the exact text between quote marks (straight or typographic), joined when a quotation
 * runs over several paragraphs (news style opens each paragraph of a long quotation again and closes
 * only the last one). Attribution is read from the words after the closing mark ("ujarnya", "kata X")
 * or before the opening one ("X mengatakan,", "Kata X,", "Menurut X,"). Pure.
 */

/** A quotation as found, before its speaker is resolved. */
export interface RawQuote {
  text: string;
  /** Paragraph of the opening mark and offset of the mark in it. */
  paragraph: number;
  open: number;
  /** Paragraph of the closing mark and offset just after it. */
  lastParagraph: number;
  close: number;
  /** Paragraph text before the opening mark. */
  leadIn: string;
  /** Text of the last paragraph after the closing mark, up to the end of its sentence. */
  tail: string;
  /** False when the paragraph ended without a closing mark and none continued it. */
  closed: boolean;
}

const OPEN = new Set(["\u201c", '"']);
const CLOSE = new Set(["\u201d", '"']);

/** All quotations in the paragraphs, in order. */
export function findQuotes(paragraphs: readonly Paragraph[]): RawQuote[] {
  const out: RawQuote[] = [];
  let current: { parts: string[]; paragraph: number; open: number; leadIn: string } | undefined;
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const t = (paragraphs[pi] as Paragraph).text;
    let i = 0;
    if (current) {
      // Continuation paragraph: it opens again with a quote mark.
      if (OPEN.has(t[0] ?? "")) i = 1;
    }
    let segStart = current ? i : -1;
    for (; i < t.length; i++) {
      const c = t[i] as string;
      if (!current && OPEN.has(c) && (c !== '"' || /(^|[\s(,:])$/.test(t.slice(Math.max(0, i - 1), i)))) {
        current = { parts: [], paragraph: pi, open: i, leadIn: t.slice(0, i) };
        segStart = i + 1;
      } else if (current && CLOSE.has(c) && i > segStart) {
        current.parts.push(t.slice(segStart, i));
        out.push({
          text: joinParts(current.parts),
          paragraph: current.paragraph,
          open: current.open,
          lastParagraph: pi,
          close: i + 1,
          leadIn: current.leadIn,
          tail: sentenceRest(t.slice(i + 1)),
          closed: true,
        });
        current = undefined;
        segStart = -1;
      }
    }
    if (current) {
      current.parts.push(t.slice(segStart));
      const next = paragraphs[pi + 1]?.text ?? "";
      if (!OPEN.has(next[0] ?? "")) {
        out.push({
          text: joinParts(current.parts),
          paragraph: current.paragraph,
          open: current.open,
          lastParagraph: pi,
          close: t.length,
          leadIn: current.leadIn,
          tail: "",
          closed: false,
        });
        current = undefined;
      }
    }
  }
  return out;
}

function joinParts(parts: string[]): string {
  return parts
    .map((p) => p.trim())
    .filter(Boolean)
    .join(" ");
}

/** The rest of the sentence after a closing quote mark: ` ujarnya pada Rabu, 14 Januari 2026.` */
function sentenceRest(s: string): string {
  const m = /^[^.!?]*(?:\.(?=\d)[^.!?]*)*[.!?]?/.exec(s);
  return (m?.[0] ?? "").trim();
}

/** Verbs of saying that follow a quotation ("ujarnya", "kata Rahmat", "jelas Endang"). */
const AFTER_VERBS =
  "ujar|kata|jelas|tegas|imbuh|pungkas|ucap|tutur|terang|tambah|lanjut|papar|ungkap|sebut|tandas|pesan|harap|akui|aku|seru|kenang|kisah|cerita|sambung|timpal|canda";

/** Who a quotation is attributed to, as written: a name/nickname, or a pronoun ("-nya", "ia"). */
export interface Attribution {
  /** The speaker as written ("Rahmat", "Mbak Wali"), or undefined for a pronoun. */
  speaker?: string;
  pronoun: boolean;
  /** The clause that attributes it (searched for a date and a setting). */
  clause: string;
}

/** Reads the attribution after the closing mark, then before the opening mark. */
export function attributionOf(q: RawQuote): Attribution | undefined {
  const tail = q.tail.replace(/^[,\s]+/, "");
  const after = new RegExp(
    `^(?:${AFTER_VERBS})(nya\\b|\\s+(?:dia|ia)\\b|\\s+((?:\\p{Lu}[\\p{L}.]*\\s?){1,4}))(?:yang\\s+(?:akrab|biasa|karib)\\s+(?:disapa|dipanggil)\\s+((?:\\p{Lu}\\p{Ll}*\\s?){1,3}))?`,
    "u",
  ).exec(tail);
  if (after) {
    // "ujar Bupati yang akrab disapa Bunda Tari itu": the nickname names the speaker, not the office.
    const name = (after[3] ?? after[2])?.trim();
    return name ? { speaker: name, pronoun: false, clause: tail } : { pronoun: true, clause: tail };
  }
  // "tambah pria asal Watukarang itu", "ujar perempuan yang akrab disapa Bu Siska itu": a description of
  // someone already named; its nickname, when it gives one, names the speaker.
  const described = new RegExp(`^(?:${AFTER_VERBS})\\s+(\\p{Ll}[^,.;!?]*?)\\s(?:itu|tersebut)\\b`, "u").exec(
    tail,
  );
  if (described) {
    const nick = /\b(?:disapa|dipanggil|sapaan)\s+((?:\p{Lu}\p{Ll}*\.?\s?){1,3})/u.exec(described[1] ?? "");
    const name = nick?.[1]?.trim();
    return name ? { speaker: name, pronoun: false, clause: tail } : { pronoun: true, clause: tail };
  }
  const lead = q.leadIn.trim();
  const before =
    /(?:^|[.,;]\s*)(?:Kata|Menurut|Ujar|Tutur|Ucap)\s+((?:\p{Lu}[\p{L}.]*\s?){1,4}|dia|ia|nya)\s*[,:]\s*$/u.exec(
      lead,
    ) ??
    /(?:^|[.,;]\s*)((?:\p{Lu}[\p{L}.]*\s?){1,4}|Ia|Dia)\s+(?:(?:sempat|juga|pun|pernah|lalu|kemudian|kembali|bahkan)\s+)?(?:mengatakan|menyatakan|berkata|menegaskan|menjelaskan|menambahkan|menyampaikan|mengungkapkan|menuturkan|menerangkan|berpesan|mengaku)\s*[,:]?\s*$/u.exec(
      lead,
    );
  if (before) {
    const who = (before[1] ?? "").trim();
    const pronoun = /^(ia|dia|nya)$/i.test(who);
    return pronoun ? { pronoun: true, clause: lead } : { speaker: who, pronoun: false, clause: lead };
  }
  if (/^(Menurutnya|Katanya|Ujarnya)\s*,\s*$/u.test(lead)) return { pronoun: true, clause: lead };
  return undefined;
}
