//! Heap objects: the common header, allocation, and deallocation.
//!
//! Every heap object starts with [`ObjHeader`] (reference count, type
//! pointer), followed by the payload of its layout (`#[repr(C)]` structs
//! such as `ListObj`). Objects whose type has [`TypeFlags::HAS_GC`] are
//! allocated with a [`GcHead`] *before* the header (see `gc.rs`): the object
//! pointer always points at the header.
//!
//! Instances of user classes that extend a builtin layout carry an extension
//! area at `type.ext_offset` holding the instance `__dict__` and the
//! `__slots__` values (see [`InstanceExt`]). `type.basicsize` is the full
//! size of an instance, extension included.
//!
//! Invariants:
//! - `refcnt` counts the owning [`Value`]s and raw owners; at zero the object
//!   is finalized (`__del__`, which may resurrect it), then its payload is
//!   dropped and its memory freed.
//! - deallocation is never deeper than [`MAX_DEALLOC_DEPTH`] native frames:
//!   deeper objects are queued and freed iteratively (CPython's trashcan),
//!   so dropping a million-node linked list cannot overflow the stack.

use crate::gc::{self, GcHead};
use crate::types::{TypeFlags, TypeObject};
use crate::value::Value;
use std::alloc::{Layout, alloc, dealloc};
use std::cell::{Cell, RefCell};

/// The header of every heap object.
#[repr(C)]
pub struct ObjHeader {
    /// Number of owning references.
    pub refcnt: usize,
    /// The object's type. Heap types are kept alive by their instances.
    pub ty: *mut TypeObject,
}

/// The extension area of instances of user classes: the instance dict and
/// the values of `__slots__`, located at `type.ext_offset`.
#[repr(C)]
pub struct InstanceExt {
    /// The instance `__dict__` (a dict), or NULL before the first use or
    /// when the class has `__slots__` without `__dict__`.
    pub dict: Value,
    /// Slot values follow inline: `nslots` Values (see `TypeObject::nslots`).
    pub slots: [Value; 0],
}

/// Deallocation nesting beyond which objects are queued (the trashcan).
pub const MAX_DEALLOC_DEPTH: u32 = 64;

thread_local! {
    static DEALLOC_DEPTH: Cell<u32> = const { Cell::new(0) };
    static DEALLOC_QUEUE: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
}

/// Memory layout of an object of `size` bytes, with or without GC prefix.
#[inline]
fn block_layout(size: usize, gc: bool) -> Layout {
    let total = if gc {
        size + std::mem::size_of::<GcHead>()
    } else {
        size
    };
    // SAFETY: 8 is a power of two, and sizes are far below isize::MAX.
    unsafe { Layout::from_size_align_unchecked(total.max(8), 8) }
}

/// Allocates an object of `ty` with payload `init`, refcount 1, tracked by
/// the cycle collector when the type has GC. `T` must be a `#[repr(C)]`
/// struct whose first field is an [`ObjHeader`]; its header is overwritten.
/// The instance occupies `ty.basicsize` bytes (at least `size_of::<T>()`);
/// bytes past `T` (an [`InstanceExt`]) are set to NULL Values.
///
/// # Safety
/// `T` has an `ObjHeader` at offset 0 and `ty` is a live type whose
/// `basicsize` is at least `size_of::<T>()` and whose `drop_payload` drops
/// a `T`.
pub unsafe fn alloc_object<T>(ty: *mut TypeObject, init: T) -> *mut T {
    // SAFETY: see the function contract; memory is fresh and big enough.
    unsafe {
        let size = (*ty).basicsize as usize;
        debug_assert!(size >= std::mem::size_of::<T>());
        let has_gc = (*ty).flags.contains(TypeFlags::HAS_GC);
        let layout = block_layout(size, has_gc);
        let block = alloc(layout);
        if block.is_null() {
            std::alloc::handle_alloc_error(layout);
        }
        let obj = if has_gc {
            block.add(std::mem::size_of::<GcHead>())
        } else {
            block
        };
        let p = obj as *mut T;
        p.write(init);
        let extra = (size - std::mem::size_of::<T>()) / 8;
        let tail = obj.add(std::mem::size_of::<T>()) as *mut u64;
        for i in 0..extra {
            tail.add(i).write(Value::NULL.bits());
        }
        let h = p as *mut ObjHeader;
        (*h).refcnt = 1;
        (*h).ty = ty;
        if (*ty).flags.contains(TypeFlags::HEAPTYPE) {
            (*(ty as *mut ObjHeader)).refcnt += 1;
        }
        if has_gc {
            gc::track(h);
        }
        p
    }
}

/// Does object `p` carry a GC prefix? Instances of HAS_GC types do, except
/// type objects that are not heap types: builtin types are allocated
/// statically although their metatype `type` is a GC type (CPython's
/// `tp_is_gc` of `type`).
///
/// # Safety
/// `p` is a live object.
#[inline]
pub unsafe fn has_gc_head(p: *mut ObjHeader) -> bool {
    // SAFETY: forwarded contract; a Type-layout object is a TypeObject.
    unsafe {
        let ty = (*p).ty;
        (*ty).flags.contains(TypeFlags::HAS_GC)
            && ((*ty).layout != crate::types::Layout::Type || (*(p as *mut TypeObject)).is_heap())
    }
}

/// Allocates and wraps: [`alloc_object`] returning an owned [`Value`].
///
/// # Safety
/// As [`alloc_object`].
#[inline]
pub unsafe fn new_object<T>(ty: *mut TypeObject, init: T) -> Value {
    // SAFETY: forwarded contract; the fresh object's single reference moves
    // into the Value.
    unsafe { Value::from_owned_ptr(alloc_object(ty, init) as *mut ObjHeader) }
}

/// Called when a reference count reaches zero.
///
/// # Safety
/// `p` is a live object whose count just dropped to zero.
#[cold]
#[inline(never)]
pub unsafe fn decref_slow(p: *mut ObjHeader) {
    let depth = DEALLOC_DEPTH.with(|d| d.get());
    if depth >= MAX_DEALLOC_DEPTH {
        DEALLOC_QUEUE.with(|q| q.borrow_mut().push(p as usize));
        return;
    }
    DEALLOC_DEPTH.with(|d| d.set(depth + 1));
    // SAFETY: forwarded contract.
    unsafe { dealloc_object(p) };
    if depth == 0 {
        loop {
            let next = DEALLOC_QUEUE.with(|q| q.borrow_mut().pop());
            match next {
                // SAFETY: queued objects had a zero count when queued and
                // nothing can reach them since.
                Some(q) => unsafe { dealloc_object(q as *mut ObjHeader) },
                None => break,
            }
        }
    }
    DEALLOC_DEPTH.with(|d| d.set(depth));
}

/// Finalizes, drops and frees one object.
///
/// # Safety
/// `p` is live with a zero reference count.
unsafe fn dealloc_object(p: *mut ObjHeader) {
    // SAFETY: p is live (count zero, so we are the only user).
    unsafe {
        let ty = (*p).ty;
        if (*ty).flags.contains(TypeFlags::HAS_FINALIZER) {
            // Resurrect for the duration of the finalizer.
            (*p).refcnt = 1;
            crate::gc::run_finalizer(p);
            (*p).refcnt -= 1;
            if (*p).refcnt > 0 {
                return; // resurrected
            }
        }
        let has_gc = (*ty).flags.contains(TypeFlags::HAS_GC);
        if has_gc {
            gc::untrack(p);
        }
        if crate::weakref::has_weakrefs(p) {
            crate::weakref::clear_weakrefs(p);
        }
        if (*ty).layout == crate::types::Layout::Tuple
            && ty == crate::rt::rt().types.tuple
            && crate::tuple::keep_freed(p)
        {
            return;
        }
        if ty == crate::rt::rt().types.xrange_iter && crate::range::keep_freed(p) {
            return;
        }
        ((*ty).drop_payload)(p);
        if (*ty).ext_offset != 0 {
            drop_ext(p, ty);
        }
        let layout = block_layout((*ty).basicsize as usize, has_gc);
        let block = if has_gc {
            (p as *mut u8).sub(std::mem::size_of::<GcHead>())
        } else {
            p as *mut u8
        };
        dealloc(block, layout);
        if (*ty).flags.contains(TypeFlags::HEAPTYPE) {
            drop(Value::from_owned_ptr(ty as *mut ObjHeader));
        }
    }
}

/// Drops the instance dict and slot values of a user-class instance.
///
/// # Safety
/// `p` is an instance of `ty`, which has an extension area.
unsafe fn drop_ext(p: *mut ObjHeader, ty: *mut TypeObject) {
    // SAFETY: the extension area holds 1 + nslots Values.
    unsafe {
        let ext = (p as *mut u8).add((*ty).ext_offset as usize) as *mut Value;
        for i in 0..=(*ty).nslots as usize {
            std::ptr::drop_in_place(ext.add(i));
            ext.add(i).write(Value::NULL);
        }
    }
}

/// The extension area of an instance, if its type has one.
///
/// # Safety
/// `p` is a live object.
#[inline]
pub unsafe fn ext_of(p: *mut ObjHeader) -> Option<*mut InstanceExt> {
    // SAFETY: forwarded contract.
    unsafe {
        let off = (*(*p).ty).ext_offset as usize;
        if off == 0 {
            None
        } else {
            Some((p as *mut u8).add(off) as *mut InstanceExt)
        }
    }
}

/// A `drop_payload` for layout `T`.
///
/// # Safety
/// `p` points to a `T`.
pub unsafe fn drop_payload_of<T>(p: *mut ObjHeader) {
    // SAFETY: forwarded contract; the header has no Drop impl.
    unsafe { std::ptr::drop_in_place(p as *mut T) }
}

/// The type of any Value.
#[inline(always)]
pub fn type_of(v: &Value) -> *mut TypeObject {
    if v.is_ptr() {
        // SAFETY: pointer Values point to live objects.
        unsafe { (*v.as_ptr()).ty }
    } else {
        crate::types::type_of_unboxed(v)
    }
}

/// Reads the payload of an object as `&T`.
///
/// # Safety
/// `v` is a pointer to an object whose layout begins with `T`.
#[inline(always)]
pub unsafe fn payload<T>(v: &Value) -> &T {
    // SAFETY: forwarded contract; the Value keeps the object alive.
    unsafe { &*(v.as_ptr() as *const T) }
}
