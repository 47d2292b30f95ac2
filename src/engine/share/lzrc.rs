//! The share-link compressor: LZ77 matches found through a hash chain, with every decision coded by an
//! adaptive binary range coder (the scheme of LZMA, cut down to what a quiz file needs).
//!
//! Why not DEFLATE: this packs quiz text a little smaller than `gzip -9` does, in a few hundred lines with no
//! dependency (a DEFLATE encoder needs Huffman-table construction on top of the same match finder).
//!
//! The stream has no end marker: the caller stores the unpacked length and passes it to [`unpack`], which
//! never writes past it, so a forged stream cannot make it allocate or loop beyond that length.
//!
//! Model, in coding order, for each step:
//! - `is_match[kinds]` (the kinds of the last two steps): a literal (0) or a match (1);
//! - a literal: its 8 bits, MSB first, in a bit tree chosen by the previous byte's top [`LITERAL_BITS`];
//! - a match: `is_rep[kinds]`: the last distance again (1) or a new one (0), then its length in a
//!   [`Lengths`] model; a new distance follows as a 6-bit slot (by length) and direct extra bits.

/// Shortest match coded; shorter repeats are cheaper as literals.
const MIN_MATCH: usize = 3;
/// Longest match coded: what the three length ranges hold.
const MAX_MATCH: usize = MIN_MATCH + LOW + MID + HIGH - 1;
const LOW: usize = 8;
const MID: usize = 8;
const HIGH: usize = 256;
/// Hash-chain search depth and the length that ends a search early: the encoder's speed against its ratio.
const MAX_CHAIN: usize = 64;
const NICE_MATCH: usize = 96;
const HASH_BITS: u32 = 16;

/// How many of the previous byte's top bits choose a literal's bit tree (3, as LZMA does by default: for
/// text, whether it was a letter, a digit, a space or punctuation; measured best of 3 to 8 on the shipped
/// quizzes).
const LITERAL_BITS: u32 = 3;

/// 11-bit probabilities of a 0 bit, adapting by 1/16 of the distance to the bit seen (faster than LZMA's
/// 1/32: quizzes are short, and measured smaller on the shipped ones).
const PROB_BITS: u32 = 11;
const PROB_INIT: u16 = 1 << (PROB_BITS - 1);
const ADAPT: u32 = 4;
/// The range is renormalised (a byte shifted out) whenever it falls below this.
const TOP: u32 = 1 << 24;

/// Why a stream could not be unpacked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unpack {
    /// The stream ends before the text does.
    Truncated,
    /// The stream decodes to something impossible (a distance before the start, too much text, bytes left).
    Corrupt,
}

/// Compress `data`.
pub fn pack(data: &[u8]) -> Vec<u8> {
    let mut enc = Encoder::new();
    let mut model = Model::new();
    let mut finder = Finder::new(data.len());
    let mut rep = 0usize;
    let mut pos = 0;
    while pos < data.len() {
        let found = finder.longest(data, pos);
        let rep_len = if rep > 0 && rep <= pos { common(data, pos - rep, pos) } else { 0 };
        // The last distance again is cheap; a new match needs a length worth its distance; and one step of
        // lookahead leaves a literal when the next position starts a clearly longer match.
        let step = if rep_len >= MIN_MATCH && rep_len + 1 >= found.0 {
            Step::Rep(rep_len)
        } else if found.0 >= MIN_MATCH
            && !(found.0 == MIN_MATCH && found.1 > 1 << 12)
            && !(found.0 < NICE_MATCH && finder.peek(data, pos + 1) > found.0 + 1)
        {
            Step::Match(found.0, found.1)
        } else {
            Step::Literal
        };
        let len = match step {
            Step::Literal => {
                let prev = if pos > 0 { data[pos - 1] } else { 0 };
                model.literal(&mut enc, prev, data[pos]);
                1
            }
            Step::Rep(len) => {
                model.rep(&mut enc, len);
                len
            }
            Step::Match(len, dist) => {
                model.matched(&mut enc, len, dist);
                rep = dist;
                len
            }
        };
        for p in pos + 1..pos + len {
            finder.insert(data, p);
        }
        pos += len;
    }
    enc.finish()
}

/// Unpack exactly `len` bytes from `stream`.
pub fn unpack(stream: &[u8], len: usize) -> Result<Vec<u8>, Unpack> {
    let mut dec = Decoder::new(stream).ok_or(Unpack::Truncated)?;
    let mut model = Model::new();
    let mut out: Vec<u8> = Vec::with_capacity(len);
    let mut rep = 0usize;
    while out.len() < len {
        let kinds = model.kinds;
        if dec.bit(&mut model.is_match[kinds]) == 0 {
            let prev = out.last().copied().unwrap_or(0);
            out.push(dec.tree(model.literals(prev), 8) as u8);
            model.kinds = (kinds << 1) & 3;
        } else {
            let (n, dist) = if dec.bit(&mut model.is_rep[kinds]) == 1 {
                (model.rep_lengths.decode(&mut dec), rep)
            } else {
                let n = model.lengths.decode(&mut dec);
                (n, model.decode_distance(&mut dec, n))
            };
            model.kinds = ((kinds << 1) & 3) | 1;
            if dist == 0 || dist > out.len() || n > len - out.len() {
                return Err(Unpack::Corrupt);
            }
            rep = dist;
            let from = out.len() - dist;
            for i in from..from + n {
                out.push(out[i]);
            }
        }
        if dec.overrun {
            return Err(Unpack::Truncated);
        }
    }
    if dec.at != stream.len() {
        return Err(Unpack::Corrupt);
    }
    Ok(out)
}

enum Step {
    Literal,
    Rep(usize),
    Match(usize, usize),
}

/// How many bytes from `a` and `b` (`a < b`) agree, up to [`MAX_MATCH`] and the end of `data`.
fn common(data: &[u8], a: usize, b: usize) -> usize {
    let limit = MAX_MATCH.min(data.len() - b);
    (0..limit).find(|&i| data[a + i] != data[b + i]).unwrap_or(limit)
}

/// The adaptive probabilities. Encoder and decoder share it, so they stay in step by construction.
struct Model {
    /// The kinds of the last two steps, as two bits (1 = match).
    kinds: usize,
    is_match: [u16; 4],
    is_rep: [u16; 4],
    /// A bit tree of 256 probabilities per value of the previous byte's top [`LITERAL_BITS`].
    literal: Vec<u16>,
    lengths: Lengths,
    rep_lengths: Lengths,
    /// Distance slots by length (3, 4, 5, longer).
    slots: [[u16; 64]; 4],
}

impl Model {
    fn new() -> Self {
        Model {
            kinds: 0,
            is_match: [PROB_INIT; 4],
            is_rep: [PROB_INIT; 4],
            literal: vec![PROB_INIT; 256 << LITERAL_BITS],
            lengths: Lengths::new(),
            rep_lengths: Lengths::new(),
            slots: [[PROB_INIT; 64]; 4],
        }
    }

    fn literals(&mut self, prev: u8) -> &mut [u16] {
        let at = usize::from(prev >> (8 - LITERAL_BITS)) * 256;
        &mut self.literal[at..at + 256]
    }

    fn literal(&mut self, enc: &mut Encoder, prev: u8, byte: u8) {
        enc.bit(&mut self.is_match[self.kinds], 0);
        enc.tree(self.literals(prev), 8, u32::from(byte));
        self.kinds = (self.kinds << 1) & 3;
    }

    fn rep(&mut self, enc: &mut Encoder, len: usize) {
        enc.bit(&mut self.is_match[self.kinds], 1);
        enc.bit(&mut self.is_rep[self.kinds], 1);
        self.rep_lengths.encode(enc, len);
        self.kinds = ((self.kinds << 1) & 3) | 1;
    }

    fn matched(&mut self, enc: &mut Encoder, len: usize, dist: usize) {
        enc.bit(&mut self.is_match[self.kinds], 1);
        enc.bit(&mut self.is_rep[self.kinds], 0);
        self.kinds = ((self.kinds << 1) & 3) | 1;
        self.lengths.encode(enc, len);
        // Distance d = dist - 1: below 4 the slot is d; above, the slot holds d's top two bits and its bit
        // length, and the bits below them follow as they are.
        let d = (dist - 1) as u32;
        let slot = if d < 4 {
            d
        } else {
            let n = 31 - d.leading_zeros();
            2 * n + ((d >> (n - 1)) & 1)
        };
        enc.tree(&mut self.slots[slot_context(len)], 6, slot);
        if slot >= 4 {
            let extra = (slot >> 1) - 1;
            let base = (2 | (slot & 1)) << extra;
            enc.direct(d - base, extra);
        }
    }

    fn decode_distance(&mut self, dec: &mut Decoder, len: usize) -> usize {
        let slot = dec.tree(&mut self.slots[slot_context(len)], 6);
        let d = if slot < 4 {
            u64::from(slot)
        } else {
            let extra = (slot >> 1) - 1;
            (u64::from(2 | (slot & 1)) << extra) + u64::from(dec.direct(extra))
        };
        usize::try_from(d + 1).unwrap_or(usize::MAX)
    }
}

fn slot_context(len: usize) -> usize {
    (len - MIN_MATCH).min(3)
}

/// A match length, in three ranges: 8 short ones, 8 medium ones, 256 long ones.
struct Lengths {
    choice: [u16; 2],
    low: [u16; LOW],
    mid: [u16; MID],
    high: [u16; HIGH],
}

impl Lengths {
    fn new() -> Self {
        Lengths {
            choice: [PROB_INIT; 2],
            low: [PROB_INIT; LOW],
            mid: [PROB_INIT; MID],
            high: [PROB_INIT; HIGH],
        }
    }

    fn encode(&mut self, enc: &mut Encoder, len: usize) {
        let l = (len - MIN_MATCH) as u32;
        if l < LOW as u32 {
            enc.bit(&mut self.choice[0], 0);
            enc.tree(&mut self.low, 3, l);
        } else if l < (LOW + MID) as u32 {
            enc.bit(&mut self.choice[0], 1);
            enc.bit(&mut self.choice[1], 0);
            enc.tree(&mut self.mid, 3, l - LOW as u32);
        } else {
            enc.bit(&mut self.choice[0], 1);
            enc.bit(&mut self.choice[1], 1);
            enc.tree(&mut self.high, 8, l - (LOW + MID) as u32);
        }
    }

    fn decode(&mut self, dec: &mut Decoder) -> usize {
        let l = if dec.bit(&mut self.choice[0]) == 0 {
            dec.tree(&mut self.low, 3) as usize
        } else if dec.bit(&mut self.choice[1]) == 0 {
            LOW + dec.tree(&mut self.mid, 3) as usize
        } else {
            LOW + MID + dec.tree(&mut self.high, 8) as usize
        };
        l + MIN_MATCH
    }
}

/// Finds earlier occurrences through chains of positions with the same 3-byte hash.
struct Finder {
    head: Vec<u32>,
    prev: Vec<u32>,
    /// Positions below this are in the chains.
    inserted: usize,
}

const NONE: u32 = u32::MAX;

impl Finder {
    fn new(len: usize) -> Self {
        Finder { head: vec![NONE; 1 << HASH_BITS], prev: vec![NONE; len], inserted: 0 }
    }

    fn hash(data: &[u8], pos: usize) -> usize {
        let v = u32::from(data[pos]) << 16 | u32::from(data[pos + 1]) << 8 | u32::from(data[pos + 2]);
        (v.wrapping_mul(2_654_435_761) >> (32 - HASH_BITS)) as usize
    }

    /// Add `pos` to its chain (once; positions are added in order).
    fn insert(&mut self, data: &[u8], pos: usize) {
        if pos < self.inserted || pos + MIN_MATCH > data.len() {
            return;
        }
        let h = Self::hash(data, pos);
        self.prev[pos] = self.head[h];
        self.head[h] = pos as u32;
        self.inserted = pos + 1;
    }

    /// The longest earlier match at `pos` as `(length, distance)` (length 0 if none), adding `pos`.
    fn longest(&mut self, data: &[u8], pos: usize) -> (usize, usize) {
        let found = self.search(data, pos);
        self.insert(data, pos);
        found
    }

    /// The length of the longest match at `pos`, without adding it.
    fn peek(&self, data: &[u8], pos: usize) -> usize {
        self.search(data, pos).0
    }

    fn search(&self, data: &[u8], pos: usize) -> (usize, usize) {
        let mut best = (0, 0);
        if pos + MIN_MATCH > data.len() {
            return best;
        }
        let limit = MAX_MATCH.min(data.len() - pos);
        let mut candidate = self.head[Self::hash(data, pos)];
        for _ in 0..MAX_CHAIN {
            if candidate == NONE || candidate as usize >= pos || best.0 >= limit {
                break;
            }
            let at = candidate as usize;
            // Only a candidate that also agrees one byte past the best so far can beat it.
            if data[at + best.0] == data[pos + best.0] {
                let len = common(data, at, pos);
                if len > best.0 {
                    best = (len, pos - at);
                    if len >= NICE_MATCH {
                        break;
                    }
                }
            }
            candidate = self.prev[at];
        }
        best
    }
}

/// The range encoder (LZMA's, carry handled through a cached byte).
struct Encoder {
    low: u64,
    range: u32,
    cache: u8,
    pending: u64,
    out: Vec<u8>,
    /// The first byte out is always 0: it is left out of the stream.
    started: bool,
}

impl Encoder {
    fn new() -> Self {
        Encoder { low: 0, range: u32::MAX, cache: 0, pending: 1, out: Vec::new(), started: false }
    }

    fn bit(&mut self, prob: &mut u16, bit: u32) {
        let bound = (self.range >> PROB_BITS) * u32::from(*prob);
        if bit == 0 {
            self.range = bound;
            *prob += ((1 << PROB_BITS) - *prob) >> ADAPT;
        } else {
            self.low += u64::from(bound);
            self.range -= bound;
            *prob -= *prob >> ADAPT;
        }
        self.normalize();
    }

    /// `bits` bits of `value`, MSB first, each with the probability of its place in a bit tree.
    fn tree(&mut self, probs: &mut [u16], bits: u32, value: u32) {
        let mut m = 1;
        for i in (0..bits).rev() {
            let b = (value >> i) & 1;
            self.bit(&mut probs[m], b);
            m = (m << 1) | b as usize;
        }
    }

    /// `bits` bits of `value`, MSB first, each as likely 0 as 1.
    fn direct(&mut self, value: u32, bits: u32) {
        for i in (0..bits).rev() {
            self.range >>= 1;
            if (value >> i) & 1 == 1 {
                self.low += u64::from(self.range);
            }
            self.normalize();
        }
    }

    fn normalize(&mut self) {
        while self.range < TOP {
            self.range <<= 8;
            self.shift_low();
        }
    }

    fn shift_low(&mut self) {
        if self.low < 0xFF00_0000 || self.low >= 1 << 32 {
            let carry = (self.low >> 32) as u8;
            let mut byte = self.cache;
            while self.pending > 0 {
                self.emit(byte.wrapping_add(carry));
                byte = 0xFF;
                self.pending -= 1;
            }
            self.cache = (self.low >> 24) as u8;
        }
        self.pending += 1;
        self.low = (self.low & 0x00FF_FFFF) << 8;
    }

    fn emit(&mut self, byte: u8) {
        if self.started {
            self.out.push(byte);
        } else {
            debug_assert_eq!(byte, 0, "the range coder's first byte is always 0");
            self.started = true;
        }
    }

    fn finish(mut self) -> Vec<u8> {
        for _ in 0..5 {
            self.shift_low();
        }
        self.out
    }
}

/// The range decoder. Reading past the end yields zeros and sets `overrun`: the caller stops at once.
struct Decoder<'a> {
    stream: &'a [u8],
    at: usize,
    range: u32,
    code: u32,
    overrun: bool,
}

impl<'a> Decoder<'a> {
    fn new(stream: &'a [u8]) -> Option<Self> {
        let head = stream.first_chunk::<4>()?;
        Some(Decoder { stream, at: 4, range: u32::MAX, code: u32::from_be_bytes(*head), overrun: false })
    }

    fn next(&mut self) -> u8 {
        let byte = self.stream.get(self.at).copied();
        self.at += 1;
        self.overrun |= byte.is_none();
        byte.unwrap_or(0)
    }

    fn bit(&mut self, prob: &mut u16) -> u32 {
        let bound = (self.range >> PROB_BITS) * u32::from(*prob);
        let bit = if self.code < bound {
            self.range = bound;
            *prob += ((1 << PROB_BITS) - *prob) >> ADAPT;
            0
        } else {
            self.code -= bound;
            self.range -= bound;
            *prob -= *prob >> ADAPT;
            1
        };
        self.normalize();
        bit
    }

    fn tree(&mut self, probs: &mut [u16], bits: u32) -> u32 {
        let mut m = 1usize;
        for _ in 0..bits {
            m = (m << 1) | self.bit(&mut probs[m]) as usize;
        }
        (m - (1 << bits)) as u32
    }

    fn direct(&mut self, bits: u32) -> u32 {
        let mut value = 0;
        for _ in 0..bits {
            self.range >>= 1;
            let bit = u32::from(self.code >= self.range);
            self.code -= self.range * bit;
            value = (value << 1) | bit;
            self.normalize();
        }
        value
    }

    fn normalize(&mut self) {
        while self.range < TOP {
            self.range <<= 8;
            self.code = (self.code << 8) | u32::from(self.next());
        }
    }
}
