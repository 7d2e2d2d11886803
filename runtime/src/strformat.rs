//! `str.format` and `unicode.format` (Objects/stringlib/string_format.h):
//! replacement fields `{name.attr[key]!conv:spec}` with automatic or
//! manual numbering, nested fields in the spec, and `format()` of each
//! value through its `__format__`.

use crate::value::Value;
use crate::{PyResult, dict, err, int, ops, str as pstr, unicode};

/// `format(value, spec)`: `type(value).__format__(value, spec)`.
pub fn format_value(v: &Value, spec: Value) -> PyResult {
    // fast paths for the common builtin cases
    let spec_empty = (pstr::is_str(&spec) && pstr::as_bytes(&spec).is_empty())
        || (unicode::is_unicode(&spec) && unicode::chars(&spec).is_empty());
    if spec_empty && pstr::is_exact_str(v) {
        return Ok(v.clone());
    }
    let r = match ops::call_special(v, "__format__", &[spec])? {
        Some(r) => r,
        None => return Err(err::type_error("object has no __format__")),
    };
    if !pstr::is_str(&r) && !unicode::is_unicode(&r) {
        return Err(err::type_error(format!(
            "{}.__format__ must return string or unicode, not {}",
            crate::types::type_ref(v).name_str(),
            crate::types::type_ref(&r).name_str()
        )));
    }
    Ok(r)
}

struct Ctx<'a> {
    args: &'a [Value],
    kw: &'a [Value],
    auto: Option<usize>,
    manual: bool,
    uni: bool,
}

fn kw_lookup(kw: &[Value], name: &str) -> Option<Value> {
    kw.chunks_exact(2)
        .find(|p| pstr::as_str_lossy(&p[0]) == name)
        .map(|p| p[1].clone())
}

impl Ctx<'_> {
    fn get_field(&mut self, field: &[char]) -> PyResult<Value> {
        let mut i = 0;
        while i < field.len() && field[i] != '.' && field[i] != '[' {
            i += 1;
        }
        let first: String = field[..i].iter().collect();
        let mut obj = if first.is_empty() {
            if self.manual {
                return Err(err::value_error(
                    "cannot switch from manual field specification to automatic field numbering",
                ));
            }
            let n = self.auto.unwrap_or(0);
            self.auto = Some(n + 1);
            self.args
                .get(n)
                .cloned()
                .ok_or_else(|| err::index_error("tuple index out of range"))?
        } else if let Ok(n) = first.parse::<usize>() {
            if self.auto.is_some() {
                return Err(err::value_error(
                    "cannot switch from automatic field numbering to manual field specification",
                ));
            }
            self.manual = true;
            self.args
                .get(n)
                .cloned()
                .ok_or_else(|| err::index_error("tuple index out of range"))?
        } else {
            match kw_lookup(self.kw, &first) {
                Some(v) => v,
                None => return Err(err::key_error(pstr::from_string(first))),
            }
        };
        while i < field.len() {
            if field[i] == '.' {
                i += 1;
                let st = i;
                while i < field.len() && field[i] != '.' && field[i] != '[' {
                    i += 1;
                }
                if i == st {
                    return Err(err::value_error("Empty attribute in format string"));
                }
                let name: String = field[st..i].iter().collect();
                obj = ops::getattr(&obj, &crate::rt::intern(&name))?;
            } else {
                i += 1;
                let st = i;
                while i < field.len() && field[i] != ']' {
                    i += 1;
                }
                if i >= field.len() {
                    return Err(err::value_error("Missing ']' in format string"));
                }
                let key: String = field[st..i].iter().collect();
                i += 1;
                if key.is_empty() {
                    return Err(err::value_error("Empty attribute in format string"));
                }
                let k = match key.parse::<i64>() {
                    Ok(n) if n >= 0 => int::new(n),
                    _ => pstr::from_string(key),
                };
                obj = ops::getitem(&obj, &k)?;
                if i < field.len() && field[i] != '.' && field[i] != '[' {
                    return Err(err::value_error(
                        "Only '.' or '[' may follow ']' in format field specifier",
                    ));
                }
            }
        }
        Ok(obj)
    }

    fn render(&mut self, fmt: &[char], depth: u32) -> PyResult<Vec<u32>> {
        if depth > 2 {
            return Err(err::value_error("Max string recursion exceeded"));
        }
        let mut out: Vec<u32> = Vec::new();
        let mut i = 0;
        while i < fmt.len() {
            let c = fmt[i];
            if c == '{' {
                if i + 1 < fmt.len() && fmt[i + 1] == '{' {
                    out.push('{' as u32);
                    i += 2;
                    continue;
                }
                if i + 1 == fmt.len() {
                    return Err(err::value_error("Single '{' encountered in format string"));
                }
                // find the matching '}' by counting nested braces (as
                // MarkupIterator_next: brackets do not hide braces)
                let st = i + 1;
                let mut depth_b = 1;
                let mut j = st;
                while j < fmt.len() {
                    match fmt[j] {
                        '{' => depth_b += 1,
                        '}' => {
                            depth_b -= 1;
                            if depth_b == 0 {
                                break;
                            }
                        }
                        _ => {}
                    }
                    j += 1;
                }
                if j >= fmt.len() {
                    return Err(err::value_error("expected '}' before end of string"));
                }
                let inner = &fmt[st..j];
                i = j + 1;
                // split field / conversion / spec (the field part may hold
                // brackets with ':' or '!' inside)
                let mut k = 0;
                let mut br = false;
                while k < inner.len() {
                    match inner[k] {
                        '[' => br = true,
                        ']' => br = false,
                        '!' | ':' if !br => break,
                        _ => {}
                    }
                    k += 1;
                }
                let field = &inner[..k];
                let mut conv = None;
                let mut spec: &[char] = &[];
                if k < inner.len() && inner[k] == '!' {
                    if k + 1 >= inner.len() {
                        return Err(err::value_error(
                            "end of format while looking for conversion specifier",
                        ));
                    }
                    conv = Some(inner[k + 1]);
                    k += 2;
                    if k < inner.len() && inner[k] != ':' {
                        return Err(err::value_error("expected ':' after format specifier"));
                    }
                }
                if k < inner.len() && inner[k] == ':' {
                    spec = &inner[k + 1..];
                }
                let mut obj = self.get_field(field)?;
                match conv {
                    None => {}
                    Some('r') => obj = ops::repr(&obj)?,
                    Some('s') => {
                        obj = if self.uni {
                            crate::unicode_methods::unicode_of(&obj)?
                        } else {
                            ops::str(&obj)?
                        }
                    }
                    Some(c) => {
                        return Err(err::value_error(format!(
                            "Unknown conversion specifier {c}"
                        )));
                    }
                }
                let spec_units = self.render(spec, depth + 1)?;
                let spec_v = if self.uni || unicode::is_unicode(&obj) {
                    unicode::new(spec_units)
                } else {
                    pstr::from_vec(spec_units.iter().map(|&c| c as u8).collect())
                };
                let r = format_value(&obj, spec_v)?;
                if unicode::is_unicode(&r) {
                    if !self.uni {
                        // str.format: the piece is converted back to str
                        let s = unicode::encode_default(&r)?;
                        out.extend(pstr::as_bytes(&s).iter().map(|&b| b as u32));
                    } else {
                        out.extend_from_slice(unicode::chars(&r));
                    }
                } else if self.uni {
                    out.extend_from_slice(unicode::chars(&unicode::decode_default(&r)?));
                } else {
                    out.extend(pstr::as_bytes(&r).iter().map(|&b| b as u32));
                }
            } else if c == '}' {
                if i + 1 < fmt.len() && fmt[i + 1] == '}' {
                    out.push('}' as u32);
                    i += 2;
                    continue;
                }
                return Err(err::value_error("Single '}' encountered in format string"));
            } else {
                out.push(c as u32);
                i += 1;
            }
        }
        Ok(out)
    }
}

/// `fmt.format(*args, **kw)` for a str or unicode `fmt`.
pub fn format(fmt: &Value, args: &[Value], kw: &[Value]) -> PyResult {
    let uni = unicode::is_unicode(fmt);
    let chars: Vec<char> = if uni {
        unicode::chars(fmt)
            .iter()
            .map(|&c| char::from_u32(c).unwrap_or('\u{fffd}'))
            .collect()
    } else {
        pstr::as_bytes(fmt).iter().map(|&b| b as char).collect()
    };
    // a lone '{' at the very end
    let mut ctx = Ctx {
        args,
        kw,
        auto: None,
        manual: false,
        uni,
    };
    let out = ctx.render(&chars, 0)?;
    let _ = dict::new;
    if uni {
        Ok(unicode::new(out))
    } else {
        Ok(pstr::from_vec(out.into_iter().map(|c| c as u8).collect()))
    }
}
