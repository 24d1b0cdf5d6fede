"""The result model: a typed, frozen, serializable :class:`Report`.

Takes: nothing at import. Returns: pydantic models. :meth:`Report.to_dict` gives plain JSON
data in the shape of ``report.schema.json`` (shipped in the package and shown in
``docs/report.md``); :meth:`Report.from_dict` reads it back. All ``start``/``end`` offsets
point into the text the caller passed to :func:`danvan_nlp.extract` — or, for an HTML
page, into the extracted main text that the Report carries as ``Report.text``.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "DateItem",
    "Entity",
    "Event",
    "Mention",
    "Official",
    "Report",
    "Task",
    "TaskList",
    "Title",
    "json_schema",
]


Role = Literal["chair", "attend", "direct", "speak", "report"]
DateKind = Literal["datetime", "date", "month", "year", "interval", "term"]
Level = Literal["trung ương", "tỉnh", "huyện", "xã"]


class _Model(BaseModel):
    """Base of the result models: frozen, no extra fields."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class _Located(_Model):
    """An item with its text and offsets into the caller's string."""

    text: str = Field(description="The item as written: text[start:end] of the caller's string.")
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Mention(_Located):
    """One place where an official is named or referred to by title."""


class Title(_Located):
    """A position as written, with its structured parse."""

    position: str = Field(description='Position head, e.g. "Phó Bí thư Thường trực".')
    organization: str | None = Field(default=None, description='Organ, e.g. "Tỉnh ủy".')
    level: Level | None = Field(default=None, description="Administrative level of the organ.")
    canonical: str = Field(description="The title with abbreviations expanded.")


class Official(_Model):
    """An official named in the article, with titles, roles at the event and mentions."""

    name: str = Field(description="Full personal name (NFC), without honorifics or titles.")
    titles: list[Title] = Field(default_factory=list)
    roles: list[Role] = Field(default_factory=list, description="Roles at the event.")
    mentions: list[Mention] = Field(default_factory=list)


class DateItem(_Located):
    """A date expression as written, with its ISO 8601 value."""

    value: str = Field(description='ISO 8601: "2020", "2020-12", "2020-12-31", '
                       '"2021-01-13T17:05", intervals "2020-07/2020-12", terms "2020/2025".')
    kind: DateKind
    part_of_day: Literal["sáng", "trưa", "chiều", "tối", "đêm"] | None = None
    role: Literal["published", "event", "widget"] | None = Field(
        default=None, description="Set on the expression chosen as publication or event date.")
    corrected: str | None = Field(
        default=None, description="On the event-date expression: the event date when it differs "
        "from value (a mistyped year corrected).")


class Task(_Located):
    """A task the event assigned, as written, with who gave it."""

    speaker: str | None = Field(default=None, description="Name of the official who gave it.")
    addressee: str | None = Field(
        default=None, description='Who it is for, as written ("các cấp Hội"), where the text names it.')
    period: str | None = Field(default=None, description="ISO value of the period it is for.")
    list_index: int | None = Field(default=None, description="Index into Report.task_lists.")


class TaskList(_Model):
    """A numbered or announced list of tasks (``announced`` vs ``found``)."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    announced: int | None = Field(default=None, description='Count announced ("12 nhiệm vụ").')
    found: int = Field(ge=0)


class Entity(_Located):
    """An organization (ORG) or place (LOC) as written."""

    label: str = Field(description="ORG or LOC.")
    canonical: str | None = None


class Event(_Model):
    """The event the article reports: date (ISO), kind, location, organizer."""

    date: str | None = None
    kind: str | None = Field(default=None, description='e.g. "hội nghị", "giao ban".')
    location: str | None = None
    organizer: str | None = None


class Report(_Model):
    """What :func:`danvan_nlp.extract` found in one article (frozen; compare with ``==``).

    Fields:

    * ``title``, ``published`` (ISO date or datetime), ``authors``, ``source``
    * ``event`` — :class:`Event`: ``date``, ``kind``, ``location``, ``organizer``
    * ``officials`` — :class:`Official`: ``name``, ``titles`` (:class:`Title` with
      ``position``, ``organization``, ``level``, ``canonical``), ``roles``, ``mentions``
    * ``dates`` — :class:`DateItem`: ``value`` (ISO 8601), ``kind``, ``role``
    * ``tasks`` — :class:`Task`: ``speaker``, ``period``; ``task_lists``
    * ``organizations``, ``locations`` — :class:`Entity`
    * ``warnings`` — notes on the input and on what could not be resolved

    Every located item has ``text``, ``start``, ``end`` with ``text == article[start:end]``.

    Methods: :meth:`to_dict` / :meth:`from_dict`, :meth:`to_json` / :meth:`from_json`
    (valid against the shipped JSON Schema, see :func:`json_schema` and docs/report.md),
    :meth:`to_frames` (pandas). ``len(report)`` counts officials, dates and tasks. In
    Jupyter a Report shows itself as tables.
    """

    schema_version: Literal["1"] = "1"
    title: str | None = None
    published: str | None = None
    authors: list[str] = Field(default_factory=list)
    source: str | None = None
    text: str | None = Field(
        default=None,
        description="The text the offsets point into when it is not the caller's string: the "
        "main text extracted from an HTML page. None for plain-text input.")
    url: str | None = Field(default=None, description="URL of the page (HTML input).")
    site_name: str | None = Field(default=None, description="Name of the site (HTML input).")
    event: Event = Field(default_factory=Event)
    officials: list[Official] = Field(default_factory=list)
    dates: list[DateItem] = Field(default_factory=list)
    tasks: list[Task] = Field(default_factory=list)
    task_lists: list[TaskList] = Field(default_factory=list)
    organizations: list[Entity] = Field(default_factory=list)
    locations: list[Entity] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-able dict, valid against :func:`json_schema`."""
        return self.model_dump(mode="json")

    def to_json(self, *, indent: int | None = None) -> str:
        """The report as a JSON string (UTF-8 text, not ``\\u`` escapes), valid against
        :func:`json_schema`; ``indent=2`` for a readable layout. Read it back with
        :meth:`from_json`."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Report:
        """The Report of a :meth:`to_dict` result (validated: raises pydantic's
        ``ValidationError`` for data of another shape)."""
        return cls.model_validate(data)

    @classmethod
    def from_json(cls, text: str) -> Report:
        """The Report of a :meth:`to_json` string."""
        return cls.from_dict(json.loads(text))

    def to_frames(self) -> dict[str, Any]:
        """``{"officials", "dates", "tasks"}`` pandas DataFrames (needs ``danvan_nlp[pandas]``)."""
        from danvan_nlp.frames import report_frames

        return report_frames(self)

    def _repr_html_(self) -> str:
        """Tables of officials, dates and tasks for Jupyter."""
        from danvan_nlp.tables import report_tables

        return report_tables(self)

    def __len__(self) -> int:
        return len(self.officials) + len(self.dates) + len(self.tasks)

    def __bool__(self) -> bool:
        return True


def generate_schema() -> dict[str, Any]:
    """The JSON Schema of :class:`Report`, generated from the model."""
    schema = Report.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://danvan-nlp.invalid/report.schema.json"
    return schema


@lru_cache(maxsize=1)
def _shipped_schema() -> str:
    return resources.files("danvan_nlp").joinpath("report.schema.json").read_text("utf-8")


def json_schema() -> dict[str, Any]:
    """The JSON Schema shipped with the package (``danvan_nlp/report.schema.json``)."""
    data: dict[str, Any] = json.loads(_shipped_schema())
    return data
