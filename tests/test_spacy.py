"""spaCy interop: the pipeline is a normal spaCy Language."""

import spacy

import danvan_nlp
from danvan_nlp.pipeline import doc_to_report

TEXT = "Chiều ngày 13/1/2021, đồng chí Nguyễn Văn Tú, Bí thư Tỉnh ủy chủ trì hội nghị."


def test_pipe_names_and_pipe() -> None:
    nlp = danvan_nlp.load()
    assert nlp.pipe_names == ["danvan_dates", "danvan_officials", "danvan_tasks"]
    docs = list(nlp.pipe([TEXT, TEXT]))
    reports = [doc_to_report(d) for d in docs]
    assert reports[0] == reports[1] == danvan_nlp.extract(TEXT)


def test_components_work_in_a_users_blank_pipeline() -> None:
    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
    nlp.add_pipe("danvan_dates")
    nlp.add_pipe("danvan_officials")
    doc = nlp(TEXT)
    report = doc_to_report(doc)
    assert report.event.date == "2021-01-13"
    assert report.officials[0].name == "Nguyễn Văn Tú"


def test_doc_serializes() -> None:
    from spacy.tokens import Doc

    doc = danvan_nlp.load()(TEXT)
    data = doc.to_bytes()
    back = Doc(doc.vocab).from_bytes(data)
    assert doc_to_report(back) == doc_to_report(doc)


def test_public_api_names_are_not_shadowed_by_modules() -> None:
    import importlib

    for mod in ("danvan_nlp.scoring", "danvan_nlp.normalize", "danvan_nlp.api", "danvan_nlp.display", "danvan_nlp.frames"):
        importlib.import_module(mod)
    assert callable(danvan_nlp.evaluate) and danvan_nlp.evaluate.__name__ == "evaluate"
    assert callable(danvan_nlp.extract) and callable(danvan_nlp.load)
    assert callable(danvan_nlp.render) and callable(danvan_nlp.to_frames)


def test_import_is_light() -> None:
    import subprocess
    import sys

    code = (
        "import sys, time; t = time.perf_counter(); import danvan_nlp; dt = time.perf_counter() - t;"
        "print(dt, 'underthesea' in sys.modules, 'spacy' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    seconds, underthesea_loaded, spacy_loaded = out.stdout.split()
    assert float(seconds) < 1.0
    assert underthesea_loaded == "False" and spacy_loaded == "False"
