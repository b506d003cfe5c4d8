//! The names a query may be given for its dataset filters: a region by its
//! code or by a name of the official list (with the aliases news prints),
//! and an assessment by its catalogue id. Pure: the list is compiled into
//! warta, so these answer without a database.

use super::{Cell, QueryError, Result, Rows};
use crate::region::{self, Region};

/// At most this many regions are named in an error about a region name.
const CANDIDATES_SHOWN: usize = 12;

/// The values `--assessment` takes: the ids of `FACTS.md`'s catalogue, then
/// `other` (an assessment the catalogue does not list).
pub fn assessment_ids() -> Vec<&'static str> {
    crate::extract::facts::assessment_ids().chain(["other"]).collect()
}

/// The one region that `text` names: a Kemendagri code (`35.77`), or a
/// name of the official list or its aliases in any case (`Kota Madiun`,
/// `Pemkot Madiun`, `Jatim`). A name that fits several regions (`Madiun`:
/// the regency and the city) or none is an error naming the candidates.
pub fn find_region(text: &str) -> Result<&'static Region> {
    let text = text.trim();
    if is_code(text) {
        return region::by_code(text).ok_or_else(|| QueryError::UnknownRegion {
            name: text.to_string(),
            candidates: described(region::all().iter().filter(|r| r.code.starts_with(text))),
        });
    }
    match region::lookup(text).as_slice() {
        [one] => Ok(one),
        [] => Err(QueryError::UnknownRegion { name: text.to_string(), candidates: described(containing(text)) }),
        several => {
            Err(QueryError::AmbiguousRegion { name: text.to_string(), candidates: described(several.iter().copied()) })
        }
    }
}

/// The regions of the official list whose code, name or alias is `name`
/// (as [`find_region`] reads it, but every candidate), else those whose
/// name holds it; every region for `None`. Columns: `code, name, kind,
/// province_code, province_name`.
pub fn regions(name: Option<&str>) -> Rows {
    let found: Vec<&Region> = match name.map(str::trim) {
        None => region::all().iter().collect(),
        Some(text) if is_code(text) => region::all().iter().filter(|r| r.code.starts_with(text)).collect(),
        Some(text) => {
            let exact = region::lookup(text);
            if exact.is_empty() { containing(text).collect() } else { exact }
        }
    };
    let columns = ["code", "name", "kind", "province_code", "province_name"];
    Rows {
        columns: columns.map(String::from).to_vec(),
        rows: found
            .into_iter()
            .map(|r| {
                let province = region::province_of(r);
                [r.code, &r.name, r.kind.as_str(), province.code, &province.name]
                    .map(|text| Cell::Text(text.to_string()))
                    .to_vec()
            })
            .collect(),
    }
}

/// Whether `text` is written as a code: digits, and a dot between two groups.
fn is_code(text: &str) -> bool {
    !text.is_empty() && text.chars().all(|c| c.is_ascii_digit() || c == '.') && !text.starts_with('.')
}

/// The regions whose official name holds `text` (case and runs of spaces aside).
fn containing(text: &str) -> impl Iterator<Item = &'static Region> {
    let needle = text.to_lowercase().split_whitespace().collect::<Vec<_>>().join(" ");
    region::all().iter().filter(move |r| !needle.is_empty() && r.name.to_lowercase().contains(&needle))
}

/// Regions as an error names them: `35.77 Kota Madiun`, at most
/// [`CANDIDATES_SHOWN`] of them, then how many more there are.
fn described<'a>(regions: impl Iterator<Item = &'a Region>) -> Vec<String> {
    let all: Vec<&Region> = regions.collect();
    let mut shown: Vec<String> = all.iter().take(CANDIDATES_SHOWN).map(|r| format!("{} {}", r.code, r.name)).collect();
    if all.len() > CANDIDATES_SHOWN {
        shown.push(format!("and {} more", all.len() - CANDIDATES_SHOWN));
    }
    shown
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_region_is_found_by_code_name_or_alias_in_any_case() {
        for text in ["35.77", "Kota Madiun", "kota madiun", "Pemkot Madiun", " KOTA  MADIUN "] {
            assert_eq!(find_region(text).map(|r| r.code).ok(), Some("35.77"), "{text}");
        }
        for text in ["Jatim", "jawa timur", "35", "Pemprov Jatim"] {
            assert_eq!(find_region(text).map(|r| r.code).ok(), Some("35"), "{text}");
        }
    }

    #[test]
    fn an_ambiguous_name_names_each_candidate() {
        let err = find_region("Madiun").unwrap_err();
        assert!(matches!(&err, QueryError::AmbiguousRegion { candidates, .. }
            if candidates == &["35.19 Kabupaten Madiun", "35.77 Kota Madiun"]));
        let message = err.to_string();
        assert!(message.contains("35.19 Kabupaten Madiun") && message.contains("35.77 Kota Madiun"), "{message}");
    }

    #[test]
    fn an_unknown_name_or_code_suggests_near_regions_or_the_list() {
        let err = find_region("Madiu").unwrap_err();
        assert!(matches!(&err, QueryError::UnknownRegion { candidates, .. } if candidates.len() == 2), "{err}");
        let err = find_region("35.7").unwrap_err();
        assert!(matches!(&err, QueryError::UnknownRegion { candidates, .. } if candidates.len() == 9), "{err}");
        let err = find_region("3").unwrap_err();
        assert!(matches!(&err, QueryError::UnknownRegion { candidates, .. }
            if candidates.len() == CANDIDATES_SHOWN + 1 && candidates[CANDIDATES_SHOWN].ends_with(" more")));
        let err = find_region("Atlantis").unwrap_err();
        assert!(err.to_string().contains("warta query regions"), "{err}");
        assert!(matches!(find_region("").unwrap_err(), QueryError::UnknownRegion { .. }));
    }

    #[test]
    fn regions_lists_all_or_those_a_name_finds() {
        assert_eq!(regions(None).rows.len(), region::all().len());
        let madiun = regions(Some("madiun"));
        assert_eq!(madiun.column("code"), [&Cell::Text("35.19".into()), &Cell::Text("35.77".into())]);
        assert_eq!(madiun.column("province_name")[1], &Cell::Text("Jawa Timur".into()));
        assert_eq!(regions(Some("Jatim")).column("kind"), [&Cell::Text("province".into())]);
        assert_eq!(regions(Some("Tegal")).rows.len(), 2);
        assert_eq!(regions(Some("ngawi")).column("name"), [&Cell::Text("Kabupaten Ngawi".into())]);
        assert!(regions(Some("Pulau Khayalan")).rows.is_empty());
        assert_eq!(regions(Some("35.7")).rows.len(), 9);
    }

    #[test]
    fn assessment_ids_are_the_catalogue_and_other() {
        let ids = assessment_ids();
        assert!(ids.contains(&"ombudsman_kepatuhan") && ids.contains(&"ipp") && ids.last() == Some(&"other"));
        let unique: std::collections::HashSet<_> = ids.iter().collect();
        assert_eq!(unique.len(), ids.len());
    }
}
