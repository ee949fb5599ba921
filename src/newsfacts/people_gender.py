"""Gender from text cues (kinship and role nouns at the name, descriptors, the pronoun that takes up a
named subject), the descriptors at a name ("choreographer X", "X, an Oscar-winning actress"), and which
sentences are quotations."""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Span

from newsfacts import lexicon as lx
from newsfacts.people_cast import PersonRec


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


def gender_from_words(words: list[str], votes: bool = False) -> str | None:
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
        g = gender_from_words(p.descriptors, votes=True)
        if g:
            votes[key][g] += 2
        elif gender_from_words(p.descriptors) == "male":
            votes[key]["male"] += 1  # "actor" only
    by_sent: dict[int, list[tuple[Span, str]]] = {}
    for s, key in spans:
        by_sent.setdefault(s.sent.start, []).append((s, key))
    prev_subject: str | None = None
    quoted = quoted_sentences(doc)
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


def quoted_sentences(doc: Doc) -> set[int]:
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
