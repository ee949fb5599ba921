"""Projects: a named person tied by the text to a named work or venture, with a role.

Titles: quoted spans ("'Title'", “Title”), WORK_OF_ART entities, and capitalised spans in a work slot —
after a work noun ("the film X", "her album X", "limited TV series, X"), after "in"/"on" that follows a
role cue ("stars in X", "performance in X", "work on the … film X"), after "sequel to". Function words
("of", "the", "in", "and") may sit inside a title. The person is the subject of the role verb, the
possessor of the work noun, the agent of "directed by X", or the X of "X-directed". The kind comes from
the nearest work noun (or an apposition: "X, a soccer team"); the role from the verb, a role noun, or
the person's own occupation.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Span, Token

from newsfacts import lexicon as lx
from newsfacts.context import Ctx, confidence, negated
from newsfacts.schema import Project

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
    }
)
QUOTES = {"'": "'", "‘": "’", "“": "”", '"': '"'}
SLOT_PREPS = frozenset({"in", "on", "for", "of", "to", "as"})


@dataclass(slots=True)
class Title:
    start: int  # token indices
    end: int
    text: str
    kind: str | None
    noun: Token | None  # the work noun that introduces it


def _cap(tok: Token) -> bool:
    return tok.text[:1].isupper() or tok.text[:1].isdigit()


def _cap_run(sent: Span, i: int) -> int:
    """End (exclusive) of a capitalised title starting at token i; inner function words allowed."""
    doc = sent.doc
    end = i
    j = i
    while j < sent.end:
        t = doc[j]
        if (_cap(t) and not t.is_punct and t.pos_ != "PRON") or (t.text in {"-", ":", "'s", "’s"} and j > i):
            j += 1
            end = j
        elif t.lower_ in TITLE_INNER and j > i:
            k = j
            while k < sent.end and doc[k].lower_ in TITLE_INNER and k - j < 3:
                k += 1
            nxt = doc[k] if k < sent.end else None
            if nxt is None or not _cap(nxt) or nxt.is_punct or nxt.ent_type_ in ("DATE", "TIME"):
                break
            j = k
        else:
            break
    while end > i and doc[end - 1].text in {"-", ":", "'s", "’s"}:
        end -= 1
    return end


def _kind_of(noun: Token | None, span_words: list[str]) -> str | None:
    if noun is None:
        return None
    kind = lx.WORK_NOUNS.get(noun.lower_)
    mods = {c.lower_ for c in noun.lefts} | set(span_words)
    if kind in ("film", "tv") and mods & lx.TV_WORDS:
        return "tv"
    if kind == "sports_team" or (kind in ("brand", None) and mods & lx.SPORT_WORDS):
        return "sports_team" if kind == "sports_team" or noun.lower_ in {"team", "club"} else kind
    return kind


def _quoted_titles(sent: Span) -> Iterator[Title]:
    doc = sent.doc
    i = sent.start
    while i < sent.end:
        t = doc[i]
        close = QUOTES.get(t.text)
        if close is None:
            i += 1
            continue
        j = i + 1
        while j < sent.end and doc[j].text != close and j - i <= 9:
            j += 1
        if j < sent.end and doc[j].text == close and j - i >= 2:
            inner = doc[i + 1 : j]
            words = [w for w in inner if not w.is_punct]
            if (
                words
                and _cap(words[0])
                and sum(1 for w in words if _cap(w)) * 2 >= len(words)
                and not any(
                    w.pos_ in ("VERB", "AUX") and w.lower_ not in {"is", "be", "love", "go"}
                    for w in words[1:]
                )
            ):
                yield Title(inner.start, inner.end, inner.text, None, _work_noun_before(doc, i))
            i = j + 1
        else:
            i += 1


def _work_noun_before(doc, i: int) -> Token | None:
    for j in range(i - 1, max(-1, i - 5), -1):
        if doc[j].lower_ in lx.WORK_NOUNS and doc[j].pos_ in ("NOUN", "PROPN"):
            return doc[j]
        if doc[j].text in {".", ";"}:
            break
    return None


def _slot_titles(ctx: Ctx, sent: Span, taken: set[int]) -> Iterator[Title]:
    doc = sent.doc
    for tok in sent:
        low = tok.lower_
        start = None
        noun = None
        if low in lx.WORK_NOUNS and tok.pos_ == "NOUN":
            j = tok.i + 1
            if j < sent.end and doc[j].text == ",":
                j += 1
            if (
                j < sent.end
                and doc[j].lower_ in {"to", "of"}
                and low in {"sequel", "prequel", "remake", "season"}
            ):
                j += 1
            start, noun = j, tok
        elif low in SLOT_PREPS and tok.i + 1 < sent.end and _role_cue_before(tok):
            start, noun = tok.i + 1, _work_noun_before(doc, tok.i)
        if (
            start is None
            or start >= sent.end
            or start in taken
            or not _cap(doc[start])
            or doc[start].is_punct
        ):
            continue
        if start == sent.start:
            continue
        end = _cap_run(sent, start)
        if end <= start:
            continue
        span = doc[start:end]
        if any(ctx.cast.at(t) for t in span) and not (noun is not None and noun.lower_ in lx.WORK_NOUNS):
            continue  # a person's name, not a title
        title = Title(start, end, span.text, None, noun)
        right_after_noun = noun is not None and noun.i >= start - 2
        if not right_after_noun and _appos_kind(doc, title)[0] is None and not _title_shaped(span):
            continue
        yield title


def _title_shaped(span: Span) -> bool:
    """A capitalised span that is not a date, number or place: "May December" (two month names, no
    number) is a title; "September 2022", "June" or "France" alone is not."""
    labels = {t.ent_type_ for t in span}
    if labels & {"GPE", "LOC", "NORP", "CARDINAL", "MONEY", "PERCENT", "ORG"} and labels <= {
        "GPE",
        "LOC",
        "NORP",
        "CARDINAL",
        "MONEY",
        "PERCENT",
        "ORG",
        "",
    }:
        return False
    if labels & {"DATE", "TIME"}:
        return len(span) >= 2 and not any(t.like_num for t in span)
    return True


def _role_cue_before(prep: Token) -> bool:
    """ "stars in", "performance in", "work on", "role in", "choreographer on", "involved in"."""
    h = prep.head
    return (
        h.lemma_.lower() in lx.ROLE_VERBS
        or h.lower_ in lx.ROLE_NOUNS
        or h.lemma_.lower() in {"involve", "cast", "work", "set", "premiere", "release"}
    )


def _appos_kind(doc, title: Title) -> tuple[str | None, Token | None]:
    """ "X, a soccer team" / "X, her new album": the apposition names the kind."""
    j = title.end
    if j + 1 < len(doc) and doc[j].text == ",":
        for k in range(j + 1, min(j + 5, len(doc))):
            if doc[k].lower_ in lx.WORK_NOUNS and doc[k].pos_ == "NOUN":
                return _kind_of(doc[k], []), doc[k]
            if doc[k].text in {",", "."}:
                break
    return None, None


def _person_and_role(ctx: Ctx, title: Title, sent: Span) -> list[tuple[str, str | None, str]]:
    """(person, role, how) for everyone the sentence ties to the title."""
    doc = sent.doc
    out: list[tuple[str, str | None, str]] = []
    head_tok = doc[title.end - 1]
    # "X-directed film Y": the name right before "-directed"
    for t in doc[max(sent.start, title.start - 6) : title.start]:
        if (
            t.lower_ in {"directed", "produced", "written", "helmed"}
            and t.i >= 2
            and doc[t.i - 1].text in {"-", "–"}
        ):
            people = ctx.cast.at(doc[t.i - 2])
            if people:
                out.append((people[0], lx.ROLE_VERBS.get(t.lemma_.lower(), "director"), "X-directed"))
    # "directed by X" after the title
    for t in doc[title.end : min(sent.end, title.end + 6)]:
        if t.lower_ == "by" and t.head.lemma_.lower() in lx.ROLE_VERBS:
            for p in t.children:
                for k in ctx.who(p):
                    out.append((k, lx.ROLE_VERBS[t.head.lemma_.lower()], "by X"))
    # walk up from the title (or its work noun) to the first noun with a possessor / verb with a subject
    t: Token = title.noun if title.noun is not None else head_tok
    role_noun = None
    for _ in range(6):
        if t.lower_ in lx.ROLE_NOUNS and t.pos_ == "NOUN":
            role_noun = role_noun or t
        poss = [c for c in t.children if c.dep_ == "poss"]
        if poss:
            for k in ctx.who(poss[0]):
                out.append((k, _role(ctx, k, None, role_noun, title), "possessor"))
            break
        if t.pos_ in ("VERB", "AUX") and t.dep_ != "amod":
            if negated(t):
                return []
            for k in ctx.subjects(t):
                out.append((k, _role(ctx, k, t, role_noun, title), "subject"))
            if t.lemma_.lower() in {"serve", "work"}:
                pass
            break
        if t.head == t:
            break
        t = t.head
    # "where X served as choreographer": a relative clause hanging on the title
    for c in head_tok.children:
        if c.dep_ == "relcl":
            for k in ctx.subjects(c):
                role = None
                for g in c.subtree:
                    if lx.ROLE_NOUNS.get(g.lower_):
                        role = lx.ROLE_NOUNS[g.lower_]
                out.append((k, role or _role(ctx, k, c, None, title), "relative clause"))
    return out


def _role(ctx: Ctx, person: str, verb: Token | None, role_noun: Token | None, title: Title) -> str | None:
    """The role a verb or role noun states, else the person's occupation for a creative work."""
    if role_noun is not None and lx.ROLE_NOUNS.get(role_noun.lower_):
        return lx.ROLE_NOUNS[role_noun.lower_]
    if verb is not None and verb.lemma_.lower() in lx.ROLE_VERBS:
        return lx.ROLE_VERBS[verb.lemma_.lower()]
    if title.kind in ("sports_team", "brand"):
        return None  # an actress's link to a team says nothing of her role in it
    desc = ctx.cast.people[person].descriptors if person in ctx.cast.people else []
    for d in desc:
        role = lx.OCCUPATION_ROLE.get(d.split()[-1])
        if role:
            return role
    return None


def _status(sent: Span, title: Title) -> str | None:
    words = {t.lower_ for t in sent}
    if words & {"upcoming", "forthcoming", "announced", "will", "next"}:
        return "announced"
    if words & {"filming", "shooting", "current", "currently", "production"}:
        return "in_production"
    if words & {"released", "premiered", "starred", "acclaimed", "debuted"}:
        return "released"
    return None


def extract(ctx: Ctx, sent: Span) -> Iterator[Project]:
    titles = list(_quoted_titles(sent))
    titles += [
        Title(e.start, e.end, e.text, None, _work_noun_before(sent.doc, e.start))
        for e in sent.ents
        if e.label_ == "WORK_OF_ART" and not any(t.start <= e.start < t.end for t in titles)
    ]
    taken = {i for t in titles for i in range(t.start, t.end)}
    titles += [t for t in _slot_titles(ctx, sent, taken) if t.start not in taken]
    seen: set[tuple[str, str]] = set()
    for title in titles:
        text = title.text.strip(" ,.'\"‘’“”")
        if not text or text.lower() in lx.NOT_PERSON_WORDS:
            continue
        kind, _ = _appos_kind(sent.doc, title)
        kind = kind or _kind_of(title.noun, [t.lower_ for t in sent.doc[title.start : title.end]])
        title.kind = kind
        if title.noun is not None and title.noun.lower_ in {"sequel", "prequel", "remake"}:
            text = (
                f"{title.noun.lower_} to {text}" if sent.doc[title.start - 1].lower_ in {"to", "of"} else text
            )
        for person, role, how in _person_and_role(ctx, title, sent):
            key = (person, text.lower())
            if key in seen:
                continue
            seen.add(key)
            date = None
            near = ctx.dates_near(sent.doc[title.end - 1], sent, max_tokens=6)
            if near:
                date = ctx.when(near[0])
            yield Project(
                person=person,
                title=text,
                kind=(kind or _default_kind(role)),  # type: ignore[arg-type]
                role=role,
                date=date,
                status=_status(sent, title),  # type: ignore[arg-type]
                confidence=confidence(0.8 if how != "subject" or role else 0.6, sent),
                evidence=[ctx.evidence(sent)],
                cue=how,
            )


def _default_kind(role: str | None) -> str:
    return {"actor": "film", "director": "film", "singer": "music", "author": "book", "host": "tv"}.get(
        role or "", "other"
    )
