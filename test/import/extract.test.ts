import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/import/extract.js";
import { findList, findNumbers, findTarget } from "../../src/import/facts.js";

const article = (body: string, header = "Judul Berita Uji\nSenin, 2 Maret 2026\n\n") =>
  extractArticle(header + body);

describe("quotes", () => {
  it("takes the exact words between straight or typographic marks, with the speaker after them", () => {
    const ex = article(
      "KORAN UJI, KARANGSARI – Wali Kota Karangsari Budi Hartono meresmikan pasar baru di Karangsari, Senin (2/3).\n" +
        '"Pasar ini milik warga," ujarnya.\n' +
        "\u201cKami akan merawatnya bersama,\u201d kata Budi.",
    );
    expect(ex.quotes.map((q) => [q.text, q.speaker?.name])).toEqual([
      ["Pasar ini milik warga,", "Budi Hartono"],
      ["Kami akan merawatnya bersama,", "Budi Hartono"],
    ]);
  });

  it("joins a quotation that runs over paragraphs and reads the speaker before it", () => {
    const ex = article(
      "KORAN UJI, KARANGSARI – Bupati Karangsari Sri Wahyuni membuka festival panen raya di Alun-Alun Karangsari, Senin (2/3).\n" +
        "Dalam sambutannya, Sri mengatakan, \u201cPanen tahun ini bagus.\n" +
        "\u201cKami berterima kasih kepada petani.\u201d",
    );
    expect(ex.quotes).toHaveLength(1);
    expect(ex.quotes[0]?.text).toBe("Panen tahun ini bagus. Kami berterima kasih kepada petani.");
    expect(ex.quotes[0]?.speaker?.name).toBe("Sri Wahyuni");
    // Said in the speech at the event: the event's date.
    expect(ex.quotes[0]?.date).toBe("2026-03-02");
  });

  it("resolves a nickname to the person named earlier", () => {
    const ex = article(
      "KORAN UJI, KARANGSARI – Wali Kota Karangsari Ratih Pramesti meninjau sekolah di Karangsari, Senin (2/3).\n" +
        "Ditemui seusai acara, Bu Wali\u2014sapaan akrab Ratih\u2014meminta guru mendata murid. Kata Bu Wali, \u201cData itu penting untuk kita semua.\u201d",
    );
    expect(ex.quotes[0]?.speaker?.name).toBe("Ratih Pramesti");
    expect(ex.people[0]?.aliases).toContain("Bu Wali");
  });

  it("never turns indirect speech into a quote, and dates a quote only when told", () => {
    const ex = article(
      "KORAN UJI, KARANGSARI – Bupati Karangsari Agus Salim meneken kesepakatan di Pendopo Karangsari, Senin (2/3).\n" +
        "Menurut dia, kesepakatan itu penting bagi petani di seluruh kabupaten.\n" +
        '"Kami siap bekerja sama dengan siapa pun," tegasnya.',
    );
    expect(ex.quotes.map((q) => q.text)).toEqual(["Kami siap bekerja sama dengan siapa pun,"]);
    expect(ex.quotes[0]?.date).toBeUndefined();
  });

  it("dates a quote said after the signing with the signing's date", () => {
    const ex = article(
      "KORAN UJI, KARANGSARI – Pemerintah Kota Karangsari dan Pemerintah Kota Lembahsari menandatangani kesepakatan di Gedung Praja Karangsari, Senin (2/3).\n" +
        "Wali Kota Karangsari Dedi Kurnia menyebut kerja sama ini penting.\n" +
        '"Kami ingin warga dua kota merasakan manfaatnya," ujarnya usai penandatanganan.',
    );
    expect(ex.quotes[0]).toMatchObject({ date: "2026-03-02" });
    expect(ex.parties.map((p) => p.name)).toEqual([
      "Pemerintah Kota Karangsari",
      "Pemerintah Kota Lembahsari",
    ]);
  });
});

describe("people", () => {
  it("keeps titles exactly as written and reads attendees", () => {
    const ex = article(
      "KORAN UJI, KARANGSARI – Pemerintah Kota Karangsari dan Universitas Negeri Karangsari menandatangani nota kesepahaman di Balai Kota Karangsari, Senin (2/3).\n" +
        "Turut hadir Pj. Sekda Kota Karangsari Lina Marlina, Wakil Wali Kota Karangsari Yusuf Effendi, serta Ketua DPRD Kota Karangsari Tono Suprapto.",
    );
    expect(ex.attendees.map((p) => [p.title, p.name])).toEqual([
      ["Pj. Sekda Kota Karangsari", "Lina Marlina"],
      ["Wakil Wali Kota Karangsari", "Yusuf Effendi"],
      ["Ketua DPRD Kota Karangsari", "Tono Suprapto"],
    ]);
  });

  it("does not read an office inside a building's name as a person", () => {
    const ex = article(
      "KORAN UJI, KARANGSARI – Rapat digelar di Pendapa Rumah Dinas Wali Kota Karangsari Senin (2/3) pagi.",
    );
    expect(ex.people).toEqual([]);
  });
});

describe("lists, numbers and targets", () => {
  it("marks a list incomplete when the article says 'antara lain'", () => {
    const l = findList(
      "Kesepakatan mencakup sejumlah sektor, antara lain pendidikan, kesehatan, hingga sektor pariwisata.",
    );
    expect(l).toMatchObject({ items: ["pendidikan", "kesehatan", "sektor pariwisata"], complete: false });
    const full = findList("Kegiatan meliputi pelatihan, pendampingan, dan pemasaran daring.");
    expect(full).toMatchObject({ items: ["pelatihan", "pendampingan", "pemasaran daring"], complete: true });
  });

  it("reads numbered lists under an introducing line", () => {
    const ex = article(
      "KORAN UJI, KARANGSARI – Festival Budaya Karangsari digelar di Alun-Alun Karangsari pada Sabtu, 14 Maret 2026 dengan banyak acara.\n" +
        "Rangkaian acara festival, antara lain:\n1. Kirab budaya;\n2. Pentas tari; dan\n3. Bazar kuliner.",
    );
    expect(ex.lists[0]).toMatchObject({
      items: ["Kirab budaya", "Pentas tari", "Bazar kuliner"],
      complete: false,
    });
  });

  it("reads numbers with their unit, not dates, years or times", () => {
    const n = findNumbers(
      "Pada 2026, sebanyak 1.200 rumah dan Rp 2,5 miliar disiapkan pukul 08.00 WIB untuk 12 unit bus.",
    );
    expect(n.map((x) => `${x.value} ${x.unit}`)).toEqual(["1.200 rumah", "2,5 miliar Rp", "12 unit"]);
  });

  it("reads a target with its year and owner, active or passive", () => {
    expect(findTarget("Pemkab Karangsari menargetkan 500 UMKM bersertifikat halal pada 2027.")).toMatchObject(
      {
        what: "500 UMKM bersertifikat halal",
        year: 2027,
        owners: ["Pemkab Karangsari"],
      },
    );
    expect(
      findTarget("Pembangunan gedung itu, yang dimulai tahun ini, ditargetkan rampung pada 2028."),
    ).toMatchObject({
      what: "Pembangunan gedung itu rampung",
      year: 2028,
      owners: [],
    });
  });
});

describe("social-media posts", () => {
  const post = extractArticle(
    [
      "humas.karangsari",
      "Pendopo Karangsari",
      "",
      "🌾 PANEN RAYA BERSAMA DI KARANGSARI 🌾",
      "",
      "Sabtu (7/3/2026), Pemerintah Kabupaten Karangsari dan Pemerintah Kabupaten Ngadirejo menandatangani kesepakatan lumbung pangan bersama di Pendopo Karangsari.",
      "👥 Turut hadir Direktur Perumda Pasar Sekar Arum Dewi Kartika dan Wakil Bupati Karangsari Bambang Irawan.",
      "🎯 Targetnya, 40 desa memiliki lumbung pangan pada 2028.",
      "📍 Pendaftaran kelompok tani dibuka di kantor Perumda Pasar Sekar Arum mulai Senin (9/3).",
      'Bupati Karangsari Wening Rahayu menyebut lumbung ini milik petani. "Gabah disimpan saat panen dan dijual saat harga baik," ujar Bupati yang akrab disapa Mbak Ayu itu.',
    ].join("\n"),
  );

  it("names the account as publisher and drops the emoji bullets", () => {
    expect(post.outlet?.value).toBe("humas.karangsari");
    expect(post.title).toBe("PANEN RAYA BERSAMA DI KARANGSARI");
    expect(post.attendees.map((p) => [p.name, p.title])).toEqual([
      ["Dewi Kartika", "Direktur Perumda Pasar Sekar Arum"],
      ["Bambang Irawan", "Wakil Bupati Karangsari"],
    ]);
  });

  it("reads a target without a verb, a venue with its noun, and a nickname cut from a name", () => {
    expect(post.targets.map((t) => [t.what, t.year])).toEqual([["40 desa memiliki lumbung pangan", 2028]]);
    expect(post.events.map((e) => [e.date, e.place])).toContainEqual([
      "2026-03-09",
      "kantor Perumda Pasar Sekar Arum",
    ]);
    expect(post.quotes[0]?.speaker?.name).toBe("Wening Rahayu");
  });
});

describe("parties named only by their heads' offices", () => {
  it("takes each signer's region as a party, named as the article writes that government", () => {
    const ex = article(
      "KORAN UJI, KARANGSARI – Bupati Karangsari Sri Wahyuni dan Wali Kota Tirtaraja Ahmad Fauzi menandatangani kesepakatan bersama tentang air minum di Pendapa Karangsari, Senin (2/3).\n" +
        "Pemerintah Kabupaten Karangsari akan membangun reservoir di setiap kecamatan. Sumur warga Kota Tirtaraja terus mengering.",
    );
    expect(ex.parties.map((p) => [p.name, p.kind, p.place])).toEqual([
      ["Pemerintah Kabupaten Karangsari", "kabupaten", "Karangsari"],
      // The article never writes "Pemerintah Kota Tirtaraja": the region as the office writes it.
      ["Kota Tirtaraja", "kota", "Tirtaraja"],
    ]);
  });

  it("keeps the office a quote is attributed to as the speaker's reference, never as an alias", () => {
    const ex = article(
      "KORAN UJI, KARANGSARI – Bupati Karangsari Sri Wahyuni dan Bupati Sukamaju Hadi Purnomo menandatangani kesepakatan bersama di Pendapa Karangsari, Senin (2/3).\n" +
        "Dalam sambutannya, Sri meminta warga menjaga sungai.\n" +
        "\u201cSungai ini milik kita semua. Kita jaga bersama,\u201d tutur Bu Bupati.",
    );
    const sri = ex.people.find((p) => p.name === "Sri Wahyuni");
    expect(ex.quotes[0]?.speaker).toBe(sri);
    expect(sri?.references).toEqual(["Bu Bupati"]);
    expect(sri?.aliases).not.toContain("Bu Bupati");
  });
});
