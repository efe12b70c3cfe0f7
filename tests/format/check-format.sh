#!/usr/bin/env bash
# The tracked C++ sources are formatted as .clang-format says, with Debian 12's clang-format 14
# (another version formats some constructs differently). Exits 77 (ctest: skipped) saying why
# when it cannot check: no git, not a git checkout, or no clang-format 14.
set -euo pipefail
cd "${1:-$(dirname "$0")/../..}"

if ! command -v git >/dev/null; then
    echo "SKIP: git is not installed, so the tracked sources cannot be listed"
    exit 77
fi
if ! git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    echo "SKIP: $(pwd) is not a git checkout, so the tracked sources cannot be listed"
    exit 77
fi
format=""
for candidate in clang-format-14 clang-format; do
    if command -v "$candidate" >/dev/null && "$candidate" --version | grep -q "version 14\."; then
        format=$candidate
        break
    fi
done
if [ -z "$format" ]; then
    echo "SKIP: clang-format 14 (Debian: clang-format) is not installed"
    exit 77
fi

mapfile -t files < <(git ls-files '*.cpp' '*.h')
echo "Checking ${#files[@]} tracked C++ files with $("$format" --version)"
if ! "$format" --dry-run -Werror "${files[@]}"; then
    echo "Some files are not formatted: run $format -i on them (see CONTRIBUTING.md)" >&2
    exit 1
fi
echo "All formatted."
