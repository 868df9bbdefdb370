#!/usr/bin/env bash
# Screenshots of the sample run's reports as a user sees them, under sample-suites/target/screenshots:
# the HTML report's strategy table, level chart and first worst item, and the Allure overview.
# Run from the repository root after `mvn -B -o -q -Psamples test`; needs chromium and ImageMagick.
# With --allure it first runs `mvn -B -o -q -pl sample-suites allure:report`.
set -euo pipefail

report=sample-suites/target/vlb/report/index.html
shots=sample-suites/target/screenshots
width=1400
height=1000
chrome=(chromium --headless --no-sandbox --disable-gpu --hide-scrollbars)

[ -f "$report" ] || { echo "no $report: run mvn -B -o -q -Psamples test first" >&2; exit 2; }
mkdir -p "$shots"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Headless Chromium paints a page scrolled to a #fragment blank, so the whole page is shot and cut at the
# sections' offsets, which a copy of the page with one more script reports.
cp "$report" "$work/probe.html"
cat >> "$work/probe.html" <<'JS'
<script>
  const at = {height: document.documentElement.scrollHeight};
  for (const id of ["alone", "chart", "worst"]) {
    const element = document.querySelector("[id$='-" + id + "']");
    at[id] = element ? Math.round(element.getBoundingClientRect().top + window.scrollY) : -1;
  }
  document.body.insertAdjacentHTML("beforeend", "<pre id='offsets'>" + JSON.stringify(at) + "</pre>");
</script>
JS
offsets=$("${chrome[@]}" --virtual-time-budget=5000 --window-size=$width,$height --dump-dom \
  "file://$work/probe.html" 2>/dev/null | sed -n 's/.*<pre id="offsets">\(.*\)<\/pre>.*/\1/p')
offset() { python3 -c "import json,sys; print(json.loads(sys.argv[1])[sys.argv[2]])" "$offsets" "$1"; }

page_height=$(( $(offset worst) + height ))
"${chrome[@]}" --virtual-time-budget=5000 --window-size=$width,$page_height \
  --screenshot="$work/page.png" "file://$PWD/$report" 2>/dev/null
for section in alone chart worst; do
  top=$(( $(offset $section) > 16 ? $(offset $section) - 16 : 0 ))
  convert "$work/page.png" -crop ${width}x${height}+0+$top +repage "$shots/report-$section.png"
  echo "wrote $shots/report-$section.png"
done

if [ "${1:-}" = "--allure" ]; then
  mvn -B -o -q -pl sample-suites allure:report
  site=sample-suites/target/site/allure-maven-plugin
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  python3 -m http.server "$port" --bind 127.0.0.1 --directory "$site" >/dev/null 2>&1 &
  server=$!
  trap 'kill $server; rm -rf "$work"' EXIT
  sleep 1
  "${chrome[@]}" --virtual-time-budget=10000 --window-size=$width,$height \
    --screenshot="$shots/allure-overview.png" "http://127.0.0.1:$port/index.html" 2>/dev/null
  echo "wrote $shots/allure-overview.png"
fi
