/**
 * The documentation every knowledge file starts with (after its own title line): every field and
 * answer type with an example. `npm run knowledge:migrate` writes it into files whose header is older.
 */
export const HEADER_BODY = `#
# CARA MENYUNTING (untuk staf). Setelah menyimpan, jalankan: npm run knowledge:check
# Pemeriksaan itu menyebut setiap kesalahan dengan berkas:baris, alasannya, dan saran perbaikan.
# Bot yang sedang berjalan memuat ulang berkas sendiri, tetapi MENOLAK perubahan yang bergalat
# (versi lama tetap dipakai dan admin diberi tahu).
#
# Berkas baru boleh dibuat di folder yang sama (misalnya festival.yaml) dengan susunan yang sama.
# Bagian berkas:
#   sources:  sumber berita. Kolom: id (huruf kecil-tanda-hubung), outlet (nama media), boleh juga
#             date (tanggal terbit TTTT-BB-HH, HANYA bila berita mencantumkannya; jangan menebak),
#             title, url, note.
#   parties:  pihak (pemerintah kota dsb.). Kolom: key, name, aliases (nama lain yang dipakai warga).
#             Pihak ditulis SEKALI untuk semua berkas: key-nya (madiun, kediri) boleh dipakai di
#             about/party/owner berkas mana pun; jangan ditulis ulang di berkas lain.
#   examples: contoh pertanyaan yang ditawarkan bot kepada warga.
#   entries:  butir-butir jawaban (lihat di bawah).
#   tolak:    pertanyaan yang HARUS ditolak bot (lihat knowledge/tolak.yaml).
#
# Kolom setiap butir (entries):
#   id:        nama unik, huruf kecil dan tanda hubung (jadwal-festival). Jangan ubah id butir lama.
#   topic:     judul singkat.
#   answer:    jawaban untuk warga, singkat (di bawah 600 huruf), hanya fakta dari sumber.
#              Boleh memakai fakta dengan {label}: {penandatanganan} ditulis bot sebagai
#              "Selasa, 13 Januari 2026" (label dari facts.dates atau facts.numbers, boleh dari butir
#              lain di berkas yang sama). Dengan begitu tanggal atau angka cukup diubah SEKALI, di facts.
#   source:    id salah satu sumber.
#   questions: contoh pertanyaan warga (formal, santai, singkatan, bahasa Jawa); makin banyak makin
#              baik. Setiap pertanyaan diuji otomatis: harus dijawab butir ini sendiri.
#   keywords:  kata kunci atau sinonim yang dipakai warga. Angka ditulis dengan tanda kutip: "120".
#   answers:   jenis pertanyaan yang dijawab butir ini (boleh tidak diisi: jenisnya diambil dari
#              facts, lihat di bawah). Jenis yang sah, dengan contoh pertanyaan:
#                date       tanggal/waktu: "kapan?", "tanggal berapa?", "hari apa?"
#                relative   selang waktu: "sudah berapa hari sejak ...?", "berapa hari lagi?"
#                place      tempat: "di mana?", "lokasinya?", "kota mana?"
#                person     orang, kantor atau lembaga: "siapa?", "siapa penyelenggaranya?"
#                list       daftar: "apa saja?", "sektor apa saja?"
#                reason     alasan: "kenapa?", "mengapa?"
#                quote      kutipan: "apa kata ...?", "bagaimana pernyataannya?"
#                target     target: "apa targetnya?", "target 2027?"
#                purpose    tujuan: "untuk apa?", "tujuannya apa?"
#                benefit    manfaat: "apa manfaatnya bagi warga?", "dampaknya?"
#                definition penjelasan: "apa itu ...?", "siapa ... itu?", "jelaskan ..."
#                yesno      ya/tidak: "apakah ... termasuk?", "benar diteken di Kediri?"
#                amount     jumlah/angka: "berapa harganya?", "berapa jumlah peserta?", "piro?"
#   about:     pihak (key dari parties) pemilik SELURUH isi butir ini, bila isinya hanya berlaku untuk
#              satu pihak (target 2027 milik Pemkot Madiun: about: [madiun]); pertanyaan tentang pihak
#              lain lalu ditolak. Hapus baris about bila butir berlaku untuk kedua pihak atau bersama.
#              Tiga kolom pihak yang mirip, masing-masing di tempatnya sendiri:
#                about  di butir           milik siapa isi butir ini     about: [madiun]
#                party  di facts.people    orang itu dari pihak mana     party: kediri
#                owner  di facts.targets   target itu milik siapa        owner: madiun
#              Semuanya boleh dikosongkan (hapus barisnya) bila berita tidak menyebutnya.
#   facts:     fakta yang bisa ditanyakan langsung. Setiap jenis fakta otomatis menambah jenis jawaban:
#                dates:   [{label: penandatanganan, date: 2026-01-13}]        -> date dan relative
#                places:  [Balai Kota Kediri]                                 -> place
#                people:  [{name: Maidi, office: Wali Kota Madiun, party: madiun}] -> person
#                organisations: [Dinas Koperasi dan UMKM Kota Madiun]         -> person (siapa)
#                numbers: [{label: jumlah stan, value: 120, unit: stan}]      -> amount (berapa)
#                         (value boleh teks, misalnya value: "16.00-22.00", unit: WIB)
#                targets: [{what: zero waste, year: 2027, owner: madiun}]     -> target
#                         (target bersama kedua pihak: owner: [madiun, kediri]; bila berita tidak
#                         menyebut pemiliknya, hapus owner)
#                sectors: [pariwisata, UMKM];  years: [2027]
#              Bila sebuah fakta diubah, pemeriksaan menyebut setiap jawaban (berkas:baris) yang masih
#              menulis nilai lamanya.
#   quotes:    kutipan: [{text: ..., speaker: Maidi, office: Wali Kota Madiun, date: 2026-01-14}].
#              Isi "date" hanya bila berita menyebut tanggal ucapan itu; bila tidak, hapus baris date
#              (kutipannya tetap ditulis di quotes, jangan dipindah ke answer).
#   related:   id butir lain yang ditawarkan sebagai pertanyaan lanjutan.
#   izinkan:   pertanyaan milik butir lain (atau dari daftar tolak) yang MEMANG boleh dijawab butir ini.
#              Tanpa izinkan, perubahan yang membuat pertanyaan contoh butir lain kini dijawab butir ini,
#              atau membuat pertanyaan tolak dijawab, adalah GALAT.
#
# Kata yang dikenal bot: setiap kata di keywords, facts atau answer sebuah butir. Kata yang menyebut
# hal lain (jabatan, tempat, harga, jam, dinas, ...) membuat bot menolak pertanyaan, KECUALI kata itu
# ditulis di keywords, facts atau answer salah satu butir.`;
