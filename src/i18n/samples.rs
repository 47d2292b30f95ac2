//! Every entry of a table as text, for the tests that keep the tables honest: no empty string, each
//! argument shown, and a Spanish table that is not an English copy. Functions and templates are called with
//! sample arguments. (Nothing here runs in the app; the release build drops it.)

use super::{Count, Counts, Lines, Template};

/// One entry (or one rendering of a function entry): where it is in the table, its text, and the arguments
/// the text must show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sample {
    /// `start.review(2)`, `presenter.keys[3].1`, …
    pub path: String,
    pub text: String,
    pub shows: Vec<String>,
}

/// Something a table holds: a string, a function, a template, a section, or an array or pair of them.
pub trait Entry {
    /// Add this entry's samples, named from `path`.
    fn walk(&self, path: &str, out: &mut Vec<Sample>);
}

fn push(out: &mut Vec<Sample>, path: String, text: String, shows: &[&str]) {
    out.push(Sample { path, text, shows: shows.iter().map(|s| s.to_string()).collect() });
}

/// The numbers a plural is tried with: none, one, two and a few (Spanish and English differ only in one/other,
/// but a table may add a language that does not).
const NUMBERS: [usize; 4] = [0, 1, 2, 5];

impl Entry for &'static str {
    fn walk(&self, path: &str, out: &mut Vec<Sample>) {
        push(out, path.to_string(), self.to_string(), &[]);
    }
}

impl Entry for Count {
    fn walk(&self, path: &str, out: &mut Vec<Sample>) {
        for n in NUMBERS {
            push(out, format!("{path}({n})"), self(n), &[]);
        }
    }
}

impl Entry for Counts {
    fn walk(&self, path: &str, out: &mut Vec<Sample>) {
        for n in NUMBERS {
            push(out, format!("{path}({n}, 5)"), self(n, 5), &[]);
        }
    }
}

impl Entry for Lines {
    fn walk(&self, path: &str, out: &mut Vec<Sample>) {
        for lines in [&[7][..], &[3, 12], &[3, 12, 40]] {
            let shows: Vec<String> = lines.iter().map(u32::to_string).collect();
            let shows: Vec<&str> = shows.iter().map(String::as_str).collect();
            push(out, format!("{path}{lines:?}"), self(lines), &shows);
        }
    }
}

impl<const N: usize> Entry for Template<N> {
    fn walk(&self, path: &str, out: &mut Vec<Sample>) {
        let args: [&str; N] =
            std::array::from_fn(|i| ["‹a›", "‹b›", "‹c›", "‹d›"].get(i).copied().unwrap_or("‹…›"));
        push(out, path.to_string(), self.fill(args), &args);
    }
}

impl<T: Entry, const N: usize> Entry for [T; N] {
    fn walk(&self, path: &str, out: &mut Vec<Sample>) {
        for (i, entry) in self.iter().enumerate() {
            entry.walk(&format!("{path}[{i}]"), out);
        }
    }
}

impl<A: Entry, B: Entry> Entry for (A, B) {
    fn walk(&self, path: &str, out: &mut Vec<Sample>) {
        self.0.walk(&format!("{path}.0"), out);
        self.1.walk(&format!("{path}.1"), out);
    }
}
