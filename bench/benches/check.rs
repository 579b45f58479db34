//! Criterion benchmarks of the pieces of a check: compiling the built-in
//! policies, checking one small and one large manifest, and each renderer.

use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;

use entitle::policy::Library;
use entitle::render::{github, json, junit, markdown, sarif};
use entitle::{Checker, Options};

fn corpus(count: usize) -> Vec<String> {
    let mut rng = entitle_bench::Rng::new(7);
    (0..count).map(|n| entitle_bench::manifest(&mut rng, n).1).collect()
}

fn benches(c: &mut Criterion) {
    c.bench_function("compile built-in policies", |b| b.iter(|| Library::builtin().expect("compiles")));

    let library = Library::builtin().expect("compiles");
    let checker = Checker::new(&library, Options::default());
    let small = std::fs::read("../examples/eligible.toml").expect("the example");
    c.bench_function("check a small manifest", |b| b.iter(|| checker.check("eligible.toml", black_box(&small))));

    let large = corpus(40).into_iter().max_by_key(String::len).expect("a manifest");
    c.bench_function("check a large manifest", |b| b.iter(|| checker.check("large.toml", black_box(large.as_bytes()))));

    let reports: Vec<_> =
        corpus(200).iter().enumerate().map(|(i, m)| checker.check(&format!("m{i}.toml"), m.as_bytes())).collect();
    let mut group = c.benchmark_group("render 200 reports");
    group.bench_function("json", |b| b.iter(|| json::render(black_box(&reports))));
    group.bench_function("sarif", |b| b.iter(|| sarif::render(black_box(&reports))));
    group.bench_function("junit", |b| b.iter(|| junit::render(black_box(&reports))));
    group.bench_function("github", |b| b.iter(|| github::render(black_box(&reports))));
    group.bench_function("markdown", |b| b.iter(|| markdown::render(black_box(&reports))));
    group.bench_function("human", |b| {
        b.iter(|| entitle::render::human::render(black_box(&reports), entitle::render::human::Style::default()))
    });
    group.finish();
}

criterion_group!(check, benches);
criterion_main!(check);
