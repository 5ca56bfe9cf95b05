// Comunica federating AllianceGraph with a second SPARQL endpoint.
// Usage: node clients/comunica/federate.mjs [ALLIANCEGRAPH_ENDPOINT] OTHER_ENDPOINT
//   (run `npm ci` in clients/comunica first; prints one JSON object per answer)
import { readFileSync } from 'node:fs';
import { QueryEngine } from '@comunica/query-sparql';

const [allianceGraph = 'http://localhost:3030/kg/sparql', other] = process.argv.slice(2);
const query = readFileSync(new URL('../../docs/examples/donor-regions.rq', import.meta.url), 'utf8');

const engine = new QueryEngine();
const bindings = await engine.queryBindings(query, {
  sources: [
    { type: 'sparql', value: allianceGraph },
    { type: 'sparql', value: other },
  ],
});
for (const row of await bindings.toArray()) {
  console.log(JSON.stringify({ donorName: row.get('donorName').value, region: row.get('region').value }));
}
