#!/bin/sh
# `make test-install`: Folio installed as a tool, checked from outside the checkout.
#  1. `make install DESTDIR=<tmp>/destdir PREFIX=/usr`, then <tmp>/destdir/usr/bin/folio renders the bundled report
#     (`build --example`) from another folder with a clean environment (`env -i PATH=/usr/bin:/bin`): it must find
#     its assets in ../share/folio without FOLIO_ASSETS.
#  2. The .deb (argument 1) unpacked with `dpkg-deb -x` into <tmp>/deb: its control fields, its files, and the same
#     render from that root; the PDF must be byte-identical to the checkout's own build of the bundled report.
#  3. `dpkg --root` installs the .deb into an empty root and purges it again (see below).
# Exits non-zero at the first failure; prints "N passed, 0 failed" at the end.
set -eu
deb=$(realpath "$1")
here=$(pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0
pass() { passed=$((passed + 1)); echo "ok: $1"; }
fail() { echo "FAIL: $1" >&2; echo "$passed passed, 1 failed"; exit 1; }

mkdir "$tmp/work"
make --no-print-directory -C "$here" install DESTDIR="$tmp/destdir" PREFIX=/usr >/dev/null
for f in usr/bin/folio usr/share/folio/themes/gongwen.yaml usr/share/folio/reports/xx-town-2016-2020.yaml \
         usr/share/man/man1/folio.1 usr/share/bash-completion/completions/folio \
         usr/share/zsh/site-functions/_folio usr/share/fish/vendor_completions.d/folio.fish; do
  [ -e "$tmp/destdir/$f" ] || fail "make install did not install $f"
done
pass "make install DESTDIR=… PREFIX=/usr installs the binary, assets, man page and completions"

run() { # run ROOT: the installed binary under ROOT renders the bundled report in $tmp/work, clean environment
  (cd "$tmp/work" && env -i PATH=/usr/bin:/bin "$1/usr/bin/folio" build --example -o out.pdf) \
    > "$tmp/run.out" 2> "$tmp/run.err" || { cat "$tmp/run.err" >&2; return 1; }
}
run "$tmp/destdir" || fail "the DESTDIR install cannot render the bundled report"
expected=$(sha256sum "$tmp/work/out.pdf" | cut -d' ' -f1)
pass "installed binary renders the bundled report from another folder under env -i ($expected)"
env -i PATH=/usr/bin:/bin "$tmp/destdir/usr/bin/folio" --version | grep -q '^folio [0-9.]* (revision ' \
  || fail "folio --version does not print the version and revision"
pass "folio --version: $(env -i "$tmp/destdir/usr/bin/folio" --version)"
ldd "$tmp/destdir/usr/bin/folio" | grep -q 'libswiftCore' && fail "the release binary links the Swift runtime dynamically"
pass "the release binary links the Swift runtime statically"
exported=$(nm -D --defined-only "$tmp/destdir/usr/bin/folio" | wc -l)
[ "$exported" -eq 0 ] || fail "the release binary exports $exported dynamic symbols (RELEASE_FLAGS: --no-export-dynamic)"
pass "the release binary exports no dynamic symbols"
readelf -d "$tmp/destdir/usr/bin/folio" | grep -q '(RELR)' \
  || fail "the release binary's relative relocations are not packed (RELEASE_FLAGS: pack-relative-relocs)"
relocations=$(readelf -r "$tmp/destdir/usr/bin/folio" | grep -c '_RELATIVE ' || true)
[ "$relocations" -lt 1000 ] || fail "the release binary keeps $relocations unpacked relative relocations"
pass "the release binary's relative relocations are packed (DT_RELR; $relocations left unpacked)"
make --no-print-directory -C "$here" uninstall DESTDIR="$tmp/destdir" PREFIX=/usr >/dev/null
left=$(find "$tmp/destdir" -type f | wc -l)
[ "$left" -eq 0 ] || fail "make uninstall left $left files"
pass "make uninstall removes every installed file"

depends=$(dpkg-deb --field "$deb" Depends)
libc=$(echo "$depends" | sed -n 's/.*libc6 (>= \([^)]*\)).*/\1/p')
[ -n "$libc" ] && dpkg --compare-versions "$libc" ge 2.36 \
  || fail "Depends asks libc6 (>= ${libc:-nothing}); packed relocations need 2.36"
for p in libc6 libcairo2 libharfbuzz0b libqpdf fonts-noto-cjk fontconfig; do
  echo "$depends" | grep -q "$p" || fail "Depends lacks $p: $depends"
done
dpkg-deb --field "$deb" Recommends | grep -q texlive-lang-chinese || fail "Recommends lacks texlive-lang-chinese"
pass "the .deb depends on its shared libraries and fonts: $depends"
dpkg-deb -x "$deb" "$tmp/deb"
[ -f "$tmp/deb/etc/fonts/conf.d/09-folio-fandol.conf" ] || fail "the .deb lacks the Fandol fontconfig file"
[ -f "$tmp/deb/usr/share/man/man1/folio.1.gz" ] || fail "the .deb lacks the man page"
rm -f "$tmp/work/out.pdf"
run "$tmp/deb" || fail "the unpacked .deb cannot render the bundled report"
[ "$(sha256sum "$tmp/work/out.pdf" | cut -d' ' -f1)" = "$expected" ] || fail "the .deb's binary renders different bytes"
pass "the unpacked .deb renders the same PDF under env -i"
# 3. dpkg itself installs it into a clean root (an empty dpkg database; its dependencies are the host's, hence
#    --force-depends), records every file, renders the same bytes, and removes it without a trace.
root="$tmp/root"
mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates" "$root/var/lib/dpkg/triggers"
: > "$root/var/lib/dpkg/status"
dpkg --root="$root" --force-depends --force-not-root --log=/dev/null -i "$deb" > "$tmp/dpkg.out" 2>&1 \
  || { cat "$tmp/dpkg.out" >&2; fail "dpkg --root cannot install the .deb"; }
dpkg --root="$root" -s folio | grep -q '^Status: install ok installed' || fail "dpkg does not list folio as installed"
dpkg --root="$root" -L folio | grep -q '^/usr/bin/folio$' || fail "dpkg's file list lacks /usr/bin/folio"
rm -f "$tmp/work/out.pdf"
run "$root" || fail "the dpkg-installed binary cannot render the bundled report"
[ "$(sha256sum "$tmp/work/out.pdf" | cut -d' ' -f1)" = "$expected" ] || fail "the dpkg-installed binary renders different bytes"
dpkg --root="$root" --force-not-root --log=/dev/null -P folio > "$tmp/dpkg.out" 2>&1 \
  || { cat "$tmp/dpkg.out" >&2; fail "dpkg --root cannot purge folio"; }
left=$(find "$root" -type f -not -path "$root/var/lib/dpkg/*" | wc -l)
[ "$left" -eq 0 ] || fail "purging folio left $left files"
pass "dpkg --root installs it into a clean root, it renders the same PDF there, and purging leaves nothing"
echo "$passed passed, 0 failed"
