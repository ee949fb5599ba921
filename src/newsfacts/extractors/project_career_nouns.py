"""Works named by their place in someone's career: "his latest effort, X", "her directorial debut X",
"their new project X", "Cronenberg's next project is X". The nouns ("effort", "project", "debut",
"release", …) are common in other senses ("efforts to help", "a charity project", "his release from
hospital"), so a title is read only where someone owns the noun (a possessive, or a person's name
before it) and a capitalised name follows at once, after at most a comma, or as the complement of
"is". A modifier of such a noun ("directorial debut", "acting debut", "Broadway debut") gives the
work's kind and the owner's role (``career_kind_role``)."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from newsfacts import lexicon as lx
from newsfacts.context import Ctx
from newsfacts.extractors.project_cues import cap, nominal, skip_space
from newsfacts.extractors.project_title_shape import Title, title_at


def career_noun(tok: Token) -> bool:
    """A singular career noun that names a work: ``outing`` only with a modifier ("his latest outing")."""
    if tok.lower_ not in lx.CAREER_WORK_NOUNS or tok.tag_ != "NN" or not nominal(tok):
        return False
    return tok.lower_ not in lx.CAREER_NOUNS_NEED_MODIFIER or any(c.dep_ == "amod" for c in tok.children)


def _owned(ctx: Ctx, noun: Token) -> bool:
    """Someone owns the noun: "his/her/their", "X's", or a person's name before it ("a Reed project")."""
    for c in noun.children:
        if c.dep_ == "poss" and ((c.pos_ == "PRON" and c.lower_ != "its") or ctx.who(c)):
            return True
        if c.dep_ == "compound" and c.i < noun.i and ctx.cast.at(c):
            return True
    return False


def after_career_noun(ctx: Ctx, sent: Span) -> Iterator[Title]:
    doc = sent.doc
    for tok in sent:
        if not career_noun(tok) or not _owned(ctx, tok):
            continue
        j = skip_space(doc, tok.i + 1, sent)
        if j < sent.end and doc[j].text == ",":
            j = skip_space(doc, j + 1, sent)
        yield from title_at(ctx, sent, j, tok, need_shape=False)
        yield from _complement(ctx, sent, tok)


def _complement(ctx: Ctx, sent: Span, noun: Token) -> Iterator[Title]:
    """ "his next project is Silent Ridge": a name, no person's, as the complement of "is"."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.lemma_.lower() != "be":
        return
    for c in verb.children:
        if c.dep_ == "attr" and c.pos_ == "PROPN" and c.i > noun.i and not ctx.cast.at(c):
            start = c.left_edge.i
            while start < c.i and not cap(sent.doc[start]):
                start += 1
            yield from title_at(ctx, sent, start, noun, need_shape=False)


def modifier_of(noun: Token | None) -> tuple[str | None, str | None]:
    """(kind, role) a modifier of a career or work noun says: "directorial debut" → (film, director)."""
    if noun is None:
        return None, None
    kind: str | None = None
    role: str | None = None
    for c in noun.lefts:
        k, r = lx.WORK_MODIFIERS.get(c.lower_, (None, None))
        kind, role = kind or k, role or r
    return kind, role


def career_before(doc: Doc, title: Title, sent: Span) -> Token | None:
    """The career noun a title follows: its own noun, or "made her acting debut in/with X"."""
    if title.noun is not None and title.noun.lower_ in lx.CAREER_WORK_NOUNS:
        return title.noun
    i = title.start - 1
    while i > sent.start and doc[i].text in {",", '"', "'", "“", "‘"}:
        i -= 1
    if i >= sent.start and career_noun(doc[i]):  # the title another source found: "her debut, “X”"
        return doc[i]
    if i > sent.start and doc[i].lower_ in {"in", "with", "on"}:
        head = doc[i].head
        if head.lower_ in lx.CAREER_WORK_NOUNS:
            return head
        if head.pos_ == "VERB":  # "made her debut | with X": the parser may hang the phrase on the verb
            made = [c for c in head.children if c.dep_ == "dobj" and c.lower_ in lx.CAREER_WORK_NOUNS]
            return made[0] if made else None
    return None


def career_kind_role(doc: Doc, title: Title, sent: Span) -> tuple[str | None, str | None]:
    """(kind, role) the modifier of the career noun before a title says, if any."""
    return modifier_of(career_before(doc, title, sent))
