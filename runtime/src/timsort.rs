//! CPython 2.7's list sort (timsort), reproduced comparison for comparison.
//!
//! This module owns the sorting algorithm behind `list.sort()` / `sorted()`:
//! natural-run detection, binary insertion to extend short runs to `minrun`,
//! the pending-runs stack with its two length invariants, and the galloping
//! merges whose `min_gallop` threshold adapts as a merge goes. It owns nothing
//! Python-level: no list objects, no `cmp=`/`key=` calling, no exceptions.
//!
//! # The contract
//! * **Same comparisons, same order.** For any input and any "less than"
//!   (consistent or not, with side effects or not) the sequence of calls
//!   `lt(x, y)` is exactly the sequence of `ISLT(x, y)` calls CPython 2.7.18's
//!   `listsort` makes on the same items, and the final order is the same.
//!   Users see this through `__lt__` side effects and through comparators that
//!   lie. The argument order matters: `lt(x, y)` asks "is `x < y`?".
//! * **Errors stop at once.** The first `Err` from `lt` is returned unchanged;
//!   no further comparison is made. The items are then left in exactly the
//!   (partly sorted) order CPython leaves them in after the same failure, and
//!   that order is always a permutation: nothing lost, nothing duplicated.
//! * **Memory safety without `unsafe`.** [`sort`] never moves the caller's
//!   items while comparing. It sorts a vector of indices (which are `Copy`, so
//!   the merge's temporary copies are harmless) and applies the resulting
//!   permutation with swaps at the end, also after an error. A panic inside
//!   `lt` therefore leaves `keys`/`values` untouched.
//!
//! # What the caller does (mirroring `listsort` in `Objects/listobject.c`)
//! * `key=`: compute all keys first (in list order, stopping at the first
//!   error), then call [`sort`] with the keys and the original items as
//!   `values`. CPython compares only keys (its "sortwrapper" objects compare
//!   their `key` fields with `<`), and carries the items along.
//! * `cmp=`: make `lt(x, y)` call `cmp(x, y)` and answer `result < 0` (after
//!   checking the result is an int). With both `cmp=` and `key=`, `cmp` gets
//!   the keys.
//! * `reverse=True`: reverse the items (and keys) *before* sorting and again
//!   after it — also when the sort failed — exactly as CPython does. This keeps
//!   the sort stable in reverse. (Only lists of length > 1 are reversed, which
//!   makes no observable difference.)
//! * Mutation during the sort: CPython empties the list while sorting and
//!   raises `ValueError("list modified during sort")` afterwards if the list
//!   was touched (unless the sort already failed). That detection is the
//!   caller's; this module only sees the detached items.
//!
//! # Terms
//! * *run*: a maximal ascending (`a[i] <= a[i+1]`, i.e. `!(a[i+1] < a[i])`)
//!   or strictly descending (`a[i+1] < a[i]`) stretch; descending runs are
//!   reversed in place, which is stable because they are strict.
//! * *minrun*: the length short runs are extended to by binary insertion
//!   ([`merge_compute_minrun`]).
//! * *pending stack*: runs waiting to be merged; after each push CPython
//!   restores `len[-3] > len[-2] + len[-1]` and `len[-2] > len[-1]`.
//! * *galloping*: exponential then binary search used by a merge once one run
//!   has won [`MIN_GALLOP`]-ish times in a row; `min_gallop` persists across
//!   merges of one sort.

/// The `min_gallop` a sort starts with, and the number of consecutive wins by
/// one run that keeps a merge in galloping mode.
pub const MIN_GALLOP: usize = 7;

/// Sorts `keys` (and `values` alongside them, if given) with CPython 2.7's
/// algorithm, calling `lt(x, y)` for "is `x < y`?".
///
/// The comparisons made, their order, and the resulting order are those of
/// CPython's `list.sort` (see the module docs). On the first `Err` from `lt`
/// the sort stops and returns it; `keys` and `values` are then left in the
/// same permuted order CPython would leave the list in.
///
/// Lists shorter than 2 are not compared at all.
///
/// # Panics
/// Panics if `values` is given with a length different from `keys`. If `lt`
/// panics, the panic propagates and `keys`/`values` are left as they were.
pub fn sort<K, V, E>(
    keys: &mut [K],
    values: Option<&mut [V]>,
    lt: &mut dyn FnMut(&K, &K) -> Result<bool, E>,
) -> Result<(), E> {
    if let Some(vals) = &values {
        assert_eq!(
            vals.len(),
            keys.len(),
            "timsort::sort: keys and values differ in length"
        );
    }
    if keys.len() < 2 {
        return Ok(());
    }
    let mut perm: Vec<usize> = (0..keys.len()).collect();
    let result = {
        let keys_ref: &[K] = keys;
        sort_copy(&mut perm, &mut |&a: &usize, &b: &usize| {
            lt(&keys_ref[a], &keys_ref[b])
        })
    };
    apply_permutation(&mut perm, keys, values);
    result
}

/// Computes the order CPython's sort gives `n` items without moving them:
/// `lt(i, j)` compares the items with *original* indices `i` and `j`.
///
/// Returns the permutation (position -> original index) together with the
/// outcome; after an error the permutation is the partial order CPython leaves
/// the list in. Useful when the caller wants to move its items itself.
pub fn sort_permutation<E>(
    n: usize,
    lt: &mut dyn FnMut(usize, usize) -> Result<bool, E>,
) -> (Vec<usize>, Result<(), E>) {
    let mut perm: Vec<usize> = (0..n).collect();
    let result = sort_copy(&mut perm, &mut |&a: &usize, &b: &usize| lt(a, b));
    (perm, result)
}

/// Sorts a slice of `Copy` items in place with CPython 2.7's algorithm.
///
/// Same contract as [`sort`]. Because the items are `Copy`, the merges may
/// hold temporary copies; if `lt` *panics*, `v` may be left with some items
/// duplicated and others missing (memory-safe, but not a permutation). An
/// `Err` from `lt` always leaves a permutation.
pub fn sort_copy<T: Copy, E>(
    v: &mut [T],
    lt: &mut dyn FnMut(&T, &T) -> Result<bool, E>,
) -> Result<(), E> {
    let n = v.len();
    if n < 2 {
        return Ok(());
    }
    let mut ms = MergeState {
        lt,
        min_gallop: MIN_GALLOP,
        tmp: Vec::new(),
        pending: Vec::new(),
    };
    let minrun = merge_compute_minrun(n);
    let mut lo = 0;
    let mut nremaining = n;
    while nremaining > 0 {
        let (mut run, descending) = count_run(ms.lt, &v[lo..])?;
        if descending {
            v[lo..lo + run].reverse();
        }
        if run < minrun {
            let force = nremaining.min(minrun);
            binarysort(ms.lt, &mut v[lo..lo + force], run)?;
            run = force;
        }
        ms.pending.push(Run { base: lo, len: run });
        ms.merge_collapse(v)?;
        lo += run;
        nremaining -= run;
    }
    ms.merge_force_collapse(v)?;
    debug_assert!(ms.pending.len() == 1 && ms.pending[0].base == 0 && ms.pending[0].len == n);
    Ok(())
}

/// The run length short runs are extended to for a list of length `n`:
/// `n` itself below 64; otherwise a value in 32..=64 such that `n / minrun`
/// is a power of two or slightly less than one.
pub fn merge_compute_minrun(mut n: usize) -> usize {
    let mut r = 0;
    while n >= 64 {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

/// Moves `keys[perm[i]]` (and `values[perm[i]]`) to position `i` for every
/// `i`, by following the permutation's cycles with swaps. `perm` is consumed
/// as scratch (each slot is set to its own index once placed).
fn apply_permutation<K, V>(perm: &mut [usize], keys: &mut [K], mut values: Option<&mut [V]>) {
    // A permutation needs fewer than n swaps in all; more means `perm` is not
    // one (a bug in this module), which must not turn into an endless loop.
    let mut budget = perm.len();
    for start in 0..perm.len() {
        if perm[start] == start {
            continue;
        }
        // Position `j` still holds the item that belongs at the previous
        // position of the cycle; pull the item meant for `j` into it.
        let mut j = start;
        loop {
            let src = perm[j];
            perm[j] = j;
            if src == start {
                break;
            }
            budget = budget
                .checked_sub(1)
                .expect("timsort: sort order is not a permutation");
            keys.swap(j, src);
            if let Some(vals) = values.as_deref_mut() {
                vals.swap(j, src);
            }
            j = src;
        }
    }
}

/// One pending run: `v[base..base + len]`, already sorted.
#[derive(Clone, Copy, Debug)]
struct Run {
    base: usize,
    len: usize,
}

/// The state one sort threads through its merges.
struct MergeState<'a, T, E> {
    lt: &'a mut dyn FnMut(&T, &T) -> Result<bool, E>,
    /// Adaptive galloping threshold; starts at [`MIN_GALLOP`], nudged up for
    /// random data and down for structured data, kept across merges.
    min_gallop: usize,
    /// Scratch holding the smaller side of the current merge.
    tmp: Vec<T>,
    /// Pending runs, leftmost first; adjacent entries are adjacent in `v`.
    pending: Vec<Run>,
}

impl<T: Copy, E> MergeState<'_, T, E> {
    /// Merges pending runs until the stack invariants hold again.
    fn merge_collapse(&mut self, v: &mut [T]) -> Result<(), E> {
        while self.pending.len() > 1 {
            let p = &self.pending;
            let mut n = p.len() - 2;
            if (n > 0 && p[n - 1].len <= p[n].len + p[n + 1].len)
                || (n > 1 && p[n - 2].len <= p[n - 1].len + p[n].len)
            {
                if p[n - 1].len < p[n + 1].len {
                    n -= 1;
                }
                self.merge_at(v, n)?;
            } else if p[n].len <= p[n + 1].len {
                self.merge_at(v, n)?;
            } else {
                break;
            }
        }
        Ok(())
    }

    /// Merges everything left on the stack, at the end of the sort.
    fn merge_force_collapse(&mut self, v: &mut [T]) -> Result<(), E> {
        while self.pending.len() > 1 {
            let p = &self.pending;
            let mut n = p.len() - 2;
            if n > 0 && p[n - 1].len < p[n + 1].len {
                n -= 1;
            }
            self.merge_at(v, n)?;
        }
        Ok(())
    }

    /// Merges pending runs `i` and `i + 1` (which must be the last two or the
    /// two before the last).
    fn merge_at(&mut self, v: &mut [T], i: usize) -> Result<(), E> {
        let Run {
            base: mut pa,
            len: mut na,
        } = self.pending[i];
        let Run { base: pb, len: nb } = self.pending[i + 1];
        debug_assert!(na > 0 && nb > 0 && pa + na == pb);
        // The stack shrinks before any comparison, as in CPython, so an error
        // below leaves it describing the merged region.
        self.pending[i].len = na + nb;
        self.pending.remove(i + 1);

        // Items of A before the first item of B are already in place.
        let key = v[pb];
        let k = gallop_right(self.lt, &key, &v[pa..pa + na], 0)?;
        pa += k;
        na -= k;
        if na == 0 {
            return Ok(());
        }
        // Items of B after the last item of A are already in place.
        let key = v[pa + na - 1];
        let nb = gallop_left(self.lt, &key, &v[pb..pb + nb], nb - 1)?;
        if nb == 0 {
            return Ok(());
        }
        if na <= nb {
            self.merge_lo(v, pa, na, nb)
        } else {
            self.merge_hi(v, pa, na, nb)
        }
    }

    /// Merges `v[pa..pa+na]` with the `nb` items right after it, copying A to
    /// scratch and filling from the left. Requires `na <= nb`, `B[0] < A[0]`
    /// and `A[na-1]` belonging at the very end.
    fn merge_lo(&mut self, v: &mut [T], pa: usize, mut na: usize, mut nb: usize) -> Result<(), E> {
        let lt = &mut *self.lt;
        let tmp = &mut self.tmp;
        tmp.clear();
        tmp.extend_from_slice(&v[pa..pa + na]);
        // `dest` is where the next output goes, `ia` the next A item (in
        // `tmp`), `ib` the next B item (in `v`). Always `dest + na == ib`.
        let mut dest = pa;
        let mut ia = 0;
        let mut ib = pa + na;

        v[dest] = v[ib];
        dest += 1;
        ib += 1;
        nb -= 1;

        let outcome: Result<(), E> = 'merge: {
            if nb == 0 {
                break 'merge Ok(());
            }
            if na == 1 {
                // A's last item goes after all of B.
                v.copy_within(ib..ib + nb, dest);
                v[dest + nb] = tmp[ia];
                return Ok(());
            }
            let mut min_gallop = self.min_gallop;
            loop {
                let mut acount = 0usize;
                let mut bcount = 0usize;
                // One item at a time until one side keeps winning.
                loop {
                    debug_assert!(na > 1 && nb > 0);
                    let b_first = match lt(&v[ib], &tmp[ia]) {
                        Ok(b) => b,
                        Err(e) => break 'merge Err(e),
                    };
                    if b_first {
                        v[dest] = v[ib];
                        dest += 1;
                        ib += 1;
                        bcount += 1;
                        acount = 0;
                        nb -= 1;
                        if nb == 0 {
                            break 'merge Ok(());
                        }
                        if bcount >= min_gallop {
                            break;
                        }
                    } else {
                        v[dest] = tmp[ia];
                        dest += 1;
                        ia += 1;
                        acount += 1;
                        bcount = 0;
                        na -= 1;
                        if na == 1 {
                            v.copy_within(ib..ib + nb, dest);
                            v[dest + nb] = tmp[ia];
                            return Ok(());
                        }
                        if acount >= min_gallop {
                            break;
                        }
                    }
                }
                // Gallop while either side keeps winning big.
                min_gallop += 1;
                loop {
                    debug_assert!(na > 1 && nb > 0);
                    min_gallop -= usize::from(min_gallop > 1);
                    self.min_gallop = min_gallop;
                    let key = v[ib];
                    let k = match gallop_right(lt, &key, &tmp[ia..ia + na], 0) {
                        Ok(k) => k,
                        Err(e) => break 'merge Err(e),
                    };
                    acount = k;
                    if k > 0 {
                        v[dest..dest + k].copy_from_slice(&tmp[ia..ia + k]);
                        dest += k;
                        ia += k;
                        na -= k;
                        if na == 1 {
                            v.copy_within(ib..ib + nb, dest);
                            v[dest + nb] = tmp[ia];
                            return Ok(());
                        }
                        // Only an inconsistent comparator can empty A here.
                        if na == 0 {
                            break 'merge Ok(());
                        }
                    }
                    v[dest] = v[ib];
                    dest += 1;
                    ib += 1;
                    nb -= 1;
                    if nb == 0 {
                        break 'merge Ok(());
                    }

                    let key = tmp[ia];
                    let k = match gallop_left(lt, &key, &v[ib..ib + nb], 0) {
                        Ok(k) => k,
                        Err(e) => break 'merge Err(e),
                    };
                    bcount = k;
                    if k > 0 {
                        v.copy_within(ib..ib + k, dest);
                        dest += k;
                        ib += k;
                        nb -= k;
                        if nb == 0 {
                            break 'merge Ok(());
                        }
                    }
                    v[dest] = tmp[ia];
                    dest += 1;
                    ia += 1;
                    na -= 1;
                    if na == 1 {
                        v.copy_within(ib..ib + nb, dest);
                        v[dest + nb] = tmp[ia];
                        return Ok(());
                    }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                        break;
                    }
                }
                // Leaving galloping mode costs a point.
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        };
        // Success or failure: whatever is left of A fills the gap before B.
        if na > 0 {
            v[dest..dest + na].copy_from_slice(&tmp[ia..ia + na]);
        }
        outcome
    }

    /// Merges `v[pa..pa+na]` with the `nb` items right after it, copying B to
    /// scratch and filling from the right. Requires `na >= nb`, `B[0] < A[0]`
    /// and `A[na-1]` belonging at the very end.
    fn merge_hi(&mut self, v: &mut [T], pa: usize, mut na: usize, mut nb: usize) -> Result<(), E> {
        let lt = &mut *self.lt;
        let tmp = &mut self.tmp;
        tmp.clear();
        tmp.extend_from_slice(&v[pa + na..pa + na + nb]);
        // Everything is addressed through the remaining counts: the last A
        // item is `v[pa + na - 1]`, the last B item is `tmp[nb - 1]`, and the
        // next output slot is `v[pa + na + nb - 1]`.

        v[pa + na + nb - 1] = v[pa + na - 1];
        na -= 1;

        let outcome: Result<(), E> = 'merge: {
            if na == 0 {
                break 'merge Ok(());
            }
            if nb == 1 {
                // B's first item goes before all of A.
                v.copy_within(pa..pa + na, pa + 1);
                v[pa] = tmp[0];
                return Ok(());
            }
            let mut min_gallop = self.min_gallop;
            loop {
                let mut acount = 0usize;
                let mut bcount = 0usize;
                loop {
                    debug_assert!(na > 0 && nb > 1);
                    let b_first = match lt(&tmp[nb - 1], &v[pa + na - 1]) {
                        Ok(b) => b,
                        Err(e) => break 'merge Err(e),
                    };
                    if b_first {
                        v[pa + na + nb - 1] = v[pa + na - 1];
                        acount += 1;
                        bcount = 0;
                        na -= 1;
                        if na == 0 {
                            break 'merge Ok(());
                        }
                        if acount >= min_gallop {
                            break;
                        }
                    } else {
                        v[pa + na + nb - 1] = tmp[nb - 1];
                        bcount += 1;
                        acount = 0;
                        nb -= 1;
                        if nb == 1 {
                            v.copy_within(pa..pa + na, pa + 1);
                            v[pa] = tmp[0];
                            return Ok(());
                        }
                        if bcount >= min_gallop {
                            break;
                        }
                    }
                }
                min_gallop += 1;
                loop {
                    debug_assert!(na > 0 && nb > 1);
                    min_gallop -= usize::from(min_gallop > 1);
                    self.min_gallop = min_gallop;
                    let key = tmp[nb - 1];
                    let k = match gallop_right(lt, &key, &v[pa..pa + na], na - 1) {
                        Ok(k) => na - k,
                        Err(e) => break 'merge Err(e),
                    };
                    acount = k;
                    if k > 0 {
                        v.copy_within(pa + na - k..pa + na, pa + na - k + nb);
                        na -= k;
                        if na == 0 {
                            break 'merge Ok(());
                        }
                    }
                    v[pa + na + nb - 1] = tmp[nb - 1];
                    nb -= 1;
                    if nb == 1 {
                        v.copy_within(pa..pa + na, pa + 1);
                        v[pa] = tmp[0];
                        return Ok(());
                    }

                    let key = v[pa + na - 1];
                    let k = match gallop_left(lt, &key, &tmp[..nb], nb - 1) {
                        Ok(k) => nb - k,
                        Err(e) => break 'merge Err(e),
                    };
                    bcount = k;
                    if k > 0 {
                        v[pa + na + nb - k..pa + na + nb].copy_from_slice(&tmp[nb - k..nb]);
                        nb -= k;
                        if nb == 1 {
                            v.copy_within(pa..pa + na, pa + 1);
                            v[pa] = tmp[0];
                            return Ok(());
                        }
                        // Only an inconsistent comparator can empty B here.
                        if nb == 0 {
                            break 'merge Ok(());
                        }
                    }
                    v[pa + na + nb - 1] = v[pa + na - 1];
                    na -= 1;
                    if na == 0 {
                        break 'merge Ok(());
                    }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                        break;
                    }
                }
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        };
        // Success or failure: whatever is left of B fills the gap after A.
        if nb > 0 {
            v[pa + na..pa + na + nb].copy_from_slice(&tmp[..nb]);
        }
        outcome
    }
}

/// Length of the run starting at `v[0]` (`v` non-empty) and whether it is
/// strictly descending.
fn count_run<T, E>(
    lt: &mut dyn FnMut(&T, &T) -> Result<bool, E>,
    v: &[T],
) -> Result<(usize, bool), E> {
    debug_assert!(!v.is_empty());
    if v.len() == 1 {
        return Ok((1, false));
    }
    let mut n = 2;
    if lt(&v[1], &v[0])? {
        while n < v.len() && lt(&v[n], &v[n - 1])? {
            n += 1;
        }
        Ok((n, true))
    } else {
        while n < v.len() && !lt(&v[n], &v[n - 1])? {
            n += 1;
        }
        Ok((n, false))
    }
}

/// Binary insertion sort of `v`, whose first `sorted` items are already in
/// order. Stable: an item goes after the items equal to it. On error the item
/// being placed has not moved yet, so `v` stays a permutation.
fn binarysort<T: Copy, E>(
    lt: &mut dyn FnMut(&T, &T) -> Result<bool, E>,
    v: &mut [T],
    sorted: usize,
) -> Result<(), E> {
    let start = sorted.max(1);
    for i in start..v.len() {
        let pivot = v[i];
        let mut l = 0;
        let mut r = i;
        // pivot >= everything in v[..l]; pivot < everything in v[r..i].
        while l < r {
            let p = l + ((r - l) >> 1);
            if lt(&pivot, &v[p])? {
                r = p;
            } else {
                l = p + 1;
            }
        }
        v.copy_within(l..i, l + 1);
        v[l] = pivot;
    }
    Ok(())
}

/// Where `key` goes in sorted `a` (non-empty), left of any equal items: the
/// `k` with `a[k-1] < key <= a[k]`. The search starts at `a[hint]` and
/// gallops outwards (1, 3, 7, 15, ... away) before a binary search.
fn gallop_left<T, E>(
    lt: &mut dyn FnMut(&T, &T) -> Result<bool, E>,
    key: &T,
    a: &[T],
    hint: usize,
) -> Result<usize, E> {
    let n = a.len();
    debug_assert!(n > 0 && hint < n);
    let mut lastofs = 0;
    let mut ofs = 1;
    // After the gallop: a[lo - 1] < key <= a[hi] (a[-1] = -inf, a[n] = +inf).
    let (mut lo, mut hi);
    if lt(&a[hint], key)? {
        // a[hint] < key: gallop right.
        let maxofs = n - hint;
        while ofs < maxofs {
            if lt(&a[hint + ofs], key)? {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            } else {
                break;
            }
        }
        ofs = ofs.min(maxofs);
        lo = hint + lastofs + 1;
        hi = hint + ofs;
    } else {
        // key <= a[hint]: gallop left.
        let maxofs = hint + 1;
        while ofs < maxofs {
            if lt(&a[hint - ofs], key)? {
                break;
            }
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        ofs = ofs.min(maxofs);
        lo = hint + 1 - ofs;
        hi = hint - lastofs;
    }
    while lo < hi {
        let m = lo + ((hi - lo) >> 1);
        if lt(&a[m], key)? {
            lo = m + 1;
        } else {
            hi = m;
        }
    }
    Ok(hi)
}

/// Like [`gallop_left`] but right of any equal items: the `k` with
/// `a[k-1] <= key < a[k]`.
fn gallop_right<T, E>(
    lt: &mut dyn FnMut(&T, &T) -> Result<bool, E>,
    key: &T,
    a: &[T],
    hint: usize,
) -> Result<usize, E> {
    let n = a.len();
    debug_assert!(n > 0 && hint < n);
    let mut lastofs = 0;
    let mut ofs = 1;
    // After the gallop: a[lo - 1] <= key < a[hi].
    let (mut lo, mut hi);
    if lt(key, &a[hint])? {
        // key < a[hint]: gallop left.
        let maxofs = hint + 1;
        while ofs < maxofs {
            if lt(key, &a[hint - ofs])? {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            } else {
                break;
            }
        }
        ofs = ofs.min(maxofs);
        lo = hint + 1 - ofs;
        hi = hint - lastofs;
    } else {
        // a[hint] <= key: gallop right.
        let maxofs = n - hint;
        while ofs < maxofs {
            if lt(key, &a[hint + ofs])? {
                break;
            }
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        ofs = ofs.min(maxofs);
        lo = hint + lastofs + 1;
        hi = hint + ofs;
    }
    while lo < hi {
        let m = lo + ((hi - lo) >> 1);
        if lt(key, &a[m])? {
            hi = m;
        } else {
            lo = m + 1;
        }
    }
    Ok(hi)
}

#[cfg(test)]
mod tests {
    //! The fixture `tests/fixtures/timsort.txt` is produced by
    //! `tests/fixtures/gen_timsort.py` under CPython 2.7.18; its header
    //! documents the format.
    use super::*;
    use std::rc::Rc;

    const FIXTURE: &str = include_str!("../tests/fixtures/timsort.txt");

    fn fnv(words: impl IntoIterator<Item = u64>) -> u64 {
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for w in words {
            h = (h ^ w).wrapping_mul(0x0100_0000_01b3);
        }
        h
    }

    #[derive(Debug)]
    struct Item {
        v: i64,
        i: usize,
    }

    #[derive(Debug, PartialEq)]
    struct Boom;

    struct Case {
        name: String,
        mode: String,
        param: u64,
        values: Vec<i64>,
        count: usize,
        log_hash: u64,
        log: Option<Vec<usize>>,
        out_hash: u64,
        out: Option<Vec<usize>>,
    }

    struct RaiseAll {
        name: String,
        values: Vec<i64>,
        hashes: Vec<u64>,
    }

    fn nums<T: std::str::FromStr>(words: &[&str]) -> Vec<T>
    where
        T::Err: std::fmt::Debug,
    {
        words.iter().map(|w| w.parse().unwrap()).collect()
    }

    fn parse() -> (Vec<Case>, Vec<RaiseAll>) {
        let mut cases = Vec::new();
        let mut alls = Vec::new();
        let mut lines = FIXTURE.lines();
        while let Some(line) = lines.next() {
            let head: Vec<&str> = line.split_whitespace().collect();
            let values_line: Vec<&str> = lines.next().unwrap().split_whitespace().collect();
            assert_eq!(values_line[0], "V");
            let values: Vec<i64> = nums(&values_line[1..]);
            match head[0] {
                "C" => {
                    let n: usize = head[4].parse().unwrap();
                    assert_eq!(values.len(), n);
                    let l: Vec<&str> = lines.next().unwrap().split_whitespace().collect();
                    let o: Vec<&str> = lines.next().unwrap().split_whitespace().collect();
                    assert_eq!((l[0], o[0]), ("L", "O"));
                    cases.push(Case {
                        name: head[1].to_string(),
                        mode: head[2].to_string(),
                        param: head[3].parse().unwrap(),
                        values,
                        count: l[1].parse().unwrap(),
                        log_hash: l[2].parse().unwrap(),
                        log: (l.len() > 3 || l[1] == "0").then(|| nums(&l[3..])),
                        out_hash: o[1].parse().unwrap(),
                        out: (o.len() > 2 || n == 0).then(|| nums(&o[2..])),
                    });
                }
                "R" => {
                    let h: Vec<&str> = lines.next().unwrap().split_whitespace().collect();
                    assert_eq!(h[0], "H");
                    alls.push(RaiseAll {
                        name: head[1].to_string(),
                        values,
                        hashes: nums(&h[1..]),
                    });
                }
                other => panic!("bad fixture line kind {other}"),
            }
        }
        (cases, alls)
    }

    /// Sorts like the generator's `It` objects do; returns the flattened
    /// comparison log, the final order (original indices) and the outcome.
    fn run(mode: &str, param: u64, values: &[i64]) -> (Vec<usize>, Vec<usize>, Result<(), Boom>) {
        let mut log = Vec::new();
        let mut lcg = param;
        let mut keys: Vec<Rc<Item>> = values
            .iter()
            .enumerate()
            .map(|(i, &v)| Rc::new(Item { v, i }))
            .collect();
        let mut lt = |a: &Rc<Item>, b: &Rc<Item>| -> Result<bool, Boom> {
            log.push(a.i);
            log.push(b.i);
            match mode {
                "random" => {
                    lcg = lcg
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    Ok((lcg >> 33) & 1 == 1)
                }
                "biased" => {
                    lcg = lcg
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    Ok((lcg >> 33) % 100 < param % 100)
                }
                "raise" if log.len() / 2 == param as usize => Err(Boom),
                _ => Ok(a.v < b.v),
            }
        };
        let (result, order): (Result<(), Boom>, Vec<usize>) = match mode {
            "key" => {
                let mut carried: Vec<Box<usize>> = (0..values.len()).map(Box::new).collect();
                let r = sort(&mut keys, Some(&mut carried[..]), &mut lt);
                for (k, c) in keys.iter().zip(&carried) {
                    assert_eq!(k.i, **c, "key and value separated");
                }
                (r, carried.iter().map(|c| **c).collect())
            }
            "reverse" => {
                keys.reverse();
                let r = sort::<_, (), _>(&mut keys, None, &mut lt);
                keys.reverse();
                (r, keys.iter().map(|k| k.i).collect())
            }
            _ => {
                let r = sort::<_, (), _>(&mut keys, None, &mut lt);
                (r, keys.iter().map(|k| k.i).collect())
            }
        };
        for k in &keys {
            assert_eq!(Rc::strong_count(k), 1, "a key was duplicated or leaked");
        }
        let mut seen = vec![false; values.len()];
        for &i in &order {
            assert!(!seen[i], "index {i} appears twice");
            seen[i] = true;
        }
        (log, order, result)
    }

    #[test]
    fn comparison_logs_match_cpython() {
        let (cases, _) = parse();
        assert!(cases.len() > 100);
        for c in &cases {
            let (log, order, result) = run(&c.mode, c.param, &c.values);
            if let Some(expected) = &c.log
                && &log != expected
            {
                let first = log
                    .chunks(2)
                    .zip(expected.chunks(2))
                    .position(|(a, b)| a != b);
                panic!(
                    "{}: logs differ, first difference at comparison {first:?}",
                    c.name
                );
            }
            assert_eq!(log.len() / 2, c.count, "{}: comparison count", c.name);
            assert_eq!(
                fnv(log.iter().map(|&x| x as u64)),
                c.log_hash,
                "{}: log hash",
                c.name
            );
            if let Some(expected) = &c.out {
                assert_eq!(&order, expected, "{}: final order", c.name);
            }
            assert_eq!(
                fnv(order.iter().map(|&x| x as u64)),
                c.out_hash,
                "{}: order hash",
                c.name
            );
            assert_eq!(result.is_err(), c.mode == "raise", "{}: outcome", c.name);
        }
    }

    #[test]
    fn every_failure_point_leaves_cpythons_order() {
        let (_, alls) = parse();
        assert_eq!(alls.len(), 2);
        for a in &alls {
            let (log, _, ok) = run("plain", 0, &a.values);
            assert!(ok.is_ok());
            assert_eq!(
                log.len() / 2,
                a.hashes.len(),
                "{}: comparison count",
                a.name
            );
            for (at, &h) in a.hashes.iter().enumerate() {
                let (log, order, result) = run("raise", at as u64 + 1, &a.values);
                assert_eq!(result, Err(Boom));
                assert_eq!(log.len() / 2, at + 1, "{}: stopped late", a.name);
                assert_eq!(
                    fnv(order.iter().map(|&x| x as u64)),
                    h,
                    "{}: order after failing at {}",
                    a.name,
                    at + 1
                );
            }
        }
    }

    /// A deterministic stream of small numbers for property tests.
    fn lcg_values(seed: u64, n: usize, range: u64) -> Vec<i64> {
        let mut s = seed;
        (0..n)
            .map(|_| {
                s = s
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                ((s >> 33) % range) as i64
            })
            .collect()
    }

    #[test]
    fn consistent_comparator_gives_a_stable_sort() {
        for (seed, n, range) in [
            (1, 0, 1),
            (2, 1, 1),
            (3, 77, 5),
            (4, 1000, 30),
            (5, 5000, 100_000),
            (6, 4096, 2),
        ] {
            let values = lcg_values(seed, n, range);
            let (_, order, result) = run("plain", 0, &values);
            assert!(result.is_ok());
            let mut expected: Vec<usize> = (0..n).collect();
            expected.sort_by_key(|&i| values[i]);
            assert_eq!(order, expected);
        }
    }

    #[test]
    fn error_midway_keeps_every_element_once() {
        // Owned, non-Copy keys and values with destructors.
        let n = 1500;
        let values = lcg_values(9, n, 40);
        for stop_at in [1usize, 17, 500, 3000, 9000] {
            let mut keys: Vec<String> = values.iter().map(|v| format!("{v:04}")).collect();
            let mut vals: Vec<Vec<usize>> = (0..n).map(|i| vec![i]).collect();
            let mut calls = 0;
            let r = sort(
                &mut keys,
                Some(&mut vals[..]),
                &mut |a: &String, b: &String| {
                    calls += 1;
                    if calls == stop_at {
                        Err(calls)
                    } else {
                        Ok(a < b)
                    }
                },
            );
            assert_eq!(r, Err(stop_at));
            assert_eq!(calls, stop_at, "no comparison after the error");
            let mut seen: Vec<usize> = vals.iter().map(|v| v[0]).collect();
            for (k, v) in keys.iter().zip(&vals) {
                assert_eq!(
                    *k,
                    format!("{:04}", values[v[0]]),
                    "key and value separated"
                );
            }
            seen.sort_unstable();
            assert_eq!(seen, (0..n).collect::<Vec<_>>());
        }
    }

    #[test]
    fn panic_in_comparator_leaves_items_untouched() {
        let values = lcg_values(11, 300, 50);
        let mut keys: Vec<String> = values.iter().map(|v| v.to_string()).collect();
        let before = keys.clone();
        let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            let mut calls = 0;
            let _ = sort::<_, (), ()>(&mut keys, None, &mut |a: &String, b: &String| {
                calls += 1;
                assert!(calls < 1000, "comparator gave up");
                Ok(a.len() < b.len() || (a.len() == b.len() && a < b))
            });
        }));
        assert!(outcome.is_err());
        assert_eq!(keys, before);
    }

    #[test]
    fn permutation_api_agrees_with_sort() {
        let values = lcg_values(12, 900, 60);
        let (perm, r) = sort_permutation::<()>(values.len(), &mut |i, j| Ok(values[i] < values[j]));
        assert!(r.is_ok());
        let (_, order, _) = run("plain", 0, &values);
        assert_eq!(perm, order);
        let mut copy = values.clone();
        sort_copy::<_, ()>(&mut copy, &mut |a, b| Ok(a < b)).unwrap();
        assert_eq!(copy, perm.iter().map(|&i| values[i]).collect::<Vec<_>>());
    }

    #[test]
    fn minrun_matches_cpython() {
        for (n, want) in [
            (0, 0),
            (1, 1),
            (63, 63),
            (64, 32),
            (65, 33),
            (127, 64),
            (128, 32),
            (2000, 63),
            (1 << 20, 32),
        ] {
            assert_eq!(merge_compute_minrun(n), want, "n = {n}");
        }
    }
}
