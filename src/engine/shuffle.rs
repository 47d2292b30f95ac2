//! A small seeded random number generator (SplitMix64) and a Fisher–Yates shuffle.
//!
//! Why not `rand`: the app needs only "shuffle these few items reproducibly from a seed", and every byte of
//! dependency is downloaded by every learner. Determinism matters more than quality here: the same seed must
//! give the same order on every machine, so that a saved order, a test or a shared link reproduces exactly.

/// SplitMix64: tiny, fast, and good enough for ordering quiz items. Not for anything secret.
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Self(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n > 0`), without modulo bias worth caring about for lists this small.
    pub fn below(&mut self, n: usize) -> usize {
        debug_assert!(n > 0);
        // Multiply-shift maps 64 random bits onto 0..n.
        ((u128::from(self.next_u64()) * n as u128) >> 64) as usize
    }

    /// Shuffle in place (Fisher–Yates).
    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = self.below(i + 1);
            items.swap(i, j);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_seed_gives_the_same_order() {
        let mut a: Vec<u32> = (0..20).collect();
        let mut b = a.clone();
        Rng::new(42).shuffle(&mut a);
        Rng::new(42).shuffle(&mut b);
        assert_eq!(a, b);
        assert_ne!(a, (0..20).collect::<Vec<_>>(), "a 20-item shuffle left everything in place");
    }

    #[test]
    fn different_seeds_give_different_orders() {
        let order = |seed| {
            let mut v: Vec<u32> = (0..20).collect();
            Rng::new(seed).shuffle(&mut v);
            v
        };
        assert_ne!(order(1), order(2));
    }

    #[test]
    fn a_shuffle_is_a_permutation_and_below_stays_in_range() {
        let mut rng = Rng::new(7);
        let mut v: Vec<u32> = (0..50).collect();
        rng.shuffle(&mut v);
        let mut sorted = v.clone();
        sorted.sort();
        assert_eq!(sorted, (0..50).collect::<Vec<_>>());
        for n in 1..30 {
            assert!(rng.below(n) < n);
        }
    }

    #[test]
    fn every_position_is_reachable() {
        // Over many seeds, the first item lands in each of 4 slots at least once.
        let mut seen = [false; 4];
        for seed in 0..64 {
            let mut v = [0, 1, 2, 3];
            Rng::new(seed).shuffle(&mut v);
            let pos = v.iter().position(|&x| x == 0).unwrap_or(0);
            seen[pos] = true;
        }
        assert_eq!(seen, [true; 4]);
    }
}
