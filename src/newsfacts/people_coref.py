"""Gender from text cues, descriptors at the name, and what pronouns, "the actress" and "the
couple" refer to."""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Span, Token

from newsfacts import lexicon as lx
from newsfacts.people_cast import PersonRec


def descriptor_for(doc: Doc, span: Span) -> list[str]:
    """Nouns that describe the person right at the name: "choreographer X", "X, an Oscar-winning actress"."""
    out: list[str] = []
    i = span.start - 1
    while i >= 0 and (doc[i].lower_ in lx.DESCRIPTOR_NOUNS or doc[i].lower_ in {"and", "-"}):
        if doc[i].lower_ in lx.DESCRIPTOR_NOUNS:
            out.append(doc[i].lower_)
        i -= 1
    j = span.end
    if j + 2 < len(doc) and doc[j].text == ",":
        for k in range(j + 1, min(j + 6, len(doc))):
            if doc[k].text in {",", "."}:
                break
            if doc[k].lower_ in lx.DESCRIPTOR_NOUNS and doc[k].pos_ == "NOUN":
                first = j + 1
                while first < k and doc[first].pos_ in ("DET", "PUNCT"):
                    first += 1
                out.append(doc[first : k + 1].text)
                break
    return out


def _gender_from_words(words: list[str]) -> str | None:
    f = sum(1 for w in words if w.split()[-1] in lx.FEMALE_NOUNS)
    m = sum(1 for w in words if w.split()[-1] in lx.MALE_NOUNS)
    if f > m:
        return "female"
    if m > f:
        return "male"
    return None


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


def _gendered_noun_near(doc: Doc, span: Span) -> str | None:
    """ "her husband, rapper X" / "X, his wife," → the kinship or role noun beside the name."""
    j = span.start - 1
    steps = 0
    while j >= 0 and steps < 6:
        t = doc[j]
        low = t.lower_
        if low in lx.FEMALE_NOUNS:
            return "female"
        if low in lx.MALE_NOUNS:
            return "male"
        if not (low in SKIP_BACK or low in lx.DESCRIPTOR_NOUNS or t.pos_ == "ADJ" or t.tag_ == "POS"):
            break
        j -= 1
        steps += 1
    j = span.end
    if j < len(doc) and doc[j].text == ",":
        for k in range(j + 1, min(j + 6, len(doc))):
            low = doc[k].lower_
            if low in lx.FEMALE_NOUNS:
                return "female"
            if low in lx.MALE_NOUNS:
                return "male"
            if doc[k].text in {",", ".", ";"} or doc[k].pos_ == "VERB":
                break
    return None


def _subject_name(sent: Span, spans_in: list[tuple[Span, str]]) -> str | None:
    """The one person named as a subject of the sentence, if exactly one is."""
    subj = {key for s, key in spans_in if s.root.dep_ in ("nsubj", "nsubjpass") and s.root.head == sent.root}
    return subj.pop() if len(subj) == 1 else None


def assign_gender(doc: Doc, people: dict[str, PersonRec], spans: list[tuple[Span, str]]) -> None:
    """Gender from text cues: kinship/role nouns at the name, descriptors, and the pronoun that takes up
    a named subject (same sentence, or the next sentence's subject)."""
    votes: dict[str, Counter[str]] = {k: Counter() for k in people}
    for s, key in spans:
        g = _gendered_noun_near(doc, s)
        if g:
            votes[key][g] += 2
    for key, p in people.items():
        g = _gender_from_words(p.descriptors)
        if g:
            votes[key][g] += 2
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
    for key, c in votes.items():
        if c:
            (g, n), *rest = c.most_common()
            if not rest or n >= 2 * rest[0][1]:
                people[key].gender = g


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


def resolve_references(
    doc: Doc, people: dict[str, PersonRec], spans: list[tuple[Span, str]], refs: dict[int, tuple[str, ...]]
) -> None:
    """Pronouns, "the actress", "the couple" → the nearest compatible person earlier in the same
    sentence, else the most recent one of that gender; plural ones → the current couple."""
    starts = {s.start: (s, key) for s, key in spans}
    recent: list[tuple[str, int, bool]] = []  # (person, sentence number, was a subject), most recent last
    pair: tuple[str, ...] = ()
    pair_sent = -99
    sent_no = 0
    sent_of: dict[int, int] = {}
    for n, sent in enumerate(doc.sents):
        for t in sent:
            sent_of[t.i] = n

    history: list[tuple[str, int, float]] = []  # every mention and its weight, in order

    def seen(key: str, tok: Token) -> None:
        for item in [r for r in recent if r[0] == key]:
            recent.remove(item)
        recent.append((key, sent_no, tok.dep_ in ("nsubj", "nsubjpass")))

    i = 0
    while i < len(doc):
        tok = doc[i]
        sent_no = sent_of.get(i, sent_no)
        if i in starts:
            s, key = starts[i]
            seen(key, s.root)
            history.append((key, sent_no, 2.0 if s.root.dep_ in ("nsubj", "nsubjpass") else 1.0))
            other = _coordinated_person(doc, s, starts)
            if other and other != key:
                pair = tuple(sorted((key, other)))
                pair_sent = sent_no
            i = s.end
            continue
        low = tok.lower_
        target: tuple[str, ...] = ()
        if low in lx.FEMALE_PRONOUNS or low in lx.MALE_PRONOUNS:
            want = "female" if low in lx.FEMALE_PRONOUNS else "male"
            target = _pick(recent, people, want, sent_no, _excluded(tok, refs))
        elif low in lx.PLURAL_PRONOUNS and pair and sent_no - pair_sent <= 3:
            target = pair
        elif low in lx.COUPLE_NOUNS and pair and _definite(tok):
            target = pair
            pair_sent = sent_no
        elif (low in lx.DESCRIPTOR_NOUNS or _parent_of_many(tok)) and _definite(tok) and tok.pos_ == "NOUN":
            nxt = doc[i + 1] if i + 1 < len(doc) else None
            if nxt is None or nxt.pos_ != "PROPN":
                if any(c.dep_ == "conj" and c.lower_ in lx.DESCRIPTOR_NOUNS for c in tok.children):
                    pass  # "the Paper Sky singer and actor": two people, which one is which is unsaid
                elif _epithet(tok):
                    target = _salient(
                        history, people, low, sent_no, _named_in_sentence(tok.sent, starts, refs)
                    )
                else:
                    target = _by_descriptor(recent, people, low, sent_no)
                    if not target:
                        here = _named_in_sentence(tok.sent, starts, refs)
                        target = _latest_subject(recent, people, low, sent_no, here) or _salient(
                            history, people, low, sent_no, here
                        )
        if target:
            refs[i] = target
            if len(target) == 1:
                seen(target[0], tok)
                history.append((target[0], sent_no, 0.5))  # a pronoun counts, less than a name
        i += 1


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
    h = tok.head
    for _ in range(2):
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


def _pick(
    recent: list[tuple[str, int, bool]],
    people: dict[str, PersonRec],
    gender: str,
    sent_no: int,
    exclude: set[str] | frozenset[str] = frozenset(),
) -> tuple[str, ...]:
    """Same sentence first (nearest, gender not contradicted); then the latest subject of that
    gender in the last two sentences (centering); then anyone of that gender; then an unknown one."""
    recent = [r for r in recent if r[0] not in exclude]
    for key, n, _ in reversed(recent):
        if n == sent_no and people[key].gender in (gender, None):
            return (key,)
    for key, n, subj in reversed(recent[-8:]):
        if subj and people[key].gender == gender and sent_no - n <= 2:
            return (key,)
    for key, n, _ in reversed(recent[-8:]):
        if people[key].gender == gender and sent_no - n <= 6:
            return (key,)
    for key, n, _ in reversed(recent[-3:]):
        if people[key].gender is None and sent_no - n <= 1:
            return (key,)
    return ()


def _by_descriptor(
    recent: list[tuple[str, int, bool]], people: dict[str, PersonRec], noun: str, sent_no: int
) -> tuple[str, ...]:
    for key, _, _ in reversed(recent):
        if any(d.split()[-1] == noun for d in people[key].descriptors):
            return (key,)
    want = _gender_from_words([noun])
    if want:
        return _pick(recent, people, want, sent_no)
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


def _named_in_sentence(
    sent: Span, starts: dict[int, tuple[Span, str]], refs: dict[int, tuple[str, ...]]
) -> set[str]:
    """People named anywhere in the sentence, or referred to before this point."""
    out = {key for i, (_, key) in starts.items() if sent.start <= i < sent.end}
    for i in range(sent.start, sent.end):
        if len(refs.get(i, ())) == 1:  # "the couple" names nobody in particular
            out.update(refs[i])
    return out


def _latest_subject(
    recent: list[tuple[str, int, bool]],
    people: dict[str, PersonRec],
    noun: str,
    sent_no: int,
    exclude: set[str],
) -> tuple[str, ...]:
    """ "Taylor Reed was moved to tears. The pop star …": a plain description continues the latest
    subject of the previous sentence (centering), if its gender does not contradict the noun."""
    want = _gender_from_words([noun])
    for key, n, subj in reversed(recent):
        if n == sent_no - 1 and subj and key not in exclude and people[key].gender in (want, None):
            return (key,)
    return ()


def _salient(
    history: list[tuple[str, int, float]],
    people: dict[str, PersonRec],
    noun: str,
    sent_no: int,
    exclude: set[str],
) -> tuple[str, ...]:
    """A definite description with no name of its own ("the Harbor Lights star") is the most salient
    person of a compatible gender who is not already named in the sentence. Every mention counts
    (0.2: the article's topic), recent ones more (0.6 per sentence back); a name as subject weighs 2,
    another name 1, a pronoun 0.5. Nobody mentioned in the last five sentences qualifies."""
    want = _gender_from_words([noun])
    score: dict[str, float] = {}
    last: dict[str, int] = {}
    for key, n, weight in history:
        if key in exclude or (want and people[key].gender not in (want, None)):
            continue
        score[key] = score.get(key, 0.0) + weight * (0.6 ** max(0, sent_no - n) + 0.2)
        last[key] = n
    live = [k for k in score if sent_no - last[k] <= 5]
    if not live:
        return ()
    return (max(live, key=lambda k: (score[k], last[k])),)


def _coordinated_person(doc: Doc, span: Span, starts: dict[int, tuple[Span, str]]) -> str | None:
    """ "X and Y" / "X & Y" with both names: the other person."""
    j = span.end
    if j + 1 < len(doc) and doc[j].lower_ in {"and", "&"} and (j + 1) in starts:
        return starts[j + 1][1]
    return None
