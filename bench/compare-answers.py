#!/usr/bin/env python3
import sys
# bench/compare-answers.py A.tsv B.tsv (files written by QueryAnswers): same rows as multisets, GROUP_CONCAT lists ("; " or " "-separated literals) compared as sorted lists
def norm(line):
    cells=[]
    for c in line.rstrip('\n').split('\t'):
        if c.startswith('"') and c.endswith('"') and ('; ' in c or ' http' in c):
            body=c[1:-1]; sep='; ' if '; ' in body else ' '
            c='"'+sep.join(sorted(body.split(sep)))+'"'
        cells.append(c)
    return '\t'.join(cells)
a=sorted(norm(l) for l in open(sys.argv[1])); b=sorted(norm(l) for l in open(sys.argv[2]))
if a==b: print("SAME", len(a)-1, "rows")
else:
    sa,sb=set(a),set(b); print("DIFFERENT", len(a)-1, len(b)-1, "only-before:", list(sa-sb)[:3], "only-after:", list(sb-sa)[:3])
