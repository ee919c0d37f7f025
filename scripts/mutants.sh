#!/usr/bin/env bash
# Mutation testing of the core modules with cargo-mutants: each function of a module is broken
# in small ways (a return value replaced, an operator swapped, a call deleted) and the tests
# that cover that module are run; a mutant they do not catch is reported as "missed".
#
#   bash scripts/mutants.sh            every core module (hours on two cores)
#   bash scripts/mutants.sh wizard     one group: wizard, date, store, text, calendar, checklist
#
# Results go to mutants.out/ (or $MUTANTS_OUT/) (outcomes.json, missed.txt, caught.txt). The README gives the
# latest figures and explains each survivor that is equivalent or out of reach of a test.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v cargo-mutants >/dev/null 2>&1; then
  cargo install --locked cargo-mutants
fi

# The property tests run 48 cases a mutant instead of 256: they stay in, at a fifth of the time.
export PROPTEST_CASES="${PROPTEST_CASES:-48}"

# Linking is most of each mutant's build: use mold where it is installed (Debian's package).
if command -v mold >/dev/null 2>&1; then
  export RUSTFLAGS="${RUSTFLAGS:-} -C link-arg=-fuse-ld=mold"
fi

# group: files to mutate, then the test targets that cover them. They are given to every cargo
# call (`--cargo-arg`), so each mutant builds only those targets, not all forty: a few seconds
# a mutant instead of twenty.
run_group() {
  local name=$1 files=$2 tests=$3
  local args=()
  for f in $files; do args+=(--file "$f"); done
  for t in $tests; do args+=("--cargo-arg=$t"); done
  echo "== mutants: $name"
  local out="${MUTANTS_OUT:-mutants.out}"
  cargo mutants --no-shuffle --jobs "${MUTANTS_JOBS:-2}" --timeout 60 --profile mutants \
    --output "$out/$name" "${args[@]}" || true
  recheck "$name" "$files"
}

# The mutants the group's tests missed, run again against every test target (into
# `<out>/<group>-all`): what is missed there is missed by the whole suite.
recheck() {
  local name=$1 files=$2 out="${MUTANTS_OUT:-mutants.out}"
  local missed="$out/$name/mutants.out/missed.txt"
  [ -s "$missed" ] || return 0
  local args=()
  for f in $files; do args+=(--file "$f"); done
  while IFS= read -r m; do
    args+=(--re "^$(printf '%s' "$m" | sed 's/[][\\.^$*+?(){}|]/\\&/g')\$")
  done < "$missed"
  echo "== mutants: $name, the missed ones against every test"
  cargo mutants --no-shuffle --jobs 1 --timeout 120 --profile mutants \
    --output "$out/$name-all" "${args[@]}" || true
}

group() {
  case $1 in
    wizard) run_group wizard "src/wizard/update.rs src/wizard/overlay.rs" \
      "--test=wizard --test=wizard_record --test=wizard_case --test=keys --test=screens_record" ;;
    store) run_group store "src/store/*.rs src/fsread.rs" \
      "--lib --test=store --test=store_env --test=store_fixtures --test=store_crash --test=store_roundtrip --test=hostile_files --test=durability --test=cli" ;;
    text) run_group text "src/text.rs" \
      "--lib --test=checklist_escape --test=hostile_cli --test=screens --test=cli --test=cli_log_add" ;;
    date) run_group date "src/wizard/date.rs" \
      "--lib --test=wizard --test=wizard_record --test=screens_record --test=e2e" ;;
    calendar) run_group calendar "src/calendar/*.rs" \
      "--lib --test=clock --test=clock_line --test=calendar_sources --test=hostile_dates" ;;
    checklist) run_group checklist "src/checklist/*.rs src/checklist/validate/*.rs" \
      "--lib --test=checklist_invalid --test=checklist_builtin --test=checklist_escape --test=checklist_props --test=content" ;;
    *) echo "unknown group $1 (wizard, date, store, text, calendar, checklist)" >&2; exit 2 ;;
  esac
}

if [ $# -eq 0 ]; then
  for g in wizard date store text calendar checklist; do group "$g"; done
else
  for g in "$@"; do group "$g"; done
fi
