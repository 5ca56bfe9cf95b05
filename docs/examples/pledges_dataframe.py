"""Pledges as a pandas DataFrame, with SPARQLWrapper.

Usage: /usr/bin/python3 pledges_dataframe.py [BASE]   (BASE defaults to http://localhost:3030)
"""
import sys
from urllib.request import urlopen

import pandas as pd
from SPARQLWrapper import SPARQLWrapper, JSON

base = sys.argv[1] if len(sys.argv) > 1 else "http://localhost:3030"

# The catalogue's "pledges" query, as the server publishes it
query = urlopen(base + "/queries/pledges.rq").read().decode("utf-8")

sparql = SPARQLWrapper(base + "/kg/sparql")
sparql.setQuery(query)
sparql.setReturnFormat(JSON)
bindings = sparql.query().convert()["results"]["bindings"]

pledges = pd.DataFrame([{name: cell["value"] for name, cell in row.items()} for row in bindings])
pledges["amount"] = pd.to_numeric(pledges["amount"])
pledges["reports"] = pd.to_numeric(pledges["reports"])

print(pledges[["donorName", "recipientName", "amount", "currency", "reports"]].to_csv(index=False))
