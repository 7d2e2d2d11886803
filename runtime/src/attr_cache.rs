//! Inline caches for attribute access (LOAD_ATTR and STORE_ATTR sites).
//!
//! A cache remembers, for one receiver type (by address and version tag)
//! and one instance-dict shape (see "Shapes" in `dict.rs`), where the
//! attribute comes from:
//! - [`K_DICT`]: the instance dict, at a fixed entry index;
//! - [`K_CLASS`]: a class attribute that is not a descriptor;
//! - [`K_METHOD`]: a plain function defined in the class (bound on load);
//! - [`K_METHOD_DESCR`]: a builtin method descriptor of the class (bound
//!   on load);
//! - [`K_DESCR`]: another non-data descriptor of the class (its `__get__`
//!   runs on load).
//!
//! Validity: the type's version tag changes whenever any class in its MRO
//! changes, so descriptors and class attributes are as recorded; equal
//! dict shapes mean the same keys in the same slots, which also proves a
//! name's absence from the instance dict. Only types whose attribute
//! access is `PyObject_GenericGetAttr`/`SetAttr` are cached, and never
//! names bound to data descriptors, so a hit returns exactly what the
//! generic lookup would.
//!
//! Compiled code copies the entries it inlines when it is translated and
//! checks the copies as constants: version tags are never reused (and
//! never 0 in an entry), and shapes name one key layout for the whole
//! run, so a copy stays exactly as valid as the entry was.

use crate::dict::{self, SHAPE_EMPTY};
use crate::object::type_of;
use crate::types::{TypeObject, type_ref, type_value};
use crate::value::Value;
use crate::{PyResult, func, ops, str as pstr};
use std::cell::Cell;

/// The attribute is in the instance dict at entry `index`.
pub const K_DICT: u64 = 1;
/// The attribute is the non-descriptor class attribute `value`.
pub const K_CLASS: u64 = 2;
/// The attribute is the plain function `value` of the class, bound to the
/// instance.
pub const K_METHOD: u64 = 3;
/// The attribute is what the non-data descriptor `value` of the class
/// (a builtin method descriptor, a classmethod...) gives for the instance.
pub const K_DESCR: u64 = 4;
/// STORE_ATTR adding a new instance attribute: the dict of shape `shape`
/// gets the key at its empty entry `index` (no resize), and shape
/// `value` afterwards.
pub const K_ADD: u64 = 6;
/// A module attribute: entry `index` of the module's dict, valid while
/// that dict's `keys_version` equals `shape` (modules are one object, so
/// the cache is keyed on the dict itself rather than a shape).
pub const K_MODULE: u64 = 5;
/// The attribute is what the builtin method descriptor `value` of the
/// class (e.g. `dict.get`) gives for the instance: a bound builtin
/// method on load; a method call can call the descriptor with the
/// receiver instead.
pub const K_METHOD_DESCR: u64 = 7;

/// How many receiver types one site remembers.
pub const WAYS: usize = 4;

/// One site's cache: up to [`WAYS`] entries, one per receiver type
/// (compiled code checks inline, in order, copies of the entries filled
/// when it was compiled whose kinds it handles, with their values as
/// constants; the helper checks the entries as they are now).
#[repr(C)]
#[derive(Default)]
pub struct AttrCache {
    /// The entries, checked in order.
    pub entries: [AttrEntry; WAYS],
    /// The entry the next fill replaces once all are in use.
    next: Cell<u8>,
}

/// One cached receiver type. `ty == 0` means empty.
#[repr(C)]
#[derive(Default)]
pub struct AttrEntry {
    /// Address of the receiver's type.
    pub ty: Cell<u64>,
    /// That type's version tag.
    pub version: Cell<u64>,
    /// Shape of the receiver's instance dict (`SHAPE_EMPTY` when absent).
    pub shape: Cell<u64>,
    /// The type's `dictoffset` (0: instances have no dict).
    pub dictoffset: Cell<u64>,
    /// One of the `K_*` kinds.
    pub kind: Cell<u64>,
    /// Entry index in the instance dict (K_DICT).
    pub index: Cell<u64>,
    /// The class attribute's bits (K_CLASS, K_METHOD), kept alive by the
    /// class while the version tag matches.
    pub value: Cell<u64>,
}

/// The instance dict of `obj` at `off` (NULL when not created yet).
#[inline(always)]
fn dict_at(obj: &Value, off: u64) -> &Value {
    // SAFETY: `off` is the dictoffset of obj's type: a Value field inside
    // the live object.
    unsafe { &*((obj.as_ptr() as *const u8).add(off as usize) as *const Value) }
}

/// The shape the cache compares: the dict's, or SHAPE_EMPTY without one.
#[inline(always)]
fn shape_of(d: &Value) -> u64 {
    if d.is_null() {
        SHAPE_EMPTY
    } else {
        dict::shape(d)
    }
}

impl AttrEntry {
    /// Is this a hit for `obj` of type `t`? (type, version and shape match)
    #[inline(always)]
    fn hit(&self, obj: &Value, t: *mut TypeObject) -> bool {
        // SAFETY: t is a live type.
        if t as u64 != self.ty.get() || unsafe { (*t).version.get() } != self.version.get() {
            return false;
        }
        let off = self.dictoffset.get();
        if self.kind.get() == K_MODULE {
            let d = dict_at(obj, off);
            return !d.is_null() && dict::obj(d).keys_version.get() == self.shape.get();
        }
        off == 0 || shape_of(dict_at(obj, off)) == self.shape.get()
    }

    /// The value this entry describes for `obj` (a hit).
    #[inline(always)]
    fn get(&self, obj: &Value, t: *mut TypeObject) -> Value {
        {
            match self.kind.get() {
                K_DICT | K_MODULE => {
                    let d = dict_at(obj, self.dictoffset.get());
                    dict::slot_value(d, self.index.get() as usize).clone()
                }
                K_CLASS => {
                    let bits = self.value.get();
                    // SAFETY: the class keeps the attribute alive (version).
                    unsafe { Value::borrow_raw(&bits) }.clone()
                }
                K_METHOD => {
                    let bits = self.value.get();
                    // SAFETY: as above.
                    let f = unsafe { Value::borrow_raw(&bits) }.clone();
                    func::new_method(f, obj.clone(), type_value(t))
                }
                _ => unreachable!("descriptor entries are handled by `load`"),
            }
        }
    }

    /// The value of a K_DESCR or K_METHOD_DESCR entry for `obj` (its
    /// `__get__` may fail).
    #[inline]
    fn get_descr(&self, obj: &Value) -> PyResult {
        let bits = self.value.get();
        // SAFETY: the class keeps the descriptor alive (version).
        ops::bind(unsafe { Value::borrow_raw(&bits) }, obj)
    }
}

impl AttrCache {
    /// LOAD_ATTR through the cache.
    #[inline]
    pub fn load(&self, obj: &Value, name: &Value) -> PyResult {
        if obj.is_ptr() {
            let t = type_of(obj);
            for e in &self.entries {
                if e.hit(obj, t) {
                    let k = e.kind.get();
                    if k == K_DESCR || k == K_METHOD_DESCR {
                        return e.get_descr(obj);
                    }
                    return Ok(e.get(obj, t));
                }
            }
        }
        let r = ops::getattr(obj, name)?;
        self.fill(obj, name, false);
        Ok(r)
    }

    /// STORE_ATTR through the cache (existing instance attributes only).
    #[inline]
    pub fn store(&self, obj: &Value, name: &Value, v: Value) -> PyResult<()> {
        if obj.is_ptr() {
            let t = type_of(obj);
            for e in &self.entries {
                let kind = e.kind.get();
                if kind == K_DICT && e.hit(obj, t) {
                    let d = dict_at(obj, e.dictoffset.get());
                    let slot = &mut dict::inner(d).table[e.index.get() as usize].value;
                    let old = std::mem::replace(slot, v);
                    drop(old); // may run __del__ after the dict is consistent
                    return Ok(());
                }
                if kind == K_ADD && e.hit(obj, t) {
                    // the first attribute of an instance (`hit` saw
                    // SHAPE_EMPTY) gets a fresh instance dict, as generic
                    // setattr gives it, whose empty table puts the key at
                    // the recorded entry
                    let p = ops::dict_slot(obj).expect("K_ADD types have instance dicts");
                    // SAFETY: p is obj's dict slot; obj is alive.
                    let d = unsafe { ops::dict_in_slot(p) };
                    dict::insert_at_empty(
                        &d,
                        e.index.get() as usize,
                        name.clone(),
                        pstr::hash(name),
                        v,
                        e.value.get(),
                    );
                    return Ok(());
                }
            }
        }
        // remember the dict's layout before, to recognize an added key
        let before = if obj.is_ptr() && type_ref(obj).dictoffset != 0 {
            let d = dict_at(obj, type_ref(obj).dictoffset as u64);
            Some(if d.is_null() {
                (SHAPE_EMPTY, dict::MINSIZE)
            } else {
                (dict::shape(d), dict::inner(d).mask + 1)
            })
        } else {
            None
        };
        ops::setattr(obj, name, Some(v))?;
        self.fill(obj, name, true);
        if let Some((shape0, size0)) = before {
            self.fill_add(obj, name, shape0, size0);
        }
        Ok(())
    }

    /// After a store that added `name` to `obj`'s instance dict without
    /// resizing it, records the transition (K_ADD).
    fn fill_add(&self, obj: &Value, name: &Value, shape0: u64, size0: usize) {
        if shape0 == 0 || !pstr::is_exact_str(name) || !pstr::obj(name).interned.get() {
            return;
        }
        let t = type_of(obj);
        let tr = type_ref(obj);
        let version = tr.version.get();
        let generic = tr.slots.setattr.is_some_and(|f| {
            std::ptr::fn_addr_eq(f, ops::generic_setattr as crate::types::SetAttrFn)
        });
        if version == 0 || !generic || tr.dictoffset == 0 {
            return;
        }
        if crate::types::lookup(t, name).is_some_and(|d| type_ref(&d).slots.descr_set.is_some()) {
            return;
        }
        let off = tr.dictoffset as u64;
        let d = dict_at(obj, off);
        if d.is_null() || shape0 == SHAPE_EMPTY && dict::inner(d).used != 1 {
            return;
        }
        let shape1 = dict::shape(d);
        if shape1 == 0 || shape1 == shape0 || dict::inner(d).mask + 1 != size0 {
            return;
        }
        let Some(i) = dict::find_slot(d, name) else {
            return;
        };
        let e = self.slot_for_kind(t as u64, K_ADD);
        e.ty.set(t as u64);
        e.version.set(version);
        e.shape.set(shape0);
        e.dictoffset.set(off);
        e.kind.set(K_ADD);
        e.index.set(i as u64);
        e.value.set(shape1);
    }

    /// Like `slot_for`, but a K_ADD entry and a K_DICT entry for the same
    /// type may coexist (they describe different shapes).
    fn slot_for_kind(&self, t: u64, kind: u64) -> &AttrEntry {
        if let Some(e) = self
            .entries
            .iter()
            .find(|e| e.ty.get() == t && e.kind.get() == kind || e.ty.get() == 0)
        {
            return e;
        }
        let n = self.next.get() as usize % (WAYS - 1) + 1;
        self.next.set(n as u8);
        &self.entries[n]
    }

    /// The entry a new fill for type `t` goes to: the one already holding
    /// `t`, else an empty one, else round robin over the later ones (the
    /// first, which compiled code checks first, keeps its type).
    fn slot_for(&self, t: u64) -> &AttrEntry {
        if let Some(e) = self
            .entries
            .iter()
            .find(|e| e.ty.get() == t || e.ty.get() == 0)
        {
            return e;
        }
        let n = self.next.get() as usize % (WAYS - 1) + 1;
        self.next.set(n as u8);
        &self.entries[n]
    }

    /// Records where `name` is found on `obj`, if that is cacheable.
    fn fill(&self, obj: &Value, name: &Value, store: bool) {
        if !obj.is_ptr() || !pstr::is_exact_str(name) || !pstr::obj(name).interned.get() {
            return;
        }
        let t = type_of(obj);
        let tr = type_ref(obj);
        let version = tr.version.get();
        if version == 0 {
            return;
        }
        let exact_module = t == crate::rt::rt().types.module;
        let generic = exact_module && !store
            || if store {
                tr.slots.setattr.is_some_and(|f| {
                    std::ptr::fn_addr_eq(f, ops::generic_setattr as crate::types::SetAttrFn)
                })
            } else {
                tr.slots.getattr.is_some_and(|f| {
                    std::ptr::fn_addr_eq(f, ops::generic_getattr as crate::types::GetAttrFn)
                })
            };
        if !generic {
            return;
        }
        let descr = crate::types::lookup(t, name);
        if let Some(d) = &descr
            && type_ref(d).slots.descr_set.is_some()
        {
            return; // data descriptors win over the dict: not cached
        }
        let off = tr.dictoffset as u64;
        if !store && exact_module && descr.is_none() && off != 0 {
            // a module attribute: cache the entry of that module's dict
            let d = dict_at(obj, off);
            if d.is_null() || !dict::is_exact_dict(d) {
                return;
            }
            let Some(i) = dict::find_slot(d, name) else {
                return;
            };
            let e = self.slot_for(t as u64);
            e.ty.set(t as u64);
            e.version.set(version);
            e.shape.set(dict::obj(d).keys_version.get());
            e.dictoffset.set(off);
            e.kind.set(K_MODULE);
            e.index.set(i as u64);
            e.value.set(0);
            return;
        }
        let (kind, index, value, shape) = if off != 0 {
            let d = dict_at(obj, off);
            let shape = shape_of(d);
            if shape == 0 {
                return;
            }
            match if d.is_null() {
                None
            } else {
                dict::find_slot(d, name)
            } {
                Some(i) => (K_DICT, i as u64, 0, shape),
                None if store => return,
                None => match class_kind(&descr) {
                    Some((k, v)) => (k, 0, v, shape),
                    None => return,
                },
            }
        } else {
            if store {
                return;
            }
            match class_kind(&descr) {
                Some((k, v)) => (k, 0, v, SHAPE_EMPTY),
                None => return,
            }
        };
        let e = self.slot_for_kind(t as u64, kind);
        e.ty.set(t as u64);
        e.version.set(version);
        e.shape.set(shape);
        e.dictoffset.set(off);
        e.kind.set(kind);
        e.index.set(index);
        e.value.set(value);
    }
}

/// The cache kind of a class attribute found by type lookup.
fn class_kind(descr: &Option<Value>) -> Option<(u64, u64)> {
    let d = descr.as_ref()?;
    if func::is_function(d) {
        return Some((K_METHOD, d.bits()));
    }
    if type_ref(d).slots.descr_get.is_none() {
        return Some((K_CLASS, d.bits()));
    }
    if type_of(d) == crate::rt::rt().types.method_descriptor {
        return Some((K_METHOD_DESCR, d.bits()));
    }
    // a non-data descriptor (data descriptors were excluded before)
    Some((K_DESCR, d.bits()))
}
