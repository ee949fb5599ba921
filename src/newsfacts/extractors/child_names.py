"""A child noun's name and age ("son X, 12", "a son named X", "X, the son of Y", "12-year-old son"), the
names a plural child noun lists ("three children, A, 10, and B, 9"), and the Child record built from
them with its birth date."""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsfacts import ages
from newsfacts import lexicon as lx
from newsfacts.context import Ctx, confidence
from newsfacts.extractors.kinship import NOUN_TYPES, across_copula
from newsfacts.schema import Child, When


def age_before(noun: Token) -> int | None:
    """ "12-year-old son", "23-year-old model X": an age before the noun or name (adjectives and
    occupation nouns may sit between)."""
    doc = noun.doc
    j = noun.i - 1
    while (
        j >= 0 and (doc[j].pos_ == "ADJ" or doc[j].lower_ in lx.DESCRIPTOR_NOUNS) and doc[j].lower_ != "old"
    ):
        j -= 1
    return ages.before(doc, j + 1)


def age_after(tok: Token) -> int | None:
    """ "X, 12," / "son, 10." : a bare number right after the name."""
    return ages.after(tok.doc, tok.i + 1)


def named_child(ctx: Ctx, noun: Token) -> tuple[str | None, Token | None]:
    """The child's name: "son X" (compound), "a son named X", "son, X", "X, his son"."""
    doc = noun.doc
    if noun.dep_ in ("compound", "amod") and ctx.cast.at(noun.head):  # "son X", "their newborn, X"
        return ctx.cast.at(noun.head)[0], _last_name_token(ctx, noun.head)
    for c in noun.children:  # "a son named X" first: "her child with Y, a son named X" is not Y
        if c.dep_ == "acl" and c.lemma_ in {"name", "call"}:
            for g in c.subtree:
                if ctx.cast.at(g) and len(ctx.cast.at(g)) == 1:
                    return ctx.cast.at(g)[0], _last_name_token(ctx, g)
    bracketed = _name_before_bracket(ctx, noun)
    if bracketed is not None:
        return ctx.cast.at(bracketed)[0], bracketed
    if noun.dep_ == "appos" and noun.head.i < noun.i and len(ctx.cast.at(noun.head)) == 1:
        # "X, the son Y adopted": the noun describes the name before it (the parser may hang Y on it)
        return ctx.cast.at(noun.head)[0], noun.head
    for c in noun.children:
        if (
            c.dep_ == "appos"
            and len(ctx.cast.at(c)) == 1
            and not line_break(noun, c)
            and not _spouse_named(ctx, c)
        ):
            return ctx.cast.at(c)[0], c
    described = _described(ctx, noun)
    if described is not None:
        return ctx.cast.at(described)[0], described
    j = noun.i + 1
    if j < len(doc) and doc[j].text == ",":
        j += 1
    if j < len(doc) and is_name(ctx, doc[j]):
        return ctx.cast.at(doc[j])[0], _last_name_token(ctx, doc[j])
    return None, None


def _spouse_named(ctx: Ctx, name: Token) -> bool:
    """ "a son with wife Y": the parser may hang Y on the child noun, but a spouse or partner noun right
    before the name says whose name it is."""
    start = ctx.cast.name_start(name.i)
    return start > 0 and name.doc[start - 1].lower_ in NOUN_TYPES


def line_break(a: Token, b: Token) -> bool:
    """Is there a line break between two tokens? A phrase does not run on into the next paragraph."""
    lo, hi = sorted((a.i, b.i))
    return any("\n" in t.text for t in a.doc[lo + 1 : hi])


def _described(ctx: Ctx, noun: Token) -> Token | None:
    """The name a child noun describes: "X, the son of Y" (apposition), "X is the son of Y", "Y's son is
    X", "The daughter of Y, X made her debut" (a fronted apposition the parser reads as a second subject)."""
    if noun.dep_ == "appos" and len(ctx.cast.at(noun.head)) == 1:
        return noun.head
    if noun.dep_ == "attr" and noun.head.lemma_ == "be":
        return _one_named(ctx, across_copula(noun))
    if noun.dep_ == "nsubj" and any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        after = [
            c
            for c in noun.head.children
            if c.dep_ == "nsubj" and c.i > noun.i and c.pos_ == "PROPN" and len(ctx.cast.at(c)) == 1
        ]
        return after[0] if after else None
    return _one_named(ctx, across_copula(noun))  # "X's daughter is Y"


def _name_before_bracket(ctx: Ctx, noun: Token) -> Token | None:
    """ "A, B and C (daughter of Y)": a bracketed kinship noun describes the name right before the
    bracket, whatever list the parser hung it on."""
    j = noun.i - 1
    while j >= 0 and noun.doc[j].lower_ in ("the", "a", "an"):
        j -= 1
    if j < 1 or noun.doc[j].text != "(":
        return None
    before = noun.doc[j - 1]
    return before if is_name(ctx, before) and len(ctx.cast.at(before)) == 1 else None


def _one_named(ctx: Ctx, toks: list[Token]) -> Token | None:
    """The first of ``toks`` that names exactly one person."""
    return next((t for t in toks if len(ctx.cast.at(t)) == 1), None)


def is_name(ctx: Ctx, tok: Token) -> bool:
    return any(s <= tok.i < e for s, e, _ in ctx.cast.name_spans)


def _last_name_token(ctx: Ctx, tok: Token) -> Token:
    for s, e, _ in ctx.cast.name_spans:
        if s <= tok.i < e:
            return tok.doc[e - 1]
    return tok


def birth_date(ctx: Ctx, name_tok: Token | None, noun: Token, sent: Span) -> When | None:
    """A stated birth date: "born in 2012", "welcomed … on Nov. 21"."""
    anchors = [
        t for t in sent if t.lemma_.lower() in {"bear", "born", "welcome", "birth", "deliver", "father"}
    ]
    for a in anchors:
        near = ctx.dates_near(a, sent, max_tokens=8)
        if near:
            return ctx.when(near[0])
    return None


PLURAL_CHILD = {
    "children": None,
    "kids": None,
    "twins": None,
    "sons": "male",
    "daughters": "female",
    "boys": "male",
    "girls": "female",
}
LIST_SKIP = frozenset(
    {
        ",",
        "and",
        "together",
        ":",
        "-",
        "—",
        "–",
        "--",
        "twins",
        "twin",
        "named",
        "aged",
        "ages",
        "are",
        "were",
        "including",
        "(",
    }
)  # "their children are A, 10, and B, 8", "two kids (A, 13, and B, 10)"


def listed_names(ctx: Ctx, noun: Token) -> list[tuple[str, Token, str | None, int | None]]:
    """Names listed after a plural child noun: "three children together, Henry, 10, and Johan, 9, and
    daughter Lou, 6" → (henry, tok, None, 10), (johan, …), (lou, tok, "female", 6); an age may also
    stand before a kinship noun in the list ("8-year-old son Tito")."""
    doc = noun.doc
    out: list[tuple[str, Token, str | None, int | None]] = []
    default = PLURAL_CHILD.get(noun.lower_)
    sex, kin = default, None
    j = noun.i + 1
    while j < noun.sent.end:
        t = doc[j]
        span = next(((s, e, k) for s, e, k in ctx.cast.name_spans if s == j), None)
        if span is not None and doc[span[1] - 1].dep_ in ("nsubj", "nsubjpass") and _in_adjunct(noun):
            break  # "After … with her two children, X has …": the subject of the main clause
        if span is not None:
            _, e, key = span
            age = age_after(doc[e - 1]) or age_before(kin if kin is not None else doc[j])
            out.append((key, doc[e - 1], sex, age))
            sex, kin = default, None
            j = e
            continue
        if t.lower_ in lx.CHILD_NOUNS:
            sex, kin = lx.CHILD_NOUNS[t.lower_], t
        elif not (
            t.lower_ in LIST_SKIP
            or (t.text == ";" and out and out[-1][3] is not None)  # "the kids — A, 15; B, 12; …"
            or t.like_num
            or t.lower_ in {"year", "old", "months", "month", "years"}
            or t.lower_ in lx.DESCRIPTOR_NOUNS  # "23-year-old model X"
            or (
                t.lower_.endswith("s") and t.lower_[:-1] in lx.DESCRIPTOR_NOUNS
            )  # "father to actors A, B and C"
            or _aged_stranger(ctx, t)
        ):
            break
        j += 1
    return out


def _aged_stranger(ctx: Ctx, t: Token) -> bool:
    """A capitalised word the cast does not know, followed by an age ("Bo, 12;") or by the next name of
    the list ("A, Bo, C and D"): a name in the list that the name finder missed; it is passed over so
    that the names after it are still read."""
    doc = t.doc
    if not t.is_title or is_name(ctx, t) or t.i + 2 >= len(doc) or doc[t.i + 1].text != ",":
        return False
    nxt = doc[t.i + 2]
    return nxt.like_num or (is_name(ctx, nxt) and t.i > 0 and doc[t.i - 1].text == ",")


def _in_adjunct(noun: Token) -> bool:
    """Is the noun inside a prepositional phrase of its clause ("after … with her two children")?
    A partitive ("of all of X's children, Y was …") picks one of them, so it does not count."""
    t = noun
    while t.head != t and t.pos_ not in ("VERB", "AUX"):
        if t.dep_ == "prep":
            return t.lower_ not in {"of", "among"}
        t = t.head
    return False


def child_fact(
    ctx: Ctx,
    sent: Span,
    parents: list[str],
    child: str | None,
    sex: str | None,
    age: int | None,
    noun: Token,
    name_tok: Token | None,
    cue: str,
) -> Child:
    born = birth_date(ctx, name_tok, noun, sent)
    if born is None and age is not None:
        born = ctx.birth_when(age)
    return Child(
        parents=sorted(parents),
        child=child,
        sex=sex,  # type: ignore[arg-type]
        age=age,
        age_as_of=ctx.anchor.isoformat() if age is not None and ctx.anchor else None,
        born=born,
        confidence=confidence(0.85 if child else 0.7, sent),
        evidence=[ctx.evidence(sent)],
        cue=cue,
    )
