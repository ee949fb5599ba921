"""Which couple "they" and "the couple" mean: the pairs the text joins ("X and Y", "X and wife Y", "X's
husband Y", "X was spotted with Y"), not names listed as examples or as siblings, and the pair joined
last."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from newsfacts import lexicon as lx
from newsfacts.people_gender import AGE_WORDS


def coordinated_person(doc: Doc, span: Span, starts: dict[int, tuple[Span, str]]) -> tuple[str, float] | None:
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


def seen_with(span: Span, refs: dict[int, tuple[str, ...]]) -> tuple[str, float] | None:
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


def spouse_of(doc: Doc, span: Span, refs: dict[int, tuple[str, ...]]) -> tuple[str, float] | None:
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


def children_listed(doc: Doc, span: Span) -> bool:
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


def best_pair(
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
