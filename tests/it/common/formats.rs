//! Every output format over some reports: shared by the integration tests
//! and the fuzz targets (which include this file by path).

use entitle::FileReport;
use entitle::render::human::{self, Style};
use entitle::render::{github, json, junit, markdown, sarif};

/// Each format's name and its rendering of `reports`.
pub fn every_format(reports: &[FileReport]) -> Vec<(&'static str, String)> {
    vec![
        ("human", human::render(reports, Style::default())),
        ("json", json::render(reports)),
        ("sarif", sarif::render(reports)),
        ("junit", junit::render(reports)),
        ("github", github::render(reports)),
        ("markdown", markdown::render(reports)),
    ]
}
