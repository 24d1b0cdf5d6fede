"""Build ``src/danvan_nlp/data/gazetteer.tsv`` from the two data sets of the
``vietnam-provinces`` package (a development-time source; nothing is read at run time).

Usage::

    pip download --no-deps "vietnam-provinces<2025" -d old && pip download --no-deps \
        "vietnam-provinces>=2025" -d new   # unzip both wheels
    python scripts/make_gazetteer.py OLD/nested-divisions.json NEW/nested-divisions.json

OLD is version 0.6.0 (63 provinces, 696 districts, 10 051 communes: the units before
1 July 2025); NEW is 2025.10.1 (34 provinces, 3 321 communes, wards and special zones after
it). Both are the General Statistics Office's list of administrative units (Tổng cục Thống
kê, danh mục đơn vị hành chính). Only the unit names and their kind are kept.
"""

from __future__ import annotations

import json
import sys
import unicodedata

PREFIXES = ("Thành phố", "Thị xã", "Thị trấn", "Đặc khu", "Quận", "Huyện", "Phường", "Xã")


def split(full: str) -> tuple[str, str] | None:
    full = unicodedata.normalize("NFC", full.strip())
    for p in PREFIXES:
        if full.startswith(p + " "):
            name = full[len(p) + 1 :].strip()
            if not name or name[0].isdigit():
                return None  # "Phường 12": a number, no name
            return p.lower(), name
    return None


def main(old_path: str, new_path: str) -> None:
    rows: dict[tuple[str, str], set[str]] = {}

    def add(unit_name: str, era: str) -> None:
        if (s := split(unit_name)) is not None:
            rows.setdefault(s, set()).add(era)

    with open(old_path, encoding="utf-8") as f:
        old = json.load(f)
    for prov in old:
        for dist in prov["districts"]:
            add(dist["name"], "pre2025")
            for ward in dist["wards"]:
                add(ward["name"], "pre2025")
    with open(new_path, encoding="utf-8") as f:
        new = json.load(f)
    for prov in new:
        for ward in prov["wards"]:
            add(ward["name"], "current")
    out = [
        "# Districts, communes and wards of Viet Nam, before and after the reorganisation of",
        "# 1 July 2025 (no district level since). Source: the General Statistics Office's list",
        "# of administrative units (Tổng cục Thống kê), as packaged by vietnam-provinces 0.6.0",
        "# (units before 2025) and 2025.10.1 (units after); built by scripts/make_gazetteer.py.",
        "# unit: the level word written before the name; era: pre2025 / current / both.",
        "# Provinces are in provinces.tsv. Used only after a level word or a place-taking organ",
        "# (\"huyện Mai Sơn\", \"Huyện ủy Mai Sơn\"), never to reject a name elsewhere.",
        "name\tunit\tera",
    ]
    for (unit, name), eras in sorted(rows.items(), key=lambda x: (x[0][1], x[0][0])):
        era = "both" if len(eras) == 2 else next(iter(eras))
        out.append(f"{name}\t{unit}\t{era}")
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
