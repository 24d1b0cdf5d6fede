"""danvan_nlp.dates: the date corpus (date_corpus.py) and case tables by family — forms,
years of year-less dates, publication stamps and the event date."""

from datetime import date

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


@pytest.mark.parametrize("stamp", ["(22/11/2025 08:30)", "[22/11/2025 08:30]", "22/11/2025 - 08:30 AM"])
def test_bracketed_and_12_hour_stamps_are_the_publication_date(stamp: str) -> None:
    text = f"Hội nghị sơ kết\n\n{stamp}\n\nSáng 21/11, Ban Dân vận Tỉnh ủy tổ chức hội nghị."
    res = find_dates(text)
    assert res["published"] == "2025-11-22T08:30"
    assert res["event_date"] == "2025-11-21"


# --- issue 12: the year of a year-less date, from the text's own evidence -------------------


def _event(text: str, published: str | None = None) -> str | None:
    return find_dates(text, published=published)["event_date"]  # type: ignore[no-any-return]


@pytest.mark.parametrize(("text", "year"), [
    # a document of year Y reviewed after N years -> Y + N; the document's own year is no anchor
    ("Chiều 12/9, Đảng ủy xã sơ kết 5 năm thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 "
     "của Bộ Chính trị.", 2021),
    ("Sáng 3-11, Thành ủy tổng kết 15 năm triển khai thực hiện Nghị quyết 07-NQ/TU, "
     "ngày 20/4/2005 về công tác dân vận.", 2020),
    # a reviewed period ends in the event's year
    ("Ngày 22/12, Huyện ủy tổng kết đề án giai đoạn 2016 - 2020 và phát động thi đua năm 2021.", 2020),
    ("Sáng 9.12, Sở Nội vụ sơ kết chương trình phối hợp giai đoạn 2019–2022.", 2022),
    # anniversaries of well-known founding days (founding_days.yaml)
    ("Chiều 17/11, Ban Công tác Mặt trận khu dân cư họp mặt kỷ niệm 90 năm Ngày thành lập "
     "Mặt trận Dân tộc Thống nhất Việt Nam.", 2020),
    ("Sáng 19/12, Ban Chỉ huy Quân sự huyện kỷ niệm 75 năm Ngày thành lập Quân đội nhân dân "
     "Việt Nam.", 2019),
    ("Ngày 18/10, Hội Phụ nữ phường tổ chức kỷ niệm 91 năm Ngày thành lập Hội Liên hiệp Phụ nữ "
     "Việt Nam.", 2021),
    ("Sáng 1/2, Huyện ủy kỷ niệm 95 năm Ngày thành lập Đảng và trao Huy hiệu Đảng.", 2025),
    ("Chiều 31/8, xã kỷ niệm 79 năm Cách mạng Tháng Tám thành công và Quốc khánh 2/9. Ngày "
     "2/9/1945, Chủ tịch Hồ Chí Minh đọc Tuyên ngôn Độc lập.", 2024),
    # a Tết visit: the new lunar year's label, not the year of the results reported
    ("Ngày 28/1, lãnh đạo tỉnh thăm, chúc Tết nhân dịp Xuân Giáp Thìn 2024; tỉnh báo cáo kết quả "
     "năm 2023.", 2024),
    # results of year Y reviewed early in Y + 1; a plan for Y + 1 launched late in Y
    ("Chiều 9/1, Ban Dân vận Huyện ủy tổng kết công tác năm 2022.", 2023),
    ("Sáng 25/11, Hội Nông dân tỉnh phát động phong trào thi đua năm 2020.", 2019),
    ("Ngày 20/3, Ủy ban MTTQ huyện triển khai nhiệm vụ năm 2018.", 2018),
])
def test_year_of_a_year_less_date_from_the_text(text: str, year: int) -> None:
    ev = _event(text)
    assert ev is not None and ev[:4] == str(year), ev


def test_anniversary_pair_is_two_dates_and_never_the_event() -> None:
    text = ("Nhân kỷ niệm 93 năm Ngày thành lập Đảng (3/2/1930-3/2/2023), Thường trực Huyện ủy "
            "thăm các đảng viên lão thành.")
    res = find_dates(text)
    assert [d["value"] for d in res["items"]] == ["1930-02-03", "2023-02-03"]
    assert res["event_date"] is None


def test_named_day_takes_the_event_year_and_is_not_the_event() -> None:
    text = "Sáng 5/3, lãnh đạo huyện chúc mừng nhân kỷ niệm 111 năm Ngày Quốc tế Phụ nữ 8/3."
    res = find_dates(text)
    assert [d["value"] for d in res["items"]] == ["2021-03-05", "2021-03-08"]
    assert res["event_date"] == "2021-03-05"


def test_lunar_dates_follow_the_vietnamese_calendar() -> None:
    from danvan_nlp.dates import canchi_year, lunar_to_solar

    # Tết differs from the Chinese calendar in 1985 (20/2) and 2007 (18/2)
    assert lunar_to_solar(1, 1, 1985) == date(1985, 1, 21)
    assert lunar_to_solar(1, 1, 2007) == date(2007, 2, 17)
    assert lunar_to_solar(1, 1, 2024) == date(2024, 2, 10)
    assert lunar_to_solar(15, 1, 2025) == date(2025, 2, 12)
    assert canchi_year("Giáp Thìn", 2023) == 2024 and canchi_year("Ất Sửu", 2021) == 1985
    res = find_dates("Sáng mùng 6 Tết (Xuân Giáp Thìn 2024), lãnh đạo tỉnh dự lễ ra quân.")
    assert res["event_date"] == "2024-02-15"
    res = find_dates("Chiều mùng 4 Tết, lãnh đạo xã thăm các gia đình chính sách.")
    assert res["event_date"] is None and any("lunar" in w for w in res["warnings"])


@pytest.mark.parametrize(("text", "values"), [
    ("Đại hội diễn ra trong 2 ngày 14 và 15/6/2024.", ["2024-06-14/2024-06-15"]),
    ("Hội thi diễn ra từ ngày 3 đến 5-7-2023 tại nhà văn hóa.", ["2023-07-03/2023-07-05"]),
    ("Đợt cao điểm từ ngày 25/11 đến 4/12/2022 trên toàn tỉnh.", ["2022-11-25/2022-12-04"]),
    ("Kỷ niệm (19/8/1945–19/8/2025) và (2/9/1945-2/9/2025).",
     ["1945-08-19", "2025-08-19", "1945-09-02", "2025-09-02"]),
    ("Năm 2022, từ tháng 6 đến tháng 8 các xã ra quân.", ["2022", "2022-06/2022-08"]),
])
def test_ranges_lists_and_pairs(text: str, values: list[str]) -> None:
    assert [d["value"] for d in find_dates(text)["items"]] == values


def test_times_join_the_date_of_their_clause() -> None:
    text = ("Sáng ngày 12/4/2023, hội nghị khai mạc.\n\n7h45: Đại biểu làm thủ tục.\n\n"
            "9h15: Đồng chí Bí thư phát biểu. Chiều 13/4, đúng 14 giờ 30, lễ bế mạc diễn ra.")
    values = [d["value"] for d in find_dates(text)["items"]]
    assert values == ["2023-04-12", "2023-04-12T07:45", "2023-04-12T09:15", "2023-04-13",
                      "2023-04-13T14:30"]


def test_a_clock_takes_the_part_of_day_of_its_date() -> None:
    values = [d["value"] for d in find_dates("Chiều ngày 9/5/2022, lúc 3 giờ, lễ khai mạc.")["items"]]
    assert values == ["2022-05-09", "2022-05-09T15:00"]
    values = [d["value"] for d in find_dates("Đúng 8h sáng ngày 9/5/2022, đoàn xuất phát.")["items"]]
    assert values == ["2022-05-09T08:00", "2022-05-09"]


# --- which date is the event's, and which dates are found, one text each -----------------


@pytest.mark.parametrize(("text", "event"), [
    # a cited document's date is no event; a year-less date takes the latest year of the text,
    # or the year of a full date of the text before its context
    pytest.param(
        "Hội nghị quán triệt Công văn số 12/UB ngày 18/9/2020 của tỉnh.",
        None,
        id="cited_document_date_is_not_the_event",
    ),
    pytest.param(
        "Ngày 17/2, hội nghị tổng kết năm 2022, triển khai nhiệm vụ năm 2023.",
        "2023-02-17",
        id="partial_dates_use_the_latest_year_without_publication_date",
    ),
    pytest.param(
        "Sáng 7/4, hội nghị diễn ra. Trước đó, phiên họp ngày 12/3/2022 đã thống nhất kế hoạch "
        "công tác năm 2023.",
        "2022-04-07",
        id="a_full_date_of_the_text_anchors_before_its_context",
    ),
    # an event of a few days starts on its first day; long spans and quarters are none
    pytest.param(
        "Ngày đăng: 22/11/2025\n\nTrong 2 ngày 20-21/11/2025, Ban Dân vận Huyện ủy tổ chức hội nghị.",
        "2025-11-20",
        id="event_of_a_few_days_starts_on_its_first_day",
    ),
    pytest.param(
        "Ngày đăng: 22/11/2025\n\nQuý IV/2025, huyện hoàn thành 12 chỉ tiêu. Sáng 21/11, hội nghị diễn ra.",
        "2025-11-21",
        id="long_spans_and_quarters_are_no_event_date",
    ),
    # a local party anniversary is no evidence of the year
    pytest.param(
        "Sáng 6/3, tỉnh kỷ niệm 90 năm Ngày thành lập Đảng bộ tỉnh.",
        "XXXX-03-06",
        id="a_local_party_anniversary_is_no_evidence",
    ),
    # a headline ending in "số" hides no event; a named day without "ngày" is none
    pytest.param(
        "Gặp mặt người có uy tín trong đồng bào dân tộc thiểu số\nChiều ngày 4 tháng 7 năm 2022, tỉnh tổ chức gặp mặt.",
        "2022-07-04",
        id="a_headline_ending_in_so_does_not_hide_the_event",
    ),
    pytest.param(
        "Hướng tới Quốc khánh 2/9, chiều 28/8/2024, Huyện đoàn ra quân.",
        "2024-08-28",
        id="a_named_day_without_ngay_is_not_the_event",
    ),
])
def test_which_date_is_the_event(text: str, event: str | None) -> None:
    assert _event(text) == event


@pytest.mark.parametrize(("text", "values"), [
    # a time without a day is no date, nor is a bare page clock
    pytest.param(
        "Hội nghị bắt đầu lúc 8 giờ 30, kéo dài đến 11h00.",
        [],
        id="a_time_without_a_day_is_no_date",
    ),
    pytest.param(
        "Ngày 4/4/2024, huyện ra quân.\n\n09:41\n\nTin liên quan",
        ["2024-04-04"],
        id="a_bare_page_clock_without_a_day_is_no_date",
    ),
    # a longer match that is no date leaves the shorter one
    pytest.param(
        "Hai đợt ngày 4, 11/6/2023 và ngày 30/2/2023.",
        ["2023-06-11"],
        id="a_longer_match_that_is_no_date_leaves_the_shorter_one",
    ),
    # a bracket after an ordinal is no weekday
    pytest.param(
        "Ngày 3/3/2024, đồng chí Lê Hòa (thứ 3 từ trái) trao quà cho 13/15 hộ.",
        ["2024-03-03"],
        id="a_bracket_after_an_ordinal_is_no_weekday",
    ),
])
def test_which_dates_are_found(text: str, values: list[str]) -> None:
    assert [d["value"] for d in find_dates(text)["items"]] == values


# --- issue 12: publication stamps and the event date --------------------------------------


@pytest.mark.parametrize(("stamp", "published"), [
    ("21/08/2024 08:27 120 lượt xem", "2024-08-21T08:27"),
    ("21/08/2024 08:27 | 1.204 lượt xem", "2024-08-21T08:27"),
    ("21/08/2024 09:27:0PM", "2024-08-21T21:27"),
    ("Thứ Tư, 21/08/2024 - 08:27", "2024-08-21T08:27"),
    ("Cập nhật: 08:27 21/08/2024", "2024-08-21T08:27"),
    ("Lượt xem: 45 - 21/08/2024 08:27", "2024-08-21T08:27"),
    ("21/08/2024 08:27 Trần Thị Bích", "2024-08-21T08:27"),
])
def test_stamp_variants_after_an_ordinal_headline(stamp: str, published: str) -> None:
    text = f"Hội nghị Ban Chấp hành Đảng bộ xã lần thứ bảy\n\n{stamp}\n\nSáng ngày 20/8, hội nghị diễn ra."
    res = find_dates(text)
    assert res["published"] == published
    assert res["event_date"] == "2024-08-20"


def test_corrected_event_year_is_stated_on_the_item() -> None:
    text = "Tiêu đề\n13/1/2021 17:05\nChiều ngày 13/1/2020, Ban Dân vận tổ chức hội nghị."
    res = find_dates(text)
    event = next(d for d in res["items"] if d["role"] == "event")
    assert event["corrected"] == "2021-01-13"
    assert all(d["corrected"] is None for d in res["items"] if d["role"] != "event")


# --- probe-dates: families found on the composed probe articles ---------------------------


@pytest.mark.parametrize(("text", "values"), [
    # a deadline or plan a few months after the stamp is this year's, not last year's
    ("Thứ Hai, 03/02/2025 08:10\n\nSáng 31/1, Huyện đoàn họp. Các chi đoàn nộp báo cáo "
     "trước ngày 20/6.", ["2025-02-03T08:10", "2025-01-31", "2025-06-20"]),
    ("Ngày đăng: 02/09/2023\n\nChiều 1/9, Hội Cựu chiến binh quận triển khai hội thao, "
     "dự kiến vào ngày 12/11 tại sân vận động.", ["2023-09-02", "2023-09-01", "2023-11-12"]),
    # a coming named day within a few months
    ("Cập nhật: 14/05/2022 17:40\n\nNgày 13-5, thị xã phát động tháng hành động hướng tới "
     "Ngày Gia đình Việt Nam 28/6.", ["2022-05-14T17:40", "2022-05-13", "2022-06-28"]),
    # a day far after the stamp is still last year's (a reported past event)
    ("Ngày đăng: 10/01/2024\n\nSáng 9/1, xã tổng kết; hội thi ngày 20/10 thu hút 400 hội viên.",
     ["2024-01-10", "2024-01-09", "2023-10-20"]),
    ("Ngày đăng: 10/01/2024\n\nSáng 9/1, xã họp; chậm nhất ngày 30/12 phải hoàn thành.",
     ["2024-01-10", "2024-01-09", "2023-12-30"]),
])
def test_year_less_dates_after_the_publication_day(text: str, values: list[str]) -> None:
    assert [d["value"] for d in find_dates(text)["items"]] == values


@pytest.mark.parametrize("text", [
    "Ngày 21/5, Ban Chấp hành Đảng bộ xã Yên Lạc khóa XV, nhiệm kỳ 2020-2025 họp phiên thường kỳ.",
    "Chiều 8-8, Ủy ban MTTQ phường (nhiệm kỳ 2019 – 2024) tổ chức hội nghị lần thứ 9.",
    "Sáng 2/3, hội nghị quán triệt Nghị quyết Đại hội Đảng bộ huyện lần thứ XX, nhiệm kỳ 2020 - 2025.",
])
def test_a_term_without_its_congress_leaves_the_year_open(text: str) -> None:
    assert (_event(text) or "").startswith("XXXX-")


@pytest.mark.parametrize(("text", "event"), [
    ("Sáng 17/10, Hội Nông dân huyện tổ chức Đại hội đại biểu lần thứ XI, nhiệm kỳ 2023 - 2028.",
     "2023-10-17"),
    ("Ngày 5-9, diễn ra Đại hội Đoàn TNCS Hồ Chí Minh thị trấn (nhiệm kỳ 2022–2027).", "2022-09-05"),
])
def test_a_congress_is_dated_by_its_term(text: str, event: str) -> None:
    assert _event(text) == event


@pytest.mark.parametrize(("text", "values"), [
    ("Ngày 6/5/2023, Hội nghị khai mạc lúc 7 giờ 45 phút tại hội trường xã.\n"
     "Đúng 9 giờ 15, các đại biểu thảo luận tại tổ.",
     ["2023-05-06", "2023-05-06T07:45", "2023-05-06T09:15"]),
    ("Sáng 11-12-2021, đoàn đến xã Tân Lập.\nChiều cùng ngày, lúc 3 giờ 20, đoàn làm việc với "
     "Ban Thường vụ Huyện ủy.", ["2021-12-11", "2021-12-11T15:20"]),
    ("Ngày 4/4/2024, huyện ra quân. Buổi lễ bắt đầu từ 6h30 tại quảng trường.",
     ["2024-04-04", "2024-04-04T06:30"]),
])
def test_a_prose_clock_without_a_day_takes_the_event_day(text: str, values: list[str]) -> None:
    assert [d["value"] for d in find_dates(text)["items"]] == values


@pytest.mark.parametrize(("text", "values"), [
    ("Đợt tiêm chủng từ ngày 3/4 đến hết ngày 9/4/2022.", ["2022-04-03/2022-04-09"]),
    ("Giải đấu diễn ra từ 12 đến hết 15-8-2021 tại nhà thi đấu.", ["2021-08-12/2021-08-15"]),
    ("Niêm yết từ ngày 01/6/2020 đến hết ngày 30/6/2020 tại trụ sở.", ["2020-06-01/2020-06-30"]),
])
def test_a_span_to_the_end_of_a_day(text: str, values: list[str]) -> None:
    assert [d["value"] for d in find_dates(text)["items"]] == values


@pytest.mark.parametrize(("text", "values"), [
    ("Năm 2023, phường chào mừng Quốc khánh 2/9 bằng nhiều hoạt động.", ["2023", "2023-09-02"]),
    ("Năm 2022, các trường tổ chức Lễ Quốc khánh 2-9 trang trọng.", ["2022", "2022-09-02"]),
    ("Năm 2020, nghỉ lễ Quốc tế Lao động 1/5 và Tết Độc lập 2/9.", ["2020", "2020-05-01", "2020-09-02"]),
    ("Năm 2019, huyện kỷ niệm Ngày Giải phóng miền Nam, thống nhất đất nước 30/4.", ["2019", "2019-04-30"]),
])
def test_named_days_without_ngay_and_with_a_comma(text: str, values: list[str]) -> None:
    assert [d["value"] for d in find_dates(text)["items"]] == values


@pytest.mark.parametrize(("text", "values"), [
    ("Năm 2024, sáng Thứ Bảy (16/11), Hội Phụ nữ xã tổ chức ngày hội.", ["2024", "2024-11-16"]),
    ("Năm 2023, chiều thứ 5 (14-9) đoàn về thăm xã.", ["2023", "2023-09-14"]),
    ("Năm 2021, tối Chủ nhật (ngày 7/3) diễn ra đêm văn nghệ.", ["2021", "2021-03-07"]),
])
def test_weekday_with_a_bracketed_date(text: str, values: list[str]) -> None:
    res = find_dates(text)
    assert [d["value"] for d in res["items"]] == values
    assert res["warnings"] == []


def test_weekday_with_a_bracketed_date_is_checked() -> None:
    res = find_dates("Năm 2024, sáng Thứ Hai (16/11), xã họp.")
    assert any("weekday" in w for w in res["warnings"])


@pytest.mark.parametrize(("text", "values"), [
    ("Năm 2023, hội chợ diễn ra trong các ngày 14, 15 và 16/9 tại công viên.", ["2023", "2023-09-14/2023-09-16"]),
    ("Lớp tập huấn mở vào ngày 4, ngày 5 và ngày 6/7/2022.", ["2022-07-04/2022-07-06"]),
    ("Diễn ra ngày 27 và 28 tháng 12 năm 2019 tại huyện Thanh Sơn.", ["2019-12-27/2019-12-28"]),
    ("Kiểm tra ngày 1, 2, 3 tháng 6 năm 2021.", ["2021-06-01/2021-06-03"]),
    ("Năm 2023, đoàn làm việc các ngày 5, 12 và 19/9.", ["2023"]),  # gaps: no span
])
def test_lists_of_consecutive_days_are_one_span(text: str, values: list[str]) -> None:
    assert [d["value"] for d in find_dates(text)["items"]] == values


@pytest.mark.parametrize(("text", "values"), [
    ("Sáng 14/9/2019 (tức ngày 16/8 năm Kỷ Hợi), xã tổ chức Tết Trung thu.",
     ["2019-09-14", "2019-09-14"]),
    ("Sáng 18/4/2024 (nhằm ngày 10 tháng 3 năm Giáp Thìn), huyện dâng hương tưởng niệm.",
     ["2024-04-18", "2024-04-18"]),
    ("Ngày 10/2/2024 (ngày 1 tháng Giêng năm Giáp Thìn), lãnh đạo huyện trực Tết.",
     ["2024-02-10", "2024-02-10"]),
])
def test_a_day_month_before_a_lunar_year_name_is_lunar(text: str, values: list[str]) -> None:
    assert [d["value"] for d in find_dates(text)["items"]] == values


@pytest.mark.parametrize(("stamp", "published"), [
    ("Ngày 5 tháng 6 năm 2023 09:05", "2023-06-05T09:05"),
    ("Thứ Hai - 05/06/2023 09:05", "2023-06-05T09:05"),
    ("Ngày phát hành: 05/06/2023", "2023-06-05"),
    ("Ngày: 05/06/2023", "2023-06-05"),
    ("Thời gian: 05/06/2023 09:05:41", "2023-06-05T09:05"),
    ("Tác giả: Phạm Duy Khánh - 05/06/2023 09:05", "2023-06-05T09:05"),
    ("Trần Ngọc | 05/06/2023 09:05", "2023-06-05T09:05"),
    # found by the round-2 probe engineer
    ("Đăng ngày 5/6/2023 lúc 9h05", "2023-06-05T09:05"),
    ("Cập nhật ngày 05-06-2023", "2023-06-05"),
    ("Thứ Hai, 5 tháng 6, 2023 09:05", "2023-06-05T09:05"),
    ("5 Tháng 6, 2023 | 02:05 CH", "2023-06-05T14:05"),
    ("Bài và ảnh: Lò Văn Thắng | 05/06/2023", "2023-06-05"),
    ("Tin, ảnh: Hà My - 05/06/2023", "2023-06-05"),
])
@pytest.mark.parametrize("at_top", [True, False])
def test_more_stamp_line_forms(stamp: str, published: str, at_top: bool) -> None:
    body = "Chiều 4/6, Hội Cựu chiến binh thị xã tổ chức hội nghị."
    text = f"Tiêu đề\n\n{stamp}\n\n{body}\n\nMinh Đức" if at_top else f"Tiêu đề\n\n{body}\n\nMinh Đức\n\n{stamp}"
    res = find_dates(text)
    assert res["published"] == published
    assert res["event_date"] == "2023-06-04"


@pytest.mark.parametrize("line", [
    "Thời gian: 8h00 ngày 12/6/2023, địa điểm: hội trường UBND xã.",
    "Ngày: 12/6/2023; địa điểm: nhà văn hóa thôn.",
])
def test_a_notice_line_is_no_stamp(line: str) -> None:
    res = find_dates(f"Thông báo\n\n{line}\n\nĐề nghị các đồng chí dự đầy đủ.")
    assert res["published"] is None


@pytest.mark.parametrize(("text", "event"), [
    # the document owns its own date; the next date of the sentence is the event's
    ("Thực hiện Kế hoạch số 45-KH/HU ngày 2/8/2022 của Huyện ủy, chiều 16/8, Ban Dân vận "
     "Huyện ủy tổ chức hội nghị.", "2022-08-16"),
    ("Căn cứ Công văn số 310/UBND-VX ngày 11/11/2021, ngày 19/11/2021 xã tổ chức ngày hội.",
     "2021-11-19"),
    ("Thực hiện Chỉ thị số 03-CT/TU ngày 28/12/2020, sáng 8/1, phường ra quân.", "2021-01-08"),
    # an older document only bounds the year
    ("Thực hiện Nghị quyết số 07-NQ/ĐU ngày 3/4/2019, sáng 22/9, Đảng ủy xã sơ kết.", "XXXX-09-22"),
])
def test_a_document_cited_before_the_event_in_its_sentence(text: str, event: str) -> None:
    assert _event(text) == event


@pytest.mark.parametrize(("text", "event"), [
    ("Ngày đăng: 21/4/2022\n\nChiều qua (20/4), Hội Nông dân huyện tổng kết.", "2022-04-20"),
    ("Ngày đăng: 21/4/2022\n\nTối qua, Huyện đoàn tổ chức đêm văn nghệ.", "2022-04-20"),
])
def test_part_of_day_with_qua_is_yesterday(text: str, event: str) -> None:
    assert _event(text) == event


def test_light_through_a_window_is_no_date() -> None:
    assert find_dates("Ngày đăng: 21/4/2022\n\nÁnh sáng qua ô cửa.")["items"][1:] == []


def test_a_later_years_day_before_the_event_is_no_event() -> None:
    text = ("Ngày đăng: 14/9/2025\n\nNgày 1/1/2026 là mốc hoàn thành đề án. Chiều 12/9, Ban Thường "
            "vụ Thị ủy họp.")
    res = find_dates(text)
    assert res["event_date"] == "2025-09-12"
    assert res["warnings"] == []


@pytest.mark.parametrize(("text", "year"), [
    # a "Ngày hội" counts from its own first year, not from the founding of the force
    ("Chiều 19/12, xã kỷ niệm 79 năm Ngày thành lập Quân đội nhân dân Việt Nam và 34 năm Ngày hội "
     "Quốc phòng toàn dân.", 2023),
    ("Ngày 1/3, Đồn Biên phòng Cửa khẩu tổ chức kỷ niệm 34 năm Ngày Biên phòng toàn dân.", 2023),
    ("Sáng 21/11, Hội Chữ thập đỏ huyện kỷ niệm 75 năm Ngày thành lập Hội Chữ thập đỏ Việt Nam.", 2021),
    ("Chiều 26/3, thị trấn kỷ niệm 88 năm Ngày truyền thống lực lượng Dân quân tự vệ.", 2023),
    ("Ngày 29/7, Ban Tuyên giáo Huyện ủy gặp mặt kỷ niệm 93 năm Ngày truyền thống ngành Tuyên giáo "
     "của Đảng.", 2023),
    ("Sáng 13/10, Ban Tổ chức Tỉnh ủy kỷ niệm 92 năm Ngày truyền thống ngành Tổ chức xây dựng Đảng.", 2022),
    ("Ngày 14/10, Ủy ban Kiểm tra Thành ủy kỷ niệm 75 năm Ngày truyền thống ngành Kiểm tra Đảng.", 2023),
    ("Sáng 14/7, Hội Cựu thanh niên xung phong tỉnh kỷ niệm 72 năm Ngày truyền thống lực lượng Thanh "
     "niên xung phong.", 2022),
    ("Sáng 8/5, Hội Người cao tuổi thị xã kỷ niệm 25 năm Ngày thành lập Hội Người cao tuổi Việt Nam.", 2020),
])
def test_anniversaries_of_more_traditional_days(text: str, year: int) -> None:
    ev = _event(text)
    assert ev is not None and ev[:4] == str(year), ev


@pytest.mark.parametrize(("text", "values", "event"), [
    ("Ngày 7/5/1954, quân ta giành thắng lợi ở Điện Biên Phủ. Sáng 6/5, huyện tổ chức dâng hương.",
     ["1954-05-07", "XXXX-05-06"], "XXXX-05-06"),
    ("Chiều 18/5, trường học tổ chức kỷ niệm 133 năm Ngày sinh Chủ tịch Hồ Chí Minh "
     "(19/5/1890 – 19/5/2023).", ["2023-05-18", "1890-05-19", "2023-05-19"], "2023-05-18"),
    ("Ngày 19/5/1890 là ngày sinh của Bác. Sáng 16/5/2022, chi đoàn thăm Khu di tích.",
     ["1890-05-19", "2022-05-16"], "2022-05-16"),
])
def test_a_well_known_founding_day_is_history(text: str, values: list[str], event: str) -> None:
    res = find_dates(text)
    assert [d["value"] for d in res["items"]] == values
    assert res["event_date"] == event


@pytest.mark.parametrize(("text", "values"), [
    ("Năm 2022, chiều thứ Sáu, 4/11, Hội Khuyến học xã trao học bổng.", ["2022", "2022-11-04"]),
    ("Năm 2021, tối thứ 7 13/11 diễn ra đêm giao lưu.", ["2021", "2021-11-13"]),
    ("Năm 2023, thứ Hai 6/2, học sinh trở lại trường.", ["2023", "2023-02-06"]),
    ("Năm 2023, Chủ nhật 5-2, đoàn viên ra quân.", ["2023", "2023-02-05"]),
    ("Năm 2023, huyện xếp thứ năm, 5/9 chỉ tiêu đạt.", ["2023"]),  # an ordinal, a fraction
])
def test_a_weekday_right_before_a_day_month(text: str, values: list[str]) -> None:
    res = find_dates(text)
    assert [d["value"] for d in res["items"]] == values
    assert res["warnings"] == []


@pytest.mark.parametrize(("text", "values", "event"), [
    ("Các chi bộ nộp báo cáo chậm nhất 20/12. Chiều 3/12/2022, Đảng ủy phường họp.",
     ["2022-12-20", "2022-12-03"], "2022-12-03"),
    ("Năm 2024, các đơn vị hoàn thành trước 15/11 và báo cáo kết quả.", ["2024", "2024-11-15"], None),
])
def test_a_deadline_without_ngay(text: str, values: list[str], event: str | None) -> None:
    res = find_dates(text)
    assert [d["value"] for d in res["items"]] == values
    assert res["event_date"] == event


# --- probe round 2 (dates): families found on new composed articles, tested on other sentences


@pytest.mark.parametrize(("text", "values"), [
    ("Năm 2023, huyện hưởng ứng Ngày Quốc tế Người cao tuổi (1/10) bằng nhiều hoạt động.",
     ["2023", "2023-10-01"]),
    ("Năm 2022, các trường tổ chức Ngày Sách và Văn hóa đọc Việt Nam (ngày 21-4).", ["2022", "2022-04-21"]),
    ("Năm 2024, chào mừng Ngày truyền thống lực lượng Thanh niên xung phong ( 15/7 ), xã ra quân.",
     ["2024", "2024-07-15"]),
    # a bracket with years stays an anniversary pair
    ("Nhân kỷ niệm Ngày thành lập Hội Nông dân Việt Nam (14/10/1930 – 14/10/2023), xã họp mặt.",
     ["1930-10-14", "2023-10-14"]),
])
def test_a_named_day_with_its_day_month_in_brackets(text: str, values: list[str]) -> None:
    assert [d["value"] for d in find_dates(text)["items"]] == values


def test_a_named_day_in_brackets_is_not_the_event() -> None:
    assert _event("Hướng tới Ngày Pháp luật Việt Nam (9/11), sáng 2/11/2023, huyện tổ chức hội thi.") == "2023-11-02"


@pytest.mark.parametrize(("text", "values"), [
    ("Năm 2024, lễ hội diễn ra vào 15/8 âm lịch tại đình làng.", ["2024", "2024-09-17"]),
    ("Sáng 5/9/2023 (tức 21/7 Quý Mão), xã tổ chức lễ cầu an.", ["2023-09-05", "2023-09-05"]),
    ("Lễ giỗ Tổ nghề diễn ra ngày 12/3/2022, tức 10/2 (âm lịch) năm Nhâm Dần.", ["2022-03-12", "2022-03-12"]),
])
def test_a_bare_lunar_day_month(text: str, values: list[str]) -> None:
    assert [d["value"] for d in find_dates(text)["items"]] == values


@pytest.mark.parametrize(("text", "values"), [
    ("Năm 2023, lễ khai mạc diễn ra lúc 20 giờ 15 ngày 2/12 tại quảng trường.", ["2023", "2023-12-02T20:15"]),
    ("Năm 2022, phiên chợ mở từ 7h30, thứ Bảy, ngày 9-7 tại bến sông.", ["2022", "2022-07-09T07:30"]),
    ("Năm 2021, đoàn xuất phát lúc 6 giờ ngày 14/5 từ trụ sở.", ["2021", "2021-05-14T06:00"]),
])
def test_a_time_before_a_day_month_without_year(text: str, values: list[str]) -> None:
    assert [d["value"] for d in find_dates(text)["items"]] == values


def test_a_cited_documents_day_gives_no_clock_its_day() -> None:
    res = find_dates("Theo Thông báo số 12/TB-UBND ngày 4/3/2024, buổi đối thoại bắt đầu lúc 14 giờ.")
    assert [d["value"] for d in res["items"]] == ["2024-03-04"]


@pytest.mark.parametrize(("text", "values"), [
    ("Trong 5 tháng năm 2023, toàn huyện thu ngân sách 120 tỷ đồng.", ["2023-01/2023-05"]),
    ("Lũy kế 10 tháng năm 2021, tỉnh giải ngân 70% vốn.", ["2021-01/2021-10"]),
    ("Sau 3 tháng, năm 2023 huyện có 5 xã đạt chuẩn.", ["2023"]),
])
def test_months_of_a_year_count_from_january(text: str, values: list[str]) -> None:
    assert [d["value"] for d in find_dates(text)["items"]] == values


@pytest.mark.parametrize(("text", "published", "value"), [
    # just after the period: last year's
    ("Báo cáo 6 tháng cuối năm, xã đã trao 40 căn nhà.", "2023-01-10", "2022-07/2022-12"),
    ("Kết quả quý IV, toàn tỉnh đạt 98% chỉ tiêu.", "2024-01-20", "2023-10/2023-12"),
    # a plan, "năm nay", or a period that ended long ago: this year's
    ("Nhiệm vụ quý IV năm nay được giao cụ thể.", "2024-01-20", "2024-10/2024-12"),
    ("Huyện sẽ hoàn thành trong quý IV.", "2024-01-20", "2024-10/2024-12"),
    ("Trong quý IV, xã hoàn thành 12 công trình.", "2024-03-15", "2024-10/2024-12"),
    ("Phương hướng 6 tháng cuối năm: giữ vững an ninh.", "2023-07-05", "2023-07/2023-12"),
])
def test_a_year_less_quarter_or_half_year_takes_the_nearer_year(text: str, published: str, value: str) -> None:
    items, _ = parse_dates(text, published=published)
    assert [d.value for d in items] == [value]


@pytest.mark.parametrize(("text", "clock"), [
    # the clock's clause names an act an earlier sentence dated: that day
    ("Sáng 10/5/2024, huyện khai mạc hội thi. Chiều 11/5, các đội bước vào vòng chung kết.\n\n"
     "Tại vòng chung kết, lúc 15h, đội xã An Phú giành giải nhất.", "2024-05-11T15:00"),
    ("Ngày 3/9/2023, xã tổng kết năm học. Tối 4/9, nhà trường tổ chức đêm hội trăng rằm.\n\n"
     "Trong đêm hội trăng rằm, đúng 20 giờ, các em rước đèn quanh sân.", "2023-09-04T20:00"),
    # the act is the event's, or nothing earlier names it: the event day
    ("Sáng 10/5/2024, huyện khai mạc hội thi. Chiều 11/5, các đội thi vòng chung kết.\n\n"
     "Lễ khai mạc bắt đầu lúc 8 giờ.", "2024-05-10T08:00"),
    ("Sáng 10/5/2024, huyện khai mạc hội thi. Chiều 11/5, các đội thi vòng chung kết.\n\n"
     "Đoàn xuất phát lúc 6 giờ 30 phút.", "2024-05-10T06:30"),
])
def test_a_clock_without_a_day_takes_the_day_of_the_act_it_names(text: str, clock: str) -> None:
    values = [d["value"] for d in find_dates(text)["items"]]
    assert values[-1] == clock


@pytest.mark.parametrize(("text", "values", "event"), [
    ("Năm 2023, 9h ngày 14/11, hội nghị khai mạc.", ["2023", "2023-11-14T09:00"], "2023-11-14"),
    ("Lúc 15h, ngày 6/8/2022, đoàn đến thăm xã Tân Lập.", ["2022-08-06T15:00"], "2022-08-06"),
    # "từ" before a time is its start, not a deadline: still the event
    ("Năm 2021, từ 7h ngày 20/4, đoàn làm việc tại huyện.", ["2021", "2021-04-20T07:00"], "2021-04-20"),
    ("Hồ sơ nhận đến 17h ngày 30/9/2024; sáng 12/9/2024, xã họp.",
     ["2024-09-30T17:00", "2024-09-12"], "2024-09-12"),
])
def test_an_hour_written_with_h_before_its_day(text: str, values: list[str], event: str) -> None:
    res = find_dates(text)
    assert [d["value"] for d in res["items"]] == values
    assert res["event_date"] == event


@pytest.mark.parametrize(("text", "values"), [
    ("Năm 2024, sáng hôm sau (13/3), đoàn về xã Nà Phặc.", ["2024", "2024-03-13"]),
    ("Năm 2022, ngày hôm sau (ngày 14-3) đoàn làm việc tại huyện.", ["2022", "2022-03-14"]),
    ("Năm 2023, trưa mai (5/6) đoàn công tác đến Cà Mau.", ["2023", "2023-06-05"]),
    ("Sáng 12/3/2021, xã họp. Tối hôm trước (11/3), đoàn đã đến.", ["2021-03-12", "2021-03-11"]),
])
def test_a_relative_word_with_its_date_in_brackets(text: str, values: list[str]) -> None:
    assert [d["value"] for d in find_dates(text)["items"]] == values


@pytest.mark.parametrize(
    "line, published",
    [("Quảng Ngãi, 05/10/2025", "2025-10-05"), ("TP.HCM, 3/4/2025", "2025-04-03"),
     ("Buôn Ma Thuột, 12-11-2025 ", "2025-11-12")],
)
def test_a_place_dateline_alone_on_its_line_is_the_stamp(line: str, published: str) -> None:
    res = find_dates(f"Tiêu đề bài viết\n{line}\nNgày 2/3/2025, đoàn công tác khảo sát tại xã.")
    assert res["published"] == published and res["event_date"] == "2025-03-02"
    # a place and a date inside a sentence is no dateline
    res = find_dates("Tiêu đề\nHội nghị tại Quảng Ngãi, 05/10/2025 được tổ chức trọng thể.")
    assert res["published"] is None
