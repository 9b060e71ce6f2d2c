#!/usr/bin/env bash
# End to end, as a user or another system runs it: the service-efficiency tool rendering a sample document to
# .odt (process start, load, validate, render, zip, write), against Debian's pandoc converting the Markdown
# rendering of the same document to .odt, timed over repeated runs in this one script. `service-efficiency
# --version` is timed too: the floor of starting the .NET tool at all.
#
#   bench/end-to-end.sh            full: 3 warm-up runs, 20 timed runs of each command (docs/performance.md)
#   bench/end-to-end.sh --quick    2 timed runs, no warm-up: shows the commands work (CI), measures nothing
#   bench/end-to-end.sh [--quick] samples/data/hualien-112-results.json   another document
#
# Uses hyperfine when it is installed (apt-get install hyperfine), else (or with E2E_NO_HYPERFINE=1) a bash loop
# over `date +%s%N`.
# Needs pandoc (apt-get install pandoc). Writes the table to BenchmarkDotNet.Artifacts/end-to-end.md.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=20 warmup=3
if [ "${1:-}" = "--quick" ]; then runs=2 warmup=0; shift; fi
doc="${1:-samples/data/tainan-111-plan.json}"
name="$(basename "$doc" .json)"

command -v pandoc >/dev/null || { echo "end-to-end: pandoc is not installed (apt-get install pandoc)" >&2; exit 2; }
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build src/ServiceEfficiency.Cli -c Release -nologo -v q >/dev/null
tool="dotnet src/ServiceEfficiency.Cli/bin/Release/net8.0/service-efficiency.dll"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# The Markdown pandoc converts is the tool's own rendering of the same document. The tool exits 1 when a
# document has validation errors (Tainan 111's 構面四 names no 主辦單位) but renders it all the same.
$tool render "$doc" --format md -o "$work/$name.md" 2>/dev/null || [ -s "$work/$name.md" ]
render_odt="$tool render $doc --format odt -o $work/tool.odt 2>/dev/null || test -s $work/tool.odt"
pandoc_odt="pandoc -f gfm $work/$name.md -o $work/pandoc.odt"
version="$tool --version"

mkdir -p BenchmarkDotNet.Artifacts
out="BenchmarkDotNet.Artifacts/end-to-end.md"
echo "== end to end: $doc, $runs runs after $warmup warm-up ($(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg))"
if [ -z "${E2E_NO_HYPERFINE:-}" ] && command -v hyperfine >/dev/null; then
  hyperfine --shell bash --warmup "$warmup" --runs "$runs" --export-markdown "$out" \
    -n "service-efficiency render → .odt" "$render_odt" \
    -n "pandoc .md → .odt" "$pandoc_odt" \
    -n "service-efficiency --version" "$version"
else
  echo "(hyperfine not installed: timing with a bash loop)"
  {
    echo "| Command | Mean [ms] | Min [ms] | Max [ms] |"
    echo "|:---|---:|---:|---:|"
  } > "$out"
  for pair in "service-efficiency render → .odt|$render_odt" "pandoc .md → .odt|$pandoc_odt" "service-efficiency --version|$version"; do
    label="${pair%%|*}" cmd="${pair#*|}"
    for ((i = 0; i < warmup; i++)); do bash -c "$cmd" >/dev/null; done
    total=0 min=0 max=0
    for ((i = 0; i < runs; i++)); do
      start=$(date +%s%N); bash -c "$cmd" >/dev/null; ms=$(( ($(date +%s%N) - start) / 1000000 ))
      total=$((total + ms)); if [ "$min" -eq 0 ] || [ "$ms" -lt "$min" ]; then min=$ms; fi; if [ "$ms" -gt "$max" ]; then max=$ms; fi
    done
    echo "| \`$label\` | $((total / runs)) | $min | $max |" >> "$out"
  done
fi
test -s "$work/tool.odt" && test -s "$work/pandoc.odt"
echo "tool .odt: $(stat -c %s "$work/tool.odt") bytes; pandoc .odt: $(stat -c %s "$work/pandoc.odt") bytes"
cat "$out"
