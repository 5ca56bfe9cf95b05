#!/usr/bin/env bash
# Dereferencing benchmark on the N-article store: GET /id/{kind}/{slug} as Turtle and as HTML
# (following the 303 to the document), against the equivalent CONSTRUCT sent to /kg/sparql —
# requests/s and p99 with CLIENTS concurrent clients, ROUNDS times. Needs the linked-data modules;
# without them (an /id/ URI answers 404) it says so and records nothing.
#   N=10000 ROUNDS=2 SECONDS_PER_RUN=15 CLIENTS=1,8,32 bench/deref.sh
source "$(dirname "$0")/lib.sh"
N=${N:-10000}
ROUNDS=${ROUNDS:-2}
SECONDS_PER_RUN=${SECONDS_PER_RUN:-15}
CLIENTS=${CLIENTS:-1,8,32}
PER_KIND=${PER_KIND:-8}
build
data=$(store "$N")
start_ours "$data"
wait_answering "$(date +%s%3N)" >/dev/null

# PER_KIND resources of each kind that are the subject of an article's facts (not the busiest ones:
# the first found in index order), as paths under /id/.
pick() {
  curl -sf "http://127.0.0.1:$PORT/kg/sparql" -H 'Accept: text/csv' --data-urlencode "query=
    PREFIX ag: <https://w3id.org/alliancegraph/ontology#>
    SELECT ?s WHERE { ?s a ag:$1 FILTER(isIRI(?s)) } LIMIT $PER_KIND" | tail -n +2 | tr -d '\r' | grep '^http'
}
uris=$( { pick Person; pick Country; pick Pledge; pick Statement; pick Event; } )
first=$(echo "$uris" | head -1)
path() { echo "${1#http://localhost:3030/}"; }
status=$(curl -s -o /dev/null -w '%{http_code}' -L -H 'Accept: text/turtle' "http://127.0.0.1:$PORT/$(path "$first")")
if [[ $status != 200 ]]; then
  echo "GET /$(path "$first") answers $status: this build has no linked-data modules; nothing measured." >&2
  exit 0
fi
requests="$BENCH_DIR/requests-deref.tsv" qdir="$BENCH_DIR/deref-queries"
rm -rf "$qdir"; mkdir -p "$qdir"; : > "$requests"
i=0
for u in $uris; do
  i=$((i + 1))
  # Close to what the /doc/ document holds (docs/linked-data.md): outgoing and incoming triples,
  # neighbours' labels, the resource's evidence nodes — without the document's 100-per-property caps.
  sed "s|RESOURCE|$u|g" > "$qdir/$i.rq" <<'RQ'
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX ag: <https://w3id.org/alliancegraph/ontology#>
CONSTRUCT { <RESOURCE> ?p ?o . ?s ?q <RESOURCE> . ?n rdfs:label ?l . ?e ?ep ?ev }
WHERE {
  { <RESOURCE> ?p ?o }
  UNION { ?s ?q <RESOURCE> }
  UNION { { <RESOURCE> ?x ?n } UNION { ?n ?y <RESOURCE> } ?n rdfs:label ?l }
  UNION { <RESOURCE> ag:evidence ?e . ?e ?ep ?ev }
}
RQ
  printf 'deref-turtle\tGET\t%s\ttext/turtle\n' "$(path "$u")" >> "$requests"
  printf 'deref-html\tGET\t%s\ttext/html\n' "$(path "$u")" >> "$requests"
  printf 'construct-turtle\tPOST\tkg/sparql\ttext/turtle\t%s\n' "$qdir/$i.rq" >> "$requests"
done
stop_server
out="$RESULTS/deref-$N-$(date -u +%Y%m%d-%H%M).csv"
{ echo "# $(machine)"; echo "# N=$N ROUNDS=$ROUNDS SECONDS_PER_RUN=$SECONDS_PER_RUN CLIENTS=$CLIENTS resources=$i JAVA_OPTS=$JAVA_OPTS"
  echo "round,label,mode,group,clients,requests,seconds,req_per_s,median_ms,p99_ms,mean_bytes,errors,server_cpu_ms"; } > "$out"
for round in $(seq 1 "$ROUNDS"); do
  echo "round $round/$ROUNDS" >&2
  start_ours "$data"
  wait_answering "$(date +%s%3N)" >/dev/null
  http_bench --requests "$requests" --label ours --mode throughput --per-group true --clients "$CLIENTS" \
    --seconds "$SECONDS_PER_RUN" | sed "s/^/$round,/" >> "$out"
  stop_server
done
echo "raw rows: $out" >&2
bench/summarise-http.sh "$out"
