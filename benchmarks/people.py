"""Speed of the who's who: HTML pages/s, and the merge of many synthetic reports.

Run from the repository root:  python benchmarks/people.py  [--rounds 10] [--reports 100000]
Prints a table; the numbers go to docs/people.md with the machine's description.

- pages: `read_page` (trafilatura + htmldate) and `extract` of a page over the composed pages
  in fixtures/pages, repeated --rounds times (pages/s, best round).
- merge: --reports synthetic Reports (1-4 officials each, names drawn from a pool in which
  one name in five is shared by people in two provinces, some titles central), turned into
  sightings (`whoswho.sightings`) and merged (`whoswho.merge`); optionally the same merge as
  a Dask Bag (`danvan_nlp.dask.people_from_sightings`, --dask).
"""

from __future__ import annotations

import argparse
import platform
import random
import time

from _common import ROOT, best

import danvan_nlp
from danvan_nlp.report import Event, Mention, Official, Report, Title
from danvan_nlp.web import read_page
from danvan_nlp.whoswho import merge, sightings

SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương"]
MIDDLE = ["Văn", "Thị", "Đức", "Minh", "Quang", "Thanh", "Ngọc", "Hữu", "Xuân", "Thu"]
GIVEN = ["An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hòa", "Hùng", "Khánh", "Lan", "Long",
         "Mai", "Nam", "Phong", "Quân", "Sơn", "Tâm", "Thắng", "Trung", "Tuấn", "Vinh", "Yến"]
PROVINCES = ["Sơn La", "Cà Mau", "Bạc Liêu", "Lai Châu", "Nghệ An", "Hà Tĩnh", "Đắk Lắk", "Phú Yên",
             "Gia Lai", "Long An", "Tây Ninh", "Quảng Ninh"]
TITLES = [("Bí thư Tỉnh ủy", "Tỉnh ủy", "tỉnh"), ("Chủ tịch UBND tỉnh", "UBND", "tỉnh"),
          ("Trưởng Ban Dân vận Tỉnh ủy", "Tỉnh ủy", "tỉnh"),
          ("Phó Trưởng Ban Dân vận Trung ương", None, "trung ương"),
          ("Chủ tịch UBND huyện", "UBND", "huyện")]


def synthetic(n: int, seed: int = 0) -> list[Report]:
    rng = random.Random(seed)
    pool = []
    for _ in range(max(50, n // 5)):
        name = f"{rng.choice(SURNAMES)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"
        pool.append((name, rng.choice(PROVINCES)))
    pool += [(name, rng.choice(PROVINCES)) for name, _ in pool[: len(pool) // 5]]
    reports = []
    for i in range(n):
        officials = []
        parts = []
        pos = 0
        for name, prov in rng.sample(pool, rng.randint(1, 4)):
            title, org, level = rng.choice(TITLES)
            chunk = f"Đồng chí {name}, {title} {prov} dự. "
            a = pos + len("Đồng chí ")
            t = a + len(name) + 2
            officials.append(Official(
                name=name, roles=["attend"], mentions=[Mention(text=name, start=a, end=a + len(name))],
                titles=[Title(text=title, start=t, end=t + len(title), position=title, organization=org,
                              level=level, canonical=title)]))  # type: ignore[arg-type]
            parts.append(chunk)
            pos += len(chunk)
        day = f"20{rng.randint(15, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        reports.append(Report(event=Event(date=day), officials=officials,
                              text="".join(parts), url=f"https://example.vn/{i}"))
    return reports


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--reports", type=int, default=100_000)
    ap.add_argument("--dask", action="store_true", help="also merge as a Dask Bag")
    ap.add_argument("--scheduler", default="threads", help="Dask scheduler for --dask (threads)")
    args = ap.parse_args()
    print(f"machine: {platform.machine()} {platform.processor() or ''} python {platform.python_version()}")

    pages = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "fixtures" / "pages").glob("*.html"))]
    danvan_nlp.extract(pages[0])  # warm up: pipeline, trafilatura
    t_read = best(lambda: [read_page(h) for h in pages], args.rounds)
    t_extract = best(lambda: [danvan_nlp.extract(h) for h in pages], args.rounds)
    kb = sum(len(h.encode("utf-8")) for h in pages) / 1024 / len(pages)
    print(f"pages: {len(pages)} composed pages, {kb:.1f} KiB each on average")
    print(f"  read_page (trafilatura + htmldate)   {len(pages) / t_read:8.1f} pages/s")
    print(f"  extract(page)                         {len(pages) / t_extract:8.1f} pages/s")

    t = time.perf_counter()
    reports = synthetic(args.reports)
    t_make = time.perf_counter() - t
    t = time.perf_counter()
    items = [s for r in reports for s in sightings(r, doc=r.url)]
    t_sight = time.perf_counter() - t
    t = time.perf_counter()
    persons = merge(items)
    t_merge = time.perf_counter() - t
    print(f"merge: {len(reports)} synthetic reports (built in {t_make:.1f} s), {len(items)} sightings")
    print(f"  sightings()   {t_sight:6.2f} s  ({len(reports) / t_sight:9.0f} reports/s)")
    print(f"  merge()       {t_merge:6.2f} s  ({len(items) / t_merge:9.0f} sightings/s) -> "
          f"{len(persons)} people, {sum(len(p.docs) > 1 for p in persons)} in several articles")
    if args.dask:
        import dask.bag as db

        from danvan_nlp.dask import people_from_sightings

        t = time.perf_counter()
        got = people_from_sightings(db.from_sequence(items, npartitions=8)).compute(
            scheduler=args.scheduler)
        t_dask = time.perf_counter() - t
        assert sorted(p.id for p in got) == sorted(p.id for p in persons)
        print(f"  dask merge    {t_dask:6.2f} s  (8 partitions, {args.scheduler}; same people)")


if __name__ == "__main__":
    main()
