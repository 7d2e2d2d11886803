//! Character properties of code points as CPython 2.7 sees them
//! (`Py_UNICODE_ISALPHA`, `Py_UNICODE_TOLOWER`, ...), read from the
//! generated table in [`crate::unicode_db`]. Every unicode method and
//! conversion that classifies or maps characters goes through here, never
//! through Rust's `char` methods (a newer Unicode, with full case mappings).
//!
//! Code points above U+10FFFF (impossible in valid unicode objects) have
//! no properties.

use crate::unicode_db as db;

/// The property record of `c`.
#[inline]
pub fn record(c: u32) -> &'static db::Record {
    if c < 256 {
        return &db::RECORDS[db::LATIN1[c as usize] as usize];
    }
    if c > 0x10ffff {
        return &db::RECORDS[db::LATIN1[0x80] as usize];
    }
    let i = db::RUN_START.partition_point(|&s| s <= c) - 1;
    &db::RECORDS[db::RUN_REC[i] as usize]
}

#[inline]
fn has(c: u32, flag: u16) -> bool {
    record(c).flags & flag != 0
}

/// `Py_UNICODE_ISALPHA`.
pub fn is_alpha(c: u32) -> bool {
    has(c, db::ALPHA)
}

/// `Py_UNICODE_ISDECIMAL`.
pub fn is_decimal(c: u32) -> bool {
    has(c, db::DECIMAL)
}

/// `Py_UNICODE_ISDIGIT`.
pub fn is_digit(c: u32) -> bool {
    has(c, db::DIGIT)
}

/// `Py_UNICODE_ISNUMERIC`.
pub fn is_numeric(c: u32) -> bool {
    has(c, db::NUMERIC)
}

/// `Py_UNICODE_ISALNUM`: alphabetic, decimal, digit or numeric.
pub fn is_alnum(c: u32) -> bool {
    has(c, db::ALPHA | db::DECIMAL | db::DIGIT | db::NUMERIC)
}

/// `Py_UNICODE_ISSPACE`.
#[inline]
pub fn is_space(c: u32) -> bool {
    has(c, db::SPACE)
}

/// `Py_UNICODE_ISLOWER`.
pub fn is_lower(c: u32) -> bool {
    has(c, db::LOWER)
}

/// `Py_UNICODE_ISUPPER`.
pub fn is_upper(c: u32) -> bool {
    has(c, db::UPPER)
}

/// `Py_UNICODE_ISTITLE`.
pub fn is_title(c: u32) -> bool {
    has(c, db::TITLE)
}

/// `Py_UNICODE_ISLINEBREAK` (what `splitlines` splits at).
pub fn is_linebreak(c: u32) -> bool {
    has(c, db::LINEBREAK)
}

/// Cased: lowercase, uppercase or titlecase (for title/istitle).
pub fn is_cased(c: u32) -> bool {
    has(c, db::LOWER | db::UPPER | db::TITLE)
}

fn apply(c: u32, delta: i32) -> u32 {
    (c as i64 + delta as i64) as u32
}

/// `Py_UNICODE_TOLOWER` (simple mapping).
pub fn to_lower(c: u32) -> u32 {
    apply(c, record(c).lower)
}

/// `Py_UNICODE_TOUPPER` (simple mapping).
pub fn to_upper(c: u32) -> u32 {
    apply(c, record(c).upper)
}

/// `Py_UNICODE_TOTITLE` (simple mapping).
pub fn to_title(c: u32) -> u32 {
    apply(c, record(c).title)
}

/// `Py_UNICODE_TODECIMAL`: the decimal digit value, if any.
pub fn decimal(c: u32) -> Option<u32> {
    let d = record(c).decimal;
    (d >= 0).then_some(d as u32)
}

/// `Py_UNICODE_TODIGIT`: the digit value, if any.
pub fn digit(c: u32) -> Option<u32> {
    let d = record(c).digit;
    (d >= 0).then_some(d as u32)
}

/// `Py_UNICODE_TONUMERIC`: the numeric value, if any.
pub fn numeric(c: u32) -> Option<f64> {
    if c > 0x10ffff {
        return None;
    }
    let i = db::NUM_START.partition_point(|&s| s <= c) - 1;
    match db::NUM_IDX[i] {
        255 => None,
        k => Some(db::NUM_VALUES[k as usize]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_and_latin1() {
        assert!(is_alpha('a' as u32) && !is_alpha('1' as u32));
        assert_eq!(to_upper('a' as u32), 'A' as u32);
        assert_eq!(to_lower(0xc9), 0xe9);
        assert_eq!(decimal('7' as u32), Some(7));
        assert!(is_space(0x1c) && is_space(0x85) && !is_space('x' as u32));
        assert!(is_linebreak('\n' as u32) && is_linebreak(0x1e));
        // simple mappings: sharp s has no single-character uppercase
        assert_eq!(to_upper(0xdf), 0xdf);
    }

    #[test]
    fn beyond_latin1() {
        assert_eq!(decimal(0x0663), Some(3));
        assert_eq!(digit(0x00b2), Some(2));
        assert_eq!(decimal(0x00b2), None);
        assert_eq!(numeric(0x00bd), Some(0.5));
        assert_eq!(to_title(0x01c6), 0x01c5);
        assert!(is_title(0x01c5) && !is_upper(0x01c5));
        assert!(is_linebreak(0x2028));
        assert_eq!(numeric(0x10ffff), None);
    }
}
