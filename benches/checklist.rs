//! Loading and validating checklists: the built-in files, and a generated 3,000-item stage.
//!
//! `cargo bench --bench checklist`. Targets (issue 2): the built-in files under 1 ms; a
//! 3,000-item stage well under a second.

use std::borrow::Cow;
use std::fmt::Write;
use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use xhs_cancel::checklist::{Checklist, FILE_NAMES, SourceFile};

/// A preparation stage of `n` items, each the size of a real one: bilingual title and a
/// multi-paragraph detail, two sources, and a condition on every third item.
fn big_stage(n: usize) -> String {
    let mut s = String::from(
        "stage = \"preparation\"\n\
         title = { zh = \"注销前的准备\", en = \"Before you delete\" }\n\
         intro = { zh = \"注销前先做好这些。\", en = \"Do these first.\" }\n",
    );
    for i in 0..n {
        write!(
            s,
            "\n[[items]]\n\
             id = \"item-{i}\"\n\
             title = {{ zh = \"第 {i} 项：备份笔记、照片和评论\", en = \"Item {i}: back up your notes, photos and comments\" }}\n\
             detail = {{ zh = \"\"\"打开「我」→「设置」→「账号与安全」，逐项检查并保存。\n\n\
             据部分用户反馈，版本不同，入口位置可能不同。\"\"\", en = \"\"\"Open Me → Settings → Account and security, check each entry and save it.\n\n\
             Some users report the entry sits elsewhere in other versions.\"\"\" }}\n\
             required = {}\n\
             sources = [\"seed\", \"law\"]\n",
            i % 2 == 0
        )
        .unwrap();
        if i % 3 == 0 {
            s.push_str("when = { account-type = [\"personal\", \"pro\"] }\n");
        }
    }
    s
}

/// The minimal fixture set with its preparation stage replaced by `big_stage(n)`.
fn set_with_big_stage(n: usize) -> Vec<SourceFile> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/minimal");
    FILE_NAMES
        .iter()
        .map(|name| {
            let bytes = if *name == "preparation.toml" {
                big_stage(n).into_bytes()
            } else {
                std::fs::read(format!("{dir}/{name}")).unwrap()
            };
            // Borrowed, like the built-in files, so that each run measures parsing alone.
            SourceFile {
                path: format!("checklists/{name}"),
                bytes: Cow::Borrowed(Vec::leak(bytes)),
            }
        })
        .collect()
}

fn load(c: &mut Criterion) {
    c.bench_function("builtin: parse and validate the TOML (check)", |b| {
        let files = Checklist::builtin_files();
        b.iter(|| Checklist::parse(&files).unwrap())
    });
    c.bench_function(
        "builtin: the wizard's start (Checklist::builtin, fewer checks)",
        |b| b.iter(|| Checklist::builtin().unwrap()),
    );

    let files = set_with_big_stage(3000);
    let items: usize = Checklist::parse(&files)
        .expect("the generated set is valid")
        .stages
        .iter()
        .map(|s| s.items.len())
        .sum();
    assert!(items > 3000);
    let mut group = c.benchmark_group("generated");
    group.sample_size(20);
    group.bench_function("3000-item stage: load and validate", |b| {
        b.iter(|| Checklist::parse(black_box(&files)).unwrap())
    });
    group.finish();
}

criterion_group!(benches, load);
criterion_main!(benches);
