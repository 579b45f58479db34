//! `gen-corpus DIR COUNT [SEED]`: writes COUNT generated manifests into DIR.

use std::path::PathBuf;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (Some(dir), Some(count)) = (args.get(1), args.get(2).and_then(|c| c.parse::<usize>().ok())) else {
        eprintln!("usage: gen-corpus DIR COUNT [SEED]");
        std::process::exit(2);
    };
    let seed = args.get(3).and_then(|s| s.parse().ok()).unwrap_or(7);
    let dir = PathBuf::from(dir);
    let mut rng = entitle_bench::Rng::new(seed);
    let mut bytes = 0;
    for n in 0..count {
        // Spread the files over subdirectories, as a real repository would.
        let sub = dir.join(format!("{:03}", n / 1000));
        if n % 1000 == 0 {
            std::fs::create_dir_all(&sub).expect("create the corpus directory");
        }
        let (_, text) = entitle_bench::manifest(&mut rng, n);
        bytes += text.len();
        std::fs::write(sub.join(format!("partner-{n:06}.toml")), text).expect("write a manifest");
    }
    eprintln!("{count} manifests, {:.1} MB", bytes as f64 / 1e6);
}
