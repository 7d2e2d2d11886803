//! `str.format` and `unicode.format` (Objects/stringlib/string_format.h in
//! CPython 2.7), `format()`'s `PyObject_Format`, and the helpers
//! `_formatter_parser` / `_formatter_field_name_split` that
//! `string.Formatter` uses.
//!
//! Format strings are handled as code units (bytes of a str, code points
//! of a unicode). As in 2.7, a field name ends at the first ':' or '!'
//! (brackets do not protect them), the markup ends at the brace that
//! balances the opening one, and a nested spec is expanded at most two
//! levels deep. Parsing is lazy: an error in later markup only shows once
//! the fields before it were rendered.

use crate::unicode_ctype as ctype;
use crate::value::Value;
use crate::{PyResult, args, err, int, list, ops, str as pstr, tuple, unicode};

/// `PyObject_Format(v, spec)`: `type(v).__format__(v, spec)` (classic
/// instances without `__format__` format their str/unicode), the result
/// made unicode when the spec is.
pub fn format_value(v: &Value, spec: Value) -> PyResult {
    let spec_is_unicode = unicode::is_unicode(&spec);
    if !spec_is_unicode && !pstr::is_str(&spec) {
        return Err(err::type_error(format!(
            "format expects arg 2 to be string or unicode, not {}",
            crate::types::type_ref(&spec).name_str()
        )));
    }
    // fast path for the most common case
    if !spec_is_unicode && pstr::as_bytes(&spec).is_empty() && pstr::is_exact_str(v) {
        return Ok(v.clone());
    }
    let r = if crate::classic::is_instance(v) {
        match crate::classic::instance_getattr_opt(v, "__format__")? {
            Some(m) => ops::call(&m, std::slice::from_ref(&spec), &[])?,
            None => {
                let text = if spec_is_unicode {
                    crate::unicode_methods::unicode_of(v)?
                } else {
                    ops::str(v)?
                };
                let nonempty = if spec_is_unicode {
                    !unicode::chars(&spec).is_empty()
                } else {
                    !pstr::as_bytes(&spec).is_empty()
                };
                if nonempty {
                    crate::warnings::warn(
                        crate::rt::rt().exc.pending_deprecation_warning,
                        "object.__format__ with a non-empty format string is deprecated",
                    )?;
                }
                ops::call_method(&text, "__format__", std::slice::from_ref(&spec))?
            }
        }
    } else {
        match ops::call_special(v, "__format__", std::slice::from_ref(&spec))? {
            Some(r) => r,
            None => {
                return Err(err::type_error(format!(
                    "Type {} doesn't define __format__",
                    crate::types::type_ref(v).name_str()
                )));
            }
        }
    };
    if unicode::is_unicode(&r) {
        return Ok(r);
    }
    if !pstr::is_str(&r) {
        return Err(err::type_error(format!(
            "{}.__format__ must return string or unicode, not {}",
            crate::types::type_ref(v).name_str(),
            crate::types::type_ref(&r).name_str()
        )));
    }
    if spec_is_unicode {
        return crate::unicode_methods::unicode_of(&r);
    }
    Ok(r)
}

const LBRACE: u32 = '{' as u32;
const RBRACE: u32 = '}' as u32;

/// One step of the markup iterator: literal text, then maybe a field.
struct Markup<'a> {
    literal: &'a [u32],
    field: Option<Field<'a>>,
}

/// `{name!conversion:spec}`.
struct Field<'a> {
    name: &'a [u32],
    conversion: Option<u32>,
    spec: &'a [u32],
    /// The markup held a '{': the spec is itself a format string.
    expand: bool,
}

/// `MarkupIterator`.
struct MarkupIter<'a> {
    s: &'a [u32],
    pos: usize,
}

impl<'a> MarkupIter<'a> {
    fn next(&mut self) -> PyResult<Option<Markup<'a>>> {
        let s = self.s;
        if self.pos >= s.len() {
            return Ok(None);
        }
        let start = self.pos;
        let mut c = 0;
        let mut markup = false;
        while self.pos < s.len() {
            c = s[self.pos];
            self.pos += 1;
            if c == LBRACE || c == RBRACE {
                markup = true;
                break;
            }
        }
        let at_end = self.pos >= s.len();
        let mut len = self.pos - start;
        if c == RBRACE && markup && (at_end || s[self.pos] != c) {
            return Err(err::value_error("Single '}' encountered in format string"));
        }
        if at_end && c == LBRACE && markup {
            return Err(err::value_error("Single '{' encountered in format string"));
        }
        if !at_end && markup {
            if s[self.pos] == c {
                // an escaped brace: literal text only
                self.pos += 1;
                markup = false;
            } else {
                len -= 1;
            }
        }
        let literal = &s[start..start + len];
        if !markup {
            return Ok(Some(Markup {
                literal,
                field: None,
            }));
        }
        let fstart = self.pos;
        let mut count = 1;
        let mut expand = false;
        while self.pos < s.len() {
            let c = s[self.pos];
            self.pos += 1;
            if c == LBRACE {
                expand = true;
                count += 1;
            } else if c == RBRACE {
                count -= 1;
                if count == 0 {
                    let field = parse_field(&s[fstart..self.pos - 1], expand)?;
                    return Ok(Some(Markup {
                        literal,
                        field: Some(field),
                    }));
                }
            }
        }
        Err(err::value_error("unmatched '{' in format"))
    }
}

/// `parse_field`: the name ends at the first ':' or '!'.
fn parse_field(f: &[u32], expand: bool) -> PyResult<Field<'_>> {
    let cut = f.iter().position(|&c| c == ':' as u32 || c == '!' as u32);
    let Some(k) = cut else {
        return Ok(Field {
            name: f,
            conversion: None,
            spec: &[],
            expand,
        });
    };
    let name = &f[..k];
    let mut spec = &f[k + 1..];
    let mut conversion = None;
    if f[k] == '!' as u32 {
        if spec.is_empty() {
            return Err(err::value_error(
                "end of format while looking for conversion specifier",
            ));
        }
        conversion = Some(spec[0]);
        spec = &spec[1..];
        if !spec.is_empty() {
            if spec[0] != ':' as u32 {
                return Err(err::value_error("expected ':' after format specifier"));
            }
            spec = &spec[1..];
        }
    }
    Ok(Field {
        name,
        conversion,
        spec,
        expand,
    })
}

/// Makes a str or unicode (as the format string) from code units.
fn make(units: &[u32], uni: bool) -> Value {
    if uni {
        unicode::new(units.to_vec())
    } else {
        pstr::from_vec(units.iter().map(|&c| c as u8).collect())
    }
}

/// `get_integer`: a non-negative decimal index, None when the text is
/// empty or not all digits.
fn get_integer(s: &[u32], uni: bool) -> PyResult<Option<usize>> {
    if s.is_empty() {
        return Ok(None);
    }
    let mut acc: usize = 0;
    for &c in s {
        let d = if uni {
            ctype::decimal(c)
        } else {
            (c as u8 as char).to_digit(10).filter(|_| c < 128)
        };
        let Some(d) = d else {
            return Ok(None);
        };
        acc = match acc
            .checked_mul(10)
            .and_then(|x| x.checked_add(d as usize))
            .filter(|&x| x <= isize::MAX as usize)
        {
            Some(x) => x,
            None => {
                return Err(err::value_error("Too many decimal digits in format string"));
            }
        };
    }
    Ok(Some(acc))
}

/// One `.attr` or `[key]` step of a field name.
enum Step<'a> {
    Attr(&'a [u32]),
    Index(usize),
    Key(&'a [u32]),
}

/// `FieldNameIterator`.
struct FieldNameIter<'a> {
    s: &'a [u32],
    pos: usize,
    uni: bool,
}

impl<'a> FieldNameIter<'a> {
    fn next(&mut self) -> PyResult<Option<Step<'a>>> {
        let s = self.s;
        if self.pos >= s.len() {
            return Ok(None);
        }
        let c = s[self.pos];
        self.pos += 1;
        let step = if c == '.' as u32 {
            let st = self.pos;
            while self.pos < s.len() && s[self.pos] != '.' as u32 && s[self.pos] != '[' as u32 {
                self.pos += 1;
            }
            let name = &s[st..self.pos];
            if name.is_empty() {
                return Err(err::value_error("Empty attribute in format string"));
            }
            Step::Attr(name)
        } else if c == '[' as u32 {
            let st = self.pos;
            while self.pos < s.len() && s[self.pos] != ']' as u32 {
                self.pos += 1;
            }
            if self.pos >= s.len() {
                return Err(err::value_error("Missing ']' in format string"));
            }
            let name = &s[st..self.pos];
            self.pos += 1;
            if name.is_empty() {
                return Err(err::value_error("Empty attribute in format string"));
            }
            match get_integer(name, self.uni)? {
                Some(i) => Step::Index(i),
                None => Step::Key(name),
            }
        } else {
            return Err(err::value_error(
                "Only '.' or '[' may follow ']' in format field specifier",
            ));
        };
        Ok(Some(step))
    }
}

/// `field_name_split`: the part before the first '.' or '[' (an index
/// when all digits) and an iterator over the rest.
fn split_field_name(
    name: &[u32],
    uni: bool,
) -> PyResult<(&[u32], Option<usize>, FieldNameIter<'_>)> {
    let k = name
        .iter()
        .position(|&c| c == '.' as u32 || c == '[' as u32)
        .unwrap_or(name.len());
    let first = &name[..k];
    let idx = get_integer(first, uni)?;
    Ok((
        first,
        idx,
        FieldNameIter {
            s: name,
            pos: k,
            uni,
        },
    ))
}

#[derive(PartialEq)]
enum AutoNumber {
    Init,
    Auto,
    Manual,
}

struct Ctx<'a> {
    args: &'a [Value],
    kw: &'a [Value],
    uni: bool,
    auto: AutoNumber,
    next_auto: usize,
}

impl Ctx<'_> {
    fn kwarg(&self, key: &Value) -> PyResult<Option<Value>> {
        for pair in self.kw.chunks_exact(2) {
            if ops::eq_bool(&pair[0], key)? {
                return Ok(Some(pair[1].clone()));
            }
        }
        Ok(None)
    }

    fn get_field(&mut self, name: &[u32]) -> PyResult<Value> {
        let (first, idx, mut rest) = split_field_name(name, self.uni)?;
        let empty = first.is_empty();
        let numeric = empty || idx.is_some();
        if numeric {
            if self.auto == AutoNumber::Init {
                self.auto = if empty {
                    AutoNumber::Auto
                } else {
                    AutoNumber::Manual
                };
            }
            if self.auto == AutoNumber::Manual && empty {
                return Err(err::value_error(
                    "cannot switch from manual field specification to automatic field numbering",
                ));
            }
            if self.auto == AutoNumber::Auto && !empty {
                return Err(err::value_error(
                    "cannot switch from automatic field numbering to manual field specification",
                ));
            }
        }
        let idx = if empty {
            self.next_auto += 1;
            Some(self.next_auto - 1)
        } else {
            idx
        };
        let mut obj = match idx {
            Some(i) => self
                .args
                .get(i)
                .cloned()
                .ok_or_else(|| err::index_error("tuple index out of range"))?,
            None => {
                let key = make(first, self.uni);
                match self.kwarg(&key)? {
                    Some(v) => v,
                    None => return Err(err::key_error(key)),
                }
            }
        };
        while let Some(step) = rest.next()? {
            obj = match step {
                Step::Attr(a) => {
                    let n = make(a, self.uni);
                    let n = if self.uni {
                        unicode::encode_default(&n)?
                    } else {
                        n
                    };
                    ops::getattr(&obj, &n)?
                }
                Step::Index(i) => ops::getitem(&obj, &int::new(i as i64))?,
                Step::Key(k) => ops::getitem(&obj, &make(k, self.uni))?,
            };
        }
        Ok(obj)
    }

    fn build(&mut self, fmt: &[u32], depth: i32) -> PyResult<Vec<u32>> {
        if depth <= 0 {
            return Err(err::value_error("Max string recursion exceeded"));
        }
        let mut out = Vec::with_capacity(fmt.len());
        let mut it = MarkupIter { s: fmt, pos: 0 };
        while let Some(m) = it.next()? {
            out.extend_from_slice(m.literal);
            if let Some(f) = m.field {
                self.output_markup(&f, depth, &mut out)?;
            }
        }
        Ok(out)
    }

    fn output_markup(&mut self, f: &Field<'_>, depth: i32, out: &mut Vec<u32>) -> PyResult<()> {
        let mut obj = self.get_field(f.name)?;
        match f.conversion {
            None => {}
            Some(c) if c == 'r' as u32 => obj = ops::repr(&obj)?,
            Some(c) if c == 's' as u32 => {
                obj = if self.uni {
                    crate::unicode_methods::unicode_of(&obj)?
                } else {
                    ops::str(&obj)?
                }
            }
            Some(c) => {
                let c = if self.uni {
                    c
                } else {
                    c as u8 as i8 as i32 as u32
                };
                return Err(err::value_error(if c > 32 && c < 127 {
                    format!("Unknown conversion specifier {}", c as u8 as char)
                } else {
                    format!("Unknown conversion specifier \\x{c:x}")
                }));
            }
        }
        let spec = if f.expand {
            self.build(f.spec, depth - 1)?
        } else {
            f.spec.to_vec()
        };
        let r = format_value(&obj, make(&spec, self.uni))?;
        // the piece converted to the format string's type
        if self.uni {
            let u = crate::unicode_methods::unicode_of(&r)?;
            out.extend_from_slice(unicode::chars(&u));
        } else {
            let s = if unicode::is_unicode(&r) {
                unicode::encode_default(&r)?
            } else {
                r
            };
            out.extend(pstr::as_bytes(&s).iter().map(|&b| b as u32));
        }
        Ok(())
    }
}

/// The code units of a str or unicode.
fn units(v: &Value) -> Vec<u32> {
    if unicode::is_unicode(v) {
        unicode::chars(v).to_vec()
    } else {
        pstr::as_bytes(v).iter().map(|&b| b as u32).collect()
    }
}

/// `fmt.format(*args, **kw)` for a str or unicode `fmt`.
pub fn format(fmt: &Value, args: &[Value], kw: &[Value]) -> PyResult {
    let uni = unicode::is_unicode(fmt);
    let mut ctx = Ctx {
        args,
        kw,
        uni,
        auto: AutoNumber::Init,
        next_auto: 0,
    };
    let out = ctx.build(&units(fmt), 2)?;
    Ok(make(&out, uni))
}

/// `s._formatter_parser()`: an iterator of `(literal, field_name,
/// format_spec, conversion)`, None for the parts of a literal-only piece.
pub fn formatter_parser(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("_formatter_parser", a, kw)?;
    let uni = unicode::is_unicode(v);
    let u = units(v);
    let mut it = MarkupIter { s: &u, pos: 0 };
    let mut out = Vec::new();
    while let Some(m) = it.next()? {
        let lit = make(m.literal, uni);
        out.push(match m.field {
            None => tuple::new(vec![lit, Value::NONE, Value::NONE, Value::NONE]),
            Some(f) => tuple::new(vec![
                lit,
                make(f.name, uni),
                make(f.spec, uni),
                match f.conversion {
                    Some(c) => make(&[c], uni),
                    None => Value::NONE,
                },
            ]),
        });
    }
    ops::iter(&list::new(out))
}

/// `s._formatter_field_name_split()`: `(first, rest)` where `first` is a
/// long index or the leading name and `rest` iterates `(is_attribute,
/// key)` pairs.
pub fn formatter_field_name_split(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("_formatter_field_name_split", a, kw)?;
    let uni = unicode::is_unicode(v);
    let u = units(v);
    let (first, idx, mut rest) = split_field_name(&u, uni)?;
    let first = match idx {
        Some(i) => crate::long::new(num_bigint::BigInt::from(i)),
        None => make(first, uni),
    };
    let mut steps = Vec::new();
    while let Some(step) = rest.next()? {
        steps.push(match step {
            Step::Attr(x) => tuple::new(vec![Value::TRUE, make(x, uni)]),
            Step::Index(i) => tuple::new(vec![
                Value::FALSE,
                crate::long::new(num_bigint::BigInt::from(i)),
            ]),
            Step::Key(x) => tuple::new(vec![Value::FALSE, make(x, uni)]),
        });
    }
    Ok(tuple::new(vec![first, ops::iter(&list::new(steps))?]))
}
