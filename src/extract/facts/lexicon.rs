//! Every Indonesian word list the fact recognisers use, in one place. The
//! recognisers build their patterns from these lists, so adding a trigger word,
//! a month abbreviation or an instrument name is a one-line change here.
//! Lists meant for regex alternations hold regex-safe text (escape dots).

/// Month names and their usual abbreviations, with the month number:
/// Indonesian, old spellings (`Nopember`) and the English ones pages print
/// in metadata and datelines. Longer spellings come first so an alternation
/// prefers them. The one month table of the crate: HTML date parsing reads
/// it too.
pub const MONTHS: &[(&str, u8)] = &[
    ("Januari", 1),
    ("Februari", 2),
    ("Pebruari", 2),
    ("Maret", 3),
    ("April", 4),
    ("Mei", 5),
    ("Juni", 6),
    ("Juli", 7),
    ("Agustus", 8),
    ("September", 9),
    ("Oktober", 10),
    ("November", 11),
    ("Nopember", 11),
    ("Desember", 12),
    ("January", 1),
    ("February", 2),
    ("March", 3),
    ("May", 5),
    ("June", 6),
    ("July", 7),
    ("August", 8),
    ("October", 10),
    ("December", 12),
    ("Sept", 9),
    ("Jan", 1),
    ("Feb", 2),
    ("Peb", 2),
    ("Mar", 3),
    ("Apr", 4),
    ("Jun", 6),
    ("Jul", 7),
    ("Agu", 8),
    ("Agt", 8),
    ("Ags", 8),
    ("Sep", 9),
    ("Okt", 10),
    ("Nov", 11),
    ("Nop", 11),
    ("Des", 12),
    ("Aug", 8),
    ("Oct", 10),
    ("Dec", 12),
];

/// Day names, as printed before a date (`Kamis (14/11/2024)`).
/// With each its day of the week, Monday 1 to Sunday 7.
pub const DAY_NAMES: &[(&str, i8)] = &[
    ("Senin", 1),
    ("Selasa", 2),
    ("Rabu", 3),
    ("Kamis", 4),
    ("Jumat", 5),
    ("Jum'at", 5),
    ("Jum’at", 5),
    ("Sabtu", 6),
    ("Minggu", 7),
    ("Ahad", 7),
];

/// Cardinal number words, with their value.
pub const NUMBER_WORDS: &[(&str, u32)] = &[
    ("satu", 1),
    ("se", 1),
    ("dua", 2),
    ("tiga", 3),
    ("empat", 4),
    ("lima", 5),
    ("enam", 6),
    ("tujuh", 7),
    ("delapan", 8),
    ("sembilan", 9),
    ("sepuluh", 10),
    ("sebelas", 11),
    ("seratus", 100),
];

/// Ordinal words that are not `ke` + a number word.
pub const ORDINAL_WORDS: &[(&str, u32)] =
    &[("pertama", 1), ("kesatu", 1), ("kesepuluh", 10), ("kesebelas", 11), ("keseratus", 100)];

/// Words that introduce an assessment score: `nilai 95,5`, `skor 3,2`,
/// `IPP sebesar 4,67`. Matched case-insensitively as whole words.
#[rustfmt::skip]
pub const SCORE_NOUNS: &[&str] = &[
    "nilai", "nilainya", "skor", "skornya", "indeks", "indeksnya", "index", "capaian", "capaiannya", "IPP", "IKM",
    "IPM", "IPKD", "IRB", "IDM", "IGA", "IKPA", "IKU", "SAKIP", "SPBE", "IPKP", "IDSD", "IPKM", "IKK", "IKLH", "IPLM",
    "IDI", "prevalensi", "SPI", "IPK", "IKIP", "MCP", "IRH", "IKD", "IPAK", "IPG", "IDG", "IID", "IKT",
];

/// Verbs of obtaining that make a following number with `poin` a score
/// (`memperoleh 85,5 poin`).
pub const SCORE_VERBS: &[&str] = &[
    "meraih",
    "memperoleh",
    "mendapat",
    "mendapatkan",
    "mengantongi",
    "mencatat",
    "mencatatkan",
    "meraup",
    "raih",
    "peroleh",
    "mengoleksi",
    "mengumpulkan",
    "menorehkan",
];

/// Words between a score noun and its number (`sebesar`, `yaitu`...).
pub const SCORE_LINKS: &[&str] = &[
    "sebesar", "yaitu", "yakni", "adalah", "mencapai", "menjadi", "dengan", "di", "angka", "pada", "berada", "senilai",
];

/// Words that put a sentence outside assessments (markets, sales, votes,
/// charts, taxes, hotels, disasters; sport is [`SPORT_WORDS`]): its
/// numbers, zones and positions are no scores, changes, grades or rankings.
#[rustfmt::skip]
pub const NON_ASSESSMENT_WORDS: &[&str] = &[
    "saham", "bursa", "IHSG", "LQ45", "Nikkei", "Hang Seng", "Kospi", "Straits Times", "Dow Jones", "Nasdaq", "S&P",
    "kurs", "pajak", "poin (", "menit", "musim", "benchmark", "prosesor", "putaran", "hotel", "menginap",
    "penghunian", "ulasan", "elektabilitas", "terdampak", "erupsi", "pengungsi", "mengungsi", "dievakuasi", "punah",
    "spesies", "intraday", "ambil untung", "profit taking", "psikologis", "emiten", "pemungutan suara", "voting",
    "polling", "penjualan", "terlaris", "wholesales", "pangsa pasar", "tangga lagu", "Billboard",
];

/// Words of sport: a sentence with one holds no score, change, grade or
/// ranking (a league table or a match is no assessment: `posisi ketiga
/// klasemen sementara`, `lolos ke 16 besar`), and an article with several
/// holds none outside a paragraph that names an assessment.
#[rustfmt::skip]
pub const SPORT_WORDS: &[&str] = &[
    "klasemen", "degradasi", "pertandingan", "laga", "kekalahan", "kemenangan", "kuarter", "gol", "pebalap",
    "babak", "FC", "turnamen", "liga", "semifinal", "perempat final", "fase gugur", "sepak bola", "sepakbola", "klub",
    "pelatih", "skuad", "tanpa balas", "tuan rumah", "juara grup", "petenis", "tenis", "bulu tangkis", "bulutangkis",
    "ganda putra", "ganda putri", "tunggal putra", "tunggal putri", "MotoGP", "balapan", "lap", "SEA Games",
    "Asian Games", "Olimpiade", "medali emas", "grand prix",
];

/// Words that end the search for a score's number: a ranking or a decree
/// comes next (`capaian itu menempatkan Kota X di peringkat ke 3`).
pub const SCORE_STOPS: &[&str] =
    &["peringkat", "urutan", "posisi", "juara", "ranking", "rangking", "ke", "nomor", "no"];

/// Words that show an article is about an assessment, which a whole-number
/// score needs (`meraih 64 poin dan masuk zonasi kuning`; `mengantongi 48
/// poin` in a league report or `skor 885` in a benchmark is no score).
#[rustfmt::skip]
pub const ASSESSMENT_WORDS: &[&str] = &[
    "penilaian", "evaluasi", "survei", "lomba", "akreditasi", "audit", "monev", "pemeringkatan", "verifikasi", "zona",
    "zonasi", "predikat", "opini", "penghargaan", "award", "indeks", "kategori", "IPK", "IPM", "SAKIP", "SPBE", "IKM",
    "MCP", "IPP", "IPKD", "IKPA", "IRB",
];

/// Words of the act of assessing or receiving a result (`penilaian`,
/// `akreditasi`, `meraih`...), without the grade nouns of
/// [`ASSESSMENT_WORDS`] (`zona`): a grade in a sentence that names no party
/// needs one of them, or an assessment of the catalogue, near.
#[rustfmt::skip]
pub const ASSESSMENT_ACTS: &[&str] = &[
    "penilaian", "evaluasi", "survei", "lomba", "akreditasi", "audit", "monev", "pemeringkatan", "verifikasi",
    "penghargaan", "award", "indeks", "anugerah", "meraih", "memperoleh", "mendapat", "dinilai", "predikat",
];

/// Words of an assessment, an index or an award besides
/// [`ASSESSMENT_WORDS`] (`nilai`, `anugerah`...): a position is a ranking
/// only where its paragraph or the lead uses one of either list, states a
/// score or names an assessment of the catalogue (`posisi pertama` in a
/// report on car sales or a music chart is no ranking).
#[rustfmt::skip]
pub const RANKING_CONTEXTS: &[&str] = &[
    "dinilai", "menilai", "survey", "kompetisi", "index", "anugerah", "penganugerahan", "awards",
];

/// Words of an award given to assessed parties.
pub const AWARD_WORDS: &[&str] = &["anugerah", "penganugerahan", "penghargaan", "award", "awards"];

/// Words that break a score down into its parts (`Capaian 92,92 persen itu
/// antara lain tersusun dari perencanaan dan penganggaran APBD 95,8 persen,
/// ... Optimalisasi Pajak Daerah 99,56 persen`): the parts are named like
/// budgets and taxes, and are still results.
pub const BREAKDOWN_WORDS: &[&str] = &["tersusun dari", "terdiri dari", "terdiri atas", "dengan rincian", "rinciannya"];

/// Words of money in a sentence, which make its bracketed numbers amounts
/// (`Bayern Muenchen (566 juta euro), Borussia Dortmund (376,3)`).
pub const MONEY_WORDS: &[&str] = &["Rp", "juta", "miliar", "triliun", "euro", "dolar", "USD"];

/// Words that introduce a score only right before its number and only in a
/// sentence that already names a score (`IPM ... naik 0,67 poin dibanding
/// tahun sebelumnya sebesar 83,85`, `turun 1,97 poin dari 72,94`).
pub const WEAK_SCORE_TRIGGERS: &[&str] =
    &["tercatat", "mencapai", "menjadi", "sebesar", "dari", "adalah", "yakni", "yaitu", "angka"];

/// Words right before `angka` that make it a level holding its number
/// (`berada di angka 90 poin`, `masih di angka 52`).
pub const LEVEL_MARKS: &[&str] = &["di", "pada", "ke"];

/// Words of the present after `hingga` or `sampai` (`hingga kini`): time,
/// not an interval's bound.
pub const NOW_WORDS: &[&str] = &["kini", "sekarang", "saat"];

/// Assessment indexes whose percentage, a few words after them, is a
/// party's result (`skor MCP Kabupaten X tahun 2023 90,55 persen`,
/// `kepesertaan JKN di Kabupaten X 98,40%`).
#[rustfmt::skip]
pub const PERCENT_INDEXES: &[&str] = &[
    "skor", "skornya", "nilai", "nilainya", "MCP", "SPI", "E-SPI", "UHC", "JKN", "IPM", "IPP", "SAKIP", "SPBE", "IKM",
    "SPM", "IPKD", "IRB", "IKD", "capaian",
];

/// Words of statistics for the rest of a whole (`sisanya 20 persen`),
/// which after a group of parties are those parties (`dua daerah sisanya`).
pub const REMAINDER_WORDS: &[&str] = &["sisanya", "selebihnya"];

/// Words of statistics that are no assessment result, and of the shares of
/// a total (`sisanya 26,57 persen`): a sentence with one gives no percent
/// score (`angka kemiskinan 9,5 persen`).
#[rustfmt::skip]
pub const STATISTIC_WORDS: &[&str] = &[
    "inflasi", "deflasi", "sisanya", "selebihnya", "kemiskinan", "miskin", "pengangguran", "realisasi", "serapan",
    "penyerapan", "pertumbuhan", "ekonomi", "suara", "pemilih", "partisipasi", "elektabilitas", "kematian", "CFR",
    "insiden", "ODF", "anggaran", "APBD", "vaksinasi", "imunisasi",
];

/// Words right before a percentage that make it a growth, a share or an
/// approximation, not a result (`tumbuh 5 persen`, `sebanyak 41%`).
pub const PERCENT_NON_RESULTS: &[&str] = &["tumbuh", "bertumbuh", "sebanyak", "sekitar", "hampir", "kira-kira"];

/// The unit of a score in points (`memperoleh nilai 67 poin`).
pub const POINTS: &[&str] = &["poin", "point"];

/// Words right after a percentage that make it a share (`41% dari`, `41%
/// yang`) or a difference (`40 persen lebih tinggi dari rerata nasional`).
pub const SHARE_FOLLOWERS: &[&str] = &["dari", "yang", "lebih"];

/// Words after a verb of change that make the number the new value, not
/// the amount (`turun menjadi 620 poin` is a score of 620).
pub const RESULT_WORDS: &[&str] = &["menjadi", "jadi"];

/// Nouns that make a clause opening with them a target or an average, not
/// a party's result (`sedangkan target nasional ... adalah 2,6`).
pub const TARGET_NOUNS: &[&str] = &["target", "targetnya", "sasaran", "rata-rata", "rerata", "ambang", "batas"];

/// Words between a previous period and its value (`tahun lalu masih 2,98`,
/// `tahun 2023 yang hanya 88,26`).
pub const PERIOD_FILLERS: &[&str] = &["masih", "hanya", "yang", "baru", "sebesar", "sekitar", "cuma"];

/// A previous period right before a score (`Tahun sebelumnya 71,20`),
/// lower-cased.
pub const PERIOD_WORDS: &[&str] = &["tahun sebelumnya", "tahun lalu", "periode sebelumnya", "sebelumnya", "semula"];

/// Words that make the number after them a target, a threshold, an average
/// or a money amount rather than a party's score.
#[rustfmt::skip]
pub const SCORE_BLOCKERS: &[&str] = &[
    "target", "ditargetkan", "minimal", "minimum", "maksimal", "maksimum", "ambang", "batas", "standar", "rata-rata",
    "rerata", "tukar", "ekspor", "impor", "investasi", "kontrak", "proyek", "aset", "kerugian", "transaksi", "jual",
    "beli", "saham", "anggaran", "pagu", "belanja", "pendapatan", "utang", "kredit", "harga", "gaji", "upah", "Rp",
    "Rp.", "selisih", "kurang", "lebih", "antara", "hingga", "sampai", "atas", "bawah", "menargetkan", "mematok",
    "dipatok", "pertambahan", "tambah", "ulasan", "taruhan", "awal", "realisasi", "serapan", "penyerapan",
    "pertumbuhan", "penurunan", "kenaikan", "belum", "dimulai", "mulai", "targetkan", "targetnya", "diatas",
    "dibawah", "bobot", "menembus", "menargetkan",
];

/// Words before a value in its sentence that make it hoped for, not
/// reached (`menurut harapan Hasto, di tahun 2024 nanti bisa turun lagi
/// menjadi 14 persen`), lower-cased.
pub const WISH_WORDS: &[&str] = &[
    "harapan",
    "berharap",
    "diharapkan",
    "harapkan",
    "mengharapkan",
    "semoga",
    "mudah-mudahan",
    "nanti",
    "mendatang",
    "diproyeksikan",
    "proyeksi",
];

/// Words after a number that make it a count, an amount or a duration.
#[rustfmt::skip]
pub const NON_SCORE_UNITS: &[&str] = &[
    "jam", "menit", "detik", "hari", "minggu", "pekan", "bulan", "tahun", "orang", "jiwa", "unit", "buah", "kali",
    "km", "kilometer", "persegi", "meter", "m", "kg", "ton", "liter", "hektare", "ha", "juta", "miliar", "milyar", "triliun", "ribu",
    "rupiah", "dolar", "USD", "kasus", "desa", "kelurahan", "kecamatan", "sekolah", "instansi", "daerah", "provinsi",
    "kabupaten", "kota", "peserta", "siswa", "pegawai", "warga", "penduduk", "keluarga", "rumah", "tim", "medali",
    "penghargaan", "trofi", "gol", "set", "peringkat", "besar", "lembaga", "OPD", "layanan", "indikator", "aspek",
    "kriteria", "dimensi", "item", "pertanyaan", "responden", "sampel", "SKPD", "kementerian", "pemda", "pemkot",
    "pemkab", "wilayah", "negara", "suara", "kursi", "pemilih", "per", "balita", "anak", "bayi", "ekor", "lembar",
    "pemerintah", "pemprov", "kelompok", "entitas", "satker", "kegiatan", "program", "paket", "inovasi",
];

/// Units after which a number is a share or percentage (scores only when a
/// score noun introduced it).
pub const PERCENT_WORDS: &[&str] = &["persen", "%"];

/// Verbs of change before an amount with `poin`, and whether they mean a fall.
pub const CHANGE_VERBS: &[(&str, bool)] = &[
    ("meningkat", false),
    ("naik", false),
    ("bertambah", false),
    ("melonjak", false),
    ("melesat", false),
    ("peningkatan", false),
    ("meningkatkan", false),
    ("menaikkan", false),
    ("kenaikan", false),
    ("turun", true),
    ("menurun", true),
    ("berkurang", true),
    ("merosot", true),
    ("anjlok", true),
    ("penurunan", true),
    ("menurunkan", true),
    ("melorot", true),
    ("tumbuh", false),
    ("bertumbuh", false),
    ("kenaikannya", false),
    ("peningkatannya", false),
    ("penurunannya", true),
    ("terkoreksi", true),
    ("minus", true),
];

/// Instrument names that take `Nomor` after them. Matched case-insensitively;
/// the name may go on with capitalised words (`Keputusan Menteri Dalam Negeri`).
#[rustfmt::skip]
pub const INSTRUMENT_HEADS: &[&str] = &[
    "Surat Keputusan Bersama", "Surat Keputusan", "Surat Edaran", "Keputusan", "Peraturan", "Undang-Undang",
    "Undang-undang", "Undang- Undang", "Instruksi", "Penetapan", "Maklumat", "Nota Kesepahaman",
];

/// Short forms of instruments, which count even without `Nomor`
/// (`Perpres 76 Tahun 2013`). Matched case-sensitively.
#[rustfmt::skip]
pub const INSTRUMENT_SHORT: &[&str] = &[
    "UU", "UURI", "UUD", "PP", "Perppu", "Perpu", "Perpres", "Keppres", "Kepres", "Inpres", "Perda", "Pergub", "Kepgub",
    "Perwali", "Perwalkot", "Perwal", "Kepwal", "Perbup", "Kepbup", "Perkada", "Permen", "Kepmen", "Permendagri", "Kepmendagri",
    "PermenPAN-RB", "PermenPANRB", "PermenPAN", "KepmenPAN-RB", "KepmenPANRB", "Permenkes", "Kepmenkes",
    "Permendikbud", "Permendikbudristek", "Kepmendikbudristek", "Permenkeu", "PMK", "KMK", "Perkap", "Perpol",
    "Perkom", "Perma", "Perban", "Perbawaslu", "PKPU", "SK", "SKB", "SE", "Inmendagri", "Kepdirjen", "Perdirjen",
];

/// Prefixes of short instrument names that take any ministry after them
/// (`Permenkumham`, `KepmenKP`, `PermenPAN-RB`). Matched case-sensitively.
pub const INSTRUMENT_PREFIXES: &[&str] = &["Permen", "Kepmen", "Perdirjen", "Kepdirjen", "Perka", "Kepka"];

/// Words that may stand inside an instrument's name although not
/// capitalised: joiners, and an issuer's words printed in lower case
/// (`Keputusan menteri Dalam negeri Nomor ...`).
pub const INSTRUMENT_CONNECTORS: &[&str] = &["dan", "serta", "&", "menteri", "dalam", "negeri"];

/// Words after a number that make it a band: `25 besar`, `10 terbaik`.
pub const BAND_WORDS: &[&str] = &["besar", "terbaik", "teratas"];

/// Words that start a ranking position: `peringkat ke-3`, `juara I`.
pub const RANK_NOUNS: &[&str] = &[
    "peringkat",
    "rangking",
    "ranking",
    "urutan",
    "posisi",
    "juara",
    "terbaik",
    "rank",
    // `di` written onto the noun, as news often prints it: `diposisi ketiga`.
    "diposisi",
    "diurutan",
    "diperingkat",
    // Misspellings regional reporters print: `rengking 9`, `peringat 3`.
    "rengking",
    "peringat",
];

/// Nouns of a tier or level: a superlative ordinal after one places the
/// tier, not a party (`tingkatan tertinggi kedua`).
pub const TIER_NOUNS: &[&str] = &["tingkatan", "tingkat", "level", "jenjang", "predikat", "kategori", "peringkat"];

/// Words that may stand between a bare ordinal's comma and its party
/// (`Ketiga, dari Kabupaten Tapin`).
pub const ROW_FILLERS: &[&str] = &["dari", "oleh", "diraih", "ditempati"];

/// Superlatives that may stand between a position and the party holding
/// it (`posisi ketiga tertinggi Mandailing Natal`).
pub const SUPERLATIVES: &[&str] = &["tertinggi", "teratas", "terbaik", "terbesar", "terendah"];

/// Words before a month that make it the time a value stands as of
/// (`hingga Agustus 2023`, `per Juni 2024`, `posisi Desember 2018`).
pub const AS_OF_WORDS: &[&str] = &["hingga", "sampai", "per", "posisi", "s.d.", "s/d"];

/// As-of words that make a date only a date values stand as of, never the
/// end of a time something ran: `data per 1 Agustus 2024`, `Ini posisinya
/// Desember 2018`.
pub const AS_OF_ONLY_WORDS: &[&str] = &["per", "posisi"];

/// Words opening a sentence that give its result to every party of the
/// sentence before (`Seluruhnya mendapatkan predikat cukup`).
pub const ALL_OF_THEM: &[&str] = &["seluruhnya", "semuanya", "kesemuanya"];

/// Words for all of a group named after them (`seluruh pemerintah daerah`).
pub const ALL_OF_GROUP: &[&str] = &["seluruh", "semua"];

/// Words of restriction that may stand between a result and the only
/// party holding it (`Predikat Nindya hanya Kabupaten Muba`).
pub const ONLY_WORDS: &[&str] = &["hanya", "hanyalah", "cuma", "satu-satunya"];

/// Words after a ranking noun that mean first place.
pub const RANK_TOP_WORDS: &[&str] = &["tertinggi", "teratas", "puncak"];

/// Words after a position that make it no ranking: counted from the bottom
/// (`peringkat 5 terendah`) or a count of times (`juara lima kali`).
pub const RANK_BOTTOM_WORDS: &[&str] =
    &["terendah", "terbawah", "buncit", "juru kunci", "dari bawah", "terakhir", "kali", "kalinya"];

/// Units after a cardinal position that make it a length of time (`putaran
/// terbaik 1 menit 47 detik`); after an ordinal they are a time (`peringkat
/// kesembilan tahun lalu`).
pub const DURATION_WORDS: &[&str] = &["menit", "detik", "jam", "hari", "bulan", "tahun"];

/// Words just before a position that deny it (`di luar sepuluh besar`,
/// `belum masuk 10 besar`).
pub const RANK_NEGATIONS: &[&str] = &["luar", "belum", "tidak", "tak", "gagal"];

/// Words that set a party apart from what the rest of the sentence says
/// (`Di luar Pemprov Lampung, pemerintah kabupaten/kota yang memperoleh
/// opini WTP, yakni ...`, `Selain Kota Probolinggo, 17 kabupaten/kota lain
/// meraih Adipura`), lower-cased.
pub const SETTING_APART: &[&str] = &["selain", "di luar", "kecuali"];

/// Words of the prize an award comes as, kept in its value (`piala
/// adipura`, `sertifikat adipura`).
pub const AWARD_PRIZES: &[&str] = &["piala", "piagam", "sertifikat", "plakat", "trofi", "tropi"];

/// Words of receiving before an award that make it the rating of the
/// party that receives it (`Kota Bontang meraih Adipura Kencana`).
#[rustfmt::skip]
pub const AWARD_TAKERS: &[&str] = &[
    "meraih", "raih", "menerima", "terima", "mendapat", "mendapatkan", "memperoleh", "menyabet", "sabet", "memboyong",
    "boyong", "predikat", "kategori",
];

/// Words that give a result to the parties named right after them
/// (`kategori Madya untuk Kota Kotamobagu`, `opini WTP atas LKPD Kota Ternate`).
pub const GIVEN_TO: &[&str] = &["untuk", "kepada", "atas"];

/// Reports named before each party they are of, in a list of results
/// given for them (`atas LKPD Kota Ternate, LKPD Kota Tidore Kepulauan`).
pub const REPORT_NOUNS: &[&str] = &["LKPD", "LHP", "LPPD", "LAKIP", "LKjIP"];

/// Nouns of those who hold an award (`kota sedang penerima Adipura ...
/// yakni Kota Bitung, ...`): they make it a rating only of parties listed after.
pub const AWARD_HOLDERS: &[&str] = &["peraih", "penerima"];

/// Words of a prize, whose positions are generic when no party is named
/// (`hadiah untuk juara pertama sebesar Rp 15 juta`).
pub const PRIZE_WORDS: &[&str] = &["hadiah", "pembinaan", "berhak", "uang"];

/// Words in the clause before a position that make it an aim, not a result.
#[rustfmt::skip]
pub const RANK_BLOCKERS: &[&str] = &[
    "menargetkan", "ditargetkan", "target", "targetkan", "mengincar", "membidik", "berharap", "harapkan",
    "diharapkan", "mengharapkan", "ingin", "bertekad", "semoga", "mudah-mudahan",
];

/// Phrases of the future in the clause before a position (`tahun depan
/// Lamongan harus masuk lima besar`), which make it an aim.
pub const FUTURE_PHRASES: &[&str] = &["tahun depan", "ke depan", "mendatang"];

/// First words of a line that introduces a list (`Berikut 10 kota dengan
/// peringkat teratas:`).
pub const LIST_OPENERS: &[&str] = &["berikut", "inilah", "daftar", "adapun"];

/// Words before a band that make it a stage of a competition, not a
/// ranking (`tiket babak delapan besar`).
pub const ROUND_WORDS: &[&str] = &["babak", "fase", "putaran", "laga"];

/// Verbs of a move to a new position after a ranking (`naik menjadi 6`).
pub const RANK_MOVES: &[&str] = &["naik", "turun", "melonjak", "merosot", "meningkat", "menurun", "bergeser"];

/// Words before a bracketed ordinal or a numbered list that make the list
/// a ranking (`skor tertinggi berturut-turut adalah Bengkulu (pertama)`,
/// `10 kota dengan skor toleransi terendah. Berikut daftarnya:`, `10 kota
/// paling toleran`).
#[rustfmt::skip]
pub const RANK_LIST_CONTEXT: &[&str] = &[
    "peringkat", "urutan", "posisi", "ranking", "tertinggi", "terbaik", "teratas", "berturut-turut", "klasemen",
    "terendah", "paling",
];

/// Scope words after a ranking and the scope they give.
pub const SCOPE_WORDS: &[(&str, &str)] = &[
    ("secara nasional", "nasional"),
    ("tingkat nasional", "nasional"),
    ("skala nasional", "nasional"),
    ("nasional", "nasional"),
    ("se-Indonesia", "nasional"),
    ("seluruh Indonesia", "nasional"),
    ("di Indonesia", "nasional"),
    ("tingkat provinsi", "provinsi"),
    ("tingkat Provinsi", "provinsi"),
    ("se-provinsi", "provinsi"),
    ("se-Provinsi", "provinsi"),
    ("provinsi", "provinsi"),
    ("kategori kota", "kategori kota"),
    ("kategori kabupaten", "kategori kabupaten"),
];

/// Letter and acronym grades (`kategori A`, `opini WTP`), case-sensitive,
/// longest first.
#[rustfmt::skip]
pub const GRADE_LETTERS: &[&str] = &[
    "AAA", "AA", "BBB", "BB", "CCC", "CC", "A", "B", "C", "D", "E", "WTP", "WDP", "TMP", "TW", "WBK", "WBBM", "A+",
    "A-", "B+", "B-", "C+", "C-",
];

/// The statuses of the village index (IDM), longest first.
pub const VILLAGE_TIERS: &[&str] = &["sangat tertinggal", "tertinggal", "berkembang", "maju", "mandiri"];

/// Audit opinions in words and the acronym they stand for.
pub const OPINIONS: &[(&str, &str)] = &[
    ("Wajar Tanpa Pengecualian", "wtp"),
    ("Wajar Dengan Pengecualian", "wdp"),
    ("Tidak Menyatakan Pendapat", "tmp"),
    ("Tidak Memberikan Pendapat", "tmp"),
    ("Tidak Wajar", "tw"),
    ("disclaimer", ""),
];

/// Plural party nouns after a count: a grade said of a counted group
/// (`42 pemkot masuk zona kuning`) is no fact.
#[rustfmt::skip]
pub const COUNTED_PARTIES: &[&str] = &[
    "pemkot", "pemkab", "pemda", "pemprov", "kabupaten", "kota", "daerah", "instansi", "provinsi", "kementerian",
    "lembaga", "OPD", "desa", "kelurahan", "sekolah", "unit", "puskesmas", "pemerintah", "kabupaten/kota", "satker",
    "badan", "lainnya", "perangkat", "kantor", "dinas", "polres", "kecamatan", "entitas",
];

/// Words before a count of parties later in a sentence that make it
/// count a group (`ada tiga kabupaten/kota`, `sebanyak 12 daerah`,
/// `propinsi NTT dan delapan kabupaten`).
pub const COUNT_INTRODUCERS: &[&str] = &["ada", "terdapat", "sebanyak", "dan", "serta"];

/// Words between a count of parties and the result they took (`3 lainnya
/// masih kurang informatif yakni ...`, `4 yang informatif yakni ...`).
pub const COUNT_FILLERS: &[&str] =
    &["yang", "lainnya", "lain", "masih", "juga", "sudah", "telah", "berhasil", "meraih", "masuk"];

/// Words before a number that make it part of a name, not a count
/// (`SMA Negeri 1 Kota Madiun`, `SMPN 3 Kota Batu`, `Jl. Merdeka No. 5`).
#[rustfmt::skip]
pub const NUMBERED_NAME_WORDS: &[&str] = &[
    "Negeri", "SMAN", "SMPN", "SDN", "SMKN", "MAN", "MTsN", "MIN", "No", "Nomor", "RT", "RW", "Blok", "Puskesmas",
];

/// Words before a grade that make it a wish or a supposition, not a result
/// (`menargetkan predikat A`, `kalau ... mendapat predikat A`).
#[rustfmt::skip]
pub const GRADE_BLOCKERS: &[&str] = &[
    "menargetkan", "ditargetkan", "target", "targetkan", "mengejar", "membidik", "berharap", "harapan", "ingin",
    "kalau", "jika", "ibarat", "seandainya", "andaikan", "ambang", "batas", "minimal", "minimum",
];

/// Words that open a condition (`Kalau bisa tembus 88,31, kita masuk
/// kategori A`): a grade in that sentence is a supposition.
pub const CONDITIONALS: &[&str] = &["kalau", "jika", "jikalau", "apabila", "bila", "seandainya", "andaikan"];

/// First words of a clause put before the main one (`Setelah 3 tahun
/// masuk zona kuning, Kabupaten Lampung Selatan kini ...`): its result is
/// the main clause's subject's.
pub const FRONTED_CLAUSE_OPENERS: &[&str] = &[
    "setelah", "sesudah", "sejak", "meski", "meskipun", "walau", "walaupun", "sebelum", "usai", "seusai", "selama",
    "ketika", "berkat", "dengan",
];

/// Words of purpose before a verb of obtaining (`untuk meraih predikat A`),
/// and of a rule after a grade (`predikat A untuk nilai 80 hingga 90`).
pub const PURPOSE_WORDS: &[&str] = &["untuk", "demi", "agar", "supaya", "bagi", "diberikan"];

/// Words that make an interval after a grade its band (`zona kuning ada
/// di rentang 50-80`), not a party's result.
pub const RANGE_WORDS: &[&str] = &["rentang", "rentangan", "kisaran", "antara"];

/// Words that join a named party to a counted group holding the same
/// result (`Provinsi Kaltim beserta 9 Kabupaten`).
pub const JOINING_WORDS: &[&str] = &["beserta", "bersama", "dan", "serta"];

/// Words of an unnamed group or of none, before a grade (`sisanya tersebar
/// di zona kuning`, `tidak ada yang di zona merah`, `status desa paling
/// banyak berada pada katagori desa tertinggal`).
pub const GROUP_WORDS: &[&str] = &[
    "sisanya",
    "sebagian",
    "beberapa",
    "sejumlah",
    "mayoritas",
    "kebanyakan",
    "paling banyak",
    "lainnya",
    "selebihnya",
    "tidak ada",
    "tak ada",
    "belum ada",
    "jumlah",
    "tak satu",
    "tidak satu",
];

/// Nouns printed before a letter grade, kept in the grade's value, as
/// printed (`katagori A` keeps its misspelling).
pub const GRADE_NOUNS: &[&str] = &[
    "kategori",
    "katagori",
    "predikat",
    "opini",
    "peringkat",
    "nilai",
    "level",
    "klaster",
    "status",
    "indeks",
    "kriteria",
    "akreditasi",
    "mutu",
];

/// Nouns before a rating in words, which the value leaves out (with the
/// common misspelling `katagori`).
#[rustfmt::skip]
pub const GRADE_WORD_NOUNS: &[&str] = &[
    "kategori", "katagori", "predikat", "opini", "klasifikasi", "kualifikasi", "berkategori", "berpredikat", "status",
    "berstatus", "akreditasi", "terakreditasi", "dikategori", "dikategorikan",
];

/// Kinds of party that may stand between a grade noun and its words
/// (`predikat Kabupaten Sangat Inovatif`).
pub const PARTY_KINDS: &[&str] = &["kabupaten", "kota", "provinsi", "daerah"];

/// The tiers of a child-friendly region (KLA), lowest first: also grades
/// after `peringkat` (`peringkat Nindya diraih Kota Batu`).
pub const KLA_TIERS: &[&str] = &["pratama", "madya", "nindya", "utama"];

/// Words that place a party in a rating (`berada pada kategori tinggi`,
/// `masuk zona merah dengan kualitas rendah`).
pub const PLACING_WORDS: &[&str] =
    &["pada", "dalam", "masuk", "dengan", "meraih", "memperoleh", "mendapat", "mendapatkan", "menyandang"];

/// Nouns of a result that a quality rating may follow (`penilaian kualitas
/// tertinggi`, `nilai kualitas tinggi`).
pub const RATED_WORDS: &[&str] = &["penilaian", "nilai", "predikat", "hasil"];

/// Ratings in words that are everyday words too: a grade only when printed
/// capitalised (`kategori Utama`, not `tiga kategori utama`).
pub const GRADE_WORDS_CAPITALISED: &[&str] = &["utama", "tinggi", "rendah", "sedang", "unggul", "kurang"];

/// Ratings in words, longest first, as they are printed lower-cased.
#[rustfmt::skip]
pub const GRADE_WORDS: &[&str] = &[
    "sangat baik", "baik sekali", "cukup baik", "kurang baik", "sangat memuaskan", "memuaskan", "sangat istimewa",
    "istimewa", "kualitas tertinggi", "kualitas tinggi", "kualitas sedang", "kualitas rendah",
    "kepatuhan pelayanan tinggi", "kepatuhan pelayanan sedang", "kepatuhan pelayanan rendah", "kepatuhan tertinggi",
    "kepatuhan tinggi", "kepatuhan sedang", "kepatuhan rendah", "tuntas paripurna", "tuntas utama", "tuntas madya", "tuntas pratama",
    "belum tuntas", "perlu perbaikan", "baik dengan catatan", "pelayanan prima", "sangat inovatif", "kurang inovatif", "inovatif",
    "menuju informatif", "cukup informatif", "kurang informatif", "tidak informatif", "informatif",
    // The English spelling, printed by Indonesian news too (`3 cukup informative`).
    "menuju informative", "cukup informative", "kurang informative", "tidak informative", "informative", "sangat tinggi",
    "sangat rendah", "desa sangat tertinggal", "desa tertinggal", "desa berkembang", "desa mandiri", "desa maju",
    "sangat tertinggal", "tertinggal", "berkembang", "mandiri", "maju", "paripurna",
    "swasti saba wistara", "swasti saba wiwerda", "swasti saba padapa", "wistara", "wiwerda", "padapa", "waspada", "rentan", "terjaga", "mentor", "nindya", "madya", "pratama", "utama", "tinggi", "sedang",
    "rendah", "unggul", "baik", "cukup", "kurang", "buruk",
];

/// Colour zone nouns and colours: `zona hijau`, `zonasi kuning`.
pub const ZONE_NOUNS: &[&str] = &["zona", "zonasi"];

/// Ombudsman levels a zone noun may carry instead of a colour: `zona
/// kepatuhan tinggi`.
pub const ZONE_LEVELS: &[&str] = &["kepatuhan tinggi", "kepatuhan sedang", "kepatuhan rendah"];

/// Classifiers that a colour keeps as its noun, without their `ber-`
/// (`berstatus kuning` is `status kuning`, `katagori merah` as printed).
pub const COLOUR_CLASSIFIERS: &[&str] = &["kategori", "katagori", "status", "predikat"];

/// The integrity survey's levels (SPI, KPK), zones of their own in an
/// article about an assessment: `Zona Waspada`.
pub const INTEGRITY_LEVELS: &[&str] = &["terjaga", "waspada", "rentan"];

/// Zone colours.
pub const ZONE_COLOURS: &[&str] = &["hijau", "kuning", "merah", "oranye", "jingga", "biru", "hitam"];

/// Abbreviated words that go on inside a party's name: `Polres Kep. Yapen`.
pub const NAME_ABBREVIATIONS: &[&str] = &["Kep", "Kepl"];

/// Heads of an assessed party's name: `Kota Madiun`, `Dinas Sosial`.
#[rustfmt::skip]
pub const PARTY_HEADS: &[&str] = &[
    "Pemerintah Kota", "Pemerintah Kabupaten", "Pemerintah Provinsi", "Pemerintah Propinsi", "Pemerintah Daerah", "Kota",
    "Kabupaten", "Kab.", "Kab", "Provinsi", "Propinsi", "Prov.", "Pemkot", "Pemkab", "Pemprov", "Pemda", "Dinas", "Badan", "Kantor", "Sekretariat",
    "Inspektorat", "RSUD", "RSU", "Rumah Sakit", "Puskesmas", "Kecamatan", "Kemantren", "Kapanewon", "Kelurahan", "Kalurahan", "Desa", "Nagari", "Gampong", "Polres", "Polresta",
    "Polrestabes", "Polda", "Polsek", "Kejaksaan", "Kejari", "Kejati", "Pengadilan", "Lapas", "Rutan", "Universitas",
    "Politeknik", "Institut", "SMAN", "SMPN", "SDN", "SMKN", "SMA", "SMK", "SMP", "SD", "MAN", "MTsN", "Perumda",
    "PDAM", "Bappeda", "Bapperida", "Bappedalitbang", "Brida", "Bapenda", "BPBD", "BPKAD", "DPMPTSP", "Disdukcapil",
    "Dispendukcapil", "Dukcapil", "Diskominfo", "Satpol PP", "DPRD", "Balai", "UPTD", "UPT", "Kementerian", "Mal Pelayanan Publik", "Mall Pelayanan Publik", "MPP",
    "Sekolah Menengah", "Sekolah Dasar", "Instalasi", "Dinkes", "Dinsos", "Disdik", "Dindik", "Dishub", "DLH",
    "Disnaker", "BKPSDM", "Samsat", "KPPN", "Bawaslu", "Kantah", "Kanwil",
];

/// Heads of national bodies: a party they open has no region (`Kementerian
/// Keuangan`, `Badan Pusat Statistik`).
pub const NATIONAL_HEADS: &[&str] =
    &["Kementerian", "Kemenkes", "Kemendagri", "Kemenpan", "KemenPAN-RB", "Lembaga", "Indonesia"];

/// Party heads that are whole names on their own: agency acronyms
/// (`Bappeda berada di posisi kedua`).
#[rustfmt::skip]
pub const STANDALONE_HEADS: &[&str] = &[
    "Bappeda", "Bapperida", "Bappedalitbang", "Brida", "Bapenda", "BPBD", "BPKAD", "DPMPTSP", "Disdukcapil",
    "Dispendukcapil", "Dukcapil", "Diskominfo", "Inspektorat", "DPRD", "Satpol PP", "PDAM", "Dinkes", "Dinsos",
    "Disdik", "Dindik", "Dishub", "DLH", "Disnaker", "BKPSDM", "Samsat", "KPPN", "Bawaslu",
];

/// Plural nouns of regions in the line that introduces a numbered list,
/// whose rows then name regions without a head (`Berikut 10 kota dengan
/// skor tertinggi:` then `1. Singkawang – 6,500`).
pub const LISTED_REGIONS: &[&str] =
    &["kota", "kabupaten", "kabupaten/kota", "kab/kota", "daerah", "provinsi", "pemda", "desa", "kelurahan", "negara"];

/// Names that start like a region but name none: programmes and awards
/// (`Kota Layak Anak`).
#[rustfmt::skip]
pub const NOT_PARTIES: &[&str] = &[
    "Kota Layak Anak", "Kabupaten Layak Anak", "Provinsi Layak Anak", "Kota Sehat", "Kabupaten Sehat",
    "Kota Layak Pemuda", "Kota Cerdas", "Desa Membangun", "Desa Mandiri", "Desa Maju", "Desa Berkembang",
    "Desa Tertinggal", "Desa Sangat Tertinggal", "Desa Wisata Rintisan", "Desa Wisata Berkembang", "Desa Wisata Maju",
    "Desa Wisata Mandiri",
];

/// Words right before an epithet of a region (`berjuluk Kota Hujan`,
/// `dikenal sebagai Kota Pahlawan`): the name after them is no party. A
/// quoted name (`“Kota Kembang”`) is one too.
pub const EPITHET_MARKS: &[&str] = &["julukan", "berjuluk", "berjulukan", "dijuluki", "sebutan", "disebut", "dikenal"];

/// Well-known nicknames of regions said without a mark (`Kota Hujan` is
/// Bogor), which refer to the article's main subject: data for what the
/// rules on epithets cannot see.
#[rustfmt::skip]
pub const NICKNAMES: &[&str] = &[
    "Kota Hujan", "Kota Pahlawan", "Kota Kembang", "Kota Gudeg", "Kota Pelajar",
    "Kota Batik", "Kota Santri", "Kota Apel", "Kota Atlas", "Kota Lumpia", "Kota Daeng", "Kota Minyak", "Kota Tepian",
    "Kota Bertuah", "Kota Khatulistiwa", "Kota Seribu Sungai", "Kota Pempek", "Kota Serambi Mekkah", "Kota Kretek",
    "Kota Ukir", "Kota Tahu", "Kota Pecel", "Kota Bengawan", "Kota Udang", "Kota Wali", "Kota Intan", "Kota Reog",
];

/// Province and national names that are parties on their own.
#[rustfmt::skip]
pub const PLACE_PARTIES: &[&str] = &[
    "Aceh", "Sumatera Utara", "Sumatera Barat", "Sumatera Selatan", "Riau", "Kepulauan Riau", "Jambi", "Bengkulu",
    "Lampung", "Kepulauan Bangka Belitung", "Bangka Belitung", "DKI Jakarta", "Jawa Barat", "Jawa Tengah",
    "Jawa Timur", "Daerah Istimewa Yogyakarta", "DI Yogyakarta", "DIY", "Banten", "Bali", "Nusa Tenggara Barat",
    "Nusa Tenggara Timur", "NTB", "NTT", "Kalimantan Barat", "Kalimantan Tengah", "Kalimantan Selatan",
    "Kalimantan Timur", "Kalimantan Utara", "Sulawesi Utara", "Sulawesi Tengah", "Sulawesi Selatan",
    "Sulawesi Tenggara", "Sulawesi Barat", "Gorontalo", "Maluku Utara", "Maluku", "Papua Barat Daya", "Papua Barat",
    "Papua Selatan", "Papua Tengah", "Papua Pegunungan", "Papua", "Jatim", "Jateng", "Jabar", "Sulsel", "Sumut",
    "Sumbar", "Sumsel", "Kalsel", "Kaltim", "Kalbar", "Kalteng", "Sulut", "Sulteng", "Sultra", "Indonesia",
];

/// Capitalised words that end a party's name or stand before none (headline
/// verbs and fact triggers: `Kota Madiun Raih Nilai`; words that open
/// examples: `Seperti Tanggamus 1,60`).
#[rustfmt::skip]
pub const NAME_STOPS: &[&str] = &[
    "Raih", "Meraih", "Terima", "Menerima", "Sabet", "Menyabet", "Borong", "Masuk", "Naik", "Turun", "Dapat",
    "Peroleh", "Memperoleh", "Jadi", "Menjadi", "Juara", "Peringkat", "Nilai", "Skor", "Berhasil", "Kembali",
    "Raup", "Pertahankan", "Tetap", "Sukses", "Dinilai", "Predikat", "Kategori", "Zona", "Opini", "Indeks",
    "Tahun", "Dalam", "Dengan", "Di", "Ke", "Dari", "Pada", "Untuk", "Atas", "Sebagai", "Yang", "Ini", "Itu",
    "Tersebut", "Terbaik", "Capai", "Mencapai", "Tembus", "Urutan", "Posisi", "Top", "Penghargaan", "Award",
    "Bersama", "Gelar", "Usai", "Saat", "Kini", "Lagi", "Dua", "Tiga", "Se", "Sebesar", "Berdasarkan", "Menurut",
    "Kepala", "Wali", "Bupati", "Gubernur", "Raihan", "Berkurang", "Bertambah", "Meningkat", "Menurun", "Melonjak",
    "Merosot", "Anjlok", "Mencatat", "Mencatatkan", "Mengantongi", "Menempati", "Tertinggi", "Terendah", "Tembus", "Tingkat",
    "Berstatus", "Berpredikat", "Berkategori", "Soal", "Terkait", "Lewat", "Melalui", "Jelang", "Versi", "Catat", "Catatkan", "Kantongi", "Tempati", "Duduki", "Boyong",
    "Torehkan", "Ukir", "Rebut", "Bertahan", "Masih", "Resmi", "Dinobatkan", "Ditetapkan", "Terpilih", "Lolos",
    "Ada", "Berada", "Seperti", "Misalnya", "Contohnya", "Antara", "Yakni", "Yaitu",
    // Adverbs that open a sentence: `Bahkan Provinsi Sulsel pun ...`.
    "Bahkan", "Hanya", "Juga", "Pun", "Termasuk", "Selain", "Apalagi", "Khususnya", "Akhirnya", "Sebelumnya",
    // A budget year's short form: `Pemerintah Daerah (LKPD) TA 2016`.
    "TA",
];

/// Words inside a party's name although not capitalised (`Dinas Kependudukan
/// dan Pencatatan Sipil`).
pub const NAME_CONNECTORS: &[&str] = &["dan", "&", "dr.", "Dr.", "drg.", "Prof.", "H.", "Hj."];

/// Words between a place and its own value (`di Singkawang dari 23,5
/// persen`, `di Kota Bima sebesar 30,8 persen`).
pub const VALUE_LINKS: &[&str] = &["dari", "sebesar", "mencapai", "yakni", "yaitu", "dengan"];

/// Words before a party that make it the assessor or the source, not the
/// assessed (`dari Ombudsman RI`, `oleh Kementerian PANRB`, `berdasarkan
/// data Kementerian Desa PDTT`).
pub const ASSESSOR_MARKS: &[&str] = &[
    "dari",
    "oleh",
    "data",
    "versi",
    "menurut",
    "Perwakilan",
    "di",
    "se-",
    "se",
    "wilayah",
    "tingkat",
    "Selain",
    "Kepala",
    "Ketua",
    "Kadis",
    "Direktur",
    "Sekretaris",
    "Anggota",
    "Deputi",
    "Menteri",
    "Kabid",
    "Kasi",
    "Inspektur",
    "Koordinator",
    "Staf",
];

/// Verbs right after a party that make it the assessor or the publisher of
/// a result, not the assessed (`Kementerian PANRB menetapkan ...`).
#[rustfmt::skip]
pub const ASSESSOR_VERBS: &[&str] = &[
    "menyerahkan", "memberikan", "memberi", "menganugerahkan", "menganugerahi", "menetapkan", "merilis",
    "mengumumkan", "menilai", "mengevaluasi", "menobatkan", "menyematkan",
    // `diserahkan BPK Perwakilan Provinsi Jawa Timur kepada 8 kabupaten`: the giver.
    "kepada",
];

/// Verbs of holding a place or a zone, in a relative clause after a name
/// (`dari Kabupaten Bantul yang berada di posisi pertama`), besides the
/// verbs of obtaining ([`SCORE_VERBS`]): the name holds the result.
pub const HOLDING_VERBS: &[&str] = &["berada", "menempati", "menduduki", "masuk", "tetap", "bertahan"];

/// Passive verbs of placing whose agent after `oleh` holds the place
/// (`posisi ketiga diisi oleh Pemkab Karanganyar`).
pub const PASSIVE_PLACINGS: &[&str] =
    &["diisi", "ditempati", "diduduki", "disusul", "diikuti", "dikuasai", "dilengkapi", "ditutup"];

/// Passive verbs that hand a result to the party named right after them
/// (`predikat A diraih oleh Kota X`, `ditempati Kabupaten Sinjai`).
pub const PASSIVE_TAKERS: &[&str] = &[
    "diraih",
    "diperoleh",
    "disabet",
    "ditempati",
    "diduduki",
    "dipegang",
    "disandang",
    "dimenangi",
    "dimenangkan",
    "diterima",
];

/// Words besides the passive takers before a party named after its fact
/// that make it the fact's party (`diberikan kepada Kabupaten Y`).
pub const RECIPIENT_MARKS: &[&str] = &["oleh", "kepada", "bagi", "untuk", "dicapai", "terdapat", "ada"];

/// Whether `word` makes the party named after it a fact's party: a
/// recipient mark or a passive taker.
pub fn marks_recipient(word: &str) -> bool {
    in_list(RECIPIENT_MARKS, word) || in_list(PASSIVE_TAKERS, word)
}

/// The short names of the catalogue's indexes that have a national
/// value, as a national value's subject carries them (`Indonesia (stunting
/// nasional)`, the convention of the real gold sets).
pub const NATIONAL_LABELS: &[(&str, &str)] = &[
    ("stunting", "stunting"),
    ("ikip", "IKIP"),
    ("spi", "SPI"),
    ("idm", "IDM"),
    ("ipkd", "IPKD"),
    ("ids", "IDS"),
    ("ikci", "IKCI"),
];

/// Openers of a sentence on the national scale, before its comma.
pub const NATIONAL_OPENERS: &[&str] =
    &["secara nasional", "di tingkat nasional", "tingkat nasional", "pada skala nasional", "skala nasional"];

/// Verbs by which a result falls to the party right after them, besides
/// the passive takers (`peringkat kedua jatuh pada Kota Bukittinggi`).
pub const FALLS_TO: &[&str] = &["jatuh"];

/// Words before a name that make it a title given or a category, not a
/// party (`ditetapkan sebagai Desa Antikorupsi`, `peringkat ketiga
/// kategori Kantor Pertanahan se-Provinsi Babel`).
pub const TITLE_MARKS: &[&str] = &["sebagai", "menjadi", "kategori", "katagori"];

/// Words after a comma that open a new clause with its own party
/// (`juara II diraih Desa A, sedangkan juara III diraih Desa B`).
pub const CLAUSE_OPENERS: &[&str] = &[
    "sedangkan",
    "sementara",
    "disusul",
    "diikuti",
    "lalu",
    "kemudian",
    "namun",
    "tetapi",
    "adapun",
    "dan",
    "serta",
    "selanjutnya",
    "berikutnya",
    "terakhir",
];

/// Words that put a value at the level of the province the article names
/// (`angka prevalensi stunting di tingkat provinsi turun dari 17,6%`).
pub const PROVINCIAL_LEVELS: &[&str] = &["tingkat provinsi", "level provinsi"];

/// Words that open a sentence going on with the list of the one before
/// (`Berikutnya, Pemkot Padang dengan nilai 93,67 ...`).
pub const SEQUENCE_WORDS: &[&str] =
    &["berikutnya", "selanjutnya", "lalu", "kemudian", "disusul", "diikuti", "serta", "juga", "terakhir"];

/// Words that hand the next place to the parties after them (`disusul
/// Pemkab Fakfak 49`): a list of those holding a place ends there.
pub const FOLLOWING_WORDS: &[&str] = &["disusul", "diikuti", "menyusul"];

/// Words after a fact that enumerate the parties it holds for (`empat
/// daerah di kategori B, yakni Kabupaten Blora, ...`), lower-cased.
pub const ENUMERATION_WORDS: &[&str] = &[
    "yakni",
    "yaitu",
    "ialah",
    "adalah",
    "antara lain",
    "di antaranya",
    "diantaranya",
    "meliputi",
    "termasuk",
    "ditempati",
    "di tempati",
    "diraih",
    "diisi",
    "diduduki",
    "disandang",
    "diperoleh",
    "diberikan kepada",
    "masing-masing",
    "masing masing",
    "dengan urutan",
    "sesuai urutan",
    "rinciannya",
    "dengan rincian",
    // `15 kabupaten berkategori hijau ... seperti Ponorogo, ...`: a counted group's examples.
    "seperti",
];

/// Words that point back to something just named: `Empat polres itu`,
/// `15 kabupaten tersebut`, `Kota Seribu Taman itu`.
pub const POINTERS: &[&str] = &["itu", "tersebut"];

/// Words that point back to a group counted just before: the pointers and
/// `ini` (`Kepada tujuh daerah ini, BPK RI memberikan opini WTP`), which
/// after a name is no pointer (`Bagi Sigi ini adalah prestasi`).
pub const COUNTED_POINTERS: &[&str] = &["itu", "tersebut", "ini"];

/// Words right before a value that make it an earlier one, moved or
/// compared from: `dari 25,3`, `dibanding 71,2`, `sebelumnya 3,1`.
pub const EARLIER_VALUE_WORDS: &[&str] = &["dari", "dibanding", "dibandingkan", "sebelumnya", "semula"];

/// Pronouns that open a sentence listing the group just named: `tujuh
/// pemerintah kabupaten dan kota juga meraih ... Mereka adalah A, B`.
pub const GROUP_PRONOUNS: &[&str] = &["mereka"];

/// Nouns that, with `itu`, `tersebut` or `ini`, open a sentence pointing
/// back at the score just given (`Angka tersebut naik 0,25 poin`), besides
/// the score nouns.
pub const POINTER_NOUNS: &[&str] = &["angka", "capaian", "raihan", "perolehan", "hasil", "prestasi"];

/// Words that say one number holds for each of several parties.
pub const EACH_WORDS: &[&str] = &["masing-masing", "masing - masing", "sama-sama", "masing masing"];

/// Abbreviations whose dot does not end a sentence (`Kab. Madiun`,
/// `dr. Budi`), compared without the dot and case-insensitively. Single
/// letters (initials) and dotted forms (`S.Pd.`) are handled apart.
#[rustfmt::skip]
pub const ABBREVIATIONS: &[&str] = &[
    "no", "kab", "prov", "kec", "kel", "ds", "dr", "drg", "hj", "rp", "jl", "jln", "drs", "dra", "ir", "prof", "st",
    "tbk", "bpk", "sdr", "sdri", "tn", "ny", "yth", "telp", "tlp", "hp", "kol", "brigjen", "kombes", "akbp", "akp",
    "ipda", "iptu", "letkol", "mayjen", "pol", "kapt", "mr", "mrs", "dkk", "sept", "jan", "feb", "peb", "mar", "apr",
    "jun", "jul", "agu", "agt", "ags", "sep", "okt", "nov", "nop", "des", "vol", "hal", "gg", "rt", "rw", "kh", "ust",
    "pj", "plt", "plh",
];

/// Whether `word` is a verb or noun of change (case aside), and if so
/// whether it means a fall (`turun`, `penurunan`).
pub fn change_verb(word: &str) -> Option<bool> {
    CHANGE_VERBS.iter().find(|(verb, _)| verb.eq_ignore_ascii_case(word)).map(|(_, falls)| *falls)
}

/// Whether `word` is in `list`, ignoring case, the punctuation around it and
/// an enclitic `-nya` (`"Target` and `targetnya` are `target`).
pub fn in_list(list: &[&str], word: &str) -> bool {
    let bare = word.trim_matches(|c: char| !c.is_alphanumeric() && c != '%' && c != '&');
    let stem = bare.len().checked_sub(3).filter(|_| bare.to_ascii_lowercase().ends_with("nya")).map(|end| &bare[..end]);
    list.iter().any(|w| w.eq_ignore_ascii_case(bare) || stem.is_some_and(|stem| w.eq_ignore_ascii_case(stem)))
}

/// Nouns that open the name of an assessment outside the catalogue
/// (`Rencana Aksi Pemberantasan Korupsi KPK`, `Pemetaan Penyelenggaraan
/// Pemda`, `monitoring Korsupgah KPK RI`): a result with no catalogue name
/// near is `other`, named by these words and the few after them.
pub const OTHER_ASSESSMENT_NOUNS: &[&str] =
    &["penilaian", "evaluasi", "pemetaan", "monitoring", "survei", "rencana aksi", "indeks", "lomba", "penghargaan"];

/// Words that end the name of an assessment outside the catalogue.
pub const OTHER_ASSESSMENT_STOPS: &[&str] = &[
    "yang", "pada", "di", "dari", "oleh", "untuk", "tahun", "ini", "itu", "tersebut", "dengan", "ke", "dan", "atas",
    "bagi", "kepada", "sebagai", "dalam", "terhadap",
];

/// The assessments of `FACTS.md`'s catalogue, each with the names and
/// words that mark it in news text, as case-insensitive regex fragments
/// (a space matches any run of spaces). The catalogue's id comes first; a
/// longer name of one assessment stands before a shorter name of another
/// that it holds (`Indeks Keterbukaan Informasi Publik` before `keterbukaan
/// informasi publik`).
#[rustfmt::skip]
pub const ASSESSMENT_NAMES: &[(&str, &[&str])] = &[
    ("ombudsman_maladministrasi", &[r"indeks persepsi mala?\s?a?dministrasi", r"inperma"]),
    ("ombudsman_kepatuhan", &[
        r"(?:penilaian|survei|survey|predikat|tingkat|opini|hasil|nilai|standar) kepatuhan",
        r"kepatuhan (?:terhadap )?(?:standar|penyelenggara(?:an)?) (?:pelayanan|layanan)",
        r"kepatuhan (?:pelayanan|layanan) publik", r"KPPP",
        r"opini (?:pengawasan )?ombudsman", r"opini pengawasan (?:penyelenggaraan )?pelayanan publik",
        r"penilaian (?:proses )?penyelenggaraan (?:pelayanan )?publik",
    ]),
    ("ipkd", &[r"indeks pengelolaan keuangan daerah", r"IPKD"]),
    ("ikip", &[r"indeks keterbukaan informasi(?: publik)?", r"IKIP"]),
    ("kip", &[
        r"keterbukaan informasi(?: publik)?", r"monev KIP", r"anugerah KIP", r"komisi informasi", r"KI Awards?",
    ]),
    ("ipp", &[
        r"indeks pelayanan publik", r"IPP", r"PEKPPP",
        r"evaluasi kinerja penyelenggaraan pelayanan publik",
    ]),
    ("sakip", &[r"SAKIP", r"AKIP", r"akuntabilitas kinerja(?: instansi pemerintah(?:an)?)?"]),
    ("rb", &[
        r"(?:indeks|evaluasi|nilai|hasil|capaian|predikat|penilaian) (?:pelaksanaan )?(?:reformasi birokrasi|RB)",
        r"indeks RB", r"IRB",
    ]),
    ("spbe", &[r"SPBE", r"pemerintah(?:an)? berbasis elektronik"]),
    ("bpk_opini", &[
        r"LKPD", r"laporan keuangan pemerintah (?:daerah|provinsi|kabupaten|kota)", r"opini BPK",
        r"opini (?:WTP|WDP|TMP|TW)", r"wajar tanpa pengecualian", r"wajar dengan pengecualian",
    ]),
    ("mcp", &[
        r"monitoring,? cent(?:er|re) (?:for|of) prevention", r"MCP", r"MCSP", r"indeks pencegahan korupsi",
        r"monitoring,? controlling,? surveillance for prevention",
        r"korsupgah", r"koordinasi (?:dan )?supervisi pencegahan",
    ]),
    ("spi", &[r"(?:survei )?penilaian integritas", r"E-SPI", r"SPI", r"indeks integritas"]),
    ("kla", &[r"layak anak", r"KLA"]),
    ("adipura", &[r"adipura"]),
    // The village index has been `Indeks Desa` since 2024.
    ("idm", &[r"indeks desa(?: membangun)?", r"IDM"]),
    ("eppd", &[
        r"EPPD", r"EKPPD", r"LPPD", r"LKPPD", r"evaluasi (?:kinerja )?(?:penyelenggaraan )?pemerintah(?:an)? daerah",
        r"kinerja penyelenggaraan (?:pemerintah(?:an)? daerah|pemda)",
        r"laporan penyelenggaraan pemerintah(?:an)? daerah", r"status kinerja",
    ]),
    ("iga", &[r"innovative government award", r"IGA", r"indeks inovasi daerah", r"IID"]),
    ("uhc", &[r"universal health coverage", r"UHC", r"cakupan (?:kepesertaan )?JKN", r"kepesertaan JKN"]),
    ("stunting", &[r"prevalensi stunting", r"stunting", r"SSGB?I", r"status gizi", r"SKI"]),
    ("ikci", &[r"indeks kota cerdas(?: indonesia)?", r"IKCI"]),
    ("ikt", &[r"indeks kota toleran", r"IKT", r"kota toleran", r"setara institute"]),
    ("ids", &[r"indeks daya saing daerah", r"IDSD", r"daya saing daerah"]),
];

/// Assessments of the catalogue scored on a scale below 10 (the tolerant
/// city index runs from 1 to 7, the public service and e-government indexes
/// from 1 to 5): a number printed `6.200` there is 6.2, not six thousand.
pub const SMALL_SCALE_ASSESSMENTS: &[&str] = &["ikt", "ipp", "spbe", "ids"];

/// Assessments of the catalogue that rank cities only (Setara Institute's
/// tolerant city index covers the 94 cities): a bare `Bekasi` there is the
/// city, not the regency of the same name.
pub const CITY_ASSESSMENTS: &[&str] = &["ikt"];

/// Grades that belong to one assessment of the catalogue, lower-cased as
/// the grade recogniser writes them: a fact graded `zona hijau` is of the
/// Ombudsman's compliance assessment when its article names none.
pub const ASSESSMENT_GRADES: &[(&str, &[&str])] = &[
    (
        "ombudsman_kepatuhan",
        &[
            "zona hijau",
            "zona kuning",
            "zona merah",
            "zonasi hijau",
            "zonasi kuning",
            "zonasi merah",
            "kualitas tertinggi",
            "kualitas tinggi",
            "kualitas sedang",
            "kualitas rendah",
        ],
    ),
    (
        "bpk_opini",
        &[
            "opini wtp",
            "opini wdp",
            "wtp",
            "wdp",
            "opini tmp",
            "tmp",
            "wajar tanpa pengecualian",
            "wajar dengan pengecualian",
            "tidak menyatakan pendapat",
            "tidak memberikan pendapat",
            "disclaimer",
            "opini disclaimer",
        ],
    ),
    ("kla", KLA_TIERS),
    (
        "kip",
        &[
            "informatif",
            "menuju informatif",
            "cukup informatif",
            "kurang informatif",
            "tidak informatif",
            "informative",
            "menuju informative",
            "cukup informative",
            "kurang informative",
            "tidak informative",
        ],
    ),
    ("idm", VILLAGE_TIERS),
    ("iga", &["sangat inovatif", "inovatif", "kurang inovatif"]),
    ("adipura", &["adipura kencana", "adipura"]),
];
