//! `parse-floor JOBS DIR`: the floor `entitle check` is measured against: the
//! same files read and parsed with spans (`toml::de::DeTable::parse`) on the
//! same number of threads, with the same allocator, and nothing else.

use rayon::prelude::*;

// The allocator `entitle` runs with: the system's would make the floor
// slower (5% on one thread) and the ratio to it look better than it is.
#[global_allocator]
static ALLOCATOR: entitle::alloc::MiMalloc = entitle::alloc::MiMalloc;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (Some(jobs), Some(dir)) = (args.get(1).and_then(|j| j.parse::<usize>().ok()), args.get(2)) else {
        eprintln!("usage: parse-floor JOBS DIR");
        std::process::exit(2);
    };
    let files = entitle::files::toml_files_below(std::path::Path::new(dir)).expect("read the corpus");
    let pool = rayon::ThreadPoolBuilder::new().num_threads(jobs).build().expect("a thread pool");
    let parsed: usize = pool.install(|| {
        files
            .par_iter()
            .map(|f| {
                let bytes = std::fs::read(f).expect("read a file");
                let text = std::str::from_utf8(&bytes).unwrap_or_default();
                usize::from(toml::de::DeTable::parse(text).is_ok())
            })
            .sum()
    });
    println!("{parsed} of {} files parsed", files.len());
}
