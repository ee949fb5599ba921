"""Projects: a named person tied by the text to a named work or venture, with a role. Titles come
from ``project_titles``.

How a person is tied to a title: "X-directed", "directed by X", a role noun next to a name
("… star X"), a possessive ("her album X"), the subject of a linking verb above the title ("X stars
in …", "X released …"), a relative clause on the title ("X, where Y served as choreographer"), or an
apposition ("“X,” her second performance"); "with Y" on a verb of making or on the work noun ties Y too,
and "I"/"my" in a quotation is its speaker. A title under any other verb ("spoke to The Times") ties
nobody; "her favourite song X" is a liking. The role comes from the verb or role noun, else from the
person's occupation (for creative works only); the kind from the nearest work noun, an apposition, or
the role.
Also: "X, the <role> of Y" gives the role to X; a bracket holding only a title right after a name
("Y (“Iron Coast”)") is Y's credit; a verb on a possessed noun is the possessor's ("her time spent as a
contestant on X"); "his"/"her" resolved to someone of unknown gender goes to the clause's subject of that
gender. No fact for a title in a title-cased line (a headline), for a band (the data conventions), or
for a talk show's guest.

Modules: ``project_links`` (how a sentence ties people to a title), ``project_walk`` (the tests of its
walk up the parse), ``project_holders`` (whom the sentence names besides a verb's subject: cast,
owners, credits, hosts), ``project_fields`` (the title as written, kind, role, status, date); this one
reads each title of a sentence, builds the facts and remembers the work for a later "the show".
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span

from newsfacts import lexicon as lx
from newsfacts.context import Ctx, confidence
from newsfacts.extractors.project_anaphora import TALK, anaphor_kinds, anaphors, meant, unsure
from newsfacts.extractors.project_career_nouns import career_kind_role
from newsfacts.extractors.project_cues import named_band, singular, title_cased_line
from newsfacts.extractors.project_fields import (
    ROLE_KIND,
    date_in_title,
    describing,
    fact_role,
    fact_status,
    known_kind,
    part_on,
    title_text,
    work_kind,
    worn,
)
from newsfacts.extractors.project_guards import not_a_work
from newsfacts.extractors.project_holders import named_hosts, owned, possessive_credit, talk_show
from newsfacts.extractors.project_links import title_links
from newsfacts.extractors.project_title_shape import Title, past_quote
from newsfacts.extractors.project_titles import titles
from newsfacts.schema import Project


def extract(ctx: Ctx, sent: Span) -> Iterator[Project]:
    doc = sent.doc
    seen: set[tuple[str, str]] = set()
    found = titles(ctx, sent)
    for title in found:
        text = title_text(doc, title)
        if not text or title_cased_line(doc, title.start) or named_band(doc, text) or worn(doc, title):
            continue
        if not_a_work(doc, title, text) or a_person(ctx, doc, title, text):
            continue
        given: list[str] = []
        career_kind, career_role = career_kind_role(doc, title, sent)  # "her directorial debut, X"
        kind = work_kind(doc, title, sent) or part_on(doc, title, sent) or career_kind
        if (
            title.noun is not None
            and title.noun.lower_ in {"sequel", "prequel", "remake"}
            and title.start > 0
        ) and doc[title.start - 1].lower_ in {"to", "of"}:
            text = f"{title.noun.lower_} to {text}"
        near = ctx.dates_near(doc[title.end - 1], sent, max_tokens=6)
        near = [t for t in near if not date_in_title(doc, title, t)]
        when = ctx.when(near[0]) if near else None
        inside = {k for t in title.span(doc) for k in ctx.cast.at(t)}
        talk = talk_show(title.noun)
        owners = possessive_credit(ctx, doc, title)
        credit: list[tuple[str, str | None, str]] = [(k, None, "possessive credit") for k in owners]
        credit += [(k, "host", "named show") for k in named_hosts(ctx, doc, title)]
        for person, stated, how in title_links(ctx, title.lead or title, sent) + credit:
            if talk and how == "possessor" and stated is None and owned(title.noun):
                stated = "host"  # "her chat show X": whose talk show it is, hosts it
            key = (person, text.lower())
            if key in seen or (person in inside and how == "subject") or (talk and stated != "host"):
                continue  # "Journey's 'Don't Stop X' is playing": the title's own words as its subject
            if owners and how == "subject" and stated == "singer" and person not in owners:
                continue  # "she sings Y's “Z”": a cover of Y's song
            seen.add(key)
            if stated is None and how in OWNER_LINKS:
                stated = career_role
            role = fact_role(ctx, person, stated, kind)
            given.append(
                kind or ROLE_KIND.get(role or "", "film" if role in ("actor", "director") else "other")
            )
            yield Project(
                person=person,
                title=text,
                kind=given[-1],  # type: ignore[arg-type]
                role=role,
                date=None if how == "title + role noun" and describing(doc, title, sent) else when,
                status=fact_status(sent),  # type: ignore[arg-type]
                confidence=confidence(0.8 if stated or how != "subject" else 0.65, sent),
                evidence=[ctx.evidence(sent)],
                cue=how,
            )
        if not _describes(doc, title, sent):
            hosted = talk or title.host or credit[len(owners) :]
            known = TALK if hosted else known_kind(doc, text, kind, given)
            ctx.remember_work(title.start, text, known, _listed(doc, title, found))
    yield from _pointed(ctx, sent, found, seen)


# How a link ties the owner of a career noun to the work ("his directorial debut X", "she made her
# acting debut in X"): the noun's modifier says that person's role.
OWNER_LINKS = frozenset({"possessor", "subject", "apposition"})


def a_person(ctx: Ctx, doc: Doc, title: Title, text: str) -> bool:
    """ "Her co-star in the film, Tom Vale, said …": an unquoted run the cast holds as a person's name,
    set in apposition to a role noun ("co-star", "director"), is that person, not a work."""
    if title.host or _quoted(doc, title):
        return False
    root = title.span(doc).root
    if root.dep_ != "appos" or singular(root.head) not in lx.ROLE_NOUNS:
        return False
    return any(s == title.start and e == title.end for s, e, _ in ctx.cast.name_spans)


def _quoted(doc: Doc, title: Title) -> bool:
    return title.start > 0 and doc[title.start - 1].text in lx.QUOTE_MARKS


def _listed(doc: Doc, title: Title, found: list[Title]) -> bool:
    """One of a list of titles ("roles in A, B and C", "a judge on “A” and “B”")."""
    if title.lead is not None or any(t.lead is title for t in found):
        return True
    return any(t is not title and (_conjoined(doc, title, t) or _conjoined(doc, t, title)) for t in found)


def _conjoined(doc: Doc, title: Title, other: Title) -> bool:
    """``title`` is a conjunct of ``other`` in the parse."""
    root = title.span(doc).root
    return root.dep_ == "conj" and other.start <= root.head.i < other.end


def _describes(doc: Doc, title: Title, sent: Span) -> bool:
    """ "the Harbor Lights star Y": a title before a role noun describes a person, and one named to
    compare ("a US version of X") is another work; neither is the work the text goes on to tell."""
    j = past_quote(doc, title.end, sent)
    if j < sent.end and doc[j].lower_ in lx.ROLE_NOUNS:
        return True
    root = title.span(doc).root  # "a US version of X", "a show like X": another work, named to compare
    return root.dep_ == "pobj" and (
        root.head.lower_ == "like" or (root.head.lower_ == "of" and root.head.head.lower_ in VERSION_NOUNS)
    )


VERSION_NOUNS = frozenset(
    {"version", "remake", "spin-off", "spinoff", "adaptation", "copy", "answer", "reboot"}
)


def _pointed(ctx: Ctx, sent: Span, found: list[Title], seen: set[tuple[str, str]]) -> Iterator[Project]:
    """ "She joined the show in May": people the sentence ties to a work noun that points back to a title
    named a little before (``project_anaphora``)."""
    taken = {i for t in found for i in range(t.start, t.end)} | {
        t.noun.i for t in found if t.noun is not None
    }
    for noun in anaphors(sent, taken):
        kinds = anaphor_kinds(noun)
        found_work = meant(ctx.works, noun.i, kinds)
        if found_work is None:
            continue
        text, kind = found_work
        if unsure(noun):
            continue
        for person, stated, how in title_links(ctx, Title(noun.i, noun.i + 1, None), sent):
            key = (person, text.lower())
            if key in seen:
                continue
            seen.add(key)
            yield Project(
                person=person,
                title=text,
                kind=kind,  # type: ignore[arg-type]
                role=fact_role(ctx, person, stated, kind),
                status=fact_status(sent),  # type: ignore[arg-type]
                confidence=confidence(0.6, sent),
                evidence=[ctx.evidence(sent)],
                cue=f"{how}, the {noun.lower_}",
            )
