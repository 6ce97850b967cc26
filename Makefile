# Folio — set-up, report, tests. `make report` and `make test` install what is missing first
# (as root, with apt-get), so a fresh machine needs nothing else.

SWIFT      ?= swift
BUILD_DIR  ?= .build
FOLIO      := $(BUILD_DIR)/debug/folio
REPORT     := output/xx-town-2016-2020.pdf
DATASET    := Assets/reports/xx-town-2016-2020.yaml

# Debian packages: the C libraries (with headers) the package links, fonts, the sRGB ICC profile that
# `folio build --pdf-standard` embeds (icc-profiles-free: /usr/share/color/icc/sRGB.icc), and the tools the tests call
# (chromium: the headless browser the workbench's browser scenario drives through Playwright).
APT_BUILD  := pkg-config libqpdf-dev libpoppler-glib-dev librsvg2-dev libcairo2-dev libharfbuzz-dev libharfbuzz-subset0 libfreetype-dev libfontconfig-dev libicu-dev fonts-noto-cjk icc-profiles-free
APT_TEST   := poppler-utils qpdf mupdf-tools ghostscript python3 python3-venv libreoffice-writer-nogui unzip chromium
# Python tools the tests call (Tests/requirements.txt, from PyPI) live in their own environment, first on the tests' PATH.
TEST_VENV  := $(BUILD_DIR)/test-venv
# FandolFang/FandolKai: the only free Simplified 仿宋/楷体 (reference §5). They ship in texlive-lang-chinese;
# only their font files are extracted (no TeX stack).
FANDOL_DIR := /usr/local/share/fonts/fandol
# apt-get needs root: run it directly as root (CI), through sudo otherwise.
SUDO       := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: all setup setup-test build report test lint format clean bench bench-serve fuzz fuzz-build test-asan test-tsan \
        revision release dist-files install uninstall deb test-install example docs

all: report

setup:
	@missing=""; for p in $(APT_BUILD); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	fi
	@if [ ! -f $(FANDOL_DIR)/FandolFang-Regular.otf ]; then \
	  echo "installing FandolFang and FandolKai from texlive-lang-chinese (font files only)"; \
	  tmp=$$(mktemp -d) && cd $$tmp && $(SUDO) apt-get update -qq && apt-get download texlive-lang-chinese >/dev/null && \
	  dpkg-deb -x texlive-lang-chinese_*.deb x && $(SUDO) mkdir -p $(FANDOL_DIR) && \
	  $(SUDO) cp x/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol/Fandol*-*.otf $(FANDOL_DIR)/ && \
	  cd / && rm -rf $$tmp && fc-cache -f >/dev/null; \
	fi

setup-test: setup
	@missing=""; for p in $(APT_TEST); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	fi
	@if [ ! -f $(TEST_VENV)/requirements.txt ] || ! cmp -s Tests/requirements.txt $(TEST_VENV)/requirements.txt; then \
	  echo "installing the tests' Python tools into $(TEST_VENV) (Tests/requirements.txt)"; \
	  rm -rf $(TEST_VENV) && python3 -m venv $(TEST_VENV) && \
	  $(TEST_VENV)/bin/pip install -q --disable-pip-version-check -r Tests/requirements.txt && \
	  cp Tests/requirements.txt $(TEST_VENV)/requirements.txt; \
	fi

build: setup revision
	$(SWIFT) build --build-path $(BUILD_DIR)

report: release
	@mkdir -p output
	$(FOLIO_RELEASE) build $(DATASET) -o $(REPORT)

# The code follows .swift-format: `make format` rewrites it, `make lint` (part of `make test`) fails on any difference.
format:
	$(SWIFT) format -i -r Sources Tests $(EXAMPLE_SOURCES)

lint:
	$(SWIFT) format lint --strict -r Sources Tests $(EXAMPLE_SOURCES)

# Every test run has a temporary folder (TMPDIR) of its own, removed when the run ends, passed or failed: the
# tests, and the LibreOffice, Chromium and Python checks they start, leave nothing behind in /tmp. No dot in its name:
# easyofd cuts its unpacking folder's path at the first dot (Tests/FolioOFDTests/Fixtures/ofd_read.py).
IN_SCRATCH = scratch=$$(mktemp -d "$${TMPDIR:-/tmp}/folio-test-run-XXXXXX") && trap 'rm -rf "$$scratch"' EXIT \
	&& TMPDIR="$$scratch"

test: setup-test revision lint
	$(SWIFT) build --build-path $(BUILD_DIR) --build-tests
	$(IN_SCRATCH) PATH="$(abspath $(TEST_VENV))/bin:$$PATH" $(SWIFT) test --build-path $(BUILD_DIR) --skip-build
	$(MAKE) --no-print-directory docs
	$(MAKE) --no-print-directory example

# DocC: the Folio module's catalogue (Sources/Folio/Folio.docc, with the getting-started articles) built into
# $(BUILD_DIR)/plugins/Swift-DocC/outputs/Folio.doccarchive by swift-docc-plugin; any DocC warning (a broken symbol
# link, an undocumented parameter) fails it. It shares the build folder, so after `swift build` it only extracts the
# symbols and converts (about 20 s; 50 s the first time, when the plugin's snippet tool is built).
docs: setup
	$(SWIFT) package --build-path $(BUILD_DIR) generate-documentation --target Folio --warnings-as-errors

# Examples/ReportFromSwift: a package depending on Folio by path that writes a report in Swift and builds it into a
# PDF in memory; built in its own folder under $(BUILD_DIR) (Folio and its dependencies are compiled again there,
# once: a few minutes on a clean clone, seconds after), run, and its PDF checked (pages, text through pdftotext).
EXAMPLE_BUILD   := $(BUILD_DIR)/examples
EXAMPLE_SOURCES := $(wildcard Examples/*/Sources)

# The program runs as a copy in a temporary folder outside the checkout, from that folder, with an empty
# environment: no asset folder beside it, in a parent or in the working folder, no FOLIO_ASSETS — the themes and
# check lists it uses are the ones compiled into the Folio library.
example: setup-test
	$(SWIFT) build --package-path Examples/ReportFromSwift --build-path $(EXAMPLE_BUILD)
	tmp=$$(mktemp -d) && cp $(EXAMPLE_BUILD)/debug/ReportFromSwift $$tmp/ \
	  && (cd $$tmp && env -i PATH=/usr/bin:/bin ./ReportFromSwift report-from-swift.pdf) \
	  && cp $$tmp/report-from-swift.pdf $(EXAMPLE_BUILD)/ ; status=$$?; rm -rf $$tmp; exit $$status
	sh Examples/ReportFromSwift/check.sh $(EXAMPLE_BUILD)/report-from-swift.pdf

# docs/limits.md. `make fuzz FUZZ_SECONDS=600` builds the seven libFuzzer targets with
# -sanitize=fuzzer,address (Linux) and runs each for FUZZ_SECONDS over Tests/Fuzz/corpus/<target>; new
# corpus entries and crash inputs go under $(FUZZ_DIR), never into the checkout. FuzzParagraph and FuzzImage run without
# leak detection: fontconfig (and librsvg through it) keeps allocations LeakSanitizer reports as leaks (Chromium
# suppresses libfontconfig too); FuzzImport too: ZIPFoundation leaks the 27-byte path of FileManager's
# fileSystemRepresentation (its caller must free it) once per archive opened.
FUZZ_SECONDS ?= 60
FUZZ_DIR     ?= .build-fuzz
FUZZ_FLAGS   := -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xswiftc -DFUZZING
FUZZ_TARGETS := FuzzDataset FuzzExpression FuzzParagraph FuzzImport FuzzTheme FuzzImage FuzzFinish

fuzz-build: setup
	for t in $(FUZZ_TARGETS); do \
	  $(SWIFT) build -c debug --scratch-path $(FUZZ_DIR) $(FUZZ_FLAGS) --product $$t || exit 1; \
	done

fuzz: fuzz-build
	@for t in $(FUZZ_TARGETS); do \
	  c=$$(echo $$t | sed 's/^Fuzz//' | tr A-Z a-z); \
	  mkdir -p $(FUZZ_DIR)/corpus/$$c $(FUZZ_DIR)/artifacts/$$c; \
	  echo "fuzzing $$t for $(FUZZ_SECONDS) s"; \
	  leaks=1; case $$t in FuzzParagraph|FuzzImage|FuzzImport) leaks=0;; esac; \
	  ASAN_OPTIONS=detect_leaks=$$leaks $(FUZZ_DIR)/debug/$$t -max_total_time=$(FUZZ_SECONDS) -max_len=8192 -rss_limit_mb=4096 -timeout=30 \
	    -detect_leaks=$$leaks -print_final_stats=1 -artifact_prefix=$(FUZZ_DIR)/artifacts/$$c/ \
	    $(FUZZ_DIR)/corpus/$$c Tests/Fuzz/corpus/$$c || exit 1; \
	done

# The suite under AddressSanitizer and ThreadSanitizer, each in its own build folder.
# Leak detection is off: LeakSanitizer reports what Cairo, fontconfig and XCTest keep until exit, and turns every
# exit status of the `folio` processes the catalogue runs into 1.
test-asan: setup-test
	$(IN_SCRATCH) PATH="$(abspath $(TEST_VENV))/bin:$$PATH" ASAN_OPTIONS=detect_leaks=0 $(SWIFT) test --scratch-path .build-asan --sanitize=address

test-tsan: setup-test
	$(IN_SCRATCH) PATH="$(abspath $(TEST_VENV))/bin:$$PATH" $(SWIFT) test --scratch-path .build-tsan --sanitize=thread

# `make bench`: Folio (release) against Typst at 1×, 10× and 100× (Benchmarks/README.md). Typst and PyYAML come
# from PyPI into Benchmarks/.venv; python3-venv and pdfinfo (poppler-utils) from apt.
APT_BENCH   := python3 python3-venv poppler-utils
BENCH_BUILD ?= .build
# Release builds link the Swift runtime and Foundation statically: no dynamic linking of a dozen Swift libraries at
# start-up, 10–15 ms less per run (Benchmarks/README.md), as a Rust or C tool is shipped. Nothing loads code that
# calls back into the executable, so it exports no symbols (the static runtime's link arguments,
# static-stdlib-args.lnk, ask for -export-dynamic): 33,566 fewer dynamic symbols for the loader to look through at
# every library binding, about 3 MiB less of the executable paged in (Benchmarks/results.md, round six).
# Linked by the toolchain's lld with packed relative relocations (DT_RELR, glibc ≥ 2.36): the position-independent
# executable's 124,000 relocations take 24 KB instead of a 3 MB table read at every start (round nine).
RELEASE_FLAGS := -Xswiftc -static-stdlib -Xlinker --no-export-dynamic \
                 -Xswiftc -use-ld=lld -Xlinker -z -Xlinker pack-relative-relocs

bench: setup revision
	@missing=""; for p in $(APT_BENCH); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	fi
	$(SWIFT) build -c release --product folio --scratch-path $(BENCH_BUILD) $(RELEASE_FLAGS)
	python3 Benchmarks/bench.py --skip-build --build-path $(BENCH_BUILD) $(BENCH_ARGS)

# `make bench-serve`: the workbench under load on loopback (Benchmarks/serve_load.py, docs/serve.md "Measured"): one
# user alone, then 20 users at once, each saving a figure of their own copy of the bundled report and refreshing its
# preview; bounded (20 × 5 edits, each request at most 300 s). Release build, as served.
bench-serve: setup revision
	$(SWIFT) build -c release --product folio --scratch-path $(BENCH_BUILD) $(RELEASE_FLAGS)
	python3 Benchmarks/serve_load.py --folio $(BENCH_BUILD)/release/folio $(BENCH_ARGS)

clean:
	rm -rf $(BUILD_DIR) output/*.pdf output/*.png output/*.svg

# ---- Installing ---------------------------------------------------------------------------------------------------
# `make install PREFIX=/usr/local` (DESTDIR honoured): the release binary in PREFIX/bin, the assets in
# PREFIX/share/folio (found by the binary as ../share/folio from its real path), bash/zsh/fish completions and the
# man page (both generated by swift-argument-parser from the command's own definition). `make uninstall` removes them.
PREFIX        ?= /usr/local
DESTDIR       ?=
VERSION       := $(shell sed -n 's/^ *static let version = "\(.*\)"/\1/p' Sources/FolioCLI/BuildInfo.swift)
# The revision `folio --version` prints: git's, or "unknown" outside a git checkout (a tarball); REVISION=… overrides.
REVISION      ?= $(shell [ -e .git ] && git describe --always --dirty --abbrev=12 2>/dev/null || echo unknown)
REVISION_FILE := Sources/FolioCLI/BuildRevision+Generated.swift
FOLIO_RELEASE := $(BUILD_DIR)/release/folio
DIST_DIR      := $(BUILD_DIR)/dist
# The man page's date: the last commit's (reproducible), else 1970-01-01.
MAN_DATE      := $(shell [ -e .git ] && git log -1 --format=%cs 2>/dev/null || echo 1970-01-01)

# Rewritten only when the revision changes, so that an unchanged tree rebuilds nothing.
revision:
	@printf '%s\n' '/// Written by make (not in git): the revision `folio --version` prints.' \
	  'extension BuildRevision {' '    /// `git describe --always --dirty` when this binary was built.' \
	  '    static var revision: String { "$(REVISION)" }' '}' > $(REVISION_FILE).new
	@if cmp -s $(REVISION_FILE).new $(REVISION_FILE); then rm $(REVISION_FILE).new; else mv $(REVISION_FILE).new $(REVISION_FILE); fi

release: setup revision
	$(SWIFT) build -c release --product folio --build-path $(BUILD_DIR) $(RELEASE_FLAGS)

# Completions and the man page, from the release binary (completions) and the GenerateManual plugin of
# swift-argument-parser (it builds the command in debug and reads its `--experimental-dump-help`).
dist-files: release
	@mkdir -p $(DIST_DIR)/completions $(DIST_DIR)/man
	$(FOLIO_RELEASE) --generate-completion-script bash > $(DIST_DIR)/completions/folio.bash
	$(FOLIO_RELEASE) --generate-completion-script zsh > $(DIST_DIR)/completions/_folio
	$(FOLIO_RELEASE) --generate-completion-script fish > $(DIST_DIR)/completions/folio.fish
	$(SWIFT) package --build-path $(BUILD_DIR) plugin generate-manual --configuration debug --date $(MAN_DATE) >/dev/null
	cp $(BUILD_DIR)/plugins/GenerateManual/outputs/FolioCLI/folio.1 $(DIST_DIR)/man/folio.1

install: dist-files
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/folio $(DESTDIR)$(PREFIX)/share/man/man1 \
	  $(DESTDIR)$(PREFIX)/share/bash-completion/completions $(DESTDIR)$(PREFIX)/share/zsh/site-functions \
	  $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d
	install -m 755 $(FOLIO_RELEASE) $(DESTDIR)$(PREFIX)/bin/folio
	cp -R Assets/. $(DESTDIR)$(PREFIX)/share/folio/
	chmod -R u=rwX,go=rX $(DESTDIR)$(PREFIX)/share/folio
	install -m 644 $(DIST_DIR)/man/folio.1 $(DESTDIR)$(PREFIX)/share/man/man1/folio.1
	install -m 644 $(DIST_DIR)/completions/folio.bash $(DESTDIR)$(PREFIX)/share/bash-completion/completions/folio
	install -m 644 $(DIST_DIR)/completions/_folio $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_folio
	install -m 644 $(DIST_DIR)/completions/folio.fish $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/folio.fish

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/folio $(DESTDIR)$(PREFIX)/share/man/man1/folio.1 \
	  $(DESTDIR)$(PREFIX)/share/bash-completion/completions/folio $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_folio \
	  $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/folio.fish
	rm -rf $(DESTDIR)$(PREFIX)/share/folio

# `make deb`: dist/folio_VERSION_ARCH.deb with dpkg-deb. Depends: the shared libraries the binary links
# (dpkg-shlibdeps), the ones it opens with dlopen on first use, which dpkg-shlibdeps cannot see (librsvg2-2,
# libgdk-pixbuf-2.0-0, libpoppler-glib8, libqpdf29: named in packaging/control.in), fonts-noto-cjk and fontconfig; Recommends: texlive-lang-chinese for FandolFang/FandolKai, which
# the package makes visible to fontconfig with /etc/fonts/conf.d/09-folio-fandol.conf (without them the body and
# 楷体 headings fall back to Noto CJK, and `folio build` says so).
DEB_ARCH := $(shell dpkg --print-architecture 2>/dev/null)
DEB_ROOT := $(BUILD_DIR)/deb/root
DEB      := dist/folio_$(VERSION)_$(DEB_ARCH).deb

deb: dist-files
	rm -rf $(BUILD_DIR)/deb && mkdir -p $(DEB_ROOT)/DEBIAN $(DEB_ROOT)/etc/fonts/conf.d dist
	$(MAKE) --no-print-directory install DESTDIR=$(abspath $(DEB_ROOT)) PREFIX=/usr
	gzip -9n $(DEB_ROOT)/usr/share/man/man1/folio.1
	cp packaging/09-folio-fandol.conf $(DEB_ROOT)/etc/fonts/conf.d/
	echo /etc/fonts/conf.d/09-folio-fandol.conf > $(DEB_ROOT)/DEBIAN/conffiles
	mkdir -p $(BUILD_DIR)/deb/shlibs/debian && printf 'Source: folio\n\nPackage: folio\nArchitecture: any\n' \
	  > $(BUILD_DIR)/deb/shlibs/debian/control
	cd $(BUILD_DIR)/deb/shlibs && dpkg-shlibdeps -O -e $(abspath $(DEB_ROOT))/usr/bin/folio \
	  | sed -n 's/^shlibs:Depends=//p' > ../depends
	@# Packed relocations (DT_RELR, RELEASE_FLAGS) need glibc 2.36: a need dpkg-shlibdeps does not see.
	v=$$(sed -n 's/.*libc6 (>= \([^)]*\)).*/\1/p' $(BUILD_DIR)/deb/depends); \
	  if [ -n "$$v" ] && dpkg --compare-versions "$$v" lt 2.36; then \
	    sed -i "s/libc6 (>= $$v)/libc6 (>= 2.36)/" $(BUILD_DIR)/deb/depends; fi
	sed -e 's/@VERSION@/$(VERSION)/' -e 's/@ARCH@/$(DEB_ARCH)/' -e "s/@DEPENDS@/$$(cat $(BUILD_DIR)/deb/depends)/" \
	  -e "s/@SIZE@/$$(du -sk --exclude=DEBIAN $(DEB_ROOT) | cut -f1)/" packaging/control.in > $(DEB_ROOT)/DEBIAN/control
	dpkg-deb --root-owner-group -Zxz --build $(DEB_ROOT) $(DEB)
	@dpkg-deb --field $(DEB) Depends Recommends

# Installs with DESTDIR into a temporary folder and unpacks the .deb into another, then renders the bundled report
# with each installed binary from a third folder under `env -i` (Tests/install/test-install.sh). Not part of
# `make test`: the release build and the plugin take minutes on a fresh checkout.
test-install: deb
	sh Tests/install/test-install.sh $(DEB)
