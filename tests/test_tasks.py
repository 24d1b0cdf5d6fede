"""danvan_nlp.tasks: task segmentation — directives, lists, quoted requirements, speakers,
addressees and periods, and what is no task — on passages written for these tests."""

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


# --- what opens a passage: the ways a directive is stated -------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a soft directive ("nhấn mạnh") with a modal
        pytest.param(
            "Đồng chí Hà Văn Tâm, Phó Chủ tịch UBND tỉnh nhấn mạnh: các cấp cần tiếp tục phát huy vai "
            "trò của người có uy tín; đẩy mạnh phong trào thi đua trong xây dựng nông thôn mới.",
            [
                "các cấp cần tiếp tục phát huy vai trò của người có uy tín",
                "đẩy mạnh phong trào thi đua trong xây dựng nông thôn mới",
            ],
            id="soft_directive_with_a_modal",
        ),
        # a leader named by the position alone
        pytest.param(
            "Chủ tịch UBND huyện lưu ý, các xã ven sông không được chủ quan với lũ quét, phải sơ tán "
            "người dân khỏi vùng nguy hiểm.",
            [
                "các xã ven sông không được chủ quan với lũ quét, phải sơ tán người dân khỏi vùng nguy hiểm",
            ],
            id="leader_named_by_the_position_alone",
        ),
        # the meeting's resolution, up to a colon or as assignments
        pytest.param(
            "Hội nghị nhất trí: tiếp tục củng cố chi hội ở cơ sở; tăng cường phát triển hội viên mới.",
            [
                "tiếp tục củng cố chi hội ở cơ sở",
                "tăng cường phát triển hội viên mới",
            ],
            id="resolution_up_to_a_colon",
        ),
        pytest.param(
            "Hội nghị đã thống nhất các nội dung: Giao Ban Tổ chức Thị ủy chủ trì rà soát quy hoạch "
            "cán bộ; giao Văn phòng Thị ủy chuẩn bị các điều kiện tổ chức Đại hội.",
            [
                "Ban Tổ chức Thị ủy chủ trì rà soát quy hoạch cán bộ",
                "Văn phòng Thị ủy chuẩn bị các điều kiện tổ chức Đại hội",
            ],
            id="resolution_whose_items_are_assignments",
        ),
        # a list header without a count
        pytest.param(
            "Hội nghị thống nhất phương hướng, nhiệm vụ năm 2024 như sau:\n"
            "1. Đẩy mạnh tuyên truyền các chủ trương của Đảng.\n"
            "2. Tăng cường đối thoại giữa chính quyền với Nhân dân.",
            [
                "Đẩy mạnh tuyên truyền các chủ trương của Đảng",
                "Tăng cường đối thoại giữa chính quyền với Nhân dân",
            ],
            id="list_header_without_count",
        ),
        # a plain directive (a promise to direct later is none)
        pytest.param(
            "Đồng chí Tòng Văn Phới, Giám đốc Sở Công Thương yêu cầu các phòng sớm cấp phép cho hợp "
            "tác xã.",
            [
                "các phòng sớm cấp phép cho hợp tác xã",
            ],
            id="a_directive_after_the_promise_of_another_is_still_a_task",
        ),
    ],
)
def test_what_opens_a_passage(text: str, expected: list[str]) -> None:
    assert tasks(text)[1] == expected


# --- how far a passage goes: the sentences after its directive that hold its tasks ---------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a new paragraph goes on the passage only when it opens with a task verb
        pytest.param(
            "Đồng chí Châu Minh Trí, Bí thư Thị ủy yêu cầu các cấp tiếp tục chăm lo đời sống Nhân dân.\n\n"
            "Tiếp tục huy động nguồn lực xây dựng nông thôn mới.\n\n"
            "Hội nghị đã khen thưởng 12 tập thể có thành tích xuất sắc.",
            [
                "các cấp tiếp tục chăm lo đời sống Nhân dân",
                "Tiếp tục huy động nguồn lực xây dựng nông thôn mới",
            ],
            id="passage_continues_into_next_paragraph_only_with_a_task_verb",
        ),
        # a sentence with a modal goes on it ("cần thiết" is no modal)
        pytest.param(
            "Đồng chí Lê Văn Hải, Bí thư Huyện ủy đề nghị các cấp tiếp tục huy động nguồn lực xây "
            "dựng nông thôn mới. Cùng với việc lắng nghe tâm tư của người dân, các xã cần chuẩn bị "
            "tốt nhân sự cho đại hội. Hội nghị kết thúc lúc 11 giờ cùng ngày.",
            [
                "các cấp tiếp tục huy động nguồn lực xây dựng nông thôn mới",
                "Cùng với việc lắng nghe tâm tư của người dân, các xã cần chuẩn bị tốt nhân sự cho đại hội",
            ],
            id="a_sentence_with_a_modal_goes_on_the_passage",
        ),
        pytest.param(
            "Đồng chí Lê Văn Hải, Bí thư Huyện ủy đề nghị các cấp tiếp tục huy động nguồn lực xây "
            "dựng nông thôn mới. Đây là việc làm cần thiết trong giai đoạn hiện nay.",
            [
                "các cấp tiếp tục huy động nguồn lực xây dựng nông thôn mới",
            ],
            id="can_thiet_is_no_modal",
        ),
        # another speaker's act after a semicolon ends it
        pytest.param(
            "Tại hội nghị, đồng chí Vũ Đình Khải, Bí thư Thị ủy đề nghị các phường đẩy mạnh chuyển "
            "đổi số trong tiếp nhận phản ánh của người dân; bà Lâm Thị Oanh, Chủ tịch Hội Phụ nữ thị "
            "xã chia sẻ cách làm hay trong vận động hội viên tiết kiệm.",
            [
                "các phường đẩy mạnh chuyển đổi số trong tiếp nhận phản ánh của người dân",
            ],
            id="another_speakers_act_after_a_semicolon_ends_the_passage",
        ),
    ],
)
def test_how_far_a_passage_goes(text: str, expected: list[str]) -> None:
    assert tasks(text)[1] == expected


# --- issue 13: every way an article states what is asked (PATTERNS K1–K8) ---------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # K1: a past-tense lead that announces a programme, items in sentences and ";"
            "Ban Chấp hành đã thống nhất ban hành chương trình hành động năm 2025, bao gồm: Đẩy "
            "mạnh công tác tuyên truyền về chuyển đổi số. Tăng cường giám sát việc thực hiện chính "
            "sách an sinh xã hội; củng cố tổ chức cơ sở hội.",
            [
                "Đẩy mạnh công tác tuyên truyền về chuyển đổi số",
                "Tăng cường giám sát việc thực hiện chính sách an sinh xã hội",
                "củng cố tổ chức cơ sở hội",
            ],
        ),
        (  # K1: directions of a congress resolution, every ";" ends an item
            "Đại hội đã thông qua Nghị quyết với 3 khâu đột phá: phát triển kinh tế số; xây dựng "
            "đội ngũ cán bộ; cải cách hành chính.",
            ["phát triển kinh tế số", "xây dựng đội ngũ cán bộ", "cải cách hành chính"],
        ),
        (
            "Đại hội xác định phương hướng nhiệm vụ nhiệm kỳ 2024 - 2029 là: tăng cường khối đại "
            "đoàn kết toàn dân tộc; phát huy quyền làm chủ của Nhân dân.",
            ["tăng cường khối đại đoàn kết toàn dân tộc", "phát huy quyền làm chủ của Nhân dân"],
        ),
    ],
)
def test_programme_announced_in_a_past_tense_lead(text: str, expected: list[str]) -> None:
    assert tasks(text)[1] == expected


def test_programme_lead_gives_the_period() -> None:
    r, _ = tasks(
        "Hội nghị đã triển khai kế hoạch công tác năm 2026, gồm: Tập trung củng cố chi hội yếu "
        "kém. Tăng cường sinh hoạt chuyên đề ở khu dân cư."
    )
    assert [t.period for t in r.tasks] == ["2026", "2026"]


@pytest.mark.parametrize(
    ("text", "expected", "speaker"),
    [
        (  # K2: curly quotes, "đây là yêu cầu của đồng chí …"
            "“Cán bộ hội phải gần gũi hội viên; luôn lắng nghe ý kiến của nông dân” - đây là yêu "
            "cầu của đồng chí Trần Minh Đức, Chủ tịch Hội Nông dân tỉnh tại hội nghị sơ kết.",
            ["Cán bộ hội phải gần gũi hội viên", "luôn lắng nghe ý kiến của nông dân"],
            "Trần Minh Đức",
        ),
        (  # straight quotes over two sentences, the verb after the name
            '"Các chi hội cần bám sát địa bàn, nắm chắc tình hình. Mỗi hội viên phải là một tuyên '
            'truyền viên" – đồng chí Phạm Thu Hà, Bí thư Đảng ủy xã nhấn mạnh tại buổi làm việc.',
            ["Các chi hội cần bám sát địa bàn", "nắm chắc tình hình",
             "Mỗi hội viên phải là một tuyên truyền viên"],
            "Phạm Thu Hà",
        ),
    ],
)
def test_requirements_quoted_before_the_speaker(text: str, expected: list[str], speaker: str) -> None:
    r, items = tasks(text)
    assert items == expected
    assert {t.speaker for t in r.tasks} == {speaker}


def test_quote_attributed_in_the_next_sentence_or_after_a_comma() -> None:
    r, items = tasks(
        "“Mỗi tổ tự quản phải giữ gìn vệ sinh chung; luôn giúp nhau lúc khó khăn”. Đó là chỉ "
        "đạo của đồng chí Bí thư Đảng ủy phường Đinh Văn Khoa tại buổi làm việc."
    )
    assert items == ["Mỗi tổ tự quản phải giữ gìn vệ sinh chung", "luôn giúp nhau lúc khó khăn"]
    assert {t.speaker for t in r.tasks} == {"Đinh Văn Khoa"}
    r, items = tasks(
        '"Cán bộ xã phải đến từng hộ để vận động", đồng chí Mông Văn Tới, Chủ tịch UBND huyện '
        "nhấn mạnh tại buổi đối thoại."
    )
    assert items == ["Cán bộ xã phải đến từng hộ để vận động"]


@pytest.mark.parametrize(
    "text",
    [
        # a quote with no directing speaker
        '"Chúng tôi phải đi bộ ba cây số mới tới trường" - em Lò Thị Mai, học sinh lớp 5 kể.',
        "“Tôi phải dậy từ 4 giờ sáng để đi chợ”, bà Nguyễn Thị Lan, hội viên Hội Phụ nữ xã chia sẻ.",
        # a quoted name inside a sentence is no quoted lead
        "Hội viên hưởng ứng phong trào “Nhà nhà phải sạch, ngõ ngõ phải xanh” - đó là ý kiến của "
        "đồng chí Bí thư Chi bộ Hà Văn Lâm.",
    ],
)
def test_a_quote_that_is_no_requirement_is_no_task(text: str) -> None:
    assert tasks(text)[1] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # K3: "đã chỉ đạo" + addressee + modal
            "Đồng chí Lò Văn Sơn, Phó Chủ tịch UBND huyện đã chỉ đạo các phòng, ban chuyên môn "
            "phải kiểm tra chặt chẽ hồ sơ đất đai; kịp thời giải quyết đơn thư của công dân.",
            ["các phòng, ban chuyên môn phải kiểm tra chặt chẽ hồ sơ đất đai",
             "kịp thời giải quyết đơn thư của công dân"],
        ),
        (
            "Bên cạnh đó, đồng chí Vi Thị Hòa đã đề nghị các trường học cần quan tâm hơn đến "
            "học sinh bán trú.",
            ["các trường học cần quan tâm hơn đến học sinh bán trú"],
        ),
        # ... but a past directive with no modal is an achievement
        ("Năm qua, Ban Thường vụ Huyện ủy đã chỉ đạo tổ chức thành công đại hội chi bộ.", []),
    ],
)
def test_past_directive_with_a_modal(text: str, expected: list[str]) -> None:
    assert tasks(text)[1] == expected


def test_subject_carried_over_from_the_sentence_before() -> None:
    # K6
    text = (
        "Thay mặt lãnh đạo huyện, đồng chí Hoàng Văn Nam, Bí thư Huyện ủy ghi nhận những kết quả "
        "Hội Cựu chiến binh đạt được. Đồng thời mong muốn các cấp Hội tiếp tục phát huy bản chất "
        "Bộ đội Cụ Hồ."
    )
    r, items = tasks(text)
    assert items == ["các cấp Hội tiếp tục phát huy bản chất Bộ đội Cụ Hồ"]
    assert r.tasks[0].speaker == "Hoàng Văn Nam"
    assert r.tasks[0].addressee == "các cấp Hội"
    # with nobody named before, a bare "mong muốn" opens nothing
    assert tasks("Hội viên mong muốn được vay vốn ưu đãi. Đồng thời mong muốn được tập huấn kỹ thuật.")[1] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # K7: a modal sentence right after a directing speech
            "Phát biểu kết luận, đồng chí Vũ Thị Lan, Phó Bí thư Thường trực Huyện ủy ghi nhận các "
            "ý kiến tham luận. Công tác nắm bắt dư luận xã hội cần được quan tâm thường xuyên hơn "
            "ở các thôn, bản.",
            ["Công tác nắm bắt dư luận xã hội cần được quan tâm thường xuyên hơn ở các thôn, bản"],
        ),
        (  # a task verb right at the start of the sentence after a directing speech
            "Kết luận buổi làm việc, đồng chí Hứa Văn Cường, Chủ tịch UBND huyện ghi nhận nỗ lực "
            "của xã. Tiếp tục vận động Nhân dân hiến đất mở rộng đường giao thông nông thôn.",
            ["Tiếp tục vận động Nhân dân hiến đất mở rộng đường giao thông nông thôn"],
        ),
        # ... but not an achievement, nor after a speech that directs nothing
        (
            "Kết luận buổi làm việc, đồng chí Hứa Văn Cường, Chủ tịch UBND huyện ghi nhận nỗ lực "
            "của xã. Tiếp tục vận động, xã đã đạt được 12 tiêu chí nông thôn mới.",
            [],
        ),
        (
            "Phát biểu tại buổi lễ, đồng chí Hứa Văn Cường ôn lại truyền thống của Hội. Tiếp tục "
            "phát huy truyền thống ấy, Hội đoàn kết một lòng.",
            [],
        ),
        # no directing speech before: a modal alone opens nothing
        ("Hội nghị diễn ra trong không khí dân chủ. Các đại biểu cần có mặt đúng giờ để điểm danh.", []),
        # the event's own agenda is no task
        (
            "Phát biểu chào mừng đại hội, đồng chí Ngô Văn Tuấn, Bí thư Huyện ủy cho biết nhiệm kỳ "
            "qua Mặt trận đã đạt nhiều kết quả. Đại hội cần bầu 35 đồng chí vào Ủy ban MTTQ huyện.",
            [],
        ),
    ],
)
def test_modal_sentence_after_a_directing_speech(text: str, expected: list[str]) -> None:
    r, items = tasks(text)
    assert items == expected
    assert all(t.speaker is not None for t in r.tasks)


@pytest.mark.parametrize(
    "text",
    [
        # K4: a presenter's act at the event
        "Đồng chí Lê Thanh Hải, Giám đốc Sở Nội vụ quán triệt, triển khai Chỉ thị số 35 của Bộ "
        "Chính trị về đại hội đảng bộ các cấp.",
        "Tại hội nghị, Phó Trưởng ban Thường trực Ban Dân vận Tỉnh ủy Đinh Thị Hoa đã quán triệt "
        "Kết luận số 114 của Ban Bí thư.",
        # a leader's role at the event, or a past act
        "Đồng chí Hoàng Văn Sơn, Phó Bí thư Tỉnh ủy về dự và chỉ đạo Đại hội đại biểu MTTQ huyện "
        "lần thứ X.",
        "Đồng chí Phạm Thị Lan, Bí thư Huyện ủy dự, chỉ đạo buổi lễ kỷ niệm 90 năm Ngày truyền thống.",
        "Đồng chí Cao Văn Lực đã trực tiếp chỉ đạo công tác phòng chống bão lũ tại các xã ven biển.",
        # a directive word used as a noun
        "Tình hình mới đặt ra yêu cầu phải tiếp tục đổi mới mạnh mẽ công tác dân vận.",
        "Các cấp Hội đã hoàn thành tốt nhiệm vụ, yêu cầu đề ra trong năm qua.",
        "Trước yêu cầu nhiệm vụ trong tình hình mới, đội ngũ cán bộ dân vận phải không ngừng học tập.",
        # ... or ending a noun phrase, or inside an organ's name ("Ban Chỉ đạo")
        pytest.param(
            "Với yêu cầu tiếp tục đổi mới công tác dân vận, các cấp ủy đã tập trung lãnh đạo, "
            "chỉ đạo hệ thống chính trị thực hiện tốt nhiệm vụ.",
            id="noun_uses_of_directive_words_open_nothing",
        ),
        pytest.param(
            "Báo cáo tại hội nghị, đồng chí Lục Văn Thắng cho biết: 6 tháng qua, các cấp đã ban hành "
            "41 văn bản chỉ đạo; tiếp tục thực hiện Chỉ thị số 18 của Ban Thường vụ Tỉnh ủy về dân vận.",
            id="directive_word_ending_a_noun_phrase_opens_nothing",
        ),
        pytest.param(
            "Đồng chí Nguyễn Thị Lan Anh, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo chủ trì hội nghị.",
            id="ban_chi_dao_is_an_organ_not_a_directive",
        ),
        # what the speaker wishes to receive
        "Đồng chí Lương Thị Hà mong muốn thời gian tới sẽ nhận được nhiều sự quan tâm hơn nữa của "
        "cấp trên.",
        "Đồng chí Giàng A Páo, Chủ tịch UBND xã đề nghị được hỗ trợ kinh phí làm nhà văn hóa thôn.",
        # K8: an addressee with no content (a cut text)
        "Đồng chí cũng đề nghị các xã, thị trấn",
        "Kết thúc buổi làm việc, đồng chí Lương Văn Thắng yêu cầu Phòng Tư pháp",
        # confidence
        "Đồng chí Nguyễn Văn An tin tưởng rằng các cấp Hội sẽ tiếp tục phát huy truyền thống, "
        "hoàn thành tốt nhiệm vụ năm 2025.",
        "Bí thư Huyện ủy Sầm Văn Lợi bày tỏ tin tưởng Mặt trận huyện sẽ tiếp tục đổi mới phương "
        "thức hoạt động.",
        # a soft directive ("nhấn mạnh") without a modal
        pytest.param(
            "Bí thư Tỉnh ủy Lê Văn Hòa nhấn mạnh, đại hội là sự kiện chính trị quan trọng để tiếp "
            "tục củng cố khối đại đoàn kết toàn dân tộc.",
            id="soft_directive_without_a_modal_is_no_task",
        ),
        # voters' requests to the authorities
        "Tại buổi tiếp xúc, cử tri đề nghị các cấp chính quyền quan tâm đầu tư xây dựng trường "
        "học; sớm sửa chữa tuyến đường liên xã.",
        "Tại buổi tiếp xúc, cử tri xã Tân Lập phản ánh tình trạng sạt lở bờ sông. Đề nghị cấp có "
        "thẩm quyền sớm đầu tư kè chống sạt lở.",
        # ... and the proposals of voters or delegates
        pytest.param(
            "Hội nghị đã tiếp thu ý kiến và đề nghị của cử tri về việc xây dựng đường giao thông nông thôn.",
            id="proposals_of_voters_are_no_directive",
        ),
        pytest.param(
            "Các đại biểu cũng đề nghị tỉnh quan tâm đầu tư kênh mương nội đồng.",
            id="requests_of_the_delegates_are_no_tasks",
        ),
        # achievements
        "Năm 2024, các cấp Hội đã tổ chức 215 buổi tuyên truyền; đã triển khai 30 mô hình giảm nghèo.",
        "Hội nghị đã thống nhất đề nghị UBND tỉnh tặng Bằng khen cho 15 tập thể có thành tích xuất sắc.",
        # ... also after a directing speech, or with the leader far before the directive
        pytest.param(
            "Năm 2022, công tác dân vận đã đạt nhiều kết quả quan trọng. Các cấp ủy đã tăng cường "
            "lãnh đạo, chỉ đạo công tác dân vận; đã tổ chức 120 hội nghị đối thoại với Nhân dân. "
            "Tăng cường đối thoại, giải quyết kiến nghị của cử tri được các cấp quan tâm thực hiện.",
            id="achievements_are_not_tasks",
        ),
        pytest.param(
            "Phát biểu chỉ đạo, đồng chí Vi Văn Lợi ghi nhận kết quả của phường. Tuy nhiên, vẫn còn "
            "một số hạn chế cần khắc phục như việc nắm bắt dư luận có lúc chưa kịp thời.",
            id="shortcomings_after_a_directing_speech_are_no_task",
        ),
        pytest.param(
            "Trong năm qua, Thường trực Huyện ủy và các cấp ủy đã tăng cường lãnh đạo công tác dân "
            "vận; chỉ đạo các xã tập trung thực hiện nhiệm vụ giảm nghèo bền vững.",
            id="position_far_from_the_directive_gives_no_speaker",
        ),
        # a congress's agenda
        "Chương trình đại hội gồm: thảo luận báo cáo chính trị, bầu Ban Chấp hành khóa mới, "
        "thông qua nghị quyết đại hội.",
        # what a course holds is no programme of the event
        "Nội dung tập huấn gồm: tuyên truyền về Luật Dân chủ ở cơ sở; hướng dẫn kỹ năng hòa giải.",
        # "giao" in other words
        "Đồng chí Cầm Thị Nga, Chủ tịch Hội LHPN huyện giao lưu, trò chuyện với hội viên tại buổi lễ.",
        # a decision handed over, even before an organ
        pytest.param(
            "Đồng chí Bùi Thị Hoa, Phó Bí thư Tỉnh ủy giao Quyết định chuẩn y Ban Chấp hành Đảng bộ "
            "phường nhiệm kỳ 2025 - 2030.",
            id="a_decision_handed_over_is_no_assignment_even_before_an_organ",
        ),
    ],
)
def test_what_is_not_a_task(text: str) -> None:
    assert tasks(text)[1] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "Một là … Hai là …" after an inline header
            "Đồng chí Đặng Văn Hùng, Bí thư Tỉnh ủy yêu cầu các cấp ủy thực hiện tốt các nhiệm vụ "
            "sau: Một là, nâng cao nhận thức về công tác dân vận. Hai là, tăng cường đối thoại với "
            "Nhân dân.",
            ["nâng cao nhận thức về công tác dân vận", "tăng cường đối thoại với Nhân dân"],
        ),
        (  # "thứ nhất …; thứ hai …"
            "Đồng chí Mai Văn Tùng đề nghị: thứ nhất, các chi bộ bám sát cơ sở; thứ hai, tăng "
            "cường kiểm tra giám sát.",
            ["các chi bộ bám sát cơ sở", "tăng cường kiểm tra giám sát"],
        ),
        (  # "1. … 2. …" in one paragraph
            "Đồng chí Võ Thị Mai, Trưởng Ban Dân vận Huyện ủy đề nghị thời gian tới: 1. Tiếp tục "
            "tuyên truyền sâu rộng các nghị quyết. 2. Đẩy mạnh phong trào thi đua dân vận khéo.",
            ["Tiếp tục tuyên truyền sâu rộng các nghị quyết", "Đẩy mạnh phong trào thi đua dân vận khéo"],
        ),
        (  # "a) … b) …"
            "Đồng chí Võ Thị Mai yêu cầu: a) tăng cường công tác nắm tình hình; b) làm tốt công tác "
            "hòa giải ở cơ sở.",
            ["tăng cường công tác nắm tình hình", "làm tốt công tác hòa giải ở cơ sở"],
        ),
        (  # lines opening with "-" or "+"
            "Đồng chí Hồ Văn Phú, Chủ tịch UBND xã yêu cầu các thôn thực hiện tốt các nội dung sau:\n"
            "- Rà soát danh sách hộ nghèo, cận nghèo;\n"
            "+ Kịp thời báo cáo khó khăn, vướng mắc về xã.",
            ["Rà soát danh sách hộ nghèo, cận nghèo", "Kịp thời báo cáo khó khăn, vướng mắc về xã"],
        ),
    ],
)
def test_enumerations(text: str, expected: list[str]) -> None:
    assert tasks(text)[1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # K5: a verb series sharing one object stays one task, coordinated clauses split
            "Đồng chí Tạ Văn Long đề nghị Hội Cựu chiến binh tiếp tục phát huy vai trò nòng cốt, "
            "đổi mới nội dung sinh hoạt; chủ động tuyên truyền, duy trì, nhân rộng các mô hình hay.",
            ["Hội Cựu chiến binh tiếp tục phát huy vai trò nòng cốt", "đổi mới nội dung sinh hoạt",
             "chủ động tuyên truyền, duy trì, nhân rộng các mô hình hay"],
        ),
        (  # a clause with its own subject after ";", a lead-in before ":"
            "Qua đó, đồng chí Lê Thị Sen đề nghị các cấp ủy, chính quyền cần quan tâm: giữ vững "
            "ổn định chính trị ở cơ sở; Hội Phụ nữ các xã tiếp tục vận động hội viên tiết kiệm.",
            ["giữ vững ổn định chính trị ở cơ sở",
             "Hội Phụ nữ các xã tiếp tục vận động hội viên tiết kiệm"],
        ),
        (  # "và" before a modal, "." glued to the next sentence
            "Đồng chí Vương Đình Huệ đề nghị cán bộ phải gương mẫu, sâu sát cơ sở và phải nói đi "
            "đôi với làm.Tiếp tục đổi mới tác phong công tác.",
            ["cán bộ phải gương mẫu, sâu sát cơ sở", "phải nói đi đôi với làm",
             "Tiếp tục đổi mới tác phong công tác"],
        ),
        (  # commas inside a purpose clause coordinate what it holds
            "Đồng chí Thái Văn Quế đề nghị Ban Dân vận tham mưu để củng cố tổ chức cơ sở hội, "
            "đổi mới cách thức tập hợp đoàn viên thanh niên.",
            ["Ban Dân vận tham mưu để củng cố tổ chức cơ sở hội, đổi mới cách thức tập hợp đoàn "
             "viên thanh niên"],
        ),
        (  # a comma inside a “quoted” name does not split
            "Đồng chí Mạc Văn Tư yêu cầu các xã đẩy mạnh phong trào “Chung tay, tiếp tục xây dựng "
            "nông thôn mới” trong toàn huyện.",
            ["các xã đẩy mạnh phong trào “Chung tay, tiếp tục xây dựng nông thôn mới” trong toàn huyện"],
        ),
        # a comma before a clause verb ("phấn đấu", "giải quyết", "kiên quyết") starts a task
        pytest.param(
            "Phát biểu chỉ đạo, đồng chí Lưu Thị Hạnh, Bí thư Đảng ủy xã đề nghị các đoàn thể cần "
            "giữ vững kết quả đạt được trong quý III, phấn đấu hoàn thành chỉ tiêu năm 2024, nắm "
            "chắc tâm tư của đoàn viên và hội viên, kịp thời báo cáo cấp ủy, chính quyền những vấn đề "
            "phát sinh.",
            [
                "các đoàn thể cần giữ vững kết quả đạt được trong quý III",
                "phấn đấu hoàn thành chỉ tiêu năm 2024",
                "nắm chắc tâm tư của đoàn viên và hội viên",
                "kịp thời báo cáo cấp ủy, chính quyền những vấn đề phát sinh",
            ],
            id="comma_before_a_clause_verb_splits_tasks",
        ),
        pytest.param(
            "Đồng chí Vi Thị Nhàn, Bí thư Đảng ủy xã đề nghị các thôn tăng cường đối thoại với bà "
            "con, giải quyết dứt điểm các vụ tranh chấp ranh giới đất rừng.",
            [
                "các thôn tăng cường đối thoại với bà con",
                "giải quyết dứt điểm các vụ tranh chấp ranh giới đất rừng",
            ],
            id="comma_before_giai_quyet_and_trien_khai_starts_a_task",
        ),
        pytest.param(
            "Ông Thạch Sô Phol, Phó Chủ tịch UBND thị xã đề nghị lực lượng chức năng tăng cường tuần "
            "tra trên các tuyến kênh, kiên quyết xử lý các trường hợp đánh bắt thủy sản bằng xung điện.",
            [
                "lực lượng chức năng tăng cường tuần tra trên các tuyến kênh",
                "kiên quyết xử lý các trường hợp đánh bắt thủy sản bằng xung điện",
            ],
            id="comma_before_kien_quyet_starts_a_task",
        ),
        # ... but not inside a noun list, nor after "trong đó"
        pytest.param(
            "Đồng chí Lưu Thị Hạnh, Bí thư Đảng ủy xã yêu cầu Mặt trận tiếp tục đổi mới nội dung, "
            "phương thức, nâng cao hiệu quả hoạt động. Xây dựng kế hoạch công tác cho cả nhiệm kỳ, "
            "trong đó phải xác định được trọng tâm ưu tiên.",
            [
                "Mặt trận tiếp tục đổi mới nội dung, phương thức, nâng cao hiệu quả hoạt động",
                "Xây dựng kế hoạch công tác cho cả nhiệm kỳ, trong đó phải xác định được trọng tâm ưu tiên",
            ],
            id="comma_inside_a_noun_list_or_after_trong_do_does_not_split",
        ),
        # "thăm hỏi" opens the task before the gift, which alone would read as a reward
        pytest.param(
            "Đồng chí Hứa Văn Tài đề nghị Hội Nông dân các xã thăm hỏi, tặng quà hội viên bị "
            "thiệt hại do bão trước ngày 20/12.",
            [
                "Hội Nông dân các xã thăm hỏi, tặng quà hội viên bị thiệt hại do bão trước ngày 20/12",
            ],
            id="a_visit_of_the_needy_with_gifts_is_a_task",
        ),
        # the colon after the directive, the lead-in and the addressee are no part of a task
        pytest.param(
            "Phát biểu kết luận, Bí thư Quận ủy Hoàng Thị Thu Hằng yêu cầu: Các cấp ủy tiếp tục "
            "quán triệt quan điểm \"dân là gốc\"; phát huy vai trò của MTTQ và các đoàn thể.",
            [
                'Các cấp ủy tiếp tục quán triệt quan điểm "dân là gốc"',
                "phát huy vai trò của MTTQ và các đoàn thể",
            ],
            id="colon_after_the_directive_is_not_part_of_the_task",
        ),
        pytest.param(
            "Phát biểu tại hội nghị, đồng chí Lại Thị Nga - Phó Bí thư Đảng ủy đề nghị đồng chí "
            "phát huy tinh thần trách nhiệm trong công tác mới.",
            [
                "phát huy tinh thần trách nhiệm trong công tác mới",
            ],
            id="lead_in_and_addressee_are_trimmed",
        ),
        # quoted speech after the directive is split like any other
        pytest.param(
            "Đồng chí Ngô Thị Thanh yêu cầu: “Các cấp ủy phải thường xuyên đối thoại với Nhân dân; "
            "kịp thời giải quyết kiến nghị chính đáng”.",
            [
                "Các cấp ủy phải thường xuyên đối thoại với Nhân dân",
                "kịp thời giải quyết kiến nghị chính đáng",
            ],
            id="quoted_speech_after_the_directive_is_split_like_any_other",
        ),
    ],
)
def test_one_task_per_assigned_action(text: str, expected: list[str]) -> None:
    assert tasks(text)[1] == expected


def test_speaker_addressee_and_period() -> None:
    text = (
        "Năm 2024, Hội Phụ nữ tỉnh đã tổ chức 200 lớp tập huấn. Phát biểu tại hội nghị, đồng chí "
        "Trần Văn Bình, Chủ tịch UBND tỉnh đề nghị trong năm 2025, các sở, ngành tập trung cải cách "
        "thủ tục hành chính; Ủy ban MTTQ các huyện tiếp tục giám sát việc thực hiện quy chế dân chủ."
    )
    r, _ = tasks(text)
    assert [(t.speaker, t.addressee, t.period) for t in r.tasks] == [
        ("Trần Văn Bình", "các sở, ngành", "2025"),
        ("Trần Văn Bình", "Ủy ban MTTQ các huyện", "2025"),
    ]
    # the year reviewed earlier in the sentence is not the period of the tasks
    r, _ = tasks(
        "Hội nghị đánh giá kết quả 6 tháng đầu năm 2023, đồng thời đề nghị các đơn vị tiếp tục "
        "hoàn thành các chỉ tiêu thi đua."
    )
    assert [t.period for t in r.tasks] == [None]
    # a period at the head of a later sentence holds for the tasks from there on
    r, _ = tasks(
        "Đồng chí Lý Văn Hưng đề nghị các cấp Hội tiếp tục củng cố tổ chức. Trong năm 2027, tập "
        "trung tổ chức thành công đại hội cấp cơ sở."
    )
    assert [t.period for t in r.tasks] == [None, "2027"]
    # a period in a short lead-in before the directive, unless it is the period reviewed
    r, _ = tasks(
        "Về nhiệm vụ quý 3/2026, đồng chí Lục Văn Sinh yêu cầu các chi hội tiếp tục phát triển "
        "hội viên."
    )
    assert [t.period for t in r.tasks] == ["2026-07/2026-09"]
    r, _ = tasks(
        "Đồng chí Lục Văn Sinh ghi nhận kết quả quý 3/2026; đồng thời yêu cầu các chi hội tiếp "
        "tục phát triển hội viên."
    )
    assert [t.period for t in r.tasks] == [None]
    # a passage goes on over the sentences after its directive, with its period
    r, _ = tasks(
        "Phát biểu kết luận, đồng chí Lục Văn Sinh đề nghị trong năm 2026 các chi hội tiếp tục "
        "phát triển hội viên. Nâng cao chất lượng sinh hoạt chi hội. Tăng cường kiểm tra."
    )
    assert [(t.period, t.list_index) for t in r.tasks] == [("2026", 0)] * 3
    # a capital that only starts the sentence is no addressee
    r, _ = tasks("Đồng chí Lý Văn Hưng đề nghị: Công tác tuyên truyền cần được đổi mới.")
    assert [t.addressee for t in r.tasks] == [None]


def test_announced_count_is_compared_with_the_items_found() -> None:
    r, items = tasks(
        "Hội nghị thống nhất 5 nhiệm vụ trọng tâm năm 2025 gồm: củng cố tổ chức; phát triển hội "
        "viên; đẩy mạnh thi đua."
    )
    assert items == ["củng cố tổ chức", "phát triển hội viên", "đẩy mạnh thi đua"]
    assert (r.task_lists[0].announced, r.task_lists[0].found) == (5, 3)
    assert any("announced 5 tasks, found 3" in w for w in r.warnings)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Theo đồng chí Tòng Văn Pâng, Bí thư Huyện ủy, thời gian tới các cấp Hội cần tập "
            "trung xây dựng chi hội vững mạnh.",
            ["các cấp Hội cần tập trung xây dựng chi hội vững mạnh"],
        ),
        ("Theo báo cáo, năm qua các cấp Hội cần nhiều kinh phí để hoạt động.", []),
        ("Theo ông Hà Văn Lún, người dân bản Phiêng, bà con cần thêm vốn vay để chăn nuôi.", []),
    ],
)
def test_reported_view_of_an_official_with_a_modal(text: str, expected: list[str]) -> None:
    r, items = tasks(text)
    assert items == expected
    assert all(t.speaker == "Tòng Văn Pâng" for t in r.tasks)


def test_heading_line_over_its_items() -> None:
    text = (
        "Năm 2024, Hội đã phát triển 500 hội viên mới.\n\n"
        "PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026\n\n"
        "1. Tiếp tục đổi mới nội dung, phương thức hoạt động của Hội.\n\n"
        "2. Đẩy mạnh phong trào nông dân thi đua sản xuất giỏi.\n\n"
        "Hội nghị kết thúc lúc 11 giờ."
    )
    r, items = tasks(text)
    assert items == [
        "Tiếp tục đổi mới nội dung, phương thức hoạt động của Hội",
        "Đẩy mạnh phong trào nông dân thi đua sản xuất giỏi",
    ]
    assert {t.period for t in r.tasks} == {"2026"}
    # a headline that names a programme is no heading of items
    text = "Hội Nông dân tỉnh triển khai nhiệm vụ năm 2026\n\nSáng 10/1, Hội Nông dân tỉnh tổ chức hội nghị."
    assert tasks(text)[1] == []


# --- families found by the blind tasks probe (fixtures/probe/tasks-*.json) ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "giao" + an organ's name, no task verb of the list after it
            "Đồng chí Đặng Quốc Khánh, Chủ tịch UBND huyện giao Trung tâm Y tế huyện khẩn trương "
            "lập danh sách các hộ có người cao tuổi neo đơn.",
            ["Trung tâm Y tế huyện khẩn trương lập danh sách các hộ có người cao tuổi neo đơn"],
        ),
        (  # "giao Ban …": an organ, not a "giao ban" meeting
            "Kết luận buổi làm việc, bà Tô Thị Hằng, Bí thư Thành ủy giao Ban Tuyên giáo Thành ủy "
            "biên soạn tài liệu hỏi đáp về chuyển đổi số cho cơ sở.",
            ["Ban Tuyên giáo Thành ủy biên soạn tài liệu hỏi đáp về chuyển đổi số cho cơ sở"],
        ),
        (  # two assignments in a row: "giao X …; giao Y …"
            "Ông Lương Văn Tảo, Phó Chủ tịch UBND tỉnh giao Sở Xây dựng thẩm định hồ sơ trước "
            "ngày 5/8; giao Kho bạc Nhà nước tỉnh ưu tiên giải ngân vốn cho công trình.",
            [
                "Sở Xây dựng thẩm định hồ sơ trước ngày 5/8",
                "Kho bạc Nhà nước tỉnh ưu tiên giải ngân vốn cho công trình",
            ],
        ),
        (  # "…; đồng thời giao …" after a request
            "Đồng chí Ninh Văn Quế kết luận, đề nghị các phường quán triệt nghiêm túc kế hoạch "
            "của Quận ủy; đồng thời giao Văn phòng Quận ủy theo dõi, tổng hợp, báo cáo kết quả.",
            [
                "các phường quán triệt nghiêm túc kế hoạch của Quận ủy",
                "Văn phòng Quận ủy theo dõi, tổng hợp, báo cáo kết quả",
            ],
        ),
        (  # the event's own resolution assigns, with no speaker
            "Hội nghị cũng nhất trí giao Thường trực Đảng ủy khối chỉ đạo hoàn thiện đề án "
            "sáp nhập các chi bộ trước khi trình cấp trên.",
            ["Thường trực Đảng ủy khối chỉ đạo hoàn thiện đề án sáp nhập các chi bộ trước khi trình cấp trên"],
        ),
    ],
)
def test_assignment_to_a_named_organ(text: str, expected: list[str]) -> None:
    assert tasks(text)[1] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Chiều 4/9, Ban Dân vận Huyện ủy Tân Kỳ tổ chức họp giao ban công tác dân vận quý III.",
        "Đồng chí Lò Văn Hặc, Bí thư Huyện ủy giao Quyết định bổ nhiệm cho đồng chí Trưởng phòng Nội vụ.",
        "Đồng chí Hà Văn Tới đã được giao Ban Quản lý dự án làm chủ đầu tư công trình từ năm ngoái.",
    ],
)
def test_giao_that_assigns_nothing(text: str) -> None:
    assert tasks(text)[1] == []


def test_placeholder_object_then_reported_view_of_the_same_speaker() -> None:
    text = (
        "Đồng chí Mạc Thị Huyền, Trưởng ban Dân vận Huyện ủy ghi nhận kết quả của phường và "
        "lưu ý một số vấn đề. Theo bà, chi bộ các khu phố cần sinh hoạt chuyên đề về dân vận "
        "ít nhất một lần mỗi quý. Về kiến nghị của phường, bà giao Văn phòng Huyện ủy nghiên "
        "cứu, đề xuất phương án bố trí trụ sở."
    )
    r, items = tasks(text)
    assert items == [
        "chi bộ các khu phố cần sinh hoạt chuyên đề về dân vận ít nhất một lần mỗi quý",
        "Văn phòng Huyện ủy nghiên cứu, đề xuất phương án bố trí trụ sở",
    ]
    assert {t.speaker for t in r.tasks} == {"Mạc Thị Huyền"}


def test_list_header_with_the_directive_after_a_purpose_clause() -> None:
    text = (
        "Phát biểu tại hội nghị, đồng chí Kha Văn Lũy, Phó Bí thư Tỉnh ủy biểu dương các cấp hội.\n"
        "Để hoàn thành tốt nhiệm vụ năm 2026 và các năm tiếp theo, đồng chí đề nghị cần thực hiện "
        "tốt các nội dung sau:\n"
        "Một là, đổi mới phương thức tập hợp hội viên ở vùng đồng bào dân tộc thiểu số.\n"
        "Hai là, nâng cao chất lượng sinh hoạt chi hội.\n"
        "Đồng chí cũng lưu ý các cấp hội phải quản lý chặt chẽ nguồn vốn ủy thác."
    )
    r, items = tasks(text)
    assert items == [
        "đổi mới phương thức tập hợp hội viên ở vùng đồng bào dân tộc thiểu số",
        "nâng cao chất lượng sinh hoạt chi hội",
        "các cấp hội phải quản lý chặt chẽ nguồn vốn ủy thác",
    ]
    assert [t.speaker for t in r.tasks] == ["Kha Văn Lũy"] * 3
    assert [t.period for t in r.tasks[:2]] == ["2026", "2026"]


def test_period_named_after_the_softer_verb_of_a_list_header() -> None:
    text = (
        "Phát biểu chỉ đạo, đồng chí Mai Xuân Hưng nhấn mạnh: quý IV năm 2025 là thời điểm nước "
        "rút, do đó các cơ quan trong Khối cần thực hiện tốt các nội dung sau:\n"
        "1. Rà soát các chỉ tiêu chưa đạt để có giải pháp cụ thể.\n"
        "2. Phối hợp tổ chức Ngày hội Đại đoàn kết ở các khu dân cư."
    )
    r, items = tasks(text)
    assert items == [
        "Rà soát các chỉ tiêu chưa đạt để có giải pháp cụ thể",
        "Phối hợp tổ chức Ngày hội Đại đoàn kết ở các khu dân cư",
    ]
    assert [t.period for t in r.tasks] == ["2025-10/2025-12"] * 2
    assert {t.speaker for t in r.tasks} == {"Mai Xuân Hưng"}


def test_quoted_prohibition_with_the_speaker_after() -> None:
    text = (
        "Bà Nông Thị Bích, Chủ tịch UBND huyện làm việc với ngành giáo dục. “Tuyệt đối không để "
        "học sinh nào thiếu sách vở khi bước vào năm học mới”, bà Nông Thị Bích yêu cầu."
    )
    r, items = tasks(text)
    assert items == ["Tuyệt đối không để học sinh nào thiếu sách vở khi bước vào năm học mới"]
    assert r.tasks[0].speaker == "Nông Thị Bích"


@pytest.mark.parametrize(
    ("text", "addressee"),
    [
        (  # a capitalized task verb inside the organ's name is no verb
            "Ông Tạ Quang Bình, Phó Chủ tịch UBND huyện đề nghị Trung tâm Phát triển quỹ đất huyện "
            "phối hợp với các xã hoàn thành kiểm đếm trong tháng này.",
            "Trung tâm Phát triển quỹ đất huyện",
        ),
        (  # a word that ends the addressee before a verb outside the list
            "Đồng chí Lã Văn Dũng yêu cầu Phòng Tài nguyên và Môi trường khẩn trương cắm mốc "
            "hành lang an toàn các hồ chứa.",
            "Phòng Tài nguyên và Môi trường",
        ),
        (  # the subject of a passive is not who must act
            "Bà Hứa Thị Lan, Chủ tịch Ủy ban MTTQ Việt Nam huyện nhấn mạnh: Những vướng mắc của "
            "người dân cần được tháo gỡ ngay tại cơ sở.",
            None,
        ),
    ],
)
def test_addressee_of_an_item(text: str, addressee: str | None) -> None:
    r, items = tasks(text)
    assert len(items) == 1
    assert r.tasks[0].addressee == addressee


@pytest.mark.parametrize(
    "text",
    [  # "bà con", "ông bà" are no pronoun subjects: the voters' requests stay no tasks
        "Tại buổi tiếp xúc, bà con đề nghị các cấp sớm nạo vét kênh thủy lợi nội đồng.",
        "Ông bà con cháu trong dòng họ đề nghị chính quyền sớm giải quyết dứt điểm vụ tranh chấp.",
        # what is handed over is no assignee
        "Đồng chí Hoàng Văn Lợi, Chủ tịch UBND huyện giao Huân chương Lao động hạng Ba cho tập "
        "thể Trường Tiểu học Nà Phặc.",
    ],
)
def test_no_pronoun_speaker_and_no_assignee(text: str) -> None:
    assert tasks(text)[1] == []


def test_items_numbered_in_brackets() -> None:
    text = (
        "Về nhiệm vụ thời gian tới, đồng chí Quan Văn Dũng yêu cầu: (1) rà soát các hộ cận nghèo "
        "mới phát sinh; (2) hoàn thành sửa chữa nhà cho hộ chính sách trước ngày 15/11; (a) vận "
        "động doanh nghiệp tham gia quỹ khuyến học."
    )
    r, items = tasks(text)
    assert items == [
        "rà soát các hộ cận nghèo mới phát sinh",
        "hoàn thành sửa chữa nhà cho hộ chính sách trước ngày 15/11",
        "vận động doanh nghiệp tham gia quỹ khuyến học",
    ]
    assert {t.speaker for t in r.tasks} == {"Quan Văn Dũng"}


def test_semicolon_before_an_organ_and_a_listed_verb() -> None:
    text = (
        "Kết luận, đồng chí Giáp Thị Thoa, Chủ tịch UBND thành phố chỉ đạo: Các phòng, ban khẩn "
        "trương thẩm định phương án bồi thường; UBND các phường bố trí quỹ nhà tạm cư; Công an "
        "thành phố bảo đảm trật tự tại công trường."
    )
    r, items = tasks(text)
    assert items == [
        "Các phòng, ban khẩn trương thẩm định phương án bồi thường",
        "UBND các phường bố trí quỹ nhà tạm cư",
        "Công an thành phố bảo đảm trật tự tại công trường",
    ]
    assert [t.addressee for t in r.tasks] == ["Các phòng, ban", "UBND các phường", "Công an thành phố"]


def test_addressee_stops_at_a_colon() -> None:
    text = (
        "Đồng chí Lò Thị Vân đề nghị Hội Nông dân các cấp: thứ nhất, bám sát cơ sở; thứ hai, "
        "đổi mới cách tập hợp hội viên trẻ."
    )
    r, items = tasks(text)
    assert items == ["bám sát cơ sở", "đổi mới cách tập hợp hội viên trẻ"]
    assert {t.addressee for t in r.tasks} == {"Hội Nông dân các cấp"}


def test_conclusion_with_a_colon_and_modals() -> None:
    text = (
        "Đồng chí Đèo Văn Chiến phát biểu kết luận: Các chi bộ phải đưa nội dung dân vận vào "
        "sinh hoạt định kỳ; người đứng đầu phải gương mẫu, gần dân."
    )
    r, items = tasks(text)
    assert items == [
        "Các chi bộ phải đưa nội dung dân vận vào sinh hoạt định kỳ",
        "người đứng đầu phải gương mẫu, gần dân",
    ]
    assert {t.speaker for t in r.tasks} == {"Đèo Văn Chiến"}


def test_heading_line_in_one_sentence_with_its_first_item() -> None:
    text = (
        "Năm 2025, Hội đã kết nạp 320 hội viên mới.\n"
        "PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2026\n"
        "1. Củng cố tổ chức hội ở các chi hội yếu.\n"
        "2. Mở rộng mô hình tổ hợp tác sản xuất rau an toàn."
    )
    r, items = tasks(text)
    assert items == [
        "Củng cố tổ chức hội ở các chi hội yếu",
        "Mở rộng mô hình tổ hợp tác sản xuất rau an toàn",
    ]
    assert [t.period for t in r.tasks] == ["2026", "2026"]


def test_directive_to_an_addressee_before_lettered_items() -> None:
    text = (
        "Đồng chí Lương Thị Hoa yêu cầu Hội Nông dân các cấp:\n"
        "a) Tăng cường phổ biến pháp luật cho hội viên;\n"
        "b) Hướng dẫn nông dân liên kết sản xuất theo chuỗi giá trị."
    )
    r, items = tasks(text)
    assert items == [
        "Tăng cường phổ biến pháp luật cho hội viên",
        "Hướng dẫn nông dân liên kết sản xuất theo chuỗi giá trị",
    ]
    assert {t.speaker for t in r.tasks} == {"Lương Thị Hoa"}


def test_quoted_requirement_attributed_with_noi() -> None:
    text = (
        "“Cán bộ Mặt trận phải sâu sát cơ sở, trọng dân, gần dân”, Chủ tịch Ủy ban MTTQ Việt Nam "
        "tỉnh Sầm Thị Duyên nói."
    )
    r, items = tasks(text)
    assert items == ["Cán bộ Mặt trận phải sâu sát cơ sở, trọng dân, gần dân"]
    assert r.tasks[0].speaker == "Sầm Thị Duyên"


def test_sentence_opened_by_a_period_goes_on_the_passage() -> None:
    text = (
        "Kết luận hội nghị, đồng chí Hứa Văn Tư yêu cầu: Trong quý I/2026, các chi bộ tổ chức "
        "sinh hoạt chuyên đề về dân vận. Trong quý II/2026, Ban Dân vận Đảng ủy tổ chức kiểm tra "
        "tại 5 chi bộ."
    )
    r, items = tasks(text)
    assert items == [
        "các chi bộ tổ chức sinh hoạt chuyên đề về dân vận",
        "Ban Dân vận Đảng ủy tổ chức kiểm tra tại 5 chi bộ",
    ]
    assert [t.period for t in r.tasks] == ["2026-01/2026-03", "2026-04/2026-06"]
    assert [t.addressee for t in r.tasks] == ["các chi bộ", "Ban Dân vận Đảng ủy"]


def test_an_adverb_ends_the_addressee() -> None:
    text = (
        "Đồng chí Tạ Văn Long, Bí thư Huyện ủy yêu cầu đồng chí Chủ tịch UBND xã Tân Lập trực "
        "tiếp chỉ đạo giải quyết dứt điểm vụ việc trước ngày 20/12."
    )
    r, _ = tasks(text)
    assert r.tasks[0].addressee == "Chủ tịch UBND xã Tân Lập"


@pytest.mark.parametrize(
    "directive",
    [
        "lưu ý Chi bộ thôn Nà Phặc mấy việc sau đây.",
        "lưu ý các chi bộ mấy việc sau.",
        "đề nghị Đoàn Thanh niên huyện một số nội dung sau đây.",
    ],
)
def test_placeholder_after_an_addressee_is_no_task(directive: str) -> None:
    text = (
        "Phát biểu tại buổi làm việc, đồng chí Lầu Văn Sình, Bí thư Huyện ủy "
        + directive
        + "\n\nThứ nhất, tổ chức tốt Ngày hội Đại đoàn kết ở các khu dân cư.\n\n"
        "Thứ hai, vận động thanh niên tham gia giữ gìn an ninh trật tự."
    )
    r, items = tasks(text)
    assert items == [
        "tổ chức tốt Ngày hội Đại đoàn kết ở các khu dân cư",
        "vận động thanh niên tham gia giữ gìn an ninh trật tự",
    ]
    assert {t.speaker for t in r.tasks} == {"Lầu Văn Sình"}


def test_a_task_ending_in_a_placeholder_like_noun_is_kept() -> None:
    lead = "Đồng chí Kha Văn Tùng, Chủ tịch UBND huyện yêu cầu "
    _, items = tasks(lead + "các xã khắc phục những việc còn tồn đọng.")
    assert items == ["các xã khắc phục những việc còn tồn đọng"]
    _, items = tasks(lead + "Phòng Nội vụ rà soát lại các việc.")
    assert items == ["Phòng Nội vụ rà soát lại các việc"]


@pytest.mark.parametrize("mark", ["a/", "b/"])
def test_items_lettered_or_numbered_with_a_slash(mark: str) -> None:
    first, second = ("a/", "b/") if mark == "a/" else ("1/", "2/")
    text = (
        "Hội nghị biểu quyết thông qua Nghị quyết về nhiệm vụ trọng tâm năm 2026:\n"
        f"{first} Mỗi chi hội kết nạp thêm ít nhất 10 hội viên mới;\n"
        f"{second} Phấn đấu 80% hộ gia đình đạt danh hiệu Gia đình văn hóa."
    )
    _, items = tasks(text)
    assert items == [
        "Mỗi chi hội kết nạp thêm ít nhất 10 hội viên mới",
        "Phấn đấu 80% hộ gia đình đạt danh hiệu Gia đình văn hóa",
    ]


@pytest.mark.parametrize(
    "header",
    [
        "Tại hội nghị, cử tri đã nêu 7 ý kiến, tập trung vào các nội dung sau:",
        "Các đại biểu thảo luận sôi nổi, tập trung vào một số nội dung:",
        "Ý kiến của người dân tập trung vào những nội dung chính sau:",
    ],
)
def test_what_citizens_or_delegates_raised_is_no_list_of_tasks(header: str) -> None:
    text = (
        header + "\n"
        "- Cử tri thôn Đồng Tâm đề nghị sớm sửa chữa cầu treo qua suối;\n"
        "- Một số hộ dân phản ánh việc chậm chi trả tiền bồi thường;\n"
        "- Nhiều ý kiến kiến nghị tăng cường kiểm tra chất lượng phân bón."
    )
    assert tasks(text)[1] == []


def test_a_leaders_list_header_still_opens_after_the_citizens_words() -> None:
    text = (
        "Trả lời ý kiến của người dân, đồng chí Vi Thị Nguyệt, Chủ tịch UBND huyện đề nghị các "
        "phòng chuyên môn tập trung vào một số nội dung sau:\n"
        "- Rà soát hồ sơ bồi thường còn tồn đọng;\n"
        "- Hướng dẫn người dân thủ tục cấp đổi giấy chứng nhận."
    )
    r, items = tasks(text)
    assert {t.speaker for t in r.tasks} == {"Vi Thị Nguyệt"}
    assert items == [
        "Rà soát hồ sơ bồi thường còn tồn đọng",
        "Hướng dẫn người dân thủ tục cấp đổi giấy chứng nhận",
    ]


def test_addressee_named_before_a_placeholder_goes_to_its_items() -> None:
    text = (
        "Đồng chí Mùa A Sềnh, Phó Bí thư Huyện ủy lưu ý Ban Thường vụ Huyện đoàn mấy việc sau "
        "đây.\n\nMột là, củng cố tổ chức cơ sở Đoàn ở các bản vùng cao.\n\n"
        "Hai là, phát động phong trào thanh niên tình nguyện hè."
    )
    r, items = tasks(text)
    assert len(items) == 2
    assert {t.addressee for t in r.tasks} == {"Ban Thường vụ Huyện đoàn"}


def test_addressee_before_an_inline_list_header_goes_to_its_items() -> None:
    text = (
        "Phát biểu chỉ đạo hội nghị, đồng chí Đàm Thị Liên đề nghị Liên đoàn Lao động huyện tập "
        "trung vào hai nhiệm vụ: một là chăm lo việc làm cho công nhân; hai là phát triển đoàn "
        "viên ở doanh nghiệp ngoài nhà nước."
    )
    r, items = tasks(text)
    assert items == [
        "chăm lo việc làm cho công nhân",
        "phát triển đoàn viên ở doanh nghiệp ngoài nhà nước",
    ]
    assert {t.addressee for t in r.tasks} == {"Liên đoàn Lao động huyện"}


@pytest.mark.parametrize(
    ("tail", "addressee"),
    [
        ("Chủ tịch UBND huyện Bế Văn Khải yêu cầu UBND xã Quang Trung.", "UBND xã Quang Trung"),
        ("Bí thư Huyện ủy Hà Thị Nguyệt đề nghị các phòng chuyên môn.", "các phòng chuyên môn"),
        ("Bí thư Huyện ủy Hà Thị Nguyệt nhấn mạnh.", None),
    ],
)
def test_addressee_named_after_a_quoted_requirement(tail: str, addressee: str | None) -> None:
    text = "“Việc gì đã hứa với dân thì phải làm đến nơi đến chốn”, " + tail
    r, items = tasks(text)
    assert items == ["Việc gì đã hứa với dân thì phải làm đến nơi đến chốn"]
    assert r.tasks[0].addressee == addressee


@pytest.mark.parametrize("verb", ["tổng hợp", "xem xét", "trả lời"])
def test_addressee_ends_before_a_verb_of_office_work(verb: str) -> None:
    text = f"Đồng chí Lò Văn Pánh, Chủ tịch UBND tỉnh giao Văn phòng UBND tỉnh {verb} các kiến nghị của huyện."
    r, items = tasks(text)
    assert items == [f"Văn phòng UBND tỉnh {verb} các kiến nghị của huyện"]
    assert r.tasks[0].addressee == "Văn phòng UBND tỉnh"


@pytest.mark.parametrize(
    "text",
    [
        "Đồng chí Tòng Văn Phới, Giám đốc Sở Công Thương cam kết sẽ chỉ đạo các phòng sớm cấp phép "
        "cho hợp tác xã.",
        "Trả lời cử tri, bà Lường Thị Yến, Phó Chủ tịch HĐND tỉnh hứa sẽ đề nghị Bộ Giao thông vận "
        "tải đầu tư nâng cấp quốc lộ.",
        "Chủ tịch UBND huyện Quàng Văn Ún cho biết huyện sẽ yêu cầu nhà thầu khẩn trương hoàn trả "
        "mặt bằng.",
    ],
)
def test_a_promise_to_direct_later_is_no_task(text: str) -> None:
    assert tasks(text)[1] == []


@pytest.mark.parametrize("modal", ["cần", "phải", "cần phải"])
def test_addressee_and_a_modal_before_the_items(modal: str) -> None:
    text = (
        f"Đồng chí Ma Thị Thúy, Trưởng Ban Tuyên giáo Huyện ủy đề nghị các chi bộ {modal}:\n"
        "+ Tổ chức học tập nghị quyết đúng thời gian;\n"
        "+ Nắm bắt dư luận xã hội ở khu dân cư."
    )
    r, items = tasks(text)
    assert items == [
        "Tổ chức học tập nghị quyết đúng thời gian",
        "Nắm bắt dư luận xã hội ở khu dân cư",
    ]
    assert {t.addressee for t in r.tasks} == {"các chi bộ"}


def test_neu_ro_with_a_quoted_modal_is_a_directive() -> None:
    text = (
        "Đồng chí Sùng A Vàng, Phó Chủ tịch UBND huyện nêu rõ: “Các trường phải rà soát học sinh "
        "bỏ học; không để em nào thiếu sách vở”."
    )
    r, items = tasks(text)
    assert items == ["Các trường phải rà soát học sinh bỏ học", "không để em nào thiếu sách vở"]
    assert {t.speaker for t in r.tasks} == {"Sùng A Vàng"}
    # ... but a statement without a modal is none
    assert tasks("Đồng chí Sùng A Vàng, Phó Chủ tịch UBND huyện nêu rõ những kết quả nổi bật của năm.")[1] == []


@pytest.mark.parametrize(("level", "rest"), [("xã", "khẩn trương"), ("thị xã", "cần"), ("ngành", "phải")])
def test_a_level_named_by_itself_is_an_addressee(level: str, rest: str) -> None:
    text = f"Đồng chí Vừ Mí Sính, Phó Chủ tịch UBND tỉnh yêu cầu {level} {rest} rà soát các hộ cận nghèo."
    r, items = tasks(text)
    assert items == [f"{level} {rest} rà soát các hộ cận nghèo"]
    assert r.tasks[0].addressee == level


def test_a_one_word_subject_that_is_no_level_is_still_no_addressee() -> None:
    r, _ = tasks("Đồng chí Vừ Mí Sính, Phó Chủ tịch UBND tỉnh yêu cầu Ban tổ chức chuẩn bị chu đáo hội trường.")
    assert r.tasks[0].addressee is None


