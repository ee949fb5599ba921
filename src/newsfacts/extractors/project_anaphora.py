"""Projects through a work noun that points back: "X starred in Silver Lake. … She says the film changed
her life." A definite, singular work noun ("the show", "the hit NBC series", "the movie") that has no
title of its own and no owner means the most recent title of a compatible kind named a little before
it in the article; the usual linking constructions then tie people to that title.

A title's kind comes from its own sentence (work noun, apposition, the kind its fact was given) or from
the other mentions of it in the article. "Show" words take a TV title, film words a film, "album" a
record. A more recent title of the wrong kind does not block an older compatible one, but a talk show
does: its guests hold no part in it. A show word with a modifier of another kind of show ("the fashion
show", "the awards show", "the talk show") points at nothing.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsfacts import lexicon as lx

# the work noun → the kinds of title it can mean
ANAPHOR_KINDS: dict[str, frozenset[str]] = {
    "show": frozenset({"tv"}),
    "series": frozenset({"tv"}),
    "sitcom": frozenset({"tv"}),
    "programme": frozenset({"tv"}),
    "film": frozenset({"film"}),
    "movie": frozenset({"film"}),
    "album": frozenset({"music"}),
    "cast": frozenset({"film", "tv"}),  # "The cast includes A and B", "A and B round out the cast"
}
# a modifier that makes a show something other than a TV programme of the person's
OTHER_SHOWS = frozenset(
    {
        *lx.TALK_WORDS,
        "fashion",
        "runway",
        "award",
        "awards",
        "trade",
        "car",
        "art",
        "magic",
        "radio",
        "morning",
        "news",
        "stage",
        "live",
        "comedy",
        "road",
        "dog",
        "horse",
        "air",
        "light",
        "half-time",
        "halftime",
        "concert",
        "variety",
        "game",
    }
)
# how far back (in tokens) a title may be named for the noun to mean it
WINDOW = 120
TALK = "talk"  # the kind remembered for a talk show: it blocks, it is never meant


def anaphor_kinds(noun: Token) -> frozenset[str]:
    """The kinds of title a definite work noun can mean; empty if it is no pointer: not "the", plural,
    possessed, a proper noun's modifier, or modified as another kind of show or by a proper noun that
    names no broadcaster ("the Disney sitcom" may be a show not named)."""
    kinds = ANAPHOR_KINDS.get(noun.lower_)
    if kinds is None or noun.pos_ != "NOUN" or noun.tag_ != "NN":
        return frozenset()
    det = [c for c in noun.children if c.dep_ == "det"]
    if len(det) != 1 or det[0].lower_ != "the":
        return frozenset()
    if any(c.dep_ in ("poss", "appos", "nummod") for c in noun.children):
        return frozenset()  # "her show", "the show, Silver Lake", "the show 24"
    if noun.lower_ == "cast" and any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return frozenset()  # "the cast of X" names its work
    if noun.dep_ in ("compound", "poss", "nmod") or (
        noun.i + 1 < len(noun.doc) and noun.nbor().lower_ in ("'s", "’s")
    ):
        return frozenset()  # "the show's host" is told by its own rules; "the film director"
    for m in noun.lefts:
        if m.lower_ in OTHER_SHOWS:
            return frozenset()
        if m.pos_ == "PROPN" and m.lower_ not in lx.TV_BROADCASTERS:
            return frozenset()
        if m.lower_ in lx.TV_BROADCASTERS or m.lower_ in lx.TV_WORDS:
            kinds = frozenset({"tv"})
    return kinds


def anaphors(sent: Span, taken: set[int]) -> list[Token]:
    """Definite work nouns of the sentence that point back (not inside or introducing a title)."""
    return [t for t in sent if t.i not in taken and anaphor_kinds(t)]


def meant(
    works: list[tuple[int, str, str | None, bool]], at: int, kinds: frozenset[str]
) -> tuple[str, str] | None:
    """The title a pointer at token ``at`` means, with its kind: of the titles named before it (token,
    text, kind, one of a list), the most recent one not long before whose kind fits or is unknown (not
    for "the album": it may be a song). None if a talk show comes first (for a show word), if the one
    that fits is one of a list ("on X and Y": no guessing) or if nothing fits."""
    for i, text, kind, listed in sorted(works, reverse=True):
        if i >= at:
            continue
        if at - i > WINDOW:
            return None
        if kind == TALK and "tv" in kinds:
            return None
        if kind in kinds or (kind is None and "music" not in kinds):  # an unknown one may be a song
            return None if listed else (text, kind or next(iter(sorted(kinds))))
    return None


GUEST_WORDS = frozenset({"guest", "guests", "appearance", "appearances", "interview", "visit", "cameo"})


def unsure(noun: Token) -> bool:
    """The clause is no plain statement of a part: a hypothesis or hope ("if he joins the show", "hoping
    she will join the show"), a visit ("her appearance on the show", "a guest on the show"), or a meeting
    ("on a panel with the director of the film")."""
    if any(t.lower_ in GUEST_WORDS for t in noun.sent):
        return True
    heads = list(noun.ancestors)
    if any(h.lower_ == "with" and h.dep_ == "prep" for h in heads):
        return True
    for h in heads:
        if any(c.dep_ in ("aux", "mark") and c.lower_ in HYPOTHETICAL for c in h.children):
            return True
        if h.lemma_.lower() in {"hope", "want", "plan", "expect", "consider", "pursue", "ask", "offer"}:
            return True
    return False


HYPOTHETICAL = frozenset({"if", "whether", "will", "would", "could", "might", "may", "'ll", "wo", "unless"})
