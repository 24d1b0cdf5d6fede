"""Roles at the event: what each mentioned official did (chair, attend, direct, speak, report).

Takes: the syllables, their :class:`~danvan_nlp.marks.Marks` and the mentions
(:class:`~danvan_nlp.titles.Mention`). Sets each mention's ``roles_after`` and
``roles_before`` in place (:func:`assign_roles`); :data:`ROLE_ORDER` is the order roles are
listed in.

How: the role verbs of ``roles.tsv`` after a mention, within its clause and before the next
person ("A chủ trì hội nghị"), and those of the clause that introduces it ("Dự hội nghị có
các đồng chí A, B"); the members of a list share the list's verb, and the items of a
bulleted list take the verb of the line that opens it.

Layer: imports :mod:`danvan_nlp.marks` and :mod:`danvan_nlp.titles` (marks ← names ←
titles ← roles, entities, event ← officials).

Public: :func:`assign_roles`, :data:`ROLE_ORDER`.
"""

from __future__ import annotations

from collections.abc import Sequence

from danvan_nlp.marks import CAP, SUBJECT, Marks, Syl
from danvan_nlp.titles import Mention, after_aside

__all__ = ["ROLE_ORDER", "assign_roles"]


ROLE_ORDER = ("chair", "attend", "direct", "speak", "report")


def _roles_in(marks: Marks, a: int, b: int) -> list[tuple[int, int, str]]:
    """The role verbs (start, end, role) that start in ``a``..``b`` and end by ``b``,
    without those only a subject before them takes."""
    out = []
    for k in range(a, b):
        for e, role in marks.roles.get(k, []):
            if e <= b and not role.endswith(SUBJECT):
                out.append((k, e, role))
    return out


def assign_roles(syls: Sequence[Syl], marks: Marks, mentions: list[Mention]) -> None:
    """Set each mention's ``roles_after`` (the verbs after it, in its clause) and
    ``roles_before`` (the verbs of the clause that introduces it), list members sharing them."""
    n = len(syls)
    starts = {m.a for m in mentions}
    trig_starts = set(marks.trig)
    after_end: dict[int, int] = {}
    # roles after a mention: within the clause, before the next person
    for m in mentions:
        k = m.span_end
        limit = min(n, k + 14)
        found: set[str] = set()
        own_clause = True  # no comma or passive yet: a verb here has the mention as subject
        stretch = 0
        while k < limit:
            s = syls[k]
            if s.text == "," and "report" in found:
                break  # "A cho biết, đoàn sẽ tham dự …": what follows is what was said
            if s.low == "được" or (s.text == "," and _new_clause_after(syls, k)):
                own_clause = False  # a passive, or another clause ("…, đồng thời đề nghị")
            if s.text == ";" and found == set() and k + 1 < n:
                tail = _group_tail_end(syls, marks, k + 1, starts)
                if tail is not None:
                    # "…; E, Trưởng ban …; lãnh đạo các ban, ngành đã đến chúc mừng": the
                    # list ends with a group of no names, then the list's verb
                    limit = max(limit, min(n, tail + 4))
                    k += 1
                    continue
            if s.text in (".", ";", ":", "!", "?") or k in starts or marks.sent[k] != m.sent:
                break
            if k in trig_starts:
                after = marks.trig[k] + (syls[marks.trig[k]].low == "là")
                co_subject = after in marks.pos and any(
                    syls[j].low == "và" for j in range(max(m.span_end, k - 4), k)
                )  # "A – … và các ông, bà Phó Chủ tịch Hội chủ trì": no one else is named
                if not (k > 0 and syls[k - 1].low in ("cùng", "với")) and not co_subject:
                    break
                k = marks.trig[k]  # "… cùng các đồng chí Phó Trưởng Ban … chủ trì"
                continue
            if k in marks.pos and limit - k < 10:
                limit = min(n, k + 10)  # an unnamed co-subject's title is no distance
            if CAP.match(s.text) and k not in marks.roles and stretch < 8:
                stretch += 1  # capitalized words (the rest of an unknown organ's name) are
                limit = min(n, limit + 1)  # no distance either
            for e, role in marks.roles.get(k, []):
                if (role.endswith(SUBJECT) and not own_clause) or (k, e) in marks.object_side:
                    continue
                if (
                    role == "attend"
                    and found & {"chair", "speak", "report"}
                    and syls[k - 1].low not in ("và", ",")
                ):
                    continue  # "chủ trì gặp mặt các đại biểu tham dự Đại hội": the object's
                found.add(role.removesuffix(SUBJECT))
                after_end[m.a] = max(after_end.get(m.a, 0), e)
            if (
                k in marks.directive
                and k not in marks.inert  # "tiếp thu ý kiến chỉ đạo … và chỉ đạo các ngành"
                and all(r != "direct" for _, r in marks.roles.get(k, []))
            ):
                break  # "… yêu cầu các xã hoàn thành báo cáo": what follows is the directive's
            k += 1
        m.roles_after = _resolve_present(found)
    # roles from the clause that introduces the mention
    prev: Mention | None = None
    for m in mentions:
        if prev is not None and prev.sent != m.sent:
            prev = None
        lo = _sentence_start(marks, m)
        if prev is not None:
            lo = max(lo, after_end.get(prev.a, prev.span_end))
        before = _roles_in(marks, lo, m.lead)
        if before:
            m.roles_before = _resolve_present({r for _, _, r in before})
        elif prev is not None and _is_list_gap(syls, marks, prev.span_end, m.lead):
            m.roles_before = set(prev.roles_before)
        prev = m
    _bullet_list_roles(syls, marks, mentions)
    # "A, …; B, …, chủ trì" and "A – … và B – … chủ trì": a verb after the last member of
    # a list with no introducing verb is every member's
    for i in range(len(mentions) - 2, -1, -1):
        m, nxt = mentions[i], mentions[i + 1]
        if (
            not m.roles_before
            and not m.roles_after
            and m.sent == nxt.sent
            and _is_list_gap(syls, marks, m.span_end, nxt.lead)
        ):
            m.roles_after = set(nxt.roles_after)


_BULLETS = frozenset({"-", "–", "+", "•", "*"})


def _bullet_list_roles(syls: Sequence[Syl], marks: Marks, mentions: list[Mention]) -> None:
    """The items of a bulleted list ("Tham dự hội nghị có:" then "- Đồng chí A, …;" on
    lines of their own) take the verb of the line that opens the list."""
    starts = sorted(marks.sent_start.items())
    end_of = {si: (starts[i + 1][1] if i + 1 < len(starts) else len(syls))
              for i, (si, _) in enumerate(starts)}
    carried: dict[int, set[str]] = {}  # sentence -> roles its list items take
    for si, k in starts:
        if syls[k].text not in _BULLETS:
            continue
        prev = si - 1
        if prev in carried:
            carried[si] = carried[prev]
            continue
        if prev not in marks.sent_start:
            continue
        e = end_of[prev]
        if e - 1 >= 0 and syls[e - 1].text == ":":
            carried[si] = _resolve_present({r for _, _, r in _roles_in(marks, marks.sent_start[prev], e)})
    first_in: dict[int, int] = {}
    for m in mentions:
        first_in[m.sent] = min(first_in.get(m.sent, m.a), m.a)
    for m in mentions:
        if (
            m.sent in carried
            and not m.roles_before
            and first_in[m.sent] == m.a
            and marks.sent_start[m.sent] < m.lead
        ):
            m.roles_before = set(carried[m.sent])


_CLAUSE_OPENERS = frozenset({"đồng", "trong", "qua", "theo", "nhất", "còn", "nhưng", "sau", "khi"})


def _new_clause_after(syls: Sequence[Syl], k: int) -> bool:
    """Whether the comma at ``k`` opens another clause ("…, đồng thời …", "…, trong đó …"),
    rather than a series of verbs ("giao lưu, chia sẻ")."""
    return k + 1 < len(syls) and (
        syls[k + 1].low in _CLAUSE_OPENERS or bool(CAP.match(syls[k + 1].text))
    )


_GROUP_WORDS = frozenset({"lãnh", "đại", "các", "cùng", "cán", "thủ", "thành", "đông"})


def _group_tail_end(
    syls: Sequence[Syl], marks: Marks, k: int, starts: set[int]
) -> int | None:
    """Where the first role verb is in a list's last item that names a group, no person
    ("lãnh đạo các ban, ngành", "đại diện các sở", "cùng các đồng chí …"), before the end of
    the sentence; None if the item at ``k`` is no such group."""
    n = len(syls)
    if k >= n or syls[k].low not in _GROUP_WORDS:
        return None
    for j in range(k, min(n, k + 20)):
        if j in starts or syls[j].text in (".", ";", ":", "!", "?") or marks.sent[j] != marks.sent[k]:
            return None
        if j in marks.roles:
            e = max(end for end, _ in marks.roles[j])
            if e < n and syls[e].low == "có":
                return None  # "…; cùng dự có đồng chí B": the verb introduces new people
            return j
    return None


def _resolve_present(roles: set[str]) -> set[str]:
    """"có đồng chí X" means X attended — unless a real verb ("Chủ trì hội nghị có các
    đồng chí …") says what X did."""
    if "present" in roles:
        roles = (roles - {"present"}) or {"attend"}
    return roles - {"host"}  # "Đón tiếp đoàn có đồng chí …": hosts get no role for that


def _sentence_start(marks: Marks, m: Mention) -> int:
    """The first syllable of the mention's sentence."""
    return marks.sent_start.get(m.sent, m.a)


def _is_list_gap(syls: Sequence[Syl], marks: Marks, a: int, b: int) -> bool:
    """Only list punctuation, "và" and name triggers between two mentions — or anything
    without a full stop, as long as a semicolon opens the new item ("…; đồng chí B")."""
    j = b - 1
    while j >= a and j in marks.in_trig:
        j -= 1
    if j >= a and syls[j].text == ";" and all(
        syls[i].text not in ".!?" or i in marks.in_trig for i in range(a, b)  # "TS." is no stop
    ):
        return True
    # "…; B, …, cùng các đồng chí trong Ban Thường vụ Tỉnh ủy: C, …": a sub-list opened by a
    # colon, with no verb of its own
    if (
        j >= a
        and syls[j].text == ":"
        and (syls[a].text in (",", ";") or syls[a].low == "và")  # "A, … và các Phó Chủ tịch: B, C"
        and not _roles_in(marks, a, b)
        and all(syls[i].text not in ".!?;" or i in marks.in_trig for i in range(a + 1, b))
    ):
        return True
    k = a
    saw_sep = False
    while k < b:
        s = syls[k]
        if s.low in ("các", "những") and k == b - 1 and saw_sep:
            k += 1  # "A và các Phó Giám đốc Sở – B, C"
        elif s.text == ")" and k == a:
            k += 1  # "A (Phó Chủ tịch UBND xã) và B (…) dự": the title's parenthesis closes
        elif s.text in (";", ",") or s.low in ("và", "cùng"):
            saw_sep = True  # "A, … cùng đồng chí B, … trao quà"
            k += 1
        elif k in marks.trig:
            k = marks.trig[k]
        elif s.text == "(" and after_aside(syls, marks, k) > k:
            k = after_aside(syls, marks, k)  # "A, … (thứ hai từ phải) và B, …"
        else:
            return False
    return saw_sep
