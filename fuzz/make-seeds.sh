#!/usr/bin/env bash
# Writes the project's own test articles into fuzz/corpus as fuzz inputs, each led by the
# byte that picks its format in fuzz_targets/pipeline.rs (0 text, 2 HTML, 5 PDF), so the
# fuzzer starts from real pages instead of copies kept in fuzz/seeds.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p fuzz/corpus
seed() { # seed FORMAT_BYTE FILE NAME
    { printf "\\x$(printf %02x "$1")"; head -c 60000 "$2"; } > "fuzz/corpus/$3"
}
for f in tests/fixtures/pages/*.html; do seed 2 "$f" "html-$(basename "$f")"; done
for f in tests/fixtures/*.pdf; do seed 5 "$f" "pdf-$(basename "$f")"; done
for f in tests/data/story2/*.txt; do seed 0 "$f" "txt-$(basename "$f")"; done
echo "seeds in fuzz/corpus: $(ls fuzz/corpus | wc -l)"
