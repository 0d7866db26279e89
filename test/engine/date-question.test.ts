import { tz } from "@date-fns/tz";
import { addMonths } from "date-fns/addMonths";
import { addYears } from "date-fns/addYears";
import { differenceInCalendarDays } from "date-fns/differenceInCalendarDays";
import { differenceInMonths } from "date-fns/differenceInMonths";
import { differenceInWeeks } from "date-fns/differenceInWeeks";
import { differenceInYears } from "date-fns/differenceInYears";
import { format } from "date-fns/format";
import { id } from "date-fns/locale/id";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { datedFacts } from "../../src/engine/date-answer.js";
import { readDateQuestion } from "../../src/engine/date-question.js";
import { jakartaDate, TIME_ZONE } from "../../src/engine/dates.js";
import { standardize } from "../../src/language/normalize.js";
import { at, shippedEngine } from "../support/engine.js";

const engine = shippedEngine();
const inJakarta = tz(TIME_ZONE);
// The signing as the knowledge dates it (never a date written into the test).
const signingFact = datedFacts(engine.knowledge).find((f) => f.kind === "date");
if (!signingFact) throw new Error("the shipped knowledge dates no fact");
const signing = jakartaDate(signingFact.date);
const targetYear = datedFacts(engine.knowledge).find((f) => f.kind === "year");
const ask = (q: string, now: string) => engine.answer(q, { now: at(now) });
const iso = (d: Date) => format(d, "yyyy-MM-dd", { in: inJakarta });
const longDate = (d: Date) => format(d, "EEEE, d MMMM yyyy", { locale: id, in: inJakarta });
const tokens = (q: string) => standardize(q.toLowerCase().replace(/[?,.]/g, "").split(/\s+/), () => false);

/** Calendar days after the signing, as an ISO "now" (from one day to about five years later). */
const daysAfter = fc.integer({ min: 1, max: 1800 }).map((n) => {
  const d = new Date(signing.getTime() + n * 86_400_000);
  return { n, now: iso(d), date: at(iso(d)) };
});

describe("date grammar", () => {
  it("reads units, compounds, anniversaries and yes/no from any register", () => {
    expect(readDateQuestion(tokens("sak iki wis pirang sasi pirang dino teko ttd"), [])).toMatchObject({
      ask: "count",
      units: ["month", "day"],
    });
    expect(readDateQuestion(tokens("sudah berapa lama kerja sama berjalan"), [])).toMatchObject({
      ask: "count",
      units: [],
    });
    expect(readDateQuestion(tokens("kapan genap setahun penandatanganan"), [])).toMatchObject({
      ask: "when",
      anniversary: 1,
    });
    expect(readDateQuestion(tokens("kapan ulang tahun kedua kerja sama"), [])).toMatchObject({
      ask: "when",
      anniversary: 2,
    });
    expect(readDateQuestion(tokens("sudah setahun belum"), [])).toMatchObject({
      ask: "check",
      anniversary: 1,
    });
    expect(readDateQuestion(tokens("hari ini pas setahun kerja sama ya"), ["yesno"])).toMatchObject({
      ask: "check",
      today: true,
    });
  });
  it("leaves durations and plain dates to the ordinary answer", () => {
    expect(readDateQuestion(tokens("kerja sama ini berlaku berapa tahun"), [])).toBeUndefined();
    expect(readDateQuestion(tokens("kerjasama e sampek kapan pirang taun"), [])).toBeUndefined();
    expect(readDateQuestion(tokens("kapan ditandatangani"), ["date"])).toBeUndefined();
  });
});

describe("time since the signing, for any now (property: equal to date-fns in WIB)", () => {
  it("days, weeks, months and years", () => {
    fc.assert(
      fc.property(daysAfter, ({ n, now, date }) => {
        expect(ask("sudah berapa hari sejak penandatanganan?", now).text).toContain(`Sudah ${n} hari`);
        const weeks = differenceInWeeks(date, signing, { in: inJakarta });
        const months = differenceInMonths(date, signing, { in: inJakarta });
        const years = differenceInYears(date, signing, { in: inJakarta });
        expect(ask("wis pirang minggu teko ttd?", now).text).toContain(
          weeks ? `Sudah ${weeks} minggu (${n} hari)` : `kurang dari 1 minggu (${n} hari)`,
        );
        expect(ask("kerja samanya udah berapa bulan?", now).text).toContain(
          months ? `Sudah ${months} bulan (${n} hari)` : `kurang dari 1 bulan (${n} hari)`,
        );
        expect(ask("udah brp tahun sih kerjasama iki diteken", now).text).toContain(
          years ? `Sudah ${years} tahun (${n} hari)` : `kurang dari 1 tahun (${n} hari)`,
        );
      }),
      { numRuns: 40 },
    );
  });
  it("months and days together add up to now", () => {
    fc.assert(
      fc.property(daysAfter, ({ now, date }) => {
        const text = ask("sak iki wis pirang sasi pirang dino teko ttd?", now).text;
        const m = /Sudah (?:(\d+) bulan)? ?(?:(\d+) hari)? \(/.exec(text);
        expect(m, text).not.toBeNull();
        const months = Number(m?.[1] ?? 0);
        const days = Number(m?.[2] ?? 0);
        const back = addMonths(signing, months, { in: inJakarta });
        expect(differenceInCalendarDays(date, back, { in: inJakarta })).toBe(days);
        expect(differenceInMonths(date, signing, { in: inJakarta })).toBe(months);
      }),
      { numRuns: 40 },
    );
  });
  it("'berapa lama' in years, months and days, with the day count", () => {
    const text = ask(
      "sampai hari ini sudah berapa lama kerja sama itu berjalan sejak ditandatangani?",
      "2027-03-01",
    ).text;
    const days = differenceInCalendarDays(at("2027-03-01"), signing, { in: inJakarta });
    expect(text).toContain("Sudah 1 tahun 1 bulan 16 hari (");
    expect(text).toContain(`${days} hari)`);
  });
});

describe("anniversaries", () => {
  const first = addYears(signing, 1, { in: inJakarta });
  it("the day of the first anniversary, in Indonesian, Javanese and English, with the days left", () => {
    for (const q of [
      "kapan ulang tahun pertama kerja sama madiun kediri",
      "ulang tahun pertamanya kapan tuh?",
      "kapan ulang taun pertama ttd ne, kurang piro dino?",
      "first anniversary of the signing falls on what day of the week?",
      "how many days until the first anniversary of the signing?",
    ]) {
      const text = ask(q, "2026-11-29").text;
      expect(text, q).toContain(longDate(first));
      expect(text, q).toContain(
        `${differenceInCalendarDays(first, at("2026-11-29"), { in: inJakarta })} hari lagi`,
      );
    }
  });
  it("months left to the anniversary", () => {
    const months = differenceInMonths(first, jakartaDate("2026-04-10"), { in: inJakarta });
    expect(ask("kurang piro sasi maneh pas setahun ttd ne?", "2026-04-10").text).toContain(`${months} bulan`);
  });
  it("yes/no: Ya on the day, Belum before, Sudah after, Tidak when 'today' is past", () => {
    expect(ask("hari ini pas setahun kerja sama madiun kediri ya?", iso(first)).text).toMatch(/^Ya, benar\./);
    expect(ask("sudah setahun belum kerjasamanya?", "2026-12-01").text).toMatch(/^Belum/);
    expect(ask("udah lewat setahun belum?", "2027-03-01").text).toMatch(/^Sudah\./);
    expect(ask("hari ini pas setahun kerja sama madiun kediri ya?", "2027-03-01").text).toMatch(/^Tidak\./);
  });
});

describe("years named relative to now", () => {
  it("counts down to a target year the knowledge dates, and calls it 'tahun depan'", () => {
    if (!targetYear) throw new Error("no target year");
    const start = jakartaDate(targetYear.date);
    const days = differenceInCalendarDays(start, jakartaDate("2026-07-01"), { in: inJakarta });
    expect(ask(`piro dino maneh tekan ${start.getFullYear()}`, "2026-07-01").text).toContain(`${days} hari`);
    expect(ask(`Berapa bulan lagi menuju tahun ${start.getFullYear()}?`, "2026-03-01").text).toContain(
      `${differenceInMonths(start, jakartaDate("2026-03-01"), { in: inJakarta })} bulan`,
    );
    expect(
      ask("target zero waste berapa tahun lagi?", iso(addYears(start, -1, { in: inJakarta }))).text,
    ).toContain("tahun depan");
  });
});

describe("figures in an introduction are not part of the date question", () => {
  it("'sudah berusia 70 tahun' about the asker is no anniversary", () => {
    const text = ask(
      "Assalamualaikum. Saya pensiunan, sudah berusia 70 tahun, mohon maaf. Saya ingin menanyakan, sampai hari ini sudah berapa lama kerja sama itu berjalan sejak ditandatangani? Terima kasih.",
      "2026-11-29",
    ).text;
    const days = differenceInCalendarDays(jakartaDate("2026-11-29"), signing, { in: inJakarta });
    expect(text).toContain(`(${days} hari) sejak ${signingFact.label}`);
    expect(text).not.toContain("70 tahun");
  });
});

describe("date clauses among other questions", () => {
  it("each clause gets its own answer: a place and an anniversary, signers and a count", () => {
    const first = longDate(addYears(signing, 1, { in: inJakarta }));
    const a = ask("Dimana kerja sama diteken, dan kapan genap setahun?", "2026-11-29").text;
    expect(a).toContain("Balai Kota Kediri");
    expect(a).toContain(first);
    const b = ask("siapa yang tanda tangan dan sudah berapa bulan sejak ttd?", "2026-11-29").text;
    expect(b).toContain("Vinanda");
    expect(b).toMatch(/Sudah \d+ bulan/);
  });
});

describe("a year named with the fact", () => {
  it("counts from the fact of that year, and declines a year the knowledge dates nothing in", () => {
    const year = signing.getFullYear();
    expect(ask(`berapa hari sejak penandatanganan ${year}?`, "2026-11-29").text).toContain(
      `${differenceInCalendarDays(jakartaDate("2026-11-29"), signing, { in: inJakarta })} hari`,
    );
    expect(ask(`berapa hari sejak penandatanganan ${year - 1}?`, "2026-11-29").answered).toBe(false);
  });
});

describe("honest declines: the asked event is not a dated fact of the knowledge", () => {
  it.each([
    "Kapan ulang tahun Vinanda Prameswati?",
    "Kapan Hari Jadi Kota Madiun?",
    "kapan kerja sama berikutnya antara madiun dan kediri akan ditandatangani",
    "pertumbuhan ekonomi madiun tahun lalu berapa persen",
    "Kerja sama ini berlaku berapa tahun?",
    "kerjasama e sampek kapan? pirang taun?",
    "berapa tahun kerja sama ini?",
    "sudah berapa lama maidi menjabat?",
  ])("%s", (q) => {
    expect(ask(q, "2026-11-29").answered).toBe(false);
  });
  it("a later occurrence of a past dated fact is declined saying what the knowledge dates", () => {
    const a = ask("kapan madiun dan kediri akan tanda tangan kerja sama lagi?", "2026-11-29");
    expect(a.answered).toBe(false);
    expect(a.text).toContain(`hanya memuat ${signingFact.label} pada ${longDate(signing)}`);
    // Before the signing, the same words ask about the dated fact itself.
    expect(ask("kapan madiun dan kediri akan tanda tangan kerja sama lagi?", "2025-12-01").answered).toBe(
      true,
    );
  });
});
