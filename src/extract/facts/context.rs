//! The fields that make a result comparable across articles (`FACTS.md`,
//! "Fields that make the facts a dataset"): which assessment it belongs to,
//! the year it is for and its subject's region. Read from the document
//! after subjects are bound; decrees and dates get none.

use super::Found;
use super::assessment;
use super::document::Document;
use crate::model::{Context, FactDetail, FactKind};

/// The context of one bound fact.
pub fn context_of(doc: &Document<'_>, fact: &Found) -> Context {
    if matches!(fact.detail.kind(), FactKind::Decree | FactKind::Date) {
        return Context::default();
    }
    let named = doc.assessment_for(fact.span.clone());
    let (assessment, assessment_text) = match (named, &fact.detail) {
        (Some(named), _) => (Some(named.id.to_string()), Some(doc.text[named.span.clone()].to_string())),
        (None, FactDetail::Grade { value, .. }) => {
            (assessment::implied_by_grade(value).map(str::to_string), Some(doc.text[fact.span.clone()].to_string()))
        }
        _ => (None, None),
    };
    let assessment_text = assessment.as_ref().and(assessment_text);
    Context { assessment, assessment_text, ..Context::default() }
}
