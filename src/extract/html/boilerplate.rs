//! The words that mark page furniture: in `class` and `id` values (share
//! bars, captions, related lists) and inside the text ("Baca juga" links,
//! byline and credit lines, comment prompts, ad labels). Every Indonesian (and
//! English) boilerplate marker lives in the lists below; the body extractor
//! asks [`classify_paragraph`] about each paragraph it renders.

/// Words of `class` and `id` values that always mark page furniture, even
/// beside a content word (`wp-caption-text`, `related-posts`, `comment-content`).
pub(super) const FURNITURE_CLASS_WORDS: &[&str] = &[
    "share",
    "sharing",
    "sharer",
    "social",
    "sosmed",
    "related",
    "terkait",
    "comment",
    "comments",
    "komentar",
    "disqus",
    "caption",
    "credit",
    "credits",
    "breadcrumb",
    "breadcrumbs",
    "tags",
    "advert",
    "advertisement",
    "adsbygoogle",
    "iklan",
    "newsletter",
    "subscribe",
    "bacajuga",
    "recommended",
    "recommendation",
    "trending",
    "popular",
    "populer",
    "terpopuler",
    "outbrain",
    "taboola",
    "photo",
    "foto",
    "gallery",
    "galeri",
    "thumbnail",
    "thumb",
    "deskripsi",
    "keterangan",
];

/// Words of `class` and `id` values that mark furniture unless a content word
/// is also there (`post-meta` is furniture, `main-content-footer` is not).
pub(super) const WEAK_FURNITURE_CLASS_WORDS: &[&str] = &[
    "ad",
    "ads",
    "tag",
    "banner",
    "promo",
    "sidebar",
    "widget",
    "footer",
    "nav",
    "navbar",
    "navigation",
    "menu",
    "popup",
    "modal",
    "cookie",
    "gdpr",
    "readmore",
    "byline",
    "author",
    "meta",
    "masthead",
    "pagination",
    "pager",
    "print",
    "rss",
    "skip",
    "toolbar",
];

/// Words of `class` and `id` values that mark the content itself: an element
/// carrying one of them is never skipped as furniture.
pub(super) const CONTENT_CLASS_WORDS: &[&str] =
    &["article", "content", "body", "entry", "main", "post", "story", "text", "artikel", "berita", "isi", "detail"];

/// Paragraph openings that introduce a link to another article, in lower case.
/// A paragraph starting with one of them is dropped whole, with or without a
/// colon and whatever its casing (`Baca juga:`, `BACA JUGA`, `Baca Juga  ...`).
const RELATED_MARKERS: &[&str] = &[
    "baca juga",
    "baca pula",
    "baca lagi",
    "baca selengkapnya",
    "baca berita",
    "simak juga",
    "simak berita",
    "simak video",
    "lihat juga",
    "tonton juga",
    "berita terkait",
    "artikel terkait",
    "berita lainnya",
    "artikel lainnya",
    "read also",
    "also read",
    "read more",
    "see also",
    "related:",
];

/// Labels that open a byline, editor or credit line (`Pewarta: Budi`), in lower
/// case. The line is dropped; see [`AUTHOR_LABELS`] for those naming authors.
const CREDIT_LABELS: &[&str] = &[
    "pewarta",
    "penulis",
    "reporter",
    "wartawan",
    "kontributor",
    "laporan wartawan",
    "editor",
    "redaktur",
    "penyunting",
    "sumber",
    "foto",
    "fotografer",
    "ilustrasi",
    "video",
    "copyright",
    "hak cipta",
    "tags",
    "tag",
    "topik",
    "kata kunci",
    "bagikan",
    "share",
];

/// The credit labels whose value names the article's authors.
const AUTHOR_LABELS: &[&str] = &["pewarta", "penulis", "reporter", "wartawan", "kontributor", "laporan wartawan"];

/// Whole paragraphs that are page furniture, in lower case, compared after
/// trimming punctuation.
const FURNITURE_LINES: &[&str] = &[
    "posting komentar",
    "tulis komentar",
    "kirim komentar",
    "komentar",
    "beri komentar",
    "bagikan",
    "bagikan artikel",
    "share",
    "share this article",
    "advertisement",
    "iklan",
    "scroll to continue with content",
    "scroll untuk melanjutkan",
    "lanjutkan membaca",
    "tags",
    "tag",
    "topik",
    "populer",
    "terpopuler",
    "terkini",
    "loading",
    "jangan lewatkan",
    "shares",
    "sumber",
    "more photos",
    "rate artikel ini",
];

/// Paragraph openings that are ad slots or banners (`Banner 2`).
const FURNITURE_PREFIXES: &[&str] =
    &["banner ", "iklan ", "advertisement ", "copyright ", "\u{a9} ", "hak cipta ", "cek berita dan artikel"];

/// Common Indonesian function words: a body where they are frequent is
/// Indonesian whatever the page's `lang` says (many themes declare `en`).
const INDONESIAN_FUNCTION_WORDS: &[&str] =
    &["yang", "dan", "di", "ke", "dari", "dengan", "untuk", "ini", "itu", "dalam", "tidak", "akan", "pada", "juga"];

/// The share of function words above which a text is taken as Indonesian.
const INDONESIAN_WORD_SHARE: f64 = 0.08;

/// Whether a text reads as Indonesian (by its function words).
pub(super) fn looks_indonesian(text: &str) -> bool {
    let (mut words, mut function_words) = (0usize, 0usize);
    for word in text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).take(2000) {
        words += 1;
        function_words += usize::from(INDONESIAN_FUNCTION_WORDS.contains(&word.to_lowercase().as_str()));
    }
    words >= 20 && function_words as f64 >= words as f64 * INDONESIAN_WORD_SHARE
}

/// A closing signature in capitals (`DINI TEJA`): the reporter's name.
pub(super) fn is_signature(paragraph: &str) -> bool {
    let words = paragraph.split_whitespace().count();
    (1..=4).contains(&words)
        && paragraph.chars().any(char::is_alphabetic)
        && paragraph.chars().all(|c| c.is_uppercase() || c.is_whitespace() || c == '.' || c == '\'')
}

/// What the body extractor does with one rendered paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Paragraph {
    /// Article text: kept.
    Text,
    /// Furniture, a related-article link or a credit: dropped.
    Furniture,
    /// A byline naming authors (`Pewarta: Budi`): dropped, the names kept.
    Byline(Vec<String>),
}

/// Whether a paragraph opens with a link to another article (`Baca juga:`,
/// `» BACA JUGA`), which text saved from a page may still hold.
pub fn is_related_link(paragraph: &str) -> bool {
    let opening = paragraph.trim_start_matches(|c: char| !c.is_alphanumeric() && !matches!(c, '(' | '\u{a9}'));
    // The markers are ASCII: compared in place, whatever the case, nothing is lowered.
    RELATED_MARKERS.iter().any(|m| {
        opening.get(..m.len()).is_some_and(|head| head.eq_ignore_ascii_case(m))
            && !opening[m.len()..].starts_with(char::is_alphanumeric)
    })
}

/// Decides whether a paragraph is article text, furniture or a byline.
pub(super) fn classify_paragraph(paragraph: &str) -> Paragraph {
    let lower =
        paragraph.trim_start_matches(|c: char| !c.is_alphanumeric() && !matches!(c, '(' | '\u{a9}')).to_lowercase();
    let bare = lower.trim_end_matches(|c: char| !c.is_alphanumeric()).trim();
    if FURNITURE_LINES.contains(&bare)
        || FURNITURE_PREFIXES.iter().any(|p| lower.starts_with(p))
        || is_related_link(paragraph)
        || is_agency_code(bare)
    {
        return Paragraph::Furniture;
    }
    let credits: Vec<(&str, &str)> = lower.split('|').filter_map(credit_label).collect();
    if credits.is_empty() {
        return Paragraph::Text;
    }
    // The names keep their casing: cut them out of the original paragraph.
    let original: Vec<&str> = paragraph.trim().split('|').collect();
    let authors = lower
        .split('|')
        .zip(original)
        .filter_map(|(lower_part, part)| {
            let (label, _) = credit_label(lower_part)?;
            let value = part.trim().split_once([':', '\u{ff1a}'])?.1.trim();
            (AUTHOR_LABELS.contains(&label) && !value.is_empty()).then(|| value.to_string())
        })
        .collect::<Vec<_>>();
    if authors.is_empty() { Paragraph::Furniture } else { Paragraph::Byline(authors) }
}

/// Whether a paragraph is a bare credit label (`Penulis` in a table cell,
/// its value `: Budi` in the next one).
pub(super) fn is_credit_label(paragraph: &str) -> bool {
    let lower = paragraph.trim().trim_end_matches([':', '\u{ff1a}']).trim_end().to_lowercase();
    CREDIT_LABELS.contains(&lower.as_str())
}

/// Whether a short paragraph is a dateline prefix cut from its text
/// (`Jakarta -` before a `<p>`).
pub(super) fn is_dateline_prefix(paragraph: &str) -> bool {
    paragraph.chars().count() <= 40
        && paragraph.split_whitespace().count() <= 5
        && !paragraph.chars().any(|c| c.is_ascii_digit())
        && [" -", " \u{2013}", " \u{2014}", " --"].iter().any(|dash| paragraph.ends_with(dash))
        && paragraph.chars().next().is_some_and(char::is_uppercase)
}

/// Words that introduce an author's name without a colon (`Oleh Budi`).
const AUTHOR_INTRODUCERS: &[&str] = &["oleh ", "by "];

/// An author element's text without its label: `Pewarta: Budi`, `Oleh Budi`,
/// `: Budi` all give `Budi`.
pub(super) fn author_name(text: &str) -> String {
    let text = text.trim();
    let lower = text.to_lowercase();
    let label = CREDIT_LABELS.iter().chain(AUTHOR_INTRODUCERS).find(|label| lower.starts_with(*label));
    let rest = label.map_or(text, |label| text.get(label.len()..).unwrap_or(text));
    rest.trim_start_matches(|c: char| c == ':' || c == '\u{ff1a}' || c.is_whitespace()).trim().to_string()
}

/// `label: value` when the text opens with a credit label and a colon.
fn credit_label(text: &str) -> Option<(&'static str, &str)> {
    let text = text.trim().trim_start_matches('(');
    CREDIT_LABELS.iter().find_map(|label| {
        let rest = text.strip_prefix(label)?.trim_start();
        let value = rest.strip_prefix([':', '\u{ff1a}'])?;
        Some((*label, value))
    })
}

/// A news agency or desk code closing an article: `(ant)`, `(sun/ram)`.
fn is_agency_code(bare: &str) -> bool {
    let Some(inner) = bare.strip_prefix('(') else { return false };
    let inner = inner.trim_end_matches(')');
    (2..=24).contains(&inner.len())
        && inner.split(['/', ',', '-']).all(|code| {
            let code = code.trim();
            (2..=8).contains(&code.len()) && code.chars().all(|c| c.is_ascii_alphabetic())
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classify_paragraph_drops_furniture_and_keeps_text() {
        let furniture = [
            "Baca Juga: Sinergitas Polres Madiun Bersama TNI Patroli Skala Besar",
            "Baca Juga  Achmad Washil Pimpin Pemusnahan Barang Kena Cukai di Gresik",
            "BACA JUGA Pemkot Madiun raih penghargaan",
            "baca juga: Wali Kota resmikan pasar",
            "» Baca juga: Pasar Besar Madiun direnovasi",
            "Posting Komentar",
            "Banner 2",
            "Banner Artikel - Manisnya Bisnis Kebersihan",
            "(ant)",
            "(sun/ram)",
            "(kominfo/rin)",
            "Foto: madiunkota.go.id",
            "Editor : Redaksi",
            "Tags: pelayanan publik, ombudsman",
            "ADVERTISEMENT",
            "Redaktur: Siti Aminah",
            "COPYRIGHT \u{a9} ANTARA 2015",
            "Jangan Lewatkan!",
            "Cek berita dan artikel yg lain di Google News",
        ];
        for text in furniture {
            assert_eq!(classify_paragraph(text), Paragraph::Furniture, "{text}");
        }
        let kept = [
            "Madiun \u{2013} Kota Madiun kembali menunjukkan prestasi dalam hal pelayanan publik.",
            "Bacaan juga menjadi perhatian pemerintah kota.",
            "Komentar warga soal pelayanan publik cukup positif.",
            "Editor majalah itu menyebut pelayanan publik membaik.",
            "(Kota Madiun masuk zona hijau)",
        ];
        for text in kept {
            assert_eq!(classify_paragraph(text), Paragraph::Text, "{text}");
        }
    }

    #[test]
    fn looks_indonesian_counts_function_words() {
        let indonesian = "Kota Madiun berhasil meraih nilai 95,5 dan masuk dalam zona hijau. Penilaian ini tidak hanya \
                          menilai kinerja pemerintah kota, tetapi juga mengukur sejauh mana OPD mematuhi standar yang ditentukan.";
        let english = "Two United States service members have been killed in a helicopter crash in Afghanistan, \
                       the US military said in a statement on Wednesday, and the cause is under investigation.";
        assert!(looks_indonesian(indonesian));
        assert!(!looks_indonesian(english));
        assert!(!looks_indonesian("yang dan di"));
    }

    #[test]
    fn credit_labels_and_dateline_prefixes_are_recognised() {
        for (text, label, prefix) in [
            ("Penulis", true, false),
            ("Editor :", true, false),
            ("Jakarta -", false, true),
            ("REPUBLIKA.CO.ID, JAKARTA --", false, true),
            ("Penulisnya hadir", false, false),
            ("Kota Madiun raih nilai 95,5 -", false, false),
        ] {
            assert_eq!((is_credit_label(text), is_dateline_prefix(text)), (label, prefix), "{text}");
        }
    }

    #[test]
    fn author_name_drops_labels() {
        for (text, expected) in [
            ("Pewarta: Nur Imansyah", "Nur Imansyah"),
            (": Maya Sofia", "Maya Sofia"),
            ("Oleh Budi", "Budi"),
            ("Dewi", "Dewi"),
        ] {
            assert_eq!(author_name(text), expected, "{text}");
        }
    }

    #[test]
    fn is_signature_takes_closing_capitals_only() {
        for (text, expected) in [
            ("DINI TEJA", true),
            ("(ANT)", false),
            ("Dini Teja", false),
            ("KOTA MADIUN RAIH NILAI 95,5 DALAM PENILAIAN", false),
        ] {
            assert_eq!(is_signature(text), expected, "{text}");
        }
    }

    #[test]
    fn classify_paragraph_reads_authors_from_bylines() {
        let cases: [(&str, &[&str]); 3] = [
            ("Pewarta : Muzayyinnur", &["Muzayyinnur"]),
            ("Penulis: Dewi Sartika | Editor: Budi", &["Dewi Sartika"]),
            ("Reporter: Andi Saputra", &["Andi Saputra"]),
        ];
        for (text, authors) in cases {
            let expected = authors.iter().map(|a| a.to_string()).collect();
            assert_eq!(classify_paragraph(text), Paragraph::Byline(expected), "{text}");
        }
    }
}
