# jobsite — two commands set everything up on a fresh Debian machine:
#   make site   builds the sample site into public/ (installs cmark-gfm if missing)
#   make test   runs the whole test suite
#   make theme  regenerates the compiled-in theme and starter site after a change in templates/, static/ or starter/
SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_INSTALL = $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends

.PHONY: site test deps test-deps build clean fuzz theme

## The cmark-gfm C libraries the Markdown stage links against.
deps:
	@pkg-config --exists libcmark-gfm 2>/dev/null || { \
	  echo "libcmark-gfm not found: installing libcmark-gfm-dev and libcmark-gfm-extensions-dev"; \
	  $(SUDO) apt-get update -qq && $(APT_INSTALL) pkg-config libcmark-gfm-dev libcmark-gfm-extensions-dev; }

## The cmark-gfm CLI: the conformance test compares our renderer with it.
test-deps: deps
	@command -v cmark-gfm >/dev/null 2>&1 || { \
	  echo "cmark-gfm CLI not found: installing it for the conformance test"; \
	  $(SUDO) apt-get update -qq && $(APT_INSTALL) cmark-gfm; }

build: deps
	$(SWIFT) build -c release --product jobsite

## Build the bundled sample site into public/.
site: build
	$$($(SWIFT) build -c release --show-bin-path)/jobsite build

## The whole test suite (unit, conformance, end-to-end fixture sites, public/ up to date).
test: test-deps
	$(SWIFT) test --disable-xctest

## Coverage-guided fuzzing (libFuzzer) of one content file's whole path; not part of `make test`.
## FUZZ_SECONDS=N (default 180) bounds the run; crashes and slow inputs land in .build-fuzz/artifacts/,
## replay one with `swift run jobsite-fuzz FILE`.
FUZZ_SECONDS ?= 180
FUZZ_FLAGS = -c release --product jobsite-fuzz --scratch-path .build-fuzz \
	-Xswiftc -sanitize=fuzzer -Xswiftc -parse-as-library -Xswiftc -DFUZZING
fuzz: deps
	$(SWIFT) build $(FUZZ_FLAGS)
	bash fuzz/seed-corpus.sh .build-fuzz/corpus
	mkdir -p .build-fuzz/artifacts
	$$($(SWIFT) build $(FUZZ_FLAGS) --show-bin-path)/jobsite-fuzz .build-fuzz/corpus \
	  -max_total_time=$(FUZZ_SECONDS) -timeout=10 -max_len=16384 -rss_limit_mb=4096 \
	  -print_final_stats=1 -artifact_prefix=.build-fuzz/artifacts/

## The default theme and the starter site of `jobsite init` are compiled into jobsite:
## templates/, static/ and starter/ become Swift sources (a test fails while they differ).
theme:
	python3 tools/embed_files.py --type DefaultTheme --root . --output Sources/BuiltIn/DefaultTheme+Files.swift templates static
	python3 tools/embed_files.py --type StarterSite --root starter --output Sources/BuiltIn/StarterSite+Files.swift .

clean:
	rm -rf .build
