"""Per article: a work's kind from every mention of its title, not only from the sentence that tied a
person to it.

"Lena Moss stars in Night Tide." gives no kind of its own (the extractor falls back on the role), but
"the film Night Tide" two paragraphs later does. Each mention of the title is read for a work noun
right before it ("the HBO series X", "her 2003 film, X", "the third season of X", "NBC's X") or right after it
("the X album", "X season two"); when every mention that has one agrees, that is the kind of every
project fact on the title. Mentions that disagree ("the X album" and "the X tour film") leave the
facts as their sentences made them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from newsfacts import lexicon as lx
from newsfacts.doc_text import text_of
from newsfacts.extractors.project_cues import singular
from newsfacts.schema import FactBase, Project

# Nouns that take the work after "of": "the third season of X", "an episode of X".
PART_OF_NOUNS = {"season": "tv", "episode": "tv", "finale": "tv"}
_SKIP = frozenset({'"', "'", "“", "”", "‘", "’", ",", ":", "(", ")"})


def _is_skip(tok: Token) -> bool:
    return tok.is_space or tok.text in _SKIP


def _noun_kind(tok: Token) -> str | None:
    """The kind a work noun names, "tv" for a film/series/show word under a TV modifier ("TV movie",
    "the NBC show"); a bare "show" says nothing."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    kind = lx.WORK_NOUNS.get(singular(tok))
    mods = {c.lower_ for c in tok.lefts}
    if kind in ("film", "tv") and mods & (lx.TV_WORDS | lx.TV_BROADCASTERS | lx.TALK_WORDS):
        return "tv"
    if singular(tok) == "show":
        return None  # a concert, a fashion or a stage show as often as a TV one
    if kind == "sports_team" and not mods & lx.SPORT_WORDS:
        return None  # "the Good Morning America team": the people of any work, not a club
    return kind


def _kind_before(doc: Doc, start: int, end: int) -> str | None:
    i = start - 1
    while i >= 0 and _is_skip(doc[i]):
        i -= 1
    if i < 0:
        return None
    tok = doc[i]
    if tok.lower_ == "of" and i > 0:  # "the third season of X"
        return PART_OF_NOUNS.get(singular(doc[i - 1]))
    if tok.lower_ in ("'s", "’s") and i > 0 and doc[i - 1].lower_ in lx.TV_BROADCASTERS:
        return "tv"  # "ITV's X"
    if tok.lower_ == "on" and _appears_on(tok) and _object_of(doc, start, end, tok):
        return "tv"  # "appeared on X", "plays Rose on X": one is in a film, on a show (not "on the X set")
    return _noun_kind(tok)


# Verbs whose "on X" is a show: one stars in a film but on a series ("a cover on X" is no show)
ON_SHOW_LEMMAS = frozenset({"appear", "star", "play", "guest", "cameo", "compete", "judge", "host", "return"})


def _object_of(doc: Doc, start: int, end: int, prep: Token) -> bool:
    """The title [start, end) is the preposition's object, not a modifier of a noun after it."""
    return any(t.head == prep and t.dep_ == "pobj" for t in doc[start:end])


def _appears_on(on: Token) -> bool:
    """ "appeared on X", "starred on X", "plays the mother on X" (the "on" hung on the part)."""
    head = on.head
    if head.pos_ in ("NOUN", "PROPN") and head.dep_ in ("dobj", "attr"):
        head = head.head
    return head.pos_ == "VERB" and head.lemma_.lower() in ON_SHOW_LEMMAS


def _kind_after(doc: Doc, span: Span) -> str | None:
    """A work noun the title modifies ("the X album"), a part of a show after it ("X season two"), or
    the broadcaster it airs on ("X on HBO")."""
    i = span.end
    while i < len(doc) and _is_skip(doc[i]) and doc[i].text not in (",", ":", "(", ")"):
        i += 1  # a closing quote, not a comma: "X, the album" is an apposition, read by the sentence
    if i >= len(doc):
        return None
    tok = doc[i]
    if tok.lower_ in ("on", "at") and i + 1 < len(doc) and doc[i + 1].lower_ in lx.TV_BROADCASTERS:
        return "tv"  # "X on HBO", "join X at NBC"
    if tok.lower_ in PART_OF_NOUNS:  # "X season two", "the X finale"
        return PART_OF_NOUNS[tok.lower_]
    if any(t.head.i == i for t in span):  # the title is a modifier of the noun: "the X album"
        return _noun_kind(tok)
    return None


def _kind_said(span: Span) -> str | None:
    """ "X is a romantic drama film", "X was an HBO series": the work noun a linking "be" says the title
    is."""
    root = span.root
    if root.dep_ != "nsubj" or root.head.lemma_ != "be":
        return None
    attr = next((c for c in root.head.children if c.dep_ == "attr"), None)
    return _noun_kind(attr) if attr is not None else None


def mentions(doc: Doc, title: str) -> list[Span]:
    """Every place the title is written in the article (case as written, whole words)."""
    out = []
    for m in re.finditer(rf"(?<!\w){re.escape(title)}(?!\w)", text_of(doc)):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is not None:
            out.append(span)
    return out


def title_kinds(doc: Doc, title: str) -> set[str]:
    """The kinds the work nouns around the title's mentions name."""
    kinds: set[str] = set()
    for span in mentions(doc, title):
        for kind in (_kind_before(doc, span.start, span.end), _kind_after(doc, span), _kind_said(span)):
            if kind is not None:
                kinds.add(kind)
    return kinds


def settle_kinds(doc: Doc, facts: Iterable[FactBase]) -> list[FactBase]:
    """Project facts of one parsed text take the kind all mentions of their title agree on, else the
    one kind the other facts on the title have where theirs is only "other" (a title names one work
    in an article: "X, a choreographer on Y" and "the film Y"); with no work noun at any mention, a
    title written as initials for a part played is a show's (``_show_initials``); a musical work with
    no stated role is its performer's (the dev conventions: musicians, rappers included, are
    "singer")."""
    facts = list(facts)
    known: dict[str, set[str]] = {}
    stated: dict[str, set[str]] = {}
    for fact in facts:
        if isinstance(fact, Project) and fact.title not in known:
            known[fact.title] = title_kinds(doc, fact.title)
        if isinstance(fact, Project) and fact.kind != "other":
            stated.setdefault(fact.title, set()).add(fact.kind)
    out: list[FactBase] = []
    for fact in facts:
        if isinstance(fact, Project):
            kinds = known[fact.title]
            if len(kinds) == 1 and fact.kind not in kinds:
                fact = fact.model_copy(update={"kind": next(iter(kinds))})
            elif not kinds and fact.kind in ("film", "other") and _show_initials(doc, fact):
                fact = fact.model_copy(update={"kind": "tv"})
            elif fact.kind == "other" and len(others := stated.get(fact.title, set())) == 1:
                fact = fact.model_copy(update={"kind": next(iter(others))})
            elif not kinds and (_coach_on_show(doc, fact) or _part_on_tv(doc, fact)):
                fact = fact.model_copy(update={"kind": "tv"})
            if fact.kind == "music" and fact.role is None:
                fact = fact.model_copy(update={"role": "singer"})
        out.append(fact)
    return out


# Words that say an article is about television or a talent show, and words that say it is about sport.
TV_CUES = (
    lx.TV_WORDS
    | lx.TV_BROADCASTERS
    | {"series", "episode", "episodes", "aired", "airs", "viewers", "contestant", "contestants"}
    | {"sing", "singing", "singer", "singers", "audition", "auditions", "judges", "talent"}
)
SPORT_CUES = lx.SPORT_WORDS | {"team", "teams", "club", "game", "games", "match", "league", "stadium"}


def _coach_on_show(doc: Doc, fact: Project) -> bool:
    """ "a coach on Starlight Search": a coach's work that no mention calls a team, in an article that
    speaks of television or singing and not of sport, is a talent show (its coaches are its judges)."""
    if fact.kind != "sports_team" or fact.role != "coach":
        return False
    words = {t.lower_ for t in doc}
    lower = {t.text for t in doc}  # "Team Lena" is a side on the show; "the team" is a club
    return bool(words & TV_CUES) and not lower & SPORT_CUES


# Words that say an article is about television, and words that say it speaks of films.
SCREEN_TV_CUES = lx.TV_BROADCASTERS | {"tv", "television", "series", "episode", "episodes", "sitcom"}
FILM_CUES = frozenset(
    {"film", "films", "movie", "movies", "cinema", "cinemas", "box", "biopic", "screenplay"}
)


def _part_on_tv(doc: Doc, fact: Project) -> bool:
    """An actor's work that no mention calls anything, in an article that speaks of television (twice or
    more) and never of films, is a show (an actor's default is "film")."""
    if fact.kind != "film" or fact.role not in ("actor", None):
        return False
    if any(t.lower_ in FILM_CUES for t in doc):
        return False
    return sum(1 for t in doc if _tv_cue(t)) >= TV_CUES_NEEDED


TV_CUES_NEEDED = 2  # one "TV producer" in a story about a film star says little


def _tv_cue(tok: Token) -> bool:
    """A word of television; "a series of portraits" is none."""
    if tok.lower_ not in SCREEN_TV_CUES:
        return False
    return not (tok.lower_ == "series" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "of")


ACRONYM = re.compile(r"[A-Z]{2,6}")
NOT_SHOW_ROLES = frozenset({"singer", "owner", "author", "designer", "founder", "model"})


def _show_initials(doc: Doc, fact: Project) -> bool:
    """ "X joined DWTS", "the KUWK star": a title written as initials (2-6 capitals, no digit) for a part
    played or hosted is a show's; a film's title is spelt out. Not a word written in capitals in a
    headline ("CAKE" where the text also has "Cake"), nor a song, a brand or a book."""
    if not ACRONYM.fullmatch(fact.title) or fact.role in NOT_SHOW_ROLES:
        return False
    text = text_of(doc)
    return not any(
        m.group(0) != fact.title for m in re.finditer(rf"(?<!\w){fact.title}(?!\w)", text, re.IGNORECASE)
    )
