#!/usr/bin/env bash
# Seeds the fuzz corpus (folder $1) with every content file of the sample site and of the shared
# failing cases. Each seed is one byte naming the content kind (0 posting, 1 ladder, 2 FAQ entry,
# 3 page, as Sources/JobsiteFuzz reads it) followed by the file's bytes.
set -euo pipefail
out=$1
root=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$out"
kind_byte() {
  case "$1" in
    */roles/*) printf '\000' ;;
    */ladders/*) printf '\001' ;;
    */faq/*) printf '\002' ;;
    *) printf '\003' ;;
  esac
}
n=0
while IFS= read -r -d '' file; do
  n=$((n + 1))
  { kind_byte "$file"; cat "$file"; } > "$out/seed-$(printf '%04d' "$n")"
done < <(find "$root/content" "$root/Tests/BuildTests/Fixtures" "$root/../shared/cases" \
           -type f \( -name '*.md' -o -name '*.MD' -o -name '*.markdown' \) -print0 2>/dev/null | sort -z)
echo "fuzz corpus: $n seeds in $out"
