//! Sentences with something put into them: `Template("Scenario {0} of {1}")`. The number of places is part
//! of the type (`Template<2>`), so a caller cannot pass too few or too many, and each language may put the
//! places in its own order. Numbers whose words change with them (plurals) are [`super::Count`] functions
//! instead; a template takes them only where no word agrees with the number.

/// A sentence with `N` places, written `{0}` … `{N-1}`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Template<const N: usize>(pub &'static str);

/// A piece of a template: its own words, or the place of the argument with this index.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Piece {
    Words(&'static str),
    Slot(usize),
}

impl<const N: usize> Template<N> {
    /// The template's words and places, in order. A brace that is not a place (`{9}` in a `Template<2>`,
    /// `{x}`) is kept as words.
    pub fn pieces(self) -> Vec<Piece> {
        let text = self.0;
        let mut pieces = Vec::new();
        let (mut start, mut i) = (0, 0);
        let bytes = text.as_bytes();
        while i < bytes.len() {
            let slot = (bytes[i] == b'{' && bytes.get(i + 2) == Some(&b'}'))
                .then(|| bytes.get(i + 1).filter(|d| d.is_ascii_digit()).map(|d| usize::from(d - b'0')))
                .flatten()
                .filter(|&n| n < N);
            match slot {
                Some(n) => {
                    if start < i {
                        pieces.push(Piece::Words(&text[start..i]));
                    }
                    pieces.push(Piece::Slot(n));
                    i += 3;
                    start = i;
                }
                None => i += 1,
            }
        }
        if start < text.len() {
            pieces.push(Piece::Words(&text[start..]));
        }
        pieces
    }

    /// The sentence with `args` in their places.
    pub fn fill(self, args: [&str; N]) -> String {
        self.pieces()
            .into_iter()
            .map(|p| match p {
                Piece::Words(w) => w,
                Piece::Slot(n) => args[n],
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_are_filled_in_the_order_the_language_puts_them() {
        assert_eq!(Template::<2>("Scenario {0} of {1}").fill(["3", "10"]), "Scenario 3 of 10");
        assert_eq!(Template::<2>("{1}: {0}").fill(["a", "b"]), "b: a");
        assert_eq!(Template::<1>("{0}").fill(["x"]), "x");
        assert_eq!(Template::<0>("Start").fill([]), "Start");
    }

    #[test]
    fn braces_that_are_not_places_stay_words() {
        assert_eq!(Template::<1>("{0} {1} {x} {").fill(["a"]), "a {1} {x} {");
        assert_eq!(
            Template::<1>("Copy: {0}.").pieces(),
            [Piece::Words("Copy: "), Piece::Slot(0), Piece::Words(".")]
        );
    }
}
