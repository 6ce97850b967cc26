# Folio — set-up, report, tests. `make report` and `make test` install what is missing first
# (as root, with apt-get), so a fresh machine needs nothing else.

SWIFT      ?= swift
BUILD_DIR  ?= .build
FOLIO      := $(BUILD_DIR)/debug/folio
REPORT     := output/xx-town-2016-2020.pdf
DATASET    := Assets/reports/xx-town-2016-2020.yaml

# Debian packages: the C libraries (with headers) the package links, fonts, and the tools the tests call.
APT_BUILD  := pkg-config libqpdf-dev libcairo2-dev libharfbuzz-dev libfreetype-dev libfontconfig-dev libicu-dev fonts-noto-cjk
APT_TEST   := poppler-utils qpdf mupdf-tools ghostscript
# FandolFang/FandolKai: the only free Simplified 仿宋/楷体 (reference §5). They ship in texlive-lang-chinese;
# only their font files are extracted (no TeX stack).
FANDOL_DIR := /usr/local/share/fonts/fandol
# apt-get needs root: run it directly as root (CI), through sudo otherwise.
SUDO       := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: all setup setup-test build report test clean

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

build: setup
	$(SWIFT) build --build-path $(BUILD_DIR)

report: build
	@mkdir -p output
	$(FOLIO) build $(DATASET) -o $(REPORT)

test: setup-test
	$(SWIFT) build --build-path $(BUILD_DIR) --build-tests
	$(SWIFT) test --build-path $(BUILD_DIR) --skip-build

clean:
	rm -rf $(BUILD_DIR) output/*.pdf output/*.png output/*.svg
