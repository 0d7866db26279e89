import { describe, expect, it } from "vitest";
import { type ConversationState, converse } from "../../src/conversation/index.js";
import { at, shippedEngine } from "../support/engine.js";

/**
 * Follow-ups of the older conversation sets (round 8): what a doubt, an ordinal, a verb's "-nya", a
 * corrected place or a superlative refers to, and which premise a participant question makes. Each shape
 * with a control in other words and a twin the knowledge does not answer, which must stay declined.
 * Shown on the shipped knowledge (signed Tuesday 13 January 2026 at Balai Kota Kediri; Maidi's words on
 * the economy dated Wednesday 14 January; the 2027 target is Madiun's).
 */
const engine = shippedEngine();

/** Plays the turns in one conversation at `now`; returns each turn's answer. */
function play(now: string, ...questions: string[]) {
  let state: ConversationState | undefined;
  return questions.map((q) => {
    const turn = converse(engine, state, q, { now: at(now) });
    state = turn.state;
    return turn.answer;
  });
}
const last = <T>(xs: T[]): T => xs[xs.length - 1] as T;

describe("a participant the source does not name is no wrong premise", () => {
  it("'ada pemprov Jatim yang ikut?' is declined, not denied with the parties", () => {
    const a = last(
      play(
        "2026-11-29",
        "Siapa saja pihak yang terlibat dalam kerja sama Madiun-Kediri?",
        "ada pemprov Jatim yang ikut?",
      ),
    );
    expect(a.kind).toBe("decline");
    for (const q of [
      "apakah pemprov jatim ikut kerja sama?",
      "pemkab madiun melu to?",
      "apakah pemprov jatim turut hadir?",
    ])
      expect(engine.answer(q, { now: at("2026-11-29") }).kind, q).toBe("decline");
  });

  it("a claim that another level of government IS a party is still corrected", () => {
    for (const q of [
      "apakah kerja sama ini antara pemprov jatim dan kediri?",
      "Apakah kerja sama ini dilakukan pemkab madiun?",
    ]) {
      const a = engine.answer(q, { now: at("2026-11-29") });
      expect(a.text, q).toMatch(/^Bukan\. .*Pemerintah Kota Madiun dan Pemerintah Kota Kediri/);
    }
  });
});

describe("a doubt with a word of surprise repeats the last question", () => {
  it("'bener gitu? kok cepet' after a days-until figure gives the figure again", () => {
    const [first, doubt] = play(
      "2026-11-29",
      "ok. trs 2027 tuh brp lama lg dr skrg?",
      "bener gitu? kok cepet",
    );
    expect(first?.text).toContain("33 hari");
    expect(doubt?.text).toContain("33 hari");
    expect(doubt?.text).not.toMatch(/^Ya, benar/);
    // Control: other words of doubt and surprise.
    expect(last(play("2026-11-29", "udah berapa hari sejak ttd?", "yakin? kok lama banget")).text).toContain(
      "320 hari",
    );
  });

  it("a doubt after a decline repeats the decline", () => {
    const a = last(play("2026-11-29", "berapa anggaran kerja sama madiun kediri?", "masa sih? kok sedikit"));
    expect(a.kind).toBe("decline");
  });
});

describe("an anniversary said to have just passed ('kemarin')", () => {
  it("'tanggal anniversary-nya kemarin tanggal berapa?' gives the anniversary's day", () => {
    for (const q of [
      "tanggal anniversary-nya kemarin tanggal berapa?",
      "ulang tahun kerja sama kemarin tanggal berapa?",
    ])
      expect(engine.answer(q, { now: at("2027-03-01") }).text, q).toContain("13 Januari 2027");
    const a = last(
      play(
        "2027-03-01",
        "How long has it been since the Madiun–Kediri signing?",
        "tanggal anniversary-nya kemarin tanggal berapa?",
      ),
    );
    expect(a.text).toContain("13 Januari 2027");
  });

  it("someone's birthday 'kemarin' is still no fact of the knowledge", () => {
    expect(engine.answer("ulang tahun Vinanda kemarin tanggal berapa?", { now: at("2027-03-01") }).kind).toBe(
      "decline",
    );
  });
});

describe("an ordinal picks one of the quotes the conversation named", () => {
  const opening = [
    'Siapa yang mengatakan "Jika ekonomi kota tumbuh baik, maka kota itu akan sehat"?',
    "Kapan beliau mengatakannya?",
    "Baik. Apa kutipan beliau yang lain mengenai sinergi?",
  ];
  it("'sejak kutipan pertama itu' counts from the first quote's day, not the signing's", () => {
    const a = last(
      play("2026-11-29", ...opening, "Sejak kutipan pertama itu hingga hari ini sudah berapa hari?"),
    );
    expect(a.text).toContain("319 hari");
    expect(a.text).not.toContain("320");
  });

  it("'kutipan terakhir tadi' is the newest quote", () => {
    const a = last(play("2026-11-29", ...opening, "kutipan terakhir tadi soal apa?"));
    expect(a.text).toMatch(/Sinergi antarkota/);
  });

  it("a place for the quote the source does not give is not invented", () => {
    const a = last(play("2026-11-29", opening[0] as string, "kutipan pertama itu diucapkan di gedung apa?"));
    expect(a.text).not.toContain("Balai Kota");
  });
});

describe("a place the citizen names replaces the topic's wrong place", () => {
  it("'oh balai kota kediri terus hari apa itu' after 'pendopo kabupaten' asks the day of the signing", () => {
    const a = last(
      play(
        "2026-11-29",
        "pak itu penandatanganan kerja sama madiun kediri di pendopo kabupaten kediri ya",
        "oh balai kota kediri terus hari apa itu",
      ),
    );
    expect(a.text).toContain("Selasa");
    expect(a.text).not.toMatch(/hari (yang lalu|sejak)|Sudah \d+ hari/);
  });

  it("the same place with a question the knowledge does not answer is declined", () => {
    const a = last(
      play(
        "2026-11-29",
        "pak itu penandatanganan kerja sama madiun kediri di pendopo kabupaten kediri ya",
        "oh balai kota kediri terus jam berapa itu",
      ),
    );
    expect(a.kind).toBe("decline");
  });
});

describe("a verb's '-nya' stands for the topic", () => {
  it("'Media apa yang memberitakannya?' names the outlet", () => {
    const a = last(
      play("2026-11-29", "Apa tujuan kerja sama Madiun Kediri?", "Media apa yang memberitakannya?"),
    );
    expect(a.kind).toBe("answer");
    expect(a.text).toContain("KETIK");
  });

  it("a cost of doing it is still not in the knowledge", () => {
    const a = last(
      play("2026-11-29", "Apa tujuan kerja sama Madiun Kediri?", "Berapa biaya untuk melaksanakannya?"),
    );
    expect(a.kind).toBe("decline");
  });
});

describe("'paling penting' asks the priority", () => {
  it("'sing paling penting opo?' after the sectors is the economy, and 'kok ngono?' its reason", () => {
    const [, most, why] = play(
      "2026-11-29",
      "rek, kerjasama Madiun karo Kediri iku bidang opo ae?",
      "sing paling penting opo?",
      "lha kok ngono?",
    );
    expect(most?.text).toMatch(/ekonomi menjadi prioritas utama/);
    expect(why?.text).toMatch(/kesejahteraan|sehat/);
    // Control: the same in a full question and in English.
    for (const q of [
      "Sektor apa yang paling penting dalam kerja sama Madiun Kediri?",
      "what is the most important sector?",
    ])
      expect(engine.answer(q, { now: at("2026-11-29") }).text, q).toMatch(/prioritas utama/);
  });

  it("the most important person of a city is not in the knowledge", () => {
    expect(engine.answer("siapa orang paling penting di kediri?", { now: at("2026-11-29") }).kind).toBe(
      "decline",
    );
  });
});

describe("an ordinal picks an item of the list just answered", () => {
  it("'yang kedua tadi apa?' after the sectors is the second sector the source names", () => {
    const a = last(
      play(
        "2026-11-29",
        "Apa saja sektor yang dicakup dalam kesepakatan kerja sama Madiun-Kediri?",
        "yang kedua tadi apa?",
      ),
    );
    expect(a.text).toMatch(
      /^Yang kedua dari 4 sektor strategis .*: pengelolaan komunikasi dan informasi publik\./,
    );
    // Controls: another list noun and the last item, asked in full.
    const ask = (q: string) => engine.answer(q, { now: at("2026-11-29") }).text;
    expect(ask("bidang yang ketiga apa?")).toContain("pengembangan potensi wilayah");
    expect(ask("sektor strategis terakhir apa?")).toContain("pariwisata");
    // An ordinal of time is no item ("ulang tahun kedua"); "kedua kota" is both cities.
    expect(ask("kapan ulang tahun kedua kerja sama?")).toContain("13 Januari 2028");
  });

  it("an item the source does not number is not invented", () => {
    expect(engine.answer("sektor keenam apa?", { now: at("2026-11-29") }).kind).toBe("decline");
    expect(engine.answer("sektor kelima apa?", { now: at("2026-11-29") }).text).not.toMatch(/^Yang kelima/);
  });
});

describe("an adverb does not pull a question to an entry that cannot answer it", () => {
  it("'kapan Maidi tanda tangan langsung?' is the signing's date", () => {
    for (const q of [
      "kapan Maidi tanda tangan langsung?",
      "kapan ditandatangani langsung oleh kedua wali kota?",
    ])
      expect(engine.answer(q, { now: at("2026-11-29") }).text, q).toContain("13 Januari 2026");
    // The follow-up "tanggal piro maneh?" after "pak maidi uga?" (the signing done in person).
    const a = last(
      play("2026-11-29", "dadi sing neken bu vinanda langsung?", "pak maidi uga?", "tanggal piro maneh?"),
    );
    expect(a.text).toContain("13 Januari 2026");
  });

  it("a time of day or a deputy signing in person is still not in the knowledge", () => {
    for (const q of ["jam berapa tanda tangan langsung?", "kapan wakil wali kota tanda tangan langsung?"])
      expect(engine.answer(q, { now: at("2026-11-29") }).kind, q).toBe("decline");
  });
});

describe("a yes/no question is checked by the entry that covers all of it", () => {
  it("'beliau ikut tanda tangan langsung?' about Vinanda Prameswati gets 'Ya'", () => {
    const a = last(
      play(
        "2026-11-29",
        "wali kota madiun namanya siapa ya?",
        "eh maksudku yg Kediri",
        "beliau ikut tanda tangan langsung?",
      ),
    );
    expect(a.text).toMatch(/^Ya, benar\./);
    expect(
      engine.answer("apakah Vinanda Prameswati tanda tangan langsung?", { now: at("2026-11-29") }).text,
    ).toMatch(/^Ya, benar\./);
  });

  it("a wrong office of the same person is still denied", () => {
    expect(
      engine.answer("apakah Vinanda Prameswati wali kota madiun?", { now: at("2026-11-29") }).text,
    ).toMatch(/^Tidak\./);
  });
});

describe("with whom someone did something: the deed stays the topic", () => {
  it("'nang endi?' after 'de'e tanda tangan karo sopo?' asks where the signing was", () => {
    const a = last(
      play("2026-11-29", "lur, walikota madiun saiki sopo?", "de'e tanda tangan karo sopo?", "nang endi?"),
    );
    expect(a.text).toContain("Balai Kota Kediri");
  });

  it("how many people came along is still not in the knowledge", () => {
    const a = last(
      play(
        "2026-11-29",
        "lur, walikota madiun saiki sopo?",
        "de'e tanda tangan karo sopo?",
        "rombongane piro?",
      ),
    );
    expect(a.kind).toBe("decline");
  });
});

describe("a value offered to confirm keeps its own verdict", () => {
  it("'kuliner melu to?' after the other sectors gets 'Ya'", () => {
    const [, , offered, other] = play(
      "2026-11-29",
      "Sektor opo wae sing dikerjasamakne Madiun karo Kediri?",
      "liyane?",
      "kuliner melu to?",
      "nek kesenian?",
    );
    expect(offered?.text).toMatch(/^Ya, benar\./);
    // The twin: a sector the source does not name is declined.
    expect(other?.kind).toBe("decline");
  });
});

describe("Jakarta and Javanese verbs of giving", () => {
  it("'trus Maidi ngasih keterangan kapan?' asks when Maidi made his statements", () => {
    const a = last(
      play(
        "2026-11-29",
        "Kerja sama Madiun Kediri ditandatangani tahun 2025 ya?",
        "trus Maidi ngasih keterangan kapan?",
      ),
    );
    expect(a.text).toContain("14 Januari 2026");
    expect(engine.answer("Maidi ngekeki keterangan kapan?", { now: at("2026-11-29") }).text).toContain(
      "14 Januari 2026",
    );
  });

  it("what was given that the knowledge does not hold is still declined", () => {
    expect(engine.answer("siapa yang dikasih penghargaan?", { now: at("2026-11-29") }).kind).toBe("decline");
  });
});
