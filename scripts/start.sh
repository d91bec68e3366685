#!/usr/bin/env bash
# `npm start`: installs the npm packages if needed, then serves the site locally with live reload.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
exec npx vite dev "$@"
