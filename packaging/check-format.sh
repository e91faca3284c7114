#!/usr/bin/env bash
# Checks that every C++ file in the repository is as clang-format (Debian's, with the checked-in
# .clang-format) writes it. The README's test command runs this first.
#   packaging/check-format.sh         list the files that differ, and fail
#   packaging/check-format.sh --fix   format them in place
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
command -v clang-format >/dev/null || { echo "check-format: clang-format is not installed (packaging/bootstrap.sh installs it)" >&2; exit 2; }
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    # Files deleted in the work tree but not yet in the index are listed by git; leave them out.
    mapfile -t files < <(git ls-files --cached --others --exclude-standard '*.cpp' '*.h' |
        while IFS= read -r f; do [ -e "$f" ] && printf '%s\n' "$f"; done)
else # an unpacked source tarball
    mapfile -t files < <(find app lib tests ui packaging -name '*.cpp' -o -name '*.h' | sort)
fi
if [ "${1:-}" = --fix ]; then
    clang-format -i "${files[@]}"
    exit 0
fi
differ=()
for f in "${files[@]}"; do
    clang-format --dry-run -Werror "$f" >/dev/null 2>&1 || differ+=("$f")
done
if [ "${#differ[@]}" -gt 0 ]; then
    echo "check-format: ${#differ[@]} file(s) are not as clang-format writes them:" >&2
    printf '  %s\n' "${differ[@]}" >&2
    echo "Run packaging/check-format.sh --fix (clang-format $(clang-format --version | grep -o '[0-9][0-9.]*' | head -1))." >&2
    exit 1
fi
echo "check-format: ${#files[@]} files as clang-format writes them"
