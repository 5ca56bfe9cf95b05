#!/usr/bin/env python3
"""Consistency check for the gold annotations in this folder.

Usage:  python3 src/test/resources/gold/check_gold.py      (from the repository root, or anywhere)

For every gold/{slug}.json it finds the article ({repo}/seeds/{slug}.txt or
src/test/resources/articles/{slug}.txt), takes the body as CONTRACT section 4 defines it (text after the
`---` line that ends an optional header block of key: value lines; BOM dropped, CRLF/CR -> LF) and checks:
  * every "evidence" string is an exact substring of the body (reports how often it occurs);
  * field names and enumerations follow the schema in GUIDELINES.md; dates are valid YYYY-MM-DD;
  * every key used in roles/events/pledges/positions/statements is listed in "entities";
  * entity keys are {kind}/{lower-case-ascii-slug} and the kind matches the key prefix;
  * "announcedAt" names an event label of the same file;
  * "published" equals the header date when the article has one;
  * new articles: body of 150-350 words, header keys limited to title/published/publisher/author/source-url.
Exit status 0 when everything passes, 1 otherwise.
"""
import datetime
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[3]
SEEDS = REPO / "seeds"
ARTICLES = HERE.parent / "articles"

HEADER_KEYS = {"title", "published", "publisher", "author", "source-url"}
KINDS = {"person", "organisation", "country", "place"}
EVENT_TYPES = {"Meeting", "Summit", "MinisterialMeeting", "Visit", "PressConference", "Briefing", "Address"}
AID = {"MilitaryAid", "FinancialAid", "HumanitarianAid"}
STATUS = {"Pledged", "Committed", "Delivered"}
STANCES = {"SupportsMembership", "IrreversiblePath", "CallsForInvitation", "NoTimeline", "NoConsensus",
           "Cautious", "Opposes"}
ISO4217 = {"EUR", "USD", "GBP", "CAD", "JPY", "SEK", "NOK", "DKK", "PLN", "CHF", "AUD", "UAH"}
KEY_RE = re.compile(r"^(person|organisation|country|place)/[a-z0-9]+(-[a-z0-9]+)*$")

FIELDS = {
    None: ["article", "published", "entities", "roles", "events", "pledges", "positions", "statements"],
    "entities": ["key", "kind", "label"],
    "roles": ["person", "post", "organisation", "since", "evidence"],
    "events": ["type", "label", "start", "end", "location", "participants", "evidence"],
    "pledges": ["donor", "recipient", "value", "currency", "approximate", "aidType", "status", "periodStart",
                "periodEnd", "items", "announcedAt", "evidence"],
    "positions": ["holder", "candidate", "organisation", "stance", "date", "evidence"],
    "statements": ["speaker", "text", "direct", "date", "evidence"],
}


def read_article(path):
    text = path.read_bytes().decode("utf-8")
    if text.startswith("\ufeff"):
        text = text[1:]
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    header = {}
    for i, line in enumerate(lines):
        if line == "---":
            return header, "\n".join(lines[i + 1:])
        m = re.match(r"^([A-Za-z-]+):\s*(.*)$", line)
        if not m:
            break
        header[m.group(1).lower()] = m.group(2).strip()
    return {}, text


def is_date(v):
    if not isinstance(v, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
        return False
    try:
        datetime.date.fromisoformat(v)
        return True
    except ValueError:
        return False


def check(gold_path, errors, summary):
    slug = gold_path.stem
    src = SEEDS / (slug + ".txt")
    new_article = False
    if not src.exists():
        src = ARTICLES / (slug + ".txt")
        new_article = True
    if not src.exists():
        errors.append(f"{slug}: no article file")
        return
    header, body = read_article(src)
    g = json.loads(gold_path.read_text(encoding="utf-8"))

    def err(msg):
        errors.append(f"{slug}: {msg}")

    if list(g.keys()) != FIELDS[None]:
        err(f"top-level fields {list(g.keys())}")
    if g.get("article") != slug:
        err("article field differs from file name")
    pub = g.get("published")
    if pub is not None and not is_date(pub):
        err(f"published {pub!r} is not a date")
    if header.get("published") and header["published"] != pub:
        err(f"published {pub} differs from header {header['published']}")
    if new_article:
        bad = set(header) - HEADER_KEYS
        if bad:
            err(f"header keys not allowed: {bad}")
        words = len(body.split())
        if not 150 <= words <= 350:
            err(f"body has {words} words")

    for layer, names in FIELDS.items():
        if layer is None:
            continue
        for i, rec in enumerate(g.get(layer, [])):
            if list(rec.keys()) != names:
                err(f"{layer}[{i}] fields {list(rec.keys())}")

    keys = set()
    for e in g["entities"]:
        if not KEY_RE.match(e["key"]):
            err(f"bad entity key {e['key']}")
        if e["kind"] not in KINDS or e["key"].split("/")[0] != e["kind"]:
            err(f"kind {e['kind']} of {e['key']}")
        if e["key"] in keys:
            err(f"duplicate entity {e['key']}")
        if not e["label"]:
            err(f"empty label {e['key']}")
        keys.add(e["key"])

    def known(k, where, nullable=False):
        if k is None and nullable:
            return
        if k not in keys:
            err(f"{where}: {k!r} is not among the entities")

    def opt_date(v, where):
        if v is not None and not is_date(v):
            err(f"{where}: {v!r} is not a date")

    evidence = []
    for i, r in enumerate(g["roles"]):
        w = f"roles[{i}]"
        known(r["person"], w)
        known(r["organisation"], w)
        if not r["person"].startswith("person/"):
            err(f"{w}: holder is not a person")
        opt_date(r["since"], w)
        evidence.append((w, r["evidence"]))
    labels = set()
    for i, e in enumerate(g["events"]):
        w = f"events[{i}]"
        if e["type"] not in EVENT_TYPES:
            err(f"{w}: type {e['type']}")
        if e["label"] in labels:
            err(f"{w}: duplicate label")
        labels.add(e["label"])
        opt_date(e["start"], w)
        opt_date(e["end"], w)
        if e["end"] and (not e["start"] or e["end"] < e["start"]):
            err(f"{w}: end before start")
        known(e["location"], w, nullable=True)
        if e["location"] and not e["location"].startswith("place/"):
            err(f"{w}: location is not a place")
        for p in e["participants"]:
            known(p, w)
        evidence.append((w, e["evidence"]))
    for i, p in enumerate(g["pledges"]):
        w = f"pledges[{i}]"
        known(p["donor"], w)
        known(p["recipient"], w)
        if p["aidType"] not in AID:
            err(f"{w}: aidType {p['aidType']}")
        if p["status"] not in STATUS:
            err(f"{w}: status {p['status']}")
        if (p["value"] is None) != (p["currency"] is None):
            err(f"{w}: value and currency must both be set or both null")
        if p["value"] is not None and (not isinstance(p["value"], (int, float)) or p["value"] <= 0):
            err(f"{w}: value {p['value']!r}")
        if p["currency"] is not None and p["currency"] not in ISO4217:
            err(f"{w}: currency {p['currency']}")
        if not isinstance(p["approximate"], bool):
            err(f"{w}: approximate must be boolean")
        opt_date(p["periodStart"], w)
        opt_date(p["periodEnd"], w)
        if p["periodStart"] and p["periodEnd"] and p["periodEnd"] < p["periodStart"]:
            err(f"{w}: period ends before it starts")
        if p["value"] is None and p["items"] is None and p["donor"] is None:
            err(f"{w}: empty pledge")
        if p["announcedAt"] is not None and p["announcedAt"] not in labels:
            err(f"{w}: announcedAt {p['announcedAt']!r} is not an event label")
        evidence.append((w, p["evidence"]))
    for i, p in enumerate(g["positions"]):
        w = f"positions[{i}]"
        known(p["holder"], w)
        known(p["candidate"], w)
        known(p["organisation"], w)
        if p["stance"] not in STANCES:
            err(f"{w}: stance {p['stance']}")
        opt_date(p["date"], w)
        evidence.append((w, p["evidence"]))
    seen_pos = set()
    for p in g["positions"]:
        t = (p["holder"], p["candidate"], p["organisation"], p["stance"], p["date"])
        if t in seen_pos:
            err(f"duplicate position {t}")
        seen_pos.add(t)
    for i, s in enumerate(g["statements"]):
        w = f"statements[{i}]"
        known(s["speaker"], w, nullable=True)
        if s["speaker"] and not s["speaker"].startswith("person/"):
            err(f"{w}: speaker is not a person")
        if not isinstance(s["direct"], bool):
            err(f"{w}: direct must be boolean")
        if not s["text"] or s["text"][0] in "\"“”" or s["text"][-1] in "\"“”":
            err(f"{w}: text empty or carries quote marks")
        if s["direct"]:
            # the words of a direct quotation occur verbatim in its evidence
            if s["text"] not in s["evidence"]:
                err(f"{w}: direct text not verbatim in evidence")
        opt_date(s["date"], w)
        evidence.append((w, s["evidence"]))

    missing = 0
    for w, ev in evidence:
        if not isinstance(ev, str) or not ev:
            err(f"{w}: empty evidence")
            missing += 1
            continue
        n = body.count(ev)
        if n == 0:
            err(f"{w}: evidence not in body: {ev[:70]!r}...")
            missing += 1
    summary.append((slug, len(g["entities"]), len(g["roles"]), len(g["events"]), len(g["pledges"]),
                    len(g["positions"]), len(g["statements"]), len(evidence), len(evidence) - missing))


def main():
    errors, summary = [], []
    files = sorted(HERE.glob("*.json"))
    if not files:
        print("no gold files")
        return 1
    for f in files:
        check(f, errors, summary)
    print(f"{'article':28} ent rol evt plg pos stm  evidence ok/total")
    tot = [0] * 8
    for row in summary:
        print(f"{row[0]:28} {row[1]:3} {row[2]:3} {row[3]:3} {row[4]:3} {row[5]:3} {row[6]:3}  {row[8]:3}/{row[7]}")
        tot = [a + b for a, b in zip(tot, row[1:])]
    print(f"{'TOTAL':28} {tot[0]:3} {tot[1]:3} {tot[2]:3} {tot[3]:3} {tot[4]:3} {tot[5]:3}  {tot[7]:3}/{tot[6]}")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 0 if not errors else 1


if __name__ == "__main__":
    sys.exit(main())
