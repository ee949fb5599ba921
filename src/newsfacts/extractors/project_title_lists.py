"""Lists of titles: "roles in A, B and C", "movies like A, B, and C", "films such as A and B". The items
after the first share its ties (``Title.lead``); a span the parse coordinates inside is cut into its
items; the same span found twice lends its work noun and list."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from newsfacts import lexicon as lx
from newsfacts.context import Ctx
from newsfacts.extractors.project_cues import cap, singular
from newsfacts.extractors.project_title_shape import QUOTES, Title, cap_run, title_shaped


def _found(out: list[Title], t: Title, besides: Title | None = None) -> Title | None:
    """The title already found over the same tokens as ``t`` (other than ``besides``)."""
    return next((o for o in out if (o.start, o.end) == (t.start, t.end) and o is not besides), None)


def join_list(out: list[Title], first: Title, more: Title) -> None:
    same = _found(out, more, besides=first)
    if same is not None and same.lead is None and first.lead is None:
        same.lead = first


EXAMPLE_OPENERS = frozenset({"like", "as", "including", "include", "includes", "included"})


def first_of_list(sent: Span, title: Title) -> Title:
    """ "films such as A and B", "movies like A, B, and C": a span the parse coordinates inside is a list
    of titles, not one, where a plural work noun opens it or a comma parts its items (the items after the
    first are found by ``listed_after``). "Pride and Prejudice" elsewhere stays one title."""
    doc = sent.doc
    if title.start > sent.start and doc[title.start - 1].text in QUOTES:
        return title  # a quotation is one title: "'I, Tonya'"
    for c in doc[title.start : title.end]:
        if c.dep_ != "conj" or not title.start <= c.head.i < c.i:
            continue
        cut = next((t.i for t in doc[c.head.i + 1 : c.i] if t.text == "," or t.dep_ == "cc"), None)
        if cut is not None and (doc[cut].text == "," or _list_opened(sent, title.start)):
            return Title(title.start, cut, title.noun, title.host, title.lead)
        break
    return title


def example_opener(noun: Token, j: int, sent: Span) -> int:
    """Where the examples start after a plural work noun and "like", "such as" or "including" at ``j``
    ("movies like A", "shows such as A"), else 0."""
    doc = sent.doc
    if noun.tag_ != "NNS" or j >= sent.end:
        return 0
    if doc[j].lower_ in {"like", "including"}:
        return j + 1
    if doc[j].lower_ == "such" and j + 1 < sent.end and doc[j + 1].lower_ == "as":
        return j + 2
    return 0


def _example_at(ctx: Ctx, sent: Span, j: int) -> tuple[int, int, int] | None:
    """(start, end, next) of one example at token ``j``: a quotation ("'A'", its own punctuation left
    out) or a capitalised run that is no person, cut at a lower-case "and"/"or" ("like A and B": two
    examples, not one title with an "and")."""
    doc = sent.doc
    close = QUOTES.get(doc[j].text)
    if close is not None:
        k = next((k for k in range(j + 1, min(sent.end, j + 14)) if doc[k].text == close), None)
        if k is None:
            return None
        end = k
        while end > j + 1 and doc[end - 1].is_punct:
            end -= 1
        ok = end > j + 1 and cap(doc[j + 1])
        return (j + 1, end, k + 1) if ok else None
    if not cap(doc[j]) or doc[j].is_punct:
        return None
    run = cap_run(sent, j)
    stop = next((t.i for t in doc[j + 1 : run] if t.lower_ in {"and", "or"}), run)
    if stop <= j or not (title_shaped(doc[j:stop], ctx) or title_shaped(doc[j:run], ctx)):
        return None  # the whole run is read for its shape too: NER may call one item a place
    return j, stop, stop


def examples(ctx: Ctx, sent: Span, opened: int, noun: Token) -> Iterator[Title]:
    """The examples after "like"/"such as"/"including", read by tokens (the parser often breaks such a
    list: "movies like A, Out Of B, and C"): items parted by a comma, "and" or "or"; the list ends at
    anything else. The items after the first share its ties (``lead``)."""
    doc = sent.doc
    j, first = opened, None
    while j < sent.end:
        item = _example_at(ctx, sent, j)
        if item is None:
            return
        start, end, j = item
        title = Title(start, end, noun, lead=first)
        first = first or title
        yield title
        k = j
        if k < sent.end and doc[k].text == ",":
            k += 1
        if k < sent.end and doc[k].lower_ in {"and", "or"}:
            k += 1
        if k == j:
            return
        j = k


def lend_noun(out: list[Title], later: Title) -> None:
    """The same span found again as an example of a plural work noun before it ("movies like 'A', 'B'"):
    the work noun gives the kind the first source did not see, and the list its ties."""
    same = _found(out, later)
    noun = later.noun
    if same is None or same.noun is not None or noun is None or noun.i > later.start:
        return
    if noun.tag_ == "NNS" and example_opener(noun, noun.i + 1, noun.sent):
        same.noun = noun
        first = later.lead
        if same.lead is None and first is not None:
            same.lead = _found(out, first)


def _list_opened(sent: Span, start: int) -> bool:
    """A plural work noun before the span, right before it or through "such as", "like", "including":
    "films such as", "movies like", "her films include"."""
    doc = sent.doc
    i = start - 1
    while i >= sent.start and doc[i].text in QUOTES:
        i -= 1
    if i >= sent.start and doc[i].lower_ in EXAMPLE_OPENERS:
        i -= 2 if doc[i].lower_ == "as" and i - 1 >= sent.start and doc[i - 1].lower_ == "such" else 1
    return i >= sent.start and doc[i].tag_ == "NNS" and singular(doc[i]) in lx.WORK_NOUNS


def listed_after(ctx: Ctx, sent: Span, first: Title) -> list[Title]:
    """ "roles in A, B and C", "the albums A and B": the titles the parse coordinates with a title
    share its ties. Each conjunct runs from its first capitalised word to its own "and" or comma."""
    doc = sent.doc
    items: list[Title] = []
    c = doc[first.start : first.end].root
    while True:
        c = next((k for k in c.children if k.dep_ == "conj" and k.i >= first.end), None)
        if c is None:
            return items
        start = c.left_edge.i
        while start < c.i and (not cap(doc[start]) or doc[start].text in QUOTES):
            start += 1
        stops = [k.i for k in c.children if k.dep_ in ("cc", "punct", "conj") and k.i > c.i]
        end = min([cap_run(sent, start), *stops])
        end = next((t.i for t in doc[start:end] if ctx.cast.at(t)), end)
        span = doc[start:end]
        if end <= start or not title_shaped(span, ctx):
            return items
        items.append(Title(start, end, first.noun, lead=first))
