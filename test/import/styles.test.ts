import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/index.js";
import { buildDraft, measureOf } from "../../src/import/draft.js";
import { extractArticle } from "../../src/import/extract.js";
import { findList, findTarget } from "../../src/import/facts.js";
import { guardTakeOvers, liveFilesOf } from "../../src/import/guard.js";
import { draftFromArticle } from "../../src/import/index.js";
import { findRelativeDates, resolveRelative } from "../../src/import/relative.js";
import { loadKnowledgeDir, parseKnowledgeFiles } from "../../src/knowledge/load.js";

/**
 * The outlet styles of a TV station's web transcript and a sub-district blog (issue 13, third round), on
 * short fictional texts of our own: what each mechanism reads, whatever the names.
 */

const blog = [
  "Warta Ngudirejo",
  "Blog Resmi Kecamatan Ngudirejo, Kabupaten Sidomulyo",
  "",
  "Rabu, 8 April 2026 | Diposting oleh Admin | Kategori: Desa",
  "",
  "TIGA DESA DI NGUDIREJO BERSEPAKAT KELOLA BENIH PADI BERSAMA",
  "",
  "Pada hari Selasa (7/4) bertempat di Pendopo Kecamatan Ngudirejo telah dilaksanakan penandatanganan Perjanjian Kerja Sama Antar Desa tentang Pengelolaan Benih Padi. Kerja sama ini dijalin antara Pemerintah Desa Kaliwangi, Pemerintah Desa Tegalsari dan Pemerintah Desa Watugede.",
  "Perjanjian tersebut ditandatangani oleh Kepala Desa Kaliwangi Suryani, Kepala Desa Tegalsari Hadi Purnomo, dan Pj. Kepala Desa Watugede Bambang Irawan.",
  "Camat Ngudirejo Drs. Joko Susilo yang akrab disapa Pak Camat Joko menyampaikan terima kasih kepada para kepala desa. Ketiga desa tersebut memiliki luas sawah mencapai 900 hektare.",
  '"Benih yang baik adalah awal panen yang baik.',
  '"Kami ingin petani tidak lagi membeli benih mahal dari luar daerah," ungkap Pak Camat dalam sambutannya.',
  "Kegiatan yang akan dijalankan antara lain penangkaran benih, pengujian mutu benih, penjualan benih ke kelompok tani dan lain-lain.",
  "Gudang benih yang akan dibangun berkapasitas 20 ton.",
  "Koperasi Benih Bersama menargetkan gudang benih sudah beroperasi pada musim tanam 2027, dengan anggota sedikitnya 300 petani.",
  "Rapat pengurus akan digelar pekan depan di Balai Desa Tegalsari. Setiap desa diminta mengirim data paling lambat akhir bulan ini.",
].join("\n");

describe("a sub-district blog", () => {
  const ex = extractArticle(blog);

  it("takes the site's name above its tagline as the outlet, not the headline", () => {
    expect(ex.outlet?.value).toBe("Warta Ngudirejo");
    expect(ex.title).toBe("TIGA DESA DI NGUDIREJO BERSEPAKAT KELOLA BENIH PADI BERSAMA");
    expect(ex.published?.value).toBe("2026-04-08");
  });

  it("reads village governments as parties and 'Pj. Kepala Desa' as an office", () => {
    expect(ex.parties.map((p) => [p.name, p.kind])).toEqual([
      ["Pemerintah Desa Kaliwangi", "desa"],
      ["Pemerintah Desa Tegalsari", "desa"],
      ["Pemerintah Desa Watugede", "desa"],
    ]);
    expect(ex.signatories.map((p) => `${p.title} ${p.name}`)).toEqual([
      "Kepala Desa Kaliwangi Suryani",
      "Kepala Desa Tegalsari Hadi Purnomo",
      "Pj. Kepala Desa Watugede Bambang Irawan",
    ]);
  });

  it("resolves an office nickname ('Pak Camat') and joins a quotation split over paragraphs", () => {
    const camat = ex.people.find((p) => p.name === "Joko Susilo");
    expect(camat?.aliases).toContain("Pak Camat Joko");
    expect(ex.quotes).toHaveLength(1);
    expect(ex.quotes[0]?.text).toBe(
      "Benih yang baik adalah awal panen yang baik. Kami ingin petani tidak lagi membeli benih mahal dari luar daerah,",
    );
    expect(ex.quotes[0]?.speaker?.name).toBe("Joko Susilo");
    expect(ex.quotes[0]?.date).toBe("2026-04-07");
  });

  it("reads a list closed by 'dan lain-lain' as incomplete, and a target with its season and year", () => {
    const list = ex.lists.find((l) => l.items.includes("penangkaran benih"));
    expect(list?.items).toEqual([
      "penangkaran benih",
      "pengujian mutu benih",
      "penjualan benih ke kelompok tani",
    ]);
    expect(list?.complete).toBe(false);
    expect(ex.targets[0]).toMatchObject({ year: 2027 });
    expect(ex.targets[0]?.what).toContain("dengan anggota sedikitnya 300 petani");
  });

  it("counts 'pekan depan' and 'akhir bulan ini' from the publication date, as words to review", () => {
    const rapat = ex.events.find((e) => e.written === "pekan depan");
    expect(rapat?.date).toBeUndefined();
    expect(rapat?.place).toBe("Balai Desa Tegalsari");
    expect(rapat?.relative).toBe("Senin, 13 April 2026 s.d. Minggu, 19 April 2026");
    expect(rapat?.review).toMatch(/relatif/);
    expect(ex.events.find((e) => e.written === "akhir bulan ini")?.relative).toBe(
      "akhir April 2026 (30 April 2026)",
    );
  });

  it("drafts amounts with what they measure, and a total of the villages as theirs together", () => {
    const { draft } = draftFromArticle(blog, { sourceId: "blog-uji" });
    const loaded = parseKnowledgeFiles([{ path: "blog.yaml", content: draft.yaml }]);
    if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join("\n"));
    const engine = createEngine(loaded.knowledge);
    const now = { now: new Date("2026-11-28T03:00:00Z") };
    expect(engine.answer("Berapa kapasitas gudang benih?", now).text).toContain("20 ton");
    // A capacity in tons is no price; the three villages' area is not one village's.
    expect(engine.answer("Berapa harga gudang benih?", now).answered).toBe(false);
    expect(engine.answer("Berapa luas sawah Desa Tegalsari saja?", now).answered).toBe(false);
    expect(engine.answer("Berapa luas sawah ketiga desa?", now).text).toContain("900 hektare");
  });
});

describe("the take-over guard on an article whose parties were not read", () => {
  it("names the event by its place instead, and leaves the live date and place questions alone", () => {
    const shipped = loadKnowledgeDir("knowledge");
    if (!shipped.ok) throw new Error("shipped knowledge does not load");
    const live = shipped.knowledge;
    const ex = extractArticle(blog);
    ex.parties = []; // first contact with the blog: no party was read, so no party-named topic existed
    const guarded = guardTakeOvers(
      (avoid) => buildDraft(ex, { sourceId: "blog-uji", live, avoid }),
      live,
      liveFilesOf(live) ?? [],
      new Date("2026-11-28T03:00:00Z"),
    );
    expect(guarded.remaining).toEqual([]);
    const signing = guarded.draft.data.entries.find((e) => e.id.endsWith("penandatanganan"));
    expect(signing?.topic).toBe("Waktu dan tempat: Pendopo Kecamatan Ngudirejo");
  });
});

describe("a TV station's web transcript", () => {
  const tv = [
    "Banyuasri Buka Layanan Mobil Jenazah Gratis",
    "",
    "BANYUASRI, SiarTV - Pemirsa, Pemerintah Kota Banyuasri dan Pemerintah Kabupaten Lerengwetan resmi menandatangani perjanjian layanan mobil jenazah bersama, Kamis (9/4/2026).",
    "Penandatanganan berlangsung di Ruang Sidang Utama Balai Kota Banyuasri.",
    "Perjanjian diteken langsung oleh Wali Kota Banyuasri Teguh Prasetyo dan Bupati Lerengwetan Sri Lestari.",
    "Penandatanganan turut disaksikan Ketua DPRD Kota Banyuasri Anton Wibowo dan Kepala Dinas Sosial Kota Banyuasri dr. Rina Marlina.",
    "Warga cukup menelepon nomor layanan 119.",
    "Darsih, warga Desa Klampok, menyambut baik layanan itu.",
    '"Dulu kami harus menyewa mobil sendiri," ujar Darsih.',
    "Saya Wulan Sari, reporter SiarTV, melaporkan dari Balai Kota Banyuasri.",
  ].join("\n");
  const ex = extractArticle(tv);

  it("reads the room inside the town hall as the signing's place, from its own sentence", () => {
    expect(ex.events[0]?.place).toBe("Ruang Sidang Utama Balai Kota Banyuasri");
    // The draft names the building and the city too, each as written in the article.
    const { draft } = draftFromArticle(tv, { sourceId: "tv-uji" });
    const signing = draft.data.entries.find((e) => e.id.endsWith("penandatanganan"));
    expect(signing?.facts?.places).toEqual([
      "Ruang Sidang Utama Balai Kota Banyuasri",
      "Balai Kota Banyuasri",
      "Kota Banyuasri",
    ]);
  });

  it("keeps 'Wali Kota X' an office, a lower-case degree out of the name, and 'turut disaksikan' attendees", () => {
    expect(ex.signatories.map((p) => p.name)).toEqual(["Teguh Prasetyo", "Sri Lestari"]);
    expect(ex.attendees.map((p) => `${p.title} ${p.name}`)).toEqual([
      "Ketua DPRD Kota Banyuasri Anton Wibowo",
      "Kepala Dinas Sosial Kota Banyuasri Rina Marlina",
    ]);
  });

  it("reads a one-word name before its role when the article names it elsewhere, and the reporter", () => {
    expect(ex.people.find((p) => p.name === "Darsih")?.title).toBe("warga Desa Klampok");
    expect(ex.quotes[0]?.speaker?.name).toBe("Darsih");
    expect(ex.people.find((p) => p.name === "Wulan Sari")?.title).toBe("reporter SiarTV");
    // "Pemirsa, ..." opens sentences only: never a person.
    expect(ex.people.some((p) => p.name === "Pemirsa")).toBe(false);
  });
});

describe("finders", () => {
  it("splits a list ending in 'dll.' and reads a target year after a season", () => {
    expect(findList("Bantuan meliputi pupuk, benih, obat hama, dll.")?.items).toEqual([
      "pupuk",
      "benih",
      "obat hama",
    ]);
    expect(findTarget("Dinas menargetkan irigasi selesai pada akhir musim kemarau 2028.")?.year).toBe(2028);
  });

  it("names what a number measures, or nothing for a count", () => {
    expect(measureOf("Jembatan itu panjangnya mencapai 120 meter.", { value: "120", unit: "meter" })).toBe(
      "panjang",
    );
    expect(measureOf("Mesin itu berkapasitas 5 ton per jam.", { value: "5", unit: "ton" })).toBe("kapasitas");
    expect(measureOf("Sebanyak 12 unit bus disiagakan.", { value: "12", unit: "unit" })).toBeUndefined();
    // The measure is named in the number's own clause, after any other number.
    const site = "Lokasinya di atas lahan seluas 32 hektare, sekitar 27 kilometer dari pusat kota.";
    expect(measureOf(site, { value: "32", unit: "hektare" })).toBe("luas");
    expect(measureOf(site, { value: "27", unit: "kilometer" })).toBeUndefined();
    expect(
      measureOf("Sepanjang kemarau 2025 sebanyak 1.200 orang dibantu air.", {
        value: "1.200",
        unit: "orang",
      }),
    ).toBeUndefined();
  });

  it("reads relative days and weeks, and counts nothing without the article's date", () => {
    const [besok] = findRelativeDates("Acara digelar besok di aula.");
    expect(besok && resolveRelative(besok, "2026-04-08")).toBe("Kamis, 9 April 2026");
    expect(besok && resolveRelative(besok)).toBeUndefined();
    expect(findRelativeDates("banjir tahun kemarin")).toEqual([]);
  });
});

describe("a live timeline with acting officials and a correction note", () => {
  const live = [
    "KabarPesisir.id",
    "LINIMASA: Dua Daerah Teken Kerja Sama Pasar Induk",
    "Kamis, 10 September 2026 | 08.00 WIB",
    "KABARPESISIR.ID, KUALA BENING – Pemerintah Kota Kuala Bening dan Pemerintah Kabupaten Batu Ampar hari ini, Kamis (10/9/2026), menandatangani perjanjian kerja sama pasar induk bersama di Gedung Serbaguna Kuala Bening.",
    "11.20 WIB — Rapat lanjutan dijadwalkan besok, Jumat (11/9), di Kantor Bappeda Kabupaten Batu Ampar.",
    '"Pasar ini milik dua daerah. Kami jaga bersama," kata Wali Kota yang akrab disapa Bu Wali itu.',
    "10.30 WIB | Wali Kota Kuala Bening Dra. Ratih Simanjuntak dan Pj. Bupati Batu Ampar Drs. Hendri Lubis membubuhkan tanda tangan pada perjanjian itu.",
    "Penandatanganan disaksikan Staf Ahli Gubernur Bidang Ekonomi, Wahyu Siregar.",
    "10.05 WIB — Pak Pj., begitu ia biasa disapa, menyebut pembangunan ditargetkan rampung Juni 2027, sehingga pedagang bisa pindah awal 2028.",
    '"Pedagang kami tidak boleh dirugikan sedikit pun oleh pemindahan ini," ujar Kepala Desa Batu Ampar, Rusli Hasibuan.',
    '09.40 WIB — Pekan lalu, dalam rapat DPRD, Senin (31/8), Ratih sempat mengatakan, "Kalau pasar ini batal, pedagang kita yang paling rugi."',
    "---",
    "Ralat: sebelumnya tertulis luas pasar 8 hektare, yang benar 12 hektare.",
  ].join("\n");
  const ex = extractArticle(live);
  const byText = (start: string) => ex.quotes.find((q) => q.text.startsWith(start));

  it("reads two-word place names, acting titles and the names after academic prefixes", () => {
    expect(ex.parties.map((p) => p.name)).toEqual([
      "Pemerintah Kota Kuala Bening",
      "Pemerintah Kabupaten Batu Ampar",
    ]);
    expect(ex.signatories.map((p) => `${p.title} | ${p.name}`)).toEqual([
      "Wali Kota Kuala Bening | Ratih Simanjuntak",
      "Pj. Bupati Batu Ampar | Hendri Lubis",
    ]);
    expect(ex.attendees.map((p) => `${p.title} | ${p.name}`)).toEqual([
      "Staf Ahli Gubernur Bidang Ekonomi | Wahyu Siregar",
    ]);
  });

  it("resolves a spoken office ('Bu Wali'), an office then the name, and dates quotes on the timeline's day", () => {
    expect(byText("Pasar ini milik")?.speaker?.name).toBe("Ratih Simanjuntak");
    expect(byText("Pasar ini milik")?.date).toBe("2026-09-10");
    expect(byText("Pedagang kami")?.speaker?.name).toBe("Rusli Hasibuan");
    // A date written in the quote's own lead-in wins over the timeline's day.
    expect(byText("Kalau pasar ini batal")?.speaker?.name).toBe("Ratih Simanjuntak");
    expect(byText("Kalau pasar ini batal")?.date).toBe("2026-08-31");
    expect(ex.events.some((e) => e.date === "2026-08-31" && e.weekday === "Senin")).toBe(true);
  });

  it("serves a draft that says a witness did not sign, and whose nickname a nickname is", () => {
    const { draft } = draftFromArticle(live, { sourceId: "linimasa-uji" });
    const loaded = parseKnowledgeFiles([{ path: "linimasa-uji.yaml", content: draft.yaml }]);
    if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join("\n"));
    const engine = createEngine(loaded.knowledge);
    const now = { now: new Date("2026-11-28T03:00:00Z") };
    const witness = engine.answer("Apakah Wahyu Siregar ikut menandatangani perjanjian itu?", now);
    expect(witness.text).toMatch(/^Tidak/);
    expect(witness.text).toContain("disaksikan");
    // A signer is still a signer: the witnesses named after the signers do not make them witnesses.
    expect(engine.answer("Apakah Ratih Simanjuntak ikut menandatangani?", now).text).not.toMatch(/^Tidak/);
    const nick = engine.answer("Apakah Pj. Bupati Batu Ampar yang disebut Bu Wali?", now);
    expect(nick.text).toMatch(
      /^Bukan\. Menurut berita, "Bu Wali" adalah sapaan Wali Kota Kuala Bening Ratih/,
    );
  });

  it("reads a target by its month and the later consequence in the same sentence", () => {
    expect(ex.targets.map((t) => t.year)).toEqual([2027, 2028]);
    expect(ex.targets[1]?.what).toBe("pedagang bisa pindah awal 2028");
  });
});

describe("a magazine feature with nicknames and relative weeks", () => {
  const feature = [
    "Majalah Suara Lereng",
    "Terbit Jumat, 15 Mei 2026",
    "Kebuntuan itu pecah. Selasa (5/5/2026), di Pendapa Agung, Lerengsari, Bupati Lerengsari Dr. Ayu Kartikasari dan Bupati Watugede H. Bambang Prakoso menandatangani Kesepakatan Bersama tentang jaringan irigasi bersama.",
    "Turut hadir Direktur Utama Perumda Tirta Lereng Gedhe Suwarno Hadi, yang kelak mengelola jaringan itu. Suwarno Hadi menyebut jaringan itu akan melayani empat desa, kata Suwarno.",
    "Jaringan itu akan mengairi sawah di Kabupaten Lerengsari dan Kabupaten Watugede.",
    "Dalam sambutannya, bupati yang akrab disapa Bu Ayu itu mengingatkan soal air.",
    "“Air tidak mengenal batas kabupaten. Kita yang membuat garis itu.",
    "“Jadi kita juga yang harus berani melampauinya,” tutur Bu Bupati.",
    "Bambang Prakoso, yang di daerahnya lebih dikenal dengan sapaan Cak Bambang, menyebut warganya sempat khawatir.",
    "“Ongkos merawat hutan itu bukan harga air, tetapi harga hidup kami,” tambah pria asal Watugede itu.",
    "Jumat pekan lalu (8/5), kedua bupati menanam 1.200 bibit aren, beringin, dan gayam di kawasan Sumber Lereng.",
    "Darmi (61), petani di lereng itu, menunggu air sampai ke sawahnya.",
    "“Kalau air sudah sampai, saya tidak perlu lagi antre di sungai tiap subuh,” kenangnya.",
  ].join("\n");
  const ex = extractArticle(feature);
  const byText = (start: string) => ex.quotes.find((q) => q.text.startsWith(start));

  it("reads the signing whose date and place open the sentence, with its active-voice signers", () => {
    const signing = ex.events.find((e) => e.signing);
    expect(signing?.date).toBe("2026-05-05");
    expect(signing?.place).toBe("Pendapa Agung, Lerengsari");
    expect(ex.signatories.map((p) => p.name)).toEqual(["Ayu Kartikasari", "Bambang Prakoso"]);
  });

  it("dates 'Jumat pekan lalu (8/5)' from the issue's own date and lists the seedlings", () => {
    const planting = ex.events.find((e) => e.date === "2026-05-08");
    expect(planting?.weekday).toBe("Jumat");
    expect(planting?.place).toBe("kawasan Sumber Lereng");
    expect(planting?.review).toBeUndefined();
    expect(ex.lists.find((l) => l.items.includes("beringin"))).toMatchObject({
      items: ["aren", "beringin", "gayam"],
      complete: true,
    });
  });

  it("joins a split quote, gives it the speech's date, and resolves nicknames and descriptions", () => {
    const speech = byText("Air tidak mengenal");
    expect(speech?.text).toContain("berani melampauinya");
    expect(speech?.speaker?.name).toBe("Ayu Kartikasari");
    expect(speech?.date).toBe("2026-05-05");
    expect(byText("Ongkos merawat")?.speaker?.name).toBe("Bambang Prakoso");
    expect(byText("Ongkos merawat")?.date).toBeUndefined();
    // "Darmi (61)": a citizen named with her age; her undated memory keeps no date.
    expect(byText("Kalau air sudah sampai")?.speaker?.name).toBe("Darmi");
    expect(byText("Kalau air sudah sampai")?.date).toBeUndefined();
  });

  it("marks a relative week that does not fit the article's date for review", () => {
    const wrong = extractArticle(feature.replace("Jumat pekan lalu (8/5)", "Jumat pekan lalu (1/5)"));
    expect(wrong.events.find((e) => e.date === "2026-05-01")?.review).toMatch(/pekan lalu/);
  });
});

describe("what a drafted entry is asked by", () => {
  const text = [
    "Kabar Uji",
    "Senin, 2 Maret 2026",
    "",
    "DUA DAERAH SEPAKAT BERBAGI AIR",
    "",
    "KABAR UJI, KARANGSARI – Bupati Karangsari Sri Wahyuni dan Wali Kota Tirtaraja Ahmad Fauzi menandatangani kesepakatan bersama tentang Penyediaan Air Minum (SPAM) Regional Karang Tirta di Pendapa Karangsari, Senin (2/3).",
    "Selama ini sumur warga Kabupaten Karangsari dan Kota Tirtaraja terus mengering.",
    "Pembangunan instalasi pengolahan diperkirakan menelan Rp 120 miliar.",
    "Lokasi instalasi berada di Desa Sumberjati, Kecamatan Watulawang, di atas lahan seluas 4 hektare.",
    "Dari kapasitas awal 200 liter per detik, Karangsari akan mendapat 120 liter per detik dan Tirtaraja 80 liter per detik.",
    "Di luar pendapa, puluhan warga menggelar aksi damai. Mereka meminta jaminan air untuk sawah.",
  ].join("\n");
  const { draft } = draftFromArticle(text, { sourceId: "uji" });
  const loaded = parseKnowledgeFiles([{ path: "uji.yaml", content: draft.yaml }]);
  if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join("\n"));
  const engine = createEngine(loaded.knowledge);
  const ask = (q: string) => engine.answer(q, { now: new Date("2026-11-28T03:00:00Z") });

  it("names the parties its signers govern", () => {
    expect(draft.data.parties.map((p) => p.name)).toEqual(["Kabupaten Karangsari", "Kota Tirtaraja"]);
    const a = ask("daerah mana saja yang ikut kerja sama SPAM Regional Karang Tirta?");
    expect(a.text).toContain("Karangsari");
    expect(a.text).toContain("Tirtaraja");
  });

  it("answers where a thing the article says is built is built", () => {
    const a = ask("instalasinya dibangun di mana?");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("Desa Sumberjati");
  });

  it("answers a share by 'jatah' and a protest by 'demo'", () => {
    const share = ask("Karangsari dapat jatah air berapa liter per detik dari SPAM Regional?").text;
    expect(share).toContain("120 liter");
    // The liters asked are the amounts, not a count of the parties that get them.
    expect(share).not.toMatch(/Berita menyebut \d+ liter/);
    expect(ask("warga yang demo minta apa?").text).toContain("jaminan air");
  });
});
