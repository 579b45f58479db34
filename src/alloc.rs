//! The binary's allocator: mimalloc, asked for plain blocks wherever a plain
//! block is aligned enough.
//!
//! Rust hands every allocation its alignment. The `mimalloc` crate passes
//! it on to `mi_malloc_aligned`, whose quick path needs a free block of the
//! size's own class at hand; without one, a size whose class is not a power
//! of two (24, 40, 48 bytes…: most of a parsed manifest's strings, vectors
//! and tree nodes) is served by over-allocating a larger block and aligning
//! inside it, and its own class never gets a page, so it takes that road
//! every time. A plain `mi_malloc` block is always aligned to 16 bytes when
//! its size is a multiple of 16, and to 8 otherwise (every class is a
//! multiple of 8, and a page's first block is aligned to 16): for any
//! alignment up to 16 that divides the size, the plain block is aligned
//! enough, and only larger alignments go through the aligned path.

use std::alloc::{GlobalAlloc, Layout};
use std::ffi::c_void;

use libmimalloc_sys as mi;

/// mimalloc, with plain allocations wherever they are aligned enough.
pub struct MiMalloc;

/// The largest alignment a plain block of a size that it divides has.
const PLAIN_ALIGN: usize = 16;

/// Whether a plain block of `size` bytes is aligned to `align` (a size of
/// zero, which no caller may ask for, takes the aligned path).
fn plain(size: usize, align: usize) -> bool {
    size != 0 && align <= PLAIN_ALIGN && size.is_multiple_of(align)
}

// SAFETY: each method hands mimalloc a request it accepts and returns what
// mimalloc returns: a block of at least the size asked, aligned as asked
// (plainly when `plain` holds, see above; otherwise by the aligned call),
// or null. Every block comes from mimalloc and goes back to `mi_free` or
// `mi_realloc*`, which take a pointer from any of its allocation calls.
unsafe impl GlobalAlloc for MiMalloc {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: mimalloc's allocation calls take any size and alignment.
        unsafe {
            if plain(layout.size(), layout.align()) {
                mi::mi_malloc(layout.size()).cast()
            } else {
                mi::mi_malloc_aligned(layout.size(), layout.align()).cast()
            }
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: as for `alloc`.
        unsafe {
            if plain(layout.size(), layout.align()) {
                mi::mi_zalloc(layout.size()).cast()
            } else {
                mi::mi_zalloc_aligned(layout.size(), layout.align()).cast()
            }
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
        // SAFETY: the caller passes a block this allocator returned.
        unsafe { mi::mi_free(ptr.cast::<c_void>()) }
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: the caller passes a block this allocator returned with
        // `layout`; the block returned is aligned as `layout` asks, plainly
        // when a plain block of `new_size` is.
        unsafe {
            if plain(new_size, layout.align()) {
                mi::mi_realloc(ptr.cast::<c_void>(), new_size).cast()
            } else {
                mi::mi_realloc_aligned(ptr.cast::<c_void>(), new_size, layout.align()).cast()
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every block is aligned as asked, whatever its size and alignment,
    /// through allocation, zeroed allocation and growth and shrinking.
    #[test]
    fn every_block_is_aligned_as_asked() {
        let allocator = MiMalloc;
        let mut held = Vec::new();
        for align in [1, 2, 4, 8, 16, 32, 64, 4096] {
            for size in (1..=300).chain([1000, 4096, 5000, 70_000, 1 << 20]) {
                let Ok(layout) = Layout::from_size_align(size, align) else { continue };
                // SAFETY: `layout` has a non-zero size; each block is
                // written within its size, and freed once, with its layout.
                unsafe {
                    let p = allocator.alloc(layout);
                    assert!(!p.is_null() && (p as usize).is_multiple_of(align), "alloc {size} bytes aligned {align}");
                    p.write_bytes(0xAB, size);
                    let z = allocator.alloc_zeroed(layout);
                    assert!(!z.is_null() && (z as usize).is_multiple_of(align), "zalloc {size} bytes aligned {align}");
                    assert!(std::slice::from_raw_parts(z, size).iter().all(|&b| b == 0));
                    allocator.dealloc(z, layout);
                    // A step of one byte either way, which mimalloc may
                    // take in place (handing back the pointer it was given,
                    // from whichever path made it), then far enough to move.
                    let nudged = allocator.realloc(p, layout, size + 1);
                    assert!(
                        !nudged.is_null() && (nudged as usize).is_multiple_of(align),
                        "nudge {size} aligned {align}"
                    );
                    let p = allocator.realloc(nudged, Layout::from_size_align_unchecked(size + 1, align), size);
                    assert!(!p.is_null() && (p as usize).is_multiple_of(align), "nudge back {size} aligned {align}");
                    assert!(std::slice::from_raw_parts(p, size).iter().all(|&b| b == 0xAB), "nudges kept the bytes");
                    let grown = size * 3 + 5;
                    let g = allocator.realloc(p, layout, grown);
                    assert!(
                        !g.is_null() && (g as usize).is_multiple_of(align),
                        "grow {size} to {grown} aligned {align}"
                    );
                    assert!(std::slice::from_raw_parts(g, size).iter().all(|&b| b == 0xAB), "grow kept the bytes");
                    let shrunk = (size / 2).max(1);
                    let s = allocator.realloc(g, Layout::from_size_align_unchecked(grown, align), shrunk);
                    assert!(!s.is_null() && (s as usize).is_multiple_of(align), "shrink to {shrunk} aligned {align}");
                    assert!(std::slice::from_raw_parts(s, shrunk).iter().all(|&b| b == 0xAB), "shrink kept them");
                    // Kept a while, so that later blocks come from pages in use.
                    held.push((s, Layout::from_size_align_unchecked(shrunk, align)));
                }
            }
        }
        for (p, layout) in held {
            // SAFETY: each block was allocated with this layout and is freed once.
            unsafe { allocator.dealloc(p, layout) }
        }
    }
}
