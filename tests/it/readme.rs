//! The README and the CLI reference show commands with what they print, in
//! ```` ```console ```` blocks (`$ entitle …`, then `? N` for the exit code
//! when it is not 0, then the output). Each block is run against the built
//! binary; a stale example fails here. `TRYCMD=overwrite cargo test readme`
//! rewrites the outputs after an intended change.

#[test]
fn every_console_block_prints_what_it_shows() {
    trycmd::TestCases::new()
        .register_bin("entitle", std::path::Path::new(env!("CARGO_BIN_EXE_entitle")))
        // The same output on every machine: no colours, English unless the
        // block says `--lang`, whatever the locale of the one running tests.
        .env("NO_COLOR", "1")
        .env("ENTITLE_LANG", "en")
        .case("README.md")
        .case("docs/cli.md");
}
