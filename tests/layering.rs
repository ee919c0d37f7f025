//! The crate's layering, read from the `use` lines: no two top-level modules import each other,
//! directly or through others, and the model imports nothing of the screen.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Top-level module → the top-level modules its code (tests excluded) names as `crate::x`.
fn imports() -> BTreeMap<String, BTreeSet<String>> {
    let mut graph = BTreeMap::new();
    collect(
        Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/src")),
        &mut graph,
    );
    graph
}

fn collect(dir: &Path, graph: &mut BTreeMap<String, BTreeSet<String>>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            collect(&path, graph);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let module = top_module(&path);
            if module == "lib" || module == "main" || path.ends_with("tests.rs") {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            // Code only: tests and comments (doc links name modules without importing them) left out.
            let code: String = text
                .split("#[cfg(test)]")
                .next()
                .unwrap()
                .lines()
                .filter(|line| !line.trim_start().starts_with("//"))
                .collect::<Vec<_>>()
                .join("\n");
            let names = graph.entry(module.clone()).or_default();
            for (at, _) in code.match_indices("crate::") {
                let name: String = code[at + 7..]
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                // `timeline` is `session::timeline`, re-exported at the root.
                let name = if name == "timeline" {
                    "session".into()
                } else {
                    name
                };
                if !name.is_empty() && name != module {
                    names.insert(name);
                }
            }
        }
    }
}

fn top_module(path: &Path) -> String {
    let src = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/src"));
    let rel = path.strip_prefix(src).unwrap();
    let first = rel
        .components()
        .next()
        .unwrap()
        .as_os_str()
        .to_str()
        .unwrap();
    first.trim_end_matches(".rs").to_string()
}

/// A path of imports from `from` back to itself, if there is one.
fn cycle_through(graph: &BTreeMap<String, BTreeSet<String>>, from: &str) -> Option<Vec<String>> {
    let mut stack = vec![vec![from.to_string()]];
    let mut seen = BTreeSet::new();
    while let Some(path) = stack.pop() {
        for next in graph.get(path.last().unwrap()).into_iter().flatten() {
            if next == from {
                return Some([path.clone(), vec![next.clone()]].concat());
            }
            if seen.insert(next.clone()) {
                stack.push([path.clone(), vec![next.clone()]].concat());
            }
        }
    }
    None
}

#[test]
fn no_module_imports_itself_through_others() {
    let graph = imports();
    assert!(graph.len() > 10, "the walk found the modules: {graph:?}");
    for module in graph.keys() {
        if let Some(cycle) = cycle_through(&graph, module) {
            panic!("import cycle: {}", cycle.join(" -> "));
        }
    }
}

#[test]
fn the_model_and_the_report_import_nothing_of_the_screen() {
    let graph = imports();
    let screen = ["ui", "layout", "app", "backend", "keymap", "cli"];
    for model in [
        "wizard",
        "session",
        "report",
        "checklist",
        "calendar",
        "store",
    ] {
        let bad: Vec<_> = graph[model]
            .iter()
            .filter(|m| screen.contains(&m.as_str()))
            .collect();
        assert!(bad.is_empty(), "{model} imports {bad:?}");
    }
}

#[test]
fn the_cycle_finder_finds_a_cycle() {
    let mut graph = BTreeMap::new();
    graph.insert("a".to_string(), BTreeSet::from(["b".to_string()]));
    graph.insert("b".to_string(), BTreeSet::from(["a".to_string()]));
    assert_eq!(
        cycle_through(&graph, "a"),
        Some(vec!["a".into(), "b".into(), "a".into()])
    );
}

#[test]
fn the_string_tables_import_nothing_but_the_language() {
    let graph = imports();
    let names: Vec<_> = graph["i18n"].iter().collect();
    assert_eq!(names, ["text"], "i18n imports {names:?}");
}
