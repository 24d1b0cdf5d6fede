"""danvan_nlp.dask: extract_bag, extract_records and people_bag give what the sequential
functions give, on a local cluster too."""

from __future__ import annotations

from pathlib import Path

import pytest

import danvan_nlp
from conftest import SEEDS, read_seed
from helpers import NGAN, PAGES, VINH, page_people, run_script


def test_dask_local_cluster_matches_sequential() -> None:
    dask_bag = pytest.importorskip("dask.bag")
    distributed = pytest.importorskip("distributed")
    from danvan_nlp.dask import extract_bag

    texts = [read_seed(p) for p in SEEDS]
    expected = [danvan_nlp.extract(t).to_dict() for t in texts]
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, distributed.Client(cluster):
        got = extract_bag(dask_bag.from_sequence(texts, npartitions=2)).compute()
    assert got == expected


def test_unguarded_dask_script_does_not_hang(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    code = f"""
    import dask.bag as db
    from distributed import Client, LocalCluster
    from danvan_nlp.dask import extract_bag
    with LocalCluster(n_workers=1, threads_per_worker=1, dashboard_address=None) as c, Client(c):
        print(len(extract_bag(db.from_sequence([{VINH!r}])).compute()))
    """
    proc = run_script(tmp_path, code, timeout=120)  # Dask's own error, at once
    assert proc.returncode != 0


def test_extract_records_keeps_ids_from_a_one_shot_iterator() -> None:
    from danvan_nlp.dask import extract_records

    records = iter([{"id": "a", "text": VINH}, {"id": "b", "text": NGAN}])
    out = extract_records(records)
    assert [r["id"] for r in out] == ["a", "b"]
    assert out[1]["officials"][0]["name"] == "Hà Thị Ngân"


def test_dask_people_bag_matches_people() -> None:
    db = pytest.importorskip("dask.bag")
    from danvan_nlp.dask import people_bag

    files = sorted(PAGES.glob("*.html"))
    items = [(f.stem, f.read_text(encoding="utf-8")) for f in files]
    got = people_bag(db.from_sequence(items, npartitions=3)).compute(scheduler="sync")
    want, _ = page_people()
    assert sorted((p.id, sorted(p.docs)) for p in got) == sorted((p.id, sorted(p.docs)) for p in want)
