#!/usr/bin/env bash
# The pty harness: xhs-cancel side by side with the floor (a minimal ratatui program showing a
# 20-item list, benches/floor.rs), release builds, 100x30, built-in content. Prints time to
# first frame, bytes and latency per key, and peak memory (benches/tuiperf.py --help explains
# every column). Usage: bash benches/pty.sh [RUNS]
# With XHS_BEFORE=/path/to/an/older/xhs-cancel, the resumed, scale and first-run cases also run
# with that binary (as resumed-before, ...) in the same rounds, for before/after figures.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-20}"
cargo build --release --quiet --bin xhs-cancel --example floor
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# resumed: a session past the welcome screen, in English, on the preparation stage. Its keys
# move down, check and uncheck, and move back up, so every run starts from the same state (a
# cursor that drifted to the last item made "down" a no-op, and the key after a no-op waits
# out a key timeout in an idle virtual machine, which slows its own wake-up).
# first-run and saved-welcome show the same welcome screen, without and with a session file
# to load: they take no keys, so nothing is saved and each run starts as the first did.
# scale: the resumed session over checklists whose preparation stage is filled to 1,000 items,
# the most a stage may hold, for the cost of a key press and of the first frame with a long
# list. (Issue 11 asks for 5,000; such a stage has been refused since lists were bounded.)
mkdir -p "$work/resumed" "$work/first-run" "$work/saved-welcome" "$work/scale"
cp -r checklists "$work/checklists-1000"
python3 - "$work/checklists-1000/preparation.toml" <<'PY'
import sys
# A stage holds at most 1,000 items (checklist::validate::MAX_ITEMS): fill it to that.
existing = open(sys.argv[1]).read().count("[[items]]")
with open(sys.argv[1], "a") as f:
    for i in range(1000 - existing):
        f.write(f'\n[[items]]\nid = "extra-{i}"\n'
                f'title = {{ zh = "第 {i} 项：检查一件事情", en = "Item {i}: check one more thing" }}\n'
                f'detail = {{ zh = "说明 {i}", en = "Detail {i}" }}\nsources = ["seed"]\n')
PY
cat > "$work/resumed/session.toml" <<'TOML'
version = 1
lang = "en"
welcomed = true
stage = "preparation"
TOML
cp "$work/resumed/session.toml" "$work/scale/session.toml"
cat > "$work/saved-welcome/session.toml" <<'TOML'
version = 1
lang = "en"
stage = "reasons"
TOML

bin="$PWD/target/release/xhs-cancel"
cat > "$work/spec.toml" <<TOML
[defaults]
quit = "q"

[[case]]
name = "floor"
cmd = ["$PWD/target/release/examples/floor"]
marker = "Item20"
keys = "down space space up"

[[case]]
name = "resumed"
cmd = ["$bin", "--data-dir", "$work/resumed"]
marker = "qquit"
keys = "down space space up"

[[case]]
name = "scale"
cmd = ["$bin", "--data-dir", "$work/scale", "--checklists", "$work/checklists-1000"]
marker = "qquit"
keys = "down space space up"

[[case]]
name = "first-run"
cmd = ["$bin", "--lang", "en", "--data-dir", "$work/first-run"]
marker = "qquit"
keys = ""

[[case]]
name = "saved-welcome"
cmd = ["$bin", "--data-dir", "$work/saved-welcome"]
marker = "qquit"
keys = ""
TOML

if [[ -n "${XHS_BEFORE:-}" ]]; then
    for name in resumed scale first-run; do
        # The case as written above, with the older binary and its own data folder.
        python3 - "$work/spec.toml" "$name" "$XHS_BEFORE" "$bin" "$work" <<'PY'
import re, sys
spec, name, before, after, work = sys.argv[1:]
text = open(spec).read()
case = re.search(r'\[\[case\]\]\nname = "%s"\n.*?(?=\n\[\[case\]\]|\Z)' % re.escape(name), text, re.S).group(0)
case = case.replace(f'name = "{name}"', f'name = "{name}-before"').replace(after, before)
case = case.replace(f"{work}/{name}", f"{work}/{name}-before")
open(spec, "a").write("\n" + case + "\n")
PY
        cp -r "$work/$name" "$work/$name-before"
    done
fi

python3 benches/tuiperf.py --cols 100 --rows 30 --runs "$runs" --spec "$work/spec.toml" "${@:2}"
