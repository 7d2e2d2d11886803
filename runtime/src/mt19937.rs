//! The Mersenne Twister behind CPython 2.7's `_random.Random`.
//!
//! This module owns the generator state (624 32-bit words plus a position)
//! and everything `Modules/_randommodule.c` does with it: seeding
//! (`init_genrand`, `init_by_array`, and `random_seed`'s way of turning a
//! Python int/long or a hash into a key), drawing 32-bit words, the 53-bit
//! `random()` float, `getrandbits(k)`, `getstate`/`setstate`, and 2.7's
//! `jumpahead(n)` state shuffle. It knows nothing about Python objects: the
//! caller converts arguments to the plain numbers documented on each method
//! and raises the Python exceptions named there.
//!
//! The pure-Python layer of `Lib/random.py` (distributions, `randrange`,
//! `shuffle`, `sample`, `gauss_next`, the SHA-512 `Random.jumpahead`) is in
//! [`crate::random_algos`].
//!
//! # Invariants
//! * `index <= N`. `index == N` means the next draw regenerates the whole
//!   state block first (a "twist"); `genrand_int32` is the only code that
//!   twists.
//! * Every output is bit-identical to CPython 2.7.18 on the same state, on
//!   any platform: all arithmetic is on `u32` with wrapping, as the C code's
//!   `& 0xffffffff` masks imply.
//!
//! # Seeding from Python values (what `random_seed` does)
//! * int or long `n`: the key is `abs(n)` split into 32-bit words, least
//!   significant first, with no high zero words; `n == 0` gives the key
//!   `[0]`. See [`Mt19937::seed_from_magnitude`] and [`Mt19937::seed_from_i64`].
//!   `bool` is an int here (`seed(True)` is `seed(1)`).
//! * anything else (float, str, tuple, ...): `h = hash(obj)` (the caller
//!   computes it, with CPython 2.7's hash), reinterpreted as an *unsigned*
//!   64-bit number — not its absolute value — then split the same way. See
//!   [`Mt19937::seed_from_hash`]. So `seed(1.5)` is `seed(hash(1.5))`, and a
//!   negative hash `h` seeds like the long `h + 2**64`.
//! * `None` at the `_random` level: `init_genrand(time(NULL))`, truncated to
//!   32 bits ([`Mt19937::init_genrand`]). (`random.Random.seed(None)` in
//!   `random.py` instead seeds with `long(hexlify(urandom(2500)), 16)`, i.e. a
//!   2500-byte random magnitude.)

/// Number of 32-bit words of state.
pub const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

/// A Mersenne Twister generator in the state CPython's `_random.Random`
/// object holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mt19937 {
    state: [u32; N],
    /// Next word of `state` to temper and return; `N` means "twist first".
    index: usize,
}

/// Why [`Mt19937::setstate`] refused a state; both are `ValueError`s in
/// CPython, with the messages [`SetStateError::message`] returns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SetStateError {
    /// The state tuple does not have `N + 1` items.
    WrongSize,
    /// The position is outside `0..=N`.
    InvalidIndex,
}

impl SetStateError {
    /// The `ValueError` message CPython raises.
    pub fn message(self) -> &'static str {
        match self {
            SetStateError::WrongSize => "state vector is the wrong size",
            SetStateError::InvalidIndex => "invalid state",
        }
    }
}

impl Mt19937 {
    /// A generator seeded with `init_genrand(seed)`.
    pub fn new(seed: u32) -> Self {
        let mut mt = Mt19937 {
            state: [0; N],
            index: N,
        };
        mt.init_genrand(seed);
        mt
    }

    /// A generator seeded with `init_by_array(key)`.
    pub fn from_key(key: &[u32]) -> Self {
        let mut mt = Mt19937 {
            state: [0; N],
            index: N,
        };
        mt.init_by_array(key);
        mt
    }

    /// A generator seeded as `random.Random(n)` would be for an int or long
    /// whose absolute value has these little-endian 32-bit words.
    pub fn from_magnitude(words: &[u32]) -> Self {
        let mut mt = Mt19937 {
            state: [0; N],
            index: N,
        };
        mt.seed_from_magnitude(words);
        mt
    }

    /// The reference `init_genrand`: fills the state from one 32-bit seed
    /// and leaves the generator due to twist.
    pub fn init_genrand(&mut self, seed: u32) {
        let mt = &mut self.state;
        mt[0] = seed;
        for i in 1..N {
            let prev = mt[i - 1];
            mt[i] = 1_812_433_253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
        }
        self.index = N;
    }

    /// The reference `init_by_array`: mixes a key of 32-bit words into the
    /// state. An empty key is treated as `[0]` (CPython never passes one).
    pub fn init_by_array(&mut self, key: &[u32]) {
        let key: &[u32] = if key.is_empty() { &[0] } else { key };
        self.init_genrand(19_650_218);
        let mt = &mut self.state;
        let mut i = 1usize;
        let mut j = 0usize;
        for _ in 0..N.max(key.len()) {
            let prev = mt[i - 1];
            mt[i] = (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = mt[i - 1];
            mt[i] =
                (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        // The top bit guarantees a non-zero state.
        mt[0] = 0x8000_0000;
    }

    /// `seed(n)` for an int or long `n`: `words` is `abs(n)` in little-endian
    /// 32-bit words. High zero words are ignored, and zero (or no words)
    /// seeds with the key `[0]`, as `random_seed` does.
    pub fn seed_from_magnitude(&mut self, words: &[u32]) {
        let used = words.iter().rposition(|&w| w != 0).map_or(0, |top| top + 1);
        if used == 0 {
            self.init_by_array(&[0]);
        } else {
            self.init_by_array(&words[..used]);
        }
    }

    /// `seed(n)` for an int `n` that fits in 64 bits (sign ignored).
    pub fn seed_from_i64(&mut self, n: i64) {
        let m = n.unsigned_abs();
        self.seed_from_magnitude(&[m as u32, (m >> 32) as u32]);
    }

    /// `seed(obj)` for an object that is not an int or long: `hash` is
    /// `hash(obj)`, used as the unsigned number `hash mod 2**64` (a C cast,
    /// not an absolute value).
    pub fn seed_from_hash(&mut self, hash: i64) {
        let m = hash as u64;
        self.seed_from_magnitude(&[m as u32, (m >> 32) as u32]);
    }

    /// Regenerates all `N` words (the "twist").
    fn twist(&mut self) {
        let mt = &mut self.state;
        let mag01 = |y: u32| if y & 1 == 0 { 0 } else { MATRIX_A };
        for kk in 0..N - M {
            let y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
            mt[kk] = mt[kk + M] ^ (y >> 1) ^ mag01(y);
        }
        for kk in N - M..N - 1 {
            let y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
            mt[kk] = mt[kk + M - N] ^ (y >> 1) ^ mag01(y);
        }
        let y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
        mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ mag01(y);
        self.index = 0;
    }

    /// The next 32-bit output (`genrand_int32`).
    pub fn genrand_int32(&mut self) -> u32 {
        if self.index >= N {
            self.twist();
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// `random()`: a float in `[0, 1)` with 53 random bits, from two draws
    /// (27 high bits of the first, 26 of the second).
    pub fn random(&mut self) -> f64 {
        let a = self.genrand_int32() >> 5;
        let b = self.genrand_int32() >> 6;
        (f64::from(a) * 67_108_864.0 + f64::from(b)) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `getrandbits(k)`: `k` random bits as the little-endian 32-bit words of
    /// a non-negative Python long: the value is `sum(w[i] << (32 * i))`.
    ///
    /// Words are drawn in order, one `genrand_int32` per word, least
    /// significant word first; when `k` is not a multiple of 32 the *last*
    /// (most significant) draw is shifted right to keep its top `k % 32`
    /// bits. The result has exactly `(k + 31) / 32` words, the top one
    /// possibly zero. CPython always returns a `long` here, even for small
    /// values (`getrandbits(3)` gives e.g. `5L`).
    ///
    /// The caller raises `ValueError("number of bits must be greater than
    /// zero")` for `k <= 0` before calling; `k == 0` here draws nothing and
    /// returns no words.
    pub fn getrandbits(&mut self, k: u32) -> Vec<u32> {
        let words = k.div_ceil(32) as usize;
        let mut out = Vec::with_capacity(words);
        let mut remaining = k;
        for _ in 0..words {
            let mut r = self.genrand_int32();
            if remaining < 32 {
                r >>= 32 - remaining;
            }
            out.push(r);
            remaining = remaining.saturating_sub(32);
        }
        out
    }

    /// `getstate()` of the `_random` object: the `N` state words and the
    /// position. CPython returns them as a tuple of `N + 1` longs.
    pub fn getstate(&self) -> (Vec<u32>, usize) {
        (self.state.to_vec(), self.index)
    }

    /// `setstate(state)` of the `_random` object. `words` are the first `N`
    /// items already converted as `PyLong_AsUnsignedLong` does (the caller
    /// raises its `OverflowError`s for negative or too-big items); each is
    /// truncated to 32 bits. `index` is the last item as a C `long`.
    ///
    /// CPython checks, in this order: the tuple length (`WrongSize`, before
    /// converting any item — so the caller should check `words.len() == N`
    /// itself before converting, or call this first with the length), then
    /// converts the items, then checks `0 <= index <= N` (`InvalidIndex`).
    /// On error the generator is unchanged.
    pub fn setstate(&mut self, words: &[u64], index: i64) -> Result<(), SetStateError> {
        if words.len() != N {
            return Err(SetStateError::WrongSize);
        }
        if !(0..=N as i64).contains(&index) {
            return Err(SetStateError::InvalidIndex);
        }
        for (s, &w) in self.state.iter_mut().zip(words) {
            *s = w as u32;
        }
        self.index = index as usize;
        Ok(())
    }

    /// `jumpahead(n)` of the `_random` object (2.7 only), given
    /// `n_mod(i) = n % i` with Python's non-negative modulo, for `i` from
    /// `N - 1` down to 2 (called in that order, once each).
    ///
    /// Swaps word `i` with word `n % i` for each such `i`, adds `i + 1` to
    /// every word `i >= 1`, bumps word 0 (or sets its top bit if all other
    /// words became zero), and leaves the generator due to twist.
    pub fn jumpahead_by(&mut self, mut n_mod: impl FnMut(u32) -> u32) {
        let mt = &mut self.state;
        for i in (2..N).rev() {
            let j = n_mod(i as u32) as usize;
            debug_assert!(j < i, "n % i out of range");
            mt.swap(i, j % i);
        }
        let mut nonzero = 0;
        for (i, w) in mt.iter_mut().enumerate().skip(1) {
            *w = w.wrapping_add(i as u32 + 1);
            nonzero |= *w;
        }
        if nonzero != 0 {
            mt[0] = mt[0].wrapping_add(1);
        } else {
            mt[0] = 0x8000_0000;
        }
        self.index = N;
    }

    /// `jumpahead(n)` for an int `n` that fits in 64 bits.
    pub fn jumpahead_i64(&mut self, n: i64) {
        self.jumpahead_by(|i| n.rem_euclid(i64::from(i)) as u32);
    }

    /// `jumpahead(n)` for any int or long: `negative` is `n < 0` and
    /// `magnitude` is `abs(n)` in little-endian 32-bit words.
    pub fn jumpahead_words(&mut self, negative: bool, magnitude: &[u32]) {
        self.jumpahead_by(|i| {
            let r = magnitude
                .iter()
                .rev()
                .fold(0u64, |acc, &w| ((acc << 32) | u64::from(w)) % u64::from(i))
                as u32;
            if negative && r != 0 { i - r } else { r }
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reference_outputs() {
        // mt19937ar.c's published test vectors.
        let mut mt = Mt19937::from_key(&[0x123, 0x234, 0x345, 0x456]);
        let first: Vec<u32> = (0..5).map(|_| mt.genrand_int32()).collect();
        assert_eq!(
            first,
            [1067595299, 955945823, 477289528, 4107218783, 4228976476]
        );
        let mut mt = Mt19937::new(5489);
        assert_eq!(mt.genrand_int32(), 3499211612);
    }

    #[test]
    fn getrandbits_word_layout() {
        let mut a = Mt19937::new(7);
        let mut b = a.clone();
        let bits = a.getrandbits(70);
        let draws: Vec<u32> = (0..3).map(|_| b.genrand_int32()).collect();
        assert_eq!(bits, vec![draws[0], draws[1], draws[2] >> 26]);
        assert_eq!(a.getrandbits(0), Vec::<u32>::new());
        assert_eq!(a, b, "k == 0 draws nothing");
    }

    #[test]
    fn seeding_helpers_agree() {
        let key = Mt19937::from_magnitude(&[5]);
        let mut m = Mt19937::new(0);
        m.seed_from_i64(-5);
        assert_eq!(m, key);
        m.seed_from_magnitude(&[5, 0, 0]);
        assert_eq!(m, key);
        m.seed_from_i64(0);
        assert_eq!(m, Mt19937::from_key(&[0]));
        m.seed_from_magnitude(&[]);
        assert_eq!(m, Mt19937::from_key(&[0]));
        m.seed_from_hash(-2);
        assert_eq!(m, Mt19937::from_key(&[0xffff_fffe, 0xffff_ffff]));
        m.seed_from_i64(i64::MIN);
        assert_eq!(m, Mt19937::from_key(&[0, 0x8000_0000]));
    }

    #[test]
    fn setstate_validates_and_round_trips() {
        let mut a = Mt19937::new(99);
        for _ in 0..700 {
            a.genrand_int32();
        }
        let (words, index) = a.getstate();
        let mut b = Mt19937::new(1);
        let wide: Vec<u64> = words.iter().map(|&w| u64::from(w) | (1 << 40)).collect();
        assert_eq!(
            b.setstate(&wide[..N - 1], index as i64),
            Err(SetStateError::WrongSize)
        );
        assert_eq!(
            b.setstate(&wide, N as i64 + 1),
            Err(SetStateError::InvalidIndex)
        );
        assert_eq!(b.setstate(&wide, -1), Err(SetStateError::InvalidIndex));
        assert_eq!(b, Mt19937::new(1), "failed setstate changes nothing");
        b.setstate(&wide, index as i64).unwrap();
        assert_eq!(a, b);
    }

    #[test]
    fn jumpahead_forms_agree() {
        let base = Mt19937::new(3);
        let (mut a, mut b, mut c) = (base.clone(), base.clone(), base.clone());
        a.jumpahead_i64(-123_456_789_012);
        b.jumpahead_words(
            true,
            &[
                (123_456_789_012u64 as u32),
                (123_456_789_012u64 >> 32) as u32,
            ],
        );
        assert_eq!(a, b);
        c.jumpahead_by(|i| ((-123_456_789_012i64).rem_euclid(i64::from(i))) as u32);
        assert_eq!(a, c);
        assert_ne!(a, base);
    }
}
