#!/usr/bin/env bash
# The pty harness: xhs-cancel side by side with the floor (a minimal ratatui program showing a
# 20-item list, benches/floor.rs), release builds, 100x30, built-in content. Prints time to
# first frame, bytes and latency per key, and peak memory (benches/tuiperf.py --help explains
# every column). Usage: bash benches/pty.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-20}"
cargo build --release --quiet --bin xhs-cancel --example floor
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# A session past the welcome screen, in English, on the preparation stage; each run resumes
# it (the cursor moves on by one per run). The fresh case stays on the welcome screen: L only
# switches the language.
mkdir -p "$work/resumed" "$work/fresh"
cat > "$work/resumed/session.toml" <<'TOML'
version = 1
lang = "en"
welcomed = true
stage = "preparation"
TOML

cat > "$work/spec.toml" <<TOML
[defaults]
quit = "q"

[[case]]
name = "floor"
cmd = ["$PWD/target/release/examples/floor"]
marker = "Item20"
keys = "down space space down up"

[[case]]
name = "xhs-cancel"
cmd = ["$PWD/target/release/xhs-cancel", "--data-dir", "$work/resumed"]
marker = "qquit"
keys = "down space space down up"

[[case]]
name = "xhs-cancel-new"
cmd = ["$PWD/target/release/xhs-cancel", "--lang", "en", "--data-dir", "$work/fresh"]
marker = "qquit"
keys = "L L"
TOML

python3 benches/tuiperf.py --cols 100 --rows 30 --runs "$runs" --spec "$work/spec.toml" "${@:2}"
