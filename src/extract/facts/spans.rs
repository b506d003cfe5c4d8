//! Byte ranges of facts already read, sorted by start, with the furthest
//! end reached at each: whether a range is covered by one, overlaps one or
//! holds one is a binary search, so a long body with many facts stays
//! linear (each number, date or score is tested against them).

use std::ops::Range;

/// Sorted byte ranges and, at each, the furthest end of it and those before.
#[derive(Debug, Default)]
pub struct Spans {
    spans: Vec<Range<usize>>,
    furthest_ends: Vec<usize>,
}

impl Spans {
    /// The ranges given, in any order.
    pub fn new(spans: impl IntoIterator<Item = Range<usize>>) -> Self {
        let mut spans: Vec<Range<usize>> = spans.into_iter().collect();
        spans.sort_by_key(|span| span.start);
        let mut all = Spans { spans, furthest_ends: Vec::new() };
        all.extend_ends(0);
        all
    }

    /// Adds a range, keeping the order.
    pub fn add(&mut self, span: Range<usize>) {
        let at = self.spans.partition_point(|s| s.start <= span.start);
        self.spans.insert(at, span);
        self.furthest_ends.truncate(at);
        self.extend_ends(at);
    }

    /// Whether a range holds all of `span`.
    pub fn cover(&self, span: &Range<usize>) -> bool {
        self.furthest_end(span.start).is_some_and(|end| span.end <= end)
    }

    /// Whether a range shares a byte with `span`.
    pub fn overlap(&self, span: &Range<usize>) -> bool {
        span.end > 0 && self.furthest_end(span.end - 1).is_some_and(|end| span.start < end)
    }

    /// Whether a range lies wholly inside `range`.
    pub fn any_within(&self, range: Range<usize>) -> bool {
        let from = self.spans.partition_point(|s| s.start < range.start);
        self.spans[from..].iter().take_while(|s| s.start < range.end).any(|s| s.end <= range.end)
    }

    /// The furthest end of the ranges starting at or before `at`.
    fn furthest_end(&self, at: usize) -> Option<usize> {
        self.spans.partition_point(|s| s.start <= at).checked_sub(1).map(|i| self.furthest_ends[i])
    }

    /// Fills the furthest ends from index `from` on.
    fn extend_ends(&mut self, from: usize) {
        let mut furthest = from.checked_sub(1).map_or(0, |i| self.furthest_ends[i]);
        for span in &self.spans[from..] {
            furthest = furthest.max(span.end);
            self.furthest_ends.push(furthest);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn covers_overlaps_and_holdings_are_found_in_any_order_of_adding() {
        let mut spans = Spans::new([30..40, 0..100, 200..210]);
        spans.add(150..160);
        assert!(spans.cover(&(50..60)));
        assert!(spans.cover(&(152..158)));
        assert!(!spans.cover(&(95..105)));
        assert!(spans.overlap(&(95..105)));
        assert!(spans.overlap(&(205..300)));
        assert!(!spans.overlap(&(100..150)));
        assert!(!spans.overlap(&(160..200)));
        assert!(spans.any_within(140..170));
        assert!(!spans.any_within(140..155));
        assert!(!Spans::default().cover(&(0..1)));
    }
}
