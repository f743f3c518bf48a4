#!/usr/bin/env bash
# Checks the portable binary that `make install` produces: it links only the C and C++ runtime,
# and, copied alone into an empty folder, it starts a site with `init` and builds it.
# Prints one line per check and a closing "binary: N passed, N failed" line; exits 1 on a failure.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d /tmp/jobsite-binary.XXXXXX)
trap 'rm -rf "$work"' EXIT
passed=0 failed=0
check() {  # check NAME COMMAND...
  local name=$1; shift
  if out=$("$@" 2>&1); then passed=$((passed + 1)); echo "✔ $name"
  else failed=$((failed + 1)); echo "✘ $name"; echo "$out" | sed 's/^/    /' | head -20; fi
}

make -C "$root" --no-print-directory install PREFIX="$work/prefix" >"$work/install.log" 2>&1 \
  || { cat "$work/install.log"; echo "binary: 0 passed, 1 failed"; exit 1; }
mkdir -p "$work/alone"
cp "$work/prefix/bin/jobsite" "$work/alone/jobsite"
bin="$work/alone/jobsite"

# Only the C and C++ runtime (and the kernel's vdso and the dynamic loader) may be needed.
links_only_runtime() {
  local extra
  extra=$(ldd "$bin" | awk '{print $1}' \
    | grep -vE '^(linux-vdso\.so\.1|/lib64/ld-linux-x86-64\.so\.2|/lib/ld-linux-aarch64\.so\.1|libc\.so\.6|libm\.so\.6|libstdc\+\+\.so\.6|libgcc_s\.so\.1)$')
  [ -z "$extra" ] || { echo "unexpected libraries:"; echo "$extra"; ldd "$bin"; return 1; }
}
version_matches() {
  local expected
  expected=$(sed -n 's/^public let jobsiteVersion = "\(.*\)"$/\1/p' "$root/Sources/JobsiteCLI/Version.swift")
  [ "$("$bin" --version)" = "$expected" ] || { echo "got '$("$bin" --version)', expected '$expected'"; return 1; }
}
# A clean environment: no Swift toolchain on PATH, no library path.
alone() { (cd "$work/alone" && env -i PATH=/usr/bin:/bin HOME="$work" "$@"); }
init_site() { alone ./jobsite init site; }
build_site() { alone ./jobsite build --source site && [ -f "$work/alone/site/public/index.html" ]; }

check "ldd lists only libc, libm, libstdc++ and libgcc_s" links_only_runtime
check "--version prints the release" version_matches
check "init writes a site in an empty folder" init_site
check "build publishes it" build_site
echo "binary: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
