#!/usr/bin/env bash
# Makes sure a Chromium for the browser tests exists. Playwright cannot download its own browser on
# machines with a closed network, so we use Debian's `chromium` package (found by scripts/chromium.ts).
set -euo pipefail
for path in "${CHROMIUM_PATH:-}" /usr/bin/chromium /usr/bin/chromium-browser; do
	if [ -n "$path" ] && [ -x "$path" ]; then exit 0; fi
done
if command -v apt-get >/dev/null 2>&1; then
	if [ "$(id -u)" = 0 ]; then as_root=(); elif command -v sudo >/dev/null 2>&1; then as_root=(sudo); else as_root=(none); fi
	if [ "${as_root[0]:-}" != none ]; then
		echo "Installing Chromium for the browser tests (apt-get install chromium)…"
		"${as_root[@]}" apt-get update -qq
		DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq chromium >/dev/null
		exit 0
	fi
fi
echo "No system Chromium found: trying Playwright's own browser (npx playwright install chromium)."
if ! npx playwright install chromium; then
	echo "Could not install a browser. Install Chromium yourself, then run the tests again:" >&2
	echo "  Debian/Ubuntu: sudo apt-get install chromium" >&2
	echo "  elsewhere:     npx playwright install chromium   (or set CHROMIUM_PATH to a Chromium binary)" >&2
	exit 1
fi
