#!/usr/bin/env python3
"""Run the gold checker (../gold/check_gold.py, unchanged) on a held-out set: this folder, or the
folder given (a sibling of ../gold with the same layout, such as ../blind2).

Usage:  python3 src/test/resources/blind/check_blind.py [src/test/resources/blind2]
It loads check_gold.py as a module and points it at FOLDER/gold/*.json and FOLDER/articles/*.txt
(the same schema, enumeration, date, entity-reference and evidence-substring checks).
"""
import importlib.util
import sys
from pathlib import Path

HERE = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else Path(__file__).resolve().parent
spec = importlib.util.spec_from_file_location("check_gold", Path(__file__).resolve().parent.parent / "gold" / "check_gold.py")
cg = importlib.util.module_from_spec(spec)
spec.loader.exec_module(cg)
cg.HERE = HERE / "gold"
cg.ARTICLES = HERE / "articles"
cg.SEEDS = HERE / "no-seeds"  # never matches: every held-out article is a "new article"
sys.exit(cg.main())
