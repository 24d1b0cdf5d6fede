"""The event's kind, organizer and location (danvan_nlp.event) — on sentences written for
these tests."""

from typing import Any

import pytest

from danvan_nlp import extract
from danvan_nlp.officials import find_officials
from danvan_nlp.tokenize import split_sentences

# one-off sentences, by pattern family: the fields of the stage's result
EVENT = [
    # kind, venue and organizer of one sentence
    pytest.param(
        "Ngày 17/11, đồng chí Nguyễn Văn Thịnh, Bí thư Tỉnh ủy dự Ngày hội Đại đoàn kết toàn "
        "dân tộc tại thôn Đông Hòa, xã Tân Thành.",
        {"event_kind": "ngày hội", "event_location": "thôn Đông Hòa"},
        id="event_kind_and_venue_after_an_attend_verb",
    ),
    pytest.param(
        "Ngày 3/5, dự án tại xã Tân Thành được khởi công.",
        {"event_location": None},
        id="dự_án_is_no_event_verb",
    ),
    pytest.param(
        "Ngày 01/10/2020, Ủy ban MTTQ tỉnh (khóa XIV, nhiệm kỳ 2019-2024) tổ chức Hội nghị lần thứ tư.",
        {"event_organizer": "Ủy ban MTTQ tỉnh"},
        id="organizer_before_a_parenthesis",
    ),
    pytest.param(
        "Sáng 8/12, Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở tỉnh Đắk Lắk tổ chức hội "
        "nghị sơ kết.",
        {"event_organizer": None},
        id="organizer_starts_at_a_capitalized_organ",
    ),
    # the organizer with its standing body, when the text names it (issue 16 item 9)
    pytest.param(
        "Sáng 5/3, Thường trực Tỉnh ủy tổ chức hội nghị giao ban.",
        {"event_organizer": "Thường trực Tỉnh ủy"},
        id="organizer_with_its_standing_body_1",
    ),
    pytest.param(
        "Ngày 2/9, Thường trực HĐND huyện đã tổ chức phiên họp.",
        {"event_organizer": "Thường trực HĐND huyện"},
        id="organizer_with_its_standing_body_2",
    ),
    pytest.param(
        "Chiều 4/4, Lãnh đạo Sở Nội vụ tổ chức gặp mặt.",
        {"event_organizer": "Lãnh đạo Sở Nội vụ"},
        id="organizer_with_its_standing_body_3",
    ),
    pytest.param(
        "Chiều 4/4, Ban Thường vụ Huyện ủy tổ chức hội nghị.",
        {"event_organizer": "Ban Thường vụ Huyện ủy"},
        id="organizer_with_its_standing_body_4",
    ),
    pytest.param(
        "Sáng 5/3, tại xã, thường trực Tỉnh ủy tổ chức hội nghị.",
        {"event_organizer": "Tỉnh ủy"},
        id="organizer_with_its_standing_body_5",
    ),
]


@pytest.mark.parametrize(("text", "expected"), EVENT)
def test_event_of_one_sentence(text: str, expected: dict[str, Any]) -> None:
    res = find_officials(text, split_sentences(text))
    assert {k: res[k] for k in expected} == expected


def test_event_location_and_organizer() -> None:
    text = "Sáng 8/3/2024, tại hội trường UBND huyện, Ban Dân vận Huyện ủy tổ chức hội nghị."
    res = find_officials(text, split_sentences(text))
    assert res["event_location"] == "hội trường UBND huyện"
    assert res["event_organizer"] == "Ban Dân vận Huyện ủy"
    text = "Phát biểu tại hội nghị, đồng chí Lê Văn Tám, Bí thư Huyện ủy cho biết hội nghị diễn ra."
    assert find_officials(text, split_sentences(text))["event_location"] is None


@pytest.mark.parametrize("adverb", ["đã", "vừa", "long trọng", "đã long trọng", "trang trọng"])
def test_organizer_before_adverbs(adverb: str) -> None:
    text = f"Ngày 15-8-2024, Ủy ban MTTQ Việt Nam huyện Krông Pắc {adverb} tổ chức Đại hội."
    res = find_officials(text, split_sentences(text))
    assert res["event_organizer"] == "Ủy ban MTTQ Việt Nam huyện Krông Pắc"


# --- convention 6 and issue 16 item 7: historical figures, places inside names -----------


def test_caption_gives_no_event_location() -> None:
    text = ("Ngày 5/3/2024, Ban Dân vận Huyện ủy tổ chức hội nghị tổng kết.\n"
            "Đồng chí Lê Văn Phúc dự lễ tại Nhà văn hóa thôn Đông, xã Tân Lập\n"
            "Hội nghị đã thống nhất các nội dung.")
    assert extract(text).event.location is None


def test_body_sentence_gives_the_event_location() -> None:
    text = ("Ngày 5/3/2024, tại Hội trường Huyện ủy, Ban Dân vận Huyện ủy tổ chức hội nghị.\n"
            "Đồng chí Lê Văn Phúc phát biểu tại Nhà văn hóa xã Tân Lập\n")
    assert extract(text).event.location == "Hội trường Huyện ủy"
