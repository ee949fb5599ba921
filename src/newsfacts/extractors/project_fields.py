"""The fields of a project fact besides its person: the title as written (none for a job, a lone word
or a garment's label), the work's kind, the person's role (stated, else their occupation), the status,
and whether a date of the sentence belongs to the work."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsfacts import lexicon as lx
from newsfacts.context import Ctx
from newsfacts.extractors.project_cues import singular
from newsfacts.extractors.project_kinds import title_kinds
from newsfacts.extractors.project_title_shape import QUOTES, WEEKDAYS, Title, appos_work, past_quote
from newsfacts.extractors.project_title_slots import leaves
from newsfacts.temporal import TimexMatch

ROLE_KIND = {
    "singer": "music",
    "host": "tv",
    "player": "sports_team",
    "coach": "sports_team",
    "author": "book",
    "executive": "brand",
    "judge": "tv",
}
CREATIVE = frozenset({"film", "tv", "music", "book", "stage", None})


def _as_role(verb: Token) -> str | None:
    """ "joined X as a judge", "returns to X as host": the role "as" names beats the verb's own."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "as":
            for n in prep.children:
                if n.dep_ == "pobj" and lx.ROLE_NOUNS.get(n.lower_):
                    return lx.ROLE_NOUNS[n.lower_]
    return None


def stated_role(role_noun: Token | None, verb: Token | None) -> str | None:
    if role_noun is not None and lx.ROLE_NOUNS.get(singular(role_noun)):
        return lx.ROLE_NOUNS[singular(role_noun)]
    taken = _as_role(verb) if verb is not None else None
    if taken is not None:
        return taken
    if verb is not None and not leaves(verb):  # "dropped out of X" is no "dropped X"
        return lx.ROLE_VERBS.get(verb.lemma_.lower())
    return None


def work_kind(doc: Doc, title: Title, sent: Span) -> str | None:
    """From the work noun before the title or an apposition after it ("X, a soccer team")."""
    nouns = [title.noun] if title.noun is not None and singular(title.noun) in lx.WORK_NOUNS else []
    appos = appos_work(doc, title.end, sent)
    if appos is not None:
        nouns.append(appos)
    for noun in nouns:
        kind = lx.WORK_NOUNS[singular(noun)]
        mods = {c.lower_ for c in noun.lefts}
        if kind in ("film", "tv") and mods & lx.TV_WORDS:
            return "tv"
        if mods & lx.SPORT_WORDS and noun.lower_ in {"team", "club"}:
            return "sports_team"
        return kind
    return None


PART_WORDS = frozenset({"star", "co-star", "guest-star", "role", "part", "play", "portray", "recur"})
PART_REACH = 10  # tokens before the "on"


def part_on(doc: Doc, title: Title, sent: Span) -> str | None:
    """ "stars as Jo on Y", "her role as Jo on Y", "plays a nurse on Y": a part played "on" a work is
    played on a show ("in" says nothing: films, shows and plays alike)."""
    i = title.start - 1
    while i > sent.start and doc[i].text in QUOTES:
        i -= 1
    if i <= sent.start or doc[i].lower_ != "on":
        return None
    near = doc[max(sent.start, i - PART_REACH) : i]
    return "tv" if any(t.lemma_.lower() in PART_WORDS or t.lower_ in PART_WORDS for t in near) else None


# A verb of putting out ("released", "dropped") says "singer" for a record; for a book or a brand the
# one who puts it out is its author or owner ("released her memoir X", "dropped his fragrance X").
MAKER_BY_KIND = {"book": "author", "brand": "owner"}


def fact_role(ctx: Ctx, person: str, stated: str | None, kind: str | None) -> str | None:
    """The stated role ("singer" of a book or brand is its author or owner: ``MAKER_BY_KIND``), else the
    person's occupation — only for creative works."""
    if stated == "singer" and kind in MAKER_BY_KIND:
        return MAKER_BY_KIND[kind]
    if stated:
        return stated
    if kind not in CREATIVE:
        return None
    for d in ctx.cast.people[person].descriptors if person in ctx.cast.people else []:
        role = lx.OCCUPATION_ROLE.get(d.split()[-1])
        if role:
            return role
    return None


def fact_status(sent: Span) -> str | None:
    words = {t.lower_ for t in sent}
    if words & {"upcoming", "forthcoming", "announced", "will", "next"}:
        return "announced"
    if words & {"filming", "shooting", "current", "currently", "production"}:
        return "in_production"
    if words & {"released", "premiered", "starred", "acclaimed", "debuted"}:
        return "released"
    return None


def title_text(doc: Doc, title: Title) -> str:
    """The title as written, without quotation marks; empty if it is only a word, a medium or a day, is
    a job ("Director of Archives") or no name at all."""
    text = title.span(doc).text.strip(" ,.'\"‘’“”")
    low = text.lower()
    if low in lx.NOT_PERSON_WORDS or low in lx.MEDIUM_WORDS or low in WEEKDAYS:
        return ""
    if all(w.rstrip(".") in lx.HONORIFIC_WORDS for w in low.split()):
        return ""  # "joined Mr Vale on stage": the title stopped at the name, leaving the honorific
    if _job_title(doc, title) or _no_name(title.span(doc), text):
        return ""
    return text


FUNCTION_POS = frozenset({"PRON", "CCONJ", "SCONJ", "DET", "ADP", "AUX", "PART"})


def _no_name(span: Span, text: str) -> bool:
    """A lone function word ("her new album, But now …"), a lone letter (the "E" of "E!"), or a post
    with a handle or hashtag is no title."""
    if len(text) == 1 or any(ch in text for ch in "@#"):
        return True
    words = [t for t in span if not t.is_punct]
    return len(words) == 1 and words[0].pos_ in FUNCTION_POS


def _job_title(doc: Doc, title: Title) -> bool:
    """ "Director of Archives", "Head of Drama": a capitalised role noun and "of" open a job title."""
    first = doc[title.start]
    return (
        title.end - title.start >= 3 and first.lower_ in lx.ROLE_NOUNS and doc[title.start + 1].lower_ == "of"
    )


def date_in_title(doc: Doc, title: Title, t: TimexMatch) -> bool:
    """ "the 'Mother's Day' star": a date read inside the title is the title's own words."""
    return doc[title.start].idx <= t.start < doc[title.end - 1].idx + len(doc[title.end - 1])


def describing(doc: Doc, title: Title, sent: Span) -> bool:
    """ "Last week the 'Blue Hour' star wed …", "'Blue Hour' star X was seen Friday": the title and role
    noun only describe the person, so a date of the sentence tells of what the person did, not of the
    work. Not so for a role the sentence gives ("X became an Idol judge in 2010")."""
    noun = title.noun if title.noun is not None and title.noun.i >= title.end else None
    if noun is None:
        j = past_quote(doc, title.end, sent)
        noun = doc[j] if j < sent.end else None
    return noun is None or noun.dep_ != "attr"


GARMENT_NOUNS = frozenset(
    {"gown", "dress", "suit", "outfit", "jacket", "coat", "shoes", "heels", "boots", "bag", "handbag"}
    | {"frock", "jumpsuit", "blazer", "tuxedo", "skirt", "top", "sneakers", "sunglasses", "ensemble"}
)


ONLY_GARMENTS = frozenset(
    {"gown", "frock", "jumpsuit", "tuxedo", "handbag", "sneakers", "blazer", "ensemble"}
)


def worn(doc: Doc, title: Title) -> bool:
    """ "traded her Stéphane Rolland gown", "in a Harbor Lane dress": a label named on a garment is what
    someone wears, not a work of theirs."""
    j = title.end
    while j < len(doc) and doc[j].text in lx.CLOSING_QUOTES:
        j += 1
    if j >= len(doc) or doc[j].lower_ not in GARMENT_NOUNS:
        return False
    return doc[j].pos_ == "NOUN" or doc[j].lower_ in ONLY_GARMENTS  # the tagger may call "gown" a verb


def known_kind(doc: Doc, text: str, kind: str | None, given: list[str]) -> str | None:
    """A title's kind for a later "the show" / "the film": its sentence's work noun, else the one kind
    its other mentions name, else the kind the role of its facts here says ("host": TV), else None
    (an actor's work may be a film or a show)."""
    if kind is not None:
        return kind
    kinds = title_kinds(doc, text)
    if len(kinds) == 1:
        return next(iter(kinds))
    return next((k for k in given if k), None)
