"""Titles in the slot a cue opens: after a work noun ("the film X", "her album, X"), after a linking
verb and its preposition ("stars in X", "released X", "quit X", "backed out of X"), after a person's
possessive ("X's Blue Hour"), as the subject of a verb only a work has ("Iron Coast stars A"), and a
show named after its host ("The Graham Norton Show")."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from newsfacts import lexicon as lx
from newsfacts.context import Ctx
from newsfacts.extractors.project_cues import (
    cap,
    capitalised_before,
    headline_style,
    misread_star,
    nominal,
    singular,
    skip_space,
    to_fame,
)
from newsfacts.extractors.project_title_lists import example_opener, examples
from newsfacts.extractors.project_title_shape import Title, title_at, work_noun_before

SLOT_PREPS = frozenset({"in", "on", "for", "of", "to", "as", "with"})


def after_work_noun(ctx: Ctx, sent: Span) -> Iterator[Title]:
    doc = sent.doc
    for tok in sent:
        low = tok.lower_
        one = singular(tok)  # "the albums A and B", "roles in A and B"
        if not nominal(tok):
            continue
        if one in lx.WORK_NOUNS:
            j = skip_space(doc, tok.i + 1, sent)
            if j < sent.end and doc[j].text == ",":
                j = skip_space(doc, j + 1, sent)
            if (
                j < sent.end
                and doc[j].lower_ in {"to", "of"}
                and low in {"sequel", "prequel", "remake", "season"}
            ):
                j += 1
            opened = example_opener(tok, j, sent)
            if opened:  # "movies like A, B, and C": the examples of a plural work noun
                yield from examples(ctx, sent, opened, tok)
                continue
            yield from title_at(ctx, sent, j, tok, need_shape=False)
        if low == "star" and tok.dep_ == "dobj":
            continue  # "was granted a star on the Walk of X": an honour, not a part
        if one in lx.ROLE_NOUNS or low in lx.WORK_NOUNS or low in lx.WORK_CONTEXT_NOUNS:
            placed = low in lx.WORK_NOUNS and low not in lx.ROLE_NOUNS and low not in lx.WORK_CONTEXT_NOUNS
            for (
                c
            ) in tok.children:  # "a judge on X", "her performance in X", "the set of X" (not "shows in X")
                if placed and c.lower_ == "on":
                    continue  # "her album on Tune Cloud": where a work is out, not a work
                if c.dep_ == "prep" and c.lower_ in SLOT_PREPS and c.i + 1 < sent.end:
                    yield from title_at(
                        ctx, sent, skip_space(doc, c.i + 1, sent), work_noun_before(doc, c.i), need_shape=True
                    )


# Verbs whose capitalised object is a work ("released X", "promotes X");
# "played X", "reprised X" name a character.
DOBJ_WORK_VERBS = (frozenset(lx.ROLE_VERBS) | {"promote", "plug"}) - {"play", "portray", "voice", "reprise"}


SHOOT_VERBS = frozenset({"film", "shoot", "tape"})


LEAVE_VERBS = frozenset({"quit", "exit"})
OUT_OF_VERBS = frozenset({"back", "drop", "pull"})


def leaves(verb: Token) -> bool:
    """ "quit X", "exited X", "backed out of X": leaving a work says one was in it."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB":
        return False
    if lemma in LEAVE_VERBS:
        return True
    kids = list(verb.children)  # "pulled his daughter out of X": someone else left
    return (
        lemma in OUT_OF_VERBS
        and any(c.lower_ == "out" for c in kids)
        and not any(c.dep_ == "dobj" for c in kids)
    )


def _out_of(ctx: Ctx, sent: Span, verb: Token) -> Iterator[Title]:
    for out in verb.children:
        if out.lower_ == "out":
            for of in out.children if out.i + 1 < sent.end else ():
                if of.lower_ == "of" and of.i + 1 < sent.end:
                    yield from title_at(ctx, sent, of.i + 1, None, need_shape=True)


def after_link_verb(ctx: Ctx, sent: Span) -> Iterator[Title]:
    """ "stars in X", "appeared on X", "released X", "involved in X", "quit X", "backed out of X"."""
    doc = sent.doc
    for tok in sent:
        if leaves(tok) and not capitalised_before(sent, tok.i + 1):
            yield from _out_of(ctx, sent, tok)
            for c in tok.children:
                if c.dep_ == "dobj" and tok.lemma_.lower() in LEAVE_VERBS:
                    yield from title_at(ctx, sent, c.left_edge.i, None, need_shape=True)
            continue
        linking = tok.pos_ == "VERB" and (tok.lemma_.lower() in lx.LINK_VERBS or to_fame(tok))
        if not (linking or misread_star(ctx, tok)) or capitalised_before(sent, tok.i + 1):
            continue  # "Miranda Lambert Writes Loving Post": a headline capitalises every word
        yield from _part_in(ctx, sent, tok)
        for c in tok.children:
            if (
                c.dep_ == "prep"
                and c.lower_ == "in"
                and tok.lemma_.lower() in SHOOT_VERBS
                and not to_fame(tok)
            ):
                continue  # "being filmed in Gold Coast": where a work is shot is a place
            if c.dep_ == "prep" and c.lower_ in SLOT_PREPS and c.i + 1 < sent.end:
                yield from title_at(
                    ctx, sent, skip_space(doc, c.i + 1, sent), work_noun_before(doc, c.i), need_shape=True
                )
            elif c.dep_ == "dobj" and tok.lemma_.lower() in DOBJ_WORK_VERBS and cap(c):
                start = c.left_edge.i
                while start < c.i and not cap(doc[start]):
                    start += 1
                yield from title_at(ctx, sent, start, None, need_shape=True)
            for slot in _slot_on_partner(c):  # "stars opposite Y in X": the parser hangs "in X" on Y
                where = skip_space(doc, slot.i + 1, sent)
                yield from title_at(ctx, sent, where, work_noun_before(doc, slot.i), need_shape=True)


PART_PREPS = frozenset({"in", "on"})


def _slot_on_partner(prep: Token) -> list[Token]:
    """ "stars opposite Y in X", "appears alongside Y on X": the "in"/"on" the parser hung on the partner
    a partner preposition of the verb names."""
    if prep.dep_ != "prep" or prep.lower_ not in lx.PARTNER_PREPS:
        return []
    return [
        g
        for p in prep.children
        if p.dep_ == "pobj"
        for g in p.children
        if g.dep_ == "prep" and g.lower_ in PART_PREPS and g.i + 1 < prep.sent.end
    ]


def _part_in(ctx: Ctx, sent: Span, verb: Token) -> Iterator[Title]:
    """ "stars as a nurse in X", "starred as the father on X": the work a part ("as …") is played in."""
    doc = sent.doc
    for c in verb.children:
        if c.dep_ != "prep" or c.lower_ != "as":
            continue
        for part in c.children:
            for p in part.children if part.dep_ == "pobj" else ():
                if p.dep_ == "prep" and p.lower_ in PART_PREPS and p.i + 1 < sent.end:
                    start = skip_space(doc, p.i + 1, sent)
                    yield from title_at(ctx, sent, start, work_noun_before(doc, p.i), need_shape=True)


def named_show(ctx: Ctx, sent: Span) -> Iterator[Title]:
    """ "The Graham Norton Show": a show named after a person, its host."""
    doc = sent.doc
    for tok in sent:
        if tok.text != "Show":
            continue
        words = [t.lower_ for t in doc[max(sent.start, tok.i - 4) : tok.i]]
        hosts = [  # the name may sit inside a title entity, untagged
            (k, len(n))
            for k, p in ctx.cast.people.items()
            for n in (k.split(), p.tokens)
            if n and words[-len(n) :] == n
        ]
        if hosts:
            yield Title(tok.i - hosts[0][1], tok.i + 1, tok, (hosts[0][0],))


CAST_VERBS = frozenset({"star", "feature", "co-star", "costar"})
NAMING_VERBS = frozenset({"call", "title", "name", "dub", "entitle"})


def subject_work(ctx: Ctx, sent: Span) -> Iterator[Title]:
    """ "Iron Coast stars A and B", "Iron Coast is directed by X": a capitalised subject of a verb
    that only a work can have (a cast as object, a creator as agent) is a title."""
    doc = sent.doc
    for tok in sent:
        if tok.pos_ != "VERB" or not _work_verb(ctx, tok):
            continue
        verb = tok
        while verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            verb = verb.head  # "… is directed by X and stars Y": the subject sits on the first verb
        heads = [verb.head] if verb.dep_ == "acl" else []  # "Iron Coast, directed by X, opens …"
        for c in [*verb.children, *heads]:
            if (c.dep_ in ("nsubj", "nsubjpass") or c in heads) and c.pos_ == "PROPN":
                start = c.left_edge.i
                while start < c.i and not cap(doc[start]):
                    start += 1
                if doc[start].lower_ == "the" and start < c.i:
                    start += 1
                yield from title_at(ctx, sent, start, None, need_shape=True)


def _work_verb(ctx: Ctx, verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    if lemma in CAST_VERBS and verb.tag_ == "VBZ":
        return any(c.dep_ == "dobj" and ctx.who(c) for c in verb.children)
    if lemma in lx.ROLE_VERBS and lx.ROLE_VERBS[lemma] in ("director", "producer", "author"):
        return any(c.dep_ == "agent" and any(ctx.who(g) for g in c.children) for c in verb.children) and (
            any(c.dep_ == "auxpass" for c in verb.children) or _credit_clause(verb)
        )
    return False


def _credit_clause(verb: Token) -> bool:
    """ "Iron Coast, directed by X, …": a past participle set off by a comma after a name."""
    head = verb.head
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and head.pos_ == "PROPN"
        and head.i < verb.i
        and verb.doc[verb.i - 1].text == ","
    )


def after_possessive(ctx: Ctx, sent: Span) -> Iterator[Title]:
    """ "Ana Ruiz's Blue Hour", "Tom Lee's hit Paper Sky" (the latter via the noun)."""
    for tok in sent:
        if tok.tag_ != "POS" or not ctx.cast.at(tok.i - 1) or tok.i + 1 >= sent.end:
            continue
        if headline_style(ctx, sent, tok.i - 1):
            continue  # "… Sister Kim's Perfume Launch": in a headline every word is capitalised
        for title in title_at(ctx, sent, tok.i + 1, None, need_shape=True, require_work=True):
            if sent.doc[title.end - 1].lower_ not in PEOPLE_AROUND:
                yield title  # "Prince Tom's Private Secretary", "Mia's BFF": someone around them, no work


# Capitalised posts on someone's staff: "X's Private Secretary", "X's Chief of Staff"
STAFF_NOUNS = frozenset(
    {"secretary", "assistant", "aide", "adviser", "advisor", "spokesman", "spokeswoman", "staff", "press"}
)
PEOPLE_AROUND = STAFF_NOUNS | lx.FRIEND_NOUNS | lx.PLATONIC_NOUNS
