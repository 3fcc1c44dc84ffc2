#!/usr/bin/env bash
# Refreshes eval/ from the evaluation material, whose path is the argument (a maintainer's step; no test reads it).
# Copies exactly what the tests and bench read, with the provenance and licence files; see README.md.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
[ $# -eq 1 ] || { echo "usage: refresh.sh PATH/TO/eval" >&2; exit 2; }
source="$1"
target="$here/eval"
[ -f "$source/sources.json" ] || { echo "refresh: no evaluation material at $source (give its path as the argument)" >&2; exit 1; }
source="$(cd "$source" && pwd)"

rm -rf "$target"
mkdir -p "$target/summaries"
cp -R "$source/LICENSES" "$source/feeds" "$source/pages" "$target/"
cp "$source/README.md" "$source/sources.json" "$target/"
# The tests read the articles, not the reference summaries (.ref.txt) or manifest.json, which only score.py uses.
find "$source/summaries" -maxdepth 1 -name '*.txt' ! -name '*.ref.txt' -exec cp {} "$target/summaries/" \;
chmod -R u+w "$target"
echo "refresh: copied $(find "$target" -type f | wc -l) files ($(du -sh "$target" | cut -f1)) from $source"
