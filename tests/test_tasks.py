"""Task segmentation on passages written for these tests."""

import pytest

import danvan_nlp


def tasks(text: str, **kw):  # type: ignore[no-untyped-def]
    r = danvan_nlp.extract(text, **kw)
    return r, [t.text for t in r.tasks]


def test_directive_speech_split_at_sentences_and_semicolons() -> None:
    text = (
        "Phát biểu chỉ đạo, đồng chí Ngô Văn Bảo, Bí thư Huyện ủy đề nghị trong năm 2022, các "
        "cấp ủy tiếp tục đổi mới phương thức lãnh đạo công tác dân vận. Tăng cường nắm bắt tình "
        "hình Nhân dân; kịp thời giải quyết kiến nghị chính đáng của người dân. Đồng thời phát "
        "huy vai trò của Mặt trận Tổ quốc trong giám sát."
    )
    r, items = tasks(text)
    assert items == [
        "các cấp ủy tiếp tục đổi mới phương thức lãnh đạo công tác dân vận",
        "Tăng cường nắm bắt tình hình Nhân dân",
        "kịp thời giải quyết kiến nghị chính đáng của người dân",
        "phát huy vai trò của Mặt trận Tổ quốc trong giám sát",
    ]
    assert {t.speaker for t in r.tasks} == {"Ngô Văn Bảo"}
    assert r.tasks[0].period == "2022"


def test_announced_list_with_count() -> None:
    text = (
        "Hội nghị đã triển khai 3 nhiệm vụ trọng tâm năm 2023 như rà soát, kiện toàn tổ chức "
        "cơ sở. Đẩy mạnh tuyên truyền chủ trương của Đảng. Tổ chức tốt phong trào thi đua."
    )
    r, items = tasks(text)
    assert items == [
        "rà soát, kiện toàn tổ chức cơ sở",
        "Đẩy mạnh tuyên truyền chủ trương của Đảng",
        "Tổ chức tốt phong trào thi đua",
    ]
    assert r.task_lists[0].announced == 3 and r.task_lists[0].found == 3
    assert r.warnings == [] or all("announced" not in w for w in r.warnings)


def test_announced_count_mismatch_warns() -> None:
    text = "Hội nghị triển khai 5 nhiệm vụ trọng tâm như tăng cường công tác dân vận chính quyền."
    r, items = tasks(text)
    assert len(items) == 1
    assert any("announced 5" in w for w in r.warnings)


def test_semicolon_inside_a_task_is_kept() -> None:
    text = (
        "Đồng chí Phùng Văn Lực, Chủ tịch UBND huyện yêu cầu các xã bám sát các nghị quyết của "
        "Trung ương; Nghị quyết Đại hội Đảng bộ huyện để xây dựng kế hoạch."
    )
    _, items = tasks(text)
    assert len(items) == 1
    assert items[0].startswith("các xã bám sát")


def test_lead_in_and_addressee_are_trimmed() -> None:
    text = ("Phát biểu tại hội nghị, đồng chí Lại Thị Nga - Phó Bí thư Đảng ủy đề nghị đồng chí "
            "phát huy tinh thần trách nhiệm trong công tác mới.")
    _, items = tasks(text)
    assert items == ["phát huy tinh thần trách nhiệm trong công tác mới"]


def test_passage_continues_into_next_paragraph_only_with_a_task_verb() -> None:
    text = (
        "Đồng chí Châu Minh Trí, Bí thư Thị ủy yêu cầu các cấp tiếp tục chăm lo đời sống Nhân dân.\n\n"
        "Tiếp tục huy động nguồn lực xây dựng nông thôn mới.\n\n"
        "Hội nghị đã khen thưởng 12 tập thể có thành tích xuất sắc."
    )
    _, items = tasks(text)
    assert items == [
        "các cấp tiếp tục chăm lo đời sống Nhân dân",
        "Tiếp tục huy động nguồn lực xây dựng nông thôn mới",
    ]


def test_achievements_are_not_tasks() -> None:
    text = (
        "Năm 2022, công tác dân vận đã đạt nhiều kết quả quan trọng. Các cấp ủy đã tăng cường "
        "lãnh đạo, chỉ đạo công tác dân vận; đã tổ chức 120 hội nghị đối thoại với Nhân dân. "
        "Tăng cường đối thoại, giải quyết kiến nghị của cử tri được các cấp quan tâm thực hiện."
    )
    _, items = tasks(text)
    assert items == []


def test_noun_uses_of_directive_words_open_nothing() -> None:
    text = ("Với yêu cầu tiếp tục đổi mới công tác dân vận, các cấp ủy đã tập trung lãnh đạo, "
            "chỉ đạo hệ thống chính trị thực hiện tốt nhiệm vụ.")
    _, items = tasks(text)
    assert items == []


def test_numbered_and_bulleted_items_after_a_colon() -> None:
    text = (
        "Phát biểu kết luận, đồng chí Âu Văn Thịnh, Phó Bí thư Tỉnh ủy đề nghị:\n"
        "- Một là, tiếp tục quán triệt các nghị quyết của Đảng về công tác dân vận;\n"
        "- Hai là, nâng cao chất lượng hoạt động của Mặt trận và các đoàn thể;\n"
        "- Ba là, chủ động nắm tình hình Nhân dân ở cơ sở.\n"
        "Hội nghị đã thống nhất thông qua các nội dung trên."
    )
    r, items = tasks(text)
    assert items == [
        "tiếp tục quán triệt các nghị quyết của Đảng về công tác dân vận",
        "nâng cao chất lượng hoạt động của Mặt trận và các đoàn thể",
        "chủ động nắm tình hình Nhân dân ở cơ sở",
    ]
    assert {t.speaker for t in r.tasks} == {"Âu Văn Thịnh"}


def test_list_header_without_count() -> None:
    text = (
        "Hội nghị thống nhất phương hướng, nhiệm vụ năm 2024 như sau:\n"
        "1. Đẩy mạnh tuyên truyền các chủ trương của Đảng.\n"
        "2. Tăng cường đối thoại giữa chính quyền với Nhân dân."
    )
    _, items = tasks(text)
    assert items == [
        "Đẩy mạnh tuyên truyền các chủ trương của Đảng",
        "Tăng cường đối thoại giữa chính quyền với Nhân dân",
    ]


def test_soft_directive_with_a_modal() -> None:
    text = ("Đồng chí Hà Văn Tâm, Phó Chủ tịch UBND tỉnh nhấn mạnh: các cấp cần tiếp tục phát huy vai "
            "trò của người có uy tín; đẩy mạnh phong trào thi đua trong xây dựng nông thôn mới.")
    _, items = tasks(text)
    assert items == [
        "các cấp cần tiếp tục phát huy vai trò của người có uy tín",
        "đẩy mạnh phong trào thi đua trong xây dựng nông thôn mới",
    ]


def test_soft_directive_without_a_modal_is_no_task() -> None:
    text = ("Bí thư Tỉnh ủy Lê Văn Hòa nhấn mạnh, đại hội là sự kiện chính trị quan trọng để tiếp "
            "tục củng cố khối đại đoàn kết toàn dân tộc.")
    _, items = tasks(text)
    assert items == []


def test_comma_before_a_clause_verb_splits_tasks() -> None:
    text = (
        "Phát biểu chỉ đạo, đồng chí Lưu Thị Hạnh, Bí thư Đảng ủy xã đề nghị các đoàn thể cần "
        "giữ vững kết quả đạt được trong quý III, phấn đấu hoàn thành chỉ tiêu năm 2024, nắm "
        "chắc tâm tư của đoàn viên và hội viên, kịp thời báo cáo cấp ủy, chính quyền những vấn đề "
        "phát sinh."
    )
    _, items = tasks(text)
    assert items == [
        "các đoàn thể cần giữ vững kết quả đạt được trong quý III",
        "phấn đấu hoàn thành chỉ tiêu năm 2024",
        "nắm chắc tâm tư của đoàn viên và hội viên",
        "kịp thời báo cáo cấp ủy, chính quyền những vấn đề phát sinh",
    ]


def test_comma_inside_a_noun_list_or_after_trong_do_does_not_split() -> None:
    text = (
        "Đồng chí Lưu Thị Hạnh, Bí thư Đảng ủy xã yêu cầu Mặt trận tiếp tục đổi mới nội dung, "
        "phương thức, nâng cao hiệu quả hoạt động. Xây dựng kế hoạch công tác cho cả nhiệm kỳ, "
        "trong đó phải xác định được trọng tâm ưu tiên."
    )
    _, items = tasks(text)
    assert items == [
        "Mặt trận tiếp tục đổi mới nội dung, phương thức, nâng cao hiệu quả hoạt động",
        "Xây dựng kế hoạch công tác cho cả nhiệm kỳ, trong đó phải xác định được trọng tâm ưu tiên",
    ]


def test_directive_after_va_and_an_inline_list_header() -> None:
    text = (
        "Phát biểu chỉ đạo, đồng chí Hồ Đại Nghĩa ghi nhận kết quả huyện đạt được và đề nghị "
        "thời gian tới, Huyện ủy cần thực hiện tốt một số nhiệm vụ sau: Thứ nhất, tiếp tục "
        "quán triệt các quan điểm của Đảng về công tác dân vận. Thứ hai, nâng cao chất lượng "
        "hoạt động của Mặt trận và các đoàn thể."
    )
    r, items = tasks(text)
    assert items == [
        "tiếp tục quán triệt các quan điểm của Đảng về công tác dân vận",
        "nâng cao chất lượng hoạt động của Mặt trận và các đoàn thể",
    ]
    assert {t.speaker for t in r.tasks} == {"Hồ Đại Nghĩa"}


def test_proposals_of_voters_are_no_directive() -> None:
    text = "Hội nghị đã tiếp thu ý kiến và đề nghị của cử tri về việc xây dựng đường giao thông nông thôn."
    assert tasks(text)[1] == []


def test_numbered_items_after_a_header_are_whole_tasks() -> None:
    text = (
        "Ngày 02/3/2025, thay mặt Ban Thường vụ Tỉnh ủy, đồng chí Lê Quang Minh, Phó Bí thư "
        "Thường trực Tỉnh ủy đã ký ban hành Chỉ thị số 15-CT/TU.\n\n"
        "Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy thực hiện tốt các nhiệm vụ sau:\n\n"
        "1. Tăng cường công tác tuyên truyền, nâng cao nhận thức của cán bộ về công tác dân vận.\n\n"
        "2. Ban Dân vận Tỉnh ủy chủ trì, phối hợp với các cơ quan liên quan theo dõi việc thực "
        "hiện Chỉ thị.\n\n"
        "Chỉ thị có hiệu lực kể từ ngày ký."
    )
    r, items = tasks(text)
    assert items == [
        "Tăng cường công tác tuyên truyền, nâng cao nhận thức của cán bộ về công tác dân vận",
        "Ban Dân vận Tỉnh ủy chủ trì, phối hợp với các cơ quan liên quan theo dõi việc thực hiện Chỉ thị",
    ]
    # "Ban Thường vụ Tỉnh ủy" is an organ here, not a title of the signer
    (o,) = r.officials
    assert [t.text for t in o.titles] == ["Phó Bí thư Thường trực Tỉnh ủy"]
    assert {t.speaker for t in r.tasks} == {None}


def test_pronoun_subject_takes_the_official_of_the_sentence_before() -> None:
    text = (
        "Phát biểu tại ngày hội, Bí thư Tỉnh ủy Nguyễn Văn Thịnh biểu dương kết quả của thôn. "
        "Đồng chí đề nghị cấp ủy, chính quyền xã tiếp tục phát huy sức mạnh đại đoàn kết."
    )
    r, items = tasks(text)
    assert items == ["cấp ủy, chính quyền xã tiếp tục phát huy sức mạnh đại đoàn kết"]
    assert r.tasks[0].speaker == "Nguyễn Văn Thịnh"
    text = (
        "Phát biểu, Bí thư Tỉnh ủy Nguyễn Văn Thịnh biểu dương kết quả. Cuối buổi, ông cũng yêu "
        "cầu các xã tiếp tục làm tốt công tác dân vận."
    )
    assert [(t.text, t.speaker) for t in tasks(text)[0].tasks] == [
        ("các xã tiếp tục làm tốt công tác dân vận", "Nguyễn Văn Thịnh")
    ]


def test_unnamed_directive_has_no_speaker() -> None:
    text = "Hội nghị đề nghị các cấp ủy tiếp tục quan tâm lãnh đạo công tác dân vận."
    r, _ = tasks(text)
    assert [t.speaker for t in r.tasks] == [None]


def test_a_sentence_with_a_modal_goes_on_the_passage() -> None:
    text = (
        "Đồng chí Lê Văn Hải, Bí thư Huyện ủy đề nghị các cấp tiếp tục huy động nguồn lực xây "
        "dựng nông thôn mới. Cùng với việc lắng nghe tâm tư của người dân, các xã cần chuẩn bị "
        "tốt nhân sự cho đại hội. Hội nghị kết thúc lúc 11 giờ cùng ngày."
    )
    _, items = tasks(text)
    assert items == [
        "các cấp tiếp tục huy động nguồn lực xây dựng nông thôn mới",
        "Cùng với việc lắng nghe tâm tư của người dân, các xã cần chuẩn bị tốt nhân sự cho đại hội",
    ]


def test_sentences_that_look_ahead_open_a_passage() -> None:
    r, items = tasks(
        "Thời gian tới, Hội Nông dân tỉnh tiếp tục đẩy mạnh phong trào thi đua sản xuất; "
        "phối hợp tổ chức các lớp tập huấn cho hội viên."
    )
    assert items == [
        "Hội Nông dân tỉnh tiếp tục đẩy mạnh phong trào thi đua sản xuất",
        "phối hợp tổ chức các lớp tập huấn cho hội viên",
    ]
    assert [t.speaker for t in r.tasks] == [None, None]
    _, items = tasks("Để thực hiện tốt nhiệm vụ năm 2025, các cấp Hội cần bám sát cơ sở và hội viên.")
    assert items == ["các cấp Hội cần bám sát cơ sở và hội viên"]


@pytest.mark.parametrize(
    "text",
    [
        "Thời gian tới, hội nghị sẽ được tổ chức tại xã.",
        "Thời gian qua, Hội đã tổ chức 25 lớp tập huấn cho hội viên.",
        "Để có kết quả trên, Hội đã tổ chức 25 lớp tập huấn cho hội viên.",
        "Năm 2024, Hội đã tổ chức 25 lớp tập huấn, vận động xây dựng 12 nhà Đại đoàn kết.",
    ],
)
def test_plans_and_achievements_are_no_tasks(text: str) -> None:
    assert tasks(text)[1] == []


def test_can_thiet_is_no_modal() -> None:
    text = (
        "Đồng chí Lê Văn Hải, Bí thư Huyện ủy đề nghị các cấp tiếp tục huy động nguồn lực xây "
        "dựng nông thôn mới. Đây là việc làm cần thiết trong giai đoạn hiện nay."
    )
    assert tasks(text)[1] == ["các cấp tiếp tục huy động nguồn lực xây dựng nông thôn mới"]


def test_requests_of_voters_are_no_tasks() -> None:
    text = (
        "Tại buổi tiếp xúc, cử tri kiến nghị Nhà nước quan tâm đầu tư đường giao thông liên bản; "
        "đề nghị tăng mức hỗ trợ cho người có uy tín. Thay mặt Tổ đại biểu, đại biểu Lò Thị "
        "Luyên, Phó Trưởng đoàn chuyên trách Đoàn ĐBQH tỉnh đề nghị chính quyền địa phương tiếp "
        "tục tuyên truyền, vận động Nhân dân phát triển kinh tế."
    )
    r, items = tasks(text)
    assert items == ["chính quyền địa phương tiếp tục tuyên truyền, vận động Nhân dân phát triển kinh tế"]
    assert r.tasks[0].speaker == "Lò Thị Luyên"
    (o,) = r.officials
    assert [t.text for t in o.titles] == ["Phó Trưởng đoàn chuyên trách Đoàn ĐBQH tỉnh"]


def test_colon_after_the_directive_is_not_part_of_the_task() -> None:
    text = (
        "Phát biểu kết luận, Bí thư Quận ủy Hoàng Thị Thu Hằng yêu cầu: Các cấp ủy tiếp tục "
        "quán triệt quan điểm \"dân là gốc\"; phát huy vai trò của MTTQ và các đoàn thể."
    )
    assert tasks(text)[1] == [
        'Các cấp ủy tiếp tục quán triệt quan điểm "dân là gốc"',
        "phát huy vai trò của MTTQ và các đoàn thể",
    ]


def test_ban_chi_dao_is_an_organ_not_a_directive() -> None:
    text = "Đồng chí Nguyễn Thị Lan Anh, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo chủ trì hội nghị."
    assert tasks(text)[1] == []
