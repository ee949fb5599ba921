"""Projects that are ventures: companies, brands, magazines, foundations and sports teams.

A venture is a capitalised name the sentence ties to a person by one of these general shapes:
- a verb of making or holding with the name as its object: "X co-founded Y", "X owns Y", "X runs Y"
  (the common verbs "start", "launch", "run", "head" need a name that says it is a venture, by its last
  word — "the Y Foundation", "Y Films" — or by the tagger's ORG label);
- a venture role noun with "of"/"for"/"at" and the name: "X, the CEO of Y", "X is the founder of Y",
  "an ambassador for Y", "the face of Y"; the holder is the name the role noun describes (apposition,
  subject of "be"/"become", the description the article resolves to a person, or the noun it is
  joined to: "the actor and president of Y");
- a possessed venture noun with the name beside it: "her foundation, Y", "his gym Y";
- a player's bond with a team: "signed with the Y", "was traded to the Y", "drafted by the Y", "a
  contract with/by the Y", "the Y signed him", and a team name before a player noun that the article
  resolves to a person ("the Y forward has …"); a team is a plural capitalised name ("the Rangers"),
  never a family's ("the Smiths" when a Smith is in the article) or a band's;
- an endorsement deal ("an endorsement deal with Y") and a collaboration on a venture ("collaborated
  with Z for Y Cosmetics"), for both partners.

Decisions (annotation guideline: a person linked to a venture with a role): fronting a brand by a deal
("the face of Y", "an ambassador for Y", "an endorsement deal with Y") is a role in the venture (the
development labels give such a spokesperson fact); a cover shoot ("covers Y", "on the cover of Y") is no
role in the venture here (``project_covers.py`` reads it, as the labels count it); an outlet that reports
("told Y", "Y reports") is never a venture because no cue above matches it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Span, Token

from newsfacts import lexicon as lx
from newsfacts.context import Ctx, confidence, negated
from newsfacts.extractors.project_cues import bound_owner, cap, named_band, preferred, title_cased_line
from newsfacts.schema import Project

# Tokens a name may hold between its capitalised words: "Bank of America", "Dolce & Gabbana".
NAME_INNER = frozenset({"of", "&", "and", "'s", "’s", "-", "by"})
# Entity labels that make a name a place, a time, a number or an event, not a venture.
NOT_VENTURE_LABELS = frozenset(
    {"GPE", "LOC", "FAC", "NORP", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "EVENT", "LAW"}
)
BE_LEMMAS = frozenset({"be", "become", "remain", "serve", "stay"})
ROLE_PREPS = frozenset({"of", "for", "at"})
TEAM_MOVE_PREPS = {"sign": {"with", "to"}, "re-sign": {"with"}, "trade": {"to"}, "draft": {"by"}}
TEAM_MOVE_PREPS |= {"play": {"for"}, "pitch": {"for"}}
TEAM_HIRE_VERBS = frozenset({"sign", "draft", "acquire", "trade", "re-sign"})


@dataclass(frozen=True, slots=True)
class Tie:
    person: str
    name: Span
    role: str
    kind: str
    cue: str


# -- names ----------------------------------------------------------------------------------------


def _name_of(ctx: Ctx, head: Token) -> Span | None:
    """The capitalised name a noun phrase headed by ``head`` is ("the New York Yankees" → "New York
    Yankees"), or None when the phrase is no capitalised name, is a person, a place, a time or an
    event, a platform, or stands in a headline."""
    doc = head.doc
    if not cap(head) or head.is_punct or head.pos_ == "PRON":
        return None
    start = head.i
    while start > head.left_edge.i and (cap(doc[start - 1]) or doc[start - 1].text in NAME_INNER):
        start -= 1
    while start < head.i and not cap(doc[start]):
        start += 1
    end = head.i + 1
    sent_end = head.sent.end
    while end + 1 < sent_end and doc[end].lower_ in {"of", "&"} and cap(doc[end + 1]):
        end += 2
        while end < sent_end and cap(doc[end]) and not doc[end].is_punct:
            end += 1
    while start < head.i and doc[start].lower_ == "the" and doc[start].is_sent_start:
        start += 1  # "The Harbor Hawks forward …": the sentence's first word, not the name's
    span = doc[start:end]
    if _not_a_venture(ctx, span):
        return None
    return span


def _not_a_venture(ctx: Ctx, span: Span) -> bool:
    low = span.text.lower()
    last = span[-1].lower_
    if low in lx.NOT_PERSON_WORDS or low in lx.PLATFORM_WORDS or last in lx.INSTITUTION_HEADS:
        return True
    labels = {t.ent_type_ for t in span}
    if labels and labels <= NOT_VENTURE_LABELS:
        return True
    if title_cased_line(span.doc, span.start):
        return True
    return _person_named(ctx, span) and last not in lx.VENTURE_HEADS  # "Mia Cole Beauty" names its owner


def _person_named(ctx: Ctx, span: Span) -> bool:
    """The span holds the name of someone the article speaks of as he or she. A name the people
    finder took for a person but never gave a gender ("the face of Lune Verte", "the founder of Open
    Leaks") is let through: the venture slot says what it is."""
    return any(
        a < span.end and span.start < b and ctx.cast.people[k].gender is not None
        for a, b, k in ctx.cast.name_spans
        if k in ctx.cast.people
    )


def _says_venture(name: Span) -> bool:
    """The name says it is a venture: its last word ("Y Foundation", "Y Films"), the tagger's ORG label,
    or an apposition that calls it one ("Y, a children's clothing collection")."""
    if name[-1].lower_ in lx.VENTURE_HEADS or any(t.ent_type_ == "ORG" for t in name):
        return True
    return any(
        c.dep_ == "appos" and (c.lower_ in lx.VENTURE_HEADS or c.lower_ in lx.VENTURE_NOUNS)
        for c in name.root.children
    )


def _team_name(ctx: Ctx, head: Token) -> Span | None:
    """A sports team's name: a plural capitalised name ("the Harbor Hawks", "the Rockets"), not a
    venture's ("Red Door Films"), a family's ("the Smiths" when a Smith is in the article) or a band's."""
    name = _name_of(ctx, head)
    if name is None:
        return None
    last = name[-1]
    word = last.lower_
    if len(word) < 4 or not word.endswith("s") or word.endswith("'s") or word in lx.VENTURE_HEADS:
        return None
    if word in lx.ORG_HEAD_NOUNS or named_band(name.doc, name.text):
        return None
    surnames = {p.name.split()[-1].lower() for p in ctx.cast.people.values() if p.name}
    if word[:-1] in surnames or (word.endswith("es") and word[:-2] in surnames):
        return None
    return name


def _kind(name: Span, role: str) -> str:
    last = name[-1].lower_
    if (
        role in ("editor", "writer", "patron", "trustee")
        or last in lx.CHARITY_HEADS
        or last in lx.MAGAZINE_HEADS
    ):
        return "other"
    return "brand"


# -- people ---------------------------------------------------------------------------------------


def _holders(ctx: Ctx, noun: Token) -> list[str]:
    """Who holds the role a noun names: "X, the CEO of Y" (apposition), "X is the CEO of Y" (subject of
    "be"), "named Z CEO of Y" (the object), "the actor and CEO of Y" (the noun it is joined to), "as
    CEO of Y" (the verb's subject), or the person the article resolves the description to."""
    named = list(ctx.cast.at(noun))
    if named:
        return named
    for c in noun.children:
        if c.dep_ == "appos" and ctx.who(c):
            return ctx.who(c)
    head = noun.head
    if noun.dep_ == "appos":
        return ctx.who(head)
    if noun.dep_ == "conj":
        return ctx.who(head) or _holders(ctx, head) if head.pos_ in ("NOUN", "PROPN") else []
    if noun.dep_ in ("attr", "acomp") and head.lemma_.lower() in BE_LEMMAS:
        return ctx.subjects(head)
    if noun.dep_ == "oprd":
        return [k for c in head.children if c.dep_ == "dobj" for k in ctx.who(c)] or ctx.subjects(head)
    if noun.dep_ == "pobj" and head.lower_ == "as" and head.head.pos_ in ("VERB", "AUX"):
        return ctx.subjects(head.head)
    return []


def _doers(ctx: Ctx, verb: Token) -> list[str]:
    """The verb's subjects; a subject "the wife of Y" (a spouse or partner noun with "of" and a person) is
    the one a couple fact of the article so far pairs with Y."""
    found = ctx.subjects(verb)
    if found:
        return found
    for subj in verb.children:
        if subj.dep_ == "nsubj" and subj.lower_ in lx.SPOUSE_NOUNS | lx.PARTNER_NOUNS | lx.FIANCE_NOUNS:
            of = [
                k
                for p in subj.children
                if p.dep_ == "prep" and p.lower_ == "of"
                for g in p.children
                for k in ctx.who(g)
            ]
            if len(of) == 1:
                pair = next((ppl for at, ppl in reversed(ctx.pairs) if at <= verb.i and of[0] in ppl), ())
                return [k for k in pair if k != of[0]]
    return []


def _clause_denied(tok: Token) -> bool:
    """Negated, or under a negated verb it depends on: "she doesn't seem like she'd be able to run Y"."""
    t = tok
    first = True
    for _ in range(8):
        if t.pos_ in ("VERB", "AUX") or t.dep_ in ("acomp", "xcomp", "ccomp"):
            if negated(t) if first else any(c.dep_ == "neg" for c in t.children):
                return True
            first = False
            if t.dep_ not in ("xcomp", "ccomp", "acomp") and not _seeming(t):
                return False  # a clause of its own ("when …, the company did not …") is another claim
        if t.head == t:
            return False
        t = t.head
    return False


def _seeming(verb: Token) -> bool:
    """ "doesn't seem like she'd be able to …", "doesn't look as if …": a clause the verb above only
    compares with, so a denial above it holds for it."""
    return verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in {"like", "if"} for c in verb.children
    )


# -- shapes ---------------------------------------------------------------------------------------


def _by_verb(ctx: Ctx, sent: Span) -> Iterator[Tie]:
    """ "X co-founded Y", "X owns Y", "X runs the Y Foundation"."""
    for verb in sent:
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or lemma not in lx.VENTURE_VERBS or _clause_denied(verb):
            continue
        for obj in verb.children:
            if obj.dep_ != "dobj" and not (obj.dep_ == "npadvmod" and obj.i == verb.i + 1):
                continue  # "she can run Vogue" with the name misread as an adverbial
            name = _name_of(ctx, obj)
            if name is None or (lemma in lx.WEAK_VENTURE_VERBS and not _says_venture(name)):
                continue
            role = lx.VENTURE_VERBS[lemma]
            for k in _doers(ctx, verb):
                yield Tie(k, name, role, _kind(name, role), "venture verb")


def _by_role_noun(ctx: Ctx, sent: Span) -> Iterator[Tie]:
    """ "the CEO of Y", "an ambassador for Y", "the face of Y", "editor-in-chief at Y"."""
    for noun in sent:
        role = lx.VENTURE_ROLE_NOUNS.get(noun.lower_)
        if noun.lower_ == "director" and any(c.lower_ in lx.OFFICE_DIRECTOR_WORDS for c in noun.lefts):
            role = "director"  # "the creative director of Y"
        if role is None or noun.pos_ not in ("NOUN", "PROPN") or _clause_denied(noun):
            continue
        preps = list(noun.children)
        if noun.dep_ == "conj":  # "the actor and president of Y": the parser may hang "of Y" on "actor"
            preps += [c for c in noun.head.children if c.i > noun.i]
        for prep in preps:
            if prep.dep_ != "prep" or prep.lower_ not in ROLE_PREPS:
                continue
            if noun.lower_ == "face" and prep.lower_ != "of":
                continue  # "the face of Y" fronts Y; "a face at Y" is only seen there
            for obj in prep.children:
                name = _name_of(ctx, obj) if obj.dep_ == "pobj" else None
                if name is None:
                    continue
                for k in _holders(ctx, noun):
                    yield Tie(k, name, role, _kind(name, role), "venture role noun")


def _possessed(ctx: Ctx, sent: Span) -> Iterator[Tie]:
    """ "her foundation, Y", "his gym Y", "her Y foundation": a venture noun a person possesses, with
    the name beside it."""
    for noun in sent:
        kind = lx.VENTURE_NOUNS.get(noun.lower_)
        if kind is None or noun.pos_ != "NOUN" or preferred(noun):
            continue
        poss = [c for c in noun.children if c.dep_ == "poss"]
        if not poss:
            continue
        heads = [c for c in noun.children if c.dep_ in ("appos", "compound") and cap(c) and c.pos_ != "PRON"]
        nxt = noun.doc[noun.i + 1] if noun.i + 1 < sent.end else None
        if nxt is not None and nxt.pos_ == "PROPN" and nxt.head == noun:
            heads.append(nxt)
        if noun.dep_ == "compound" and noun.head.pos_ == "PROPN" and noun.head.i > noun.i:
            heads.append(noun.head)  # "her restaurant Salt House": the parser hangs the noun on the name
        for h in heads:
            name = _name_of(ctx, h)
            if name is None:
                continue
            for k in bound_owner(ctx, poss[0]):
                yield Tie(k, name, "owner", kind, "possessed venture")


def _team_moves(ctx: Ctx, sent: Span) -> Iterator[Tie]:
    """ "signed with the Y", "was traded to the Y", "drafted by the Y", "plays for the Y", and a
    bond noun: "a contract with the Y", "his debut with the Y", "offered a contract by the Y"."""
    for verb in sent:
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or negated(verb):
            continue
        preps = set(TEAM_MOVE_PREPS.get(lemma, ()))
        if any(c.dep_ == "dobj" and c.lower_ in lx.TEAM_BOND_NOUNS for c in verb.children):
            preps |= {"by", "with"}  # "was offered a contract by the Y": the agent is the team
        for prep in verb.children:
            if prep.dep_ in ("prep", "agent") and prep.lower_ in preps:
                yield from _team_ties(ctx, prep, ctx.subjects(verb), "team move")
    for noun in sent:
        if noun.lower_ not in lx.TEAM_BOND_NOUNS or noun.pos_ != "NOUN" or _endorsing(noun):
            continue
        verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb is None or negated(verb):
            continue
        owners = [k for c in noun.children if c.dep_ == "poss" for k in bound_owner(ctx, c)]
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ in {"with", "by", "for"}:
                yield from _team_ties(ctx, prep, owners or ctx.subjects(verb), "team bond")


def _team_roles(ctx: Ctx, sent: Span) -> Iterator[Tie]:
    """ "X, a forward for the Y", "X, the former coach of the Y": a player or coach noun with its team."""
    for noun in sent:
        role = lx.TEAM_ROLE_NOUNS.get(noun.lower_)
        if role is None or _clause_denied(noun):
            continue
        holder = noun
        if noun.pos_ != "NOUN":  # "a veteran forward for the Y" with "forward" read as an adverb
            if noun.dep_ not in ("advmod", "amod") or noun.head.pos_ != "NOUN" or noun.head.i != noun.i - 1:
                continue
            holder = noun.head
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ in {"for", "of", "with"}:
                for obj in prep.children:
                    name = _team_name(ctx, obj) if obj.dep_ == "pobj" else None
                    if name is not None:
                        for k in _holders(ctx, holder):
                            yield Tie(k, name, role, "sports_team", "team role noun")


def _team_ties(ctx: Ctx, prep: Token, people: list[str], cue: str) -> Iterator[Tie]:
    for obj in prep.children:
        name = _team_name(ctx, obj) if obj.dep_ == "pobj" else None
        if name is not None:
            for k in people:
                yield Tie(k, name, "player", "sports_team", cue)


def _team_hires(ctx: Ctx, sent: Span) -> Iterator[Tie]:
    """ "the Y signed him", "the Y drafted X": a team as the subject of a verb of hiring."""
    for verb in sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in TEAM_HIRE_VERBS or negated(verb):
            continue
        teams = [n for c in verb.children if c.dep_ == "nsubj" for n in [_team_name(ctx, c)] if n]
        if teams:
            for c in verb.children:
                if c.dep_ == "dobj":
                    for k in ctx.who(c):
                        yield Tie(k, teams[0], "player", "sports_team", "team hires")


def _team_described(ctx: Ctx, sent: Span) -> Iterator[Tie]:
    """ "The Y forward has two kids": a team name before a player noun the article resolves to a
    person (a name after the noun is the project extractor's "Y forward X")."""
    doc = sent.doc
    for tok in sent:
        role = lx.TEAM_ROLE_NOUNS.get(tok.lower_)
        if role is None or tok.i == sent.start or not cap(doc[tok.i - 1]):
            continue
        people = ctx.cast.at(tok)
        if not people:
            continue
        name = _team_name(ctx, doc[tok.i - 1])
        if name is not None:
            for k in people:
                yield Tie(k, name, role, "sports_team", "team description")


def _endorsing(noun: Token) -> bool:
    return any(c.lower_ in lx.ENDORSEMENT_WORDS for c in noun.lefts)


def _endorsements(ctx: Ctx, sent: Span) -> Iterator[Tie]:
    """ "signed an endorsement deal with Y": the person fronts the brand Y."""
    for noun in sent:
        if noun.lower_ not in {"deal", "contract", "campaign"} or not _endorsing(noun):
            continue
        verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb is None or negated(verb):
            continue
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ in {"with", "for"}:
                for obj in prep.children:
                    name = _name_of(ctx, obj) if obj.dep_ == "pobj" else None
                    if name is not None:
                        for k in ctx.subjects(verb):
                            yield Tie(k, name, "spokesperson", "brand", "endorsement")


def _collaborations(ctx: Ctx, sent: Span) -> Iterator[Tie]:
    """ "X collaborated with Z for Y Cosmetics", "X teamed up with Z on Y": both made the venture."""
    for verb in sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in lx.COLLABORATE_VERBS or negated(verb):
            continue
        partners = [
            k
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ == "with"
            for p in c.children
            if p.dep_ == "pobj"
            for k in ctx.who(p)
        ]
        withs = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for p in c.children]
        for prep in [*verb.children, *(c for w in withs for c in w.children)]:
            if prep.dep_ != "prep" or prep.lower_ not in {"for", "on"}:
                continue  # "with Z for Y": the parser may hang "for Y" on the partner
            for obj in prep.children:
                name = _name_of(ctx, obj) if obj.dep_ == "pobj" else None
                if name is None or not _says_venture(name):
                    continue
                for k in [*_doers(ctx, verb), *partners] if partners else []:
                    yield Tie(k, name, "collaborator", _kind(name, "collaborator"), "collaboration")


def _named_after(ctx: Ctx, sent: Span) -> Iterator[Tie]:
    """ "Mia Cole Beauty", "the Mia Cole Foundation", "T-Reed Corp": a venture whose name is a person's
    name (full, an alias, or a first or last name only one person in the article has) followed by a
    word that says it is a venture belongs to that person — a person the article speaks of as he or she
    (a venture's name misread as a person's, "Cinelou Films", has no gender)."""
    for tok in sent:
        if tok.lower_ not in lx.VENTURE_HEADS or not cap(tok) or tok.i == sent.start:
            continue
        name = _name_of(ctx, tok)
        if name is None or name[-1] != tok or len(name) < 2:
            continue
        if (
            name.start > sent.start
            and cap(sent.doc[name.start - 1])
            and not sent.doc[name.start - 1].is_punct
        ):
            continue  # the tail of a longer capitalised run: a headline's words or a longer name
        owner = _person_called(ctx, name[:-1].text)
        if owner is None or ctx.cast.people[owner].gender is None:
            continue
        if any(k == owner and a < name.end and name.start < b for a, b, k in ctx.cast.name_spans):
            continue  # the venture's own name taken for a person's ("Lumen Skincare" as a woman)
        yield Tie(owner, name, "owner", _kind(name, "owner"), "named after")


def _person_called(ctx: Ctx, text: str) -> str | None:
    low = text.lower().strip()
    exact = [
        k
        for k, p in ctx.cast.people.items()
        if low == p.name.lower() or low in {a.lower() for a in p.aliases}
    ]
    if exact:
        return exact[0] if len(exact) == 1 else None
    if " " in low:
        return None
    part = [
        k
        for k, p in ctx.cast.people.items()
        if low in (p.name.lower().split()[:1] + p.name.lower().split()[-1:])
    ]
    return part[0] if len(part) == 1 else None


SHAPES = (
    _named_after,
    _by_verb,
    _by_role_noun,
    _possessed,
    _team_moves,
    _team_hires,
    _team_roles,
    _team_described,
    _endorsements,
    _collaborations,
)


def extract(ctx: Ctx, sent: Span) -> Iterator[Project]:
    seen: set[tuple[str, str]] = set()
    for shape in SHAPES:
        for tie in shape(ctx, sent):
            title = tie.name.text.strip(" ,.'\"‘’“”")
            key = (tie.person, title.lower())
            if not title or key in seen:
                continue
            seen.add(key)
            near = ctx.dates_near(tie.name[-1], sent, max_tokens=6)
            yield Project(
                person=tie.person,
                title=title,
                kind=tie.kind,  # type: ignore[arg-type]
                role=tie.role,
                date=ctx.when(near[0]) if near else None,
                confidence=confidence(0.7, sent),
                evidence=[ctx.evidence(sent)],
                cue=tie.cue,
            )
