"""Run the whole per-article pipeline on a snippet of text and read the facts back by name; ask the cast
who a word refers to."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from newsfacts.load import from_text
from newsfacts.people import Cast, resolve_people
from newsfacts.pipeline import analyse_documents
from newsfacts.reconcile import reconcile
from newsfacts.schema import Result


def run_text(text: str, published: str | None = None) -> Result:
    header = f" date {published} " if published else ""
    doc = from_text(header + text, "t", "t")
    return reconcile(list(analyse_documents([doc])))


def names(result: Result) -> dict[str, str]:
    return {p.id: p.name for p in result.people}


def facts_of(result: Result, kind: str) -> list[dict]:
    """Facts of one type as dicts with people ids replaced by names (easy to compare in tables)."""
    n = names(result)
    out = []
    for f in result.facts:
        if f.type != kind:
            continue
        d = f.model_dump(mode="json")
        for key in ("people", "parents"):
            if key in d:
                d[key] = sorted(n.get(p, p) for p in d[key])
        for key in ("child", "person", "filed_by"):
            if d.get(key):
                d[key] = n.get(d[key], d[key])
        out.append(d)
    return out


def cast_of(nlp: Language, text: str) -> tuple[Cast, Doc]:
    doc = nlp(text)
    return resolve_people(doc), doc


def refers(nlp: Language, text: str, word: str, nth: int = 0) -> list[str]:
    """Names of the people the ``nth`` token spelled ``word`` refers to."""
    cast, doc = cast_of(nlp, text)
    tok = [t for t in doc if t.text == word][nth]
    return sorted(cast.people[k].name for k in cast.at(tok))


PROJECT_PUB = "2021-06-16"  # the publication date the project tests' invented articles carry


def projects(text: str, published: str = PROJECT_PUB) -> list[tuple[str, str]]:
    """(person, title) of every project fact, sorted."""
    return sorted((f["person"], f["title"]) for f in facts_of(run_text(text, published), "project"))


FAMILY_PUB = "2021-06-15"  # the publication date the family tests' invented articles carry


def pairs(text: str, kind: str, published: str = FAMILY_PUB) -> list[list[str]]:
    """The people of every ``kind`` fact (a couple), sorted."""
    return sorted(f["people"] for f in facts_of(run_text(text, published), kind))


def children(text: str, published: str = FAMILY_PUB) -> list[tuple[list[str], str]]:
    """(parents, child name or "" for an unnamed child) of every child fact, sorted."""
    return sorted((f["parents"], f["child"] or "") for f in facts_of(run_text(text, published), "child"))
