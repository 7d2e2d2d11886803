//! The cycle collector: CPython 2.7's generational algorithm (gcmodule.c).
//!
//! Container objects are allocated with a [`GcHead`] in front of their
//! header and linked into generation 0. A collection of generation `g`
//! merges the younger generations into it, computes for every object the
//! references coming from outside the set (`refcnt` minus references from
//! members, found with the type's `traverse` slot), keeps what is reachable
//! from objects with outside references, and breaks the cycles among the
//! rest with the types' `clear` slots. Unreachable objects with `__del__`
//! (and what they reach) are not freed but appended to `gc.garbage`, as in
//! CPython 2.7. `collect` returns the number of unreachable objects found,
//! which is what `gc.collect()` returns.
//!
//! Invariants: `refs` is [`UNTRACKED`] for objects not in any list, and
//! [`REACHABLE`] for tracked objects outside a running collection. No
//! Python code runs between the start of a collection and `delete_garbage`.

use crate::object::ObjHeader;
use crate::types::TypeFlags;
use crate::value::Value;
use std::cell::{Cell, RefCell};

/// The collector's per-object header, placed before [`ObjHeader`].
#[repr(C)]
pub struct GcHead {
    next: *mut GcHead,
    prev: *mut GcHead,
    refs: isize,
}

/// `refs` of an object not linked into a generation.
pub const UNTRACKED: isize = -2;
/// `refs` of a tracked object outside a collection.
pub const REACHABLE: isize = -3;
const TENTATIVELY_UNREACHABLE: isize = -4;

const NUM_GENERATIONS: usize = 3;

struct Gen {
    head: Box<GcHead>,
    threshold: Cell<isize>,
    count: Cell<isize>,
}

struct State {
    gens: [Gen; NUM_GENERATIONS],
    enabled: Cell<bool>,
    collecting: Cell<bool>,
    garbage: RefCell<Value>,
}

fn new_list_head() -> Box<GcHead> {
    let mut h = Box::new(GcHead {
        next: std::ptr::null_mut(),
        prev: std::ptr::null_mut(),
        refs: 0,
    });
    let p: *mut GcHead = &mut *h;
    h.next = p;
    h.prev = p;
    h
}

thread_local! {
    // ManuallyDrop: see interp/vm.rs (no Value release during teardown).
    static STATE: std::mem::ManuallyDrop<State> = std::mem::ManuallyDrop::new(State {
        gens: [
            Gen { head: new_list_head(), threshold: Cell::new(700), count: Cell::new(0) },
            Gen { head: new_list_head(), threshold: Cell::new(10), count: Cell::new(0) },
            Gen { head: new_list_head(), threshold: Cell::new(10), count: Cell::new(0) },
        ],
        enabled: Cell::new(true),
        collecting: Cell::new(false),
        garbage: RefCell::new(Value::NULL),
    });
}

#[inline(always)]
fn head_of(p: *mut ObjHeader) -> *mut GcHead {
    // SAFETY: only called for objects allocated with a GC prefix.
    unsafe { (p as *mut u8).sub(std::mem::size_of::<GcHead>()) as *mut GcHead }
}

#[inline(always)]
fn obj_of(g: *mut GcHead) -> *mut ObjHeader {
    // SAFETY: g is the prefix of an object.
    unsafe { (g as *mut u8).add(std::mem::size_of::<GcHead>()) as *mut ObjHeader }
}

fn gen_head(i: usize) -> *mut GcHead {
    STATE.with(|s| &*s.gens[i].head as *const GcHead as *mut GcHead)
}

/// # Safety
/// `node` is not in a list; `list` is a list head.
unsafe fn list_append(node: *mut GcHead, list: *mut GcHead) {
    // SAFETY: forwarded contract.
    unsafe {
        (*node).next = list;
        (*node).prev = (*list).prev;
        (*(*list).prev).next = node;
        (*list).prev = node;
    }
}

/// # Safety
/// `node` is in a list.
unsafe fn list_remove(node: *mut GcHead) {
    // SAFETY: forwarded contract.
    unsafe {
        (*(*node).prev).next = (*node).next;
        (*(*node).next).prev = (*node).prev;
        (*node).next = std::ptr::null_mut();
        (*node).prev = std::ptr::null_mut();
    }
}

/// # Safety
/// `node` is in a list; `list` is another list head.
unsafe fn list_move(node: *mut GcHead, list: *mut GcHead) {
    // SAFETY: forwarded contract.
    unsafe {
        (*(*node).prev).next = (*node).next;
        (*(*node).next).prev = (*node).prev;
        list_append(node, list);
    }
}

/// # Safety
/// Both are list heads.
unsafe fn list_merge(from: *mut GcHead, to: *mut GcHead) {
    // SAFETY: forwarded contract.
    unsafe {
        if (*from).next != from {
            let tail = (*to).prev;
            (*tail).next = (*from).next;
            (*(*from).next).prev = tail;
            (*to).prev = (*from).prev;
            (*(*to).prev).next = to;
            (*from).next = from;
            (*from).prev = from;
        }
    }
}

fn list_size(list: *mut GcHead) -> usize {
    let mut n = 0;
    // SAFETY: list is a valid circular list.
    unsafe {
        let mut g = (*list).next;
        while g != list {
            n += 1;
            g = (*g).next;
        }
    }
    n
}

/// Starts tracking a new container object (called by `alloc_object`).
///
/// # Safety
/// `p` was allocated with a GC prefix and is not tracked.
pub unsafe fn track(p: *mut ObjHeader) {
    let g = head_of(p);
    // SAFETY: fresh object, list heads live in the thread state.
    unsafe {
        (*g).refs = REACHABLE;
        list_append(g, gen_head(0));
    }
    let trigger = STATE.with(|s| {
        let c = s.gens[0].count.get() + 1;
        s.gens[0].count.set(c);
        s.enabled.get()
            && !s.collecting.get()
            && s.gens[0].threshold.get() > 0
            && c > s.gens[0].threshold.get()
    });
    if trigger {
        collect_generations();
    }
}

/// `_PyTuple_MaybeUntrack`, as a collection meets a reachable object: an
/// exact tuple holding nothing the collector could track (atomic values
/// and untracked tuples) can never be part of a cycle, so later
/// collections skip it.
///
/// # Safety
/// `g` is the head of a live tracked object in a generation list.
unsafe fn maybe_untrack_tuple(g: *mut GcHead) {
    // SAFETY: g is the prefix of a live object (caller); tuple items are
    // fixed after construction.
    unsafe {
        let p = obj_of(g);
        if (*p).ty != crate::rt::rt().types.tuple {
            return;
        }
        let items = &*(*(p as *const crate::tuple::TupleObj)).items.get();
        if items
            .iter()
            .all(|x| !x.is_null() && tracked_head(x).is_none())
        {
            list_remove(g);
            (*g).refs = UNTRACKED;
        }
    }
}

/// Stops tracking (called on deallocation).
///
/// # Safety
/// `p` has a GC prefix.
pub unsafe fn untrack(p: *mut ObjHeader) {
    let g = head_of(p);
    // SAFETY: p has a prefix; a tracked object is in a list.
    unsafe {
        if (*g).refs != UNTRACKED {
            list_remove(g);
            (*g).refs = UNTRACKED;
        }
    }
    STATE.with(|s| {
        let c = s.gens[0].count.get();
        if c > 0 {
            s.gens[0].count.set(c - 1);
        }
    });
}

/// Is `v` an object the collector tracks?
#[inline]
fn tracked_head(v: &Value) -> Option<*mut GcHead> {
    if !v.is_ptr() {
        return None;
    }
    let p = v.as_ptr();
    // SAFETY: p is live; its type tells whether it has a prefix.
    unsafe {
        if !crate::object::has_gc_head(p) {
            return None;
        }
        let g = head_of(p);
        if (*g).refs == UNTRACKED {
            None
        } else {
            Some(g)
        }
    }
}

fn traverse(p: *mut ObjHeader, visit: &mut dyn FnMut(&Value)) {
    // SAFETY: p is a live tracked object; traverse slots only read.
    unsafe {
        if let Some(f) = (*(*p).ty).slots.traverse {
            f(p, visit);
        }
    }
}

fn collect_generations() {
    let mut which = None;
    STATE.with(|s| {
        for i in (0..NUM_GENERATIONS).rev() {
            if s.gens[i].count.get() > s.gens[i].threshold.get() {
                which = Some(i);
                break;
            }
        }
    });
    if let Some(g) = which {
        collect(g);
    }
}

/// Does the object need a finalizer call (so a cycle holding it cannot be
/// freed safely)?
fn has_finalizer(p: *mut ObjHeader) -> bool {
    // SAFETY: p is live.
    unsafe {
        let v = std::mem::ManuallyDrop::new(Value::from_owned_ptr(p));
        if crate::classic::is_instance(&v) {
            return crate::classic::instance_has_del(&v);
        }
        if crate::generator::is_generator(&v) {
            return crate::generator::needs_finalizing(&v);
        }
        (*(*p).ty).flags.contains(TypeFlags::HAS_FINALIZER)
    }
}

/// Collects generation `generation` (and younger); returns the number of
/// unreachable objects found.
pub fn collect(generation: usize) -> usize {
    if STATE.with(|s| s.collecting.replace(true)) {
        return 0;
    }
    // SAFETY: the lists hold live objects; no Python code runs until
    // delete_garbage, which follows CPython's re-entrancy-safe loop.
    let found = unsafe { collect_inner(generation) };
    STATE.with(|s| s.collecting.set(false));
    found
}

unsafe fn collect_inner(generation: usize) -> usize {
    STATE.with(|s| {
        if generation + 1 < NUM_GENERATIONS {
            let c = &s.gens[generation + 1].count;
            c.set(c.get() + 1);
        }
        for i in 0..=generation {
            s.gens[i].count.set(0);
        }
    });
    let young = gen_head(generation);
    // SAFETY: all list operations act on valid circular lists of live
    // tracked objects (see module invariants).
    unsafe {
        for i in 0..generation {
            list_merge(gen_head(i), young);
        }
        let old = if generation < NUM_GENERATIONS - 1 {
            gen_head(generation + 1)
        } else {
            young
        };

        // update_refs
        let mut g = (*young).next;
        while g != young {
            (*g).refs = (*obj_of(g)).refcnt as isize;
            g = (*g).next;
        }
        // subtract_refs
        let mut g = (*young).next;
        while g != young {
            traverse(obj_of(g), &mut |child| {
                if let Some(cg) = tracked_head(child)
                    && (*cg).refs > 0
                {
                    (*cg).refs -= 1;
                }
            });
            g = (*g).next;
        }
        // move_unreachable
        let mut unreachable = GcHead {
            next: std::ptr::null_mut(),
            prev: std::ptr::null_mut(),
            refs: 0,
        };
        let ur: *mut GcHead = &mut unreachable;
        (*ur).next = ur;
        (*ur).prev = ur;
        let mut g = (*young).next;
        while g != young {
            if (*g).refs != 0 {
                (*g).refs = REACHABLE;
                traverse(obj_of(g), &mut |child| {
                    if let Some(cg) = tracked_head(child) {
                        let r = (*cg).refs;
                        if r == 0 {
                            (*cg).refs = 1;
                        } else if r == TENTATIVELY_UNREACHABLE {
                            list_move(cg, young);
                            (*cg).refs = 1;
                        }
                    }
                });
                let next = (*g).next;
                maybe_untrack_tuple(g);
                g = next;
            } else {
                let next = (*g).next;
                list_move(g, ur);
                (*g).refs = TENTATIVELY_UNREACHABLE;
                g = next;
            }
        }
        // survivors move to the next generation
        if young != old {
            list_merge(young, old);
        }
        // finalizers: objects with __del__, and everything they reach
        let mut finalizers = GcHead {
            next: std::ptr::null_mut(),
            prev: std::ptr::null_mut(),
            refs: 0,
        };
        let fr: *mut GcHead = &mut finalizers;
        (*fr).next = fr;
        (*fr).prev = fr;
        let mut g = (*ur).next;
        while g != ur {
            let next = (*g).next;
            if has_finalizer(obj_of(g)) {
                list_move(g, fr);
                (*g).refs = REACHABLE;
            }
            g = next;
        }
        let mut g = (*fr).next;
        while g != fr {
            traverse(obj_of(g), &mut |child| {
                if let Some(cg) = tracked_head(child)
                    && (*cg).refs == TENTATIVELY_UNREACHABLE
                {
                    list_move(cg, fr);
                    (*cg).refs = REACHABLE;
                }
            });
            g = (*g).next;
        }
        let m = list_size(ur);
        let n = list_size(fr);
        // weak references to garbage die now
        let mut g = (*ur).next;
        while g != ur {
            let p = obj_of(g);
            if crate::weakref::has_weakrefs(p) {
                crate::weakref::clear_weakrefs(p);
            }
            g = (*g).next;
        }
        // delete_garbage: break the cycles (`clear` unlinks objects from
        // the list behind clippy's back)
        #[allow(clippy::while_immutable_condition)]
        while (*ur).next != ur {
            let g = (*ur).next;
            let p = obj_of(g);
            if let Some(clear) = (*(*p).ty).slots.clear {
                let keep = Value::from_borrowed_ptr(p);
                clear(p);
                drop(keep);
            }
            if (*ur).next == g {
                // still alive: it may die later
                list_move(g, old);
                (*g).refs = REACHABLE;
            }
        }
        // uncollectable objects: instances with __del__ go to gc.garbage
        let garbage = garbage_list();
        let mut g = (*fr).next;
        while g != fr {
            let p = obj_of(g);
            if has_finalizer(p) {
                crate::list::append(&garbage, Value::from_borrowed_ptr(p));
            }
            g = (*g).next;
        }
        list_merge(fr, old);
        m + n
    }
}

/// `gc.garbage`.
pub fn garbage_list() -> Value {
    STATE.with(|s| {
        let mut g = s.garbage.borrow_mut();
        if g.is_null() {
            *g = crate::list::new(Vec::new());
        }
        g.clone()
    })
}

/// `gc.enable()` / `gc.disable()`.
pub fn set_enabled(on: bool) {
    STATE.with(|s| s.enabled.set(on));
}

/// `gc.isenabled()`.
pub fn is_enabled() -> bool {
    STATE.with(|s| s.enabled.get())
}

/// `gc.get_threshold()`.
pub fn thresholds() -> (isize, isize, isize) {
    STATE.with(|s| {
        (
            s.gens[0].threshold.get(),
            s.gens[1].threshold.get(),
            s.gens[2].threshold.get(),
        )
    })
}

/// `gc.set_threshold()`.
pub fn set_thresholds(t: &[isize]) {
    STATE.with(|s| {
        for (i, v) in t.iter().enumerate().take(NUM_GENERATIONS) {
            s.gens[i].threshold.set(*v);
        }
    });
}

/// `gc.get_count()`.
pub fn counts() -> (isize, isize, isize) {
    STATE.with(|s| {
        (
            s.gens[0].count.get(),
            s.gens[1].count.get(),
            s.gens[2].count.get(),
        )
    })
}

/// Is `v` tracked (`gc.is_tracked`)? Dicts answer as CPython 2.7's lazy
/// dict tracking would: only once they hold a key or value that may be
/// tracked (py2jit links every dict in, which is merely more work for
/// the collector).
pub fn is_tracked(v: &Value) -> bool {
    if tracked_head(v).is_none() {
        return false;
    }
    if crate::dict::is_dict(v) && crate::types::type_of_ptr_is(v, crate::rt::rt().types.dict) {
        return crate::dict::items_vec(v)
            .iter()
            .any(|(k, x)| may_be_tracked(k) || may_be_tracked(x));
    }
    true
}

/// `_PyObject_GC_MAY_BE_TRACKED`.
fn may_be_tracked(v: &Value) -> bool {
    tracked_head(v).is_some()
}

/// Every object the collector tracks, oldest generation last
/// (`gc.get_objects()`).
pub fn tracked_objects() -> Vec<Value> {
    let mut out = Vec::new();
    for i in 0..NUM_GENERATIONS {
        let head = gen_head(i);
        // SAFETY: no Python code runs while the lists are walked; each
        // node is the prefix of a live object.
        unsafe {
            let mut g = (*head).next;
            while g != head {
                let p = obj_of(g);
                if (*p).refcnt > 0 {
                    out.push(Value::from_borrowed_ptr(p));
                }
                g = (*g).next;
            }
        }
    }
    out
}

/// Runs an object's finalizer (`__del__`) during deallocation; errors are
/// reported the way CPython reports them ("Exception ... ignored").
///
/// # Safety
/// `p` is live with a temporary reference held by the caller.
pub unsafe fn run_finalizer(p: *mut ObjHeader) {
    // SAFETY: the caller holds a reference for the duration.
    let v = std::mem::ManuallyDrop::new(unsafe { Value::from_owned_ptr(p) });
    let r = if crate::generator::is_generator(&v) {
        crate::generator::finalize(&v)
    } else if crate::classic::is_instance(&v) {
        crate::classic::run_del(&v)
    } else {
        match crate::types::lookup_str(crate::object::type_of(&v), "__del__") {
            Some(f) => crate::ops::bind(&f, &v)
                .and_then(|b| crate::ops::call(&b, &[], &[]))
                .map(drop),
            None => Ok(()),
        }
    };
    if let Err(e) = r {
        crate::exceptions::write_unraisable(&e, &v);
    }
}
