//! The decoder of version-1 share links: context mixing (the scheme of `lpaq`, cut down). Each bit of the
//! text is predicted by several models, each looking at a different context (the bytes before it, 1 to 6 of
//! them; the word it is in; the longest earlier match), their predictions are mixed by a small neural network
//! that learns which to trust, and a binary range decoder takes from the stream what the mixed prediction
//! says the bit cost. Everything is integer arithmetic, so unpacking makes exactly the predictions packing
//! made, on every machine.
//!
//! RoleCall no longer makes these links (version 2 is the browser's own deflate, see the parent module), but
//! links made before are out there, so the decoder stays, unchanged. The encoder stays only for the host
//! tests (`legacy_tests.rs`): they pack any text and check it comes back, which is what keeps the decoder
//! honest for every link the old encoder could have made. Unpacking runs at about 1 MB/s in the
//! size-optimised build and takes up to ~10 MB of tables, sized to the text.
//!
//! The stream has no end marker: the caller stores the unpacked length and passes it to [`unpack`], which
//! never writes past it.

/// Compress `data`.
#[cfg(all(test, not(target_arch = "wasm32")))]
pub fn pack(data: &[u8]) -> Vec<u8> {
    let mut model = Model::new(data.len());
    let mut enc = Encoder::new();
    for &byte in data {
        for i in (0..8).rev() {
            let bit = u32::from(byte >> i) & 1;
            enc.encode(bit, model.p());
            model.update(bit);
        }
    }
    enc.finish()
}

/// Unpack exactly `len` bytes from `stream`; `None` if the stream ends before them or goes on after them.
pub fn unpack(stream: &[u8], len: usize) -> Option<Vec<u8>> {
    let mut dec = Decoder::new(stream)?;
    let mut model = Model::new(len);
    let mut out = Vec::with_capacity(len);
    while out.len() < len {
        let mut byte = 0u32;
        for _ in 0..8 {
            let bit = dec.decode(model.p());
            model.update(bit);
            byte = (byte << 1) | bit;
        }
        // Past the end the decoder reads zeros: stop as soon as that happens.
        if dec.overrun {
            return None;
        }
        out.push(byte as u8);
    }
    (dec.at == stream.len()).then_some(out)
}

/// The hashed context models: orders 2, 3, 4 and 6, and the word.
const HASHED: usize = 5;
/// Every input of the mixer: order 0, order 1, the hashed ones, the match model, and a bias.
const INPUTS: usize = 2 + HASHED + 2;
/// How far an adaptive probability's learning rate falls: from 1/1.5 to 1/(LIMIT + 1.5).
const LIMIT: u32 = 255;
/// The shortest earlier occurrence the match model follows.
const MIN_MATCH: usize = 6;

/// The predictor: context models, a match model, a mixer and a final refinement (APM).
struct Model {
    /// The bits of the current byte seen so far, after a leading 1.
    c0: u32,
    /// The last four bytes, most recent lowest.
    c4: u32,
    /// Bytes 5 to 8 back.
    c8: u32,
    /// A hash of the current word (letters only), 0 between words.
    word: u32,
    bit_count: u32,
    /// Order 0 (by `c0`) and order 1 (by the last byte and `c0`).
    order0: Vec<u32>,
    order1: Vec<u32>,
    /// The hashed models share one table; each has its context's hash and, for this bit, its slot.
    hashed: Vec<u32>,
    mask: u32,
    contexts: [u32; HASHED],
    /// For each hashed model, the line of 16 slots for the current nibble.
    lines: [usize; HASHED],
    slots: [usize; HASHED + 2],
    matcher: Matcher,
    inputs: [i32; INPUTS],
    /// Mixer weights, one set per `c0` (16.16 fixed point).
    weights: Vec<i32>,
    mixed: u32,
    apm: Apm,
    /// The final prediction that the next bit is 1, 12 bits.
    pr: u32,
    squash: Squash,
}

impl Model {
    fn new(len: usize) -> Self {
        // Slots for each hashed model: twice as many as the text has bytes, from 4,096 to 262,144 (1 MiB
        // per model; more stopped paying on the shipped quizzes).
        let bits = (usize::BITS - (len.max(1) * 2).leading_zeros()).clamp(12, 18);
        let table = 1usize << bits;
        let mut model = Model {
            c0: 1,
            c4: 0,
            c8: 0,
            word: 0,
            bit_count: 0,
            order0: vec![1 << 31; 256],
            order1: vec![1 << 31; 1 << 16],
            hashed: vec![1 << 31; table * HASHED],
            mask: table as u32 - 1,
            contexts: [0; HASHED],
            lines: [0; HASHED],
            slots: [0; HASHED + 2],
            matcher: Matcher::new(len),
            inputs: [0; INPUTS],
            weights: vec![1 << 14; INPUTS * 256],
            mixed: 2048,
            apm: Apm::new(),
            pr: 2048,
            squash: Squash::new(),
        };
        model.predict();
        model
    }

    /// The probability that the next bit is 1, in 12 bits, never 0 or 4096.
    fn p(&self) -> u32 {
        self.pr.clamp(1, 4095)
    }

    fn update(&mut self, bit: u32) {
        // Learn: each model's slot, the mixer's weights, the APM.
        let slots = self.slots;
        for (i, &slot) in slots.iter().enumerate() {
            let table = match i {
                0 => &mut self.order0,
                1 => &mut self.order1,
                _ => &mut self.hashed,
            };
            learn(&mut table[slot], bit);
        }
        self.matcher.learn(bit);
        // The mixer's learning rate (error × 7 / 2^14) was the best of 2^10 to 2^16 on the shipped quizzes.
        let err = ((bit << 12) as i32 - self.mixed as i32) * 7;
        let set = self.c0 as usize * INPUTS;
        for (w, &x) in self.weights[set..set + INPUTS].iter_mut().zip(&self.inputs) {
            *w = (*w as i64 + ((x as i64 * err as i64) >> 14)).clamp(-(1 << 22), 1 << 22) as i32;
        }
        self.apm.learn(bit);

        // Move on: the bit joins the byte; a whole byte moves the contexts on.
        self.c0 = (self.c0 << 1) | bit;
        self.bit_count += 1;
        if self.bit_count == 8 {
            let byte = (self.c0 & 0xFF) as u8;
            self.c8 = (self.c8 << 8) | (self.c4 >> 24);
            self.c4 = (self.c4 << 8) | u32::from(byte);
            self.c0 = 1;
            self.bit_count = 0;
            self.word = if byte.is_ascii_alphabetic() || byte >= 0x80 {
                (self.word ^ u32::from(byte.to_ascii_lowercase())).wrapping_mul(0x2F0B_3C6D)
            } else {
                0
            };
            let c4 = self.c4;
            self.contexts = [
                hash(c4 & 0xFFFF, 2),
                hash(c4 & 0xFF_FFFF, 3),
                hash(c4, 4),
                hash(c4 ^ (self.c8 & 0xFFFF).wrapping_mul(0x9E37_79B1), 6),
                hash(self.word ^ if self.word == 0 { c4 & 0xFF } else { 0 }, 7),
            ];
            self.matcher.byte(byte);
        }
        self.predict();
    }

    fn predict(&mut self) {
        let c0 = self.c0;
        self.slots[0] = c0 as usize;
        self.slots[1] = ((self.c4 & 0xFF) << 8 | c0) as usize;
        // The hashed models find a line of 16 slots once per nibble, and the nibble's bits within it: two
        // cache misses a byte per model instead of eight.
        if self.bit_count == 0 || self.bit_count == 4 {
            for i in 0..HASHED {
                let at =
                    (self.contexts[i].wrapping_add(c0.wrapping_mul(0x6F4F_2A35))).wrapping_mul(0x9E37_79B1);
                self.lines[i] = i * (self.mask as usize + 1) + ((at >> 8) & self.mask & !15) as usize;
            }
        }
        let nibble = (c0 & ((1 << (self.bit_count & 3)) - 1)) | 1 << (self.bit_count & 3);
        for i in 0..HASHED {
            self.slots[i + 2] = self.lines[i] + nibble as usize;
        }
        let stretch = |slot: u32| self.squash.stretch(slot >> 20);
        self.inputs[0] = stretch(self.order0[self.slots[0]]);
        self.inputs[1] = stretch(self.order1[self.slots[1]]);
        for i in 0..HASHED {
            self.inputs[i + 2] = stretch(self.hashed[self.slots[i + 2]]);
        }
        self.inputs[INPUTS - 2] = self.matcher.input(c0, self.bit_count, &self.squash);
        self.inputs[INPUTS - 1] = 256;
        let set = c0 as usize * INPUTS;
        let dot: i64 = self.weights[set..set + INPUTS]
            .iter()
            .zip(&self.inputs)
            .map(|(&w, &x)| w as i64 * x as i64)
            .sum();
        self.mixed = self.squash.squash((dot >> 16) as i32);
        let refined = self.apm.refine(self.mixed, c0 | (self.c4 & 0xF0) << 4, &self.squash);
        self.pr = (self.mixed + 3 * refined) / 4;
    }
}

fn hash(context: u32, order: u32) -> u32 {
    (context.wrapping_add(order.wrapping_mul(0x3C6E_F372))).wrapping_mul(0x2545_F491).rotate_left(13)
}

/// One adaptive probability: the top 22 bits are the probability of a 1, the low 10 how often it was
/// seen (up to [`LIMIT`]); it moves towards each bit by 1/(count + 1.5), fast at first, then steadier.
fn learn(slot: &mut u32, bit: u32) {
    let n = *slot & 1023;
    let p = i64::from(*slot >> 10);
    let target = i64::from(bit) << 22;
    let p = (p + (((target - p) * RATE[n as usize]) >> 16)).clamp(0, (1 << 22) - 1) as u32;
    *slot = (p << 10) | (n + 1).min(LIMIT);
}

/// `RATE[n]` = 2^16 / (n + 1.5).
const RATE: [i64; LIMIT as usize + 1] = {
    let mut rate = [0; LIMIT as usize + 1];
    let mut n = 0;
    while n <= LIMIT as usize {
        rate[n] = (2 << 16) / (2 * n as i64 + 3);
        n += 1;
    }
    rate
};

/// Follows the longest earlier occurrence of the last [`MIN_MATCH`] bytes and predicts the byte that came
/// after it, bit by bit, as strongly as the match is long (the strength per length is learned).
struct Matcher {
    history: Vec<u8>,
    /// Where each hash of [`MIN_MATCH`] bytes was last seen (just past it).
    last: Vec<u32>,
    hash: u32,
    /// Where the byte predicted next is in `history`, and how many bytes have matched so far (0: none).
    at: usize,
    len: usize,
    /// Adaptive probabilities by (length bucket, predicted bit).
    strength: [u32; 64],
    slot: usize,
}

impl Matcher {
    fn new(len: usize) -> Self {
        let bits = (usize::BITS - len.max(1).leading_zeros()).clamp(10, 20);
        Matcher {
            history: Vec::with_capacity(len),
            last: vec![0; 1 << bits],
            hash: 0,
            at: 0,
            len: 0,
            strength: [1 << 31; 64],
            slot: 0,
        }
    }

    fn byte(&mut self, byte: u8) {
        self.history.push(byte);
        let mask = self.last.len() as u32 - 1;
        // 18 bits, 3 more per byte: the hash forgets a byte after six, so it hashes the last six.
        self.hash = (self.hash.wrapping_mul(8 * 997).wrapping_add(u32::from(byte) + 1)) & 0x3_FFFF;
        if self.len > 0 && self.history[self.at] == byte {
            self.len += 1;
            self.at += 1;
        } else {
            self.len = 0;
        }
        let n = self.history.len();
        if n >= MIN_MATCH {
            let key = (self.hash.wrapping_mul(0x9E37_79B1) >> 8 & mask) as usize;
            if self.len == 0 {
                let at = self.last[key] as usize;
                if at > 0 {
                    let len = (1..=n.min(64))
                        .take_while(|&k| at >= k && self.history[at - k] == self.history[n - k])
                        .count();
                    if len >= MIN_MATCH {
                        (self.at, self.len) = (at, len);
                    }
                }
            }
            self.last[key] = n as u32;
        }
    }

    /// The mixer input for the next bit, given the bits of this byte so far.
    fn input(&mut self, c0: u32, bits: u32, squash: &Squash) -> i32 {
        self.slot = 0;
        if self.len == 0 || self.at >= self.history.len() {
            return 0;
        }
        let expected = u32::from(self.history[self.at]) | 0x100;
        if expected >> (8 - bits) != c0 {
            self.len = 0; // this byte already went another way
            return 0;
        }
        let bit = (expected >> (7 - bits)) & 1;
        self.slot = (self.len.min(31) << 1) | bit as usize;
        squash.stretch(self.strength[self.slot] >> 20)
    }

    fn learn(&mut self, bit: u32) {
        if self.slot > 0 {
            learn(&mut self.strength[self.slot], bit);
        }
    }
}

/// An adaptive probability map: refines a prediction by a small context, interpolating between 33 buckets
/// of the stretched prediction.
struct Apm {
    table: Vec<u16>,
    index: usize,
}

impl Apm {
    const CONTEXTS: usize = 1 << 12;

    fn new() -> Self {
        let squash = Squash::new();
        let row: Vec<u16> = (0..33).map(|j| (squash.squash((j - 16) * 128) * 16) as u16).collect();
        Apm { table: row.iter().copied().cycle().take(33 * Self::CONTEXTS).collect(), index: 0 }
    }

    fn refine(&mut self, pr: u32, context: u32, squash: &Squash) -> u32 {
        let s = squash.stretch(pr) + 2048;
        let (lo, w) = ((s >> 7) as usize, (s & 127) as u32);
        let at = (context as usize % Self::CONTEXTS) * 33 + lo;
        self.index = at + (w >> 6) as usize;
        (u32::from(self.table[at]) * (128 - w) + u32::from(self.table[at + 1]) * w) >> 11
    }

    fn learn(&mut self, bit: u32) {
        let g = (bit << 16) + (bit << 5) - bit - bit;
        let t = &mut self.table[self.index];
        *t = (i32::from(*t) + ((g as i32 - i32::from(*t)) >> 6)) as u16;
    }
}

/// The logistic function and its inverse, in integers: `squash` maps -2047..2047 (8 fractional bits) to a
/// 12-bit probability; `stretch` maps back.
struct Squash {
    stretch: Vec<i16>,
}

impl Squash {
    const KNOTS: [i32; 33] = [
        1, 2, 3, 6, 10, 16, 27, 45, 73, 120, 194, 310, 488, 747, 1101, 1546, 2047, 2549, 2994, 3348, 3607,
        3785, 3901, 3975, 4022, 4050, 4068, 4079, 4085, 4089, 4092, 4093, 4094,
    ];

    fn new() -> Self {
        let mut stretch = vec![0i16; 4096];
        let mut next = 0;
        for x in -2047..=2047 {
            let v = Self::curve(x) as usize;
            for s in stretch.iter_mut().take(v + 1).skip(next) {
                *s = x as i16;
            }
            next = next.max(v + 1);
        }
        for s in stretch.iter_mut().skip(next) {
            *s = 2047;
        }
        Squash { stretch }
    }

    fn curve(d: i32) -> u32 {
        if d > 2047 {
            return 4095;
        }
        if d < -2047 {
            return 0;
        }
        let w = d & 127;
        let i = ((d >> 7) + 16) as usize;
        ((Self::KNOTS[i] * (128 - w) + Self::KNOTS[i + 1] * w + 64) >> 7) as u32
    }

    fn squash(&self, d: i32) -> u32 {
        Self::curve(d)
    }

    fn stretch(&self, p: u32) -> i32 {
        i32::from(self.stretch[p.min(4095) as usize])
    }
}

/// The range encoder (LZMA's carry handling), for bits with a given 12-bit probability of a 1.
#[cfg(all(test, not(target_arch = "wasm32")))]
struct Encoder {
    low: u64,
    range: u32,
    cache: u8,
    pending: u64,
    out: Vec<u8>,
    /// The first byte out is always 0: it is left out of the stream.
    started: bool,
}

#[cfg(all(test, not(target_arch = "wasm32")))]
impl Encoder {
    fn new() -> Self {
        Encoder { low: 0, range: u32::MAX, cache: 0, pending: 1, out: Vec::new(), started: false }
    }

    fn encode(&mut self, bit: u32, p1: u32) {
        let bound = (self.range >> 12) * (4096 - p1);
        if bit == 0 {
            self.range = bound;
        } else {
            self.low += u64::from(bound);
            self.range -= bound;
        }
        while self.range < 1 << 24 {
            self.range <<= 8;
            self.shift_low();
        }
    }

    fn shift_low(&mut self) {
        if self.low < 0xFF00_0000 || self.low >= 1 << 32 {
            let carry = (self.low >> 32) as u8;
            let mut byte = self.cache;
            while self.pending > 0 {
                if self.started {
                    self.out.push(byte.wrapping_add(carry));
                }
                self.started = true;
                byte = 0xFF;
                self.pending -= 1;
            }
            self.cache = (self.low >> 24) as u8;
        }
        self.pending += 1;
        self.low = (self.low & 0x00FF_FFFF) << 8;
    }

    fn finish(mut self) -> Vec<u8> {
        for _ in 0..5 {
            self.shift_low();
        }
        self.out
    }
}

/// The range decoder. Reading past the end yields zeros and sets `overrun`.
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

    fn decode(&mut self, p1: u32) -> u32 {
        let bound = (self.range >> 12) * (4096 - p1);
        let bit = if self.code < bound {
            self.range = bound;
            0
        } else {
            self.code -= bound;
            self.range -= bound;
            1
        };
        while self.range < 1 << 24 {
            self.range <<= 8;
            let byte = self.stream.get(self.at).copied();
            self.at += 1;
            self.overrun |= byte.is_none();
            self.code = (self.code << 8) | u32::from(byte.unwrap_or(0));
        }
        bit
    }
}
