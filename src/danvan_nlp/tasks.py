"""Stage 5 — tasks: the tasks and directions the event assigned, one item per task.

Takes: the normalized text, its sentence spans, and the results of the officials and
dates stages (for speakers and periods). Returns a plain dict in normalized offsets::

    {"tasks": [{"start", "end", "speaker", "addressee", "period", "list_index"}],
     "lists": [{"start", "end", "announced", "found"}], "warnings": [str]}

Rules (cue words in ``data/tasks.yaml``):

1. A passage opens at a directive verb said by an official ("đồng chí X đề nghị …",
   "yêu cầu …"; "đã chỉ đạo … phải …" only with a modal after it; "Đồng thời mong muốn …"
   with the official of the sentence before), at a softer verb before a modal or a colon
   and a task verb ("nhấn mạnh: … cần …"), at an announced list ("12 nhiệm vụ trọng tâm …
   như …"), at a programme announced up to a colon even in the past tense ("đã thông qua
   kế hoạch năm 2024, gồm: Tập trung …"; "Hội nghị thống nhất: …"), at a sentence that
   looks ahead ("Thời gian tới, …"), at an official's reported view with a modal ("Theo
   đồng chí X, … cần …"), at a modal or task-verb sentence right after a directing
   speech, at a heading line over its items ("PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025" / "1. …"),
   or at a quotation of requirements whose speaker is named after it ("“… phải …” - đó là
   chỉ đạo của đồng chí …"). The task text starts after the verb, an addressee such as "đồng chí" and a time
   phrase ("trong thời gian tới,"). "giao" opens before an organ's capitalized name too
   ("giao Văn phòng Huyện ủy tổng hợp …"), and with no speaker after a resolution verb
   ("Hội nghị thống nhất giao …").
2. Nothing opens at confidence ("tin tưởng … sẽ …"), at a placeholder object ("lưu ý một
   số nội dung."), at a directive word ending a noun phrase ("văn bản chỉ đạo;"), at
   requests of voters, at rewards or
   the event's agenda ("đề nghị … tặng Bằng khen", "cần bầu …"), at an addressee with no
   content (a cut text), nor at a presenter's act ("quán triệt, triển khai Kết luận …").
3. The passage goes on over the following sentences while they read as tasks: they start
   with a task verb (possibly after a subject of a few words or a connector such as
   "Đồng thời"), hold no past marker ("đã đạt") and open no new topic ("Tại hội nghị").
   A paragraph break ends it unless the next paragraph starts with a task verb or an item.
4. One task per assigned action (:func:`_items`): cuts at ";" before a task verb or a
   clause with its own subject (every ";" in an announced list), at "," before a clause
   verb when both sides are clauses with their own object (a verb series sharing one
   object stays whole; not inside a purpose clause "để …"), at "và" before a modal, never
   inside “quoted names”; a ";" before a directive of its own ("…; giao X …") starts an
   item and one before another named person's act ends the passage; a lead-in ending in
   ":" before a task verb is dropped (not
   before examples, "như: …"); connectors and enumerators ("Một là",
   "thứ hai", "1.", "a)", "-", "+") are trimmed.
5. Each task keeps its speaker, its addressee where the item names one before its verb
   ("các cấp Hội", "Ủy ban MTTQ các huyện"; else the passage's), and its period: a year,
   month or interval named between the cue and the first task or at the head of the
   sentence ("Trong năm 2021, …"), updated by a later sentence that starts with one — not
   a period reviewed earlier in the sentence. An announced count that differs from the
   count found gives a warning.

Public function: :func:`find_tasks`.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from typing import Any

import regex

from danvan_nlp.resources import official_triggers, positions, task_cues
from danvan_nlp.text import alternation

__all__ = ["find_tasks"]

Span = tuple[int, int]


@dataclass(frozen=True)
class _Cues:
    directive: regex.Pattern[str]
    speakerless: frozenset[str]
    petitioner: regex.Pattern[str]
    noun_before: regex.Pattern[str]
    promise: regex.Pattern[str]
    level: regex.Pattern[str]
    modal_colon: regex.Pattern[str]
    noun_after: regex.Pattern[str]
    soft: regex.Pattern[str]
    modal: regex.Pattern[str]
    announced: regex.Pattern[str]
    header: regex.Pattern[str]
    inline_header: regex.Pattern[str]
    bullet: regex.Pattern[str]
    task_verb_start: regex.Pattern[str]
    task_verb_any: regex.Pattern[str]
    clause_verb_start: regex.Pattern[str]
    clause_verb_any: regex.Pattern[str]
    task_verb_early: regex.Pattern[str]
    connector: regex.Pattern[str]
    time_lead: regex.Pattern[str]
    ahead: regex.Pattern[str]
    passive: regex.Pattern[str]
    pronoun: regex.Pattern[str]
    addressee: regex.Pattern[str]
    stop_lead: regex.Pattern[str]
    past: regex.Pattern[str]
    numbers: Mapping[str, int]
    weak: frozenset[str]
    past_directive: regex.Pattern[str]
    confidence: regex.Pattern[str]
    programme: regex.Pattern[str]
    weak_programme: frozenset[str]
    programme_verb: regex.Pattern[str]
    attribution: regex.Pattern[str]
    lead_attribution: regex.Pattern[str]
    speech_lead: regex.Pattern[str]
    carried: regex.Pattern[str]
    subject_clause: regex.Pattern[str]
    verb_series: regex.Pattern[str]
    addressee_head: regex.Pattern[str]
    and_modal: regex.Pattern[str]
    addressee_end: regex.Pattern[str]
    review: regex.Pattern[str]
    examples: regex.Pattern[str]
    purpose: regex.Pattern[str]
    determiner: regex.Pattern[str]
    reported: regex.Pattern[str]
    wish: regex.Pattern[str]
    heading: regex.Pattern[str]
    not_task_verb: regex.Pattern[str]
    assignee: regex.Pattern[str]
    placeholder: regex.Pattern[str]
    item_directive: regex.Pattern[str]
    reported_pronoun: regex.Pattern[str]
    resolved: regex.Pattern[str]
    passive_after: regex.Pattern[str]
    position: regex.Pattern[str]
    handed: regex.Pattern[str]
    named_subject: regex.Pattern[str]
    speech_act: regex.Pattern[str]


def _alt(words: Sequence[str]) -> str:
    return alternation(sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _cues() -> _Cues:
    c = task_cues()
    nums = {str(k): int(v) for k, v in c["numbers"].items()}
    openers = "|".join(
        r":" if o == ":" else rf"(?<!\p{{L}}){regex.escape(o)}(?!\p{{L}})" for o in c["list_openers"]
    )
    verbs = _alt(c["task_verbs"])
    e0 = r"(?![\p{L}\p{M}])"
    verbs = rf"(?!(?:{_alt(c['not_modals'])}){e0})(?:{verbs})"  # "cần thiết" is no "cần"
    b = r"(?<![\p{L}\p{M}])"
    e = r"(?![\p{L}\p{M}])"
    # not a compound ("giao ban", "giao thông"), but "giao Ban Thường vụ …" names an organ
    not_dir = (
        rf"(?!(?:{_alt(c['not_directives'])}){e}"
        rf"(?!(?<=(?-i:\s\p{{Lu}}[\p{{Ll}}\p{{M}}]*))(?-i:\s+\p{{Lu}})))"
    )
    return _Cues(
        # ("giao Ban Thường vụ …" names an organ after "giao": no "giao ban" meeting)
        directive=regex.compile(rf"{b}{not_dir}(?:{_alt(c['directives'])}){e}", regex.I),
        speakerless=frozenset(c["speakerless_directives"]),
        petitioner=regex.compile(rf"{b}(?:{_alt(c['petitioners'])}){e}", regex.I),
        noun_before=regex.compile(rf"{b}(?:{_alt(c['directive_noun_before'])})\s*$", regex.I),
        modal_colon=regex.compile(rf"{b}(?:{_alt(c['modals'])})\s*:\s*$", regex.I),
        level=regex.compile(rf"(?:{_alt(c['level_addressees'])}){e}", regex.I),
        promise=regex.compile(rf"{b}(?:{_alt(c['promise_before'])})\s*$", regex.I),
        noun_after=regex.compile(rf"(?:{_alt(c['directive_noun_after'])}){e}", regex.I),
        soft=regex.compile(rf"{b}(?:{_alt(c['soft_directives'])}){e}", regex.I),
        modal=regex.compile(
            rf"{b}(?!(?:{_alt(c['not_modals'])}){e})(?:{_alt(c['modals'])}){e}", regex.I
        ),
        announced=regex.compile(
            rf"{b}(?P<n>\d{{1,2}}|{_alt(list(nums))})\s+(?:{_alt(c['list_nouns'])}){e}"
            rf"[^.;:]{{0,120}}?(?P<open>{openers})",
            regex.I,
        ),
        header=regex.compile(
            rf"{b}(?:{_alt(c['list_headers'])}){e}[^.;:]{{0,120}}:\s*$", regex.I
        ),
        inline_header=regex.compile(
            rf"{b}(?:{_alt(c['list_headers'])}){e}[^.;:]{{0,40}}:", regex.I
        ),
        bullet=regex.compile(r"(?:[-+•*–]|\d{1,2}[.)/]|[a-đ][)/]|\((?:\d{1,2}|[a-đ])\))\s+"),
        task_verb_start=regex.compile(rf"(?:{verbs}){e}", regex.I),
        task_verb_any=regex.compile(rf"{b}(?:{verbs}){e}", regex.I),
        clause_verb_start=regex.compile(rf"(?:{_alt(c['clause_verbs'])}){e}", regex.I),
        clause_verb_any=regex.compile(rf"{b}(?:{_alt(c['clause_verbs'])}){e}", regex.I),
        task_verb_early=regex.compile(
            rf"(?:[\p{{L}}\p{{M}}\d-]+[ ,]{{1,2}}){{0,6}}?(?:{verbs}){e}", regex.I
        ),
        connector=regex.compile(rf"(?:{_alt(c['lead_connectors'])}){e}[\s,:]*", regex.I),
        time_lead=regex.compile(rf"(?:{'|'.join(c['time_leads'])}){e}[\s,]*", regex.I),
        pronoun=regex.compile(
            rf"\s*(?:[\p{{L}}\p{{M}}\d\s/-]{{0,80}},\s*)?(?:{_alt(c['pronoun_subjects'])})"
            rf"(?!\s+(?:{_alt(c['not_after_pronoun'])}){e})"
            rf"(?:\s(?:{_alt(c['pronoun_adverbs'])})){{0,3}}\s(?=\p{{Ll}})",
            regex.I,
        ),
        passive=regex.compile(rf"{b}(?:{_alt(c['passive_markers'])}){e}", regex.I),
        ahead=regex.compile(
            rf"(?:(?:{'|'.join(c['future_leads'])}){e}[\s,]*"
            rf"|(?:{_alt(c['purpose_leads'])}){e}[^,.;:\n]{{3,120}},\s*)",
            regex.I,
        ),
        addressee=regex.compile(rf"(?:{_alt(c['addressee_skips'])}){e}\s*", regex.I),
        stop_lead=regex.compile(rf"(?:{_alt(c['stop_leads'])}){e}", regex.I),
        past=regex.compile(rf"{b}(?:{_alt(c['past_markers'])}){e}", regex.I),
        numbers=nums,
        weak=frozenset(c["weak_directives"]),
        past_directive=regex.compile(rf"{b}(?:{_alt(c['past_directive'])})\s*$", regex.I),
        confidence=regex.compile(rf"{b}(?:{_alt(c['confidence'])}){e}", regex.I),
        weak_programme=frozenset(c["weak_programme_nouns"]),
        programme_verb=regex.compile(rf"{b}(?:{_alt(c['programme_verbs'])}){e}", regex.I),
        programme=regex.compile(
            rf"{b}(?P<noun>{_alt(c['programme_nouns'])}){e}(?!\s+(?:{_alt(c['agenda_words'])}){e})"
            rf"[^.;:!?\n]{{0,120}}:"
            rf"|{b}(?:{_alt(c['resolution_verbs'])}){e}[^.;:!?\n]{{0,40}}:",
            regex.I,
        ),
        attribution=regex.compile(
            rf"[\"”]\s*(?:[-–—]+|,)\s*[^.;!?\n\"“”]{{0,60}}?{b}(?:{_alt(c['quote_attributions'])}){e}",
            regex.I,
        ),
        # "“…”. Đó là chỉ đạo của đồng chí …" — the attribution in a sentence of its own
        lead_attribution=regex.compile(
            rf"\s*(?:đó|đây)\s+(?:chính\s+|cũng\s+)?là\s[^.;!?\n\"“”]{{0,60}}?{b}"
            rf"(?:{_alt(c['quote_attributions'])}){e}",
            regex.I,
        ),
        speech_lead=regex.compile(rf"{b}(?:{_alt(c['speech_leads'])}){e}", regex.I),
        carried=regex.compile(rf"(?:{_alt(c['carried_subject_leads'])}){e}[\s,]*", regex.I),
        # "; MTTQ và các tổ chức … tiếp tục phối hợp …": a clause with a subject of its own
        subject_clause=regex.compile(
            rf"(?:[\p{{L}}\p{{M}}\d–-]+[ ,]{{1,2}}){{1,12}}?(?:{_alt(c['clause_verbs'])}){e}",
            regex.I,
        ),
        # "chủ động tuyên truyền, duy trì, nhân rộng các mô hình": verbs sharing one object
        verb_series=regex.compile(rf"(?:(?:{verbs}){e}\s*)+", regex.I),
        addressee_head=regex.compile(rf"(?:{_alt(c['addressee_heads'])}){e}", regex.I),
        heading=regex.compile(rf"{b}(?:{_alt(c['heading_words'])}){e}", regex.I),
        wish=regex.compile(rf"(?:{_alt(c['wish_leads'])}){e}", regex.I),
        reported=regex.compile(rf"\s*(?:{_alt(c['reported_leads'])}){e}", regex.I),
        determiner=regex.compile(rf"{b}(?:{_alt(c['determiners'])})\s+$", regex.I),
        purpose=regex.compile(rf"{b}(?:{_alt(c['purpose_words'])}){e}", regex.I),
        examples=regex.compile(rf"{b}(?:{_alt(c['example_leads'])})\s*$", regex.I),
        review=regex.compile(rf"{b}(?:{_alt(c['review_words'])}){e}", regex.I),
        addressee_end=regex.compile(rf"{b}(?:{_alt(c['addressee_ends'])}){e}", regex.I),
        # "giao Phòng Tài chính – Kế hoạch …": an organ's capitalized name (or an acronym)
        assignee=regex.compile(
            rf"(?!(?:{_alt(c['handed_over'])}){e})(?-i:\p{{Lu}})[\p{{L}}\p{{M}}]*"
            rf"(?:\s+[\p{{L}}\p{{M}}\d–-]+){{3}}",
            regex.I,
        ),
        # (after an addressee: "lưu ý Đảng ủy xã mấy việc sau đây.")
        placeholder=regex.compile(
            rf"(?P<who>[^.;:!?\n]{{0,80}}?\s)??(?:{_alt(c['placeholders'])})"
            rf"(?:\s+sau(?:\s+đây)?)?{e}\s*[.:…]?\s*$",
            regex.I,
        ),
        item_directive=regex.compile(
            rf"{not_dir}(?:{_alt(c['directives'])}){e}\s*(?:(?:{_alt(c['addressee_skips'])}){e}\s*)?",
            regex.I,
        ),
        reported_pronoun=regex.compile(
            rf"\s*(?:{_alt(c['reported_leads'])})\s+(?:{_alt(c['pronoun_subjects'])})\s*,", regex.I
        ),
        # "Hội nghị thống nhất giao …": the event's own resolution needs no speaker
        resolved=regex.compile(rf"{b}(?:{_alt(c['resolution_verbs'])})\s*$", regex.I),
        passive_after=regex.compile(
            rf"(?:(?:{_alt(c['modals'])})\s+)?(?:{_alt(c['passive_markers'])}){e}", regex.I
        ),
        named_subject=regex.compile(rf"(?:{_alt(c['pronoun_subjects'])})\s+(?-i:\p{{Lu}})", regex.I),
        speech_act=regex.compile(rf"{b}(?:{_alt(c['speech_acts'])}){e}", regex.I),
        # a leader named by the position alone ("Bí thư Tỉnh ủy lưu ý, …"): as written, capitalized
        position=regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{_alt(positions())})(?![\p{{L}}\p{{M}}])"),
        handed=regex.compile(rf"(?:{_alt(c['handed_over'])}){e}", regex.I),
        not_task_verb=regex.compile(rf"{b}(?:{_alt(c['not_task_verbs'])}){e}", regex.I),
        and_modal=regex.compile(rf"\s+và\s+(?=(?:{_alt(c['modals'])}){e})", regex.I),
    )


def _skip(text: str, pos: int, end: int, *patterns: regex.Pattern[str]) -> int:
    """Advance ``pos`` over whitespace/commas and any of ``patterns``, repeatedly."""
    changed = True
    while changed and pos < end:
        changed = False
        while pos < end and text[pos] in " ,:\n":
            pos += 1
        for p in patterns:
            m = p.match(text, pos, end)
            if m and m.end() > pos:
                pos = m.end()
                changed = True
    return pos


# trailing punctuation, and the number of the next item glued to this one ("…. 2.")
_TRAIL = regex.compile(r"(?:\s+(?:\d{1,2}|[a-đ])[.)/]|[\s.,;:…/])+$")
# a sentence that ends where its items start ("… đề nghị:", "… đề nghị thời gian tới: 1.")
_LIST_NEXT = regex.compile(r":\s*(?:\d{1,2}[.)/]|[a-đ][)/]|[-+•])?\s*$")
_BARE_NUMBER = regex.compile(r"\s*(?:\d{1,2}|[a-đ])[.)/]\s*")
_SEPARATOR = regex.compile(r"[;,:]|\.(?=\p{Lu})|\s+và\s+")
_QUOTES = "\"“”'‘’"


def _items(text: str, start: int, end: int, cues: _Cues, *, listed: bool = False) -> list[Span]:
    """Split ``text[start:end]`` into task items.

    Cuts: at ";" before a task verb, or before a clause with a subject of its own ("; MTTQ
    các cấp tiếp tục …"); at "," before a clause verb once the item holds a verb of its own
    and the words before the comma are more than a series of verbs sharing the next object
    (see ``clause_verbs``); at "và" before a modal; at a "." glued to the next sentence. A
    lead-in that ends in ":" before a task verb ("các cấp cần quan tâm: đẩy mạnh …") is no
    part of the task. In a list announced with a colon (``listed``) every ";" ends an item.
    """
    cuts = [start]
    assigned: set[int] = set()  # cuts before a directive of its own ("…; giao X …")
    last = start  # the previous separator
    # a numbered or bulleted item is one task: its commas do not split it
    commas = not cues.bullet.match(text, _skip(text, start, end))
    depth, seen = 0, start  # open “curly quotes” before the separator: a quoted name or slogan
    first = _skip(text, start, end)
    if first < end and text[first] == "“":  # … but a quoted speech is split like any other
        seen = first + 1
    for m in _SEPARATOR.finditer(text, start, end):
        at = m.start()
        depth = max(0, depth + text.count("“", seen, at) - text.count("”", seen, at))
        seen = at
        if depth:
            continue
        sep = m.group().strip()
        if sep in (";", ".", ":"):
            nxt = _skip(text, m.end(), end, cues.bullet, cues.connector)
            if sep == ";" and _other_speaker(text, nxt, end, cues):
                end = at  # "…; đồng chí X, … chia sẻ kinh nghiệm …": another speaker's act
                break
            while nxt < end and text[nxt] in _QUOTES:
                nxt = _skip(text, nxt + 1, end, cues.bullet, cues.connector)
            verb = cues.task_verb_start.match(text, nxt, end)
            if sep == ":":
                # "… cần quan tâm: đẩy mạnh …" — what comes before the colon is a lead-in
                # (not before examples: "phát huy vai trò …, như: tuyên truyền, vận động …")
                if (
                    verb
                    and len(text[nxt : min(end, nxt + 100)].split()) >= 3
                    and at - cuts[-1] < 300
                    and not cues.examples.search(text, max(cuts[-1], at - 20), at)
                ):
                    cuts[-1] = m.end() - 1
                    last = at
                continue
            if sep == ";" and _next_directive(text, nxt, end, cues):
                # "…; đồng thời giao Văn phòng … tổng hợp …": a new assignment
                cuts.append(at)
                assigned.add(at)
            elif verb or (
                sep == ";"
                and (
                    listed
                    or cues.subject_clause.match(text, nxt, min(end, nxt + 200))
                    # "…; Công an thành phố bảo đảm trật tự …": an addressee and its task verb
                    or (
                        cues.addressee_head.match(text, nxt, end)
                        and _addressee(text, nxt, min(end, nxt + 200), cues) is not None
                    )
                )
            ):
                cuts.append(at)
            last = at
            continue
        if sep == "và":
            # "… tư tưởng đúng đắn và phải có tinh thần …"
            if cues.and_modal.match(text, at, end) and len(text[max(cuts[-1], at - 100) : at].split()) >= 4:
                cuts.append(at)
            continue
        # "," (no connector skipped: "…, trong đó phải …" elaborates the same task)
        nxt = _skip(text, m.end(), end)
        # (word counts look at most 100 characters away, so that the cost stays linear)
        if commas and (
            cues.clause_verb_start.match(text, nxt, end)
            and len(text[max(cuts[-1], at - 100) : at].split()) >= 4
            and len(text[nxt : min(end, nxt + 100)].split()) >= 3
            # a clause, not a noun list ("đổi mới nội dung, phương thức, nâng cao …"): a verb
            # since the last comma, or a longer phrase after a verb of the item ("đẩy mạnh
            # …, vì sự tiến bộ của phụ nữ, chú trọng …")
            and (
                cues.task_verb_any.search(text, last, at)
                or (
                    len(text[last + 1 : at].split()) >= 5
                    and cues.task_verb_any.search(text, max(cuts[-1], at - 300), last)
                )
            )
            and not _verbs_only(text, last, at, cues)  # "tích cực phát động, triển khai …"
            # "tham mưu để lãnh đạo …, đổi mới …": the comma is inside the purpose clause
            and not cues.purpose.search(text, max(cuts[-1], at - 300), at)
        ):
            cuts.append(at)
        last = at
    cuts.append(end)
    items = []
    for a, b in pairwise(cuts):
        if a != start:
            a += 1  # past the separator
        a = _skip(text, a, b, cues.bullet, cues.connector)
        if a == _skip(text, start, b, cues.bullet, cues.connector):  # "Trong quý II/2026, Ban … tổ chức …"
            a = _skip(text, a, b, cues.time_lead, cues.connector)
        if a - 1 in assigned or any(c in assigned for c in range(max(start, a - 40), a)):
            d = cues.item_directive.match(text, a, b)
            if d is not None:
                a = _skip(text, d.end(), b, cues.time_lead)
        while a < b and text[a] in _QUOTES and _unbalanced(text, a, b):
            a = _skip(text, a + 1, b, cues.bullet, cues.connector, cues.time_lead)
        if text[a:b].lstrip().startswith("và "):
            a = _skip(text, text.index("và", a) + 2, b)
        trail = _TRAIL.search(text, a, b)
        if trail:
            b = trail.start()
        while b > a and text[b - 1] in "”\"" and _unclosed_end(text, a, b):
            b = b - 1  # the end of a quoted speech
            trail = _TRAIL.search(text, a, b)
            if trail:
                b = trail.start()
        if len(text[a:b].split()) >= 3:
            items.append((a, b))
    return items


def _other_speaker(text: str, pos: int, end: int, cues: _Cues) -> bool:
    """A clause of another person's act at the event starts at ``pos`` ("đồng chí Rah Lan
    Lâm, Trưởng Ban … chia sẻ kinh nghiệm …"; ``speech_acts``)."""
    if not cues.named_subject.match(text, pos, end):
        return False
    stop = text.find(";", pos, min(end, pos + 300))
    return cues.speech_act.search(text, pos, stop if stop >= 0 else min(end, pos + 300)) is not None


def _next_directive(text: str, pos: int, end: int, cues: _Cues) -> bool:
    """A directive of its own starts at ``pos`` with an addressee and a task after it
    ("giao Phòng Văn hóa phối hợp …", "yêu cầu các xã khẩn trương …")."""
    d = cues.item_directive.match(text, pos, end)
    if d is None:
        return False
    rest = min(end, d.end() + 200)
    return bool(
        cues.assignee.match(text, d.end(), rest)
        or cues.addressee_head.match(text, d.end(), rest)
        or cues.task_verb_early.match(text, d.end(), rest)
    ) and len(text[d.end() : rest].split()) >= 4


def _unbalanced(text: str, a: int, b: int) -> bool:
    """The quote mark at ``a`` is not closed before ``b``."""
    q = text[a]
    if q in "“‘":
        return text.count(q, a, b) > text.count("”" if q == "“" else "’", a, b)
    return text.count(q, a, b) % 2 == 1


def _unclosed_end(text: str, a: int, b: int) -> bool:
    """The quote mark at ``b - 1`` closes nothing opened in ``[a, b)``."""
    q = text[b - 1]
    if q == "”":
        return text.count("”", a, b) > text.count("“", a, b)
    return text.count(q, a, b) % 2 == 1


def _verbs_only(text: str, a: int, b: int, cues: _Cues) -> bool:
    """``text[a:b]`` (after a separator) is nothing but task verbs ("Chủ động phát động")."""
    pos = a + 1 if a < b and text[a] in ";." else a
    pos = _skip(text, pos, b, cues.bullet, cues.connector)
    if b - pos > 100:
        return False
    m = cues.verb_series.match(text, pos, b)
    return m is not None and not text[m.end() : b].strip()


def _speaker(mentions: Sequence[tuple[int, int, str]], lo: int, hi: int) -> str | None:
    """The last official named in ``[lo, hi)`` (mentions sorted by start)."""
    i = bisect_left(mentions, (hi,)) - 1
    while i >= 0 and mentions[i][0] >= lo:
        if mentions[i][1] <= hi:
            return mentions[i][2]
        i -= 1
    return None


def _period(dates: Sequence[Mapping[str, Any]], starts: Sequence[int], lo: int, hi: int) -> str | None:
    """The first period (year, month, interval) named in ``[lo, hi)``."""
    for i in range(bisect_left(starts, lo), bisect_left(starts, hi)):
        if dates[i]["kind"] in ("interval", "year", "month"):
            return str(dates[i]["value"])
    return None


def _lead_period(
    text: str, dates: Sequence[Mapping[str, Any]], starts: Sequence[int], a: int, cue: int, pos: int
) -> str | None:
    """The period of a passage: named between the cue and the first task ("đề nghị trong
    năm 2021, …", "kế hoạch năm 2024, gồm: …"), or at the head of its sentence ("Trong năm
    2021, đồng chí … đề nghị …"), not a period reviewed earlier in the sentence."""
    found = _period(dates, starts, max(a, cue), max(pos, cue + 1))
    if found is None:
        found = _head_period(text, dates, starts, a, cue, cues=_cues(), words=6)
    return found


def _head_period(
    text: str,
    dates: Sequence[Mapping[str, Any]],
    starts: Sequence[int],
    a: int,
    b: int,
    *,
    cues: _Cues | None = None,
    words: int = 2,
) -> str | None:
    """A period among the first ``words`` words of a sentence ("Năm 2022, …", "Trong năm
    2021, …", "Về nhiệm vụ quý 2, …"), with no review word before it (``review_words``)."""
    for i in range(bisect_left(starts, a), bisect_left(starts, b)):
        d = dates[i]
        if len(text[a : int(d["start"])].split()) > words:
            break
        if cues is not None and cues.review.search(text, a, int(d["start"])):
            break
        if d["kind"] in ("interval", "year", "month"):
            return str(d["value"])
    return None


def _continues_list(text: str, prev: Span, a: int, b: int, cues: _Cues) -> bool:
    """After a paragraph break the passage goes on only for list items: the previous
    paragraph ended with ":" or ";", the new one starts with a bullet or an item number
    ("- Một là, …", "2.") or with a task verb."""
    if text[prev[0] : prev[1]].rstrip().endswith((":", ";")):
        return True
    if cues.bullet.match(text, a, b):
        return True
    return bool(cues.task_verb_start.match(text, _skip(text, a, b, cues.connector), b))


def _reads_as_task(text: str, a: int, b: int, cues: _Cues) -> bool:
    """A sentence that goes on a passage: a task verb among its first words, or a modal
    anywhere ("Cùng với việc …, cần chuẩn bị …"); nothing in the past tense."""
    pos = _skip(text, a, b, cues.bullet, cues.connector)
    if cues.stop_lead.match(text, pos, b) or cues.past.search(text, a, b):
        return False
    pos = _skip(text, pos, b, cues.time_lead)  # "Trong quý II/2026, Ban Dân vận … tổ chức …"
    return bool(cues.task_verb_early.match(text, pos, b) or cues.modal.search(text, pos, b))


def find_tasks(
    text: str,
    sentences: Sequence[Span] | None = None,
    *,
    officials: Mapping[str, Any] | None = None,
    dates: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """The tasks stage: see the module docstring for the returned dict."""
    cues = _cues()
    sents = list(sentences or [(0, len(text))])
    mentions = sorted(
        (int(a), int(b), str(o["name"]))
        for o in (officials or {}).get("officials", [])
        for a, b in o["mentions"]
    )
    date_items = sorted((dates or {}).get("items", []), key=lambda d: int(d["start"]))
    date_starts = [int(d["start"]) for d in date_items]
    tasks: list[dict[str, Any]] = []
    lists: list[dict[str, Any]] = []
    warnings: list[str] = []
    quoted = _quoted_passages(text, sents, cues, mentions)
    i = 0
    while i < len(sents):
        a, b = sents[i]
        if i in quoted:  # "“… phải …; luôn …” - đó là chỉ đạo của đồng chí …"
            lo, hi, last, speaker, told = quoted[i]
            spans = []
            for j in range(i, last + 1):
                sa, sb = max(lo, sents[j][0]), min(hi, sents[j][1])
                if sa < sb:
                    spans.extend(_items(text, sa, sb, cues))
            # "“…”, ông X yêu cầu UBND phường Y.": the addressee named after the directive
            told_to: list[tuple[str | None, str | None]] = [
                (None, _addressee(text, s, e, cues) or told) for s, e in spans
            ]
            _emit(text, tasks, lists, warnings, cues, spans, None, (a, b), speaker, told_to)
            i = last + 1
            continue
        prev = sents[i - 1] if i > 0 and "\n" not in text[sents[i - 1][1] : a] else None
        opened = _open_passage(text, a, b, cues, mentions, prev)
        if opened is None and i + 1 < len(sents) and _heading(text, (a, b), sents[i + 1], cues):
            opened = (b, None, a)  # "PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025" over its items
        nl = text.find("\n", a, b) if opened is None else -1
        if nl > a and _heading(text, (a, nl), (nl + 1, b), cues):
            opened = (nl + 1, None, a)  # … also where the heading and its first item are one sentence
        if opened is None:
            i += 1
            continue
        pos, announced, cue_at = opened
        # the speaker is named before the directive, also where a list header comes first
        # ("Để hoàn thành nhiệm vụ năm 2025, đồng chí đề nghị … các nội dung sau:")
        # (or a programme: "Về nhiệm vụ thời gian tới, đồng chí X yêu cầu: (1) …")
        said_at = _directive_in(text, a, min(pos, b), cues, cue_at)
        who_at = max(cue_at, said_at)
        speaker = _speaker(mentions, a, who_at)
        if speaker is None and _pronoun_subject(text, a, who_at, cues):
            # "Đồng chí đề nghị …", "Theo đồng chí, …" — the official of the sentences before,
            # else the speaker of the passage just before ("Đồng chí cũng lưu ý …" after items)
            speaker = _speaker(mentions, sents[max(0, i - 2)][0], a)
            if speaker is None and tasks and int(tasks[-1]["end"]) >= sents[max(0, i - 4)][0]:
                speaker = tasks[-1]["speaker"]
        elif speaker is None and prev is not None and cues.carried.match(text, a, cue_at):
            speaker = _speaker(mentions, prev[0], a)  # "Đồng thời mong muốn …"
        if speaker is None and cue_at == a and prev is not None and _speech(text, mentions, prev, cues):
            speaker = _speaker(mentions, prev[0], prev[1])  # a modal after a directing speech
        period = _lead_period(text, date_items, date_starts, a, cue_at, pos)
        if period is None and pos >= b and said_at != cue_at:  # "nhấn mạnh: quý IV là …, … sau:"
            period = _period(date_items, date_starts, said_at, b)
        # a list announced with a colon or a count: every ";" ends an item
        listed = announced is not None or pos >= b or cues.programme.match(text, cue_at, b) is not None
        spans = _items(text, pos, b, cues, listed=listed)
        # the addressee named right after the cue, also where a lead-in is dropped
        # ("đề nghị các cấp ủy, chính quyền cần quan tâm: đẩy mạnh …")
        addressee = _addressee(text, pos, b, cues) if pos < b else None
        if addressee is None and said_at < min(pos, b):
            addressee = _lead_addressee(text, said_at, min(pos, b), b, cues)
        meta = [(period, _addressee(text, s, e, cues) or addressee) for s, e in spans]
        j = i + 1
        while j < len(sents):
            na, nb = sents[j]
            if j in quoted:
                break
            if _BARE_NUMBER.fullmatch(text, na, nb):  # "… nghị quyết. 2. Đẩy mạnh …"
                j += 1
                continue
            # (a new cue ends the passage; the rules that read the sentence before — a carried
            # subject, a modal after a speech — only open passages, they do not end one)
            if _open_passage(text, na, nb, cues, mentions) is not None:
                break
            # after a list header, numbered or bulleted items are tasks whatever their
            # first words ("3. Ban Dân vận Tỉnh ủy chủ trì, phối hợp …")
            bulleted = pos >= b and cues.bullet.match(text, na, nb) is not None
            if not bulleted and not _reads_as_task(text, na, nb, cues):
                break
            if "\n" in text[sents[j - 1][1] : na] and not _continues_list(text, sents[j - 1], na, nb, cues):
                break
            # "Trong năm 2022, …" — the tasks from here on are of that period
            period = _head_period(text, date_items, date_starts, na, nb) or period
            more = _items(text, na, nb, cues, listed=listed)
            spans.extend(more)
            meta.extend((period, _addressee(text, s, e, cues) or addressee) for s, e in more)
            j += 1
        _emit(text, tasks, lists, warnings, cues, spans, announced, (a, b), speaker, meta)
        i = j
    tasks.sort(key=lambda t: int(t["start"]))
    return {"tasks": tasks, "lists": lists, "warnings": warnings}


def _emit(
    text: str,
    tasks: list[dict[str, Any]],
    lists: list[dict[str, Any]],
    warnings: list[str],
    cues: _Cues,
    spans: Sequence[Span],
    announced: int | None,
    sentence: Span,
    speaker: str | None,
    meta: Sequence[tuple[str | None, str | None]] | None,
) -> None:
    """Add the tasks of one passage (and its list, with a warning when the announced count
    differs from the count found)."""
    a, b = sentence
    list_index = None
    if announced is not None or len(spans) > 1:
        list_index = len(lists)
        lists.append(
            {
                "start": spans[0][0] if spans else b,
                "end": spans[-1][1] if spans else b,
                "announced": announced,
                "found": len(spans),
            }
        )
        if announced is not None and announced != len(spans):
            warnings.append(
                f"announced {announced} tasks, found {len(spans)} in {text[a:min(b, a + 60)]!r}…"
            )
    for k, (s, e) in enumerate(spans):
        period, addressee = meta[k] if meta is not None else (None, _addressee(text, s, e, cues))
        tasks.append(
            {
                "start": s,
                "end": e,
                "speaker": speaker,
                "addressee": addressee,
                "period": period,
                "list_index": list_index,
            }
        )


def _heading(text: str, sent: Span, nxt: Span, cues: _Cues) -> bool:
    """``sent`` is a heading of tasks: a short line of its own that names a programme
    ("Phương hướng, nhiệm vụ năm 2025") with no final punctuation, and the next line starts
    with an item number, a bullet or a task verb."""
    a, b = sent
    line = text[a:b].strip()
    if (
        not line
        or len(line.split()) > 15
        or line[-1] in ".!?;:,…"
        or (a > 0 and "\n" not in text[a - 1 : a + 1])
        or "\n" not in text[b : nxt[0]]
        or not cues.heading.search(line)
    ):
        return False
    na, nb = nxt
    first = _skip(text, na, nb, cues.bullet, cues.connector)
    return cues.task_verb_start.match(text, first, nb) is not None


def _addressee(text: str, s: int, e: int, cues: _Cues) -> str | None:
    """Who the task is for, where the item names them before its verb ("các cấp Hội tiếp
    tục …", "Ủy ban MTTQ các huyện phải …"; ``addressee_heads``)."""
    head = cues.addressee_head.match(text, s, e) is not None or cues.level.match(text, s, e) is not None
    if s >= e or not (text[s].isupper() or head):
        return None
    if cues.task_verb_start.match(text, s, e) or cues.stop_lead.match(text, s, e):
        return None
    m = cues.subject_clause.match(text, s, min(e, s + 160))
    if m is not None:  # "các tổ chức thành viên tích cực …": up to a clause verb or modal
        verb_at = cues.clause_verb_any.search(text, s, m.end())
        at = verb_at.start() if verb_at is not None else m.end()
    else:
        # the first task verb that is no noun: not after a determiner ("các tổ chức …"), not
        # a capitalized word inside an organ's name ("Phòng Nông nghiệp và Phát triển nông
        # thôn phối hợp …"); else a word that ends an addressee ("… Hạ tầng huyện khẩn trương …")
        hi = min(e, s + 160)
        verbs = cues.task_verb_any.finditer(text, s, hi)
        verb = next((v for v in verbs if _verb_here(text, s, v, cues)), None)
        stop = cues.addressee_end.search(text, s, verb.start() if verb is not None else hi)
        if verb is None and stop is None:
            return None
        at = verb.start() if verb is not None else stop.start()  # type: ignore[union-attr]
        if len(text[s:at].split()) > 8:  # a longer lead is no name ("các đại biểu trên cơ sở …")
            return None
    # a task verb before that ends it too, unless a determiner makes it a noun ("các tổ chức")
    for v in cues.task_verb_any.finditer(text, s, at):
        if _verb_here(text, s, v, cues):
            at = v.start()
            break
    # the subject of a passive ("Các kiến nghị … cần được giải quyết …") is no addressee
    if cues.passive_after.match(text, at, e):
        return None
    end = cues.addressee_end.search(text, s, at)
    who = text[s : end.start() if end else at].rstrip(" ,")
    who = regex.split(r"\s*[:;(]", who, maxsplit=1)[0]  # "MTTQ các cấp: thứ nhất, …"
    n = len(who.split())
    if n == 0 or n > 12 or cues.past.search(who) or cues.modal.search(who):
        return None
    # "Ban tổ chức chuẩn bị …": cut short; but "huyện cần …", "xã khẩn trương …" (a level)
    if n == 1 and not (len(who) > 1 and who.isupper()) and not cues.level.fullmatch(who):
        return None
    # a capital that only starts the sentence names nobody ("Công tác … cần được …"):
    # an organ's name has two capitalized words or an acronym ("Hội Nông dân", "MTTQ")
    capitals = [w for w in who.split() if w[:1].isupper()]
    if not head and len(capitals) < 2 and not any(len(w) > 1 and w.isupper() for w in capitals):
        return None
    return who


def _verb_here(text: str, s: int, v: regex.Match[str], cues: _Cues) -> bool:
    """The task verb ``v`` found in an addressee starting at ``s`` is a verb, not a noun
    after a determiner ("các tổ chức") nor a capitalized word of an organ's name."""
    if v.start() > s and text[v.start()].isupper():
        return False
    return not cues.determiner.search(text, max(s, v.start() - 12), v.start())


def _quoted_passages(
    text: str, sents: Sequence[Span], cues: _Cues, mentions: Sequence[tuple[int, int, str]]
) -> dict[int, tuple[int, int, int, str | None, str | None]]:
    """Requirements quoted before their speaker ("“Mỗi chi bộ phải …” - đó là chỉ đạo của
    đồng chí …"): first sentence index → (quote start, quote end, last sentence, speaker)."""
    out: dict[int, tuple[int, int, int, str | None, str | None]] = {}
    starts = [s[0] for s in sents]
    taken = -1  # the last sentence of the quotations found so far
    for k, (a, b) in enumerate(sents):
        m = cues.attribution.search(text, a, b)
        if m is not None:
            close = m.start()
        elif k > 0 and cues.lead_attribution.match(text, a, b):
            tail = text[sents[k - 1][0] : sents[k - 1][1]].rstrip().rstrip(".")
            if not tail or tail[-1] not in "\"”":
                continue
            close = sents[k - 1][0] + len(tail) - 1
        else:
            continue
        # the speaker is named after the quote: an official, or "đồng chí …"
        speaker = _speaker(mentions, close, b)
        if speaker is None and not any(t in text[close:b].lower() for t in official_triggers()):
            continue
        opener = _quote_start(text, close)
        if opener is None:
            continue
        lo = _skip(text, opener + 1, close)
        if not (cues.modal.search(text, lo, close) or cues.task_verb_start.match(text, lo, close)):
            continue
        first = max(0, bisect_left(starts, lo + 1) - 1)
        if first <= taken or text[starts[first] : opener].strip():
            continue  # overlaps the quotation before, or quotes inside a sentence
        out[first] = (lo, close, k, speaker, _told(text, m.end() if m is not None else -1, b, cues))
        taken = k
    return out


def _told(text: str, pos: int, b: int, cues: _Cues) -> str | None:
    """The addressee that ends an attribution right after its directive verb ("…”, ông X yêu
    cầu UBND phường Tam Hiệp."): a short organ's name or an ``addressee_heads`` phrase."""
    if pos < 0 or not cues.directive.search(text, max(0, pos - 12), pos):
        return None
    who = text[pos:b].strip().rstrip(".!;…").strip()
    n = len(who.split())
    if not 2 <= n <= 8 or regex.search(r"[,;:\"“”]", who):
        return None
    if cues.task_verb_any.search(who) or cues.modal.search(who):
        return None
    return who if who[:1].isupper() or cues.addressee_head.match(who) else None


def _lead_addressee(text: str, said_at: int, pos: int, b: int, cues: _Cues) -> str | None:
    """The addressee named between the directive and a placeholder or a list header whose
    items follow ("lưu ý Đảng ủy xã mấy việc sau đây.", "đề nghị Hội Nông dân huyện tập
    trung vào ba khâu đột phá: một là …")."""
    # the last directive before the items ("Phát biểu chỉ đạo …, ông X đề nghị Y …:")
    found = [m.start() for m in cues.directive.finditer(text, said_at, pos)][-1:]
    d = cues.item_directive.match(text, found[0], b) if found else None
    if d is None or d.end() >= pos:
        return None
    s = _skip(text, d.end(), pos, cues.time_lead)
    ph = cues.placeholder.match(text, s, b)
    if ph is not None:
        who = (ph.group("who") or "").strip(" ,")
        n = len(who.split())
        named = who[:1].isupper() or cues.addressee_head.match(who)
        if 1 <= n <= 8 and named and not (cues.task_verb_any.search(who) or cues.modal.search(who)):
            return who
        return None
    return _addressee(text, s, pos, cues)


def _quote_start(text: str, close: int) -> int | None:
    """The quote mark that opens the quotation closed at ``close`` (same paragraph, at most
    3000 characters back; curly quotes nest)."""
    q = text[close]
    floor = max(0, close - 3000, text.rfind("\n", max(0, close - 3000), close) + 1)
    if q == '"':
        at = text.rfind('"', floor, close)
        return at if at >= 0 else None
    depth = 0
    for at in range(close - 1, floor - 1, -1):
        if text[at] == "”":
            depth += 1
        elif text[at] == "“":
            if depth == 0:
                return at
            depth -= 1
    return None


def _directive_in(text: str, a: int, b: int, cues: _Cues, cue: int) -> int:
    """The directive or softer verb that says a list header's items, before or after the
    header ("nhiệm vụ năm 2025, đồng chí đề nghị …:", "nhấn mạnh: …, … các nội dung sau:"),
    else ``cue``."""
    found = [m.start() for m in (cues.directive.search(text, a, b), cues.soft.search(text, a, b)) if m]
    return min(found) if found else cue


def _pronoun_subject(text: str, a: int, cue: int, cues: _Cues) -> bool:
    """The sentence's subject is "đồng chí" / "ông" / "bà" with no name ("Đồng chí đề nghị
    …", "Cuối buổi, ông cũng yêu cầu …"; ``pronoun_subjects`` of ``tasks.yaml``)."""
    hi = min(cue + 1, a + 200)  # (the subject opens the sentence: a bounded look keeps it linear)
    return cues.pronoun.match(text, a, hi) is not None or cues.reported_pronoun.match(text, a, hi) is not None


def _has_speaker(text: str, mentions: Sequence[tuple[int, int, str]], a: int, cue: int) -> bool:
    """An official, an unnamed "đồng chí", or a pronoun subject ("Theo bà, …", "ông giao
    …") before the directive in its sentence."""
    cues = _cues()
    if _speaker(mentions, a, cue) is not None or _pronoun_subject(text, a, cue, cues):
        return True
    # "Bí thư Tỉnh ủy lưu ý, …": a position as the subject right before the directive
    for p in cues.position.finditer(text, max(a, cue - 60), cue):
        between = text[p.end() : cue]
        if not regex.search(r"[;,.:!?]", between) and len(between.split()) <= 5:
            return True
    before = text[max(a, cue - 300) : cue].lower()
    return any(t in before for t in official_triggers())


def _speech(text: str, mentions: Sequence[tuple[int, int, str]], span: Span | None, cues: _Cues) -> bool:
    """``span`` is a sentence of a directing speech: an official and a speech verb
    ("Phát biểu chỉ đạo hội nghị, đồng chí X …"; ``speech_leads``)."""
    if span is None:
        return False
    a, b = span
    lead = cues.speech_lead.search(text, a, min(b, a + 300))
    return lead is not None and _has_speaker(text, mentions, a, b)


def _open_passage(
    text: str,
    a: int,
    b: int,
    cues: _Cues,
    mentions: Sequence[tuple[int, int, str]],
    prev: Span | None = None,
) -> tuple[int, int | None, int] | None:
    """(start of the first task, announced count, cue position) or None."""
    h = cues.header.search(text, a, b)
    # "… nhiệm vụ trọng tâm sau:" — the items come next; not what voters or delegates raised
    # ("người dân đã nêu 11 ý kiến, tập trung vào một số nội dung:" / "- … đề nghị …")
    if h is not None and not (
        cues.petitioner.search(text, a, h.start()) and not _has_speaker(text, mentions, a, h.start())
    ):
        return b, None, h.start()
    m = cues.announced.search(text, a, b)
    if m is not None:
        n = m.group("n").lower()
        count = int(n) if n.isdigit() else cues.numbers.get(n)
        return _skip(text, m.end(), b), count, m.start()
    # "Hội nghị đã thông qua kế hoạch công tác năm 2024, gồm: Tập trung …"
    p = cues.programme.search(text, a, b)
    if p is not None and (
        p.group("noun") is None
        or regex.sub(r"\s+", " ", p.group("noun").lower()) not in cues.weak_programme
        or cues.programme_verb.search(text, max(a, p.start() - 150), p.start())
    ):
        pos = _skip(text, p.end(), b, cues.bullet, cues.connector)
        if _next_directive(text, pos, b, cues):  # "Hội nghị thống nhất …: Giao Ban Tuyên giáo …"
            d = cues.item_directive.match(text, pos, b)
            pos = d.end() if d is not None else pos
            return pos, None, p.start()
        if cues.task_verb_start.match(text, pos, b) and len(text[pos:b].split()) >= 3:
            return pos, None, p.start()
    confident = cues.confidence.search(text, a, b)
    for d in cues.directive.finditer(text, a, b):
        if confident is not None and confident.start() < d.start():
            break  # "tin tưởng … sẽ …"
        word = regex.sub(r"\s+", " ", d.group(0).lower())
        # nouns, not verbs: "với yêu cầu", "lãnh đạo, chỉ đạo", "ý kiến chỉ đạo"
        before = text[max(a, d.start() - 16) : d.start()]
        # ... except "đồng chí đã chỉ đạo các xã phải …": a past directive that still assigns
        if cues.noun_before.search(before) and not (
            cues.past_directive.search(before)
            and cues.modal.search(text, d.end(), min(b, d.end() + 60))
        ):
            continue
        if cues.promise.search(before):  # "cam kết sẽ chỉ đạo …": a promise, no task
            continue
        if (
            word not in cues.speakerless
            and not cues.resolved.search(text, max(a, d.start() - 40), d.start())
            and not _has_speaker(text, mentions, a, d.start())
        ):
            # "Đồng thời mong muốn …" — the subject of the sentence before
            carried = cues.carried.match(text, a, d.start())
            if not (carried and carried.end() == d.start() and prev is not None
                    and _has_speaker(text, mentions, prev[0], prev[1])):
                continue
        if cues.petitioner.search(text, a, d.start()) and not _has_speaker(
            text, mentions, a, d.start()
        ):
            continue  # "Cử tri kiến nghị …; đề nghị …": a request to the event, not of it
        if (
            prev is not None
            and not text[_skip(text, a, d.start(), cues.bullet, cues.connector) : d.start()].strip()
            and cues.petitioner.search(text, prev[0], prev[1])
            and not _has_speaker(text, mentions, prev[0], prev[1])
        ):
            continue  # "Cử tri … phản ánh …. Đề nghị …": the voters' request goes on
        pos = _skip(text, d.end(), b, cues.addressee, cues.time_lead)
        if cues.noun_after.match(text, pos, b) or cues.wish.match(text, pos, b):
            continue
        if text[d.end() : d.end() + 3].lstrip()[:1] in (";", ".", ")"):
            continue  # the end of a noun phrase: "27 văn bản chỉ đạo; …"
        if word in cues.weak and cues.handed.match(text, pos, b):
            continue  # "giao Quyết định chuẩn y Ban Chấp hành …": handed over, not assigned
        if word in cues.weak and not (
            cues.task_verb_early.match(text, pos, b)
            or cues.modal.search(text, pos, min(b, pos + 60))
            or cues.assignee.match(text, pos, b)  # "giao Văn phòng Huyện ủy tổng hợp …"
        ):
            continue
        ph = cues.placeholder.match(text, pos, b)  # "lưu ý một số nội dung." — the items follow
        if ph is not None and not (ph.group("who") and cues.task_verb_any.search(ph.group("who"))):
            return b, None, d.start()
        if (  # "yêu cầu Hội Nông dân các cấp:" / "a) …" — an addressee, the items follow
            _LIST_NEXT.search(text, a, b)
            and not cues.task_verb_any.search(text, pos, _before_items(text, pos, b, cues))
            and not cues.modal.search(text, pos, _before_items(text, pos, b, cues))
        ):
            return b, None, d.start()
        if _not_a_task(text, pos, b, cues):
            continue
        rest = len(text[pos:b].split())
        if rest < 3 or (
            rest < 5
            and not text[a:b].rstrip().endswith((".", "!", "?", ";", "…", '"', "”"))
            and not (cues.task_verb_any.search(text, pos, b) or cues.modal.search(text, pos, b))
        ):  # "Đồng thời đề nghị các địa phương" (a cut text): an addressee, no task
            if _LIST_NEXT.search(text, a, b):  # "đồng chí X đề nghị:" — items follow
                return b, None, d.start()
            continue
        # "đề nghị … thực hiện tốt một số nhiệm vụ sau: Thứ nhất, …" — items after the ":"
        h = cues.inline_header.search(text, pos, min(b, pos + 200))
        if h is not None and len(text[h.end() : b].split()) >= 3:
            pos = _skip(text, h.end(), b, cues.bullet, cues.connector)
        return pos, None, d.start()
    # "đồng chí X nhấn mạnh: các cấp cần …" — a softer verb, when a modal follows
    for d in cues.soft.finditer(text, a, b):
        if confident is not None and confident.start() < d.start():
            break
        if not _has_speaker(text, mentions, a, d.start()):
            continue
        pos = _skip(text, d.end(), b, cues.time_lead)
        while pos < b and text[pos] in ":,":
            pos = _skip(text, pos + 1, b)
        # "nhấn mạnh: tiếp tục rà soát …" — a colon, then a task verb, reads as a directive too
        listed = ":" in text[d.end() : pos] and cues.task_verb_start.match(text, pos, b)
        if (listed or cues.modal.search(text, pos, b)) and len(text[pos:b].split()) >= 3:
            return pos, None, d.start()
    if confident is not None or cues.past.search(text, a, b):
        return None
    # "Theo đồng chí X, Bí thư Huyện ủy, thời gian tới các cấp Hội cần …" — a reported view
    r = cues.reported.match(text, a, b)
    modal = cues.modal.search(text, r.end(), min(b, r.end() + 300)) if r is not None else None
    if modal is not None:
        comma = text.rfind(",", a, modal.start())
        if comma > a and _has_speaker(text, mentions, a, comma):
            pos = _skip(text, comma + 1, b, cues.time_lead)
            if len(text[pos:b].split()) >= 3 and not _not_a_task(text, pos, b, cues):
                return pos, None, comma
    # "Thời gian tới, Hội Nông dân tỉnh tiếp tục đẩy mạnh …" — a sentence that looks ahead
    m = cues.ahead.match(text, _skip(text, a, b, cues.connector), b)
    if m is not None:
        pos = m.end()
        verb = cues.task_verb_early.match(text, pos, b)
        first = verb.end() if verb else min(b, pos + 80)
        if (
            len(text[pos:b].split()) >= 4
            and (verb or cues.modal.search(text, pos, first))
            and not cues.passive.search(text, pos, first)
        ):
            return pos, None, a
    # "Phát biểu chỉ đạo …, đồng chí X biểu dương …. Các sáng kiến … cần được áp dụng …"
    # (or "… . Tiếp tục đẩy mạnh …": a task verb right at the start)
    if _speech(text, mentions, prev, cues) and not cues.stop_lead.match(text, a, b):
        pos = _skip(text, a, b, cues.connector, cues.time_lead)
        modal = cues.modal.search(text, pos, min(b, pos + 200))
        if (
            (modal is not None or cues.task_verb_start.match(text, pos, b))
            and len(text[pos:b].split()) >= 5
            and not _not_a_task(text, pos, b, cues)
        ):
            return pos, None, a
    return None


def _before_items(text: str, pos: int, b: int, cues: _Cues) -> int:
    """``b``, or where a modal that only leads to the items after the colon starts
    ("yêu cầu Ban Dân vận các huyện cần:" / "+ Nắm chắc …")."""
    m = cues.modal_colon.search(text, max(pos, b - 20), b)
    return m.start() if m is not None else b


def _not_a_task(text: str, pos: int, b: int, cues: _Cues) -> bool:
    """The first verb of what follows is a reward or the event's agenda ("… tặng Bằng khen
    …", "Đại hội cần bầu …"; ``not_task_verbs``), not a task verb."""
    hi = min(b, pos + 60)
    m = cues.not_task_verb.search(text, pos, hi)
    if m is None:
        return False
    return not any(
        cues.modal.fullmatch(v.group()) is None  # "cần bầu": a modal is no task verb here
        for v in cues.task_verb_any.finditer(text, pos, m.start())
    )
