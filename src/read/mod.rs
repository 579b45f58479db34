//! Reading: from the files given to a typed manifest. The files below a
//! directory; bytes through the size, UTF-8 and depth limits into a spanned
//! tree ([`crate::text`]); the JSON Schema check of its structure, every
//! fault located; the manifest format itself, and its direct reader for
//! trees of the plain shape.

pub mod direct;
pub mod files;
pub mod input;
pub mod manifest;
pub mod structure;
