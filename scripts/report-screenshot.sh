#!/usr/bin/env bash
# Renders the bundled samples' HTML report and photographs it with headless Chromium:
# docs/report.png (laptop, 1400×1000) and /tmp/report-phone.png (phone, 420×900).
# Installs Debian's chromium with apt-get when it is missing (needs root).
set -euo pipefail

cd "$(dirname "$0")/.."
out_html=/tmp/corroborate-report.html
phone_png=/tmp/report-phone.png

cargo build --release --quiet
./target/release/corroborate compare assets/samples/*.txt --out "$out_html" >/dev/null

browser=""
for candidate in chromium chromium-browser google-chrome; do
    if command -v "$candidate" >/dev/null 2>&1; then
        browser=$candidate
        break
    fi
done
if [[ -z $browser ]]; then
    if [[ $(id -u) -ne 0 ]]; then
        echo "report-screenshot: chromium is not installed; run as root to install it" >&2
        exit 1
    fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y chromium >&2
    browser=chromium
fi

profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT

shoot() { # size, output
    "$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
        --disable-background-networking --disable-component-update --disable-sync \
        --hide-scrollbars --user-data-dir="$profile" --window-size="$1" \
        --screenshot="$2" "file://$out_html" 2>/dev/null
    echo "wrote $2"
}

shoot 1400,1000 "$PWD/docs/report.png"
shoot 420,900 "$phone_png"
