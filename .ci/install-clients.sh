#!/usr/bin/env bash
# Installs the real clients that the tests tagged "clients" drive (run by .ci/run; needs root or sudo).
# Idempotent: skips what is already there. The plain `mvn -B verify` does not need any of this.
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi

# Debian packages (python clients install for /usr/bin/python3, see ../shared/NOTES.md).
DEBS=(python3 python3-sparqlwrapper python3-pandas curl nodejs python3-rdflib python3-html5lib chromium)  # nodejs ships npm (Debian or NodeSource)
missing=()
for p in "${DEBS[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# Comunica (federation tests): the committed package.json + package-lock.json in clients/comunica.
if [ ! -d clients/comunica/node_modules/@comunica/query-sparql ]; then
  (cd clients/comunica && npm ci --no-audit --no-fund)
fi
