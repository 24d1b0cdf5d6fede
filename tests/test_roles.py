"""Roles at the event (danvan_nlp.roles): the verbs after a mention and the clause that
introduces it (SCHEMA v2 R1–R7) — on sentences written for these tests."""

from typing import Any

import pytest

from conftest import check_officials
from conftest import officials_by_name as run

# one-off sentences, by pattern family: the names found (``names``), the title texts
# (``titles``) and roles (``roles``) of the names given
ROLES = [
    # lists: the list's verb is every member's
    pytest.param(
        "Các đồng chí: Lưu Quang Huy, Phó Bí thư Thành ủy; Tạ Thu Hằng, Ủy viên Ban Thường "
        "vụ Thành ủy, Trưởng Ban Dân vận Thành ủy, chủ trì hội nghị.",
        {"roles": {"Lưu Quang Huy": ["chair"], "Tạ Thu Hằng": ["chair"]}},
        id="verb_after_the_last_member_belongs_to_all",
    ),
    # a bullet after a line that opens no list takes nothing from it
    pytest.param(
        "Chủ trì hội nghị gồm có:\n- Đồng chí Vàng A Chu, Bí thư Đảng ủy xã;\n"
        "- Đồng chí Lương Thị Hiên, Chủ tịch UBND xã.\nCác đại biểu thảo luận sôi nổi.\n"
        "- Ông Hạng A Dơ, Trưởng bản Pá Hu chia sẻ kinh nghiệm.",
        {"roles": {"Vàng A Chu": ["chair"], "Lương Thị Hiên": ["chair"], "Hạng A Dơ": ["speak"]}},
        id="bulleted_list_takes_the_verb_of_its_opening_line",
    ),
    pytest.param(
        "Đồng chí Chu Văn Kim, Bí thư Tỉnh ủy phát biểu; lãnh đạo các sở đã đến dự.",
        {"roles": {"Chu Văn Kim": ["speak"]}},
        id="a_group_after_a_verb_takes_nothing_from_the_speaker",
    ),
    # the verb's reach after the mention
    pytest.param(
        "Ông Quách Văn Tài - Phó Chủ tịch MTTQVN xã đã trình bày báo cáo tổng kết.",
        {"roles": {"Quách Văn Tài": ["report"]}},
        id="report_role_and_adverb",
    ),
    pytest.param(
        "Đồng chí Tạ Văn Hà, Phó Tổng Giám đốc Tổng Công ty Đầu tư Phát triển Hạ tầng Khu Công "
        "nghiệp Miền Trung Việt Nam phát biểu chỉ đạo.",
        {"roles": {"Tạ Văn Hà": ["direct", "speak"]}},
        id="a_long_unknown_organ_name_keeps_the_verb_in_reach",
    ),
    pytest.param(
        "Ông Khúc Văn Tiến - Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh "
        "và các ông, bà là Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị.",
        {"roles": {"Khúc Văn Tiến": ["chair"]}},
        id="an_unnamed_co_subject_with_a_long_title",
    ),
    pytest.param(
        "Đồng chí Âu Văn Lực, Bí thư Tỉnh ủy dự, chỉ đạo và phát biểu tại hội nghị.",
        {"roles": {"Âu Văn Lực": ["attend", "direct", "speak"]}},
        id="directing_does_not_end_the_search_for_the_speakers_other_roles",
    ),
    pytest.param(
        "Chị Kiều Thị Mai, Chủ nhiệm Câu lạc bộ Phụ nữ khởi nghiệp tỉnh giao lưu, chia sẻ tại "
        "buổi lễ.",
        {"roles": {"Kiều Thị Mai": ["speak"]}},
        id="a_series_of_verbs_keeps_the_subject",
    ),
    # speech
    pytest.param(
        "Đồng chí Ninh Văn Lợi, Bí thư Huyện ủy đã có bài phát biểu quan trọng tại hội nghị.",
        {"roles": {"Ninh Văn Lợi": ["speak"]}},
        id="giving_a_speech_is_speaking",
    ),
    pytest.param(
        "Đồng chí Thạch Văn Sang, Trưởng đoàn cho biết, đoàn đại biểu của tỉnh tham dự Đại hội "
        "toàn quốc gồm 18 đại biểu.",
        {"roles": {"Thạch Văn Sang": ["report"]}},
        id="what_a_reporter_says_gives_him_no_role",
    ),
    # no role: an addressee, a passive, another clause, hosts
    pytest.param(
        "Đồng chí Vũ Đức Long, Bí thư Tỉnh ủy phát biểu. Hội nghị đề nghị đồng chí Hà Thị "
        "Nhung, Giám đốc Sở Tài chính tiếp tục theo dõi.",
        {"roles": {"Hà Thị Nhung": []}},
        id="the_addressee_of_a_request_does_not_speak",
    ),
    pytest.param(
        "Hội nghị hiệp thương cử ông Lã Văn Bình, Phó Giám đốc Sở Xây dựng giữ chức Phó "
        "Chủ tịch Ủy ban MTTQ tỉnh, đồng thời đề nghị ông phát huy kinh nghiệm.",
        {"roles": {"Lã Văn Bình": []}},
        id="a_passive_clause_is_no_speech_of_the_person",
    ),
    pytest.param(
        "Hội nghị cử đồng chí Kiều Văn Bình, Phó Giám đốc Sở Y tế làm Ủy viên, đồng thời đề "
        "nghị các thành viên phối hợp.",
        {"roles": {"Kiều Văn Bình": []}},
        id="a_new_clause_after_a_comma_has_its_own_subject",
    ),
    pytest.param(
        "Đồng chí Tô Minh Quân, Chủ tịch UBND tỉnh được Thủ tướng tặng Bằng khen.",
        {"roles": {"Tô Minh Quân": []}},
        id="a_passive_act_gives_no_presence",
    ),
    pytest.param(
        "Tiếp đoàn, về phía tỉnh có đồng chí Vi Văn Khuê, Phó Chủ tịch UBND tỉnh.",
        {"roles": {"Vi Văn Khuê": []}},
        id="ve_phia_after_a_host_verb_gives_no_role",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROLES)
def test_roles_of_one_sentence(text: str, expected: dict[str, Any]) -> None:
    check_officials(text, expected)


def test_a_directive_ends_the_search_for_the_speakers_role() -> None:
    # the request is reported speech (SCHEMA v2, convention 1); the "báo cáo" inside it is
    # the addressees' task, no role of the speaker
    text = "Đồng chí Hoàng Văn Nam, Bí thư Huyện ủy yêu cầu các xã hoàn thành báo cáo trước ngày 15/12."
    assert run(text)["Hoàng Văn Nam"]["roles"] == ["speak"]
    text = "Đồng chí Hoàng Văn Nam, Bí thư Huyện ủy phát biểu chỉ đạo hội nghị."
    assert run(text)["Hoàng Văn Nam"]["roles"] == ["direct", "speak"]


# --- issue 11: roles by SCHEMA v2 (R1–R5; conventions 1, 2, 8) ------------------------------


@pytest.mark.parametrize(
    "verb",
    ["nói chuyện thân mật với cán bộ xã", "nhấn mạnh: các chi bộ cần sát dân hơn",
     "đề nghị: Hội Cựu chiến binh tiếp tục phát huy truyền thống",
     "gửi lời chúc mừng tới các nữ cán bộ", "ôn lại truyền thống vẻ vang của ngành",
     "hoan nghênh những cố gắng của Hội", "biểu dương các tập thể tiêu biểu",
     "tiếp thu ý kiến của các đại biểu", "trả lời các kiến nghị của cử tri"],
)
def test_reported_speech_gives_speak(verb: str) -> None:
    o = run(f"Tại buổi gặp mặt, đồng chí Kiều Văn Thành, Phó Bí thư Huyện ủy {verb}.")
    assert o["Kiều Văn Thành"]["roles"] == ["speak"]


@pytest.mark.parametrize(
    "verb",
    ["đến thăm, chúc Tết gia đình chính sách", "dẫn đầu đoàn công tác của tỉnh",
     "tặng hoa chúc mừng Hội Phụ nữ huyện", "trao Quyết định công nhận xã đạt chuẩn",
     "trao Bằng khen cho các tập thể", "cắt băng khánh thành nhà văn hóa",
     "tặng Giấy khen cho 5 tập thể", "bấm nút khởi công công trình", "dâng hương tại Đền"],
)
def test_presence_by_an_act_gives_attend(verb: str) -> None:
    o = run(f"Đồng chí Tô Minh Quân, Chủ tịch UBND tỉnh {verb}.")
    assert o["Tô Minh Quân"]["roles"] == ["attend"]


@pytest.mark.parametrize(
    "opener",
    ["Tham gia đoàn có", "Tham gia có", "Buổi lễ có sự hiện diện của"],
)
def test_participation_openers_give_attend(opener: str) -> None:
    res = run(f"{opener} Phó Chủ tịch UBND tỉnh Đặng Văn Mạnh, Giám đốc Sở Y tế Triệu Thị Loan.")
    assert res["Đặng Văn Mạnh"]["roles"] == ["attend"]
    assert res["Triệu Thị Loan"]["roles"] == ["attend"]


@pytest.mark.parametrize("opener", ["Đón tiếp đoàn có", "Tiếp và làm việc với đoàn có",
                                    "Tiếp đón đoàn công tác, huyện có"])
def test_hosts_get_no_role(opener: str) -> None:
    res = run(f"{opener} các đồng chí: Lục Văn Tư, Chủ tịch UBND huyện; Mông Thị Vân, "
              "Phó Chủ tịch HĐND huyện.")
    assert res["Lục Văn Tư"]["roles"] == [] and res["Mông Thị Vân"]["roles"] == []


@pytest.mark.parametrize(
    "tail",
    ["chủ trì buổi tiễn đoàn vận động viên lên đường tham dự Đại hội Thể thao toàn quốc",
     "chủ trì buổi gặp mặt đoàn đại biểu sẽ tham dự Đại hội Hội Nông dân Việt Nam",
     "chủ trì buổi gặp mặt các đại biểu trước ngày tham dự Đại hội toàn quốc"],
)
def test_the_attend_verb_of_another_event_gives_no_role(tail: str) -> None:
    o = run(f"Phó Chủ tịch UBND tỉnh Tăng Văn Hòa {tail}.")
    assert o["Tăng Văn Hòa"]["roles"] == ["chair"]


@pytest.mark.parametrize(
    "text",
    ["Đồng chí Ninh Văn Lợi truyền đạt bài phát biểu của đồng chí Thủ tướng Chính phủ.",
     "Đồng chí Ninh Văn Lợi thông báo nội dung lời phát biểu của Tổng Bí thư tại Đại hội."],
)
def test_a_speech_noun_is_no_speech_of_the_presenter(text: str) -> None:
    assert run(text)["Ninh Văn Lợi"]["roles"] == ["report"]


@pytest.mark.parametrize("noun", ["với yêu cầu", "theo đề nghị của Sở"])
def test_request_nouns_give_no_speak(noun: str) -> None:
    o = run(f"Đồng chí Đoàn Văn Hậu, Phó Giám đốc Sở Nội vụ cho biết, {noun} đổi mới, ngành đã "
            "cải tiến thủ tục.")
    assert o["Đoàn Văn Hậu"]["roles"] == ["report"]


# --- issue 11: title merging (T7, T8), captions across a line (R7), unnamed co-subjects (R6) -


@pytest.mark.parametrize("sep", ["\n", ",\n"])
def test_a_caption_broken_across_a_line_keeps_its_verb(sep: str) -> None:
    text = (f"Đồng chí Mai Thế Hùng, Ủy viên Ban Thường vụ Tỉnh ủy,\nBí thư Huyện ủy phát biểu "
            f"chỉ đạo tại buổi làm việc{sep.strip(chr(10))}")
    o = run(text)["Mai Thế Hùng"]
    assert o["title_texts"] == ["Ủy viên Ban Thường vụ Tỉnh ủy", "Bí thư Huyện ủy"]
    assert o["roles"] == ["direct", "speak"]


@pytest.mark.parametrize(
    "co", ["và các ông, bà Phó Chủ tịch Hội", "và các đồng chí Phó Chủ tịch UBND huyện",
           "và bà Phó Trưởng ban"],
)
def test_an_unnamed_co_subject_keeps_the_verb_for_the_named_one(co: str) -> None:
    o = run(f"Ông Tôn Thất Vinh - Chủ tịch Hội Nông dân tỉnh {co} chủ trì hội nghị.")
    assert o["Tôn Thất Vinh"]["roles"] == ["chair"]


# --- issue 11 item 1: titles shared by a list, positions after "giữ chức" -------------------


@pytest.mark.parametrize(
    "tail", ["lãnh đạo các ban, ngành, đoàn thể của tỉnh đã đến chúc mừng Hội",
             "đại diện các sở, ngành cùng đến dự lễ"],
)
def test_the_verb_after_a_group_that_ends_the_list_is_every_members(tail: str) -> None:
    res = run("Nhân dịp này, các đồng chí: Chu Văn Kim, Phó Bí thư Thường trực Tỉnh ủy; Lý Ngọc "
              "Long, Chủ tịch UBND tỉnh, cùng các đồng chí trong Ban Thường vụ Tỉnh ủy: Tống Thị "
              f"Nguyệt, Phó Chủ tịch UBND tỉnh; Phùng Văn Thiệu, Trưởng ban Dân vận Tỉnh ủy; {tail}.")
    assert len(res) == 4
    assert all(o["roles"] == ["attend"] for o in res.values())


@pytest.mark.parametrize("heard", ["nghe báo cáo", "nghe trình bày tham luận"])
def test_listening_to_a_report_is_no_report(heard: str) -> None:
    o = run(f"Sau khi {heard}, đồng chí Lục Văn Hòa, Bí thư Huyện ủy đánh giá cao kết quả.")
    assert o["Lục Văn Hòa"]["roles"] == ["speak"]


@pytest.mark.parametrize("verb", ["xét tặng", "xét trao"])
def test_an_award_verb_inside_an_organ_name_is_no_act(verb: str) -> None:
    title = f"Chủ tịch Hội đồng {verb} giải thưởng “Dân vận khéo”"
    o = run(f"Đồng chí Kha Văn Thắng, Phó Chủ tịch UBND tỉnh, {title} phát biểu.")["Kha Văn Thắng"]
    assert o["title_texts"] == ["Phó Chủ tịch UBND tỉnh", title]
    assert o["roles"] == ["speak"]


@pytest.mark.parametrize(
    ("verb", "roles"),
    [("chủ trì gặp mặt các đại biểu tham dự Đại hội toàn quốc", ["chair"]),
     ("phát biểu giao nhiệm vụ cho đoàn cán bộ dự tập huấn", ["speak"]),
     ("chủ trì và dự hội nghị", ["chair", "attend"])],
)
def test_an_attend_verb_after_another_role_is_its_objects(verb: str, roles: list[str]) -> None:
    o = run(f"Đồng chí Kim Văn An, Chủ tịch UBND tỉnh {verb}.")
    assert o["Kim Văn An"]["roles"] == roles


# --- families found by the blind officials probe (fixtures/probe/officials-*.json) --------


def test_received_directions_are_no_direct() -> None:
    text = ("Kết luận hội nghị, đồng chí Lục Thị Vân, Trưởng ban Dân vận Huyện ủy tiếp thu ý kiến chỉ "
            "đạo của Ban Dân vận Tỉnh ủy và yêu cầu các xã triển khai ngay.")
    assert run(text)["Lục Thị Vân"]["roles"] == ["speak"]
    text = ("Theo chỉ đạo của Tỉnh ủy, đồng chí Khúc Văn Hòa, Phó Bí thư Huyện ủy chủ trì buổi làm "
            "việc.")
    assert run(text)["Khúc Văn Hòa"]["roles"] == ["chair"]
    text = "Đồng chí Tạ Văn Phong, Bí thư Đảng ủy xã dự và chỉ đạo hội nghị."
    assert run(text)["Tạ Văn Phong"]["roles"] == ["attend", "direct"]


def test_presence_noun_phrase_introduces_the_people_after_it() -> None:
    text = "Buổi lễ có sự tham dự của đồng chí Mẫn Văn Kha, Phó Chủ tịch UBND tỉnh."
    assert run(text)["Mẫn Văn Kha"]["roles"] == ["attend"]
    text = "Với sự có mặt của bà Hoàng Thị Nhàn, Giám đốc Sở Y tế, lễ khánh thành diễn ra."
    assert run(text)["Hoàng Thị Nhàn"]["roles"] == ["attend"]
    # a person named before the phrase does not take its role
    text = ("Thư ký là ông Lã Văn Hòa, Phó Chủ tịch UBND xã, cùng với sự có mặt của các ngành, "
            "đoàn thể.")
    assert run(text)["Lã Văn Hòa"]["roles"] == []


@pytest.mark.parametrize(
    "verb", ["đọc diễn văn khai mạc", "tuyên bố khai mạc kỳ họp", "tuyên bố bế mạc Hội nghị"]
)
def test_opening_and_closing_speech_acts(verb: str) -> None:
    text = f"Bà Giàng Thị Dua, Phó Chủ tịch HĐND huyện {verb}."
    assert run(text)["Giàng Thị Dua"]["roles"] == ["speak"]


def test_hosts_who_work_with_the_delegation_get_no_role() -> None:
    text = ("Làm việc với đoàn có đồng chí Kpă Thuyên, Phó Bí thư Tỉnh ủy; đồng chí Đinh Hữu Tâm, "
            "Phó Chủ tịch UBND tỉnh.")
    res = run(text)
    assert res["Kpă Thuyên"]["roles"] == [] and res["Đinh Hữu Tâm"]["roles"] == []


def test_co_chairs_joined_by_va_and_a_shared_title_list() -> None:
    text = ("Thượng tá Lèo Văn Ban, Chủ tịch Hội CCB huyện và các Phó Chủ tịch Hội CCB huyện: Sa Văn "
            "Kha, Lù Thị Pịa đồng chủ trì hội nghị.")
    res = run(text)
    assert all(res[n]["roles"] == ["chair"] for n in ("Lèo Văn Ban", "Sa Văn Kha", "Lù Thị Pịa"))
    assert res["Lù Thị Pịa"]["title_texts"] == ["Phó Chủ tịch Hội CCB huyện"]


@pytest.mark.parametrize(
    "said", ["cho rằng cần đẩy mạnh tuyên truyền", "bày tỏ vui mừng trước kết quả",
             "mong rằng các hộ sẽ vươn lên", "kêu gọi các tổ chức ủng hộ quỹ"]
)
def test_more_reported_speech_is_speak(said: str) -> None:
    text = f"Ông Ngô Văn Thìn, Phó Chủ tịch UBND huyện {said}."
    assert run(text)["Ngô Văn Thìn"]["roles"] == ["speak"]
    # a person named after the verb is addressed, not speaking
    text = f"Ông Ngô Văn Thìn {said.split()[0]} {said.split()[1]} ông Lý Văn Tâm, Chủ tịch UBND xã."
    assert run(text)["Lý Văn Tâm"]["roles"] == []


def test_cung_and_asides_between_list_members_share_the_verb() -> None:
    text = ("Đồng chí Tòng Thị Phóng, Phó Chủ tịch UBND tỉnh cùng đồng chí Khổng Văn Đạt, Giám đốc "
            "Sở Y tế trao quà cho các hộ.")
    res = run(text)
    assert res["Tòng Thị Phóng"]["roles"] == ["attend"]
    assert res["Khổng Văn Đạt"]["roles"] == ["attend"]
    text = ("Đồng chí Lục Văn Tư, Bí thư Đảng ủy xã (thứ 2 từ phải) và đồng chí Mông Thị Hà, Chủ "
            "tịch UBND xã cắt băng khánh thành.")
    res = run(text)
    assert res["Lục Văn Tư"]["roles"] == ["attend"] and res["Mông Thị Hà"]["roles"] == ["attend"]


# families found by the blind officials probe, round 2 (fixtures/probe/officials-r2-*)
@pytest.mark.parametrize(
    "opener",
    ["Tham gia tiếp xúc cử tri có", "Tham gia giám sát tại huyện có", "Về phía Sở Y tế có"],
)
def test_more_presence_openers_introduce_a_list(opener: str) -> None:
    text = (f"{opener} Đại tá Chu Văn Lộc, Phó Tư lệnh Quân khu 1; bà Hầu Thị Dua, Phó Chủ tịch "
            "Hội LHPN tỉnh.")
    res = run(text)
    assert res["Chu Văn Lộc"]["roles"] == ["attend"] and res["Hầu Thị Dua"]["roles"] == ["attend"]


def test_cung_di_co_introduces_members_of_the_delegation() -> None:
    text = ("Đồng chí Siu Hồng Nhung, Phó Bí thư Tỉnh ủy trao quà. Cùng đi có Rcom H'Lim, Trưởng Ban "
            "Dân tộc HĐND tỉnh; Đinh Văn Ngư, Phó Giám đốc Sở Y tế.")
    res = run(text)
    assert res["Rcom H'Lim"]["roles"] == ["attend"] and res["Đinh Văn Ngư"]["roles"] == ["attend"]


@pytest.mark.parametrize("join", [" và", ","])
def test_titles_in_parentheses_share_the_list_verb(join: str) -> None:
    text = (f"Ông Hờ Seo Dình (Phó Chủ tịch UBND xã){join} bà Lầu Thị Dợ (Chủ tịch Hội LHPN xã) "
            "cùng dự.")
    res = run(text)
    assert res["Hờ Seo Dình"]["roles"] == ["attend"] and res["Lầu Thị Dợ"]["roles"] == ["attend"]
    assert res["Hờ Seo Dình"]["title_texts"] == ["Phó Chủ tịch UBND xã"]


@pytest.mark.parametrize(
    "text, name, roles",
    [
        ("Trả lời phóng viên, ông Mạc Văn Lư, Chủ tịch UBND xã cho hay, xã đã làm xong 12 km đường.",
         "Mạc Văn Lư", ["report"]),
        ("Đáp từ, Đại đức Danh Sến, Phó Trưởng ban Trị sự Phật giáo tỉnh cảm ơn lãnh đạo tỉnh.",
         "Danh Sến", ["speak"]),
        ("Thay mặt các hộ nghèo, ông Hà Văn Khiêm gửi lời cảm ơn đồng chí Lê Hồng Vân, Phó Chủ tịch "
         "UBND tỉnh.", "Lê Hồng Vân", []),
    ],
)
def test_reply_speech_thanks_and_cho_hay(text: str, name: str, roles: list[str]) -> None:
    assert run(text)[name]["roles"] == roles


def test_a_verb_with_co_after_a_semicolon_opens_new_people() -> None:
    text = ("Chủ trì hội nghị có đồng chí Lù Văn Cấu - Bí thư Tỉnh ủy; cùng dự có đồng chí Mè Thị "
            "Lan, Phó Bí thư Tỉnh ủy.")
    res = run(text)
    assert res["Lù Văn Cấu"]["roles"] == ["chair"] and res["Mè Thị Lan"]["roles"] == ["attend"]
