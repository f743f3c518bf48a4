# jobsite — two commands set everything up on a fresh Debian machine:
#   make site   builds the sample site into public/ (installs cmark-gfm if missing)
#   make test   runs the whole test suite (the Swift tests, then the browser and HTML checks)
#   make theme  regenerates the compiled-in theme, starter site and data after a change in templates/, static/, starter/ or data/
SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_INSTALL = $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends

.PHONY: site test deps test-deps build clean fuzz theme install static check-binary browser-deps test-browser

## The cmark-gfm C libraries the Markdown stage links against.
deps:
	@pkg-config --exists libcmark-gfm 2>/dev/null || { \
	  echo "libcmark-gfm not found: installing libcmark-gfm-dev and libcmark-gfm-extensions-dev"; \
	  $(SUDO) apt-get update -qq && $(APT_INSTALL) pkg-config libcmark-gfm-dev libcmark-gfm-extensions-dev; }

## The cmark-gfm CLI: the conformance test compares our renderer with it. The validators of the
## generated files (tools/validate_outputs.py): xmllint for sitemap.xml against schemas/sitemap.xsd,
## feedparser for the Atom feeds, jsonschema for jobs.json, all from Debian for /usr/bin/python3.
## Python's jsonschema also validates `jobsite check --format sarif` (tools/validate_sarif.py).
test-deps: deps
	@command -v cmark-gfm >/dev/null 2>&1 || { \
	  echo "cmark-gfm CLI not found: installing it for the conformance test"; \
	  $(SUDO) apt-get update -qq && $(APT_INSTALL) cmark-gfm; }
	@{ command -v xmllint >/dev/null 2>&1 && /usr/bin/python3 -c 'import feedparser, jsonschema' 2>/dev/null; } || { \
	  echo "installing the validators of sitemap.xml, the feeds and jobs.json"; \
	  $(SUDO) apt-get update -qq && $(APT_INSTALL) libxml2-utils python3 python3-feedparser python3-jsonschema; }

build: deps
	$(SWIFT) build -c release --product jobsite

## Build the bundled sample site into public/.
site: build
	$$($(SWIFT) build -c release --show-bin-path)/jobsite build

## The whole test suite (unit, conformance, end-to-end fixture sites, public/ up to date), the
## browser and HTML checks, then the portable binary's checks.
test: test-deps
	$(SWIFT) test --disable-xctest
	$(MAKE) --no-print-directory test-browser
	$(MAKE) --no-print-directory check-binary

## What the browser and HTML checks need: Debian's chromium, chromium-driver and Java (for the Nu
## HTML checker) and a font, then the pinned PyPI packages of Tests/Browser/requirements*.txt in
## a virtual environment, .build-browser/venv (reinstalled when those files change).
BROWSER_VENV := $(CURDIR)/.build-browser/venv
BROWSER_APT := chromium chromium-driver default-jre-headless fonts-dejavu-core python3-venv
BROWSER_REQUIREMENTS := Tests/Browser/requirements.txt Tests/Browser/requirements-no-deps.txt
browser-deps:
	@missing=$$(for package in $(BROWSER_APT); do dpkg -s $$package >/dev/null 2>&1 || echo $$package; done); \
	  [ -z "$$missing" ] || { echo "installing" $$missing; \
	    $(SUDO) apt-get update -qq && $(APT_INSTALL) $$missing; }
	@[ -x $(BROWSER_VENV)/bin/python ] || python3 -m venv $(BROWSER_VENV)
	@cat $(BROWSER_REQUIREMENTS) | cmp -s - $(BROWSER_VENV)/requirements.installed || { \
	  echo "installing the browser tests' Python packages into $(BROWSER_VENV)"; \
	  $(BROWSER_VENV)/bin/pip install -q --disable-pip-version-check -r Tests/Browser/requirements.txt && \
	  $(BROWSER_VENV)/bin/pip install -q --disable-pip-version-check --no-deps -r Tests/Browser/requirements-no-deps.txt && \
	  cat $(BROWSER_REQUIREMENTS) > $(BROWSER_VENV)/requirements.installed; }

## The browser and HTML checks (Tests/Browser, pytest on two workers) against the debug jobsite
## that `swift test` built: every page of the sample, the starter and the test sites in headless
## Chromium (axe-core, layout at 390x844 and 1280x800, keyboard) and the Nu HTML checker.
## Pictures of every page land in .build-browser/screenshots/.
test-browser: browser-deps
	$(SWIFT) build --product jobsite
	JOBSITE=$$($(SWIFT) build --show-bin-path)/jobsite $(BROWSER_VENV)/bin/python -m pytest -c Tests/Browser/pytest.ini -n 2 Tests/Browser

## One portable binary: the Swift runtime and Foundation linked statically (--static-swift-stdlib)
## and cmark-gfm from Debian's static archives, so it needs only libc, libm, libstdc++ and libgcc_s.
## pkg-config is pointed at a .pc file whose folder holds only the .a files, so the linker cannot
## pick the shared libraries.
STATIC_DIR := $(CURDIR)/.build-static
static: deps
	@mkdir -p $(STATIC_DIR)/cmark-static $(STATIC_DIR)/pkgconfig
	@libdir=$$(pkg-config --variable=libdir libcmark-gfm) && \
	  ln -sf "$$libdir/libcmark-gfm.a" "$$libdir/libcmark-gfm-extensions.a" $(STATIC_DIR)/cmark-static/
	@printf 'Name: libcmark-gfm\nDescription: cmark-gfm (static archives)\nVersion: 0\nLibs: -L%s -lcmark-gfm -lcmark-gfm-extensions\nCflags: -I%s\n' \
	  "$(STATIC_DIR)/cmark-static" "$$(pkg-config --variable=includedir libcmark-gfm)" > $(STATIC_DIR)/pkgconfig/libcmark-gfm.pc
	PKG_CONFIG_PATH=$(STATIC_DIR)/pkgconfig $(SWIFT) build -c release --product jobsite \
	  --scratch-path $(STATIC_DIR) --static-swift-stdlib

## Installs that binary as $(PREFIX)/bin/jobsite (default /usr/local). The copy runs with sudo
## only when that folder (or, while it does not exist, its nearest existing parent) is not
## writable: root and PREFIX=$$HOME/.local need no sudo, a user installing into /usr/local is asked.
PREFIX ?= /usr/local
install: static
	@bin="$(DESTDIR)$(PREFIX)/bin"; existing="$$bin"; \
	  while [ ! -e "$$existing" ]; do existing=$$(dirname "$$existing"); done; \
	  if [ -w "$$existing" ]; then sudo=; else sudo=sudo; \
	    echo "$$existing is not writable: installing with sudo (or: make install PREFIX=\$$HOME/.local)"; fi; \
	  $$sudo install -D -m 0755 $(STATIC_DIR)/release/jobsite "$$bin/jobsite" && echo "installed $$bin/jobsite"

## Installs the binary into a scratch prefix and checks it runs alone: ldd, --version, init, build.
check-binary:
	bash tools/check-binary.sh

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
## templates/, static/, starter/ and the wording lists data/wording/ become Swift sources (a test fails while they differ).
theme:
	python3 tools/embed_files.py --type DefaultTheme --root . --output Sources/BuiltIn/DefaultTheme+Files.swift templates static
	python3 tools/embed_files.py --type StarterSite --root starter --output Sources/BuiltIn/StarterSite+Files.swift .
	python3 tools/embed_files.py --type BuiltInData --root . --output Sources/BuiltIn/BuiltInData+Files.swift data

clean:
	rm -rf .build
