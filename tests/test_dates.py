import pytest

from danvan_nlp.dates import find_dates, parse_dates
from date_corpus import BUGS, DEV, DOTTED_AND_BARE, LUNAR, NAMED, NEGATIVE, RANGES, REF, TIMES, XFAIL


def _cases(groups):  # type: ignore[no-untyped-def]
    for origin, group, marks in groups:
        for value, kind, forms in group:
            for form in forms:
                yield pytest.param(value, kind, form, id=f"{origin}:{form}", marks=marks)


CASES = list(_cases([
    ("dev", DEV, ()), ("bug", BUGS, ()), ("range", RANGES, ()), ("dotted", DOTTED_AND_BARE, ()),
    ("time", TIMES, ()), ("named", NAMED, ()), ("lunar", LUNAR, ()),
    ("xfail", XFAIL, pytest.mark.xfail(strict=True)),
]))


def test_corpus_is_big_enough() -> None:
    assert len(CASES) >= 200
    assert len(NEGATIVE) >= 15


@pytest.mark.parametrize(("value", "kind", "form"), CASES)
def test_date_corpus(value: str, kind: str, form: str) -> None:
    items, _ = parse_dates(form, published=REF)
    assert [(d.value, d.kind) for d in items] == [(value, kind)]
    assert form[items[0].start : items[0].end].strip() == form.strip() or kind != "datetime"


@pytest.mark.parametrize("form", NEGATIVE)
def test_not_dates(form: str) -> None:
    items, _ = parse_dates(f"Có {form} trong bài.", published=REF)
    assert items == []


def test_part_of_day() -> None:
    items, _ = parse_dates("Chiều ngày 13/1/2020, hội nghị khai mạc.", published=REF)
    assert items[0].part_of_day == "chiều"


def test_publication_stamp_and_clock_widget() -> None:
    text = (
        "Chủ nhật, 17/11/2024, 19:20[GMT+7]\n\nTiêu đề bài viết\n\nThứ 2, 21/12/2020 | 18:11:53\n"
        "Chiều ngày 21/12, hội nghị diễn ra."
    )
    res = find_dates(text)
    assert res["published"] == "2020-12-21T18:11"
    assert res["event_date"] == "2020-12-21"
    roles = {d["role"] for d in res["items"]}
    assert {"widget", "published", "event"} <= roles
    assert any("clock" in w for w in res["warnings"])


def test_stamp_with_cue() -> None:
    res = find_dates("Tiêu đề\nNgày đăng: 05/10/2020 - Lượt xem: 3\nNgày 01/10/2020, hội nghị họp.")
    assert res["published"] == "2020-10-05"
    assert res["event_date"] == "2020-10-01"


def test_first_line_stamp_alone_is_the_publication_date() -> None:
    res = find_dates("Thứ Bảy, ngày 27 tháng 2 năm 2021\n\nTiêu đề\n\nNgày 31/12, hội nghị diễn ra.")
    assert res["published"] == "2021-02-27"
    assert res["event_date"] == "2020-12-31"


def test_event_year_typo_is_warned_and_corrected() -> None:
    text = "Tiêu đề\n13/1/2021 17:05\nChiều ngày 13/1/2020, Ban Dân vận tổ chức hội nghị."
    res = find_dates(text)
    assert res["event_date"] == "2021-01-13"
    assert any("mistyped" in w for w in res["warnings"])


def test_weekday_mismatch_warns() -> None:
    res = find_dates("Thứ Ba, ngày 27 tháng 2 năm 2021")
    assert any("weekday" in w for w in res["warnings"])


def test_cited_document_date_is_not_the_event() -> None:
    res = find_dates("Hội nghị quán triệt Công văn số 12/UB ngày 18/9/2020 của tỉnh.")
    assert res["event_date"] is None


def test_partial_dates_use_the_latest_year_without_publication_date() -> None:
    res = find_dates("Ngày 17/2, hội nghị tổng kết năm 2022, triển khai nhiệm vụ năm 2023.")
    assert res["event_date"] == "2023-02-17"


def test_published_argument_wins() -> None:
    res = find_dates("Sáng 8/3, hội nghị diễn ra.", published="2019-03-09")
    assert res["published"] == "2019-03-09" and res["event_date"] == "2019-03-08"


def test_no_year_anywhere_keeps_the_year_unspecified() -> None:
    res = find_dates("Sáng 11/10, hội nghị diễn ra; 3 tháng cuối năm cần tập trung.")
    assert [d["value"] for d in res["items"]] == ["XXXX-10-11", "XXXX-10/XXXX-12"]
    assert res["event_date"] == "XXXX-10-11"
    assert any("XXXX" in w for w in res["warnings"])


def test_deadline_after_publication_is_not_the_event() -> None:
    text = ("Thứ Tư, 15/01/2025 - 10:30\n\nSáng 14-1, hội nghị diễn ra. Các xã phải hoàn thành "
            "trước ngày 30/6/2025.")
    res = find_dates(text)
    assert res["event_date"] == "2025-01-14"
    assert res["warnings"] == []


def test_event_of_a_few_days_starts_on_its_first_day() -> None:
    text = "Ngày đăng: 22/11/2025\n\nTrong 2 ngày 20-21/11/2025, Ban Dân vận Huyện ủy tổ chức hội nghị."
    assert find_dates(text)["event_date"] == "2025-11-20"


def test_long_spans_and_quarters_are_no_event_date() -> None:
    text = "Ngày đăng: 22/11/2025\n\nQuý IV/2025, huyện hoàn thành 12 chỉ tiêu. Sáng 21/11, hội nghị diễn ra."
    assert find_dates(text)["event_date"] == "2025-11-21"


@pytest.mark.parametrize("stamp", ["(22/11/2025 08:30)", "[22/11/2025 08:30]", "22/11/2025 - 08:30 AM"])
def test_bracketed_and_12_hour_stamps_are_the_publication_date(stamp: str) -> None:
    text = f"Hội nghị sơ kết\n\n{stamp}\n\nSáng 21/11, Ban Dân vận Tỉnh ủy tổ chức hội nghị."
    res = find_dates(text)
    assert res["published"] == "2025-11-22T08:30"
    assert res["event_date"] == "2025-11-21"
