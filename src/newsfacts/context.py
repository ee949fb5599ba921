"""What an extractor may ask about the sentence it reads: who a token means, which dates are near,
whether the claim is denied or hedged. Pure helpers over a parsed Doc + the article's cast + timexes."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc, Span, Token

from newsfacts import lexicon as lx
from newsfacts.people import Cast
from newsfacts.schema import Evidence, When
from newsfacts.temporal import TimexMatch, birth_from_age, start_from_duration

DURATION_UNITS = {"Y": "years", "M": "months", "D": "days", "W": "weeks"}


@dataclass(slots=True)
class Ctx:
    article: str
    doc: Doc
    cast: Cast
    anchor: date | None
    timexes: list[TimexMatch]
    _starts: list[int] = field(default_factory=list)
    pairs: list[tuple[int, tuple[str, ...]]] = field(default_factory=list)  # couples facts named, by token
    former_pairs: list[tuple[int, tuple[str, ...]]] = field(default_factory=list)  # of them, ended ones
    counted: dict[tuple[tuple[str, ...], str | None], int] = field(
        default_factory=dict
    )  # unnamed children told
    works: list[tuple[int, str, str | None, bool]] = field(default_factory=list)  # titles named (Work)

    def __post_init__(self) -> None:
        self._starts = [t.start for t in self.timexes]

    # -- people -------------------------------------------------------------------------------
    def who(self, tok: Token | None) -> list[str]:
        """People a token refers to, with its conjuncts and appositions ("X and Y", "X, Y")."""
        if tok is None:
            return []
        out: list[str] = []
        stack = [tok]
        seen: set[int] = set()
        while stack:
            t = stack.pop()
            if t.i in seen:
                continue
            seen.add(t.i)
            for k in self.cast.at(t):
                if k not in out:
                    out.append(k)
            stack.extend(c for c in t.children if c.dep_ in ("conj", "appos", "compound"))
        if not out and tok.lower_ in {"who", "whom", "whose", "that", "which"}:
            h = tok.head
            for _ in range(3):  # "with whom he had …": climb to the relative clause
                if h.dep_ == "relcl":
                    return self.who(h.head)
                if h.head == h:
                    break
                h = h.head
        return out

    def subjects(self, verb: Token) -> list[str]:
        """The people doing ``verb``: its subject, or the subject it inherits (conj, xcomp, relcl)."""
        v = verb
        for _ in range(4):
            subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")] or _name_glued_to(v)
            reduced = [r for r in (_reduced_relative(c, v) for c in subj) if r is not None]
            subj = reduced[:1] or subj
            if subj:
                out: list[str] = []
                for s in subj:
                    out.extend(k for k in self.who(s) if k not in out)
                return out
            if v.dep_ == "relcl":
                return self.who(v.head)
            if v.dep_ == "acl":
                return self.who(v.head)
            if v.dep_ in ("conj", "xcomp", "advcl", "ccomp", "acomp") and v.head != v:
                v = v.head
                continue
            if v.dep_ == "pcomp" and v.head.dep_ == "prep":  # "married after meeting on the set of X"
                v = v.head.head
                continue
            break
        return []

    def objects(self, verb: Token, preps: frozenset[str] = frozenset({"to", "with", "from"})) -> list[str]:
        out: list[str] = []
        for c in verb.children:
            if c.dep_ in ("dobj", "attr", "oprd", "dative"):
                out.extend(k for k in self.who(c) if k not in out)
            elif c.dep_ in ("prep", "agent") and c.lower_ in preps | {"by"}:
                for p in c.children:
                    if p.dep_ == "pobj":
                        out.extend(k for k in self.who(p) if k not in out)
        return out

    def remember_pair(self, at: int, people: tuple[str, ...]) -> None:
        if len(people) == 2:
            self.pairs.append((at, tuple(sorted(people))))

    def pair_before(self, i: int, sent: Span) -> tuple[str, ...]:
        """The couple most recently referred to at or before token ``i``: a couple fact of this
        sentence, else a plural pronoun / coordination / couple fact not long before."""
        for at, ppl in reversed(self.pairs):
            if at == sent.start:
                return ppl
        for j in range(i, max(-1, sent.start - 200), -1):
            refs = self.cast.at(j)
            if len(refs) == 2:
                return refs
        return self.recent_pair(i)

    def recent_pair(self, i: int, former: bool = False) -> tuple[str, ...]:
        """The couple a fact named last, not long before token ``i`` (``former``: one it says is over)."""
        for at, ppl in reversed(self.former_pairs if former else self.pairs):
            if at <= i and i - at < 150:
                return ppl
        return ()

    def who_plural(self, tok: Token, sent: Span) -> list[str]:
        """ "their"/"they"/"the couple": the pair a couple fact of this sentence names, else the cast's,
        else (when the cast gives nobody or one of them) the couple a fact named not long before ("X split
        from Y in May. Their six children …")."""
        plural = tok.lower_ in lx.PLURAL_PRONOUNS or tok.lower_ in lx.COUPLE_NOUNS
        if plural:
            here = [ppl for at, ppl in self.pairs if at == sent.start]
            if here:
                return list(self._pair_named_before(here, tok, sent))
        who = self.who(tok)
        if plural and len(who) < 2:
            recent = self.recent_pair(tok.i, former=tok.lower_ == "exes")  # "the exes": a couple now over
            if recent and set(who) <= set(recent):  # nobody, or one of the couple: the couple
                return list(recent)
        return who

    def _pair_named_before(self, pairs: list[tuple[str, ...]], tok: Token, sent: Span) -> tuple[str, ...]:
        """Of the couples a sentence's facts name, the last one both named before ``tok`` ("his former
        wife Y asked him to keep their kids away from his ex Z": X and Y's), else the last one."""
        before: set[str] = set()
        for t in sent.doc[sent.start : tok.i]:
            before.update(self.cast.at(t))
        named = [ppl for ppl in pairs if set(ppl) <= before]
        return (named or pairs)[-1]

    def remember_work(self, at: int, text: str, kind: str | None, listed: bool = False) -> None:
        """A title named at token ``at``, its kind if known, whether it is one of a list ("the show" may
        mean it later)."""
        if not any(w[0] == at for w in self.works):
            self.works.append((at, text, kind, listed))

    # -- dates --------------------------------------------------------------------------------
    def timexes_in(self, start_char: int, end_char: int) -> list[TimexMatch]:
        lo = bisect_left(self._starts, start_char)
        out = []
        for t in self.timexes[lo:]:
            if t.start >= end_char:
                break
            out.append(t)
        return out

    def dates_near(self, tok: Token, sent: Span, max_tokens: int = 12) -> list[TimexMatch]:
        """DATE timexes of the sentence that have a usable value, nearest to ``tok`` first."""
        found = [
            t
            for t in self.timexes_in(sent.start_char, sent.end_char)
            if t.type == "DATE" and usable_date(t.value)
        ]

        def dist(t: TimexMatch) -> int:
            span = self.doc.char_span(t.start, t.end, alignment_mode="expand")
            if span is None:
                return 999
            return min(abs(span.start - tok.i), abs(span.end - 1 - tok.i))

        found = [
            t for t in found if self._same_clause(t, tok) and (dist(t) <= max_tokens or self._on_verb(t, tok))
        ]
        return sorted(found, key=lambda t: (dist(t), t.start))

    def _on_verb(self, t: TimexMatch, cue: Token) -> bool:
        """The date modifies the cue's own verb directly ("initiated … eight months ago"), however far."""
        span = self.doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is None:
            return False
        verb = clause_verb(cue)
        return any(a == verb for a in list(span.root.ancestors)[:2])

    def _same_clause(self, t: TimexMatch, cue: Token) -> bool:
        """A date belongs to a cue when it sits in the cue's phrase or hangs on the same verb:
        in "X confirmed Friday that they divorced", Friday dates the confirming, not the divorce."""
        span = self.doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is None:
            return False
        root = span.root
        if cue in span:
            return True
        if root in cue.subtree:
            return not _in_side_clause(root, cue)
        return clause_verb(root) == clause_verb(cue)

    def durations_near(self, tok: Token, sent: Span, max_tokens: int = 6) -> list[TimexMatch]:
        out = []
        for t in self.timexes_in(sent.start_char, sent.end_char):
            if t.type != "DURATION" or not t.value.startswith("P") or "X" in t.value:
                continue
            span = self.doc.char_span(t.start, t.end, alignment_mode="expand")
            if span is not None and min(abs(span.start - tok.i), abs(span.end - 1 - tok.i)) <= max_tokens:
                out.append(t)
        return out

    def when(self, t: TimexMatch) -> When:
        return When(
            text=t.text,
            value=t.value,
            precision=t.precision,  # type: ignore[arg-type]
            earliest=t.earliest.isoformat() if t.earliest else None,
            latest=t.latest.isoformat() if t.latest else None,
            approximate=t.approximate,
            anchor=self.anchor.isoformat() if self.anchor and t.text and _relative(t) else None,
        )

    def birth_when(self, age: int) -> When | None:
        if self.anchor is None:
            return None
        b = birth_from_age(age, self.anchor)
        return _derived(b, f"age {age} on {self.anchor.isoformat()}")

    def start_from(self, duration: TimexMatch, as_of: date | None) -> When | None:
        as_of = as_of or self.anchor
        if as_of is None:
            return None
        amounts = parse_duration(duration.value)
        if amounts is None:
            return None
        b = start_from_duration(amounts.get("Y"), amounts.get("M"), amounts.get("D"), as_of)
        return _derived(b, None)

    # -- evidence and confidence --------------------------------------------------------------
    def evidence(self, sent: Span) -> Evidence:
        """The sentence as evidence: text[start:end] is exactly the quote (edge whitespace left out)."""
        text = sent.text
        quote = text.strip()
        start = sent.start_char + (len(text) - len(text.lstrip()))
        return Evidence(article=self.article, start=start, end=start + len(quote), quote=quote)


def _reduced_relative(subj: Token, verb: Token) -> Token | None:
    """ "X, the son Y adopted while married to Z": the parser may make X (or "son") the subject of
    "adopted" and Y an apposition of "son"; the name right before the verb, in apposition to a noun
    of the subject, is the one doing it (a relative clause without "that"). None if there is none."""
    nouns = [subj] if subj.pos_ == "NOUN" else []
    nouns += [c for c in subj.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    for noun in nouns:
        for name in noun.children:
            if name.dep_ in ("appos", "compound") and name.pos_ == "PROPN" and name.i + 1 == verb.i:
                return name
    return None


def _in_side_clause(tok: Token, cue: Token) -> bool:
    """``tok`` sits in a clause of its own below ``cue``: an adverbial clause ("divorced in 2008, after
    they split in 2006"), a coordinated clause ("dated Y, but the couple broke up in 2013") or a
    relative clause on another word ("X, who married in 2001, finalized the divorce"). A relative
    clause on the cue itself ("the divorce, which was agreed in 2008") dates it."""
    t = tok
    while t != cue and t.head != t:
        if t.dep_ == "advcl" or (t.dep_ in ("relcl", "acl") and t.head != cue):
            return True
        if t.dep_ == "conj" and t.pos_ in ("VERB", "AUX") and t.head.pos_ in ("VERB", "AUX"):
            return True
        t = t.head
    return False


def clause_verb(tok: Token) -> Token:
    """The nearest verb at or above ``tok`` (the sentence root if there is none)."""
    t = tok
    for _ in range(12):
        if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "aux", "auxpass"):
            return t
        if t.head == t:
            return t
        t = t.head
    return t


def usable_date(value: str) -> bool:
    return len(value) >= 4 and (value[:4].isdigit() or value.startswith("XXXX-")) and "REF" not in value


def parse_duration(value: str) -> dict[str, int] | None:
    """``P11Y`` → {"Y": 11}; None for anything else."""
    if not value.startswith("P") or "T" in value:
        return None
    num = ""
    out: dict[str, int] = {}
    for ch in value[1:]:
        if ch.isdigit():
            num += ch
        elif ch in DURATION_UNITS and num:
            out[ch] = int(num)
            num = ""
        else:
            return None
    if "W" in out:
        out["D"] = out.get("D", 0) + 7 * out.pop("W")
    return out or None


def _relative(t: TimexMatch) -> bool:
    return not any(ch.isdigit() for ch in t.text[-4:]) or "ago" in t.text.lower()


def _derived(b: object, text: str | None) -> When:
    earliest = getattr(b, "earliest", None)
    latest = getattr(b, "latest", None)
    return When(
        text=text,
        value=str(getattr(b, "value")),  # noqa: B009
        precision=getattr(b, "precision", "year"),
        earliest=earliest.isoformat() if earliest else None,
        latest=latest.isoformat() if latest else None,
        approximate=True,
    )


def _name_glued_to(verb: Token) -> list[Token]:
    """ "Lena Moss stars in …": the parser may read "Moss stars" as a noun compound and leave the verb
    without a subject; a proper noun hung on a subjectless verb as its compound, before it, is its subject."""
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    glued = [c for c in verb.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < verb.i]
    return glued or _name_opening_conjunct(verb)


def _name_opening_conjunct(verb: Token) -> list[Token]:
    """ "… plugs her album Red and Vale prepares to promote X": a name right after "and"/"but" and right
    before a subjectless conjoined verb is that verb's subject (the parser hung it on the noun before)."""
    doc = verb.doc
    last = verb.i - 1
    if verb.dep_ != "conj" or last < 1 or doc[last].pos_ != "PROPN" or doc[last].head == verb:
        return []
    start = last
    while start > 0 and doc[start - 1].pos_ == "PROPN":
        start -= 1
    return [doc[last]] if start > 0 and doc[start - 1].lower_ in {"and", "but"} else []


# verbs that deny with "down": "shut down the rumours", "played down reports", "knocked down claims"
DOWN_DENIALS = frozenset({"shut", "play", "knock", "tamp"})


def negated(tok: Token) -> bool:
    """ "did not marry", "never married", "may not get married" (the "not" on the auxiliary), "no plans
    to marry", "denied they are engaged". A relative clause is its own claim: in "X, who married Y in
    May, denied the rumour" nothing above the clause negates the wedding."""
    heads = _heads_in_clause(tok, 3)
    for h in heads[:2]:
        if any(
            (c.dep_ == "neg" or c.lower_ in lx.NEGATIONS)
            and c.dep_ != "preconj"  # "not only was she …" affirms
            and not _coordinates_people(c)  # "neither she nor her boyfriend …" joins two people
            for c in h.children
        ):
            return True
        if any(c.lower_ == "no" and c.dep_ == "det" for c in h.children):
            return True
    if _aux_negated(tok):
        return True
    for h in heads:
        if h.lemma_.lower() in lx.DENIAL_LEMMAS and (
            h.lemma_.lower() != "shoot" or any(c.lower_ == "down" for c in h.children)
        ):
            return True  # "shot down the rumours" denies; "shot to fame", "shot the film" do not
        if h.lemma_.lower() in DOWN_DENIALS and any(
            c.lower_ == "down" and c.dep_ == "prt" for c in h.children
        ):
            return True  # "shut down rumours she's dating Y", "played down reports that …"
        if h.lower_ in {"plans", "plan", "intention"} and any(c.lower_ == "no" for c in h.children):
            return True
    sent = tok.sent  # "reports that they married are false": one pass, no set built per call
    return any(t.lower_ in DEBUNK_WORDS for t in sent) and any(t.lower_ in REPORT_WORDS for t in sent)


def _aux_negated(tok: Token) -> bool:
    """ "they may not get married", "she didn't get engaged": the parser may hang "not" on the
    auxiliary ("get", "do") rather than on the cue verb."""
    return any(
        c.dep_ in ("aux", "auxpass") and any(g.dep_ == "neg" for g in c.children) for c in tok.children
    )


def _heads_in_clause(tok: Token, n: int) -> list[Token]:
    """``tok`` and up to ``n`` of its ancestors, not climbing out of a relative clause."""
    heads = [tok]
    while len(heads) <= n and heads[-1].dep_ != "relcl" and heads[-1].head is not heads[-1]:
        heads.append(heads[-1].head)
    return heads


def _coordinates_people(tok: Token) -> bool:
    """ "neither she nor her boyfriend (spoke)": "neither/nor" on a noun joins people, denies nothing."""
    return tok.dep_ in ("preconj", "cc") and tok.head.pos_ in ("NOUN", "PROPN", "PRON")


DEBUNK_WORDS = frozenset({"false", "untrue", "fake", "baseless"})
REPORT_WORDS = frozenset({"rumor", "rumors", "report", "reports", "rumours", "rumour", "story"})


def hedged(sent: Span) -> bool:
    """Reported, unconfirmed claims: "reportedly", "sources say", modal "may have" (not the month)."""
    return any(t.lower_ in lx.HEDGE_WORDS and (t.tag_ == "MD" or t.lower_ not in lx.MODALS) for t in sent)


FUTURE_CLIMB = frozenset(
    {"xcomp", "ccomp", "acomp", "attr", "conj", "auxpass", "aux", "pobj", "pcomp", "prep", "dobj"}
)


def _past_adjunct(verb: Token) -> bool:
    """ "after they wed", "since they split": a time clause in the past tense tells what has happened,
    whatever the main clause wishes ("before they marry" does not: what comes before a plan is ahead)."""
    return (
        verb.tag_ == "VBD"
        and any(c.dep_ == "mark" and c.lower_ in {"after", "since"} for c in verb.children)
        and not any(c.dep_ == "aux" and c.lower_ in {"will", "'ll", "would"} for c in verb.head.children)
    )


def future(tok: Token) -> bool:
    """ "will marry", "plans to wed", "set to marry": not (yet) a fact. The verbs above count through
    complements and time clauses, not a relative clause's noun nor a past "after"/"since" clause: in
    "after they wed, she wants a divorce" the wedding is no wish."""
    chain = [tok]
    for _ in range(2):
        t = chain[-1]
        if t.head is t or (t.dep_ not in FUTURE_CLIMB and not (t.dep_ == "advcl" and not _past_adjunct(t))):
            break
        chain.append(t.head)
    for h in chain:
        if any(
            c.lower_ in {"will", "'ll", "wo", "would", "to"} and c.dep_ in ("aux", "auxpass")
            for c in h.children
        ):
            return True
        if h.lemma_ in {"plan", "hope", "want", "expect", "intend"} and h != tok:
            return True
    return False


def confidence(base: float, sent: Span) -> float:
    """Rule confidence, lowered for reported rumours ("reportedly", "sources say", "may have")."""
    return round(base * (0.7 if hedged(sent) else 1.0), 2)
