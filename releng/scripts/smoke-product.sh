#!/usr/bin/env bash
# Smoke test of the built product, as an admin would try it: the command line runs the main job on the samples,
# and the desktop starts under Xvfb and stays up without logging an error. Run after ./mvnw verify.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PRODUCT="$ROOT/releng/org.clusterdesk.repository/target/products/org.clusterdesk.product/linux/gtk/x86_64"
[ -x "$PRODUCT/clusterdesk" ] || { echo "smoke-product: no product at $PRODUCT (run ./mvnw verify first)" >&2; exit 2; }

echo "smoke-product: clusterdesk info samples/"
"$PRODUCT/clusterdesk" info "$ROOT/samples" > /tmp/clusterdesk-smoke-info.txt
grep -c '^== ' /tmp/clusterdesk-smoke-info.txt | grep -qx 6 || { cat /tmp/clusterdesk-smoke-info.txt; echo "smoke-product: info did not report 6 samples" >&2; exit 1; }

echo "smoke-product: clusterdesk validate --severity error samples/"
"$PRODUCT/clusterdesk" validate --severity error "$ROOT/samples" | tail -n 1

echo "smoke-product: clusterdesk export --docx --charts (headless; nothing on stderr)"
OUT="$(mktemp -d)"
"$PRODUCT/clusterdesk" export "$ROOT/samples/miit-2025.cluster" --docx "$OUT/miit-2025.docx" --charts 2> "$OUT/stderr.txt"
if [ -s "$OUT/stderr.txt" ]; then
  cat "$OUT/stderr.txt"; echo "smoke-product: export wrote to stderr" >&2; exit 1
fi
PICTURES="$(unzip -l "$OUT/miit-2025.docx" | grep -c 'word/media/.*\.png' || true)"
[ "$PICTURES" -ge 8 ] || { echo "smoke-product: the trend-chart appendix has $PICTURES pictures, expected at least 8" >&2; exit 1; }
echo "smoke-product: $PICTURES trend charts in the appendix"

echo "smoke-product: clusterdesk evidence (the 佐证材料 of the national sample) and validate --evidence"
"$PRODUCT/clusterdesk" evidence "$ROOT/samples/miit-2025.cluster" --out "$OUT/evidence.pdf"
"$PRODUCT/clusterdesk" validate --severity error --evidence "$OUT/evidence.pdf" "$ROOT/samples/miit-2025.cluster" | tail -n 1

echo "smoke-product: the desktop under Xvfb"
WS="$(mktemp -d)"
# its own process group, so that the desktop, xvfb-run and Xvfb all stop together
setsid xvfb-run -a "$PRODUCT/clusterdesk-gui" -data "$WS" > "$WS/console.txt" 2>&1 &
PID=$!
sleep 25
if ! kill -0 "$PID" 2>/dev/null; then
  cat "$WS/console.txt"; echo "smoke-product: the desktop exited early" >&2; exit 1
fi
kill -- -"$PID" 2>/dev/null || true
wait "$PID" 2>/dev/null || true
if [ -f "$WS/.metadata/.log" ] && grep -q '^!ENTRY .* 4 ' "$WS/.metadata/.log"; then
  cat "$WS/.metadata/.log"; echo "smoke-product: the desktop logged errors" >&2; exit 1
fi
echo "smoke-product: OK"
