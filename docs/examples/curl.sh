#!/usr/bin/env bash
# Pledge totals as CSV with curl: fetch a catalogue query, send it to the endpoint.
# Usage: bash curl.sh [BASE]   (BASE defaults to http://localhost:3030)
BASE="${1:-http://localhost:3030}"
curl -sf "$BASE/queries/pledge-totals.rq" |
  curl -sf "$BASE/kg/sparql" -H 'Accept: text/csv' --data-urlencode query@-
