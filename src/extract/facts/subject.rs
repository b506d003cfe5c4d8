//! Subjects: the party a score, change, ranking or grade belongs to. A fact
//! takes the nearest party before it in its clause (not the assessor after
//! `dari`/`oleh`), else a party after it that receives it, else the nearest
//! party before it in its sentence, else the country for a national index,
//! else the article's main subject. `masing-masing`, a list that is the
//! clause's subject and a list under a heading give every party listed; a
//! collective (`Ketiga provinsi itu`) the parties just named. Takes the
//! mentions from `party` and the main subject and named regions from
//! `main_subject` as arguments.

use std::ops::Range;

use super::document::Document;
use super::grade::{self, Listing};
use super::lexicon::{
    ALL_OF_GROUP, ALL_OF_THEM, AWARD_HOLDERS, BAND_WORDS, CLAUSE_OPENERS, COUNT_FILLERS, COUNT_INTRODUCERS,
    COUNTED_PARTIES, COUNTED_POINTERS, EACH_WORDS, FALLS_TO, FOLLOWING_WORDS, FRONTED_CLAUSE_OPENERS, GIVEN_TO,
    GRADE_NOUNS, GRADE_WORD_NOUNS, LIST_OPENERS, NATIONAL_LABELS, NATIONAL_OPENERS, ONLY_WORDS, PASSIVE_TAKERS,
    POINTER_NOUNS, POINTERS, PROVINCIAL_LEVELS, RANK_NOUNS, REPORT_NOUNS, SCORE_NOUNS, SEQUENCE_WORDS, SETTING_APART,
    SUPERLATIVES, TITLE_MARKS, in_list, marks_recipient,
};
use super::list;
use super::number::{is_year, parse_cardinal, parse_collective, parse_ordinal};
use super::party::{self, Mention, assessor, core_name, epithet, party_key, word_positions};
use super::{Found, floor_boundary};
use crate::extract::html::is_related_link;
use crate::model::{FactDetail, FactKind};
use crate::region::{self, RegionKind};

/// How many sentences before a collective (`Kelima daerah tersebut`) hold its parties.
const EARLIER_SENTENCES: usize = 6;

/// Gives each score, change, ranking and grade its subjects: one fact per
/// party when a result is said of several (`masing-masing`, a list). A
/// grade said of no party is a rubric's band and is dropped; decrees and
/// dates pass unchanged.
pub fn bind_subjects(doc: &Document<'_>, found: Vec<Found>) -> Vec<Found> {
    let needs_subject = |f: &Found| !matches!(f.detail.kind(), FactKind::Date | FactKind::Decree);
    let mut out = Vec::with_capacity(found.len());
    // The parties of the last score read: `Skor tersebut naik 4,12 poin` speaks of them.
    let mut last_scored: Vec<Option<String>> = Vec::new();
    // The parties of every score of the last sentence that gave scores, and
    // that sentence: `Skor ini masuk pada kategori baik` grades them all.
    let mut scored_sentence: (Option<usize>, Vec<Option<String>>) = (None, Vec::new());
    // The sentence of the last fact bound, and its parties: a sentence that
    // names none goes on about them (`Posisi kelima ditempati Kota Sibolga,
    // 14,5 persen. Turun 11,3 poin dari 25,8 persen di tahun 2021.`).
    let mut last_bound: Option<(usize, Vec<Option<String>>)> = None;
    // The next ranking or grade after each one, starting past its end.
    let next_same: Vec<Option<&Found>> = (0..found.len())
        .map(|i| {
            let (f, kind) = (&found[i], found[i].detail.kind());
            matches!(kind, FactKind::Ranking | FactKind::Grade)
                .then(|| found[i + 1..].iter().find(|g| g.detail.kind() == kind && g.span.start >= f.span.end))
                .flatten()
        })
        .collect();
    // Where a list read on after a result ends: at the next ranking after a
    // ranking (`Peringkat pertama diraih oleh A dan peringkat kedua jatuh
    // pada B`); at the next grade of another group after a grade, one with
    // a party named between (`4 yang informatif yakni A, B, 1 menuju
    // informatif C dan 3 cukup informatif yakni D, E`), not a gloss (`zona
    // hijau atau baik, yakni ...`) nor the same grade said again (`peraih
    // Adipura adalah A pada kategori Adipura Kota Kecil. Kemudian B ...`).
    let next_result: Vec<Option<usize>> = found
        .iter()
        .zip(&next_same)
        .map(|(f, next)| {
            let next = (*next)?;
            let another_group = || next.detail != f.detail && !doc.mentions_in(f.span.end..next.span.start).is_empty();
            (f.detail.kind() == FactKind::Ranking || another_group()).then_some(next.span.start)
        })
        .collect();
    // `predikat kepatuhan sedang (zona kuning ada 12 Kantor ...`: a grade
    // glossed by another in brackets is said of the same parties, named
    // after the gloss: it reads on from where the gloss ends.
    let reach: Vec<usize> = found
        .iter()
        .zip(&next_same)
        .map(|(f, next)| match next {
            Some(g) if f.detail.kind() == FactKind::Grade && doc.text[f.span.end..g.span.start].trim() == "(" => {
                g.span.end
            }
            _ => f.span.end,
        })
        .collect();
    let respective = respective_places(doc, &found);
    for (((f, next_result), respective), reach) in found.into_iter().zip(next_result).zip(respective).zip(reach) {
        if !needs_subject(&f) {
            out.push(f);
            continue;
        }
        let index = doc.sentence_index(f.span.start);
        let sentence = index.map_or(f.span.clone(), |i| doc.sentences[i].clone());
        // A collective (`Ketiga provinsi itu`) refers to the sentences just before.
        let earlier = index.map_or(0..0, |i| doc.sentences[i.saturating_sub(EARLIER_SENTENCES)].start..sentence.start);
        let continued = last_bound
            .as_ref()
            .filter(|(at, subjects)| {
                index.is_some_and(|i| *at == i || *at + 1 == i) && subjects.iter().all(Option::is_some)
            })
            .map(|(_, subjects)| subjects.as_slice());
        let national = national_value(doc, sentence.clone(), f.span.clone())
            || (f.detail.kind() != FactKind::Ranking && overall_value(doc, sentence.clone(), f.span.clone()));
        let subjects = if national {
            vec![Some(nation(doc, f.span.clone()))]
        } else if !last_scored.is_empty() && points_back(doc, sentence.clone()) {
            if f.detail.kind() == FactKind::Grade { scored_sentence.1.clone() } else { last_scored.clone() }
        } else {
            // The country named as the party is labelled by its index too.
            subjects_for(doc, sentence.clone(), earlier, f.span.start..reach, next_result, continued, f.detail.kind())
                .into_iter()
                .map(|s| if s.as_deref() == Some(NATION) { Some(nation(doc, f.span.clone())) } else { s })
                .collect()
        };
        // `A, B dan C masing-masing meraih nilai 95,5, 90,1 dan 88,2`: the
        // n-th value is the n-th party's.
        let subjects = match respective {
            Some((place, count)) if count > 1 && subjects.len() == count => vec![subjects[place].clone()],
            _ => subjects,
        };
        if let Some(i) = index {
            last_bound = Some((i, subjects.clone()));
        }
        if f.detail.kind() == FactKind::Score {
            last_scored.clone_from(&subjects);
            if scored_sentence.0 != index {
                scored_sentence = (index, Vec::new());
            }
            scored_sentence
                .1
                .extend(subjects.iter().filter(|s| !scored_sentence.1.contains(s)).cloned().collect::<Vec<_>>());
        }
        // A grade in a sentence that names no party, where no assessment is
        // named near, is no party's (`negara yang masuk dalam zona merah`).
        let unowned = f.detail.kind() == FactKind::Grade
            && !doc.names_party(sentence.clone())
            && !doc.speaks_of_assessing(f.span.clone());
        for subject in subjects {
            // A grade said of no party is a rubric's band (`Dari Zona Hijau
            // Sampai Zona Merah`); a position held by no party ranks things
            // (`menempati posisi kedua terbesar di pasar`).
            let kind = f.detail.kind();
            if (subject.is_none() && matches!(kind, FactKind::Grade | FactKind::Ranking))
                || (unowned && kind == FactKind::Grade)
            {
                continue;
            }
            let mut detail = f.detail.clone();
            set_subject(&mut detail, subject);
            out.push(Found { span: f.span.clone(), detail });
        }
    }
    out
}

/// Words that may stand between values listed respectively, besides commas.
const LIST_GAP_WORDS: &[&str] = &["dan", "serta", "persen", "%", "poin"];

/// For each fact after `masing-masing` in its sentence, its place among
/// the facts of its kind there and how many they are: values said
/// respectively of as many parties.
/// (`found` is in body order: only the facts of the sentence are compared.)
fn respective_places(doc: &Document<'_>, found: &[Found]) -> Vec<Option<(usize, usize)>> {
    found
        .iter()
        .map(|f| {
            let sentence = doc.sentence_or_point(f.span.start);
            let each = each_word_before(doc.text, sentence.start, f.span.start)?;
            let after_each = found.partition_point(|g| g.span.start <= each);
            let run: Vec<&Found> = found[after_each..]
                .iter()
                .take_while(|g| g.span.start < sentence.end)
                .filter(|g| g.detail.kind() == f.detail.kind() && g.span.end <= sentence.end)
                .collect();
            // The values must form a list of their own: `95,5, 90,1 dan 88,2`,
            // not `zona merah dengan opini kualitas rendah`.
            let listed = run.windows(2).all(|pair| {
                let gap = doc.text.get(pair[0].span.end..pair[1].span.start).unwrap_or("-");
                gap.split_whitespace().map(|w| w.trim_matches(',')).all(|w| w.is_empty() || in_list(LIST_GAP_WORDS, w))
            });
            let place = run.iter().position(|g| g.span == f.span)?;
            listed.then_some((place, run.len()))
        })
        .collect()
}

/// Where the last `masing-masing` (or its like) stands between
/// `sentence_start` and `pos`.
fn each_word_before(text: &str, sentence_start: usize, pos: usize) -> Option<usize> {
    let lead = &text[sentence_start..pos];
    EACH_WORDS.iter().filter_map(|word| lead.rfind(word)).max().map(|p| sentence_start + p)
}

fn set_subject(detail: &mut FactDetail, value: Option<String>) {
    match detail {
        FactDetail::Score { subject, .. }
        | FactDetail::ScoreChange { subject, .. }
        | FactDetail::Ranking { subject, .. }
        | FactDetail::Grade { subject, .. } => *subject = value,
        FactDetail::Decree { .. } | FactDetail::Date { .. } => {}
    }
}

/// The country, subject of a national index.
const NATION: &str = "Indonesia";

/// The subject of a national value at `span`, described by its index as
/// the real gold sets write it (`Indonesia (stunting nasional)`,
/// `Indonesia (IKIP nasional)`): the country alone for an index without a
/// usual short name.
fn nation(doc: &Document<'_>, span: Range<usize>) -> String {
    let label = doc
        .assessment_for(span)
        .and_then(|named| NATIONAL_LABELS.iter().find(|(id, _)| *id == named.id).map(|(_, label)| *label));
    label.map_or_else(|| NATION.to_string(), |label| format!("{NATION} ({label} nasional)"))
}

/// The subjects of a fact at `fact` in `sentence`: every party listed
/// before `masing-masing` or in a list that is the clause's subject (`Kota
/// Medan, Kabupaten Deli Serdang dan Kota Binjai meraih opini WTP`), the
/// parties a collective (`Ketiga provinsi itu`) takes from the `earlier`
/// text, else the nearest party before the fact in its clause (the main
/// subject's bare name counts: `Surakarta menempati ...`), else a party
/// after it that receives it (`diraih oleh Kota X`, `ditempati Kabupaten
/// Sinjai`), else the nearest party before it in the sentence, else the
/// country for a national index (`prevalensi stunting nasional`), else
/// `main`. The bare names of `regions` the article names in full count as
/// parties (`sementara Bukittinggi berada di peringkat ke 3`). A list read
/// on after the fact ends at `next_result`, where the next result of its
/// kind starts (rankings only).
fn subjects_for(
    doc: &Document<'_>,
    sentence: Range<usize>,
    earlier: Range<usize>,
    fact: Range<usize>,
    next_result: Option<usize>,
    continued: Option<&[Option<String>]>,
    kind: FactKind,
) -> Vec<Option<String>> {
    let (text, main) = (doc.text, doc.main());
    let mut mentions = doc.mentions_in(sentence.clone());
    // An epithet pointed at (`Kota Seribu Taman itu`) or a title given
    // (`ditetapkan sebagai Desa Antikorupsi`) names no party of its own.
    mentions.retain(|m| !epithet(text, m.span.clone()) && !title(text, m.span.start));
    for core in main.into_iter().map(core_name).chain(doc.regions().iter().map(|r| party::bare_name(r))) {
        let slice = &text[sentence.clone()];
        for at in word_positions(slice, core) {
            let span = sentence.start + at..sentence.start + at + core.len();
            // After a head word the name is a larger area's that locates a party (`Kecamatan Batu`).
            let headed = text[..span.start].split_whitespace().next_back().is_some_and(party::is_head);
            // A province's name that goes on to a regency's (`Kabupataen Lampung Barat`) is no mention of it.
            let longer = party::compass_suffix(&text[span.end..]) > 0;
            if !headed && !longer && !mentions.iter().any(|m| m.span.start < span.end && span.start < m.span.end) {
                mentions.push(Mention { span, listed_village: false });
            }
        }
        mentions.sort_by_key(|m| m.span.start);
    }
    // A group counted (`ada 12 Kantor Pertanahan se Provinsi Aceh`) is no party.
    mentions.retain(|m| !counted(text, m.span.start));
    let name = |m: &Mention| Some(text[m.span.clone()].to_string());
    if let Some(party) = row_party(doc, fact.start) {
        return vec![Some(party)];
    }
    // `Kabupaten Manggarai Barat (89,62), serta 10 Pemda ...`: a value in
    // brackets right after a party's name is that party's, whatever list
    // follows (but `Desa Mola Selatan dan Desa Sandi (0.6504)` is both's).
    if let Some(open) = text[..fact.start].trim_end().strip_suffix('(').map(|lead| lead.trim_end().len())
        && let Some(party) = mentions.iter().find(|m| m.span.end == open)
        && !mentions.iter().any(|other| {
            text.get(other.span.end..party.span.start)
                .is_some_and(|between| in_list(&["dan", "serta", "&"], between.trim()))
        })
    {
        return vec![name(party)];
    }
    // `Kategori Informatif (nilai 90–100):` over a list of parties.
    let heading = listed_below(doc, sentence.end, fact.clone());
    if !heading.is_empty() {
        return heading.into_iter().map(Some).collect();
    }
    // `A dan B masing-masing memperoleh nilai 92,40 dan berada di zona hijau`:
    // every party listed before `masing-masing`, when no other party stands
    // between it and the fact.
    let lead = &text[sentence.start..fact.start];
    let clause = clause_start(text, sentence.start, fact.start);
    let each = each_word_before(text, sentence.start, fact.start);
    if let Some(each) = each.filter(|each| !mentions.iter().any(|m| m.span.start > *each && m.span.start < fact.start))
    {
        // The parties after the last number before `masing-masing`.
        let from = text[sentence.start..each]
            .rfind(|c: char| c.is_ascii_digit())
            .map_or(sentence.start, |p| sentence.start + p);
        let listed: Vec<Option<String>> =
            mentions.iter().filter(|m| m.span.start >= from && m.span.end <= each).map(name).collect();
        if listed.len() > 1 {
            return listed;
        }
    }
    // `daerah di zona kuning antara lain A dengan nilai 72,15, B 70,04 dan C`:
    // every party named, and those of the sentences that go on with the
    // list (`Berikutnya, Pemkot Padang ...`, `Lalu, Pemkot Solok ...`); a
    // list in brackets (`Zona kuning (Pemrov Malut, Pemkab Halsel)`) wins
    // over a party named before the grade.
    let enumerated = grade::enumeration_after(doc, fact.end, kind == FactKind::Grade).map(|listing| {
        let unassessed = |m: &&Mention| !assessor(doc, m.span.clone());
        match listing {
            // A bracketed list holds only the names inside its brackets.
            Listing::Bracketed(close) => {
                let open = text[..close].rfind('(').map_or(fact.end, |p| p + 1);
                let inside = |m: &&Mention| m.span.start >= open && m.span.end <= close;
                (true, mentions.iter().filter(inside).filter(unassessed).map(name).collect())
            }
            Listing::NextSentence(start) => {
                let listing = doc.sentence_or_point(start);
                let mut listed: Vec<Option<String>> =
                    doc.mentions_in(listing.clone()).iter().filter(unassessed).map(name).collect();
                listed.extend(list_going_on(doc, listing.end).into_iter().map(Some));
                (true, listed)
            }
            Listing::RestOfSentence => {
                // `Posisi kedua ditempati A sebesar 50, disusul B 49, C 47`:
                // those who follow hold the next places, not this one (but
                // they are in a band: `tiga besar ditempati A, disusul B`).
                let band = text[fact.clone()].split_whitespace().any(|w| in_list(BAND_WORDS, w));
                let followed = text
                    .get(fact.end..sentence.end)
                    .filter(|_| !band)
                    .and_then(|rest| FOLLOWING_WORDS.iter().filter_map(|w| word_positions(rest, w).next()).min())
                    .map(|p| fact.end + p);
                let limit = next_result.unwrap_or(usize::MAX).min(followed.unwrap_or(usize::MAX));
                let mut listed: Vec<Option<String>> = mentions
                    .iter()
                    .filter(|m| m.span.start >= fact.end && m.span.end <= limit)
                    .filter(unassessed)
                    .map(name)
                    .collect();
                if !listed.is_empty() && limit >= sentence.end {
                    listed.extend(list_going_on(doc, sentence.end).into_iter().map(Some));
                }
                // `predikat Kepatuhan tinggi sebanyak 4 pemerintah daerah
                // yaitu A, B, C dan D`: a group counted before the list is it.
                let first = mentions.iter().find(|m| m.span.start >= fact.end).map_or(fact.end, |m| m.span.start);
                // `Adapun empat Pemprov lain ... yang juga meraih Predikat Zona
                // Hijau ... yakni A, B, C`: so is a group counted as the
                // sentence or the clause opens (`..., berikutnya 9 Kantor
                // Pertanahan lainnya yang meraih ... itu adalah A, B`).
                // (`3 cukup informative yakni A, B, C`, `4 yang informatif yakni ...`: a bare count just before.)
                let counted = counts_group(&text[fact.end..first])
                    || opens_counting(lead)
                    || opens_counting(&text[clause..fact.start])
                    || counts_just_before(&text[clause..fact.start]);
                // `yang masuk kategori informatif: Badan ..., Dinas ...`: a colon introduces them.
                let introduced = text[fact.end..first].trim_end().ends_with(':');
                ((counted || introduced) && listed.len() > 1, listed)
            }
        }
    });
    // `kota sedang penerima adipura wilayah ... yakni Kota Bitung, ...`: the
    // holders of an award, listed.
    let held =
        text[sentence.start..fact.start].split_whitespace().next_back().is_some_and(|w| in_list(AWARD_HOLDERS, w));
    if let Some((counted, listed)) = &enumerated
        && (*counted || held)
        && !listed.is_empty()
    {
        return listed.clone();
    }
    // `... Tulangbawang Barat 2,07 dan Pringsewu 2,00. Seluruhnya mendapatkan
    // predikat cukup`, `LHP diterima oleh A, B, ... Dari hasil pemeriksaan
    // itu, seluruh pemerintah daerah yang menerima LHP berhasil meraih opini
    // WTP`: every party of the sentence before; `Urutan pertama diraih A
    // ..., diikuti B ..., dan C ..., semuanya berada pada kualifikasi
    // Informatif`: every party of the sentence before the clause.
    if let Some(all) = all_of_them_at(lead) {
        let referents = (all > 0)
            .then(|| last_parties(doc, sentence.start..sentence.start + all, usize::MAX))
            .filter(|here| here.len() > 1)
            .or_else(|| {
                let previous = doc.sentence_index(sentence.start)?.checked_sub(1)?;
                Some(last_parties(doc, doc.sentences[previous].clone(), usize::MAX))
            });
        if let Some(referents) = referents.filter(|r| r.len() > 1) {
            return referents.into_iter().map(Some).collect();
        }
    }
    // `Adapun Kabupaten Bantaeng, yang kerap dibandingkan dengan Gowa, hanya
    // berada di peringkat 13`: a party inside a relative clause is no subject.
    let relative = relative_clauses(text, sentence.start..fact.start);
    let before_in = |from: usize| {
        mentions.iter().rposition(|m| {
            m.span.start >= from
                && m.span.end <= fact.end
                && !assessor(doc, m.span.clone())
                && !relative.iter().any(|r| r.contains(&m.span.start))
                && !set_apart(text, m.span.clone())
        })
    };
    // `sedangkan kategori Madya untuk Kota Kotamobagu dan kategori Pratama
    // untuk Kota Manado, Kota Tomohon, ...`, `opini Wajar Tanpa Pengecualian
    // (WTP) atas LKPD Kota Ternate, LKPD Kota Tidore Kepulauan, ...`: a
    // result given right after to parties is theirs, whoever stands before it.
    if let Some(first) = given_to(text, &mentions, fact.end) {
        return following(text, &mentions, first).into_iter().map(name).collect();
    }
    // `..., kedua, Kota Padang Panjang dan ketiga, Pemprov Sumbar`, `Ketiga,
    // dari Kabupaten Tapin`: a bare ordinal's party follows it after a comma.
    // (`ketujuh Kabupaten Kepulauan Yapen dan Sarmi 19 persen`: both hold it.)
    if parse_ordinal(&text[fact.clone()]).is_some()
        && let Some(next) = party::after_ordinal(text, &mentions, fact.end)
        && let Some(first) = mentions.iter().position(|m| m.span == next.span)
    {
        return following(text, &mentions, first).into_iter().map(name).collect();
    }
    // `Peringkat pertama diraih oleh A dan peringkat kedua jatuh pada B`: a
    // party handed the result right after it holds it, whoever stands before.
    let before = before_in(clause);
    if before.is_some()
        && let Some(first) = taken_by(text, &mentions, fact.end)
    {
        return following(text, &mentions, first).into_iter().map(name).collect();
    }
    if let Some(index) = before {
        // Parties listed with their own scores share a grade said after
        // them all (`A dengan nilai 84,05 dan B dengan nilai 81,33 masuk
        // kualifikasi Menuju Informatif`), never one another's score.
        let scored = !text[fact.clone()].contains(|c: char| c.is_ascii_digit());
        let mut listed: Vec<Option<String>> =
            coordinated(doc, &mentions, index, scored).into_iter().map(name).collect();
        // `predikat B bersama Kota Makassar dan Kabupaten Sinjai`, `masuk
        // sepuluh besar, kategori kabupaten terinovatif bersama Pemkab
        // Banyuwangi, ...`: those named with it share it.
        // (A fact may run past its sentence's end: then nobody is named after it.)
        let with = text.get(fact.end..sentence.end).and_then(|rest| rest.find(" bersama ")).map(|p| fact.end + p);
        let nobody_between = |with: &usize| !mentions.iter().any(|m| m.span.start >= fact.end && m.span.start < *with);
        if let Some(first) =
            with.filter(nobody_between).and_then(|with| named_after(text, &mentions, with, &["bersama"]))
        {
            listed.extend(following(text, &mentions, first).into_iter().map(name));
        }
        return listed;
    }
    if let Some(count) = collective(lead) {
        let referents = last_parties(doc, earlier.clone(), count);
        if referents.len() == count {
            return referents.into_iter().map(Some).collect();
        }
    }
    // `Atas delapan LHP ... yang diserahkan itu, BPK memberikan opini WTP`:
    // the group of that count listed in a sentence before.
    if let Some(count) = counted_pointer(lead)
        && let Some(group) = listed_group(doc, earlier.clone(), count)
    {
        return group.into_iter().map(Some).collect();
    }
    // `Atas permasalahan ... pada Pemerintah Daerah tersebut, BPK memberikan
    // opini WTP`: the group listed before under that noun.
    if let Some(group) = pointed_group(doc, lead, earlier) {
        return group.into_iter().map(Some).collect();
    }
    if let Some((_, listed)) = enumerated.filter(|(_, listed)| !listed.is_empty()) {
        return listed;
    }
    // `diraih Kabupaten Magetan dan Kota Madiun`, `peringkat ketiga Kabupaten
    // Musi Banyuasin`, `posisi ketiga tertinggi Mandailing Natal`, `Predikat
    // Nindya hanya Kabupaten Muba`.
    let after = mentions.iter().position(|m| {
        let gap = || text[fact.end..m.span.start].trim().trim_end_matches(',');
        m.span.start >= fact.end
            && !assessor(doc, m.span.clone())
            && (recipient(text, m.span.start)
                || gap().split_whitespace().all(|w| in_list(SUPERLATIVES, w) || in_list(ONLY_WORDS, w)))
    });
    if let Some(first) = after {
        let listed = following(text, &mentions, first);
        if listed.len() > 1 {
            return listed.into_iter().map(name).collect();
        }
    }
    let after = after.map(|i| &mentions[i]);
    // `Setelah 3 tahun masuk ke zona kuning, pada akhirnya Kabupaten Lampung
    // Selatan ...`: a clause put first speaks of the main clause's subject.
    let fronted = || {
        let opener = opening_word(&text[sentence.clone()]);
        let comma = text.get(fact.end..sentence.end)?.find(',').map(|p| fact.end + p)?;
        let before = mentions.iter().any(|m| m.span.start < fact.start);
        (in_list(FRONTED_CLAUSE_OPENERS, opener) && !before)
            .then(|| mentions.iter().find(|m| m.span.start > comma && !assessor(doc, m.span.clone())))
            .flatten()
    };
    // `Prevalensi stunting di Kabupaten Timor Tengah Utara ... turun`: the region of an index.
    let located = || mentions.iter().rev().find(|m| m.span.end <= fact.start && index_located(text, m.span.start));
    let chosen = after
        .or_else(|| before_in(sentence.start).map(|i| &mentions[i]))
        .or_else(fronted)
        .or_else(located)
        .and_then(name);
    let national = || national(&text[clause..fact.end]).then(|| nation(doc, fact.clone()));
    // `angka prevalensi stunting di tingkat provinsi turun dari 17,6%`: the province the article names.
    let provincial = || {
        let lower = text[clause..fact.end].to_lowercase();
        PROVINCIAL_LEVELS.iter().any(|level| lower.contains(level)).then(|| province_named(doc)).flatten()
    };
    match chosen.or_else(national).or_else(provincial) {
        Some(chosen) => vec![Some(chosen)],
        // A sentence that names no party goes on about the parties of the
        // sentence before it, else the article's main subject.
        None if !doc.names_party(sentence.clone()) && continued.is_some() => continued.unwrap_or_default().to_vec(),
        None if !doc.names_party(sentence.clone()) => {
            vec![topic_before(doc, sentence.start).or(main.map(str::to_string))]
        }
        None => vec![main.map(str::to_string)],
    }
}

/// The first party the article names that is a province and only one
/// (`Provinsi Kepulauan Riau`), as printed.
fn province_named(doc: &Document<'_>) -> Option<String> {
    (0..doc.sentences.len()).flat_map(|i| doc.sentence_mentions(i)).find_map(|m| {
        let name = &doc.text[m.span.clone()];
        match region::lookup(name).as_slice() {
            [only] if only.kind == RegionKind::Province => Some(name.to_string()),
            _ => None,
        }
    })
}

/// The party a sentence opens with, when it is the one party of the
/// sentence just before `start` in its paragraph: the topic that a
/// sentence naming none goes on with (`Kabupaten Rejang Lebong diurutan
/// paling buncit. Hasil yang dirilis zona merah dengan nilai 45.41`).
fn topic_before(doc: &Document<'_>, start: usize) -> Option<String> {
    let index = doc.sentence_index(start)?.checked_sub(1)?;
    let previous = doc.sentences[index].clone();
    if doc.text[previous.end..start].contains('\n') {
        return None;
    }
    let parties: Vec<&Mention> =
        doc.sentence_mentions(index).iter().filter(|m| !assessor(doc, m.span.clone())).collect();
    let opening = previous.start + (doc.text[previous.clone()].len() - doc.text[previous.clone()].trim_start().len());
    match parties.as_slice() {
        [only] if only.span.start == opening => Some(doc.text[only.span.clone()].to_string()),
        _ => None,
    }
}

/// The party of the list row holding byte `pos`: the party that opens the
/// row, when no value of its own stands between it and `pos` (`- Desa
/// Peliatan, Gianyar – Bali: nilai IDM 0.9981`: the names after it place
/// it), or the party that opens a record whose field holds `pos` and names
/// none (`1. Kabupaten Tebo` over `Nilai kepatuhan: 92,5`).
fn row_party(doc: &Document<'_>, pos: usize) -> Option<String> {
    let text = doc.text;
    let line_start = text[..pos].rfind('\n').map_or(0, |p| p + 1);
    let line_end = text[pos..].find('\n').map_or(text.len(), |p| pos + p);
    // The record's first line (trimmed: it may carry no mark), or this row up to `pos`.
    let (head, content) = match list::record_head(text, line_start) {
        Some(_) if doc.names_party(line_start..line_end) => return None,
        Some(head) => (head.clone(), head.start + list::row_content(&text[head]).unwrap_or(0)),
        None => (line_start..pos, line_start + list::row_content(&text[line_start..line_end])?),
    };
    let party = doc.mentions_in(head.clone()).into_iter().next().filter(|m| m.span.start == content)?;
    if text[party.span.end..head.end].contains(|c: char| c.is_ascii_digit()) && head.end == pos {
        return None;
    }
    Some(text[party.span].to_string())
}

/// The parties that open the rows of a list under a `fact`, when its
/// sentence (ending at `sentence_end`) ends its line and introduces the
/// list: with a colon (`Kategori Menuju Informatif (nilai 80–89,9):` then
/// `• Kota Depok, nilai 88,40`), as a line opening with `Berikut` (`Berikut
/// urutan OPD peraih KI Award 2025 Kategori Informatif dari nilai
/// tertinggi`), or as a heading that is the fact alone (`PREDIKAT A` then
/// `– Kota Yogyakarta`). Blank lines and a title in capitals may stand
/// between it and the rows.
fn listed_below(doc: &Document<'_>, sentence_end: usize, fact: Range<usize>) -> Vec<String> {
    let (text, end) = (doc.text, fact.end);
    let rest = &text[sentence_end..];
    let line_end = sentence_end + (rest.len() - rest.trim_start_matches([' ', '\t', '\r']).len());
    // (A fact may run past its sentence's end: then it introduces nothing.)
    let Some(lead) = text.get(..end).filter(|_| end <= sentence_end) else { return Vec::new() };
    let line_start = lead.rfind('\n').map_or(0, |p| p + 1);
    let opener = text[line_start..].split_whitespace().next().unwrap_or("");
    // A line opening with `Berikut` introduces rows when it names no party of its own before the fact.
    let opens = in_list(LIST_OPENERS, opener) && doc.mentions_in(line_start..end).is_empty();
    // A row's own fact (`Kota Makassar 94,10`) names its party: no heading.
    // (A fact that runs over a line break heads nothing.)
    let heading = text.get(line_start..fact.start).is_some_and(|lead| lead.trim().is_empty())
        && text[end..sentence_end].trim().is_empty()
        && doc.mentions_in(fact.clone()).is_empty();
    let introduces = text[end..sentence_end].ends_with(':') || opens || heading;
    if !introduces || !(line_end == text.len() || text[line_end..].starts_with('\n')) {
        return Vec::new();
    }
    let mut parties = Vec::new();
    let mut start = line_end + 1;
    while start < text.len() {
        let row_end = text[start..].find('\n').map_or(text.len(), |p| start + p);
        let row = &text[start..row_end];
        let item = row.trim_start_matches(|c: char| c.is_whitespace() || "•-–—*·".contains(c) || c.is_ascii_digit());
        let item = item.trim_start_matches(['.', ')']).trim_start();
        let item_start = row_end - item.len();
        match doc.mentions_in(item_start..row_end).first().filter(|m| m.span.start == item_start) {
            Some(m) => parties.push(text[m.span.clone()].to_string()),
            // A blank line or a title in capitals before the first row.
            None if parties.is_empty() && !row.contains(char::is_lowercase) && start - line_end < MAX_GAP_TO_ROWS => {}
            None => break,
        }
        start = row_end + 1;
    }
    parties
}

/// How far below the line that introduces it a list's first row may start, in bytes.
const MAX_GAP_TO_ROWS: usize = 200;

/// How many sentences a list may go on over.
const LIST_SENTENCES: usize = 6;

/// The parties of the sentences after `end` that go on with a list: each
/// opens with a word of sequence (`Berikutnya,`, `Lalu,`, `Kemudian`) and
/// names parties.
fn list_going_on(doc: &Document<'_>, end: usize) -> Vec<String> {
    let Some(next) =
        doc.sentence_index(end).map(|i| i + 1).or_else(|| Some(doc.sentences.partition_point(|s| s.end <= end)))
    else {
        return Vec::new();
    };
    let mut parties = Vec::new();
    // A link to another article between the rows (`Baca juga: ...`) is no part of the list.
    let sentences = (next..doc.sentences.len()).filter(|&i| !is_related_link(&doc.text[doc.sentences[i].clone()]));
    for index in sentences.take(LIST_SENTENCES) {
        let sentence = doc.sentences[index].clone();
        let text = &doc.text[sentence.clone()];
        let opener = text.split_whitespace().next().unwrap_or("");
        let mentions = doc.sentence_mentions(index);
        let goes_on = in_list(SEQUENCE_WORDS, opener.trim_end_matches(','))
            || continues_by_kind(text)
            || scored_rows(text, sentence.start, mentions);
        if !goes_on || mentions.is_empty() {
            break;
        }
        parties.extend(
            mentions.iter().filter(|m| !assessor(doc, m.span.clone())).map(|m| doc.text[m.span.clone()].to_string()),
        );
    }
    parties
}

/// How many words a sentence of parties and their values may hold.
const MAX_ROW_WORDS: usize = 20;

/// Whether a sentence starting at byte `start` is rows of a list of
/// results: it opens with a party's name and gives values, short and with
/// no rating of its own (`Kabupaten Sinjai dengan nilai 62,12.`).
fn scored_rows(text: &str, start: usize, mentions: &[Mention]) -> bool {
    let lower = text.to_lowercase();
    mentions.first().is_some_and(|m| m.span.start == start + (text.len() - text.trim_start().len()))
        && text.contains(|c: char| c.is_ascii_digit())
        && lower.split_whitespace().count() <= MAX_ROW_WORDS
        && !lower.split_whitespace().any(|w| in_list(GRADE_WORD_NOUNS, w))
}

/// Whether a sentence goes on with a list by the kind of party its names
/// are, with no result of its own: `Untuk kabupaten/kota meliputi
/// Kabupaten Badung, Pasuruan, ...`, `Adapun 11 pemerintah kabupaten
/// (Pemkab) masing-masing, Pemkab Asahan, ...`, `Daerah tersebut di
/// antaranya adalah Kota Depok, ...`: an opener, a count, the kind of
/// party (and a pointer back to it), then a word that lists.
fn continues_by_kind(sentence: &str) -> bool {
    let lower = sentence.to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().map(|w| w.trim_end_matches([',', ':'])).collect();
    let mut at = usize::from(words.first().is_some_and(|w| in_list(&["untuk", "adapun", "sedangkan", "sementara"], w)));
    let count = words.get(at).and_then(|w| parse_cardinal(w));
    at += usize::from(count.is_some());
    let kinds = words[at.min(words.len())..]
        .iter()
        .take_while(|w| in_list(COUNTED_PARTIES, w) || in_list(KIND_WORDS, w) || w.starts_with('('))
        .count();
    let listing = words.get(at + kinds..).unwrap_or_default().join(" ");
    // The count is the only number: a value would be a row's own.
    let digits = lower.matches(|c: char| c.is_ascii_digit()).count();
    kinds > 0
        && words[at..at + kinds].iter().any(|w| in_list(COUNTED_PARTIES, w))
        && grade::opens_with_listing(&format!("{listing} "))
        && digits == count.map_or(0, |n| n.to_string().len())
        && !lower.split_whitespace().any(|w| in_list(GRADE_NOUNS, w))
}

/// Words beside a kind of party that go on naming the group: `pemerintah
/// kabupaten`, `daerah tersebut`, `kabupaten lainnya`.
const KIND_WORDS: &[&str] = &["itu", "tersebut", "lainnya", "lain", "yang", "dan"];

/// The relative clauses set off by commas in `text[range]`: from `, yang`
/// to the next comma (`Kabupaten Bantaeng, yang kerap dibandingkan dengan
/// Gowa, hanya ...`).
fn relative_clauses(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let slice = &text[range.clone()];
    slice
        .match_indices(", yang ")
        // `Terakhir, yang penurunannya ... yaitu Kabupaten Bone`: after a
        // sentence's opening word the clause is the sentence's own.
        .filter(|(at, _)| slice[..*at].split_whitespace().nth(1).is_some())
        .filter_map(|(at, opener)| {
            let from = at + opener.len();
            slice[from..].find(',').map(|close| range.start + at..range.start + from + close)
        })
        .collect()
}

/// Where the clause holding byte `pos` starts: after a comma before a word
/// that opens a new clause (`, sedangkan juara III diraih ...`) or a semicolon.
fn clause_start(text: &str, sentence_start: usize, pos: usize) -> usize {
    let lead = &text[sentence_start..pos];
    let mut start = sentence_start;
    for (at, _) in lead.match_indices([',', ';']) {
        let mut words = text[sentence_start + at + 1..].split_whitespace();
        let next = words.next().unwrap_or("");
        // `..., urutan ketujuh Kota Dumai`, `..., pada peringkat lima
        // Pemerintah Kabupaten Boalemo`: a new position opens a clause too.
        let position = in_list(RANK_NOUNS, next)
            || (in_list(&["pada", "di", "ke"], next) && words.next().is_some_and(|w| in_list(RANK_NOUNS, w)));
        if lead[at..].starts_with(';') || in_list(CLAUSE_OPENERS, next) || position {
            start = sentence_start + at + 1;
        }
    }
    start
}

/// The parties of a list that ends with `mentions[last]`, joined only by
/// commas, `dan` and `serta` (`Kota Medan, Kabupaten Deli Serdang dan Kota
/// Binjai`) or of [`MIN_COMMA_LIST`] names or more, assessors aside.
fn coordinated<'a>(doc: &Document<'_>, mentions: &'a [Mention], last: usize, scored: bool) -> Vec<&'a Mention> {
    let text = doc.text;
    let mut first = last;
    let mut joined = false;
    while first > 0 {
        let previous = mentions[first - 1].span.clone();
        let between = text[previous.end..mentions[first].span.start].trim();
        let between = if scored { without_score(between) } else { between };
        if !matches!(between, "," | "dan" | ", dan" | "serta" | ", serta") {
            break;
        }
        // A place (`di`) is no venue when joined to the party by `dan`:
        // `stunting di Papua Barat dan Papua Barat Daya mengalami kenaikan`.
        let place = text[..previous.start].split_whitespace().next_back().is_some_and(|w| w.eq_ignore_ascii_case("di"));
        if assessor(doc, previous) && !(place && between != ",") {
            break;
        }
        joined |= between != ",";
        first -= 1;
    }
    // A list ends with `dan` or `serta`, or runs on commas alone past two
    // names (`Kabupaten Lebak, Kota Serang, Kota Cilegon katagori
    // kuning`); one bare comma may end a clause (`Menurut Dinas
    // Pendidikan, Kota Madiun meraih`).
    if forms_list(joined, first..=last) { mentions[first..=last].iter().collect() } else { vec![&mentions[last]] }
}

/// Whether the names at `names`, joined by commas, `dan` or `serta`, form
/// a list: one ended by `dan` or `serta` (`joined`), or of
/// [`MIN_COMMA_LIST`] names or more.
fn forms_list(joined: bool, names: std::ops::RangeInclusive<usize>) -> bool {
    joined || names.count() >= MIN_COMMA_LIST
}

/// How many names joined by commas alone make a list.
const MIN_COMMA_LIST: usize = 3;

/// The first of `mentions` named right after byte `end` with only one of
/// `words` between (`untuk Kota Manado`, `bersama Kota Makassar`).
fn named_after(text: &str, mentions: &[Mention], end: usize, words: &[&str]) -> Option<usize> {
    mentions.iter().position(|m| m.span.start >= end && words.contains(&text[end..m.span.start].trim()))
}

/// The first of `mentions` given the result ending at `end` by a word
/// right after it (`untuk Kota Manado`), past the result's gloss in
/// brackets and the report of the party (`(WTP) atas LKPD Kota Ternate`).
fn given_to(text: &str, mentions: &[Mention], end: usize) -> Option<usize> {
    let first = mentions.iter().position(|m| m.span.start >= end)?;
    let gap = text[end..mentions[first].span.start].trim_start();
    let gap = match gap.strip_prefix('(') {
        Some(gloss) => gloss.split_once(')').map_or(gap, |(_, rest)| rest),
        None => gap.strip_prefix(')').unwrap_or(gap),
    };
    let mut words = without_report(gap.trim()).split_whitespace();
    let given = words.next().is_some_and(|w| in_list(GIVEN_TO, w)) && words.next().is_none();
    given.then_some(first)
}

/// `text` without the report it ends with (`, LKPD` is `,`): the report
/// of the party named next.
fn without_report(text: &str) -> &str {
    match text.rsplit_once(|c: char| c.is_whitespace() || c == ',') {
        Some((rest, last)) if REPORT_NOUNS.contains(&last) => text[..rest.len() + 1].trim_end(),
        None if REPORT_NOUNS.contains(&text) => "",
        _ => text,
    }
}

/// The first of `mentions` handed the result ending at `end` by a passive
/// verb right after it (`diraih oleh Kota X`, `jatuh pada Kota Y`), an
/// aside between dashes passed over (`- yang tidak mengejutkan - jatuh pada`).
fn taken_by(text: &str, mentions: &[Mention], end: usize) -> Option<usize> {
    let first = mentions.iter().position(|m| m.span.start >= end)?;
    let gap = &text[end..mentions[first].span.start];
    let gap = match (gap.find(['-', '–']), gap.rfind(['-', '–'])) {
        // (`–` is three bytes: the aside ends after the whole dash.)
        (Some(open), Some(close)) if open < close && gap[..open].trim().is_empty() => {
            &gap[close + gap[close..].chars().next().map_or(0, char::len_utf8)..]
        }
        _ => gap,
    };
    let mut gap = gap.split_whitespace();
    let taken = gap.next().is_some_and(|verb| in_list(PASSIVE_TAKERS, verb) || in_list(FALLS_TO, verb))
        && gap.next().is_none_or(|w| in_list(&["oleh", "pada", "kepada"], w))
        && gap.next().is_none();
    taken.then_some(first)
}

/// The parties of a list that starts with `mentions[first]`, joined only
/// by commas, `dan` and `serta` (each party's own score aside) and ended
/// by `dan` or `serta` (or of [`MIN_COMMA_LIST`] names or more).
fn following<'a>(text: &str, mentions: &'a [Mention], first: usize) -> Vec<&'a Mention> {
    let mut last = first;
    let mut joined = false;
    while last + 1 < mentions.len() {
        // Each party may carry its own score (`untuk A skor 92,25, B skor 91,65`).
        let between =
            without_report(without_score(text[mentions[last].span.end..mentions[last + 1].span.start].trim()));
        if !matches!(between, "," | "dan" | ", dan" | "serta" | ", serta") && !counted_list_joined(between) {
            break;
        }
        joined |= between != ",";
        last += 1;
    }
    if forms_list(joined, first..=last) { mentions[first..=last].iter().collect() } else { vec![&mentions[first]] }
}

/// Whether the text between two parties joins a counted group listed
/// after the word that lists it (`Kotamadya Banjarbaru serta lima
/// Kabupaten yaitu Tanah Bumbu, ...`): its parties go on with the list.
fn counted_list_joined(between: &str) -> bool {
    let lower = between.to_ascii_lowercase();
    let rest = lower.trim_start_matches([',', ' ']);
    let Some(rest) = ["dan ", "serta "].iter().find_map(|joiner| rest.strip_prefix(joiner)) else { return false };
    let words: Vec<&str> = rest.split_whitespace().collect();
    let counted = words.first().and_then(|w| parse_cardinal(w)).is_some_and(|n| n > 1);
    let nouns = words.iter().skip(1).take_while(|w| in_list(COUNTED_PARTIES, w)).count();
    let listing = words.get(1 + nouns..).unwrap_or_default().join(" ");
    counted && nouns > 0 && grade::opens_with_listing(&format!("{listing} "))
}

/// Text between two listed parties without the first one's score at its
/// start: `dengan nilai 84,05 dan` is `dan`, `(3,92),` is `,`, `(Indeks
/// SPBE 3,45),` is `,`.
fn without_score(between: &str) -> &str {
    let bracketed = between.strip_prefix('(').map_or(between, str::trim_start);
    let mut rest = bracketed.strip_prefix("dengan").map_or(bracketed, str::trim_start);
    // The score's noun, and an assessment's acronym after it (`Indeks SPBE`).
    for _ in 0..2 {
        match rest.split_once(char::is_whitespace) {
            Some((word, after))
                if in_list(SCORE_NOUNS, word) || (word.len() > 1 && word.chars().all(|c| c.is_ascii_uppercase())) =>
            {
                rest = after.trim_start();
            }
            _ => break,
        }
    }
    let rest = rest.strip_prefix('(').unwrap_or(rest);
    let digits = rest.trim_start_matches(|c: char| c.is_ascii_digit() || c == ',' || c == '.');
    if digits.len() == rest.len() || !rest.starts_with(|c: char| c.is_ascii_digit()) {
        return between;
    }
    // A comma or stop right after the digits is the list's (`dengan 72,95, Kabupaten ...`).
    let number = &rest[..rest.len() - digits.len()];
    let digits = &rest[number.trim_end_matches([',', '.']).len()..];
    // The number's own comma or stop, then the list's joiner.
    let digits = digits.strip_prefix(')').unwrap_or(digits).trim_start();
    if digits.is_empty() { between } else { digits }
}

/// Whether `between` (a result and the list of its parties) counts them
/// in the result's own clause: `sebanyak 4 pemerintah daerah yaitu`, not
/// `(WDP) dan dua entitas yakni`, which opens a clause of its own.
fn counts_group(between: &str) -> bool {
    let words: Vec<&str> = between.split_whitespace().collect();
    !words.iter().any(|w| in_list(&["dan", "serta", "sedangkan", "sementara"], w) || w.ends_with([',', ';']))
        && words.iter().any(|w| parse_cardinal(w).is_some_and(|n| n > 1))
}

/// Whether a clause's `lead` ends by counting those who took the result
/// next to it: a count above one, then at most [`MAX_WORDS_AFTER_COUNT`]
/// words of [`COUNT_FILLERS`] or [`COUNTED_PARTIES`] (`3 lainnya masih`,
/// `4 yang`, `dua daerah`), not a value or a year (`nilai 92 dengan`).
fn counts_just_before(lead: &str) -> bool {
    let words: Vec<&str> = lead.split_whitespace().rev().take(MAX_WORDS_AFTER_COUNT + 1).collect();
    let Some(count) = words.iter().position(|w| parse_cardinal(w).is_some_and(|n| n > 1) && !is_year(w)) else {
        return false;
    };
    words[..count].iter().all(|w| in_list(COUNT_FILLERS, w) || in_list(COUNTED_PARTIES, w))
        && !words.get(count + 1).is_some_and(|w| in_list(SCORE_NOUNS, w) || in_list(RANK_NOUNS, w))
}

/// How many words may stand between a count and the result it counts.
const MAX_WORDS_AFTER_COUNT: usize = 3;

/// Where in a sentence's `lead` the clause that opens with all of a group
/// starts: the sentence itself (0) or its last clause after a comma.
fn all_of_them_at(lead: &str) -> Option<usize> {
    if opens_with_all(lead) {
        return Some(0);
    }
    let (before, last) = lead.rsplit_once(',')?;
    opens_with_all(last).then_some(before.len())
}

/// Whether a clause's `lead` opens with all of a group: `Seluruhnya`,
/// `seluruh pemerintah daerah`, `semua kabupaten/kota`.
fn opens_with_all(lead: &str) -> bool {
    let mut words = lead.split_whitespace().map(|w| w.trim_end_matches(','));
    let first = words.next().unwrap_or("");
    in_list(ALL_OF_THEM, first)
        || (in_list(ALL_OF_GROUP, first) && words.next().is_some_and(|noun| in_list(COUNTED_PARTIES, noun)))
}

/// How many words may open a sentence before the count of a group.
const MAX_WORDS_BEFORE_COUNT: usize = 2;

/// Whether a sentence's `lead` opens by counting a group of parties
/// (`Adapun empat Pemprov lain`, `Sebanyak 12 daerah`), or counts one
/// that it says there is (`Setelah Banyumas, ada tiga kabupaten/kota`) or
/// joins to a party (`propinsi NTT dan delapan kabupaten`).
fn opens_counting(lead: &str) -> bool {
    let words: Vec<&str> = lead.split_whitespace().collect();
    words.windows(2).enumerate().any(|(at, pair)| {
        // (`Di luar itu propinsi NTT dan delapan kabupaten dan satu kota mendapatkan ...`: joined to a party.)
        let placed = at < MAX_WORDS_BEFORE_COUNT
            || (at > 0 && in_list(COUNT_INTRODUCERS, words[at - 1].trim_start_matches(['"', '“'])));
        placed
            && parse_cardinal(pair[0]).is_some_and(|n| n > 1)
            && in_list(COUNTED_PARTIES, pair[1].trim_end_matches(','))
    })
}

/// Whether the name at byte `start` follows a count above one that is no
/// rank (`12 Kantor Pertanahan`, `sembilan Dinas`, but `peringkat 2 Kota
/// Semarang`, `Terendah ke 4 Kota Pematangsiantar`, `tahun 2023 Kota
/// Bandung`): it names a group, not a party.
fn counted(text: &str, start: usize) -> bool {
    let mut words = text[floor_boundary(text, start.saturating_sub(40))..start].split_whitespace().rev();
    let count = words.next().filter(|w| !is_year(w)).and_then(parse_cardinal).is_some_and(|n| n > 1);
    count && !words.next().is_some_and(|w| in_list(RANK_NOUNS, w) || in_list(&["ke", "nomor", "no"], w))
}

/// Whether the party at `span` is set apart in a phrase of its own
/// closed by a comma (`Di luar Pemprov Lampung, ...`, `Selain Kota Jambi,
/// ...`): what the sentence goes on to say is of others.
fn set_apart(text: &str, span: Range<usize>) -> bool {
    if !text[span.end..].trim_start().starts_with(',') {
        return false;
    }
    // The words just before it are enough: `di luar` is the longest.
    let lead = text[floor_boundary(text, span.start.saturating_sub(16))..span.start].trim_end().to_lowercase();
    SETTING_APART.iter().any(|word| {
        lead.strip_suffix(word)
            .is_some_and(|before| before.is_empty() || before.ends_with(|c: char| !c.is_alphanumeric()))
    })
}

/// How many parties a collective in a clause refers back to: `Keduanya`
/// (2) opening it, `Ketiga provinsi itu` (3) anywhere in it (`selamat
/// kepada kelima daerah tersebut yang ...`, 5).
fn collective(lead: &str) -> Option<usize> {
    let words: Vec<String> = lead.split_whitespace().map(str::to_lowercase).collect();
    if let Some(count) = words.first().and_then(|first| parse_collective(first)) {
        return usize::try_from(count).ok();
    }
    // `Ketiga provinsi itu` opening the clause, or later in it (`selamat
    // kepada keenam daerah tersebut yang ...`), the last one.
    words.windows(3).rev().find_map(|w| {
        let count = parse_ordinal(&w[0]).filter(|n| *n > 1 && w[0] != "pertama")?;
        in_list(&["itu", "tersebut", "ini"], w[2].trim_end_matches(',')).then(|| usize::try_from(count).ok()).flatten()
    })
}

/// The count of a group that a clause's `lead` points back to: a number,
/// then words, then `itu`, `tersebut` or `ini`, with no comma between
/// (`delapan LHP atas LKPD TA 2016 yang diserahkan itu`, `tujuh daerah ini`).
fn counted_pointer(lead: &str) -> Option<usize> {
    let phrase = lead.split(',').next().unwrap_or("");
    let words: Vec<String> = phrase.split_whitespace().map(str::to_lowercase).collect();
    let pointer = words.iter().rposition(|w| in_list(COUNTED_POINTERS, w))?;
    let count = words[..pointer].iter().find_map(|w| parse_cardinal(w).filter(|n| *n > 1))?;
    usize::try_from(count).ok()
}

/// How far after a group's noun the word that lists its parties may stand, in bytes.
const GROUP_LISTING_REACH: usize = 80;

/// The parties a group pointed back at without a count stands for: a
/// clause's `lead` names a group noun then `tersebut` or `itu` (`pada
/// Pemerintah Daerah tersebut`), and the latest sentence of `earlier` that
/// names that noun lists two or more parties after it (`Kedelapan
/// Pemerintah Daerah yang menyusul menerima LHP itu adalah A, B, ...`).
fn pointed_group(doc: &Document<'_>, lead: &str, earlier: Range<usize>) -> Option<Vec<String>> {
    let words: Vec<&str> = lead.split(',').next().unwrap_or("").split_whitespace().collect();
    let pointer = words.iter().rposition(|w| in_list(POINTERS, w))?;
    let noun = words.get(pointer.checked_sub(1)?)?.to_ascii_lowercase();
    if !in_list(COUNTED_PARTIES, &noun) {
        return None;
    }
    let text = doc.text;
    doc.sentences_in(earlier).iter().rev().find_map(|s| {
        let lower = text[s.clone()].to_ascii_lowercase();
        let at = word_positions(&lower, &noun).next()?;
        let reach = floor_boundary(&lower, (at + GROUP_LISTING_REACH).min(lower.len()));
        let listing =
            lower[at..reach].match_indices(' ').find(|(i, _)| grade::opens_with_listing(&lower[at + i + 1..]))?.0;
        let listed = last_parties(doc, s.start + at + listing..s.end, usize::MAX);
        (listed.len() > 1).then_some(listed)
    })
}

/// The parties of the latest sentence in `earlier` that names any, when
/// it names exactly `count` of them (assessors aside).
fn listed_group(doc: &Document<'_>, earlier: Range<usize>, count: usize) -> Option<Vec<String>> {
    let named = doc
        .sentences_in(earlier)
        .iter()
        .rev()
        .map(|s| last_parties(doc, s.clone(), usize::MAX))
        .find(|names| !names.is_empty())?;
    (named.len() == count).then_some(named)
}

/// The last `count` different parties named in `text[range]`, in order,
/// assessors and venues aside (`di Kantor BPK RI Perwakilan Sultra`).
fn last_parties(doc: &Document<'_>, range: Range<usize>, count: usize) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for mention in doc.mentions_in(range).iter().rev().filter(|m| !assessor(doc, m.span.clone())) {
        let name = doc.text[mention.span.clone()].to_string();
        if !names.iter().any(|n| party_key(n) == party_key(&name)) {
            names.insert(0, name);
        }
        if names.len() == count {
            break;
        }
    }
    names
}

/// Whether a clause speaks of a national index (`prevalensi stunting
/// nasional sebesar`, `skor SPI Nasional sebesar`, `prevalensi stunting
/// secara nasional ... sebesar`): an index noun, then `nasional`, no average. `Nasional` after a capitalised word ends a
/// name (`Jaminan Kesehatan Nasional`), unless that word is an acronym.
fn national(clause: &str) -> bool {
    let words: Vec<&str> = clause.split_whitespace().collect();
    let Some(at) = words.iter().enumerate().position(|(i, w)| {
        *w == "nasional"
            || (*w == "Nasional"
                && i.checked_sub(1).is_some_and(|p| {
                    let previous = words[p].trim_start_matches(|c: char| !c.is_alphanumeric());
                    !previous.starts_with(char::is_uppercase) || previous.chars().all(|c| !c.is_lowercase())
                }))
    }) else {
        return false;
    };
    words[..at].iter().any(|w| in_list(SCORE_NOUNS, w))
        && !words[..at].iter().any(|w| in_list(&["rata-rata", "rerata", "tingkat", "target"], w))
}

/// Whether the value at `fact` is the country's: its own words, after the
/// last party named before it in its clause, speak of a national index
/// (`... Provinsi Kalsel sebesar 74,92 dan skor SPI Nasional sebesar 70,79`,
/// `Angka itu masih di atas capaian nasional yaitu 19,8 persen`).
/// A sentence that opens on the national scale and names no party before
/// the value is about the country too (`Secara nasional, KPK mengumumkan
/// skor SPI 2025 mencapai 72,32 poin`).
fn national_value(doc: &Document<'_>, sentence: Range<usize>, fact: Range<usize>) -> bool {
    let clause = clause_start(doc.text, sentence.start, fact.start);
    let from = doc.mentions_in(clause..fact.start).last().map_or(clause, |m| m.span.end);
    let opener = doc.text[sentence.start..fact.start].split(',').next().unwrap_or("").trim().to_lowercase();
    national(&doc.text[from..fact.end])
        || (NATIONAL_OPENERS.contains(&opener.as_str()) && doc.mentions_in(sentence.start..fact.start).is_empty())
}

/// How many provinces an article names when it reports an index across the country.
const COUNTRYWIDE_PROVINCES: usize = 5;

/// Whether the value at `fact`, in a `sentence` that names no party, is
/// the country's overall one: the sentence names, up to it, an index
/// that has a national value (`skor IKIP 2024 berada pada angka 75,65`), in
/// an article that reports it across the country, naming provinces by the
/// handful. (In an article about one region, such a sentence goes on
/// about that region.)
fn overall_value(doc: &Document<'_>, sentence: Range<usize>, fact: Range<usize>) -> bool {
    let indexed = || {
        doc.assessments().iter().any(|named| {
            named.span.start >= sentence.start
                && named.span.end <= fact.end
                && NATIONAL_LABELS.iter().any(|(id, _)| *id == named.id)
        })
    };
    let countrywide = || {
        let mut provinces: Vec<&str> = doc
            .region_mentions()
            .iter()
            .filter_map(|m| match m.candidates.as_slice() {
                [one] if one.kind == RegionKind::Province => Some(one.code),
                _ => None,
            })
            .collect();
        provinces.sort_unstable();
        provinces.dedup();
        provinces.len() >= COUNTRYWIDE_PROVINCES
    };
    !doc.names_party(sentence.clone()) && indexed() && countrywide()
}

/// Whether a sentence opens by pointing back at a score (`Skor tersebut
/// naik`, `Angka itu`) and names no party of its own.
fn points_back(doc: &Document<'_>, sentence: Range<usize>) -> bool {
    let mut words = doc.text[sentence.clone()].split_whitespace();
    let (Some(noun), Some(pointer)) = (words.next(), words.next()) else { return false };
    (in_list(SCORE_NOUNS, noun) || in_list(POINTER_NOUNS, noun))
        && in_list(&["itu", "tersebut", "ini"], pointer)
        && !doc.names_party(sentence)
}

/// Whether the party at byte `pos` follows an index and `di`
/// (`prevalensi stunting di Kabupaten X`).
fn index_located(text: &str, pos: usize) -> bool {
    let mut words = text[..pos].split_whitespace().rev();
    words.next().is_some_and(|w| w == "di") && words.take(2).any(|w| in_list(SCORE_NOUNS, w))
}

/// How many words a dateline may take before its dash (`Serang (ANTARA) -`).
const MAX_DATELINE_WORDS: usize = 6;

/// The first word of a sentence, past a dateline (`SUARATRANS – Setelah` gives `Setelah`).
fn opening_word(sentence: &str) -> &str {
    let words: Vec<&str> = sentence.split_whitespace().take(MAX_DATELINE_WORDS + 2).collect();
    let dash = words.iter().take(MAX_DATELINE_WORDS + 1).position(|w| matches!(*w, "-" | "–" | "—"));
    words.get(dash.map_or(0, |d| d + 1)).copied().unwrap_or("")
}

/// Whether the word before byte `pos` makes the name after it a title (`sebagai`).
fn title(text: &str, pos: usize) -> bool {
    text[..pos].split_whitespace().next_back().is_some_and(|word| in_list(TITLE_MARKS, word))
}

/// Whether one of the two words before byte `pos` marks the party that receives a fact.
fn recipient(text: &str, pos: usize) -> bool {
    text[..pos].split_whitespace().rev().take(2).any(marks_recipient)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subjects_prefer_the_nearest_assessed_party() {
        let text = "Berdasarkan hasil dari Dinas Pendidikan, Kota Madiun berhasil meraih nilai 95,5.";
        let fact = text.find("nilai").unwrap()..text.find("95,5").unwrap() + 4;
        let doc = Document::with_main(text, None);
        assert_eq!(
            subjects_for(&doc, 0..text.len(), 0..0, fact, None, None, FactKind::Score),
            [Some("Kota Madiun".to_string())]
        );
        let text = "Dengan hasil ini, daerah itu masuk zona hijau.";
        let fact = text.find("zona").unwrap()..text.find("hijau").unwrap() + 5;
        let doc = Document::with_main(text, Some("Kota Madiun"));
        assert_eq!(
            subjects_for(&doc, 0..text.len(), 0..0, fact, None, None, FactKind::Grade),
            [Some("Kota Madiun".to_string())]
        );
    }

    #[test]
    fn bare_names_of_regions_named_in_full_are_parties() {
        let text =
            "Kota Padang turun. Kota Bukittinggi 76,02. Tanah Datar kedua, sementara Bukittinggi di peringkat ke 3.";
        let doc = Document::with_main(text, Some("Kota Padang"));
        assert_eq!(doc.regions(), ["Kota Padang", "Kota Bukittinggi"]);
        let at = text.find("peringkat ke 3").unwrap();
        let sentence = text.find("Tanah Datar").unwrap()..text.len();
        let got = subjects_for(&doc, sentence, 0..0, at..at + 14, None, None, FactKind::Ranking);
        assert_eq!(got, [Some("Bukittinggi".to_string())]);
    }

    #[test]
    fn a_group_counted_as_a_sentence_opens_or_joined_to_a_party_is_counted() {
        for lead in [
            "Adapun empat Pemprov lain",
            "Setelah Banyumas, ada tiga kabupaten/kota",
            "propinsi NTT dan delapan kabupaten",
        ] {
            assert!(opens_counting(lead), "{lead}");
        }
        for lead in [
            "Pada tahun ini Kota Madiun dan Kota Blitar",
            "propinsi NTT dan satu kota",
            "Kota Madiun dan 3 penghargaan",
        ] {
            assert!(!opens_counting(lead), "{lead}");
        }
    }

    #[test]
    fn a_count_just_before_a_result_counts_its_holders_but_a_value_or_year_does_not() {
        for lead in ["hanya 4 yang", "dan 3 lainnya masih", "sebanyak 12 daerah meraih", "3"] {
            assert!(counts_just_before(lead), "{lead}");
        }
        for lead in ["dengan nilai 92", "pada tahun 2023", "1 yang", "4 daerah di Jawa Timur yang"] {
            assert!(!counts_just_before(lead), "{lead}");
        }
    }

    #[test]
    fn subjects_follow_clauses_lists_and_pointers() {
        let cases: &[(&str, &str, Option<&str>, &[&str])] = &[
            (
                "Juara II diraih Desa Sumberejo, sedangkan juara III diraih Desa Tulungrejo.",
                "juara III",
                None,
                &["Desa Tulungrejo"],
            ),
            (
                "Posisi pertama ditempati Kabupaten Sinjai dengan skor 94,02.",
                "Posisi pertama",
                Some("Kabupaten Bantaeng"),
                &["Kabupaten Sinjai"],
            ),
            (
                "Kantor Pertanahan Kabupaten Bangka Tengah yang meraih peringkat ketiga kategori Kantor Pertanahan se-Provinsi Babel dengan nilai 92.99.",
                "nilai 92.99",
                None,
                &["Kantor Pertanahan Kabupaten Bangka Tengah"],
            ),
            (
                "Prevalensi stunting di Kabupaten Timor Tengah Utara (TTU), Nusa Tenggara Timur, turun 3,4 poin.",
                "turun 3,4 poin",
                Some("NTT"),
                &["Kabupaten Timor Tengah Utara (TTU)"],
            ),
            (
                "Adapun Kabupaten Hulu Sungai Utara dengan nilai 84,05 dan Kabupaten Tanah Laut dengan nilai 81,33 masuk kualifikasi Menuju Informatif.",
                "Menuju Informatif",
                None,
                &["Kabupaten Hulu Sungai Utara", "Kabupaten Tanah Laut"],
            ),
            (
                "Adapun Kabupaten Hulu Sungai Utara dengan nilai 84,05 dan Kabupaten Tanah Laut dengan nilai 81,33 masuk kualifikasi Menuju Informatif.",
                "nilai 81,33",
                None,
                &["Kabupaten Tanah Laut"],
            ),
            (
                "Selain Ngawi, opini WTP juga diraih Kabupaten Magetan dan Kota Madiun.",
                "opini WTP",
                Some("Kabupaten Ngawi"),
                &["Kabupaten Magetan", "Kota Madiun"],
            ),
            (
                "Peringkat kedua diraih Kabupaten Banyuwangi, dan peringkat ketiga Kabupaten Musi Banyuasin.",
                "peringkat ketiga",
                None,
                &["Kabupaten Musi Banyuasin"],
            ),
            (
                "Desa itu tercatat memiliki Indeks Desa Membangun (IDM) 0,8712.",
                "0,8712",
                Some("Desa Sendangduwur"),
                &["Desa Sendangduwur"],
            ),
            (
                "Nilai IDM Lombok Timur pada tahun 2019 berdasarkan data Kementerian Desa PDTT mencapai 0,6750.",
                "0,6750",
                None,
                &["Lombok Timur"],
            ),
            (
                "Desa Ngroto, Kecamatan Pujon, menunjukkan taringnya. Ngroto menduduki peringkat pertama.",
                "peringkat pertama",
                Some("Pemerintah Kabupaten Malang"),
                &["Ngroto"],
            ),
            (
                "Capaian itu hanya terpaut sedikit dari Pemerintah Kabupaten Pesisir Selatan dengan skor indeks 77,2975.",
                "77,2975",
                Some("Dharmasraya"),
                &["Pemerintah Kabupaten Pesisir Selatan"],
            ),
            (
                "Kementerian PANRB memberikan predikat A kepada Pemkab Lamongan di Jakarta.",
                "predikat A",
                None,
                &["Pemkab Lamongan"],
            ),
            (
                "RSUD Sidoarjo milik Pemerintah Provinsi Jawa Timur meraih predikat WBBM.",
                "predikat WBBM",
                None,
                &["RSUD Sidoarjo"],
            ),
            (
                "Inovasi “Si Pandu” milik Dinas Sosial juga masuk sepuluh besar.",
                "sepuluh besar",
                Some("Kabupaten Lumajang"),
                &["Dinas Sosial"],
            ),
            (
                "Kota Medan, Kabupaten Deli Serdang dan Kota Binjai meraih opini WTP.",
                "opini WTP",
                None,
                &["Kota Medan", "Kabupaten Deli Serdang", "Kota Binjai"],
            ),
            (
                "Adapun prevalensi stunting nasional sebesar 21,5 persen.",
                "prevalensi stunting nasional sebesar 21,5",
                Some("Kabupaten Sikka"),
                &["Indonesia (stunting nasional)"],
            ),
            (
                "Angka prevalensi stunting secara nasional pada tahun 2022 sebesar 21,6%.",
                "sebesar 21,6%",
                Some("Provinsi Bengkulu"),
                &["Indonesia (stunting nasional)"],
            ),
            (
                "Setelah empat tahun, Kota Hujan kini meraih predikat A.",
                "predikat A",
                Some("Pemerintah Kota Bogor"),
                &["Pemerintah Kota Bogor"],
            ),
            (
                "Capaian itu menempatkan Kota Seribu Taman itu di urutan ke-9.",
                "urutan",
                Some("Kota Probolinggo"),
                &["Kota Probolinggo"],
            ),
            ("Di posisi kedua, Pemkot Pekalongan dengan nilai 97,46.", "posisi kedua", None, &["Pemkot Pekalongan"]),
            (
                "Peringkat pertama diraih oleh Pemkab Sukoharjo dengan nilai 97,41.",
                "Peringkat pertama",
                Some("Pemprov Jawa Tengah"),
                &["Pemkab Sukoharjo"],
            ),
            (
                "Di posisi kedua, Pemkot Pekalongan dengan nilai 97,46, disusul oleh Pemkot Surakarta di posisi ketiga.",
                "posisi ketiga",
                None,
                &["Pemkot Surakarta"],
            ),
            ("Penilaian oleh Ombudsman RI menempatkan Kota Batu di zona hijau.", "zona hijau", None, &["Kota Batu"]),
            (
                "Disdukcapil menempati posisi teratas, sedangkan Bappeda berada di posisi kedua.",
                "posisi kedua",
                None,
                &["Bappeda"],
            ),
            (
                "Ketiganya adalah Sumatera Barat (kedua), Aceh (ketiga) dan Riau (ketujuh). Ketiga provinsi itu berada di zona hijau.",
                "zona hijau",
                None,
                &["Sumatera Barat", "Aceh", "Riau"],
            ),
            (
                "Daerah yang masuk zona kuning antara lain Kabupaten Sampang dengan nilai 72,15 dan Kabupaten Bangkalan 70,04.",
                "zona kuning",
                Some("Pemerintah Provinsi Jawa Timur"),
                &["Kabupaten Sampang", "Kabupaten Bangkalan"],
            ),
            (
                "urutan keenam Kabupaten Rokan Hulu dengan nilai 53.52 (kategori CC), urutan ketujuh Kota Dumai.",
                "urutan ketujuh",
                None,
                &["Kota Dumai"],
            ),
            (
                "Posisi ketiga tertinggi Kabupaten Mandailing Natal dengan 34,2 persen.",
                "Posisi ketiga",
                Some("Kabupaten Labuhanbatu Utara"),
                &["Kabupaten Mandailing Natal"],
            ),
            (
                "Berikut urutan OPD peraih Kategori Informatif dari nilai tertinggi\n\nDAFTAR OPD 2025\n- Dinas Sosial Jawa Timur – 99,48\n- RSUD Dr. Soetomo – 97,91\nLain.",
                "Kategori Informatif",
                Some("Pemerintah Provinsi Jawa Timur"),
                &["Dinas Sosial Jawa Timur", "RSUD Dr. Soetomo"],
            ),
            (
                "SUARATRANS – Setelah 3 tahun masuk ke zona kuning, pada akhirnya Kabupaten Lampung Selatan masuk ke zona hijau.",
                "zona kuning",
                Some("Kabupaten Lamsel"),
                &["Kabupaten Lampung Selatan"],
            ),
            (
                "Kabupaten Gowa berada di peringkat dua dengan predikat B bersama Kota Makassar dan Kabupaten Sinjai.",
                "predikat B",
                None,
                &["Kabupaten Gowa", "Kota Makassar", "Kabupaten Sinjai"],
            ),
            (
                "Adapun Kabupaten Bantaeng, yang kerap dibandingkan dengan Gowa, hanya berada di peringkat 13.",
                "peringkat 13",
                Some("Kabupaten Gowa"),
                &["Kabupaten Bantaeng"],
            ),
            (
                "Terakhir, yang penurunannya cukup signifikan yaitu Kabupaten Bone dengan prevalensi 27,8%, dengan penurunan sebesar 6,3%.",
                "penurunan sebesar 6,3%",
                Some("Provinsi Sulawesi Selatan"),
                &["Kabupaten Bone"],
            ),
            (
                "Kota Bitung meraih kategori Nindya, sedangkan kategori Madya untuk Kota Kotamobagu dan kategori Pratama untuk Kota Manado, Kota Tomohon, dan Kabupaten Minahasa Tenggara.",
                "kategori Pratama",
                None,
                &["Kota Manado", "Kota Tomohon", "Kabupaten Minahasa Tenggara"],
            ),
            ("Kota Madiun meraih predikat A untuk kategori kota.", "predikat A", None, &["Kota Madiun"]),
            (
                "Selanjutnya MCP pada peringkat kedua oleh Pemkot Jayapura sebesar 69 persen.",
                "peringkat kedua",
                Some("Pemerintah Kabupaten Jayapura"),
                &["Pemkot Jayapura"],
            ),
            (
                "Urutan kelima Kabupaten Supiori 38 persen, ketujuh Kabupaten Kepulauan Yapen dan Sarmi 19 persen.",
                "ketujuh",
                None,
                &["Kabupaten Kepulauan Yapen", "Sarmi"],
            ),
            (
                "Angka prevalensi stunting di Papua Barat dan Papua Barat Daya mengalami kenaikan dari 26,2 persen.",
                "26,2 persen",
                None,
                &["Papua Barat", "Papua Barat Daya"],
            ),
            (
                "Capaian MCP Kota Jogja 82, hanya terpaut tipis 0,5 poin dari Kabupaten Bantul yang berada di posisi pertama.",
                "posisi pertama",
                None,
                &["Kabupaten Bantul"],
            ),
            // Near miss: a place after `di` stays a scope.
            (
                "Pemkab Solok menjadi satu dari daerah di Sumbar yang masuk kategori A.",
                "kategori A",
                None,
                &["Pemkab Solok"],
            ),
            // Near miss: a venue set off by a comma stays a venue.
            (
                "Dalam rapat di Kota Bogor, Kabupaten Sukabumi, dan Kota Depok meraih nilai 95,5.",
                "nilai 95,5",
                None,
                &["Kabupaten Sukabumi", "Kota Depok"],
            ),
            // Near miss: the agent of another verb gives the place.
            (
                "Peringkat kedua ditetapkan oleh Pemprov Papua untuk Kabupaten Keerom.",
                "Peringkat kedua",
                None,
                &["Kabupaten Keerom"],
            ),
            (
                "BPK memberikan opini Wajar Tanpa Pengecualian (WTP) atas LKPD Kota Ternate, LKPD Kota Tidore Kepulauan dan LKPD Kabupaten Kepulauan Sula, serta opini Tidak Menyatakan Pendapat (TMP) atas LKPD Kabupaten Pulau Taliabu.",
                "Wajar Tanpa Pengecualian",
                None,
                &["Kota Ternate", "Kota Tidore Kepulauan", "Kabupaten Kepulauan Sula"],
            ),
            (
                "BPK memberikan opini Wajar Tanpa Pengecualian (WTP) atas LKPD Kota Ternate, LKPD Kota Tidore Kepulauan dan LKPD Kabupaten Kepulauan Sula, serta opini Tidak Menyatakan Pendapat (TMP) atas LKPD Kabupaten Pulau Taliabu.",
                "TMP",
                None,
                &["Kabupaten Pulau Taliabu"],
            ),
            // The report of no party named after it is no gift to the party after.
            (
                "Kabupaten Bima meraih opini WTP atas LKPD Tahun Anggaran 2020 di hadapan Kota Bima.",
                "WTP",
                None,
                &["Kabupaten Bima"],
            ),
            (
                "Adapun angka SPI antara lain Pemkab Kotabaru 70,18.\nPemkab Banjar 72,50.",
                "70,18",
                None,
                &["Pemkab Kotabaru"],
            ),
            (
                "Peringkat empat Kabupaten Bone Bolango dengan skor 64.48, pada peringkat lima Kabupaten Boalemo skor 57.24.",
                "peringkat lima",
                None,
                &["Kabupaten Boalemo"],
            ),
            (
                "Kategori Informatif (nilai 90–100):\n• Kabupaten Bogor, nilai 97,45\n• Kota Bandung, nilai 96,20\n\nLain.",
                "Informatif",
                Some("Kabupaten Sumedang"),
                &["Kabupaten Bogor", "Kota Bandung"],
            ),
            (
                "Peringkat pertama diraih oleh Kabupaten Pesisir Selatan dan peringkat kedua - yang tidak mengejutkan - jatuh pada Kota Bukittinggi.",
                "peringkat kedua",
                None,
                &["Kota Bukittinggi"],
            ),
            (
                "Peringkat pertama diraih oleh Kabupaten Pesisir Selatan dan peringkat kedua – yang tidak mengejutkan – jatuh pada Kota Bukittinggi.",
                "peringkat kedua",
                None,
                &["Kota Bukittinggi"],
            ),
            (
                "Pemkab HSS masuk dalam sepuluh besar, kategori kabupaten terinovatif bersama Pemkab Banyuwangi, Pemkab Agam dan Kota Batu.",
                "sepuluh besar",
                None,
                &["Pemkab HSS", "Pemkab Banyuwangi", "Pemkab Agam", "Kota Batu"],
            ),
            (
                "Berikut daftar penerima SAKIP:\n\nPREDIKAT A\n– Kota Yogyakarta\n– Kabupaten Sleman\n\nPREDIKAT BB\n– Kota Manado",
                "PREDIKAT A",
                Some("Kota Manado"),
                &["Kota Yogyakarta", "Kabupaten Sleman"],
            ),
            (
                "Kabupaten Lebak, Kota Serang, Kota Cilegon katagori kuning atau kurang baik.",
                "katagori kuning",
                None,
                &["Kabupaten Lebak", "Kota Serang", "Kota Cilegon"],
            ),
            ("Menurut Dinas Pendidikan, Kota Madiun meraih zona hijau.", "zona hijau", None, &["Kota Madiun"]),
            (
                "Penilaian: zona hijau dengan nilai 10 hingga 20 ada 2 daerah. Kedua daerah itu ialah Kota Medan dan Asahan.",
                "zona hijau",
                None,
                &["Kota Medan", "Asahan"],
            ),
            (
                "Kedua Pemko yang dapat opini WTP adalah Kota Binjai dan Kota Medan. Adapun 3 pemerintah kabupaten (Pemkab) masing-masing, Kabupaten Asahan, Dairi dan Samosir.",
                "opini WTP",
                None,
                &["Kota Binjai", "Kota Medan", "Kabupaten Asahan", "Dairi", "Samosir"],
            ),
            (
                "Setelah Banyumas, ada tiga kabupaten/kota di Jateng yang juga meraih predikat BB, yakni Kabupaten Cilacap, Kabupaten Wonogiri, dan Kota Pekalongan.",
                "predikat BB",
                None,
                &["Kabupaten Cilacap", "Kabupaten Wonogiri", "Kota Pekalongan"],
            ),
            ("Bahkan Provinsi Sulsel pun masih berada di zona kuning.", "zona kuning", None, &["Provinsi Sulsel"]),
            (
                "Kabupaten Rejang Lebong diurutan paling buncit. Hasil yang dirilis zona merah dengan nilai 45.41.",
                "zona merah",
                Some("Bengkulu"),
                &["Kabupaten Rejang Lebong"],
            ),
            (
                "Kepala Dinas Kominfo Kabupaten Kaur hadir. Hasil yang dirilis zona merah dengan nilai 45.41.",
                "zona merah",
                Some("Bengkulu"),
                &["Bengkulu"],
            ),
            (
                "LHP diserahkan Badan Pemeriksa Keuangan (BPK) Perwakilan Provinsi Jawa Timur kepada 3 (tiga) kabupaten, yaitu Kabupaten Banyuwangi, Kabupaten Bondowoso, dan Kabupaten Tuban. Atas tiga LHP yang diserahkan itu, BPK memberikan opini WTP.",
                "opini WTP",
                Some("Kabupaten Situbondo"),
                &["Kabupaten Banyuwangi", "Kabupaten Bondowoso", "Kabupaten Tuban"],
            ),
            (
                "Adapun Pemerintah Kabupaten Buleleng (Indeks SPBE 3,45), Pemerintah Kabupaten Jembrana dan Gianyar (Indeks SPBE 3,14), dan Pemerintah Kabupaten Klungkung (Indeks SPBE 3,02) meraih predikat Baik.",
                "predikat Baik",
                None,
                &[
                    "Pemerintah Kabupaten Buleleng",
                    "Pemerintah Kabupaten Jembrana",
                    "Gianyar",
                    "Pemerintah Kabupaten Klungkung",
                ],
            ),
            (
                "Sementara lima pemda lainnya masuk pada kategori B dengan perolehan nilai Kabupaten Lingga 87,27, \
                 Kota Batam 83,06 dan Kabupaten Bintan 82,36.",
                "kategori B",
                None,
                &["Kabupaten Lingga", "Kota Batam", "Kabupaten Bintan"],
            ),
            (
                "Empat Kantor Pertanahan (Kantah) menduduki kategori A, yaitu Kantah Kabupaten Karimun dengan nilai \
                 95,65 dan Kantah Kota Batam 90,18.",
                "kategori A",
                None,
                &["Kantah Kabupaten Karimun", "Kantah Kota Batam"],
            ),
            (
                "Laporan itu diserahkan kepada Pemerintah Propinsi Sumatera Utara, yang meraih opini WTP.",
                "opini WTP",
                None,
                &["Pemerintah Propinsi Sumatera Utara"],
            ),
        ];
        for (text, fact, main, want) in cases {
            let at = text.find(fact).unwrap();
            let doc = Document::with_main(text, *main);
            let sentence = doc.sentence_at(at).unwrap();
            let got = subjects_for(
                &doc,
                sentence.clone(),
                0..sentence.start,
                at..at + fact.len(),
                None,
                None,
                FactKind::Grade,
            );
            let want: Vec<Option<String>> = want.iter().map(|w| Some(w.to_string())).collect();
            assert_eq!(got, want, "{text}");
        }
    }
}
