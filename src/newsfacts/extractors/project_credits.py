"""Credits in brackets after a full name, in a casting sentence: "Other cast members include Fred Stroud
(Night Shift, Paper Moon) and Anna Ash (Masters of Rain)." Each bracket lists the works the actor is known
from; each work is a project of that actor.

Brackets after names hold many other things, so the rule asks for all of:
- a cast word in the sentence ("cast", "co-star", "stars", "starring", "ensemble");
- a full name (two tokens of one person) right before the bracket;
- every item of the bracket (parted by commas) a capitalised run of words, with no digit (ages, dates,
  districts), no person the article names, no cue word of a photo caption or an alias ("pictured",
  "left", "AKA"), no role noun ("Hangover Star"), and not only a place, party or date by its entity type;
- at least one item that reads as no person's name: a bracket of names only is a character or an alias
  ("Robert Vale (Edward Cole)", "The Wanderer (AKA Tom Vale)"); beside such an item, a name is a work
  named after a character ("(Night Shift, Harry Potter)").
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from newsfacts import lexicon as lx
from newsfacts.context import Ctx, confidence, negated
from newsfacts.extractors.project_cues import cap
from newsfacts.schema import Project
from newsfacts.temporal.lexicon import MONTHS, WEEKDAYS

# Words of a casting sentence: "Other cast members include …", "The film also stars …", "her co-stars".
CAST_CUE_WORDS = frozenset(
    {"cast", "co-star", "costar", "castmate", "ensemble", "stars", "starring", "co-starring"}
)
NOT_CREDIT_WORDS = frozenset(
    {
        "pictured",
        "left",
        "right",
        "center",
        "centre",
        "above",
        "below",
        "top",
        "bottom",
        "inset",
        "exclusive",
        "aka",
        "a.k.a.",
        "née",
        "nee",
        "formerly",
        "photo",
        "video",
        "watch",
        "r",
        "d",
        "i",
    }
)
ITEM_INNER = frozenset({*lx.TITLE_SMALL_WORDS, "in", "on", "to", "and", "with", "for", "at", "from", "&"})
ITEM_MARKS = frozenset({"'s", "’s", "!", "-", ":", "."})
NOT_WORK_ENTS = frozenset({"GPE", "LOC", "NORP", "FAC", "CARDINAL", "ORDINAL", "MONEY"})
CALENDAR_WORDS = frozenset({*WEEKDAYS, *MONTHS})
LONGEST_BRACKET = 20  # tokens


def _star_noun(tok: Token) -> bool:
    """ "pop stars", "the stars", "fellow stars": people described, not a work's cast ("it also stars")."""
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    return tok.lower_ == "stars" and (
        any(c.dep_ in ("amod", "det") or (c.dep_ == "compound" and c.pos_ == "NOUN") for c in tok.children)
        or (before is not None and before.is_lower and before.pos_ in ("NOUN", "ADJ", "DET"))
    )


def _cast_sentence(sent: Span) -> bool:
    return any(
        (t.lower_ in CAST_CUE_WORDS or t.lemma_.lower() in CAST_CUE_WORDS) and not _star_noun(t) for t in sent
    )


def _items(doc: Doc, start: int, end: int) -> list[Span]:
    """The bracket's comma-parted items (a leading "and" dropped), or none when a piece is empty."""
    items: list[Span] = []
    cur = start
    for j in range(start, end + 1):
        if j < end and doc[j].text not in {",", ";"}:
            continue
        first = cur + 1 if cur < j and doc[cur].lower_ in {"and", "&"} else cur
        if first >= j:
            return []
        items.append(doc[first:j])
        cur = j + 1
    return items


def _work_shaped(ctx: Ctx, item: Span, listed: bool = False) -> bool:
    """A capitalised run that is no date, place or caption word; a person the article names only
    when ``listed`` beside a work that is no name ("(Night Shift, Harry Potter)")."""
    if not cap(item[0]) or not cap(item[-1]) or item[-1].text in ITEM_MARKS:
        return False
    for t in item:
        if t.like_num or t.lower_ in NOT_CREDIT_WORDS or t.lower_ in lx.ROLE_NOUNS:
            return False
        if ctx.cast.at(t) and not listed:
            return False
        if not (cap(t) or t.lower_ in ITEM_INNER or t.text in ITEM_MARKS):
            return False
    if len(item) == 1 and item[0].lower_ in CALENDAR_WORDS:
        return False  # "(Monday)": a date; a NER date label alone says little ("Night Shift")
    labels = {t.ent_type_ for t in item}
    return not ("" not in labels and labels <= NOT_WORK_ENTS)


def _person_credit(item: Span) -> bool:
    """An item the tagger reads as a person's name: a character or an alias when it stands alone."""
    return all(t.ent_type_ == "PERSON" for t in item)


def credits(ctx: Ctx, sent: Span) -> Iterator[tuple[str, list[Span]]]:
    """(person, works) for every full name followed by a bracket of credits."""
    doc = sent.doc
    for tok in sent:
        if tok.text != "(" or tok.i < sent.start + 2:
            continue
        close = next(
            (t.i for t in doc[tok.i + 1 : min(sent.end, tok.i + LONGEST_BRACKET)] if t.text == ")"), None
        )
        if close is None:
            continue
        who = ctx.cast.at(doc[tok.i - 1])
        if len(who) != 1 or doc[tok.i - 1].pos_ != "PROPN" or ctx.cast.at(doc[tok.i - 2]) != who:
            continue
        items = _items(doc, tok.i + 1, close)
        plain = [it for it in items if _work_shaped(ctx, it) and not _person_credit(it)]
        if not plain or not all(_work_shaped(ctx, it, listed=True) for it in items):
            continue
        yield who[0], items


def extract(ctx: Ctx, sent: Span) -> Iterator[Project]:
    if not _cast_sentence(sent) or negated(sent.root):
        return
    for person, works in credits(ctx, sent):
        for work in works:
            yield Project(
                person=person,
                title=work.text,
                kind="film",
                role="actor",
                confidence=confidence(0.65, sent),
                evidence=[ctx.evidence(sent)],
                cue="credit in brackets",
            )
