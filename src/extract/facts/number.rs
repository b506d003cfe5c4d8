//! Numbers as Indonesian news prints them: decimal comma (`95,5`), thousands
//! dot (`1.234,5`), ordinal words (`ketiga`, `ke-24`), number words (`dua
//! puluh lima`) and Roman numerals (`juara II`).

use super::lexicon::{NUMBER_WORDS, ORDINAL_WORDS};

/// The regex text of a printed decimal number: `95,5`, `1.234,5`, `4.67`, `88`.
pub const DECIMAL: &str = r"[0-9]{1,3}(?:\.[0-9]{3})+(?:,[0-9]+)?|[0-9]+(?:[,.][0-9]+)?";

/// Reads a printed decimal number. A comma is the decimal mark; a dot before
/// exactly three digits groups thousands, any other dot is a decimal point
/// (`4.67`, as some outlets print it).
pub fn parse_decimal(text: &str) -> Option<f64> {
    let text = text.trim();
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit() || b == b'.' || b == b',') {
        return None;
    }
    let normalised = if text.contains(',') {
        text.replace('.', "").replacen(',', ".", 1)
    } else if text.split('.').skip(1).all(|group| group.len() == 3) {
        text.replace('.', "")
    } else if text.matches('.').count() == 1 {
        text.to_string()
    } else {
        return None;
    };
    normalised.parse().ok()
}

/// Whether `text` is one digit, a point and three digits (`6.513`): six
/// thousand in running text, but 6.513 on an index that stops below 10.
pub fn one_digit_point_three(text: &str) -> bool {
    let b = text.as_bytes();
    b.len() == 5 && b[1] == b'.' && b.iter().enumerate().all(|(i, c)| i == 1 || c.is_ascii_digit())
}

/// Whether `word` is a year as news prints one: four digits from 1900 to 2099.
pub fn is_year(word: &str) -> bool {
    word.len() == 4 && (word.starts_with("19") || word.starts_with("20")) && word.bytes().all(|b| b.is_ascii_digit())
}

/// Reads a cardinal in words or digits: `25`, `lima`, `sepuluh`, `dua belas`,
/// `dua puluh lima`, `seratus`.
pub fn parse_cardinal(text: &str) -> Option<u32> {
    let text = text.trim();
    if !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit()) {
        return text.parse().ok();
    }
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    let unit = |word: &str| NUMBER_WORDS.iter().find(|(w, _)| *w == word).map(|(_, n)| *n).filter(|n| *n < 10);
    match words.as_slice() {
        [word] => NUMBER_WORDS.iter().find(|(w, _)| w == word).map(|(_, n)| *n).filter(|_| *word != "se"),
        [tens, "belas"] => unit(tens).map(|n| 10 + n),
        [tens, "puluh"] => unit(tens).map(|n| n * 10),
        [tens, "puluh", ones] => Some(unit(tens)? * 10 + unit(ones)?),
        _ => None,
    }
}

/// How many a collective word counts: an ordinal with `nya`, above one
/// (`Keduanya` 2, `Kelimanya` 5).
pub fn parse_collective(word: &str) -> Option<u32> {
    word.to_lowercase().strip_suffix("nya").and_then(parse_ordinal).filter(|n| *n > 1)
}

/// Reads an ordinal: `pertama`, `kedua`, `kesepuluh`, `kesebelas`, `ke-24`,
/// `ke 3`, `ke-3`, `kedua belas`, `kedua puluh lima`.
pub fn parse_ordinal(text: &str) -> Option<u32> {
    let lower = text.trim().to_lowercase();
    if let Some((_, n)) = ORDINAL_WORDS.iter().find(|(w, _)| *w == lower) {
        return Some(*n);
    }
    let rest = lower.strip_prefix("ke")?;
    let rest = rest.trim_start_matches(['-', ' ', '\u{2010}', '\u{2013}']);
    let n = parse_cardinal(rest)?;
    (n > 0).then_some(n)
}

/// Reads a Roman numeral from I to XXX (`juara II`).
pub fn parse_roman(text: &str) -> Option<u32> {
    let value = |c: char| match c {
        'I' => Some(1),
        'V' => Some(5),
        'X' => Some(10),
        _ => None,
    };
    let digits: Vec<u32> = text.chars().map(value).collect::<Option<_>>()?;
    let mut total = 0;
    for (i, d) in digits.iter().enumerate() {
        match digits.get(i + 1) {
            Some(next) if next > d => total -= *d as i64,
            _ => total += *d as i64,
        }
    }
    let total = u32::try_from(total).ok().filter(|n| (1..=30).contains(n))?;
    (to_roman(total) == text).then_some(total)
}

/// Writes 1..=30 in canonical Roman numerals, to reject `IIII` or `VX`.
fn to_roman(mut n: u32) -> String {
    let mut out = String::new();
    for (value, letters) in [(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")] {
        while n >= value {
            out.push_str(letters);
            n -= value;
        }
    }
    out
}

/// Reads a position in any printed form: digits, ordinal, cardinal words or Roman.
pub fn parse_position(text: &str) -> Option<u32> {
    let text = text.trim();
    parse_ordinal(text).or_else(|| parse_cardinal(text)).or_else(|| parse_roman(text)).filter(|n| *n > 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_read_comma_and_thousands_dot() {
        let cases = [
            ("95,5", Some(95.5)),
            ("4,67", Some(4.67)),
            ("1.234,5", Some(1234.5)),
            ("1.234", Some(1234.0)),
            ("4.67", Some(4.67)),
            ("88", Some(88.0)),
            ("1.234.567", Some(1_234_567.0)),
            ("1.2.3", None),
            ("abc", None),
            ("", None),
        ];
        for (text, want) in cases {
            assert_eq!(parse_decimal(text), want, "{text}");
        }
    }

    #[test]
    fn cardinals_and_ordinals_read_words_and_digits() {
        let cases = [
            ("sepuluh", parse_cardinal("sepuluh"), Some(10)),
            ("dua puluh lima", parse_cardinal("dua puluh lima"), Some(25)),
            ("dua belas", parse_cardinal("dua belas"), Some(12)),
            ("tiga puluh", parse_cardinal("tiga puluh"), Some(30)),
            ("25", parse_cardinal("25"), Some(25)),
            ("lima besar", parse_cardinal("lima besar"), None),
            ("pertama", parse_ordinal("pertama"), Some(1)),
            ("ketiga", parse_ordinal("ketiga"), Some(3)),
            ("kesepuluh", parse_ordinal("kesepuluh"), Some(10)),
            ("kesebelas", parse_ordinal("kesebelas"), Some(11)),
            ("ke-24", parse_ordinal("ke-24"), Some(24)),
            ("ke 3", parse_ordinal("ke 3"), Some(3)),
            ("kedua belas", parse_ordinal("kedua belas"), Some(12)),
            ("kemarin", parse_ordinal("kemarin"), None),
            ("Kelimanya", parse_collective("Kelimanya"), Some(5)),
            ("keduanya", parse_collective("keduanya"), Some(2)),
            ("Kenyataannya", parse_collective("Kenyataannya"), None),
            ("pertamanya", parse_collective("pertamanya"), None),
            ("II", parse_roman("II"), Some(2)),
            ("IV", parse_roman("IV"), Some(4)),
            ("XIV", parse_roman("XIV"), Some(14)),
            ("IIII", parse_roman("IIII"), None),
            ("VX", parse_roman("VX"), None),
        ];
        for (text, got, want) in cases {
            assert_eq!(got, want, "{text}");
        }
    }
}
