# Folio — set-up, report, tests. `make report` and `make test` install what is missing first
# (as root, with apt-get), so a fresh machine needs nothing else.

SWIFT      ?= swift
BUILD_DIR  ?= .build
FOLIO      := $(BUILD_DIR)/debug/folio
REPORT     := output/xx-town-2016-2020.pdf
DATASET    := Assets/reports/xx-town-2016-2020.yaml

# Debian packages: the C libraries (with headers) the package links, fonts, and the tools the tests call.
APT_BUILD  := pkg-config libqpdf-dev libpoppler-glib-dev libcairo2-dev libharfbuzz-dev libharfbuzz-subset0 libfreetype-dev libfontconfig-dev libicu-dev fonts-noto-cjk
APT_TEST   := poppler-utils qpdf mupdf-tools ghostscript python3 python3-venv
# Python tools the tests call (Tests/requirements.txt, from PyPI) live in their own environment, first on the tests' PATH.
TEST_VENV  := $(BUILD_DIR)/test-venv
# FandolFang/FandolKai: the only free Simplified 仿宋/楷体 (reference §5). They ship in texlive-lang-chinese;
# only their font files are extracted (no TeX stack).
FANDOL_DIR := /usr/local/share/fonts/fandol
# apt-get needs root: run it directly as root (CI), through sudo otherwise.
SUDO       := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: all setup setup-test build report test clean bench fuzz fuzz-build test-asan test-tsan

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

build: setup
	$(SWIFT) build --build-path $(BUILD_DIR)

report: build
	@mkdir -p output
	$(FOLIO) build $(DATASET) -o $(REPORT)

test: setup-test
	$(SWIFT) build --build-path $(BUILD_DIR) --build-tests
	PATH="$(abspath $(TEST_VENV))/bin:$$PATH" $(SWIFT) test --build-path $(BUILD_DIR) --skip-build

# Issue 9 (docs/limits.md). `make fuzz FUZZ_SECONDS=600` builds the three libFuzzer targets with
# -sanitize=fuzzer,address (Linux) and runs each for FUZZ_SECONDS over Tests/Fuzz/corpus/<target>; new
# corpus entries and crash inputs go under $(FUZZ_DIR), never into the checkout. FuzzParagraph runs without
# leak detection: fontconfig keeps allocations LeakSanitizer reports as leaks (Chromium suppresses libfontconfig too).
FUZZ_SECONDS ?= 60
FUZZ_DIR     ?= .build-fuzz
FUZZ_FLAGS   := -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xswiftc -DFUZZING
FUZZ_TARGETS := FuzzDataset FuzzExpression FuzzParagraph

fuzz-build: setup
	for t in $(FUZZ_TARGETS); do \
	  $(SWIFT) build -c debug --scratch-path $(FUZZ_DIR) $(FUZZ_FLAGS) --product $$t || exit 1; \
	done

fuzz: fuzz-build
	@for t in $(FUZZ_TARGETS); do \
	  c=$$(echo $$t | sed 's/^Fuzz//' | tr A-Z a-z); \
	  mkdir -p $(FUZZ_DIR)/corpus/$$c $(FUZZ_DIR)/artifacts/$$c; \
	  echo "fuzzing $$t for $(FUZZ_SECONDS) s"; \
	  leaks=1; [ $$t = FuzzParagraph ] && leaks=0; \
	  ASAN_OPTIONS=detect_leaks=$$leaks $(FUZZ_DIR)/debug/$$t -max_total_time=$(FUZZ_SECONDS) -max_len=8192 -rss_limit_mb=4096 -timeout=30 \
	    -detect_leaks=$$leaks -print_final_stats=1 -artifact_prefix=$(FUZZ_DIR)/artifacts/$$c/ \
	    $(FUZZ_DIR)/corpus/$$c Tests/Fuzz/corpus/$$c || exit 1; \
	done

# The suite under AddressSanitizer and ThreadSanitizer, each in its own build folder.
# Leak detection is off: LeakSanitizer reports what Cairo, fontconfig and XCTest keep until exit, and turns every
# exit status of the `folio` processes the catalogue runs into 1.
test-asan: setup-test
	PATH="$(abspath $(TEST_VENV))/bin:$$PATH" ASAN_OPTIONS=detect_leaks=0 $(SWIFT) test --scratch-path .build-asan --sanitize=address

test-tsan: setup-test
	PATH="$(abspath $(TEST_VENV))/bin:$$PATH" $(SWIFT) test --scratch-path .build-tsan --sanitize=thread

# `make bench`: Folio (release) against Typst at 1×, 10× and 100× (Benchmarks/README.md). Typst and PyYAML come
# from PyPI into Benchmarks/.venv; python3-venv and pdfinfo (poppler-utils) from apt.
APT_BENCH   := python3 python3-venv poppler-utils
BENCH_BUILD ?= .build
# Release builds link the Swift runtime and Foundation statically: no dynamic linking of a dozen Swift libraries at
# start-up, 10–15 ms less per run (Benchmarks/README.md), as a Rust or C tool is shipped.
RELEASE_FLAGS := -Xswiftc -static-stdlib

bench: setup
	@missing=""; for p in $(APT_BENCH); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	fi
	$(SWIFT) build -c release --product folio --scratch-path $(BENCH_BUILD) $(RELEASE_FLAGS)
	python3 Benchmarks/bench.py --skip-build --build-path $(BENCH_BUILD) $(BENCH_ARGS)

clean:
	rm -rf $(BUILD_DIR) output/*.pdf output/*.png output/*.svg
