#!/usr/bin/env python3
"""Run the gold checker (../gold/check_gold.py, unchanged) on the held-out set blind2 in this folder.

Usage:  python3 src/test/resources/blind2/check_blind2.py
It loads check_gold.py as a module and points it at blind2/gold/*.json and blind2/articles/*.txt
(the same schema, enumeration, date, entity-reference and evidence-substring checks).
"""
import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
spec = importlib.util.spec_from_file_location("check_gold", HERE.parent / "gold" / "check_gold.py")
cg = importlib.util.module_from_spec(spec)
spec.loader.exec_module(cg)
cg.HERE = HERE / "gold"
cg.ARTICLES = HERE / "articles"
cg.SEEDS = HERE / "no-seeds"  # never matches: every blind2 article is a "new article"
sys.exit(cg.main())
