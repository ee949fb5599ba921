"""Gender from text cues, descriptors at the name, and what pronouns, "the actress" and "the
couple" refer to."""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc, Span, Token

from newsfacts import ages
from newsfacts import lexicon as lx
from newsfacts.doc_text import text_of
from newsfacts.people_cast import PersonRec, name_words


def descriptor_for(doc: Doc, span: Span) -> list[str]:
    """Nouns that describe the person right at the name: "choreographer X", "X, an Oscar-winning actress"."""
    out: list[str] = []
    i = span.start - 1
    while i >= 0 and (doc[i].lower_ in lx.DESCRIPTOR_NOUNS or doc[i].lower_ in {"and", "-"}):
        if doc[i].lower_ == "and" and _separate_person(doc, i):
            break
        if doc[i].lower_ in lx.DESCRIPTOR_NOUNS:
            out.append(doc[i].lower_)
        i -= 1
    j = span.end
    if j + 2 < len(doc) and doc[j].text == ",":
        for k in range(j + 1, min(j + 6, len(doc))):
            if doc[k].text in {",", "."} or (doc[k].pos_ in ("VERB", "AUX") and doc[k].dep_ != "amod"):
                break  # "X, reveals that the actress …": a clause, no apposition ("Oscar-winning" is one)
            if doc[k].lower_ in lx.DESCRIPTOR_NOUNS and doc[k].pos_ == "NOUN":
                first = j + 1
                while first < k and doc[first].pos_ in ("DET", "PUNCT"):
                    first += 1
                out.append(doc[first : k + 1].text)
                break
    return out


AGE_WORDS = frozenset({"-", "year", "years", "old"})


def _separate_person(doc: Doc, and_i: int) -> bool:
    """ "the 49-year-old actress and Danny": a description with its own article before "and" is a
    second person, not a title of the name ("singer and actress X", "his wife and actor X")."""
    k = and_i - 1
    while k >= 0 and (
        doc[k].lower_ in lx.DESCRIPTOR_NOUNS or doc[k].lower_ in AGE_WORDS or doc[k].pos_ in ("ADJ", "NUM")
    ):
        k -= 1
    return k >= 0 and k < and_i - 1 and doc[k].lower_ in {"the", "a", "an"}


def _gender_from_words(words: list[str], votes: bool = False) -> str | None:
    """The gender the nouns imply; ``votes``: as evidence about a named person, where "actor" says
    nothing ("actor Ana Ruiz" is common usage), though "the actor" as a description still leans male."""
    male = lx.MALE_NOUNS - lx.GENDER_NEUTRAL_ROLES if votes else lx.MALE_NOUNS
    f = sum(1 for w in words if w.split()[-1] in lx.FEMALE_NOUNS)
    m = sum(1 for w in words if w.split()[-1] in male)
    if f > m:
        return "female"
    if m > f:
        return "male"
    return None


NAME_PRIOR = 1  # weight of the first name's usual sex among the gender votes

SKIP_BACK = frozenset(
    {
        ",",
        "the",
        "a",
        "an",
        "his",
        "her",
        "their",
        "former",
        "then",
        "late",
        "now",
        "new",
        "longtime",
        "and",
        "-",
    }
)


def _gendered_noun_near(doc: Doc, span: Span) -> tuple[str, int] | None:
    """ "her husband, rapper X" / "X, his wife," → the kinship or role noun beside the name, with its
    weight as evidence: 2, or 1 for a role noun used for either sex ("actor X"; "wife and actor X" is
    still a wife)."""
    weak: tuple[str, int] | None = None

    def noun(low: str) -> tuple[str, int] | None:
        if low in lx.FEMALE_NOUNS:
            return ("female", 2)
        if low in lx.MALE_NOUNS:
            return ("male", 1 if low in lx.GENDER_NEUTRAL_ROLES else 2)
        return None

    j = span.start - 1
    steps = 0
    while j >= 0 and steps < 6:
        t = doc[j]
        g = noun(t.lower_)
        if g and g[1] == 2:
            return g
        weak = weak or g
        if not (
            t.lower_ in SKIP_BACK or t.lower_ in lx.DESCRIPTOR_NOUNS or t.pos_ == "ADJ" or t.tag_ == "POS"
        ):
            break
        if t.lower_ == "and" and _separate_person(doc, j):
            break
        j -= 1
        steps += 1
    j = span.end
    if j < len(doc) and doc[j].text == ",":
        for k in range(j + 1, min(j + 6, len(doc))):
            g = noun(doc[k].lower_)
            if g and g[1] == 2:
                return g
            weak = weak or g
            if doc[k].text in {",", ".", ";"} or doc[k].pos_ in ("VERB", "AUX"):
                break
            if (doc[k].pos_ == "ADP" and doc[k].lower_ != "as") or (
                doc[k].pos_ == "CCONJ" and k + 1 < len(doc) and doc[k + 1].tag_ in ("PRP$", "DT")
            ):
                break  # "X, or her husband", "X, on the set of Mr. …": someone else's noun
    return weak


def _subject_name(sent: Span, spans_in: list[tuple[Span, str]]) -> str | None:
    """The one person named as a subject of the sentence, if exactly one is."""
    subj = {key for s, key in spans_in if s.root.dep_ in ("nsubj", "nsubjpass") and s.root.head == sent.root}
    return subj.pop() if len(subj) == 1 else None


def assign_gender(doc: Doc, people: dict[str, PersonRec], spans: list[tuple[Span, str]]) -> None:
    """Gender from text cues: kinship/role nouns at the name, descriptors, and the pronoun that takes up
    a named subject (same sentence, or the next sentence's subject)."""
    votes: dict[str, Counter[str]] = {k: Counter() for k in people}
    for s, key in spans:
        near = _gendered_noun_near(doc, s)
        if near:
            votes[key][near[0]] += near[1]
    for key, p in people.items():
        g = _gender_from_words(p.descriptors, votes=True)
        if g:
            votes[key][g] += 2
        elif _gender_from_words(p.descriptors) == "male":
            votes[key]["male"] += 1  # "actor" only
    by_sent: dict[int, list[tuple[Span, str]]] = {}
    for s, key in spans:
        by_sent.setdefault(s.sent.start, []).append((s, key))
    prev_subject: str | None = None
    quoted = _quoted_sentences(doc)
    for sent in doc.sents:
        here = by_sent.get(sent.start, [])
        if sent.start in quoted:  # "'He told me about it,' she said": pronouns in a quote are the speaker's
            prev_subject = None
            continue
        subj = _subject_name(sent, here)
        first_pron = next(
            (t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t.lower_ in {"he", "she"}), None
        )
        if prev_subject and first_pron is not None and (not here or here[0][0].start > first_pron.i):
            votes[prev_subject]["female" if first_pron.lower_ == "she" else "male"] += 1
        if subj:
            named_at = min(s.end for s, k in here if k == subj)
            alone = len({k for _, k in here}) == 1
            verbs = {s.root.head.i for s, k in here if k == subj and s.root.dep_ in ("nsubj", "nsubjpass")}
            for t in sent:
                if t.i <= named_at or t.lower_ not in {"he", "she", "his", "her"}:
                    continue
                if (alone and t.dep_ in ("nsubj", "nsubjpass", "poss")) or (
                    # "X denies she …": the subject of X's reported clause, whoever else is named
                    t.dep_ == "nsubj" and t.head.dep_ == "ccomp" and t.head.head.i in verbs
                ):
                    votes[subj]["female" if t.lower_ in lx.FEMALE_PRONOUNS else "male"] += 1
                    break
        prev_subject = subj if here else (prev_subject if first_pron is not None else None)
    for key, p in people.items():
        g = lx.given_name_gender(p.tokens[0]) if p.tokens else None
        if g:  # a prior the text outweighs: one kinship noun, or two pronouns that take the name up
            votes[key][g] += NAME_PRIOR
    for key, c in votes.items():
        if c:
            (g, n), *rest = c.most_common()
            if not rest or n >= 2 * rest[0][1]:
                people[key].gender = g


PERSONAL_SUBJECTS = frozenset({"he", "she", "they", "him", "her", "them"})


def _quoted_sentences(doc: Doc) -> set[int]:
    """Start tokens of sentences that open with a quotation mark or sit inside an open quotation
    (a quotation closes at a paragraph break at the latest)."""
    out: set[int] = set()
    inside = False
    for sent in doc.sents:
        if inside or sent[0].text in lx.QUOTE_MARKS:
            out.add(sent.start)
        for t in sent:
            if t.text in lx.QUOTE_MARKS and t.is_punct and t.tag_ != "POS":
                inside = not inside
            elif "\n\n" in t.text_with_ws or (t.is_space and "\n" in t.text):
                inside = False
    return out


def _subject_like(tok: Token) -> bool:
    """The subject, or the owner of the subject ("X's paintings have puzzled critics … he paints"): the person
    the sentence is about, whom centering continues."""
    return tok.dep_ in ("nsubj", "nsubjpass") or (
        tok.dep_ == "poss" and tok.head.dep_ in ("nsubj", "nsubjpass")
    )


def _quiet_quotes(doc: Doc, starts: dict[int, tuple[Span, str]]) -> list[int]:
    """For each sentence, how many sentences before it are quotations that name nobody and have no
    "he"/"she"/"they" (the speaker going on: "'Planes scared me …'")."""
    quoted = _quoted_sentences(doc)
    out = [0]
    for sent in doc.sents:
        silent = sent.start in quoted and not any(
            t.i in starts or t.lower_ in PERSONAL_SUBJECTS for t in sent
        )
        out.append(out[-1] + silent)
    return out


def resolve_references(
    doc: Doc,
    people: dict[str, PersonRec],
    spans: list[tuple[Span, str]],
    refs: dict[int, tuple[str, ...]],
    headline_end: int = 0,
    sure: set[int] | None = None,
) -> None:
    """Pronouns, "the actress", "the couple" → the nearest compatible person earlier in the same
    sentence, else the most recent one of that gender; plural ones → the current couple. ``sure`` gets
    the epithets ("the Harbor Lights star") whose person was a clear choice."""
    starts = {s.start: (s, key) for s, key in spans}
    recent: list[tuple[str, int, bool]] = []  # (person, sentence number, was a subject), most recent last
    pairs: dict[tuple[str, ...], list[tuple[int, float]]] = {}  # coordinated pairs: (sentence, weight)
    pair_sent = -99
    sent_no = 0
    sent_of: dict[int, int] = {}
    for n, sent in enumerate(doc.sents):
        for t in sent:
            sent_of[t.i] = n

    history: list[tuple[str, int, float]] = []  # every mention and its weight, in order
    ages = _stated_ages(doc, spans)
    quiet = _quiet_quotes(doc, starts)
    quoted = _quoted_sentences(doc)

    def seen(key: str, tok: Token) -> None:
        # "X … his health": a later word for X in the same sentence leaves X its sentence's subject
        subject = any(r[0] == key and r[1] == sent_no and r[2] for r in recent)
        for item in [r for r in recent if r[0] == key]:
            recent.remove(item)
        recent.append((key, sent_no, subject or _subject_like(tok)))

    links = _link_lines(doc)
    i = 0
    while i < len(doc):
        tok = doc[i]
        sent_no = sent_of.get(i, sent_no)
        if i in starts and any(a <= doc[i].idx < b for a, b in links):
            i = starts[i][0].end  # a name in a link to another story: no antecedent for the body
            continue
        if i in starts:
            s, key = starts[i]
            seen(key, s.root)
            history.append((key, sent_no, 2.0 if s.root.dep_ in ("nsubj", "nsubjpass") else 1.0))
            other = _coordinated_person(doc, s, starts) or _spouse_of(doc, s, refs) or _seen_with(s, refs)
            if other and other[0] != key and not _children_listed(doc, s):
                pairs.setdefault(tuple(sorted((key, other[0]))), []).append((sent_no, other[1]))
                pair_sent = sent_no
            i = s.end
            continue
        low = tok.lower_
        target: tuple[str, ...] = ()
        if low in lx.FEMALE_PRONOUNS or low in lx.MALE_PRONOUNS:
            want = "female" if low in lx.FEMALE_PRONOUNS else "male"
            target = (
                _conjoined_owner(tok, refs, people, want)
                or _enclosing_subject(tok, refs, people, want)
                or _pick(
                    recent,
                    people,
                    want,
                    sent_no,
                    _excluded(tok, refs) | _too_young(tok, ages),
                    history=history,
                    quiet=quiet,
                )
            )
        elif low in lx.PLURAL_PRONOUNS and pairs and sent_no - pair_sent <= 3:
            target = _best_pair(pairs, sent_no, recent_only=True)
            owner = _single_subject(tok, refs)
            if target and owner and owner not in target:  # "X has custody of their kids": X's couple
                own = {k: v for k, v in pairs.items() if owner in k}
                target = _best_pair(own, sent_no, recent_only=True) if own else ()
        elif low in lx.COUPLE_NOUNS and pairs and _definite(tok):
            # "the exes" are no pair the text joined as "X and wife Y"
            cands = {k: v for k, v in pairs.items() if low != "exes" or all(w < 2 for _, w in v)}
            target = _best_pair(cands, sent_no) if cands else ()
            if target:
                pairs[target].append((sent_no, 0.0))  # "the couple … their kids": still that pair
            pair_sent = sent_no
        elif (
            (low in lx.DESCRIPTOR_NOUNS or _parent_of_many(tok) or _bare_age(tok))
            and _definite(tok)
            and (tok.pos_ == "NOUN" or _mistagged_role(tok) or _bare_age(tok))
        ):
            nxt = doc[i + 1] if i + 1 < len(doc) else None
            if nxt is None or nxt.pos_ != "PROPN":
                if _paired_description(tok):
                    pass  # "the Paper Sky singer and actor": two people, which one is which is unsaid
                else:
                    want = _description_gender(tok, starts)
                    blocked = _coarguments(tok, refs)
                    age = _description_age(tok)
                    if age is not None:  # "the 38-year-old mom": nobody the article gave another age
                        blocked |= {k for k, a in ages.items() if age not in a}
                    elif low not in YOUNG_WORDS:  # "the Thor star" is not the star's son, 4
                        blocked |= _children_by_age(ages)
                    here = blocked | (
                        _named_in_sentence(
                            tok.sent, starts, refs, headline_end if tok.idx >= headline_end else 0
                        )
                        - _in_other_phrase(tok, starts)
                        - (
                            _apart_in_sentence(tok, refs, people, want, tok.sent.start in quoted)
                            if _epithet(tok)
                            else set()
                        )
                    )
                    target = _of_age(ages, people, age, want, blocked) if age is not None else ()
                    if target:
                        pass
                    elif _epithet(tok):
                        clear: list[bool] = []
                        target = _named_in_title(tok, starts) or _family_in_title(
                            tok, people, history, sent_no, here
                        )
                        if target:
                            clear.append(True)
                        else:
                            target = _salient(history, people, want, sent_no, here, quiet, known_first=True)
                            # sure only if the people named around it, left out above, are far behind too
                            # "the Harbor actor": the noun leans male, but is no evidence of sex to be sure on
                            sure_want = None if low in lx.GENDER_NEUTRAL_ROLES else want
                            wider = _salient(
                                history,
                                people,
                                sure_want,
                                sent_no,
                                blocked,
                                quiet,
                                known_first=True,
                                sure=clear,
                            )
                            clear.append(wider == target)
                        if target and all(clear) and sure is not None:
                            sure.add(i)
                        if target and tok.pos_ != "NOUN":  # "The Hawks forward has …": the parse's head
                            run = range(_title_start(tok) or tok.i, tok.i)
                            for k in run:
                                if doc[k].head.i not in run:
                                    refs[k] = target
                    else:
                        target = _main_clause_person(tok, starts, people, want, blocked) or _by_descriptor(
                            recent, people, low, want, sent_no, blocked, history
                        )
                        if not target:
                            target = _latest_subject(recent, people, want, sent_no, here) or _salient(
                                history, people, want, sent_no, here, quiet
                            )
        if target:
            refs[i] = target
            if len(target) == 1:
                seen(target[0], tok)
                history.append((target[0], sent_no, _mention_weight(tok, 0.5)))  # less than a name
        i += 1


def _paired_description(tok: Token) -> bool:
    """ "the Paper Sky singer and actor", "the Blue star and the Harbor alum": a role noun joined to
    another names two people, and the text does not say which is which — either of the two."""
    if any(
        c.dep_ == "conj" and c.lower_ in lx.DESCRIPTOR_NOUNS and not _office_of_venture(c)
        for c in tok.children
    ):
        return True
    return (
        tok.dep_ == "conj"
        and tok.head.lower_ in lx.DESCRIPTOR_NOUNS
        and _definite(tok.head)
        and not _office_of_venture(tok)
    )


def _office_of_venture(conj: Token) -> bool:
    """ "the actor and president of Bluefin Films": an office held in a named venture, joined to an
    occupation under one determiner, describes the same person (the parser may hang "of Y" on either
    noun)."""
    if conj.lower_ not in lx.VENTURE_ROLE_NOUNS or any(c.dep_ == "det" for c in conj.children):
        return False
    return any(
        p.dep_ == "prep" and p.lower_ == "of" and p.i > conj.i and any(g.pos_ == "PROPN" for g in p.children)
        for p in [*conj.children, *conj.head.children]
    )


CHILD_AGE = 13  # a description without an age ("the actress") is no one the article says is younger
YOUNG_WORDS = frozenset(
    {*lx.CHILD_NOUNS, "boy", "girl", "kid", "child", "tot", "toddler", "youngster", "baby", "newborn"}
)


def _too_young(tok: Token, ages: dict[str, set[int]]) -> set[str]:
    """ "his daughter", "her husband": the owner of a child or a spouse is no one the article says is a
    child (a star's son, 4, is not "his" in "his daughter, 3")."""
    if tok.dep_ != "poss" or tok.head.lower_ not in ADULT_KIN:
        return set()
    return _children_by_age(ages)


def _children_by_age(ages: dict[str, set[int]]) -> set[str]:
    """The people the article says are under CHILD_AGE (every age it gives them)."""
    return {k for k, a in ages.items() if max(a) < CHILD_AGE}


ADULT_KIN = (
    lx.CHILD_NOUNS.keys() | lx.SPOUSE_NOUNS | lx.EX_SPOUSE_NOUNS | lx.FIANCE_NOUNS | {"kids", "children"}
)


def _stated_ages(doc: Doc, spans: list[tuple[Span, str]]) -> dict[str, set[int]]:
    """Ages the article gives at a name: "X, 36," and "36-year-old X"."""
    out: dict[str, set[int]] = {}
    for s, key in spans:
        n = ages.after(doc, s.end)
        if n is not None:
            out.setdefault(key, set()).add(n)
        j = s.start
        while j > 0 and doc[j - 1].pos_ in ("ADJ", "NOUN") and doc[j - 1].lower_ != "old" and s.start - j < 3:
            j -= 1  # "the 36-year-old reality star X"
        n = ages.before(doc, j)
        if n is not None:
            out.setdefault(key, set()).add(n)
    return out


def _description_age(tok: Token) -> int | None:
    """The age a description states: "the 38-year-old mom of three", "the 38-year-old reality star",
    "the 38-year-old"."""
    if _bare_age(tok):
        return ages.before(tok.doc, tok.i + 1)
    lefts = {c.i for c in tok.lefts}
    j = tok.i
    while j > tok.sent.start and j - 1 in lefts and tok.doc[j - 1].lower_ != "old":
        j -= 1
    return ages.before(tok.doc, j)


def _of_age(
    ages: dict[str, set[int]], people: dict[str, PersonRec], age: int, want: str | None, blocked: set[str]
) -> tuple[str, ...]:
    """The one person the article gave this age, of a compatible sex, who is no co-argument."""
    match = [k for k, a in ages.items() if age in a and k not in blocked and people[k].gender in (want, None)]
    return (match[0],) if len(match) == 1 else ()


def _main_clause_person(
    tok: Token,
    starts: dict[int, tuple[Span, str]],
    people: dict[str, PersonRec],
    want: str | None,
    blocked: set[str],
) -> tuple[str, ...]:
    """ "Things heat up for X and Y as the singer spent his birthday with …": a description that is
    the subject of an adverbial clause, whose sex is known, is the one person of that sex named
    earlier in the sentence outside that clause (no co-argument of it)."""
    if want is None or tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.dep_ != "advcl":
        return ()
    clause = {t.i for t in tok.head.subtree}
    found = {
        key
        for i, (span, key) in starts.items()
        if tok.sent.start <= i < tok.i and i not in clause and key not in blocked
    }
    match = [k for k in found if people[k].gender == want]
    return (match[0],) if len(match) == 1 and len(found) <= 2 else ()


def _single_subject(tok: Token, refs: dict[int, tuple[str, ...]]) -> str | None:
    """The one named person who is the subject of a possessive plural pronoun's clause ("X has
    custody of their kids"), if there is one."""
    if tok.dep_ != "poss":
        return None
    verb = _clause_of(tok)
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i and not _plural_subject(c):
            who = _subject_people(c, refs)
            return who[0] if len(who) == 1 else None
    return None


LINK_RE = re.compile(r"^\s*([A-Za-z][A-Za-z ]{1,20}?)\s*:")


def _link_lines(doc: Doc) -> list[tuple[int, int]]:
    """Character ranges of lines that link to another story: "PHOTOS: …", "Also read: …"."""
    out: list[tuple[int, int]] = []
    pos = 0
    for line in text_of(doc).split("\n"):
        start, pos = pos, pos + len(line) + 1
        m = LINK_RE.match(line)
        if m and m.group(1).lower() in lx.LINK_LABELS:
            out.append((start, start + len(line)))
    return out


def _conjoined_owner(
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


def _enclosing_subject(
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
        verb = _clause_of(tok)
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


NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "dobj", "pobj", "attr", "dative"})


def _bare_age(tok: Token) -> bool:
    """ "The 37-year-old directed …", "the 37-year-old's debut": an age with no noun after it
    stands for a person, as "the actress" does."""
    return (
        tok.dep_ in NOMINAL_DEPS
        and tok.lower_.endswith("old")
        and ages.before(tok.doc, tok.i + 1) is not None
    )


def _mistagged_role(tok: Token) -> bool:
    """ "The Harbor Hawks forward has …": a role word the tagger read as an adverb or adjective, right
    after a title opened by "the" and right before the verb."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return (
        tok.pos_ in ("ADV", "ADJ")
        and _title_start(tok) is not None
        and nxt is not None
        and nxt.pos_ in ("VERB", "AUX")
    )


def _named_in_title(tok: Token, starts: dict[int, tuple[Span, str]]) -> tuple[str, ...]:
    """ "the 'Kocktails with Khloe' starlet": a title that holds exactly one person's name is that
    person's show."""
    doc = tok.doc
    first = _title_start(tok)
    if first is None and tok.i > 0 and doc[tok.i - 1].text in lx.CLOSING_QUOTES:
        k = tok.i - 2
        while k > tok.sent.start and doc[k].text not in lx.QUOTE_MARKS:
            k -= 1
        first = k
    if first is None:
        return ()
    inside = {key for i, (span, key) in starts.items() if first <= i and span.end <= tok.i}
    if len(inside) != 1:
        return ()
    key = inside.pop()  # a first name, not a family name ("the Keeping Up With the Vales star")
    named = [s for i, (s, k) in starts.items() if k == key and first <= i < tok.i]
    first_name = _first_name(starts, key)
    return (key,) if all(name_words(s.text) == first_name for s in named) else ()


def _family_in_title(
    tok: Token,
    people: dict[str, PersonRec],
    history: list[tuple[str, int, float]],
    sent_no: int,
    exclude: set[str],
) -> tuple[str, ...]:
    """ "the Keeping Up With the Vales star": a title that names a family in the plural is the show of
    the one person of that family name the article has mentioned in the last five sentences."""
    first = _title_start(tok)
    if first is None:
        return ()
    families = {
        t.lower_[:-1] for t in tok.doc[first : tok.i] if t.lower_.endswith("s") and t.text[:1].isupper()
    }
    recent = {key for key, n, _ in history if sent_no - n <= 5}
    match = [
        k
        for k, p in people.items()
        if len(p.tokens) > 1 and families & set(p.tokens[1:]) and k not in exclude
    ]
    return (match[0],) if len(match) == 1 and match[0] in recent else ()


def _first_name(starts: dict[int, tuple[Span, str]], key: str) -> list[str]:
    """The first word of a person's fullest name among its mentions."""
    longest = max((s for s, k in starts.values() if k == key), key=len)
    return name_words(longest.text)[:1]


def _mention_weight(tok: Token, subject: float) -> float:
    """Salience of a pronoun's mention: ``subject`` as a subject, half of it elsewhere ("his pants")."""
    return subject if tok.dep_ in ("nsubj", "nsubjpass") else subject / 2


def _definite(tok: Token) -> bool:
    if _epithet(tok) and (tok.left_edge.lower_ == "the" or _title_start(tok) is not None):
        return True  # "The Wolf Creek star …": the article opens the title before the noun
    return (
        any(c.dep_ in ("det", "poss") and c.lower_ in {"the", "this", "former", "both"} for c in tok.lefts)
        or (tok.i > 0 and tok.doc[tok.i - 1].lower_ in {"the", "former", "both"})
        or (tok.i > 1 and tok.doc[tok.i - 2].lower_ == "the")
    )


def _excluded(tok: Token, refs: dict[int, tuple[str, ...]]) -> set[str]:
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


def _pick(
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


def _description_gender(tok: Token, starts: dict[int, tuple[Span, str]]) -> str | None:
    """The sex a description implies: its noun ("the actress"), else the first subject or possessive
    pronoun after it in its sentence, before anyone else is named ("The former Paper Sky singer was a
    party animal in her youth"); an object pronoun of the same clause is someone else ("the singer
    was using him")."""
    g = _gender_from_words([tok.lower_])
    if g:
        return g
    for t in tok.doc[tok.i + 1 : tok.sent.end]:
        if t.i in starts or t.text in lx.QUOTE_MARKS:
            return None
        if t.dep_ in ("nsubj", "nsubjpass", "poss") or _possessive_her(t):
            if t.lower_ in lx.FEMALE_PRONOUNS:
                return "female"
            if t.lower_ in lx.MALE_PRONOUNS:
                return "male"
    return None


def _possessive_her(t: Token) -> bool:
    """ "contacting her ex": an object "her" right before a noun is a possessive the parser misread."""
    nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    return t.lower_ == "her" and t.dep_ == "dobj" and nxt is not None and nxt.pos_ in ("NOUN", "ADJ")


def _by_descriptor(
    recent: list[tuple[str, int, bool]],
    people: dict[str, PersonRec],
    noun: str,
    want: str | None,
    sent_no: int,
    exclude: set[str],
    history: list[tuple[str, int, float]],
) -> tuple[str, ...]:
    """ "the choreographer": the latest person the article described so; "the actress": the latest
    woman named before this sentence (a name in the same sentence would have been a pronoun)."""
    for key, _, _ in reversed(recent):
        if (
            key not in exclude
            and any(d.split()[-1] == noun for d in people[key].descriptors)
            and people[key].gender in (want, None)
        ):
            return (key,)
    if _gender_from_words([noun]):
        return _pick(recent, people, want or "", sent_no, exclude, history=history)
    return ()


def _parent_of_many(tok: Token) -> bool:
    """ "the mom of three", "the father of two": a parent noun that describes a person."""
    return tok.lower_ in lx.PARENT_NOUNS and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.like_num for g in c.children) for c in tok.children
    )


def _epithet(tok: Token) -> bool:
    """ "the Harbor Lights star", "the 'Paper Sky' singer": a role noun modified by a title."""
    if tok.i > 0 and tok.doc[tok.i - 1].text in lx.CLOSING_QUOTES:
        return True
    return any(c.dep_ in ("compound", "nmod") and c.text[:1].isupper() for c in tok.lefts) or (
        _title_start(tok) is not None
    )


TITLE_GLUE = frozenset({"of", "the", "and", "a", "in", "on", "to", "for", "with", "&"})


def _title_start(tok: Token) -> int | None:
    """Start of a capitalised run right before ``tok`` ("The Wolf of Wall Creek star"), opened by
    "the"; None if there is none (the parser may have split such a title anywhere)."""
    doc = tok.doc
    j = tok.i - 1
    if j < tok.sent.start or not doc[j].text[:1].isupper():
        return None
    while j - 1 >= tok.sent.start and (doc[j - 1].text[:1].isupper() or doc[j - 1].lower_ in TITLE_GLUE):
        if doc[j - 1].lower_ == "the":
            return j - 1
        j -= 1
    return None


ARGUMENT_PREPS = frozenset({"to", "with", "by", "from"})
# "broke up after the actor made …": the parser may read a clause as a prepositional object
CLAUSE_PREPS = frozenset({"after", "before", "since", "until", "while", "when", "as", "because"})


def _coarguments(tok: Token, refs: dict[int, tuple[str, ...]]) -> set[str]:
    """People a description cannot mean by syntax: the other arguments of its own clause ("X married
    the actress"), its conjuncts and appositions, and the owner or owned of a possessive ("the star's
    ex-husband", "X's co-star"). A name inside a phrase ("lawyers for X demanded that the star …") is
    no co-argument."""
    toks: list[Token] = [*tok.children]
    noun = tok.head if tok.dep_ == "poss" else tok
    toks += [noun, *noun.children] if noun is not tok else []
    h = noun
    while h.dep_ in ("conj", "appos", "compound") and h.head.i != h.i:
        h = h.head
        toks.append(h)
    argument = h.dep_ in ("nsubj", "nsubjpass", "dobj", "attr", "dative")
    if h.dep_ == "pobj" and h.head.dep_ in ("prep", "agent") and h.head.lower_ in ARGUMENT_PREPS:
        argument = True  # "married to the actress"; not "broke up after the actor (made …)"
    verb = h.head.head if h.dep_ == "pobj" else h.head
    if h.dep_ == "pobj" and not argument and h.head.lower_ not in CLAUSE_PREPS:
        # "what X has in store for the star": the subject of the description's own clause
        toks += [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if argument and verb.pos_ in ("VERB", "AUX"):
        for c in verb.children:
            if c.dep_ in ("nsubj", "nsubjpass", "dobj", "attr", "dative"):
                toks.append(c)
            elif c.dep_ in ("prep", "agent"):
                toks += [g for g in c.children if g.dep_ == "pobj"]
        if verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            # "X will consent … but wants the star to …": the subject the verb shares
            toks += [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    out: set[str] = set()
    seen: set[int] = set()
    while toks:
        t = toks.pop()
        if t.i in seen or t.i == tok.i:
            continue
        seen.add(t.i)
        out.update(refs.get(t.i, ()))
        toks += [
            c for c in t.children if c.dep_ in ("conj", "appos", "compound", "poss") and not _ahead(c, tok)
        ]
    return out


def _ahead(poss: Token, tok: Token) -> bool:
    """ "In her interview, the singer said …": a possessive pronoun in a phrase before the description
    points ahead to it, and is no co-argument that would rule its person out."""
    return poss.dep_ == "poss" and poss.tag_ == "PRP$" and poss.i < tok.i and poss.head.dep_ == "pobj"


def _in_other_phrase(tok: Token, starts: dict[int, tuple[Span, str]]) -> set[str]:
    """People named earlier in the sentence only inside a phrase of another clause ("lawyers for X
    demanded that the star's ex-husband …", "X's lawyers said the star …"): no argument of the
    description's clause, so still its possible antecedents. Everyone else named in the sentence is
    not (a name right there would have been a pronoun)."""
    own = _clause_of(tok)
    inside: set[str] = set()
    elsewhere: set[str] = set()
    for i, (span, key) in starts.items():
        if not tok.sent.start <= i < tok.sent.end:
            continue
        root = span.root
        phrase = (
            (root.dep_ == "pobj" and root.head.head.pos_ in ("NOUN", "PROPN"))
            or (root.dep_ == "poss" and root.head.dep_ in ("nsubj", "nsubjpass"))
            or (root.dep_ == "compound" and root.head.pos_ == "NOUN")  # "the second X sighting since …"
            or _names_modifier(root)  # "the A/B/C love triangle": names run into a noun
        )
        if i < tok.i and phrase and _clause_of(root).i != own.i:
            inside.add(key)
        else:
            elsewhere.add(key)
    return inside - elsewhere


def _apart_in_sentence(
    tok: Token,
    refs: dict[int, tuple[str, ...]],
    people: dict[str, PersonRec],
    want: str | None,
    sent_start_quoted: bool,
) -> set[str]:
    """People mentioned earlier in the sentence, in another clause, only where a pronoun could not have
    stood for them: inside a quotation the description stands outside of ("'Tom has kept away,' a
    source close to the Harbor actor said": the speaker's words, not the writer's) or, when the
    description's sex is known and theirs is that one, as one of two coordinated people ("Dana and
    Cole have had fans swooning since the Harbor star proposed to his wife": "he" could have been
    either). They stay possible antecedents of the description."""
    quote = _quotation_tokens(tok.sent, sent_start_quoted)
    own = _clause_of(tok)
    apart: set[str] = set()
    elsewhere: set[str] = set()
    for t in tok.sent:
        who = refs.get(t.i, ())
        if len(who) != 1 or t.tag_ == "PRP$" or t.i == tok.i:
            continue
        if (
            t.i < tok.i
            and _clause_of(t).i != own.i
            and (
                (t.i in quote and tok.i not in quote)
                or (want is not None and people[who[0]].gender == want and _coordinated_people(t, refs))
            )
        ):
            apart.update(who)
        else:
            elsewhere.update(who)
    return apart - elsewhere


def _coordinated_people(t: Token, refs: dict[int, tuple[str, ...]]) -> bool:
    """ "Dana and Cole", "he and Dana": the token's phrase is joined by "and" to another person's."""
    while t.dep_ in ("compound", "flat") and t.head.i != t.i and refs.get(t.head.i) == refs.get(t.i):
        t = t.head  # the first name of "Dana Cole": up to the name's head
    mine = refs.get(t.i, ())
    if t.dep_ == "conj" and refs.get(t.head.i, mine) != mine:
        return True
    return any(c.dep_ == "conj" and refs.get(c.i, mine) != mine for c in t.children)


def _quotation_tokens(sent: Span, start_quoted: bool) -> set[int]:
    """Tokens of the quotation the sentence opens with, when it has a verb and closes inside the
    sentence ("'Tom has kept away,' a source said"): someone's words, with the attribution after them;
    ``start_quoted``: the sentence opens inside a quotation begun before it."""
    opens = sent[0].text in lx.QUOTE_MARKS
    if not (opens or start_quoted):
        return set()
    run: list[Token] = []
    for t in sent[1:] if opens else sent:
        if t.text in lx.QUOTE_MARKS and t.is_punct and t.tag_ != "POS":
            if len(run) >= 4 and any(r.pos_ in ("VERB", "AUX") for r in run):
                return {r.i for r in run}
            return set()
        run.append(t)
    return set()


def _names_modifier(root: Token) -> bool:
    """ "the Dana/Cole/Ava love triangle": a name that modifies, through other names, a common noun."""
    t = root
    while t.dep_ in ("compound", "nmod") and t.head.pos_ == "PROPN" and t.head.i != t.i:
        t = t.head
    return t is not root and t.dep_ in ("compound", "nmod") and t.head.pos_ == "NOUN"


def _clause_of(tok: Token) -> Token:
    t = tok
    while t.pos_ not in ("VERB", "AUX") and t.head.i != t.i:
        t = t.head
    return t


def _named_in_sentence(
    sent: Span, starts: dict[int, tuple[Span, str]], refs: dict[int, tuple[str, ...]], headline_end: int = 0
) -> set[str]:
    """People named anywhere in the sentence (a headline run into it does not count), or referred to
    before this point."""
    out = {
        key
        for i, (span, key) in starts.items()
        if sent.start <= i < sent.end and span.start_char >= headline_end
    }
    for i in range(sent.start, sent.end):
        if len(refs.get(i, ())) == 1 and sent.doc[i].tag_ != "PRP$":  # "the couple": nobody in particular
            out.update(refs[i])  # "In her interview, the singer …": a possessive before may point ahead
    return out


def _latest_subject(
    recent: list[tuple[str, int, bool]],
    people: dict[str, PersonRec],
    want: str | None,
    sent_no: int,
    exclude: set[str],
) -> tuple[str, ...]:
    """ "Taylor Reed was moved to tears. The pop star …": a plain description continues the latest
    subject of the previous sentence (centering), if its gender does not contradict the noun."""
    for key, n, subj in reversed(recent):
        if n == sent_no - 1 and subj and key not in exclude and people[key].gender in (want, None):
            return (key,)
    return ()


def _salient(
    history: list[tuple[str, int, float]],
    people: dict[str, PersonRec],
    want: str | None,
    sent_no: int,
    exclude: set[str],
    quiet: list[int] | None = None,
    known_first: bool = False,
    sure: list[bool] | None = None,
) -> tuple[str, ...]:
    """A definite description with no name of its own ("the Harbor Lights star") is the most salient
    person of a compatible gender who is no co-argument of it. Every mention counts (0.2: the
    article's topic), recent ones more (0.6 per sentence back); a name as subject weighs 2, another
    name 1, a pronoun 0.5 (half that off subject). Nobody mentioned in the last five sentences
    qualifies; a quotation that names nobody (``quiet``: the speaker going on) is not counted.
    ``sure``: gets whether the choice is clear (nobody else, or everyone else far behind)."""
    score: dict[str, float] = {}
    last: dict[str, int] = {}
    for key, n, weight in history:
        if key in exclude or (want and people[key].gender not in (want, None)):
            continue

        score[key] = score.get(key, 0.0) + weight * (0.6 ** max(0, sent_no - n) + 0.2)
        last[key] = n
    live = [k for k in score if sent_no - last[k] - (quiet[sent_no] - quiet[last[k]] if quiet else 0) <= 5]
    if known_first and want:  # "the Paper Sky rapper … his": a man the article knows as one, before
        live = [k for k in live if people[k].gender == want] or live  # someone of unknown sex
    if sure is not None:
        sure.append(_clear_lead(sorted((score[k] for k in live), reverse=True)))
    if not live:
        return ()
    return (max(live, key=lambda k: (score[k], last[k])),)


CLEAR_LEAD = 3.0  # how many times the runner-up's salience the chosen person needs to be sure


def _clear_lead(scores: list[float]) -> bool:
    """The most salient candidate stands alone or far ahead of the next one."""
    return len(scores) == 1 or (len(scores) > 1 and scores[0] >= CLEAR_LEAD * scores[1])


def _salience(history: list[tuple[str, int, float]], sent_no: int) -> dict[str, float]:
    """A pronoun's view of salience at sentence ``sent_no``: recency first (0.5 per sentence back),
    with a little for every mention (0.05: the article's subject outlasts a name dropped in passing),
    weighted by role (a name as subject 2, another name 1, a pronoun 0.5 or 0.25)."""
    out: dict[str, float] = {}
    for key, n, weight in history:
        out[key] = out.get(key, 0.0) + weight * (0.5 ** max(0, sent_no - n) + 0.05)
    return out


def _coordinated_person(
    doc: Doc, span: Span, starts: dict[int, tuple[Span, str]]
) -> tuple[str, float] | None:
    """ "X and Y" / "X & Y" with both names: the other person, weight 1; "X and wife Y", "X and her
    husband, Y": weight 2 (a couple by the text's own word)."""
    j = span.end
    if j + 1 >= len(doc) or doc[j].lower_ not in {"and", "&"} or _listed_as_examples(doc, span, starts):
        return None
    k = j + 1
    couple = False
    plain = True  # only an article, adverbs and adjectives between: "X and a newly blond Y"
    while k < len(doc) and k - j <= 5 and k not in starts:
        low = doc[k].lower_
        if low in lx.SPOUSE_NOUNS or low in lx.PARTNER_NOUNS or low in lx.FIANCE_NOUNS:
            couple = True
        elif low in {"his", "her", ",", "longtime", "new", "now"}:
            plain = False
        elif doc[k].pos_ not in ("ADJ", "ADV", "DET") or low in {"this", "that", "these", "those", "no"}:
            return None
        k += 1
    if k not in starts or (k > j + 1 and not couple and not plain):
        return None
    return starts[k][1], 2.0 if couple else 1.0


EXAMPLE_WORDS = frozenset({"like", "including", "include", "includes", "included"})


def _listed_as_examples(doc: Doc, span: Span, starts: dict[int, tuple[Span, str]]) -> bool:
    """ "stars like X and Y", "guests such as X and Y", "A, X and Y", "co-stars X and Y", "their husbands
    X and Y": names given as examples, in a longer list or under one plural word are no couple the text
    joins."""
    i = span.start - 1
    if i < 0:
        return False
    if doc[i].lower_ in EXAMPLE_WORDS or (i >= 1 and doc[i - 1].lower_ == "such" and doc[i].lower_ == "as"):
        return True
    if doc[i].tag_ == "NNS" and doc[i].lower_ not in lx.COUPLE_NOUNS:
        return True  # "co-stars X and Y", "sons X and Y": one word for each, no couple
    if i >= 1 and doc[i - 1].lower_ == "their" and doc[i].lower_ in lx.SPOUSE_NOUNS:
        return True  # "the pair … with their husbands X and Y": one spouse each
    return doc[i].text == "," and any(s.end == i for s, _ in starts.values())


def _seen_with(span: Span, refs: dict[int, tuple[str, ...]]) -> tuple[str, float] | None:
    """ "X was spotted in Rome with Y", "X stepped out with Y": the subject of a verb with a "with Y"
    companion (weight 0.5: a couple only if nothing better is named); not "X spoke with Y"."""
    root = span.root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "with" or prep.head.pos_ != "VERB":
        return None
    verb = prep.head
    if verb.lemma_.lower() not in lx.OUTING_LEMMAS:
        return None
    subj = [refs.get(c.i, ()) for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subj) == 1 and len(subj[0]) == 1:
        return subj[0][0], 0.5
    return None


def _spouse_of(doc: Doc, span: Span, refs: dict[int, tuple[str, ...]]) -> tuple[str, float] | None:
    """ "the star's ex-husband Tom Vale", "her husband, Y": the owner of the spouse noun before the
    name is the other half of a couple (weight 2), whoever the owner turned out to be."""
    noun = span.root.head if span.root.dep_ in ("appos", "compound") else None
    if noun is None or noun.i >= span.start:
        j = span.start - 1 - (1 if span.start > 0 and doc[span.start - 1].text == "," else 0)
        noun = doc[j] if j >= 0 else None
    if noun is None or noun.lower_ not in SPOUSE_WORDS:
        return None
    owner = [refs.get(c.i, ()) for c in noun.children if c.dep_ == "poss"]
    if len(owner) == 1 and len(owner[0]) == 1:
        return owner[0][0], 2.0
    return None


SPOUSE_WORDS = lx.SPOUSE_NOUNS | lx.EX_SPOUSE_NOUNS | lx.PARTNER_NOUNS | lx.EX_PARTNER_NOUNS | lx.FIANCE_NOUNS


def _children_listed(doc: Doc, span: Span) -> bool:
    """ "twins Knox and Vivienne", "her sons A and B": siblings, not a couple."""
    first = span.root
    while (
        first.dep_ == "conj" and first.head.i < first.i and first.head.pos_ == "PROPN"
    ):  # "sons A, 17, B, and C"
        first = first.head
    j = (span.start if first.i == span.root.i else first.left_edge.i) - 1
    while j >= 0 and (doc[j].text == "," or doc[j].pos_ in ("ADJ", "NUM") or doc[j].lower_ in AGE_WORDS):
        j -= 1
    return j >= 0 and (doc[j].lower_ in lx.CHILD_NOUNS or doc[j].lower_ in {"sons", "daughters", "twins"})


def _best_pair(
    pairs: dict[tuple[str, ...], list[tuple[int, float]]],
    sent_no: int,
    recent_only: bool = False,
) -> tuple[str, ...]:
    """The couple "they" or "the couple" means: the pair coordinated last (siblings listed as
    children are no couple). ``recent_only``: only if that was in the last three sentences."""
    best = max(pairs.items(), key=lambda kv: max(n for n, _ in kv[1]))
    if recent_only and sent_no - max(n for n, _ in best[1]) > 3:
        return ()
    return best[0]
