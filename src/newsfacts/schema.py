"""Every record of the output contract (schema_version 1), in one place.

The pydantic models are the source of truth for ``newsfacts schema`` and for every writer in
``export.py``. Field names follow ``shared/design/output-contract.md``: add fields freely, never
rename or drop one without raising ``SCHEMA_VERSION``.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from newsfacts import __version__

SCHEMA_VERSION = 1

Precision = Literal["year", "season", "quarter", "month", "week", "day"]
FactType = Literal[
    "marriage", "divorce", "separation", "engagement", "relationship", "child", "project", "residence"
]
ProjectKind = Literal["film", "tv", "music", "book", "stage", "brand", "sports_team", "other"]


class Record(BaseModel):
    """Base of every output record: no unknown fields, stable field order."""

    model_config = ConfigDict(extra="forbid")


class When(Record):
    """A date at the precision the text gives, with the interval of days it can mean."""

    text: str | None = Field(None, description="the words in the article, or null when derived")
    value: str = Field(description="TIMEX3-style value: 2012, 2023-07, 2024-03-08, 2023-SP, XXXX-11-21")
    precision: Precision | None = None
    earliest: str | None = Field(None, description="first calendar day the value can mean (YYYY-MM-DD)")
    latest: str | None = Field(None, description="last calendar day the value can mean (YYYY-MM-DD)")
    approximate: bool = Field(False, description="derived (from an age or a duration) rather than stated")
    anchor: str | None = Field(None, description="the date relative words were resolved against")
    sources: list[str] | None = Field(
        None, description="after reconciliation: the articles whose dates agree with this value"
    )


class Evidence(Record):
    article: str
    start: int = Field(description="character offset of the supporting sentence in the article text")
    end: int
    quote: str


class Article(Record):
    id: str
    path: str
    title: str | None = None
    published: str | None = None
    published_source: Literal["header", "inferred", "record"] | None = None
    header_date: str | None = Field(None, description="the date the input stated, when it was overridden")
    language: str = "en"
    warnings: list[str] = Field(default_factory=list)


class Person(Record):
    id: str
    name: str
    aliases: list[str] = Field(default_factory=list)
    gender: Literal["female", "male"] | None = None
    descriptors: list[str] = Field(default_factory=list)
    articles: list[str] = Field(default_factory=list)


class FactBase(Record):
    id: str = ""
    evidence: list[Evidence] = Field(default_factory=list)
    sources: list[str] = Field(default_factory=list)
    confidence: float = Field(0.0, ge=0.0, le=1.0)
    cue: str | None = Field(None, description="the cue word or pattern that produced the fact")


class Marriage(FactBase):
    type: Literal["marriage"] = "marriage"
    people: list[str]
    start: When | None = None
    end: When | None = None
    end_reason: Literal["divorce", "death"] | None = None


class Divorce(FactBase):
    type: Literal["divorce"] = "divorce"
    people: list[str]
    filed: When | None = None
    filed_by: str | None = None
    finalized: When | None = None
    place: str | None = None


class Separation(FactBase):
    type: Literal["separation"] = "separation"
    people: list[str]
    date: When | None = None


class Engagement(FactBase):
    type: Literal["engagement"] = "engagement"
    people: list[str]
    date: When | None = None


class Relationship(FactBase):
    type: Literal["relationship"] = "relationship"
    people: list[str]
    start: When | None = None
    end: When | None = None


class Child(FactBase):
    type: Literal["child"] = "child"
    parents: list[str]
    child: str | None = None
    sex: Literal["female", "male"] | None = None
    age: int | None = None
    age_as_of: str | None = None
    born: When | None = None


class Project(FactBase):
    type: Literal["project"] = "project"
    person: str
    title: str
    kind: ProjectKind = "other"
    role: str | None = None
    date: When | None = None
    status: Literal["announced", "in_production", "released"] | None = None


class Residence(FactBase):
    type: Literal["residence"] = "residence"
    people: list[str]
    place: str
    date: When | None = None


Fact = Annotated[
    Marriage | Divorce | Separation | Engagement | Relationship | Child | Project | Residence,
    Field(discriminator="type"),
]


class TimelineEntry(Record):
    date: When | None
    type: str
    summary: str
    people: list[str] = Field(default_factory=list)
    facts: list[str]
    sources: list[str]
    conflict: bool = False


class Conflict(Record):
    kind: str
    facts: list[str] = Field(default_factory=list)
    articles: list[str] = Field(default_factory=list)
    detail: str
    resolution: str | None = None


class Tool(Record):
    name: str = "newsfacts"
    version: str = __version__


class Result(Record):
    """The one JSON document ``newsfacts extract --format json`` prints."""

    schema_version: int = SCHEMA_VERSION
    tool: Tool = Field(default_factory=Tool)
    articles: list[Article] = Field(default_factory=list)
    people: list[Person] = Field(default_factory=list)
    facts: list[Fact] = Field(default_factory=list)
    timeline: list[TimelineEntry] = Field(default_factory=list)
    conflicts: list[Conflict] = Field(default_factory=list)
    errors: list[InputProblem] = Field(default_factory=list)


class InputProblem(Record):
    """An input that could not be read (or only partly): reported, never fatal for the others."""

    path: str
    line: int | None = None
    message: str


class Timex(Record):
    """One temporal expression found by ``newsfacts dates``: offsets + the When fields."""

    text: str
    start: int
    end: int
    type: Literal["DATE", "TIME", "DURATION", "SET"]
    value: str
    precision: Precision | None = None
    earliest: str | None = None
    latest: str | None = None
    approximate: bool = False
    anchor: str | None = None


Result.model_rebuild()
