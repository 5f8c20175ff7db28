#!/usr/bin/env bash
# Installs Corroborate for the current user on Linux: the binary (cargo install), the
# desktop entry, the icons and the MIME type of saved comparisons (*.corroborate.json), so
# it shows in the application menu and reports open with a double click.
# Usage: scripts/install-desktop.sh [--no-build]
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ "${1:-}" != "--no-build" ]]; then
    cargo install --locked --path .
fi

data="${XDG_DATA_HOME:-$HOME/.local/share}"
install -Dm644 assets/corroborate.desktop "$data/applications/corroborate.desktop"
for n in 16 32 48 64 128 256; do
    install -Dm644 "assets/icons/corroborate-$n.png" "$data/icons/hicolor/${n}x${n}/apps/corroborate.png"
done
install -Dm644 assets/icons/corroborate.svg "$data/icons/hicolor/scalable/apps/corroborate.svg"
install -Dm644 assets/corroborate-mime.xml "$data/mime/packages/corroborate.xml"

# Refresh the desktop's caches where the tools exist (they are optional).
command -v update-mime-database >/dev/null && update-mime-database "$data/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database "$data/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
command -v xdg-mime >/dev/null && xdg-mime default corroborate.desktop application/x-corroborate-report || true

echo "Installed: $(command -v corroborate || echo "$HOME/.cargo/bin/corroborate") and the desktop entry in $data"
