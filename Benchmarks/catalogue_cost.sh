#!/bin/sh
# The cost of every `folio` run the hostile-input catalogue makes: wall time and peak resident memory per run,
# measured with /usr/bin/time around the built executable while CatalogueTests runs serially. Issue 21 bounds
# each case at 5 s and 300 MB; this prints the costliest runs so the note can state the worst case. CPU seconds
# (user + system) are printed beside the wall time: on a loaded machine they are the better measure.
# Usage: sh Benchmarks/catalogue_cost.sh [FOLIO]   (default .build/debug/folio; the tests must be built).
set -eu
folio=$(realpath "${1:-.build/debug/folio}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
log="$work/runs.log"
: > "$log"
cat > "$work/folio" <<WRAP
#!/bin/sh
exec /usr/bin/time -a -o "$log" -f "%e %U %S %M \$(basename "\$PWD") %C" "$folio" "\$@"
WRAP
chmod +x "$work/folio"
FOLIO_EXECUTABLE="$work/folio" PATH="$PWD/.build/test-venv/bin:$PATH" SWIFT_BACKTRACE=enable=no \
  swift test --skip-build --no-parallel --filter CatalogueTests >"$work/test.log" 2>&1 || {
    tail -20 "$work/test.log"; echo "catalogue tests failed; the figures below are still the runs'"; }
runs=$(grep -c '^[0-9]' "$log" || true)
echo "$runs runs of folio measured (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
table=$(grep '^[0-9]' "$log" | awk '{ printf "%s %.2f", $1, $2 + $3; for (i = 4; i <= NF; i++) printf " %s", $i; print "" }')
echo "most CPU (wall s, CPU s, peak KiB, case folder, command):"
echo "$table" | sort -k2,2 -g -r | head -5
echo "largest peak memory:"
echo "$table" | sort -k3,3 -g -r | head -5
