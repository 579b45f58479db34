//! Output formats: each a small renderer over the same list of file reports.

pub mod entitlements;
pub mod github;
#[cfg(feature = "cli")]
pub mod human;
pub mod json;
pub mod junit;
pub mod markdown;
pub mod policies;
pub mod sarif;
pub mod stream;

/// A plain text table with a header row: each cell escaped onto one line,
/// columns padded to their widest cell in characters.
pub(crate) fn table<const N: usize>(head: &[String; N], rows: &[[String; N]]) -> String {
    let rows: Vec<[String; N]> =
        rows.iter().map(|row| row.clone().map(|cell| crate::escape::inline(&cell).into_owned())).collect();
    let rows = rows.as_slice();
    let mut widths = head.clone().map(|h| h.chars().count());
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let line = |cells: Vec<&str>| {
        let padded: Vec<String> = cells.iter().zip(widths).map(|(c, w)| crate::messages::pad(c, w)).collect();
        format!("{}\n", padded.join("  ").trim_end())
    };
    let mut out = line(head.iter().map(String::as_str).collect());
    for row in rows {
        out.push_str(&line(row.iter().map(String::as_str).collect()));
    }
    out
}
