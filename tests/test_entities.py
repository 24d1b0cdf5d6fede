"""Organizations, locations, authors (danvan_nlp.entities) — on sentences written for these tests."""


from conftest import locations
from danvan_nlp.officials import find_officials
from danvan_nlp.tokenize import split_sentences


def test_byline_and_credit_go_to_authors() -> None:
    import danvan_nlp

    text = ("Đồng chí Nguyễn Văn Tú, Bí thư Tỉnh ủy dự hội nghị. Ảnh: Thanh Hà\n\n"
            "Nội dung bài viết kết thúc.\n\nLê Minh Châu")
    r = danvan_nlp.extract(text)
    assert [o.name for o in r.officials] == ["Nguyễn Văn Tú"]
    assert r.authors == ["Thanh Hà", "Lê Minh Châu"]


def test_organizations_and_locations() -> None:
    text = "Ban Dân vận Huyện ủy Thường Xuân tổ chức hội nghị tại xã Xuân Lẹ."
    res = find_officials(text, split_sentences(text))
    orgs = [text[o["start"] : o["end"]] for o in res["organizations"]]
    locs = [text[o["start"] : o["end"]] for o in res["locations"]]
    assert "Ban Dân vận Huyện ủy" in orgs
    assert "xã Xuân Lẹ" in locs
    assert res["event_organizer"] == "Ban Dân vận Huyện ủy Thường Xuân"
    assert res["event_kind"] == "hội nghị"


# --- convention 6 and issue 16 item 7: historical figures, places inside names -----------


def test_place_inside_a_name_or_organ_is_no_location() -> None:
    text = ("Đồng chí Trương Hòa Bình, Ủy viên Ủy ban MTTQ Việt Nam tỉnh dự hội nghị tại thành "
            "phố Hồ Chí Minh.")
    locs = locations(text)
    assert "Hòa Bình" not in locs and "Việt Nam" not in locs
    assert any("Hồ Chí Minh" in x for x in locs)
