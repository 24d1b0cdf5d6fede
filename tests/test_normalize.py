"""danvan_nlp.normalize: NFC, the new tone placement, whitespace and site chrome removed, with
a map from every offset of the normalized text back to the caller's."""

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from danvan_nlp.normalize import new_tone_placement, normalize
from helpers import TONES


@pytest.mark.parametrize(("old", "new"), TONES)
def test_tone_placement(old: str, new: str) -> None:
    assert normalize(old).text == new


def test_nfd_is_composed_and_mapped_back() -> None:
    text = "Đồng chí Nguyễn Thị Thu Hà, Bí thư Tỉnh uỷ"
    nfd = unicodedata.normalize("NFD", text)
    n = normalize(nfd)
    assert n.text == "Đồng chí Nguyễn Thị Thu Hà, Bí thư Tỉnh ủy"
    start = n.text.index("Hà")
    a, b = n.to_original(start, start + 2)
    assert unicodedata.normalize("NFC", nfd[a:b]) == "Hà"
    a, b = n.to_original(n.text.index("ủy"), len(n.text))
    assert new_tone_placement(nfd[a:b]) == "ủy"


def test_whitespace_collapsed_and_mapped() -> None:
    text = "  Chủ tịch\u00a0\u00a0Ủy ban \t MTTQ  \r\n\r\n\r\n\r\nhuyện  "
    n = normalize(text)
    assert n.text == "Chủ tịch Ủy ban MTTQ\n\nhuyện"
    i = n.text.index("MTTQ")
    a, b = n.to_original(i, i + 4)
    assert text[a:b] == "MTTQ"
    a, b = n.to_original(0, len(n.text))
    assert text[a:b].strip() == text.strip()


# whitespace that one pass leaves next to a line break the next pass removes; a clean text
# is returned as it is
@pytest.mark.parametrize(
    ("text", "clean"),
    [
        ("Hội nghị \r\n Tỉnh ủy", "Hội nghị\nTỉnh ủy"),
        ("Sáng 3/4  \n  đồng chí", "Sáng 3/4\nđồng chí"),
        ("Dự hội nghị \u2028\u00a0có", "Dự hội nghị\ncó"),
        ("Tiêu đề\n\nNội dung bài.", "Tiêu đề\n\nNội dung bài."),
    ],
)
def test_whitespace_passes_leave_no_stray_space(text: str, clean: str) -> None:
    n = normalize(text)
    assert n.text == clean
    assert normalize(clean).text == clean


@pytest.mark.parametrize(
    ("text", "removed"),
    [
        ("Tin chính\nLượt xem: 137\nNội dung bài.", "Lượt xem: 137"),
        ("Thống kê truy cập\n• Đang online: 33\n• Hôm nay: 361\nNội dung bài.", "Đang online: 33"),
        ("Ngày đăng: 05/10/2020 - Lượt xem: 361\nNội dung bài.", "Lượt xem: 361"),
        ("Tiêu đề\n8,110 lượt xem\nNội dung bài.", "8,110 lượt xem"),
        ("Nội dung.\nAudio: bai_viet_01.mp3\nTiếp.", "Audio: bai_viet_01.mp3"),
        ("Nội dung bài.\n\nÝ kiến bạn đọc\n\nTin khác\nBài cũ", "Ý kiến bạn đọc"),
        ("Đại biểu dự hội nghị. Ảnh: Minh Tuấn\nNội dung.", "Ảnh: Minh Tuấn"),
        ("Toàn cảnh (Ảnh: Thu Trang) hội nghị.", "(Ảnh: Thu Trang)"),
        ("Nội dung bài viết.\n\nTheo baoninhbinh.org.vn", "Theo baoninhbinh.org.vn"),
        ("Nội dung bài viết kết thúc.\n\nNguyễn Văn Tú", "Nguyễn Văn Tú"),
        ("Trang chủ > Chính trị > Dân vận\nNội dung bài.", "Trang chủ > Chính trị"),
        ("Nội dung bài.\nChia sẻ Facebook Zalo In bài\nTiếp.", "Chia sẻ Facebook Zalo"),
        ("Nội dung bài.\nTags: dân vận, hội nghị\nTiếp.", "Tags: dân vận"),
        ("Nội dung bài.\nTừ khóa: dân vận khéo\nTiếp.", "Từ khóa: dân vận"),
    ],
)
def test_site_chrome_removed(text: str, removed: str) -> None:
    n = normalize(text)
    assert removed not in n.text
    assert any(removed in text[a:b] for _, a, b in n.removed)
    assert "Nội dung" in n.text or "Toàn cảnh" in n.text


def test_dates_and_sentences_are_not_chrome() -> None:
    text = "Hôm nay 6/7/2020, hội nghị diễn ra.\nẢnh hưởng của dịch bệnh được đánh giá."
    assert normalize(text).text == text
    text = "Chia sẻ: kinh nghiệm của đồng chí Lê Văn A rất quý.\nĐồng chí B chia sẻ Facebook của mình."
    assert normalize(text).text == text


def test_html_text_is_left_readable() -> None:
    n = normalize("<p>Đồng chí Nguyễn Văn A</p>")
    assert "Nguyễn Văn A" in n.text


def test_plain_data_round_trip() -> None:
    from danvan_nlp.normalize import Normalized

    text = "Uỷ ban  hoà giải\nLượt xem: 12\nxong."
    n = normalize(text)
    back = Normalized.from_data(text, n.to_data())
    assert back.text == n.text
    assert all(back.to_original(i, i + 1) == n.to_original(i, i + 1) for i in range(len(n.text)))


def test_rejects_non_str() -> None:
    with pytest.raises(TypeError):
        normalize(b"abc")  # type: ignore[arg-type]


@given(st.text(alphabet=st.sampled_from("aàoòuủyỷ \n\t\u00a0Ủ.:0123456789LượtxemẢnh"), max_size=60))
def test_map_is_monotone_and_in_range(text: str) -> None:
    n = normalize(text)
    prev = 0
    for i in range(len(n.text)):
        a, b = n.to_original(i, i + 1)
        assert 0 <= a <= b <= len(text)
        assert a >= prev
        prev = a
    assert unicodedata.normalize("NFC", n.text) == n.text
