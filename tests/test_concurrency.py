"""extract() is safe to call from several threads at once."""

from concurrent.futures import ThreadPoolExecutor

import danvan_nlp
from conftest import SEEDS, read_seed


def test_threads_give_the_same_results_as_sequential() -> None:
    texts = [read_seed(p) for p in SEEDS] * 3
    sequential = [danvan_nlp.extract(t).to_dict() for t in texts]
    with ThreadPoolExecutor(max_workers=6) as pool:
        parallel = [r.to_dict() for r in pool.map(danvan_nlp.extract, texts)]
    assert parallel == sequential


def test_extract_many_matches_extract() -> None:
    texts = [read_seed(p) for p in SEEDS[:3]]
    expected = [danvan_nlp.extract(t).to_dict() for t in texts]
    assert [r.to_dict() for r in danvan_nlp.extract_many(texts)] == expected
    assert [r.to_dict() for r in danvan_nlp.extract_many(texts, n_process=2)] == expected
