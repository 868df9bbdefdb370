#!/usr/bin/env bash
# A peer in the same run: VLB's PhotoBench through Maven, then promptfoo asking the same prompts, both
# against ONE FakeOpenAiServer, at the same concurrency.
#
# What it measures
#   Throughput: the fake server is the referee. It counts the calls it answered over its window, from the
#   first request's arrival to the last answer (POST /stats starts a window, GET /stats reads it), so
#   start-up (JVM, Maven, Node, discovery, config loading) is outside both figures. The ideal is what the
#   server could answer: CONCURRENCY / LATENCY_MS calls per second; each tool's ratio is its rate over it.
#   The wall time of each whole command, start-up included, is printed beside it.
#   Peak RSS: the kernel's high-water mark of the resident set of the one process that does the work.
#   VLB: the Surefire fork's VmHWM, read by the fork itself at the end of the run (BenchmarkSession,
#   target/bench/e2e.jsonl); Maven's own JVM only starts the fork and is not counted (the largest process
#   of the mvn command, by GNU time, is printed as a note). promptfoo: GNU time's %M (ru_maxrss) of
#   the node process that runs `promptfoo eval`.
#
# How
#   1. Installs promptfoo PROMPTFOO_VERSION from npm into target/peer/promptfoo, or reuses it there
#      (without its install scripts, which would download a browser; better-sqlite3 is rebuilt instead).
#   2. Builds the modules (MVN_FLAGS, e.g. -o, goes to every mvn call) and writes the class path the
#      server needs.
#   3. Starts FakeOpenAiServer (latency LATENCY_MS, no jitter, no errors) and runs
#      `mvn -Pbench -pl vlb-benchmarks -am test` against it twice: first from a fresh target/vlb, so that
#      it makes and judges its variants (nothing is resumed from an earlier run's journal), then again on
#      the variant store the first run filled (-Dbench.fresh=false), so that it only answers, as promptfoo
#      only replays: that second run is the like-for-like comparison.
#   4. Writes a promptfoo config (promptfoo-config.mjs) with one test per variant that reached the model
#      in that run (target/vlb/results.jsonl): the same text, laid out as the engine lays it out, and the
#      same image file, in a request of the engine's shape (one user message: the image as a data URL,
#      then the text), for provider openai:chat:fake at the server's URL.
#   5. Runs `promptfoo eval --no-cache --no-write --no-table --no-progress-bar -j CONCURRENCY`.
#   6. Checks that both made the same number of calls, prints a table and writes it to
#      target/bench/peer.md. Exits 1 when the counts differ.
#
# Environment: CONCURRENCY (64), ITEMS (2000 photo items; 3 variants of each reach the model),
# LATENCY_MS (50), PROMPTFOO_VERSION (0.118.17), MVN_FLAGS (empty). Needs node >= 20 with npm, java,
# mvn and GNU time (/usr/bin/time; installed with apt-get when missing and allowed).
set -euo pipefail

CONCURRENCY=${CONCURRENCY:-64}
ITEMS=${ITEMS:-2000}
LATENCY_MS=${LATENCY_MS:-50}
PROMPTFOO_VERSION=${PROMPTFOO_VERSION:-0.118.17}
MVN_FLAGS=${MVN_FLAGS:-}
SUITE=dev.vlb.benchmarks.PhotoBench
DEPENDENCY_PLUGIN=org.apache.maven.plugins:maven-dependency-plugin:3.8.1

peer=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
module=$(dirname "$peer")
root=$(dirname "$module")
work=$module/target/peer
report=$module/target/bench/peer.md

die() {
  echo "peer: $*" >&2
  exit 2
}

say() {
  echo "[peer] $*"
}

require_tools() {
  command -v node >/dev/null || die "node is missing: promptfoo $PROMPTFOO_VERSION needs Node.js 20 or later with npm"
  command -v npm >/dev/null || die "npm is missing: install it with Node.js 20 or later"
  local major
  major=$(node -p 'process.versions.node.split(".")[0]')
  ((major >= 20)) || die "node $(node --version) is too old: promptfoo $PROMPTFOO_VERSION needs 20 or later"
  command -v java >/dev/null || die "java is missing"
  command -v mvn >/dev/null || die "mvn is missing"
  if ! /usr/bin/time -f '%M' true >/dev/null 2>&1; then
    if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
      say "installing GNU time"
      apt-get install -y -qq time >/dev/null || die "apt-get could not install GNU time"
    else
      die "GNU time (/usr/bin/time) is missing: apt-get install time"
    fi
  fi
}

# The version npm installed there, or nothing.
installed_promptfoo() {
  node -p "require('$work/promptfoo/node_modules/promptfoo/package.json').version" 2>/dev/null || true
}

install_promptfoo() {
  if [ "$(installed_promptfoo)" = "$PROMPTFOO_VERSION" ] \
    && [ -f "$work/promptfoo/node_modules/better-sqlite3/build/Release/better_sqlite3.node" ]; then
    say "promptfoo $PROMPTFOO_VERSION already in $work/promptfoo"
    return
  fi
  say "installing promptfoo $PROMPTFOO_VERSION into $work/promptfoo"
  rm -rf "$work/promptfoo"
  mkdir -p "$work/promptfoo"
  echo '{"private": true}' >"$work/promptfoo/package.json"
  (cd "$work/promptfoo" \
    && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install --ignore-scripts --no-audit --no-fund --loglevel=error \
      "promptfoo@$PROMPTFOO_VERSION" \
    && npm rebuild better-sqlite3 --loglevel=error >/dev/null)
  [ "$(installed_promptfoo)" = "$PROMPTFOO_VERSION" ] || die "npm did not install promptfoo $PROMPTFOO_VERSION"
}

build() {
  say "building the modules"
  # shellcheck disable=SC2086 # MVN_FLAGS is a list of flags
  (cd "$root" && mvn -B -q $MVN_FLAGS -Pbench -pl vlb-benchmarks -am test-compile \
    "$DEPENDENCY_PLUGIN:build-classpath" -DskipTests -Dmdep.includeScope=runtime -Dmdep.outputFile="$work/classpath.txt")
}

start_server() {
  java -cp "$module/target/classes:$(cat "$work/classpath.txt")" dev.vlb.benchmarks.FakeOpenAiServer "$LATENCY_MS" 0 0 \
    >"$work/server.out" 2>"$work/server.err" &
  server_pid=$!
  for _ in $(seq 300); do
    url=$(head -n 1 "$work/server.out")
    [ -n "$url" ] && break
    kill -0 "$server_pid" 2>/dev/null || die "the fake server did not start: $(cat "$work/server.err")"
    sleep 0.1
  done
  [[ "$url" == http://* ]] || die "the fake server printed no URL in 30 s"
  stats_url=${url%/v1}/stats
  say "fake server at $url, latency $LATENCY_MS ms"
}

stop_server() {
  if [ -n "${server_pid:-}" ]; then
    kill "$server_pid" 2>/dev/null || true
  fi
}

# The fake server's window: GET reads it, POST starts a new one.
stats() {
  node -e 'fetch(process.argv[1], { method: process.argv[2] }).then((r) => r.text()).then(console.log)' "$stats_url" "$1"
}

now() {
  date +%s.%N
}

# Runs a command under GNU time; $1 is where its peak RSS in KiB and its user and system CPU seconds go.
timed() {
  local rss_file=$1
  shift
  /usr/bin/time -f '%M %U %S' -o "$rss_file" "$@"
}

# $1: fresh (true: from an empty target/vlb, making the variants; false: on the store the last run filled);
# sets ours_measurement, ours_stats, ours_wall and ours_rss_kib.
run_ours() {
  local fresh=$1 lines_before=0 start
  say "VLB: mvn -Pbench -pl vlb-benchmarks -am test, $ITEMS items, concurrency $CONCURRENCY, bench.fresh=$fresh"
  [ "$fresh" = true ] && rm -rf "$module/target/vlb"
  [ -f "$module/target/bench/e2e.jsonl" ] && lines_before=$(wc -l <"$module/target/bench/e2e.jsonl")
  start=$(now)
  # shellcheck disable=SC2086
  (cd "$root" && timed "$work/mvn.rss" mvn -B $MVN_FLAGS -Pbench -pl vlb-benchmarks -am test \
    -Dbench.server.url="$url" -Dbench.concurrency="$CONCURRENCY" -Dbench.items="$ITEMS" -Dbench.fresh="$fresh") \
    >"$work/mvn.log" 2>&1 || die "mvn failed; see $work/mvn.log"
  ours_wall=$(node -p "$(now) - $start")
  grep '^\[bench\]' "$work/mvn.log" || true
  [ "$(wc -l <"$module/target/bench/e2e.jsonl")" -gt "$lines_before" ] \
    || die "the run wrote no measurement to target/bench/e2e.jsonl; see $work/mvn.log"
  ours_measurement=$(tail -n 1 "$module/target/bench/e2e.jsonl")
  ours_stats=$(stats GET)
  ours_rss_kib=$(cut -d' ' -f1 "$work/mvn.rss")
}

run_promptfoo() {
  local tests start status=0
  tests=$(node "$peer/promptfoo-config.mjs" "$module/target/vlb/results.jsonl" "$module/target/bench-photos/items.jsonl" \
    "$url" "$work/promptfooconfig.json" "$SUITE")
  say "promptfoo $PROMPTFOO_VERSION: $tests tests, the prompts and image of that run, concurrency $CONCURRENCY"
  stats POST >/dev/null
  start=$(now)
  # Its own home, so that nothing is read from or written to ~/.promptfoo; no telemetry, no update check.
  PROMPTFOO_CONFIG_DIR="$work/promptfoo-home" PROMPTFOO_DISABLE_TELEMETRY=1 PROMPTFOO_DISABLE_UPDATE=1 \
    timed "$work/promptfoo.rss" "$work/promptfoo/node_modules/.bin/promptfoo" eval -c "$work/promptfooconfig.json" \
    --no-cache --no-write --no-table --no-progress-bar --max-concurrency "$CONCURRENCY" >"$work/promptfoo.log" 2>&1 \
    || status=$?
  pf_wall=$(node -p "$(now) - $start")
  pf_stats=$(stats GET)
  grep -E '^(Duration|Successes|Failures|Errors|Pass Rate):' "$work/promptfoo.log" | sed 's/^/[promptfoo] /' || true
  # promptfoo exits 100 when a test fails an assertion; these tests have none, so any other code is an error.
  [ "$status" = 0 ] || say "promptfoo exited $status; see $work/promptfoo.log"
}

table() {
  node - "$CONCURRENCY" "$LATENCY_MS" "$ITEMS" "$PROMPTFOO_VERSION" "$made_measurement" "$made_stats" "$made_wall" \
    "$ours_measurement" "$ours_stats" "$ours_wall" "$ours_rss_kib" "$pf_stats" "$pf_wall" "$(cut -d' ' -f1 "$work/promptfoo.rss")" \
    "$(awk '{ print $2 + $3 }' "$work/promptfoo.rss")" \
    "$(nproc)" <<'EOF'
const [concurrency, latencyMs, items, version, madeMeasurementJson, madeJson, madeWall, measurementJson, oursJson, oursWall,
  mvnRssKiB, pfJson, pfWall, pfRssKiB, pfCpuSeconds, cores] = process.argv.slice(2);
const madeMeasurement = JSON.parse(madeMeasurementJson);
const made = JSON.parse(madeJson);
const measurement = JSON.parse(measurementJson);
const ours = JSON.parse(oursJson);
const pf = JSON.parse(pfJson);
const ideal = concurrency * 1000 / latencyMs;
const calls = (stats) => stats.answered + stats.errors;
const rate = (stats) => (stats.seconds === 0 ? 0 : calls(stats) / stats.seconds);
const mib = (bytes) => bytes / 1024 / 1024;
const rss = (m) => (m.peakRssBytes === undefined ? NaN : mib(m.peakRssBytes));
const oursRss = rss(measurement);
const pfRss = mib(pfRssKiB * 1024);
const pfCpuMs = calls(pf) === 0 ? NaN : pfCpuSeconds * 1000 / calls(pf);
const fixed = (value, digits) => (Number.isFinite(value) ? value.toFixed(digits) : 'unknown');
const times = (a, b) => (Number.isFinite(a / b) && b !== 0 ? `${(a / b).toFixed(2)}×` : '');
console.log(`| ${items} photo items, concurrency ${concurrency}, latency ${latencyMs} ms, ${cores} cores | VLB, first run: makes, judges and answers (mvn test) | VLB on its variant store: answers (mvn test) | promptfoo ${version}: replays | VLB answering ÷ promptfoo |
|---|---:|---:|---:|---:|
| calls the server answered (503s) | ${calls(made)} (${made.errors}) | ${calls(ours)} (${ours.errors}) | ${calls(pf)} (${pf.errors}) | |
| throughput, calls/s (server's window) | ${fixed(rate(made), 0)} | ${fixed(rate(ours), 0)} | ${fixed(rate(pf), 0)} | ${times(rate(ours), rate(pf))} |
| ratio to the ideal ${fixed(ideal, 0)} calls/s | ${fixed(rate(made) / ideal, 3)} | ${fixed(rate(ours) / ideal, 3)} | ${fixed(rate(pf) / ideal, 3)} | |
| CPU per call, ms (the working process) | ${fixed(madeMeasurement.cpuMsPerCall, 2)} | ${fixed(measurement.cpuMsPerCall, 2)} | ${fixed(pfCpuMs, 2)} | ${times(measurement.cpuMsPerCall, pfCpuMs)} |
| peak RSS, MiB | ${fixed(rss(madeMeasurement), 0)} | ${fixed(oursRss, 0)} | ${fixed(pfRss, 0)} | ${times(oursRss, pfRss)} |
| wall time of the whole command, s | ${fixed(+madeWall, 1)} | ${fixed(+oursWall, 1)} | ${fixed(+pfWall, 1)} | |

Peak RSS: VLB's is the Surefire fork's VmHWM, which the fork reads itself at the end of the run; Maven's own
JVM, which only starts the fork, is not counted (the largest process of the mvn command was ${fixed(mib(mvnRssKiB * 1024), 0)} MiB).
promptfoo's is GNU time's %M of its node process. CPU per call: VLB's from the start of its test run (JIT,
GC and Surefire's reporting included; JVM start and discovery not), promptfoo's the whole node process's
(user + system, its start-up included). Throughput is the fake server's count over its window
(first request in to last answer out), so start-up is outside it and inside the wall time. Within it VLB's
first run also makes and judges the variants; its second reads them from its variant store, and answers,
scores and writes its journal, as promptfoo sends the prompts that run made, each with its image read from
the file, and keeps the replies.`);
EOF
}

main() {
  require_tools
  mkdir -p "$work" "$(dirname "$report")"
  install_promptfoo
  build
  trap stop_server EXIT
  start_server
  run_ours true
  made_measurement=$ours_measurement made_stats=$ours_stats made_wall=$ours_wall
  run_ours false
  run_promptfoo
  table | tee "$report"
  local ours_calls pf_calls
  ours_calls=$(node -p "const s = $ours_stats; s.answered + s.errors")
  pf_calls=$(node -p "const s = $pf_stats; s.answered + s.errors")
  say "calls: VLB $ours_calls, promptfoo $pf_calls; written to $report"
  if [ "$ours_calls" != "$pf_calls" ]; then
    echo "peer: the call counts differ, so the two did not ask the same prompts; see $work/promptfoo.log" >&2
    exit 1
  fi
}

main "$@"
