"""The Title record and the shape of a title: a capitalised run with inner function words that is no
date, number, place or person; the run found at a slot (``title_at``), cut before a name; the work
noun before a title and the one an apposition after it names."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from newsfacts import lexicon as lx
from newsfacts.context import Ctx
from newsfacts.extractors.project_cues import cap, nominal, skip_space

TITLE_INNER = frozenset(
    {
        "of",
        "the",
        "in",
        "and",
        "a",
        "an",
        "to",
        "on",
        "for",
        "&",
        "with",
        "at",
        "from",
        "is",
        "my",
        "me",
        "you",
        "by",
    }
)
WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
QUOTES = {"'": "'", "‘": "’", "“": "”", '"': '"'}
# Where a work runs, not part of its name: "The Price on Broadway", "Blue Hour on Netflix".
OUTLET_WORDS = lx.PLATFORM_WORDS | lx.TV_BROADCASTERS | {"broadway", "hollywood", "tv", "television", "radio"}


@dataclass(slots=True)
class Title:
    start: int  # token indices [start, end)
    end: int
    noun: Token | None  # the work noun that introduces it, if any
    host: tuple[str, ...] = ()  # the person a show is named after ("The Graham Norton Show")
    lead: Title | None = None  # the first title of a list this one continues ("in A, B and C")

    def span(self, doc: Doc) -> Span:
        return doc[self.start : self.end]


def cap_run(sent: Span, i: int) -> int:
    """End (exclusive) of a capitalised title starting at token i; inner function words allowed."""
    doc = sent.doc
    end = j = i
    while j < sent.end:
        t = doc[j]
        if (cap(t) and not t.is_punct and (t.pos_ != "PRON" or not t.is_sent_start)) or (
            t.text in {"-", ":", "'s", "’s", "'"} and j > i
        ):
            j += 1
            end = j
            continue
        if t.lower_ in TITLE_INNER and j > i:
            k = j
            while k < sent.end and doc[k].lower_ in TITLE_INNER and k - j < 3:
                k += 1
            nxt = doc[k] if k < sent.end else None
            if nxt is None or not cap(nxt) or nxt.is_punct or nxt.ent_type_ in ("DATE", "TIME"):
                break
            if nxt.lower_ in OUTLET_WORDS:
                break  # "The Price on Broadway", "Blue Hour on Netflix": where it runs, not its name
            if place_after(doc, i, j):
                break
            j = k
            continue
        break
    while end > i and doc[end - 1].text in {"-", ":", "'s", "’s", "'"}:
        end -= 1
    return end


PLACE_PREPS = frozenset({"in", "at"})


def place_after(doc: Doc, i: int, j: int) -> bool:
    """ "the film Cake in Los Angeles on Friday … Cake is out in May": "in"/"at" and a place after a run
    the article also names on its own is where something happened, not more of the title (a title
    that holds a place, "Hot in Cleveland", is not named without it)."""
    if doc[j].lower_ not in PLACE_PREPS or j + 1 >= len(doc) or doc[j + 1].ent_type_ not in PLACE_ENTS:
        return False
    return alone_elsewhere(doc, i, j)


PLACE_ENTS = frozenset({"GPE", "LOC"})


def alone_elsewhere(doc: Doc, i: int, j: int) -> bool:
    """The capitalised run ``doc[i:j]`` stands elsewhere in the article as a name, followed by neither
    "in" nor "at"."""
    words = [t.text for t in doc[i:j]]
    n = len(words)
    for k in range(len(doc) - n + 1):
        if k == i or [t.text for t in doc[k : k + n]] != words:
            continue
        nxt = doc[k + n] if k + n < len(doc) else None
        if (nxt is None or nxt.lower_ not in PLACE_PREPS) and _names_there(doc[k + n - 1], doc[k], nxt):
            return True
    return False


def _names_there(last: Token, first: Token, nxt: Token | None) -> bool:
    """A proper name, or a sentence's capitalised subject before its verb ("Driftwood is out")."""
    if last.pos_ == "PROPN" or last.ent_type_:
        return True
    return first.is_sent_start and nxt is not None and nxt.pos_ in {"AUX", "VERB"}


def title_shaped(span: Span, ctx: Ctx, described: tuple[str, ...] = ()) -> bool:
    """Not a date, number, place or person: "June July" is a title, "September 2022" is not. A word
    the who-is-who gives to the person a description after the span means (``described``), outside
    any name, is that description's head as the parser read it ("The LA Hawks forward has …")."""
    if not len(span) or any(_named(ctx, t, described) for t in span):
        return False
    if span[0].is_sent_start and len(span) == 1:
        return False
    if number_word_title(span):
        return True
    labels = {t.ent_type_ for t in span}
    if "" not in labels and labels <= {
        "GPE",
        "LOC",
        "NORP",
        "CARDINAL",
        "MONEY",
        "PERCENT",
        "FAC",
        "ORDINAL",
    }:
        return False
    if labels == {"EVENT"} and any(t.text in {"'s", "’s"} for t in span):
        return False  # a named day ("New Year's Eve", "Mother's Day"); NER calls films events too
    if labels & {"DATE", "TIME"}:  # a capitalised "Today" inside a sentence names a show, not a day
        if len(span) == 1:
            return span[0].lower_ in lx.DEICTIC_DAYS and not span[0].text.islower()
        if span[-1].lower_ in WEEKDAYS:
            return False  # "wrote on Instagram Friday": a day after a name
        return not any(t.like_num or (t.ent_type_ == "DATE" and t.text[:1].isdigit()) for t in span)
    return span.text.lower() not in lx.NOT_PERSON_WORDS


def _named(ctx: Ctx, tok: Token, described: tuple[str, ...]) -> bool:
    who = ctx.cast.at(tok)
    return bool(who) and (who != described or tok.ent_type_ == "PERSON")


def number_word_title(span: Span) -> bool:
    """ "Seven co-star X": a number spelt out and capitalised inside a sentence is a name, not a count."""
    return (
        len(span) == 1
        and span[0].is_alpha
        and span[0].like_num
        and cap(span[0])
        and not span[0].is_sent_start
    )


def work_noun_before(doc: Doc, i: int) -> Token | None:
    for j in range(i - 1, max(-1, i - 5), -1):
        if doc[j].lower_ in lx.WORK_NOUNS and (doc[j].pos_ == "PROPN" or nominal(doc[j])):
            return doc[j]
        if doc[j].text in {".", ";"}:
            break
    return None


def title_at(
    ctx: Ctx, sent: Span, start: int, noun: Token | None, need_shape: bool, require_work: bool = False
) -> Iterator[Title]:
    doc = sent.doc
    start = skip_space(doc, start, sent)  # "Jo Lee's\xa0Blue Hour": a stray space token before it
    if start + 1 < sent.end and doc[start].text == "the" and doc[start + 1].ent_type_ == "ORG":
        start += 1  # "traded to the New York Hawks": a lowercase article is not part of a team's name
    if start >= sent.end or not cap(doc[start]) or doc[start].is_punct or doc[start].text in QUOTES:
        return
    end = cap_run(sent, start)
    if end <= start:
        return
    if (
        start > sent.start
        and doc[start - 1].lower_ == "as"
        and not (start - 2 >= sent.start and doc[start - 2].lower_ == "such")
    ):  # "as Joey in Harbor Creek": role, then title ("shows such as X" lists examples)
        inner = [t.i for t in doc[start:end] if t.lower_ in {"in", "on"}]
        if not inner or inner[-1] + 1 >= end:
            return  # "his role as Joey": a character
        start = inner[-1] + 1
        if doc[start].text == "the" and start + 1 < end:
            start += 1
    # right after a work noun ("the movie Billy Baxter", "her single, Paper Lanterns") a name that is
    # no subject of its own and is never named again is the title the tagger took for a person
    lead = ctx.cast.at(doc[start]) if not need_shape else ()
    if len(lead) != 1 or (ctx.cast.people[lead[0]].mentions > 1 and noun is not None and noun.i + 1 < start):
        lead = ()  # "the show, Hudson, 36, joined …": a person met again, after a comma
    cut = next((t.i for t in doc[start:end] if ctx.cast.at(t) and ctx.cast.at(t) != lead), end)
    if noun is not None and not need_shape and _holder_follows(noun):
        return  # "the director of the film Tom Reed": the name is the director's
    before_verb = cut < sent.end and doc[cut].pos_ in ("VERB", "AUX")
    if lead and (before_verb or doc[start:cut].root.dep_ == "nsubj"):
        return  # "the movie Tom Reed directed": a person, the subject of a clause
    while cut > start and doc[cut - 1].lower_ in TITLE_INNER:
        cut -= 1  # "her album Velvet and Tom Reed …": the title stops before the next name
    if cut <= start:
        return
    end = cut
    span = doc[start:end]
    if need_shape and not title_shaped(span, ctx) and not appos_work(doc, end, sent):
        return
    if require_work and not (span.root.ent_type_ in ("WORK_OF_ART", "") and span.root.pos_ == "PROPN"):
        return
    yield Title(start, end, noun)


def _holder_follows(noun: Token) -> bool:
    """ "<role noun> of the <work noun> X": X holds the role, the work is named elsewhere."""
    doc = noun.doc
    return noun.i >= 3 and doc[noun.i - 2].lower_ == "of" and doc[noun.i - 3].lower_ in lx.ROLE_NOUNS


def past_quote(doc: Doc, i: int, sent: Span) -> int:
    """The index after a title's closing quotation mark, if one stands at ``i``; else ``i``."""
    return i + 1 if i < sent.end and doc[i].text in lx.CLOSING_QUOTES else i


def appos_work(doc: Doc, end: int, sent: Span) -> Token | None:
    """ "X, a soccer team" / "X, her new album": the work noun of an apposition right after a title."""
    j = past_quote(doc, end, sent)
    if j + 1 < sent.end and doc[j].text == ",":
        for k in range(j + 1, min(j + 6, sent.end)):
            if doc[k].lower_ in lx.WORK_NOUNS and doc[k].pos_ == "NOUN":
                return doc[k]
            if doc[k].text in {",", "."}:
                break
    return None
