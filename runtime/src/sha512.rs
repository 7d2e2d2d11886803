//! SHA-512 and SHA-384 (FIPS 180-4), as CPython 2.7's `_sha512` module
//! computes them: the digest behind the `_sha512` module and
//! `random.Random.jumpahead`.
//!
//! [`Sha512`] is an incremental hasher: bytes are absorbed in 128-byte
//! blocks as they arrive, and [`Sha512::digest`] pads a copy of the state,
//! so a hasher can keep absorbing after being asked for its digest (as
//! Python hash objects can).
//!
//! # Invariants
//! * `buf` holds fewer than 128 bytes: the tail of the input not yet
//!   compressed into `h`.
//! * `len` counts every byte absorbed. It is a `u64` (no input reaches
//!   2**64 bytes) rather than the padding's 128-bit width so that the
//!   struct needs only 8-byte alignment, which is all native objects get.

/// The round constants.
const K: [u64; 80] = [
    0x428a2f98d728ae22,
    0x7137449123ef65cd,
    0xb5c0fbcfec4d3b2f,
    0xe9b5dba58189dbbc,
    0x3956c25bf348b538,
    0x59f111f1b605d019,
    0x923f82a4af194f9b,
    0xab1c5ed5da6d8118,
    0xd807aa98a3030242,
    0x12835b0145706fbe,
    0x243185be4ee4b28c,
    0x550c7dc3d5ffb4e2,
    0x72be5d74f27b896f,
    0x80deb1fe3b1696b1,
    0x9bdc06a725c71235,
    0xc19bf174cf692694,
    0xe49b69c19ef14ad2,
    0xefbe4786384f25e3,
    0x0fc19dc68b8cd5b5,
    0x240ca1cc77ac9c65,
    0x2de92c6f592b0275,
    0x4a7484aa6ea6e483,
    0x5cb0a9dcbd41fbd4,
    0x76f988da831153b5,
    0x983e5152ee66dfab,
    0xa831c66d2db43210,
    0xb00327c898fb213f,
    0xbf597fc7beef0ee4,
    0xc6e00bf33da88fc2,
    0xd5a79147930aa725,
    0x06ca6351e003826f,
    0x142929670a0e6e70,
    0x27b70a8546d22ffc,
    0x2e1b21385c26c926,
    0x4d2c6dfc5ac42aed,
    0x53380d139d95b3df,
    0x650a73548baf63de,
    0x766a0abb3c77b2a8,
    0x81c2c92e47edaee6,
    0x92722c851482353b,
    0xa2bfe8a14cf10364,
    0xa81a664bbc423001,
    0xc24b8b70d0f89791,
    0xc76c51a30654be30,
    0xd192e819d6ef5218,
    0xd69906245565a910,
    0xf40e35855771202a,
    0x106aa07032bbd1b8,
    0x19a4c116b8d2d0c8,
    0x1e376c085141ab53,
    0x2748774cdf8eeb99,
    0x34b0bcb5e19b48a8,
    0x391c0cb3c5c95a63,
    0x4ed8aa4ae3418acb,
    0x5b9cca4f7763e373,
    0x682e6ff3d6b2b8a3,
    0x748f82ee5defb2fc,
    0x78a5636f43172f60,
    0x84c87814a1f0ab72,
    0x8cc702081a6439ec,
    0x90befffa23631e28,
    0xa4506cebde82bde9,
    0xbef9a3f7b2c67915,
    0xc67178f2e372532b,
    0xca273eceea26619c,
    0xd186b8c721c0c207,
    0xeada7dd6cde0eb1e,
    0xf57d4f7fee6ed178,
    0x06f067aa72176fba,
    0x0a637dc5a2c898a6,
    0x113f9804bef90dae,
    0x1b710b35131c471b,
    0x28db77f523047d84,
    0x32caab7b40c72493,
    0x3c9ebe0a15c9bebc,
    0x431d67c49c100d4c,
    0x4cc5d4becb3e42b6,
    0x597f299cfc657e2a,
    0x5fcb6fab3ad6faec,
    0x6c44198c4a475817,
];

/// Initial hash value of SHA-512.
const IV_512: [u64; 8] = [
    0x6a09e667f3bcc908,
    0xbb67ae8584caa73b,
    0x3c6ef372fe94f82b,
    0xa54ff53a5f1d36f1,
    0x510e527fade682d1,
    0x9b05688c2b3e6c1f,
    0x1f83d9abfb41bd6b,
    0x5be0cd19137e2179,
];

/// Initial hash value of SHA-384.
const IV_384: [u64; 8] = [
    0xcbbb9d5dc1059ed8,
    0x629a292a367cd507,
    0x9159015a3070dd17,
    0x152fecd8f70e5939,
    0x67332667ffc00b31,
    0x8eb44a8768581511,
    0xdb0c2e0d64f98fa7,
    0x47b5481dbefa4fa4,
];

/// Bytes per block.
pub const BLOCK_SIZE: usize = 128;

/// An incremental SHA-512 or SHA-384 computation.
#[derive(Clone, Debug)]
pub struct Sha512 {
    h: [u64; 8],
    buf: Vec<u8>,
    len: u64,
    digest_size: usize,
}

impl Sha512 {
    /// A fresh SHA-512 hasher (64-byte digest).
    pub fn new_512() -> Self {
        Sha512 {
            h: IV_512,
            buf: Vec::with_capacity(BLOCK_SIZE),
            len: 0,
            digest_size: 64,
        }
    }

    /// A fresh SHA-384 hasher (48-byte digest).
    pub fn new_384() -> Self {
        Sha512 {
            h: IV_384,
            buf: Vec::with_capacity(BLOCK_SIZE),
            len: 0,
            digest_size: 48,
        }
    }

    /// The digest length in bytes: 64 for SHA-512, 48 for SHA-384.
    pub fn digest_size(&self) -> usize {
        self.digest_size
    }

    /// Absorbs `data`.
    pub fn update(&mut self, mut data: &[u8]) {
        self.len = self.len.wrapping_add(data.len() as u64);
        if !self.buf.is_empty() {
            let take = (BLOCK_SIZE - self.buf.len()).min(data.len());
            self.buf.extend_from_slice(&data[..take]);
            data = &data[take..];
            if self.buf.len() < BLOCK_SIZE {
                return;
            }
            let block: [u8; BLOCK_SIZE] = self.buf[..].try_into().expect("full block");
            compress(&mut self.h, &block);
            self.buf.clear();
        }
        let mut blocks = data.chunks_exact(BLOCK_SIZE);
        for block in &mut blocks {
            compress(&mut self.h, block.try_into().expect("full block"));
        }
        self.buf.extend_from_slice(blocks.remainder());
    }

    /// The digest of everything absorbed so far; the hasher is unchanged.
    pub fn digest(&self) -> Vec<u8> {
        let mut h = self.h;
        let mut tail = self.buf.clone();
        tail.push(0x80);
        while tail.len() % BLOCK_SIZE != BLOCK_SIZE - 16 {
            tail.push(0);
        }
        tail.extend_from_slice(&(u128::from(self.len) * 8).to_be_bytes());
        for block in tail.chunks_exact(BLOCK_SIZE) {
            compress(&mut h, block.try_into().expect("full block"));
        }
        let mut out: Vec<u8> = h.iter().flat_map(|x| x.to_be_bytes()).collect();
        out.truncate(self.digest_size);
        out
    }
}

/// SHA-512 of `data` in one call.
pub fn sha512(data: &[u8]) -> [u8; 64] {
    let mut s = Sha512::new_512();
    s.update(data);
    s.digest().try_into().expect("64-byte digest")
}

/// Compresses one block into the hash state.
fn compress(h: &mut [u64; 8], block: &[u8; BLOCK_SIZE]) {
    let mut w = [0u64; 80];
    for (t, c) in block.chunks_exact(8).enumerate() {
        w[t] = u64::from_be_bytes(c.try_into().expect("8-byte chunk"));
    }
    for t in 16..80 {
        let s0 = w[t - 15].rotate_right(1) ^ w[t - 15].rotate_right(8) ^ (w[t - 15] >> 7);
        let s1 = w[t - 2].rotate_right(19) ^ w[t - 2].rotate_right(61) ^ (w[t - 2] >> 6);
        w[t] = w[t - 16]
            .wrapping_add(s0)
            .wrapping_add(w[t - 7])
            .wrapping_add(s1);
    }
    let [mut a, mut b, mut c, mut d, mut e, mut f, mut g, mut hh] = *h;
    for t in 0..80 {
        let s1 = e.rotate_right(14) ^ e.rotate_right(18) ^ e.rotate_right(41);
        let ch = (e & f) ^ (!e & g);
        let t1 = hh
            .wrapping_add(s1)
            .wrapping_add(ch)
            .wrapping_add(K[t])
            .wrapping_add(w[t]);
        let s0 = a.rotate_right(28) ^ a.rotate_right(34) ^ a.rotate_right(39);
        let maj = (a & b) ^ (a & c) ^ (b & c);
        let t2 = s0.wrapping_add(maj);
        hh = g;
        g = f;
        f = e;
        e = d.wrapping_add(t1);
        d = c;
        c = b;
        b = a;
        a = t1.wrapping_add(t2);
    }
    for (x, y) in h.iter_mut().zip([a, b, c, d, e, f, g, hh]) {
        *x = x.wrapping_add(y);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(d: &[u8]) -> String {
        d.iter().map(|b| format!("{b:02x}")).collect()
    }

    #[test]
    fn known_answers() {
        assert_eq!(
            hex(&sha512(b"abc")),
            "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a\
             2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f"
        );
        assert_eq!(
            hex(&sha512(b"")),
            "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce\
             47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e"
        );
        assert_eq!(&hex(&sha512(&[b'a'; 1000]))[..16], "67ba5535a46e3f86");
        let mut s = Sha512::new_384();
        s.update(b"abc");
        assert_eq!(
            hex(&s.digest()),
            "cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed\
             8086072ba1e7cc2358baeca134c825a7"
        );
    }

    #[test]
    fn incremental_equals_one_shot() {
        let data: Vec<u8> = (0..1000u32).map(|i| (i * 7 + 3) as u8).collect();
        for split in [0, 1, 111, 127, 128, 129, 500, 1000] {
            let mut s = Sha512::new_512();
            s.update(&data[..split]);
            let early = s.digest();
            s.update(&data[split..]);
            assert_eq!(s.digest(), sha512(&data).to_vec(), "split {split}");
            assert_eq!(early, sha512(&data[..split]).to_vec());
        }
    }
}
