#!/usr/bin/env bash
# Side-by-side timing of jobsite and Hugo on the shared benchmark corpus, in one run on one
# machine (absolute times drift between machines; compare the ratio).
#
#   bench/compare.sh [POSTINGS] [RUNS]      default: 1000 postings, 3 runs each, median reported
#
# Needs ../shared/bench beside the repository, python3, and Hugo (`apt-get install hugo`) for
# the comparison column. The corpus is generated under /tmp and removed afterwards.
set -euo pipefail
postings=${1:-1000}
runs=${2:-3}
root=$(cd "$(dirname "$0")/.." && pwd)
shared=$(cd "$root/../shared/bench" && pwd)
work=$(mktemp -d /tmp/jobsite-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT

python3 "$shared/gen_corpus.py" "$work/site" --roles "$postings" >/dev/null
cp -r "$root/templates" "$root/static" "$work/site/"   # the corpus has no theme of its own
(cd "$root" && swift build -c release --product jobsite >/dev/null)
jobsite="$(cd "$root" && swift build -c release --show-bin-path)/jobsite"

# Prints "seconds peak-RSS-MiB" of the median run (by time) of a command.
measure() {
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>"$work/stderr" || { cat "$work/stderr"; exit 1; }
    cat "$work/time"
  done | sort -n | awk -v n="$runs" 'NR == int((n + 1) / 2) { printf "%.2f %.0f\n", $1, $2 / 1024 }'
}

read -r js_time js_mem < <(measure "$jobsite" build --source "$work/site" --output "$work/out-jobsite")
pages=$(find "$work/out-jobsite" -name '*.html' | wc -l)
printf 'postings: %s   runs: %s   cores: %s\n' "$postings" "$runs" "$(nproc)"
printf '%-8s %8s s %8s MiB   (%s HTML pages)\n' jobsite "$js_time" "$js_mem" "$pages"
if command -v hugo >/dev/null 2>&1; then
  read -r hugo_time hugo_mem < <(measure "$shared/run_hugo.sh" "$work/site" "$work/out-hugo")
  printf '%-8s %8s s %8s MiB   (%s)\n' hugo "$hugo_time" "$hugo_mem" "$(hugo version | cut -d' ' -f2)"
  awk -v j="$js_time" -v h="$hugo_time" 'BEGIN { if (j > 0) printf "jobsite is %.1fx Hugo'"'"'s speed\n", h / j }'
else
  echo "hugo not installed: apt-get install hugo for the comparison"
fi
