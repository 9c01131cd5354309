"""How many real third-party files tilmash reads, per family: a table of read / refused.

Reads every file under ``../shared/data/interop/`` (TMX, XLIFF, PO, TBX, XLSX written by other
tools) with tilmash's own readers, as ``tilmash check`` and ``tilmash glossary import`` would,
and prints, per family, how many files were read and how many refused, with the first reason of
each refusal when ``-v`` is given.

    python3 benchmarks/interop.py [-v]

What "read" means per family:

- tmx: the reader gives its units (the pair is chosen later, and a file without a kk/ru/en
  pair is rightly refused then with a clear message).
- xliff, po: the file loads as ``tilmash check FILE --source-lang en --target-lang ru`` loads
  it (the options stand for a user who knows what the file holds).
- tbx: the file imports as a glossary without errors (``read_interchange``: read and validated).
- xlsx: every sheet of the workbook is read. A sheet holding a formula is refused by design
  (an edited glossary must hold typed values): counted in its own column.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from toolkit.errors import TilmashError  # noqa: E402
from toolkit.glossary.validate import Severity  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "interop"


def _read(family: str, path: Path) -> str:
    """"" when the file is read, else the reason it is refused."""
    data = path.read_bytes()
    name = str(path.relative_to(DATA))
    try:
        if family == "tmx":
            from toolkit.formats.tmx import read_tmx
            read_tmx(data, name)
        elif family in ("xliff", "po"):
            from toolkit.check.inputs import load_pair
            from toolkit.lang import Lang
            load_pair(family, (name, data), None, Lang.EN, Lang.RU)
        elif family == "tbx":
            from toolkit.glossary import read_interchange
            result = read_interchange(data, name)
            errors = [p for p in result.problems if p.severity is Severity.ERROR]
            if errors:
                return f"{errors[0]} (+{len(errors) - 1})"
            if not result.concepts:
                return "no concept"
        elif family == "xlsx":
            from toolkit.spreadsheet import SpreadsheetError, WorkbookReader
            try:
                reader = WorkbookReader(data, name)
                for sheet in reader.sheetnames:
                    for _row in reader.rows(sheet):
                        pass
            except SpreadsheetError as exc:
                return str(exc)
    except TilmashError as exc:
        return str(exc)
    return ""


def main() -> int:
    """Print the table; exit 1 when the data is missing."""
    if not DATA.is_dir():
        print(f"missing: {DATA} (the interop corpus of ../shared/data); nothing measured")
        return 1
    verbose = "-v" in sys.argv
    rows = []
    for family in ("tmx", "xliff", "po", "tbx", "xlsx"):
        folder = DATA / family
        files = sorted(p for p in folder.iterdir() if p.is_file()) if folder.is_dir() else []
        counts: Counter[str] = Counter()
        for path in files:
            reason = _read(family, path)
            formula = "holds a formula" in reason
            counts["formula" if formula else "refused" if reason else "read"] += 1
            if reason and verbose:
                print(f"  {family}: {reason[:160]}")
        rows.append((family, len(files), counts["read"], counts["formula"], counts["refused"]))
    print("\n| family | files | read | refused: a formula cell | refused: other |\n"
          "|---|---:|---:|---:|---:|")
    for family, total, read, formula, refused in rows:
        print(f"| {family} | {total} | {read} | {formula} | {refused} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
