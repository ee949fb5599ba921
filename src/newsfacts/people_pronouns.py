"""Whom "he", "she", "his", "her" mean: a person the syntax ties the pronoun to (the owner coordinated
with it, the subject of an enclosing clause), never one it rules out (the pronoun's own subject or
named noun), else the nearest person of that gender, the latest subject, the most salient one."""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsfacts import lexicon as lx
from newsfacts.people_cast import PersonRec
from newsfacts.people_gender import AGE_WORDS


def single_subject(tok: Token, refs: dict[int, tuple[str, ...]]) -> str | None:
    """The one named person who is the subject of a possessive plural pronoun's clause ("X has
    custody of their kids"), if there is one."""
    if tok.dep_ != "poss":
        return None
    verb = clause_of(tok)
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i and not _plural_subject(c):
            who = _subject_people(c, refs)
            return who[0] if len(who) == 1 else None
    return None


def conjoined_owner(
    tok: Token, refs: dict[int, tuple[str, ...]], people: dict[str, PersonRec], want: str
) -> tuple[str, ...]:
    """ "X and his wife Y", "his brother X, a chef, and his wife Y": a possessive on a noun
    coordinated with a person is that person's (unless the gender says otherwise)."""
    if tok.dep_ != "poss" or tok.head.dep_ != "conj":
        return ()
    other = tok.head.head
    owner = refs.get(other.i, ()) or (refs.get(other.head.i, ()) if other.dep_ == "appos" else ())
    if len(owner) == 1 and people[owner[0]].gender in (want, None):
        return owner
    return ()


SUBORDINATE_CLAUSES = frozenset({"advcl", "ccomp"})
CLAUSE_CHAIN = frozenset({"advcl", "ccomp", "conj", "xcomp"})


def enclosing_subject(
    tok: Token, refs: dict[int, tuple[str, ...]], people: dict[str, PersonRec], want: str
) -> tuple[str, ...]:
    """The subject of an enclosing clause, where the pronoun's place makes it that one: the subject
    pronoun of a subordinate clause ("A said that B hired C because he …": B, not the nearer C;
    "A's feud with C began while she …": A) and "his own"/"her own" (the subject of its clause,
    not a nearer object: "A was joined by C for his own party"). The first enclosing clause with a
    person as its subject decides; a subject of the other sex passes the question up."""
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ in SUBORDINATE_CLAUSES:
        verb = tok.head.head
    elif tok.dep_ == "poss" and any(c.lower_ == "own" for c in tok.head.children):
        verb = clause_of(tok)
    else:
        return ()
    for _ in range(4):
        for subj in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i):
            who = _subject_people(subj, refs)
            if len(who) > 1 or _plural_subject(subj):
                return ()  # "the pair kept it quiet because she …": one of them, which is unsaid
            if who and people[who[0]].gender == want:
                return who
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
            verb = verb.head.head  # "since becoming a mom … after she split": up through "since"
            continue
        if verb.dep_ not in CLAUSE_CHAIN or verb.head.i == verb.i:
            break
        verb = verb.head
    return ()


def _plural_subject(subj: Token) -> bool:
    """ "they", "the pair", "A and B": a subject that names several people."""
    return (
        subj.lower_ in lx.PLURAL_PRONOUNS
        or subj.lower_ in lx.COUPLE_NOUNS
        or any(c.dep_ == "conj" for c in subj.children)
    )


def _subject_people(subj: Token, refs: dict[int, tuple[str, ...]]) -> tuple[str, ...]:
    """Who a subject token names: itself, else a name in apposition ("her lawyer, A")."""
    if subj.i in refs:
        return refs[subj.i]
    named = {k for c in subj.children if c.dep_ == "appos" for k in refs.get(c.i, ())}
    return tuple(sorted(named))


def excluded(tok: Token, refs: dict[int, tuple[str, ...]]) -> set[str]:
    """People a pronoun cannot mean by syntax: "her daughter X" (her ≠ X); "X, who she shares" (she ≠ X)."""
    out: set[str] = set()
    if tok.dep_ == "poss":
        noun = tok.head
        for t in (noun, noun.head if noun.dep_ == "compound" else noun, *noun.children):
            if t.dep_ in ("appos", "compound") or t == noun.head:
                out.update(refs.get(t.i, ()))
        if noun.lower_ in UNION_NOUNS:  # "daughter X, from her previous marriage": the parent's
            out |= _named_as_children(tok.sent, refs)
    out |= _own_subject(tok, refs)
    out |= _fronted_participle(tok, refs)
    h = tok.head
    for _ in range(2):
        if h.dep_ == "relcl" and _relative_subject_owner(tok, h):
            break  # "A, who finalized his divorce": the relative pronoun's antecedent owns it
        if h.dep_ == "relcl":  # "A and B, who he married": he is neither (unless A has its own clause)
            listed = [h.head]
            first = h.head.head if h.head.dep_ == "conj" else None
            if first is not None and not any(c.dep_ == "relcl" for c in first.children):
                listed.append(first)
            k = 0
            while k < len(listed):  # "her exes A and B, who …": the names the noun lists
                listed += [c for c in listed[k].children if c.dep_ in ("appos", "conj") and c not in listed]
                k += 1
            for t in listed:
                out.update(refs.get(t.i, ()))
            break
        h = h.head
    return out


RELATIVE_PRONOUNS = frozenset({"who", "that", "which"})


def _fronted_participle(tok: Token, refs: dict[int, tuple[str, ...]]) -> set[str]:
    """ "Starring alongside X in Y, he will play …", "Cast opposite X, she …": a participle clause
    (``advcl``) with no subject of its own before the pronoun's verb has the pronoun as its subject, so
    the pronoun is nobody that clause names. ("After meeting X, she …" is a preposition's clause, which
    this does not read.)"""
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return set()
    out: set[str] = set()
    for clause in tok.head.children:
        if clause.dep_ != "advcl" or clause.i > tok.i or clause.tag_ not in ("VBG", "VBN"):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children):
            continue  # "When X arrived, he …": a clause of its own subject
        for t in clause.subtree:
            out.update(refs.get(t.i, ()))
    return out


def _relative_subject_owner(tok: Token, relcl: Token) -> bool:
    """ "X, who finalized his divorce": a possessive pronoun in a relative clause whose subject is the
    relative pronoun itself."""
    return tok.dep_ == "poss" and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in RELATIVE_PRONOUNS for c in relcl.children
    )


def _own_subject(tok: Token, refs: dict[int, tuple[str, ...]]) -> set[str]:
    """The subject of a plain object pronoun's own verb: "X put her on the spot" (her ≠ X); a reflexive
    ("X put herself …") means the subject, so it is left alone; so is an object "her" before a noun,
    which is often a possessive the parser took for an object ("kept her look simple")."""
    verb = tok.head
    if tok.dep_ == "pobj" and _partner_preposition(tok.head):
        verb = tok.head.head  # "for X to live with him" (him ≠ X)
    elif tok.dep_ not in ("dobj", "dative"):
        return set()
    if tok.lower_.endswith("self"):
        return set()
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if tok.lower_ == "her" and nxt is not None and nxt.pos_ in ("NOUN", "PROPN", "ADJ", "NUM"):
        return set()
    out: set[str] = set()
    for subj in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
        for t in subj.subtree:
            out.update(refs.get(t.i, ()))
    return out


CARRY_VERBS = frozenset({"take", "bring", "carry", "have", "keep", "hold"})  # "took the kids with her"


def _partner_preposition(prep: Token) -> bool:
    """ "lives with him", "talked to her", "wrote it for him": a preposition on the verb whose object is
    another person than the verb's subject; not "took the kids with her", where it is the subject."""
    return (
        prep.dep_ == "prep"
        and prep.lower_ in {"with", "to", "for", "about"}
        and prep.head.pos_ == "VERB"
        and prep.head.lemma_ not in CARRY_VERBS
    )


UNION_NOUNS = frozenset({"relationship", "marriage", "romance", "union", "affair", "fling", "engagement"})
CHILD_WORDS = frozenset({*lx.CHILD_NOUNS, "sons", "daughters"})


def _named_as_children(sent: Span, refs: dict[int, tuple[str, ...]]) -> set[str]:
    """People the sentence introduces with a child noun ("daughter X", "19-year-old son X", "kids X
    and Y"): a couple's union that produced them is not theirs."""
    doc = sent.doc
    out: set[str] = set()
    for t in sent:
        who = refs.get(t.i, ())
        if len(who) != 1 or t.pos_ != "PROPN" or (t.i > 0 and refs.get(t.i - 1) == who):
            continue  # only at the first word of a name
        j = t.i - 1
        while j >= sent.start and (
            doc[j].pos_ in ("ADJ", "NUM", "PROPN", "CCONJ") or doc[j].lower_ in AGE_WORDS or doc[j].is_punct
        ):
            if doc[j].pos_ == "PROPN" and not refs.get(j):
                break
            j -= 1
        if j >= sent.start and doc[j].lower_ in CHILD_WORDS:
            out.update(who)
    return out


def pick(
    recent: list[tuple[str, int, bool]],
    people: dict[str, PersonRec],
    gender: str,
    sent_no: int,
    exclude: set[str] | frozenset[str] = frozenset(),
    history: list[tuple[str, int, float]] | None = None,
    quiet: list[int] | None = None,
) -> tuple[str, ...]:
    """Same sentence first (nearest, gender not contradicted); then the latest subject of that
    gender in the last two sentences (centering; a quotation that names nobody is the speaker's turn
    going on, and ``quiet`` — how many such sentences precede each sentence — takes it out of the
    count); then the most salient person of that gender seen
    in the last six (the article's subject, not a name dropped in passing); then an unknown one."""
    recent = [r for r in recent if r[0] not in exclude]
    # a same-sentence person of that gender before a nearer one of unknown gender
    here = [key for key, n, _ in reversed(recent) if n == sent_no and people[key].gender in (gender, None)]
    known = [key for key in here if people[key].gender == gender]
    if known or here:
        return ((known or here)[0],)
    for key, n, subj in reversed(recent[-8:]):
        gap = sent_no - n - (quiet[sent_no] - quiet[n] if quiet else 0)
        if subj and people[key].gender == gender and gap <= 2:
            return (key,)
    live = [key for key, n, _ in reversed(recent[-8:]) if people[key].gender == gender and sent_no - n <= 6]
    if live and history is not None:
        sal = _salience(history, sent_no)
        return (max(live, key=lambda k: sal.get(k, 0.0)),)
    if live:
        return (live[0],)
    for key, n, _ in reversed(recent[-3:]):
        if people[key].gender is None and sent_no - n <= 1:
            return (key,)
    return ()


def clause_of(tok: Token) -> Token:
    t = tok
    while t.pos_ not in ("VERB", "AUX") and t.head.i != t.i:
        t = t.head
    return t


def _salience(history: list[tuple[str, int, float]], sent_no: int) -> dict[str, float]:
    """A pronoun's view of salience at sentence ``sent_no``: recency first (0.5 per sentence back),
    with a little for every mention (0.05: the article's subject outlasts a name dropped in passing),
    weighted by role (a name as subject 2, another name 1, a pronoun 0.5 or 0.25)."""
    out: dict[str, float] = {}
    for key, n, weight in history:
        out[key] = out.get(key, 0.0) + weight * (0.5 ** max(0, sent_no - n) + 0.05)
    return out
