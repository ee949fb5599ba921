"""Children from births and adoptions: "X was born to Y and Z", "X gave birth to Y", "X adopted Y",
"X was adopted by Y"; and, per article, a newborn of one named parent given to that parent's spouse."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from newsfacts.context import Ctx, confidence, future, negated
from newsfacts.extractors.child_names import birth_date, child_fact, is_name
from newsfacts.schema import Child, Divorce, FactBase, Marriage, Separation


def born_to_facts(ctx: Ctx, sent: Span) -> Iterator[Child]:
    """ "X was born to Y and Z" / "X, the third of four children born to Y and Z": parents Y (and Z)."""
    for tok in sent:
        if tok.lemma_.lower() not in {"bear", "born"} or tok.lower_ != "born" or negated(tok):
            continue
        parents = born_to(ctx, tok)
        if not parents:
            continue
        child: list[str] = []
        t = tok
        for _ in range(6):  # up to the clause that says whose birth it is
            subj = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subj:
                child = ctx.who(subj[0])
                break
            if t.head == t:
                break
            t = t.head
        child = [k for k in child if k not in parents]
        if len(child) == 1:
            yield Child(
                parents=sorted(parents[:2]),
                child=child[0],
                born=birth_date(ctx, None, tok, sent),
                confidence=confidence(0.8, sent),
                evidence=[ctx.evidence(sent)],
                cue="born to",
            )


def birth_object_facts(ctx: Ctx, sent: Span) -> Iterator[Child]:
    """ "X gave birth to Y", "X adopted Y": the named person the parent bore or adopted is their child."""
    for tok in sent:
        lemma = tok.lemma_.lower()
        if tok.pos_ != "VERB" or lemma not in {"give", "adopt"} or negated(tok):
            continue
        if lemma == "give":
            if not any(c.dep_ == "dobj" and c.lower_ == "birth" for c in tok.children):
                continue
            objs = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children]
            if not objs and _birth_past(tok) and ctx.subjects(tok):
                # "X gave birth last month", "X recently gave birth at 50": a child, unnamed here
                yield child_fact(ctx, sent, ctx.subjects(tok)[:1], None, None, None, tok, None, BARE_BIRTH)
                continue
        else:
            objs = [c for c in tok.children if c.dep_ == "dobj"]
        parents = ctx.subjects(tok)
        for obj in [*objs, *(c for o in objs for c in o.children if c.dep_ == "conj")]:  # "adopted A and B"
            if any(t.lower_ in PET_WORDS for t in obj.subtree):
                continue  # "adopted the King Charles Spaniel", "adopted a puppy named Max": a pet
            child = ctx.cast.at(obj) if is_name(ctx, obj) else ()
            if len(child) == 1 and parents and child[0] not in parents:
                yield child_fact(
                    ctx,
                    sent,
                    parents[:2],
                    child[0],
                    None,
                    None,
                    tok,
                    obj,
                    "gave birth" if lemma == "give" else lemma,
                )


PET_WORDS = frozenset(
    {"dog", "puppy", "pup", "pooch", "cat", "kitten", "spaniel", "terrier", "poodle", "retriever", "bulldog"}
    | {"labrador", "chihuahua", "pug", "beagle", "husky", "rescue", "horse", "pony", "pet"}
)


def _birth_past(verb: Token) -> bool:
    """ "gave birth", "has given birth", "after giving birth": a birth that has happened (not "will
    give birth", "is due to give birth", "if she gave birth")."""
    if any(c.dep_ == "mark" and c.lower_ in {"if", "unless", "whether"} for c in verb.children):
        return False
    if verb.tag_ == "VBD":
        return True
    if verb.tag_ == "VBN":
        return any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    return verb.tag_ == "VBG" and (
        (verb.dep_ == "pcomp" and verb.head.lower_ in {"after", "since"})
        or any(c.dep_ in ("mark", "prep") and c.lower_ in {"after", "since"} for c in verb.children)
    )


def adopted_by_facts(ctx: Ctx, sent: Span) -> Iterator[Child]:
    """ "X was adopted by Y", "X, adopted and raised by Y and Z, …": the agent adopted the child."""
    for tok in sent:
        if tok.lemma_.lower() != "adopt" or tok.pos_ != "VERB" or negated(tok) or future(tok):
            continue
        agents = [
            p
            for v in (tok, *(c for c in tok.children if c.dep_ == "conj" and c.pos_ == "VERB"))
            for c in v.children
            if c.dep_ == "agent"
            for p in c.children
            if p.dep_ == "pobj"
        ]
        parents = [k for p in agents for k in ctx.who(p)]
        subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
        named = ctx.who(subj[0]) if subj else (ctx.who(tok.head) if tok.dep_ == "acl" else [])
        child = [k for k in named if k not in parents]
        if parents and len(child) == 1:
            yield child_fact(ctx, sent, parents[:2], child[0], None, None, tok, None, "adopted by")


def born_to(ctx: Ctx, born: Token) -> list[str]:
    """The parents in "born to Y and Z"."""
    return [
        k
        for c in born.children
        if c.dep_ == "prep" and c.lower_ == "to"
        for p in c.children
        for k in ctx.who(p)
    ]


BIRTH_CUE = "birth"  # the cue of an unnamed child one named person bore or welcomed
BARE_BIRTH = "bare birth"  # "X gave birth last month": no word of the child itself


def birth_spouses(facts: list[FactBase]) -> list[FactBase]:
    """Per article: "X gave birth to a boy", "X welcomed a son, A" where the article says X is married to
    Y (a marriage it says has not ended, no divorce or split of the two): the newborn is Y's child too."""
    ended = {tuple(f.people) for f in facts if isinstance(f, (Divorce, Separation))}
    spouses: dict[str, set[str]] = {}
    for f in facts:
        if (
            isinstance(f, Marriage)
            and f.end is None
            and f.end_reason is None
            and tuple(f.people) not in ended
        ):
            a, b = f.people
            spouses.setdefault(a, set()).add(b)
            spouses.setdefault(b, set()).add(a)
    out: list[FactBase] = []
    for f in facts:
        if isinstance(f, Child) and f.cue in (BIRTH_CUE, "gave birth") and len(f.parents) == 1:
            other = spouses.get(f.parents[0], set())
            if len(other) == 1:
                f = f.model_copy(update={"parents": sorted([f.parents[0], *other])})
        out.append(f)
    return out
