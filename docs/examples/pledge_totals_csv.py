"""Pledge totals per donor and currency, CSV read straight into pandas.

Usage: /usr/bin/python3 pledge_totals_csv.py [BASE]   (BASE defaults to http://localhost:3030)
"""
import sys
from urllib.parse import quote
from urllib.request import urlopen

import pandas as pd

base = sys.argv[1] if len(sys.argv) > 1 else "http://localhost:3030"
query = urlopen(base + "/queries/pledge-totals.rq").read().decode("utf-8")

totals = pd.read_csv(base + "/kg/sparql?query=" + quote(query),
                     storage_options={"Accept": "text/csv"})

print(totals.to_csv(index=False))
