//! Indonesia's official list of provinces, regencies and cities with their
//! Kemendagri codes (`data/regions/`, idn-area-data), and the short forms,
//! older names and spellings news prints for them (`data/regions/aliases.csv`).
//! It owns how a printed name becomes a region: [`lookup`] for a name given
//! alone (a `--region` flag, a subject), [`scan`] for every region named in
//! running text.
//!
//! Pure data, no I/O: the CSV files are embedded at compile time and read
//! once, on first use. The fact extractor, the store's `region` table and
//! the query filters all read this one list.
//!
//! A name resolves to candidates, not to one region: a bare `Madiun` is both
//! Kabupaten Madiun (`35.19`) and Kota Madiun (`35.77`), and the caller
//! decides. A government head word before the name decides the kind:
//! `Kota`, `Pemkot`, `Pemko` a city; `Kabupaten`, `Kab.`, `Pemkab` a
//! regency; `Provinsi`, `Prov.`, `Pemprov` a province (each also after
//! `Pemerintah`).

mod scan;

use std::collections::HashMap;
use std::sync::LazyLock;

use aho_corasick::automaton::StateID;
use aho_corasick::dfa::DFA;

pub use scan::{Mention, scan};

const PROVINCES: &str = include_str!("../data/regions/provinces.csv");
const REGENCIES: &str = include_str!("../data/regions/regencies.csv");
const ALIASES: &str = include_str!("../data/regions/aliases.csv");

/// What level of government a region is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RegionKind {
    /// A province (`35`, Jawa Timur).
    Province,
    /// A regency, kabupaten (`35.19`, Kabupaten Madiun).
    Regency,
    /// A city, kota (`35.77`, Kota Madiun).
    City,
}

impl RegionKind {
    /// The kind as stored and printed: `province`, `regency` or `city`.
    pub fn as_str(self) -> &'static str {
        match self {
            RegionKind::Province => "province",
            RegionKind::Regency => "regency",
            RegionKind::City => "city",
        }
    }
}

/// One province, regency or city of the official list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Region {
    /// The Kemendagri code: `35` for a province, `35.77` for a regency or city.
    pub code: &'static str,
    /// The official name in Title Case, as FACTS.md writes it: `Kota Madiun`,
    /// `Kabupaten Pangkajene dan Kepulauan`, `DKI Jakarta`.
    pub name: String,
    /// Province, regency or city.
    pub kind: RegionKind,
    /// The code of the province it lies in; a province's own code.
    pub province: &'static str,
    /// Where the province stands in [`all`]: only the list makes regions.
    province_index: usize,
}

/// Government head words before a name, most words first, with the kind
/// they name (`Pemkot Madiun` is the city, `Kab. Madiun` the regency).
const HEADS: &[(&[&str], RegionKind)] = &[
    (&["pemerintah", "kota", "administrasi"], RegionKind::City),
    (&["pemerintah", "kabupaten", "administrasi"], RegionKind::Regency),
    (&["pemerintah", "kota"], RegionKind::City),
    (&["pemerintah", "kabupaten"], RegionKind::Regency),
    (&["pemerintah", "provinsi"], RegionKind::Province),
    (&["pemerintah", "propinsi"], RegionKind::Province),
    (&["kota", "administrasi"], RegionKind::City),
    (&["kabupaten", "administrasi"], RegionKind::Regency),
    (&["kota"], RegionKind::City),
    (&["kotamadya"], RegionKind::City),
    (&["kodya"], RegionKind::City),
    (&["pemkot"], RegionKind::City),
    (&["pemko"], RegionKind::City),
    (&["kabupaten"], RegionKind::Regency),
    (&["kab."], RegionKind::Regency),
    (&["kab"], RegionKind::Regency),
    (&["pemkab"], RegionKind::Regency),
    (&["provinsi"], RegionKind::Province),
    (&["propinsi"], RegionKind::Province),
    (&["prov."], RegionKind::Province),
    (&["prov"], RegionKind::Province),
    (&["pemprov"], RegionKind::Province),
];

/// The head words an official upper-case name starts with, longest first.
const OFFICIAL_HEADS: &[&str] = &["KABUPATEN ADMINISTRASI ", "KOTA ADMINISTRASI ", "KABUPATEN ", "KOTA "];

/// Every region of the official list: the 38 provinces, then the regencies
/// and cities, in code order.
pub fn all() -> &'static [Region] {
    &table().regions
}

/// The region with this Kemendagri code (`35.77`), if the list has one.
pub fn by_code(code: &str) -> Option<&'static Region> {
    let table = table();
    table.codes.get(code).map(|&index| &table.regions[index])
}

/// The province a region lies in (a province is its own).
pub fn province_of(region: &Region) -> &'static Region {
    &all()[region.province_index]
}

/// Whether an official name goes on with `dan` after `word`
/// (`Kabupaten Pangkajene dan Kepulauan`): elsewhere a region's name ends
/// before `dan` (`Kabupaten Rote Ndao dan Sabu Raijua` are two).
pub fn name_goes_on_with_dan(word: &str) -> bool {
    table().before_dan.iter().any(|before| before.eq_ignore_ascii_case(word))
}

/// The regions a name may stand for, in code order; empty when it names
/// none. Case and runs of white space do not matter, and a hyphen counts as
/// a space (`Bau-Bau`). The name may be an official name with or without its
/// head word (`Kota Madiun`, `Madiun`), an alias (`Jatim`, `Jaksel`), or
/// either after a government head word (`Pemkot Madiun`, `Prov. Jatim`,
/// `Pemerintah Provinsi Jawa Timur`), which keeps only regions of its kind.
/// A bare name shared by a regency and a city gives both.
pub fn lookup(name: &str) -> Vec<&'static Region> {
    let table = table();
    let key = normalise(name);
    if let Some(&form) = table.forms.keys.get(&key) {
        let found = table.candidates(form, None);
        if !found.is_empty() {
            return found;
        }
    }
    for (rest, kind) in after_heads(&key) {
        if let Some(&form) = table.forms.keys.get(&rest) {
            let found = table.candidates(form, Some(kind));
            if !found.is_empty() {
                return found;
            }
        }
    }
    Vec::new()
}

/// The words of a normalised name after each government head word that
/// opens it, most words first, with the kind of region the head names
/// (`pemerintah kota madiun` gives `madiun`, a city).
fn after_heads(key: &str) -> impl Iterator<Item = (String, RegionKind)> {
    let words: Vec<&str> = key.split(' ').collect();
    HEADS.iter().filter_map(move |&(head, kind)| {
        let rest = words.strip_prefix(head).filter(|rest| !rest.is_empty())?;
        Some((rest.join(" "), kind))
    })
}

/// The regions a misspelt name stands for (`Kota Singkawan`, `Pemkot
/// Makasssar`, `Kabupaten Marros`): the printed forms one letter away from
/// the words after its head word, of the kind the head gives. A name
/// without a head word is none: most such names are agencies', and a bare
/// word near a region's name is too often another word. Empty when the
/// name is spelt right ([`lookup`]) or near none.
pub fn lookup_misspelt(name: &str) -> Vec<&'static Region> {
    let table = table();
    let Some((rest, kind)) = after_heads(&normalise(name)).next() else { return Vec::new() };
    let mut found: Vec<&'static Region> = Vec::new();
    for (form, index) in &table.forms.keys {
        if form.len().abs_diff(rest.len()) <= 1 && within_one_edit(form.as_bytes(), rest.as_bytes()) {
            for region in table.candidates(*index, Some(kind)) {
                if !found.iter().any(|r| r.code == region.code) {
                    found.push(region);
                }
            }
        }
    }
    found.sort_by_key(|r| r.code);
    found
}

/// Whether `a` becomes `b` by changing, adding or dropping one byte.
fn within_one_edit(a: &[u8], b: &[u8]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if long.len() - short.len() > 1 || short == long {
        return false;
    }
    let same_start = short.iter().zip(long).take_while(|(x, y)| x == y).count();
    let same_end = short.iter().rev().zip(long.iter().rev()).take_while(|(x, y)| x == y).count();
    // One change (same lengths) or one insertion: all but one place agree.
    same_start + same_end + 1 >= long.len()
}

/// A name as the lookup tables hold it: lower case, hyphens as spaces, one
/// space between words.
fn normalise(name: &str) -> String {
    name.to_lowercase().replace('-', " ").split_whitespace().collect::<Vec<_>>().join(" ")
}

/// An official upper-case name in Title Case: `dan` stays lower case and
/// `DKI` upper case (`KABUPATEN PANGKAJENE DAN KEPULAUAN` is `Kabupaten
/// Pangkajene dan Kepulauan`).
fn title_case(upper: &str) -> String {
    let words = upper.split(' ').map(|word| match word {
        "DAN" => "dan".to_string(),
        "DKI" => word.to_string(),
        _ => {
            let mut chars = word.chars();
            chars.next().map_or_else(String::new, |first| {
                first.to_uppercase().chain(chars.flat_map(char::to_lowercase)).collect()
            })
        }
    });
    words.collect::<Vec<_>>().join(" ")
}

/// The loaded list and its indexes.
struct Table {
    regions: Vec<Region>,
    codes: HashMap<&'static str, usize>,
    forms: Forms,
    /// Finds the printed forms that start at a place in running text (ASCII
    /// case aside), from state `start`.
    matcher: DFA,
    start: StateID,
    /// The form each of the matcher's patterns prints.
    pattern_form: Vec<usize>,
    /// The words that stand before `dan` inside an official name, lower
    /// case (`pangkajene` of `Kabupaten Pangkajene dan Kepulauan`).
    before_dan: Vec<String>,
}

/// Every printed form, by its normalised text.
#[derive(Default)]
struct Forms {
    keys: HashMap<String, usize>,
    list: Vec<Form>,
}

/// One printed form and the regions it may stand for.
struct Form {
    /// Sorted by region index, no region twice.
    entries: Vec<Entry>,
    /// Every entry comes from an alias in capitals (`OKU`, `PALI`): in
    /// running text the form counts only where it is printed in capitals.
    capitals: bool,
}

#[derive(Clone, Copy)]
struct Entry {
    region: usize,
    /// Valid only after a head word of the region's kind (`Kabupaten
    /// Pontianak` is Mempawah; a bare `Pontianak` is the city).
    after_head: bool,
}

impl Forms {
    /// Registers `printed` (normalised) as a form of `entry`'s region.
    fn add(&mut self, printed: String, entry: Entry, capitals: bool) {
        let next = self.list.len();
        let index = *self.keys.entry(printed).or_insert(next);
        if index == next {
            self.list.push(Form { entries: Vec::new(), capitals });
        }
        let form = &mut self.list[index];
        form.capitals &= capitals;
        match form.entries.binary_search_by_key(&entry.region, |e| e.region) {
            Ok(at) => form.entries[at].after_head &= entry.after_head,
            Err(at) => form.entries.insert(at, entry),
        }
    }
}

impl Table {
    /// The entries of `form` that a bare name (`head` None) or a name after
    /// a head word of kind `head` may stand for.
    fn entries(&self, form: usize, head: Option<RegionKind>) -> impl Iterator<Item = &Entry> {
        self.forms.list[form].entries.iter().filter(move |entry| match head {
            None => !entry.after_head,
            Some(kind) => self.regions[entry.region].kind == kind,
        })
    }

    /// The regions of [`Table::entries`], in code order.
    fn candidates(&self, form: usize, head: Option<RegionKind>) -> Vec<&Region> {
        self.entries(form, head).map(|entry| &self.regions[entry.region]).collect()
    }
}

/// The list, loaded on first use.
fn table() -> &'static Table {
    static TABLE: LazyLock<Table> =
        LazyLock::new(|| load().unwrap_or_else(|error| panic!("embedded region data in data/regions: {error}")));
    &TABLE
}

/// Reads the embedded CSV files into the list and its indexes. The data is
/// part of the binary, so an error here is a bug that `cargo test` reports.
fn load() -> Result<Table, String> {
    let mut regions = Vec::new();
    let mut bare = Vec::new();
    for line in PROVINCES.lines().skip(1) {
        let [code, name] = fields(line)?;
        regions.push(Region {
            code,
            name: title_case(name),
            kind: RegionKind::Province,
            province: code,
            province_index: 0,
        });
        bare.push(name);
    }
    for line in REGENCIES.lines().skip(1) {
        let [code, province, name] = fields(line)?;
        let head = OFFICIAL_HEADS.iter().find(|head| name.starts_with(*head));
        let Some(head) = head else { return Err(format!("{code} {name}: neither KABUPATEN nor KOTA")) };
        let kind = if head.starts_with("KOTA") { RegionKind::City } else { RegionKind::Regency };
        if !code.starts_with(&format!("{province}.")) {
            return Err(format!("{code} {name}: code outside province {province}"));
        }
        regions.push(Region { code, name: title_case(name), kind, province, province_index: 0 });
        bare.push(&name[head.len()..]);
    }
    let mut codes = HashMap::new();
    for (index, region) in regions.iter().enumerate() {
        if codes.insert(region.code, index).is_some() {
            return Err(format!("code {} listed twice", region.code));
        }
    }
    for region in &mut regions {
        let Some(&index) = codes.get(region.province) else {
            return Err(format!("{} {}: no province {}", region.code, region.name, region.province));
        };
        region.province_index = index;
    }
    let mut forms = Forms::default();
    for (region, name) in bare.into_iter().enumerate() {
        for printed in spellings(&normalise(name)) {
            forms.add(printed, Entry { region, after_head: false }, false);
        }
    }
    for line in ALIASES.lines().skip(1) {
        let [alias, code] = fields(line)?;
        let Some(&region) = codes.get(code) else { return Err(format!("alias {alias}: no region {code}")) };
        let capitals = alias.len() > 1 && alias.bytes().all(|b| b.is_ascii_uppercase());
        let key = normalise(alias);
        let words: Vec<&str> = key.split(' ').collect();
        let head = HEADS.iter().find(|(head, _)| words.len() > head.len() && words[..head.len()] == **head);
        let (printed, after_head) = match head {
            None => (key.clone(), false),
            Some(&(head, kind)) if kind == regions[region].kind => (words[head.len()..].join(" "), true),
            Some(_) => return Err(format!("alias {alias}: its head word does not name a {:?}", regions[region].kind)),
        };
        for printed in spellings(&printed) {
            forms.add(printed, Entry { region, after_head }, capitals);
        }
    }
    let mut patterns = Vec::new();
    let mut pattern_form = Vec::new();
    for (printed, &form) in &forms.keys {
        for pattern in hyphenations(printed) {
            patterns.push(pattern);
            pattern_form.push(form);
        }
    }
    let (matcher, start) = scan::matcher(&patterns)?;
    let mut before_dan: Vec<String> = Vec::new();
    for region in &regions {
        let words: Vec<String> = region.name.split_whitespace().map(str::to_lowercase).collect();
        for pair in words.windows(2).filter(|pair| pair[1] == "dan") {
            if !before_dan.contains(&pair[0]) {
                before_dan.push(pair[0].clone());
            }
        }
    }
    Ok(Table { regions, codes, forms, matcher, start, pattern_form, before_dan })
}

/// The `N` comma-separated fields of a CSV line (the files quote nothing).
fn fields<const N: usize>(line: &'static str) -> Result<[&'static str; N], String> {
    let fields: Vec<&'static str> = line.split(',').collect();
    fields.try_into().map_err(|_| format!("not {N} fields: {line}"))
}

/// The normalised forms a normalised name is also printed in: a leading
/// `Kepulauan` as `Kep.` (`Kep. Riau`), a name's first two words as one, and
/// a repeated word as one (`Tojo Unauna`).
fn spellings(name: &str) -> Vec<String> {
    let mut forms = vec![name.to_string()];
    if let Some(rest) = name.strip_prefix("kepulauan ") {
        forms.push(format!("kep. {rest}"));
    }
    // A name's first two words printed as one: `Padanglawas`,
    // `Serdangbedagai`, `Deliserdang`, `Tulangbawang Barat`.
    let words: Vec<&str> = name.split(' ').collect();
    if (2..=3).contains(&words.len()) {
        forms.push(format!("{}{}", words[0], words[1..].join(" ")));
    }
    // A repeated word printed as one: `Tojo Unauna`.
    if let Some(at) = words.windows(2).position(|pair| pair[0] == pair[1]).filter(|&at| at > 0) {
        let merged = words[at].repeat(2);
        let mut joined = words.clone();
        joined.splice(at..at + 2, [merged.as_str()]);
        forms.push(joined.join(" "));
    }
    forms
}

/// How a normalised form may stand in text: as it is and, where a word is
/// repeated (`bau bau`, `tojo una una`), with a hyphen between the two.
fn hyphenations(printed: &str) -> Vec<String> {
    let words: Vec<&str> = printed.split(' ').collect();
    let mut forms = vec![printed.to_string()];
    if words.windows(2).any(|pair| pair[0] == pair[1]) {
        let mut hyphenated = words[0].to_string();
        for pair in words.windows(2) {
            hyphenated.push(if pair[0] == pair[1] { '-' } else { ' ' });
            hyphenated.push_str(pair[1]);
        }
        forms.push(hyphenated);
    }
    forms
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;

    fn codes(regions: Vec<&Region>) -> Vec<&str> {
        regions.into_iter().map(|region| region.code).collect()
    }

    #[test]
    fn embedded_data_loads_with_every_code_once() {
        let loaded = load().expect("embedded data");
        assert_eq!(loaded.regions.iter().filter(|r| r.kind == RegionKind::Province).count(), 38);
        assert_eq!(loaded.regions.iter().filter(|r| r.kind == RegionKind::Regency).count(), 416);
        assert_eq!(loaded.regions.iter().filter(|r| r.kind == RegionKind::City).count(), 98);
        let unique: HashSet<&str> = all().iter().map(|r| r.code).collect();
        assert_eq!(unique.len(), all().len(), "a code is listed twice");
        assert_eq!(by_code("35.77").map(|r| r.name.as_str()), Some("Kota Madiun"));
        assert_eq!(by_code("35.7"), None);
    }

    #[test]
    fn a_name_misspelt_by_one_letter_finds_its_region_of_the_heads_kind() {
        let codes = |name: &str| lookup_misspelt(name).iter().map(|r| r.code).collect::<Vec<_>>();
        assert_eq!(codes("Kota Singkawan"), ["61.72"]);
        assert_eq!(codes("Pemkot Makasssar"), ["73.71"]);
        assert_eq!(codes("Kabupaten Marros"), ["73.09"]);
        // Near misses: two letters off, a name without a head word, and a
        // head of another kind (`Kota Marros`: Maros is a regency).
        assert!(codes("Kota Singkwan").is_empty());
        assert!(codes("Makasar").is_empty());
        assert!(codes("Kota Marros").is_empty());
        assert!(within_one_edit(b"tasikmlaya", b"tasikmalaya") && !within_one_edit(b"madiun", b"madiun"));
    }

    #[test]
    fn every_region_lies_in_a_province_of_its_code() {
        for region in all() {
            let province = province_of(region);
            assert_eq!(province.kind, RegionKind::Province, "{}", region.code);
            assert_eq!(province.code, region.province);
            assert_eq!(region.code.split('.').next(), Some(province.code));
        }
        assert_eq!(province_of(by_code("35.77").expect("Kota Madiun")).name, "Jawa Timur");
    }

    #[test]
    fn title_case_names_spell_the_official_names_letter_for_letter() {
        let official: Vec<&str> = PROVINCES
            .lines()
            .skip(1)
            .chain(REGENCIES.lines().skip(1))
            .map(|line| line.rsplit(',').next().expect("name field"))
            .collect();
        assert_eq!(official.len(), all().len());
        for (region, upper) in all().iter().zip(official) {
            assert_eq!(region.name.to_uppercase(), upper);
            assert!(region.name.split(' ').all(|w| w == "dan" || w.starts_with(|c: char| c.is_uppercase())));
        }
        for (code, name) in [
            ("35.77", "Kota Madiun"),
            ("35.19", "Kabupaten Madiun"),
            ("35", "Jawa Timur"),
            ("31", "DKI Jakarta"),
            ("34", "Daerah Istimewa Yogyakarta"),
            ("73.10", "Kabupaten Pangkajene dan Kepulauan"),
            ("31.74", "Kota Administrasi Jakarta Selatan"),
            ("31.01", "Kabupaten Administrasi Kepulauan Seribu"),
        ] {
            assert_eq!(by_code(code).map(|r| r.name.as_str()), Some(name));
        }
    }

    #[test]
    fn every_alias_names_a_listed_region() {
        let mut seen = HashSet::new();
        for line in ALIASES.lines().skip(1) {
            let [alias, code] = fields::<2>(line).expect("alias row");
            assert!(seen.insert((normalise(alias), code)), "alias row twice: {line}");
            let region = by_code(code).unwrap_or_else(|| panic!("alias {alias}: no region {code}"));
            assert!(lookup(alias).contains(&region), "alias {alias} does not find {}", region.name);
        }
    }

    #[test]
    fn every_official_name_finds_its_region_with_and_without_head_word() {
        for region in all() {
            let upper = region.name.to_uppercase();
            let bare = OFFICIAL_HEADS.iter().find_map(|head| upper.strip_prefix(head)).unwrap_or(&upper);
            // A province's name has no head word; `Provinsi` tells it from a
            // city of the same name (`Bengkulu`, `Jambi`, `Gorontalo`).
            let full = match region.kind {
                RegionKind::Province => format!("Provinsi {}", region.name),
                _ => region.name.clone(),
            };
            assert_eq!(codes(lookup(&full)), [region.code], "{full}");
            assert!(lookup(bare).contains(&region), "{bare}");
        }
    }

    #[test]
    fn lookup_reads_names_as_news_prints_them() {
        let cases: &[(&str, &[&str])] = &[
            ("Kota Madiun", &["35.77"]),
            ("Pemkot Madiun", &["35.77"]),
            ("Pemko Madiun", &["35.77"]),
            ("Pemerintah Kota Madiun", &["35.77"]),
            ("Kabupaten Madiun", &["35.19"]),
            ("Kab. Madiun", &["35.19"]),
            ("Pemkab Madiun", &["35.19"]),
            ("Provinsi Jawa Timur", &["35"]),
            ("Prov. Jatim", &["35"]),
            ("Pemprov Jatim", &["35"]),
            ("Pemerintah Provinsi Jawa Timur", &["35"]),
            ("Madiun", &["35.19", "35.77"]),
            ("  MADIUN ", &["35.19", "35.77"]),
            ("Jawa Timur", &["35"]),
            ("jawa   timur", &["35"]),
            ("Jatim", &["35"]),
            ("Aceh", &["11"]),
            ("Nanggroe Aceh Darussalam", &["11"]),
            ("Bima", &["52.06", "52.72"]),
            ("Kota Bima", &["52.72"]),
            ("Jakarta Selatan", &["31.74"]),
            ("Kota Jakarta Selatan", &["31.74"]),
            ("Jaksel", &["31.74"]),
            ("Kabupaten Pontianak", &["61.02"]),
            ("Pemkab Pontianak", &["61.02"]),
            ("Pontianak", &["61.71"]),
            ("Bau-Bau", &["74.72"]),
            ("Tojo Unauna", &["72.09"]),
            ("Tojo Una-Una", &["72.09"]),
            ("Kota Baubau", &["74.72"]),
            ("Kep. Riau", &["21"]),
            ("Kepri", &["21"]),
            ("Yogyakarta", &["34", "34.71"]),
            ("Kota Jogja", &["34.71"]),
            ("DIY", &["34"]),
            ("Pangkep", &["73.10"]),
            ("Mamuju Utara", &["76.01"]),
            ("Toba Samosir", &["12.12"]),
            ("Kab. Inhil", &["14.04"]),
            ("Tasik", &["32.06", "32.78"]),
            ("Solo", &["33.72"]),
        ];
        for (name, expected) in cases {
            assert_eq!(codes(lookup(name)), *expected, "{name}");
        }
    }

    #[test]
    fn only_an_official_name_goes_on_with_dan() {
        assert!(name_goes_on_with_dan("Pangkajene"));
        assert!(!name_goes_on_with_dan("Ndao"));
        assert!(!name_goes_on_with_dan("jene"));
    }

    #[test]
    fn lookup_finds_nothing_for_words_that_are_no_region() {
        for name in ["Kota Layak Anak", "Jawa", "Kota", "Kabupaten", "", "Kota Aceh", "Provinsi Madiun", "Pasir"] {
            assert!(lookup(name).is_empty(), "{name}");
        }
    }

    #[test]
    fn kinds_print_as_stored() {
        let kinds: Vec<&str> =
            ["35", "35.19", "35.77"].iter().filter_map(|c| by_code(c)).map(|r| r.kind.as_str()).collect();
        assert_eq!(kinds, ["province", "regency", "city"]);
    }
}
