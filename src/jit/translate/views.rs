//! List views: the length and item array of a list that a local holds,
//! kept in registers so that indexing it again loads neither.
//!
//! A speculated list subscript (`speculate::speculative_subscr`) on a
//! list borrowed from local `l` records a view of it: the list's address,
//! its length and the address of its item array. Later subscripts of the
//! same local in the region use them: a bounds test against a register
//! and one load of the item. (Views do not cross loop heads: passing
//! them into loop bodies as block parameters measured slower on short
//! loops, fannkuch 134.6 -> 139.2 ms, medians of 21.)
//!
//! Invariants:
//! - A view of local `l` exists only while `local_known[l]` is that list
//!   (`Known::List` with the same address). The local holds a reference,
//!   so the list is alive wherever the view is used: only STORE_FAST and
//!   DELETE_FAST of this code rebind a fast local, and both drop the view
//!   before they release the old value.
//! - A view's length and items are Cranelift variables, so every path
//!   reaching a use brings its own definition. They are defined where
//!   the view is recorded (in the region's main flow, which dominates
//!   the rest of the region) and again after
//!   every helper call (`Tx::call`): only runtime code resizes a list,
//!   and compiled code reaches it only through helpers, which may run any
//!   Python code (a `__del__` from releasing a reference, too). So a view
//!   holds the list's current length and items on every path.
//! - Views are facts of a region: they end where facts end
//!   (`forget_facts`). Code emitted out of line after the body (exits)
//!   starts without views.

use super::speculate::Known;
use super::{I64, Tx, flags};
use cranelift_codegen::ir::{self, InstBuilder};
use cranelift_frontend::Variable;
use cranelift_module::Module;

/// The length and item array of the list local `local` holds.
#[derive(Clone, Copy)]
pub struct View {
    local: usize,
    /// The list's address (tag masked off).
    list: ir::Value,
    len: Variable,
    /// The address of the item array.
    items: Variable,
}

impl<M: Module> Tx<'_, '_, M> {
    /// The length and items of the list at address `p`, which the stack
    /// slot `slot` holds: from the view of the local the slot borrows it
    /// from when there is one, else loaded (and recorded as that local's
    /// view when the local is known to hold `p`).
    pub(super) fn list_view(&mut self, p: ir::Value, slot: usize) -> (ir::Value, ir::Value) {
        let local = self.borrowed[slot].filter(
            |l| matches!(self.local_known.get(*l), Some(Some((_, Known::List(a)))) if *a == p),
        );
        if let Some(v) = local.and_then(|l| self.view_of(l, p)) {
            let len = self.b.use_var(v.len);
            let items = self.b.use_var(v.items);
            return (len, items);
        }
        let (len, items) = self.load_view(p);
        if let Some(l) = local {
            self.record_view(l, p, len, items);
        }
        (len, items)
    }

    /// Local `l` holds the list at `p`, whose length and items are `len`
    /// and `items` here: records the view.
    fn record_view(&mut self, l: usize, p: ir::Value, len: ir::Value, items: ir::Value) {
        self.drop_view(l);
        let (lv, iv) = (self.b.declare_var(I64), self.b.declare_var(I64));
        self.b.def_var(lv, len);
        self.b.def_var(iv, items);
        self.views.push(View {
            local: l,
            list: p,
            len: lv,
            items: iv,
        });
    }

    /// Loads the length and item array of the list at address `p`.
    fn load_view(&mut self, p: ir::Value) -> (ir::Value, ir::Value) {
        let (items_off, len_off) = py2jit_runtime::list::vec_layout();
        let len = self.b.ins().load(I64, flags(), p, len_off as i32);
        let items = self.b.ins().load(I64, flags(), p, items_off as i32);
        (len, items)
    }

    /// After a helper call: every view's list may have been resized, so
    /// its length and items are loaded again.
    pub(super) fn reload_views(&mut self) {
        for v in self.views.clone() {
            let (len, items) = self.load_view(v.list);
            self.b.def_var(v.len, len);
            self.b.def_var(v.items, items);
        }
    }

    /// Local `l` is about to be rebound: its view ends.
    pub(super) fn drop_view(&mut self, l: usize) {
        self.views.retain(|v| v.local != l);
    }

    /// The view of local `l` of the list at `p`, if recorded.
    fn view_of(&self, l: usize, p: ir::Value) -> Option<View> {
        self.views
            .iter()
            .find(|v| v.local == l && v.list == p)
            .copied()
    }
}
