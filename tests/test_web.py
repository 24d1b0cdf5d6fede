"""HTML pages in: main text via trafilatura, date via htmldate, URL and site name (no network)."""

from __future__ import annotations

import io
import json
import time

import pytest

pytest.importorskip("trafilatura")
pytest.importorskip("htmldate")

import danvan_nlp
from conftest import FIXTURES, all_offsets_valid
from danvan_nlp.cli import main
from danvan_nlp.web import is_page, read_page

PAGES = FIXTURES / "pages"
CHROME = ("Trang chủ", "Bản quyền", "Tin liên quan", "Các tin khác", "Giấy phép", "Chia sẻ",
          "Đọc nhiều", "Ý kiến bạn đọc", "Cùng chuyên mục", "Tin khác")


def _page(name: str) -> str:
    return (PAGES / f"{name}.html").read_text(encoding="utf-8")


def _all_pages() -> list[str]:
    return sorted(p.stem for p in PAGES.glob("*.html"))


def _small_page(body: str, head: str = "") -> str:
    filler = ("<p>Các đại biểu đã thảo luận nhiều nội dung về công tác vận động quần chúng, "
              "xây dựng khối đại đoàn kết toàn dân tộc và phát huy quyền làm chủ của nhân dân ở "
              "cơ sở trong thời gian tới.</p>")
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'>{head}</head><body>"
            "<nav><a href='/'>Trang chủ</a> <a href='/a'>Thời sự</a> <a href='/b'>Kinh tế</a></nav>"
            f"<article><h1>Hội nghị tại huyện</h1>{body}{filler}</article>"
            "<footer>Bản quyền thuộc về tòa soạn.</footer></body></html>")


@pytest.mark.parametrize("text", [
    "<!DOCTYPE html><html><body>x</body></html>",
    "\ufeff  <!doctype HTML>\n<html>",
    "<html lang='vi'><head></head></html>",
    "<?xml version='1.0' encoding='utf-8'?>\n<html xmlns='http://www.w3.org/1999/xhtml'>",
    "<!-- saved by a crawler -->\n<!-- 2024 -->\n<!DOCTYPE html>",
])
def test_is_page(text: str) -> None:
    assert is_page(text)


@pytest.mark.parametrize("text", [
    "<p>Đồng chí Nguyễn Văn A, Bí thư</p>",
    "Hội nghị <html> ở giữa câu",
    "htmlx", "", "<htmlx>", "<!-- " * 5000, b"<html>", None,
])
def test_is_not_page(text: object) -> None:
    assert not is_page(text)


def test_is_page_is_fast_on_hostile_prefixes() -> None:
    t = time.perf_counter()
    for s in ("<!--" + "-" * 200_000, "<!-- a -->" * 100_000, " " * 500_000 + "<html>"):
        is_page(s)
    assert time.perf_counter() - t < 1.0


@pytest.mark.parametrize("name", _all_pages())
def test_read_page_keeps_the_article_and_drops_the_chrome(name: str) -> None:
    page = read_page(_page(name))
    assert page.text and page.title and page.text.startswith(page.title)
    assert "đồng chí" in page.text.lower()
    for chrome in CHROME:
        assert chrome not in page.text, chrome
    assert "<" not in page.text and "window.dataLayer" not in page.text
    assert page.url and page.url.startswith("https://") and ".example.vn/" in page.url
    assert page.site_name and page.published


def test_inline_markup_stays_on_one_line() -> None:
    page = read_page(_small_page(
        "<p>Chiều 7/6, đồng chí <strong>Hà Thị Mai</strong>, <em>Phó Chủ tịch</em> "
        "<b>UBND huyện</b> chủ trì hội nghị.</p>"))
    assert "đồng chí Hà Thị Mai, Phó Chủ tịch UBND huyện chủ trì hội nghị." in page.text


@pytest.mark.parametrize("name", _all_pages())
def test_extract_page_offsets_point_into_report_text(name: str) -> None:
    html = _page(name)
    r = danvan_nlp.extract(html)
    assert r.text == read_page(html).text
    assert r.officials and all_offsets_valid(r, r.text) == []
    assert r.url == read_page(html).url and r.site_name
    assert danvan_nlp.Report.from_json(r.to_json()) == r


def test_date_from_meta_tags_anchors_partial_dates() -> None:
    head = "<meta property='article:published_time' content='2023-11-02T09:00:00+07:00'>"
    r = danvan_nlp.extract(_small_page(
        "<p>Sáng 1/11, đồng chí Vi Văn Sơn, Bí thư Huyện ủy chủ trì hội nghị.</p>", head))
    assert r.published == "2023-11-02"
    assert r.event.date == "2023-11-01"  # "Sáng 1/11" read in the page's year


def test_date_from_json_ld() -> None:
    r = danvan_nlp.extract(_page("baoquangngai-2023-hoinghi-quyche"))
    assert r.published == "2023-06-05" and r.event.date == "2023-06-05"


def test_stamp_in_the_text_wins_over_the_page_date() -> None:
    head = "<meta property='article:published_time' content='2022-01-01T00:00:00+07:00'>"
    r = danvan_nlp.extract(_small_page(
        "<p>Thứ Sáu, 14/10/2022 - 08:30</p><p>Sáng 13/10, đồng chí Lò Thị Én, Phó Bí thư "
        "Đảng ủy xã chủ trì hội nghị.</p>", head))
    assert r.published == "2022-10-14T08:30"
    assert r.event.date == "2022-10-13"


def test_caller_published_wins() -> None:
    head = "<meta property='article:published_time' content='2023-11-02T09:00:00+07:00'>"
    r = danvan_nlp.extract(_small_page(
        "<p>Sáng 1/11, đồng chí Vi Văn Sơn, Bí thư Huyện ủy chủ trì hội nghị.</p>", head),
        published="2019-11-05")
    assert r.published == "2019-11-05" and r.event.date == "2019-11-01"


def test_page_without_date_or_url() -> None:
    r = danvan_nlp.extract(_small_page(
        "<p>Đồng chí Nông Văn Tài, Chủ tịch Ủy ban MTTQ Việt Nam huyện phát biểu.</p>"))
    assert r.published is None and r.url is None
    assert [o.name for o in r.officials] == ["Nông Văn Tài"]


@pytest.mark.parametrize("html", [
    "<!DOCTYPE html>", "<html></html>", "<html><body><script>x()</script></body></html>",
    "<!DOCTYPE html><html><body>" + "<div>" * 3000 + "</body></html>",
])
def test_empty_and_odd_pages(html: str) -> None:
    r = danvan_nlp.extract(html)
    assert r.officials == [] and (r.text or "") == r.text


def test_extract_many_reads_pages_like_extract() -> None:
    html = _page("baophuyen-2025-giaoban-danvan")
    plain = "Chiều 3/4, đồng chí Lâm Văn Tư, Chủ tịch UBND xã chủ trì buổi làm việc."
    many = list(danvan_nlp.extract_many([html, plain, html], published=None))
    assert many[0] == many[2] == danvan_nlp.extract(html)
    assert many[1] == danvan_nlp.extract(plain) and many[1].text is None


def test_cli_reads_html_files_and_folders(tmp_path) -> None:  # type: ignore[no-untyped-def]
    src = PAGES / "baodaklak-2025-daihoi-mttq.html"
    (tmp_path / "a.htm").write_text(src.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "b.txt").write_text("Đồng chí Lý Văn Hùng, Bí thư Chi bộ phát biểu.", encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    assert main(["extract", str(tmp_path), "--format", "json", "--no-progress"], out=out, err=err) == 0
    data = {d["source"].rsplit("/", 1)[-1]: d["report"] for d in json.loads(out.getvalue())}
    assert set(data) == {"a.htm", "b.txt"}
    assert data["a.htm"]["url"].endswith("9f8e7d6/") and data["a.htm"]["text"]
    assert data["b.txt"]["text"] is None


def test_without_the_web_extra_pages_are_marked_up_text(monkeypatch: pytest.MonkeyPatch) -> None:
    from danvan_nlp import web

    html = _small_page("<p>Chiều 2/9, đồng chí Hà Văn Khiêm, Bí thư Huyện ủy dự lễ.</p>")
    monkeypatch.setattr(web, "available", lambda: False)
    assert not is_page(html)
    r = danvan_nlp.extract(html)
    assert r.text is None and [o.name for o in r.officials] == ["Hà Văn Khiêm"]
    assert all_offsets_valid(r, html) == []


def test_render_and_html_output_use_the_page_text() -> None:
    html = _page("baolangson-2024-danvankheo")
    r = danvan_nlp.extract(html)
    shown = danvan_nlp.render(r)
    assert "Trần Văn Minh" in shown and "Cùng chuyên mục" not in shown and "OFFICIAL" in shown
    out, err = io.StringIO(), io.StringIO()
    assert main(["extract", str(PAGES / "baolangson-2024-danvankheo.html"), "--format", "html"],
                out=out, err=err) == 0
    assert "Trần Văn Minh" in out.getvalue() and "Cùng chuyên mục" not in out.getvalue()
