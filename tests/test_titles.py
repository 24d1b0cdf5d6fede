"""Title chains (danvan_nlp.titles): reading, attaching, sharing, merging and parsing
titles — on sentences written for these tests, one pattern family at a time."""

from typing import Any

import pytest

from conftest import check_officials
from conftest import officials_by_name as run
from danvan_nlp.officials import expand_abbreviations, find_officials
from danvan_nlp.tokenize import split_sentences

# one-off sentences, by pattern family: the names found (``names``), the title texts
# (``titles``) and roles (``roles``) of the names given
TITLES = [
    # where a chain ends: at a clause, at the next person's title, before a predicate
    pytest.param(
        "Đồng chí Trần Văn Hưng, Phó Bí thư Huyện ủy cho biết, Chủ tịch UBND xã đã báo cáo.",
        {"titles": {"Trần Văn Hưng": ["Phó Bí thư Huyện ủy"]}},
        id="a_clause_after_the_name_is_no_unknown_title",
    ),
    pytest.param(
        "Dự có ông Tăng Văn Lộc, Giám đốc Sở Nội vụ và Chủ tịch UBND tỉnh, Phó Bí thư Tỉnh ủy "
        "Hà Quang Minh.",
        {
            "titles": {
                "Tăng Văn Lộc": ["Giám đốc Sở Nội vụ"],
                "Hà Quang Minh": ["Chủ tịch UBND tỉnh", "Phó Bí thư Tỉnh ủy"],
            },
        },
        id="several_titles_after_va_open_the_next_person",
    ),
    pytest.param(
        "Đồng chí Lò Văn Phong, Bí thư Huyện ủy dự; Phó Chủ tịch UBND huyện Cầm Thị Nga "
        "phát biểu.",
        {
            "titles": {
                "Lò Văn Phong": ["Bí thư Huyện ủy"],
                "Cầm Thị Nga": ["Phó Chủ tịch UBND huyện"],
            },
        },
        id="a_name_first_mention_keeps_its_title_before_a_title_first_one",
    ),
    pytest.param(
        "Các Phó Chủ tịch UBND tỉnh Lê Văn An, Trần Văn Bình, Phó Bí thư Tỉnh ủy dự.",
        {
            "titles": {
                "Lê Văn An": ["Phó Chủ tịch UBND tỉnh"],
                "Trần Văn Bình": ["Phó Bí thư Tỉnh ủy"],
            },
        },
        id="a_name_with_its_own_title_is_no_member_of_a_plural_list",
    ),
    pytest.param(
        "Đoàn công tác do đồng chí Tô Văn Hòa, Phó Trưởng ban, làm trưởng đoàn đã đến làm việc "
        "với huyện.",
        {"titles": {"Tô Văn Hòa": ["Phó Trưởng ban", "trưởng đoàn"]}},
        id="comma_before_lam_truong_doan",
    ),
    # words inside a title: numbered units, qualifiers, tenure and charge
    pytest.param(
        "Dự có ông Khúc Minh Trí, Phó Giám đốc Học viện Chính trị khu vực II; bà Âu Thị Lan, "
        "Viện trưởng VKSND khu vực 4 - Đắk Lắk và ông Tôn Văn Lực, Bí thư Chi bộ tổ dân phố 7.",
        {
            "titles": {
                "Khúc Minh Trí": ["Phó Giám đốc Học viện Chính trị khu vực II"],
                "Âu Thị Lan": ["Viện trưởng VKSND khu vực 4 - Đắk Lắk"],
                "Tôn Văn Lực": ["Bí thư Chi bộ tổ dân phố 7"],
            },
        },
        id="numbered_unit_in_an_organ_name",
    ),
    pytest.param(
        "Tham gia đoàn có đồng chí Sầm Văn Khôi, Phó Trưởng Đoàn ĐBQH chuyên trách tỉnh.",
        {"titles": {"Sầm Văn Khôi": ["Phó Trưởng Đoàn ĐBQH chuyên trách tỉnh"]}},
        id="qualifier_after_the_organ_before_a_level_word",
    ),
    pytest.param(
        "Quyền Chủ tịch UBND tỉnh Đặng Xuân Phương dự; ông Mã Văn Lực, quyền Trưởng phòng Nội "
        "vụ huyện và bà Kha Thị Nga - Phó Giám đốc phụ trách Sở Y tế cùng dự.",
        {
            "titles": {
                "Đặng Xuân Phương": ["Quyền Chủ tịch UBND tỉnh"],
                "Mã Văn Lực": ["quyền Trưởng phòng Nội vụ huyện"],
                "Kha Thị Nga": ["Phó Giám đốc phụ trách Sở Y tế"],
            },
        },
        id="acting_and_in_charge_belong_to_the_title",
    ),
    # organs of the lexicon (religious bodies, the 2025 reorganisation, abbreviations)
    pytest.param(
        "Cùng dự có Linh mục Lê Văn Quý, Chánh văn phòng Tòa Tổng Giám mục và Mục sư Ksor Y Hiên, "
        "Ủy viên Ban Đại diện Hội thánh Tin Lành Việt Nam (miền Nam) tỉnh.",
        {
            "titles": {
                "Lê Văn Quý": ["Linh mục", "Chánh văn phòng Tòa Tổng Giám mục"],
                "Ksor Y Hiên": [
                "Mục sư", "Ủy viên Ban Đại diện Hội thánh Tin Lành Việt Nam (miền Nam) tỉnh"],
            },
        },
        id="church_bodies_as_organs",
    ),
    pytest.param(
        "Đồng chí Cứ A Chư, Phó Bí thư Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh chủ trì; "
        "bà Vi Thị Mến, Giám đốc Trung tâm Phục vụ hành chính công xã dự.",
        {
            "titles": {
                "Cứ A Chư": [
                "Phó Bí thư Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh"],
                "Vi Thị Mến": ["Giám đốc Trung tâm Phục vụ hành chính công xã"],
            },
        },
        id="organs_of_the_2025_reorganisation",
    ),
    pytest.param(
        "Đồng chí Bạch Thị Hà – UVBTV Tỉnh ủy, Trưởng BDV Tỉnh ủy; Phó Trưởng BTG Huyện ủy Lý "
        "Văn Sang và đồng chí Hà Văn Tú, Chủ nhiệm UBKT Huyện ủy dự.",
        {
            "titles": {
                "Bạch Thị Hà": ["UVBTV Tỉnh ủy", "Trưởng BDV Tỉnh ủy"],
                "Lý Văn Sang": ["Phó Trưởng BTG Huyện ủy"],
                "Hà Văn Tú": ["Chủ nhiệm UBKT Huyện ủy"],
            },
        },
        id="abbreviated_party_commissions",
    ),
    pytest.param(
        "Dự có ông Kha Văn Lợi (Chánh Trị sự Họ đạo Cao Đài Tân Hưng) và ông Mã Văn Sang, Phó "
        "Trưởng ban Cai quản Thánh thất Cao Đài Long Mỹ.",
        {
            "titles": {
                "Kha Văn Lợi": ["Chánh Trị sự Họ đạo Cao Đài Tân Hưng"],
                "Mã Văn Sang": ["Phó Trưởng ban Cai quản Thánh thất Cao Đài Long Mỹ"],
            },
        },
        id="cao_dai_bodies_hold_the_religion_name",
    ),
    pytest.param(
        "Dự có ông Danh Sà Rết, Phó Chủ tịch Hội Đoàn kết Sư sãi yêu nước tỉnh; Đại đức Lý "
        "Hùng Sol, Trụ trì chùa Kompông Chrây. Thượng tọa Thích Minh Hải - Phó Trụ trì Chùa "
        "Phước Lâm phát biểu.",
        {
            "titles": {
                "Danh Sà Rết": ["Phó Chủ tịch Hội Đoàn kết Sư sãi yêu nước tỉnh"],
                "Lý Hùng Sol": ["Đại đức", "Trụ trì chùa Kompông Chrây"],
                "Thích Minh Hải": ["Thượng tọa", "Phó Trụ trì Chùa Phước Lâm"],
            },
        },
        id="abbots_and_the_khmer_monks_association",
    ),
    pytest.param(
        "Dự có ông Khổng Văn Tú, CT UBMTTQ xã; đồng chí Đèo Thị Thu, UV BTV Tỉnh ủy, Trưởng "
        "BTG&DV Tỉnh ủy và đồng chí Lò Văn Tiến, Phó Trưởng BTGDV Huyện ủy.",
        {
            "titles": {
                "Khổng Văn Tú": ["CT UBMTTQ xã"],
                "Đèo Thị Thu": ["UV BTV Tỉnh ủy", "Trưởng BTG&DV Tỉnh ủy"],
                "Lò Văn Tiến": ["Phó Trưởng BTGDV Huyện ủy"],
            },
        },
        id="abbreviated_chair_and_the_2025_commission",
    ),
    pytest.param(
        "Dự có ông Giàng A Páo, Giám đốc Trung tâm Dịch vụ tổng hợp xã Bắc Hà; bà Hà Thị Mơ, Phó "
        "Giám đốc Trung tâm dịch vụ tổng hợp phường.",
        {
            "titles": {
                "Giàng A Páo": ["Giám đốc Trung tâm Dịch vụ tổng hợp xã Bắc Hà"],
                "Hà Thị Mơ": ["Phó Giám đốc Trung tâm dịch vụ tổng hợp phường"],
            },
        },
        id="commune_service_centre_of_2025",
    ),
    # one position written two ways
    pytest.param(
        "Đồng chí Quan Văn Hợp, Chủ tịch UBMTTQ VN tỉnh dự. Đồng chí Quan Văn Hợp, Chủ tịch "
        "UBMTTQVN tỉnh phát biểu.",
        {"titles": {"Quan Văn Hợp": ["Chủ tịch UBMTTQ VN tỉnh", "Chủ tịch UBMTTQVN tỉnh"]}},
        id="two_abbreviated_spellings_are_two_titles",
    ),
]


@pytest.mark.parametrize(("text", "expected"), TITLES)
def test_titles_of_one_sentence(text: str, expected: dict[str, Any]) -> None:
    check_officials(text, expected)


def test_rank_and_name_with_apostrophe() -> None:
    text = "Thiếu tướng Trần Quang Khải và đồng chí Siu H’Mai - UVBTVHU dự buổi lễ."
    res = run(text)
    assert res["Trần Quang Khải"]["title_texts"] == ["Thiếu tướng"]
    assert res["Siu H’Mai"]["title_texts"] == ["UVBTVHU"]
    assert res["Siu H’Mai"]["titles"][0]["canonical"] == "Ủy viên Ban Thường vụ Huyện ủy"


def test_abbreviation_expansion() -> None:
    assert expand_abbreviations("Phó Chủ tịch UBND huyện") == "Phó Chủ tịch Ủy ban nhân dân huyện"
    assert expand_abbreviations("UBNDX") == "UBNDX"


def test_shared_title_with_comma_list() -> None:
    text = "Dự hội nghị có các đồng chí Phó Chủ tịch UBND tỉnh: Tống Văn Hải, Lạc Thị Thu và Vi Văn Lợi."
    res = run(text)
    for name in ("Tống Văn Hải", "Lạc Thị Thu", "Vi Văn Lợi"):
        assert res[name]["title_texts"] == ["Phó Chủ tịch UBND tỉnh"], name
        assert res[name]["roles"] == ["attend"], name


def test_parenthesized_title_and_academic_prefix() -> None:
    text = "PGS.TS Đoàn Minh Huấn (Giám đốc Học viện Chính trị quốc gia) trình bày tham luận."
    o = run(text)["Đoàn Minh Huấn"]
    assert o["title_texts"][0].startswith("Giám đốc Học viện Chính trị")
    assert o["roles"] == ["report"]


def test_same_title_with_and_without_the_place_before_a_term() -> None:
    text = ("Ông Đinh Văn Khải, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh khóa X phát biểu. "
            "Sau đó, ông Đinh Văn Khải, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Gia Lai khóa X, "
            "cho biết đại hội có 300 đại biểu.")
    o = run(text)["Đinh Văn Khải"]
    assert o["title_texts"] == ["Chủ tịch Ủy ban MTTQ Việt Nam tỉnh khóa X"]
    assert len(o["mentions"]) == 2


def test_different_terms_are_different_titles() -> None:
    text = ("Ông Đinh Văn Khải, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh khóa IX, "
            "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Gia Lai khóa X phát biểu.")
    assert len(run(text)["Đinh Văn Khải"]["title_texts"]) == 2


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Ông Trịnh Quốc Bảo, Chủ tịch Hội đồng thi đua khen thưởng tỉnh Kon Tum phát biểu.",
         "Trịnh Quốc Bảo", "Chủ tịch Hội đồng thi đua khen thưởng tỉnh Kon Tum"),
        ("Bà Lò Thị Mai - Chủ nhiệm Câu lạc bộ Phụ nữ khởi nghiệp huyện Mường Tè, chia sẻ.",
         "Lò Thị Mai", "Chủ nhiệm Câu lạc bộ Phụ nữ khởi nghiệp huyện Mường Tè"),
        ("Ông Vũ Đình Hiếu, Chủ tịch Hội đồng bình chọn “Gương sáng dân vận” trao giải.",
         "Vũ Đình Hiếu", "Chủ tịch Hội đồng bình chọn “Gương sáng dân vận”"),
        ("Anh Hà Văn Lực, Trưởng Nhóm tình nguyện Hoa Sen đến dự.",
         "Hà Văn Lực", "Trưởng Nhóm tình nguyện Hoa Sen"),
        ("Bà Trần Thị Bình – Trưởng phòng Xây dựng chính quyền huyện dự.",
         "Trần Thị Bình", "Trưởng phòng Xây dựng chính quyền huyện"),
        ("Ông Lê Văn An, Trưởng phòng phụ trách công tác dân vận cho biết.",
         "Lê Văn An", "Trưởng phòng"),
        # no capital, level word or quote after the lower-case words: they are not the name
        ("Ông Trịnh Quốc Bảo, Chủ tịch Hội đồng phát biểu bế mạc.",
         "Trịnh Quốc Bảo", "Chủ tịch Hội đồng"),
        ("Bà Lò Thị Mai, Chủ nhiệm Câu lạc bộ cho biết thêm nhiều hoạt động.",
         "Lò Thị Mai", "Chủ nhiệm Câu lạc bộ"),
        # an organ without a name of lower-case words stops at them as before
        ("Đồng chí Nông Văn Tú, Bí thư Huyện ủy trao tặng Bằng khen.",
         "Nông Văn Tú", "Bí thư Huyện ủy"),
    ],
)
def test_organs_named_with_lower_case_words(text: str, name: str, title: str) -> None:
    assert run(text)[name]["title_texts"] == [title]


@pytest.mark.parametrize(
    "text",
    [
        "Ông Trịnh Quốc Bảo, Chủ tịch Hội đồng nhân dân tỉnh trao tặng Bằng khen cho 20 tập thể.",
        "Ông Trịnh Quốc Bảo, Chủ tịch Hội đồng thi đua tỉnh trao tặng Bằng khen cho 20 tập thể.",
        "Ông Trịnh Quốc Bảo, Chủ tịch Hội đồng trao tặng Bằng khen cho 20 tập thể.",
        "Ông Trịnh Quốc Bảo, Chủ tịch Hội đồng tặng quà Tết cho hộ nghèo.",
        "Ông Trịnh Quốc Bảo, Chủ tịch Hội đồng trao quyết định cho ông Lê Văn Hòa.",
    ],
)
def test_verbs_after_a_named_organ_are_not_its_name(text: str) -> None:
    titles = run(text)["Trịnh Quốc Bảo"]["title_texts"]
    assert len(titles) == 1
    assert not any(w in titles[0] for w in ("trao", "tặng", "Bằng", "Tết"))


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Bà Lê Thị Bình, Hiệu trưởng Trường THCS Tân Lập chia sẻ kinh nghiệm.",
         "Hiệu trưởng Trường THCS Tân Lập"),
        ("Bà Lê Thị Bình, Chủ tịch UBND xã Tân Lập trao tặng quà cho các hộ nghèo.",
         "Chủ tịch UBND xã Tân Lập"),
        ("Bà Lê Thị Bình, Giám đốc Sở Lao động - Thương binh và Xã hội phát biểu.",
         "Giám đốc Sở Lao động - Thương binh và Xã hội"),
        ("Bà Lê Thị Bình, Thứ trưởng Bộ Ngoại giao dự hội nghị.", "Thứ trưởng Bộ Ngoại giao"),
    ],
)
def test_a_verb_after_a_capitalized_name_ends_the_title(text: str, title: str) -> None:
    assert run(text)["Lê Thị Bình"]["title_texts"] == [title]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Đồng chí Lê Văn Hùng, Phó Trưởng đoàn chuyên trách Đoàn ĐBQH tỉnh dự.",
         "Phó Trưởng đoàn chuyên trách Đoàn ĐBQH tỉnh"),
        ("Đồng chí Lê Văn Hùng, Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng dự.",
         "Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng"),
        ("Đồng chí Lê Văn Hùng, Phó Chủ tịch tổ chức hội nghị.", "Phó Chủ tịch"),
        ("Đồng chí Lê Văn Hùng, Trưởng Ban Dân vận Tỉnh ủy tổ chức buổi làm việc.",
         "Trưởng Ban Dân vận Tỉnh ủy"),
        ("Đồng chí Lê Văn Hùng, Chủ tịch UBND tỉnh kiểm tra công trình.", "Chủ tịch UBND tỉnh"),
        ("Đồng chí Lê Văn Hùng, Bí thư Chi bộ thôn 3 cho biết.", "Bí thư Chi bộ thôn 3"),
        ("Đồng chí Lê Văn Hùng, Bí thư Chi bộ ấp Tân Hòa dự.", "Bí thư Chi bộ ấp Tân Hòa"),
    ],
)
def test_qualifiers_and_village_words_in_titles(text: str, title: str) -> None:
    assert run(text)["Lê Văn Hùng"]["title_texts"] == [title]


# --- issue 11: title-first mentions (PATTERNS T1, T4) ---------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chánh Thanh tra tỉnh – Đinh Văn Khải và các Phó Chánh Thanh tra tỉnh – Lưu Thị Yến, "
            "Tạ Quang Vinh đồng chủ trì cuộc họp.",
            {"Đinh Văn Khải": ["Chánh Thanh tra tỉnh"],
             "Lưu Thị Yến": ["Phó Chánh Thanh tra tỉnh"],
             "Tạ Quang Vinh": ["Phó Chánh Thanh tra tỉnh"]},
        ),
        (
            "Bí thư Huyện ủy, Chủ tịch HĐND huyện - Cao Minh Tuấn; Phó Chủ tịch UBND huyện - "
            "Hồ Thị Thắm, Đào Văn Lợi và Quách Văn Bình chủ trì hội nghị.",
            {"Cao Minh Tuấn": ["Bí thư Huyện ủy", "Chủ tịch HĐND huyện"],
             "Hồ Thị Thắm": ["Phó Chủ tịch UBND huyện"],
             "Đào Văn Lợi": ["Phó Chủ tịch UBND huyện"],
             "Quách Văn Bình": ["Phó Chủ tịch UBND huyện"]},
        ),
    ],
)
def test_title_dash_name_and_a_title_shared_by_the_names_after_the_dash(
    text: str, expected: dict[str, list[str]]
) -> None:
    res = run(text)
    assert {n: o["title_texts"] for n, o in res.items()} == expected
    assert all(o["roles"] == ["chair"] for o in res.values())


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Cùng dự có Chủ tịch UBND huyện Hà Văn Phúc, Trưởng Công an huyện Lý Minh Tâm, "
         "Giám đốc Trung tâm Y tế huyện Bế Thị Ngân và đại diện các xã.", "attend"),
        ("Bí thư Đảng ủy xã Lương Văn Hậu; Chủ tịch UBND xã Kha Thị Bích; Chỉ huy trưởng "
         "Quân sự xã Nông Đức Mạnh chủ trì buổi gặp mặt.", "chair"),
    ],
)
def test_comma_list_of_title_first_pairs(text: str, role: str) -> None:
    res = run(text)
    assert len(res) == 3
    for o in res.values():
        assert len(o["title_texts"]) == 1
        assert o["roles"] == [role]
    # each title is the one written right before its own name
    for name, o in res.items():
        t = o["titles"][0]
        assert text[t["end"] :].lstrip().startswith(name)


# --- issue 11: dotted abbreviations inside titles (T2) --------------------------------------


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        ("Tới dự có đồng chí Phan Đình Luật, Ủy viên T.Ư Đảng, Trưởng Ban Nội chính Tỉnh ủy.",
         ["Ủy viên T.Ư Đảng", "Trưởng Ban Nội chính Tỉnh ủy"]),
        ("Bà Vương Thị Lan, Phó Chủ tịch UBTƯ MTTQ Việt Nam, Ủy viên T.W Đoàn dự hội nghị.",
         ["Phó Chủ tịch UBTƯ MTTQ Việt Nam", "Ủy viên T.W Đoàn"]),
        ("Đồng chí Mạc Văn Hiếu, Phó Chủ tịch UBND Q. Gò Vấp dự hội nghị.",
         ["Phó Chủ tịch UBND Q. Gò Vấp"]),
        ("Đồng chí Mạc Văn Hiếu, Chủ tịch UBND TP. Cần Thơ dự hội nghị.",
         ["Chủ tịch UBND TP. Cần Thơ"]),
    ],
)
def test_dotted_abbreviations_end_neither_the_sentence_nor_the_title(
    text: str, titles: list[str]
) -> None:
    (o,) = run(text).values()
    assert o["title_texts"] == titles
    assert o["roles"] == ["attend"]


# --- issue 11: title chains that survive an unknown segment (T3) ----------------------------


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        ("Dự có đồng chí Vi Văn Lượng, ĐUV, Trưởng Công an xã.",
         ["ĐUV", "Trưởng Công an xã"]),
        ("Dự có đồng chí Vi Văn Lượng, UV BCH Đảng bộ huyện, Bí thư Đảng ủy xã.",
         ["UV BCH Đảng bộ huyện", "Bí thư Đảng ủy xã"]),
        ("Dự có đồng chí Vi Văn Lượng, Phó Chủ tich Hội Nông dân tỉnh - Giám đốc Sở Nội vụ.",
         ["Phó Chủ tich Hội Nông dân tỉnh", "Giám đốc Sở Nội vụ"]),
        ("Dự có đồng chí Vi Văn Lượng, Bí thư Huyện ủy, XYZ, Chủ tịch HĐND huyện.",
         ["Bí thư Huyện ủy", "XYZ", "Chủ tịch HĐND huyện"]),
    ],
)
def test_an_unknown_segment_keeps_the_chain_and_the_person(text: str, titles: list[str]) -> None:
    o = run(text)["Vi Văn Lượng"]
    assert o["title_texts"] == titles
    assert o["roles"] == ["attend"]


def test_an_unknown_segment_does_not_break_the_list() -> None:
    res = run("Dự có đồng chí Mùa A Sử, QUV, Phó Chủ tịch UBND quận; đồng chí Sùng Thị Mỷ, "
              "Chủ tịch Hội LHPN quận.")
    assert res["Mùa A Sử"]["title_texts"] == ["QUV", "Phó Chủ tịch UBND quận"]
    assert res["Sùng Thị Mỷ"]["roles"] == ["attend"]
    assert res["Mùa A Sử"]["titles"][0]["canonical"] == "Quận ủy viên"


# --- issue 11: title merging (T7, T8), captions across a line (R7), unnamed co-subjects (R6) -


@pytest.mark.parametrize(
    ("first", "second"),
    [("Phó Chủ tịch Ủy ban nhân dân huyện", "Phó Chủ tịch UBND huyện"),
     ("Chủ tịch UBMTTQ VN tỉnh", "Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh")],
)
def test_the_same_position_full_and_abbreviated_is_listed_once(first: str, second: str) -> None:
    o = run(f"Đồng chí Quan Văn Hợp, {first} dự hội nghị.\n\nĐ/c Quan Văn Hợp, {second} "
            "phát biểu.")["Quan Văn Hợp"]
    assert o["title_texts"] == [first]


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        ("Đoàn giám sát của HĐND tỉnh do đồng chí Khổng Văn Tín, Phó Chủ tịch HĐND tỉnh làm "
         "Trưởng đoàn đã làm việc với huyện.", ["Phó Chủ tịch HĐND tỉnh", "Trưởng đoàn"]),
        ("Đoàn đại biểu của huyện do đồng chí Khổng Văn Tín, Bí thư Huyện ủy làm trưởng đoàn.",
         ["Bí thư Huyện ủy", "trưởng đoàn"]),
        ("Đồng chí Khổng Văn Tín, Bí thư Huyện ủy làm việc với xã Yên Hòa.", ["Bí thư Huyện ủy"]),
    ],
)
def test_position_held_by_the_predicate_lam(text: str, titles: list[str]) -> None:
    assert run(text)["Khổng Văn Tín"]["title_texts"] == titles


# --- issue 16 item 8: every parsed field of a title, one family at a time -------------------


def parse(title: str) -> dict[str, Any]:
    text = f"Đồng chí Lưu Văn Định, {title} dự hội nghị."
    (o,) = find_officials(text, split_sentences(text))["officials"]
    (t,) = o["titles"]
    assert text[t["start"] : t["end"]] == title
    return {k: t[k] for k in ("position", "organization", "level", "canonical")}


@pytest.mark.parametrize(
    ("title", "position", "organization", "level"),
    [
        # central commissions of the Party: the head holds the organ's first word
        ("Trưởng Ban Dân vận Trung ương", "Trưởng Ban", "Ban Dân vận Trung ương", "trung ương"),
        ("Chánh Văn phòng Ban Dân vận Trung ương", "Chánh Văn phòng", "Ban Dân vận Trung ương",
         "trung ương"),
        ("Phó Trưởng Ban Tuyên giáo Tỉnh ủy", "Phó Trưởng Ban", "Ban Tuyên giáo Tỉnh ủy", "tỉnh"),
        # Party committees and their standing bodies
        ("Bí thư Huyện ủy", "Bí thư", "Huyện ủy", "huyện"),
        ("Thường trực Ban Bí thư", "Thường trực Ban Bí thư", "Ban Bí thư", "trung ương"),
        ("Ủy viên Bộ Chính trị", "Ủy viên", "Bộ Chính trị", "trung ương"),
        ("Ủy viên BCH Trung ương Đảng", "Ủy viên", "BCH Trung ương Đảng", "trung ương"),
        ("Bí thư Đảng ủy xã", "Bí thư", "Đảng ủy xã", "xã"),
        # members named by an abbreviation: organ and level from the expanded form
        ("TUV", "TUV", "Tỉnh ủy", "tỉnh"),
        ("HUV", "HUV", "Huyện ủy", "huyện"),
        ("Tỉnh ủy viên", "Tỉnh ủy viên", "Tỉnh ủy", "tỉnh"),
        # the State
        ("Chủ tịch UBND tỉnh", "Chủ tịch", "UBND tỉnh", "tỉnh"),
        ("Phó Chủ tịch HĐND huyện", "Phó Chủ tịch", "HĐND huyện", "huyện"),
        ("Bộ trưởng Bộ Nội vụ", "Bộ trưởng", "Bộ Nội vụ", "trung ương"),
        ("Giám đốc Sở Nội vụ", "Giám đốc", "Sở Nội vụ", None),
        ("Trưởng đoàn ĐBQH tỉnh", "Trưởng đoàn", "đoàn ĐBQH tỉnh", "tỉnh"),
        # the Front and mass organisations
        ("Chủ tịch Ủy ban MTTQ Việt Nam huyện", "Chủ tịch", "Ủy ban MTTQ Việt Nam huyện", "huyện"),
        ("Chủ tịch UBMTTQ tỉnh", "Chủ tịch", "UBMTTQ tỉnh", "tỉnh"),
        ("Chủ tịch Hội Nông dân xã", "Chủ tịch", "Hội Nông dân xã", "xã"),
        ("Chủ tịch LĐLĐ tỉnh", "Chủ tịch", "LĐLĐ tỉnh", "tỉnh"),
        # army and police
        ("Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh", "Chỉ huy trưởng", "Bộ Chỉ huy Quân sự tỉnh",
         "tỉnh"),
        ("Trưởng Công an xã", "Trưởng Công an", "Công an xã", "xã"),
    ],
)
def test_title_fields_per_position_family(
    title: str, position: str, organization: str, level: str | None
) -> None:
    t = parse(title)
    assert (t["position"], t["organization"], t["level"]) == (position, organization, level)


def test_the_term_is_no_part_of_the_organization() -> None:
    t = parse("Chủ tịch Ủy ban MTTQ tỉnh Bình Phước khóa X")
    assert t["organization"] == "Ủy ban MTTQ tỉnh Bình Phước"
    assert t["canonical"] == "Chủ tịch Ủy ban Mặt trận Tổ quốc tỉnh Bình Phước khóa X"


def test_a_lower_case_organ_word_in_an_expansion_is_no_organ() -> None:
    assert parse("Giám đốc Sở Nội vụ")["level"] is None  # "vụ" is no "Vụ"


# --- issue 11: quoted campaign names inside titles (T6) -------------------------------------


@pytest.mark.parametrize(
    "title",
    ["Trưởng Ban Chỉ đạo phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” của huyện",
     "Trưởng Ban Chỉ đạo Phong trào thi đua “Dân vận khéo” của tỉnh",
     "Phó Trưởng Ban Chỉ đạo cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam” của xã"],
)
@pytest.mark.parametrize("after", [" dự hội nghị.", "; đồng chí Lê Thị Na, Bí thư Huyện ủy dự."])
def test_a_quoted_campaign_name_and_its_level_stay_in_the_title(title: str, after: str) -> None:
    res = run(f"Đồng chí Bàn Văn Chuyên, Phó Chủ tịch UBND huyện, {title}{after}")
    assert res["Bàn Văn Chuyên"]["title_texts"] == ["Phó Chủ tịch UBND huyện", title]
    assert res["Bàn Văn Chuyên"]["roles"] == ["attend"]


# --- issue 11 item 1: titles shared by a list, positions after "giữ chức" -------------------


@pytest.mark.parametrize(
    ("text", "title", "names"),
    [
        ("Các Phó Thủ tướng Lê Minh Khải, Trần Lưu Quý, Trần Hồng Phúc dự hội nghị.",
         "Phó Thủ tướng", ["Lê Minh Khải", "Trần Lưu Quý", "Trần Hồng Phúc"]),
        ("Cùng dự có các Phó Chủ tịch UBND huyện Võ Văn Tư và Lâm Thị Bé.",
         "Phó Chủ tịch UBND huyện", ["Võ Văn Tư", "Lâm Thị Bé"]),
        ("Dự có các đồng chí Phó Chủ tịch UBND tỉnh Lê Văn Ân, Trần Văn Bổn.",
         "Phó Chủ tịch UBND tỉnh", ["Lê Văn Ân", "Trần Văn Bổn"]),
        ("Các Phó Chủ tịch Hội gồm các ông: Tạ Văn An; Lý Văn Bình; Hồ Văn Cư.",
         "Phó Chủ tịch Hội", ["Tạ Văn An", "Lý Văn Bình", "Hồ Văn Cư"]),
        ("Các Ủy viên Ban Thường vụ Huyện ủy gồm: Tạ Văn An, Lý Văn Bình.",
         "Ủy viên Ban Thường vụ Huyện ủy", ["Tạ Văn An", "Lý Văn Bình"]),
    ],
)
def test_a_plural_title_is_shared_by_the_names_of_its_list(
    text: str, title: str, names: list[str]
) -> None:
    res = run(text)
    assert sorted(res) == sorted(names)
    assert all(o["title_texts"] == [title] for o in res.values())


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        ("Hội nghị đã bầu ông Thái Văn Tư giữ chức Chủ tịch Ủy ban MTTQ huyện.",
         ["Chủ tịch Ủy ban MTTQ huyện"]),
        ("Ông Thái Văn Tư được bầu giữ chức vụ Phó Chủ tịch Hội Nông dân tỉnh khóa X.",
         ["Phó Chủ tịch Hội Nông dân tỉnh"]),
        ("Đồng chí Thái Văn Tư, Phó Bí thư Huyện ủy được hiệp thương cử giữ chức danh Chủ tịch "
         "HĐND huyện.", ["Phó Bí thư Huyện ủy", "Chủ tịch HĐND huyện"]),
        ("Đồng chí Thái Văn Tư, Bí thư Huyện ủy giữ vững vai trò của mình.", ["Bí thư Huyện ủy"]),
    ],
)
def test_the_position_after_giu_chuc(text: str, titles: list[str]) -> None:
    assert run(text)["Thái Văn Tư"]["title_texts"] == titles


@pytest.mark.parametrize("sep", [" - ông", " – bà", ", đồng chí"])
def test_title_dash_trigger_name(sep: str) -> None:
    o = run(f"Giám đốc Sở Tài nguyên và Môi trường{sep} Kha Văn Toàn phát biểu.")["Kha Văn Toàn"]
    assert o["title_texts"] == ["Giám đốc Sở Tài nguyên và Môi trường"]
    assert o["roles"] == ["speak"]


@pytest.mark.parametrize(
    "segment", ["Trưởngb an Tuyên giáo Tỉnh ủy", "Phó Chủ tich UBND huyện", "PCT UBND xã"],
)
def test_a_misspelt_title_of_a_list_item_keeps_the_person(segment: str) -> None:
    res = run(f"Dự có các đồng chí: Tống Thị Nguyệt, Phó Chủ tịch UBND tỉnh; Lò Quang Dực, {segment}; "
              "lãnh đạo các sở, ngành.")
    assert res["Lò Quang Dực"]["title_texts"] == [segment]
    assert res["Lò Quang Dực"]["roles"] == ["attend"]


def test_a_list_item_without_an_organ_gets_no_title() -> None:
    res = run("Dự có các đồng chí: Tống Thị Nguyệt, Phó Chủ tịch UBND tỉnh; Lò Quang Dực, cán bộ hưu "
              "trí; lãnh đạo các sở.")
    assert "Lò Quang Dực" not in res or res["Lò Quang Dực"]["title_texts"] == []


def test_a_known_abbreviation_alone_is_the_title_of_a_list_item() -> None:
    res = run("Dự có các đồng chí: Sùng Thị Mỷ, Phó Chủ tịch UBND xã; Mùa A Páo, ĐUV; Hờ A Sử, QUV.")
    assert res["Mùa A Páo"]["title_texts"] == ["ĐUV"]
    assert res["Mùa A Páo"]["titles"][0]["canonical"] == "Đảng ủy viên"


@pytest.mark.parametrize(
    "title",
    ["Bí thư Ban cán sự đảng UBND tỉnh", "Chủ nhiệm Ủy ban Văn hóa, Giáo dục của Quốc hội",
     "Trưởng Ban Dân tộc - Tôn giáo tỉnh", "Bí thư Đảng đoàn MTTQ tỉnh",
     "Phó Chủ nhiệm Ủy ban Văn hóa và Giáo dục của Quốc hội"],
)
def test_organ_names_with_lower_case_words_and_commas_stay_whole(title: str) -> None:
    res = run(f"Dự có đồng chí Cấn Văn An, {title}, Ủy viên Ban Thường vụ Tỉnh ủy; đồng chí Lò "
              "Văn Bình, Bí thư Huyện ủy.")
    assert res["Cấn Văn An"]["title_texts"] == [title, "Ủy viên Ban Thường vụ Tỉnh ủy"]
    assert res["Lò Văn Bình"]["title_texts"] == ["Bí thư Huyện ủy"]


def test_a_newly_elected_title_after_the_name() -> None:
    res = run("Bí thư Tỉnh ủy Lê Văn Ân tặng hoa chúc mừng đồng chí Mạc Văn Bình, tân Chủ tịch UBND "
              "tỉnh.")
    assert res["Mạc Văn Bình"]["title_texts"] == ["Chủ tịch UBND tỉnh"]
    assert res["Mạc Văn Bình"]["roles"] == [] and res["Lê Văn Ân"]["roles"] == ["attend"]


@pytest.mark.parametrize("text", ["Đồng chí Mạc Văn Bình,", "Đồng chí Mạc Văn Bình, tân", "A, ĐUV"])
def test_a_chain_cut_by_the_end_of_the_text(text: str) -> None:
    find_officials(text, split_sentences(text))  # no IndexError


@pytest.mark.parametrize(
    "text",
    ["Đồng chí Đàm Văn An, Phó Bí thư Huyện ủy kiêm Trưởng Ban Dân vận Huyện ủy phát biểu.",
     "Phó Bí thư Huyện ủy kiêm Trưởng Ban Dân vận Huyện ủy Đàm Văn An phát biểu."],
)
def test_kiem_joins_two_titles(text: str) -> None:
    o = run(text)["Đàm Văn An"]
    assert o["title_texts"] == ["Phó Bí thư Huyện ủy", "Trưởng Ban Dân vận Huyện ủy"]
    assert o["roles"] == ["speak"]


# --- families found by the blind officials probe (fixtures/probe/officials-*.json) --------


@pytest.mark.parametrize(
    ("text", "name", "rank"),
    [
        ("Dự lễ có Thượng tọa Thích Minh Quang, Phó Trưởng ban Trị sự GHPGVN thành phố.",
         "Thích Minh Quang", "Thượng tọa"),
        ("Cùng dự có Hòa thượng Thích Thanh Tịnh, Trưởng ban Trị sự tỉnh.",
         "Thích Thanh Tịnh", "Hòa thượng"),
        ("Đến thăm có Linh mục Đinh Văn Thuận, Ủy viên Ủy ban MTTQ Việt Nam xã.",
         "Đinh Văn Thuận", "Linh mục"),
        ("Mục sư Hờ A Lềnh, Ủy viên Ủy ban MTTQ Việt Nam tỉnh phát biểu tại buổi gặp mặt.",
         "Hờ A Lềnh", "Mục sư"),
    ],
)
def test_clergy_rank_is_a_title_like_an_army_rank(text: str, name: str, rank: str) -> None:
    o = run(text)[name]
    assert o["title_texts"][0] == rank
    assert len(o["title_texts"]) == 2


def test_shared_title_list_of_bare_names_ends_at_the_semicolon() -> None:
    text = ("Dự hội nghị có các Phó Giám đốc Sở Tư pháp: Mạc Thị Hồng, Cao Văn Lộc; Phó Chánh án "
            "TAND tỉnh Ninh Văn Khải; Trưởng Công an phường - Đàm Quốc Bảo.")
    res = run(text)
    assert res["Mạc Thị Hồng"]["title_texts"] == ["Phó Giám đốc Sở Tư pháp"]
    assert res["Cao Văn Lộc"]["title_texts"] == ["Phó Giám đốc Sở Tư pháp"]
    assert res["Ninh Văn Khải"]["title_texts"] == ["Phó Chánh án TAND tỉnh"]
    assert res["Đàm Quốc Bảo"]["title_texts"] == ["Trưởng Công an phường"]
    # bare names joined by semicolons all along stay members
    text = "Có các Phó Chủ tịch HĐND huyện gồm các ông: Vi Văn Tâm; Lục Văn Hào và Bế Thị Nga."
    res = run(text)
    assert all(res[n]["title_texts"] == ["Phó Chủ tịch HĐND huyện"]
               for n in ("Vi Văn Tâm", "Lục Văn Hào", "Bế Thị Nga"))


def test_supreme_and_superior_courts_abbreviated() -> None:
    text = ("Dự có Thẩm phán TAND cấp cao Lê Văn Tám và Phó Viện trưởng Viện KSND tối cao Đỗ Hữu "
            "Lợi; Chánh án TAND tối cao Hoàng Minh Chiến.")
    res = run(text)
    assert res["Lê Văn Tám"]["title_texts"] == ["Thẩm phán TAND cấp cao"]
    assert res["Đỗ Hữu Lợi"]["title_texts"] == ["Phó Viện trưởng Viện KSND tối cao"]
    assert res["Hoàng Minh Chiến"]["titles"][0]["level"] == "trung ương"


def test_organ_names_with_a_comma_or_dash() -> None:
    text = ("Tham dự có ông Siu Blơh, Phó Chủ tịch UBND tỉnh và bà Nay H'Lan, Giám đốc Sở Văn hóa, "
            "Thể thao và Du lịch; đồng chí Lò Thị Sen - Trưởng phòng Văn hóa - Xã hội xã.")
    res = run(text)
    assert res["Nay H'Lan"]["title_texts"] == ["Giám đốc Sở Văn hóa, Thể thao và Du lịch"]
    assert res["Lò Thị Sen"]["title_texts"] == ["Trưởng phòng Văn hóa - Xã hội xã"]
    text = "Phó Giám đốc Sở Lao động – Thương binh và Xã hội Ngô Quang Vinh phát biểu."
    assert run(text)["Ngô Quang Vinh"]["title_texts"] == [
        "Phó Giám đốc Sở Lao động – Thương binh và Xã hội"]


def test_rank_after_va_opens_the_next_person() -> None:
    text = ("Cùng dự có Thượng tá Mã Văn Tiến, Chính ủy Bộ CHQS tỉnh và Trung tá Lê Quang Bảo, "
            "Phó Trưởng Công an tỉnh.")
    res = run(text)
    assert res["Mã Văn Tiến"]["title_texts"] == ["Thượng tá", "Chính ủy Bộ CHQS tỉnh"]
    assert res["Lê Quang Bảo"]["title_texts"] == ["Trung tá", "Phó Trưởng Công an tỉnh"]
    text = "Dự có đồng chí Cao Văn Đạt, Phó Bí thư Huyện ủy và Chủ tịch UBND xã Phan Thị Hoa."
    res = run(text)
    assert res["Cao Văn Đạt"]["title_texts"] == ["Phó Bí thư Huyện ủy"]
    assert res["Phan Thị Hoa"]["title_texts"] == ["Chủ tịch UBND xã"]
    # one person's two posts joined by "và" stay together
    text = "Đồng chí Vi Thị Hằng, Phó Bí thư Đảng ủy và Chủ tịch HĐND xã phát biểu."
    assert run(text)["Vi Thị Hằng"]["title_texts"] == ["Phó Bí thư Đảng ủy", "Chủ tịch HĐND xã"]


def test_social_policy_bodies_hold_xa_hoi_and_branches() -> None:
    text = ("Dự có bà Rơ Lan H'Mai, Giám đốc Bảo hiểm xã hội tỉnh; ông Kiều Văn Thịnh, Phó Giám đốc "
            "Ngân hàng Chính sách xã hội chi nhánh tỉnh và ông Lạc Minh Đăng, Giám đốc BHXH "
            "cơ sở.")
    res = run(text)
    assert res["Rơ Lan H'Mai"]["title_texts"] == ["Giám đốc Bảo hiểm xã hội tỉnh"]
    assert res["Kiều Văn Thịnh"]["title_texts"] == [
        "Phó Giám đốc Ngân hàng Chính sách xã hội chi nhánh tỉnh"]
    # "chi" alone (a verb) does not continue a title
    o = run("Ông Doãn Văn Hào, Giám đốc Sở Tài chính chi tiết hóa kế hoạch vốn.")["Doãn Văn Hào"]
    assert o["title_texts"] == ["Giám đốc Sở Tài chính"]


def test_aside_in_parentheses_between_name_and_title() -> None:
    text = "Ông Rơ Mah Khiêm (bìa phải), Phó Chủ tịch UBND tỉnh trao Bằng khen cho các tập thể."
    assert run(text)["Rơ Mah Khiêm"]["title_texts"] == ["Phó Chủ tịch UBND tỉnh"]
    text = "Đồng chí Lục Thị Mến (thứ 3 từ trái sang) - Trưởng Ban Dân vận Huyện ủy tặng hoa."
    o = run(text)["Lục Thị Mến"]
    assert o["title_texts"] == ["Trưởng Ban Dân vận Huyện ủy"] and o["roles"] == ["attend"]
    text = "Ông Sa Văn Tình (67 tuổi), Bí thư Chi bộ bản Hua Pù chia sẻ."
    assert run(text)["Sa Văn Tình"]["title_texts"] == ["Bí thư Chi bộ bản Hua Pù"]


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Ông Chang A Dơ tái cử Phó Chủ tịch Ủy ban MTTQ Việt Nam xã.", "Chang A Dơ",
         "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
        ("Bà Lù Thị Dung được tái cử Phó Chủ tịch Hội LHPN huyện.", "Lù Thị Dung",
         "Phó Chủ tịch Hội LHPN huyện"),
        ("Ông Mạc Văn Tính được bầu Chủ tịch Hội Nông dân xã khóa X.", "Mạc Văn Tính",
         "Chủ tịch Hội Nông dân xã"),
    ],
)
def test_elected_to_a_position(text: str, name: str, title: str) -> None:
    assert run(text)[name]["title_texts"] == [title]


@pytest.mark.parametrize(
    "text, name, titles",
    [
        ("Thừa ủy quyền của Chủ tịch nước, Trung tướng Vương Đình Huấn trao Huân chương Lao động.",
         "Vương Đình Huấn", ["Trung tướng"]),
        ("Thay mặt Chủ tịch UBND tỉnh, đồng chí Lục Thị Mai trao Bằng khen cho 12 tập thể.",
         "Lục Thị Mai", []),
        ("Thừa uỷ quyền Thủ tướng Chính phủ, Bộ trưởng Bộ Nội vụ Phạm Văn Khôi trao Huân chương.",
         "Phạm Văn Khôi", ["Bộ trưởng Bộ Nội vụ"]),
    ],
)
def test_the_principal_on_whose_behalf_is_not_the_actors_title(
    text: str, name: str, titles: list[str]
) -> None:
    res = run(text)
    assert res[name]["title_texts"] == titles and res[name]["roles"] == ["attend"]


def test_presidium_of_the_front_is_an_organ() -> None:
    text = ("Đồng chí Giàng A Tông, Ủy viên Đoàn Chủ tịch UBTƯ MTTQ Việt Nam, Chủ tịch Ủy ban MTTQ "
            "Việt Nam tỉnh dự. Bà Lý Thị Hoa - Ủy viên Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ "
            "quốc Việt Nam phát biểu.")
    res = run(text)
    assert res["Giàng A Tông"]["title_texts"] == [
        "Ủy viên Đoàn Chủ tịch UBTƯ MTTQ Việt Nam", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"]
    assert res["Lý Thị Hoa"]["title_texts"] == [
        "Ủy viên Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"]
    # a congress's presidium gives its members no title "Chủ tịch Đại hội"
    res = run("Đoàn Chủ tịch Đại hội gồm các đồng chí: Tòng Văn Pấng, Lường Thị Ỏn.")
    assert res["Tòng Văn Pấng"]["title_texts"] == [] and res["Lường Thị Ỏn"]["title_texts"] == []


@pytest.mark.parametrize(
    "text, name, title",
    [
        ("Đại úy Lò Thị Hương, Phó Đội trưởng Đội Cảnh sát giao thông Công an xã Mường Nhé dự.",
         "Lò Thị Hương", "Phó Đội trưởng Đội Cảnh sát giao thông Công an xã Mường Nhé"),
        ("Trung tá Vi Văn Sơn, Phó Trưởng phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ "
         "Công an tỉnh phát biểu.", "Vi Văn Sơn",
         "Phó Trưởng phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an tỉnh"),
        ("Dự có ông Trần Văn Hòa, Chủ nhiệm Đoàn Luật sư tỉnh.", "Trần Văn Hòa",
         "Chủ nhiệm Đoàn Luật sư tỉnh"),
    ],
)
def test_police_units_and_the_bar_named_in_lower_case(text: str, name: str, title: str) -> None:
    assert title in run(text)[name]["title_texts"]


# --- T5: staff posts, Front blocs and sub-committees ---------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Dự có đồng chí Lâm Văn Út, chuyên viên Văn phòng Tỉnh ủy.", "Lâm Văn Út",
         "chuyên viên Văn phòng Tỉnh ủy"),
        ("Dự có đồng chí Phan Văn Bé, Tổng Thư ký Hội Luật gia tỉnh.", "Phan Văn Bé",
         "Tổng Thư ký Hội Luật gia tỉnh"),
        ("Dự có đồng chí Vi Văn Cường, Trưởng Tiểu ban Văn kiện.", "Vi Văn Cường",
         "Trưởng Tiểu ban Văn kiện"),
        ("Dự có đồng chí Tạ Văn Lộc, Phó Trưởng Khối MTTQ và các đoàn thể chính trị - xã hội "
         "huyện.", "Tạ Văn Lộc", "Phó Trưởng Khối MTTQ và các đoàn thể chính trị - xã hội huyện"),
        ("Thượng tá Lê Quang Hòa, Chính ủy Bộ CHQS tỉnh phát biểu.", "Lê Quang Hòa",
         "Chính ủy Bộ CHQS tỉnh"),
        ("Đồng chí Hà Văn Sơn, Đồn trưởng Đồn Biên phòng Mường Lát dự.", "Hà Văn Sơn",
         "Đồn trưởng Đồn Biên phòng Mường Lát"),
        ("Đồng chí Đào Thị Vân, Viện trưởng Viện kiểm sát nhân dân tỉnh dự.", "Đào Thị Vân",
         "Viện trưởng Viện kiểm sát nhân dân tỉnh"),
    ],
)
def test_lexicon_titles(text: str, name: str, title: str) -> None:
    res = run(text)
    assert name in res, res.keys()
    assert title in res[name]["title_texts"]
