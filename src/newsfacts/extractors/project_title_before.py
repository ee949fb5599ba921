"""Titles read backwards from the noun after them: a role noun ("Harbor Kings star X", "the Night
Shift host", "The Wolf Creek star is …"), a work noun ("her new ZQ perfume"), a work noun in
apposition ("Gigli, her movie with Y"); and where such a run starts (not at a sentence's opening word
or a name before it)."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from newsfacts import lexicon as lx
from newsfacts.context import Ctx
from newsfacts.extractors.project_cues import cap, co_prefix, name_after_role, nominal
from newsfacts.extractors.project_title_shape import TITLE_INNER, Title, number_word_title, title_shaped


def before_role_noun(ctx: Ctx, sent: Span) -> Iterator[Title]:
    """ "Harbor Kings star X", "the Night Shift host", "Ohio Hawks player X"."""
    doc = sent.doc
    for tok in sent:
        if tok.lower_ not in lx.ROLE_NOUNS or tok.i == sent.start:
            continue
        # "the Baby hitmaker": the article's subject, or one the who-is-who was sure of
        described = _main_person(ctx, ctx.cast.at(tok)) or (
            tok.i in ctx.cast.sure and len(ctx.cast.at(tok)) == 1
        )
        if not nominal(tok) and not described:
            continue
        end = co_prefix(doc, tok.i)  # "Lune co-founder X": the tokenizer splits "co-" off
        if doc[end - 1].text in lx.CLOSING_QUOTES or doc[end - 1].text in {"'s", "’s"}:
            continue  # quoted titles are found already; "Kim's star" is no title
        start = end
        while (
            start > sent.start
            and not _joins_name(ctx, doc, start - 1)
            and (
                cap(doc[start - 1])
                or doc[start - 1].lower_ in TITLE_INNER
                or _inner_hyphen(doc, start - 1, sent)  # "the High-Rise star"
                or (  # "New Year's Eve performance": a possessive inside the run, not a person's
                    doc[start - 1].text in {"'s", "’s"}
                    and start - 2 >= sent.start
                    and cap(doc[start - 2])
                    and not ctx.cast.at(doc[start - 2])
                )
            )
        ):
            start -= 1
        start = _own_determiner_end(tok, start)
        if start < end and doc[start].is_sent_start and _linking_opener(doc[start]):
            start += 1  # "And Silver Lake star X declared …": the sentence's link word, not the title's
        start = _past_opening_phrase(doc, start, end)
        if end > start and doc[end - 1].lower_ in lx.MEDIUM_WORDS:
            continue  # "Legendary TV producer": a described role, no title
        while start < end and not cap(doc[start]):
            start += 1
        if (start < end and doc[start].lower_ == "the") or (
            start < end and doc[start].is_sent_start and doc[start].lower_ in {"the", "a"}
        ):
            start += 1
        if start < end and start > sent.start and doc[start - 1].text in {"-", "–"}:
            continue
        if _co_subject(ctx, doc, tok, start, sent):
            continue
        if start < end:
            span = doc[start:end]
            after = name_after_role(doc, tok.i + 1)  # "Harbor Review editor-in-chief X", "star Sir X"
            named_next = after < sent.end and bool(ctx.cast.at(doc[after]))
            if title_shaped(span, ctx, ctx.cast.at(tok) if described else ()) and (
                _epithet_title(doc, span, described)
                or (
                    (
                        span.root.pos_ in ("PROPN", "NOUN")
                        or number_word_title(span)
                        or _named_adjective(span.root)
                    )
                    and (
                        span.root.dep_ in ("compound", "nmod", "poss")
                        or named_next
                        or span.root.dep_ == "amod"
                    )
                )
            ):  # "her Killing of a Deer co-star X": before a role noun that names someone, a title
                yield Title(start, end, tok)  # modifies that noun however the parser attached it


SENTENCE_LINKS = frozenset({"meanwhile", "plus", "also", "still"})


def _inner_hyphen(doc: Doc, i: int, sent: Span) -> bool:
    """ "High-Rise": a hyphen with no space around it between two capitalised words of a title."""
    return (
        doc[i].text in {"-", "–"}
        and i - 1 >= sent.start
        and not doc[i - 1].whitespace_
        and not doc[i].whitespace_
        and cap(doc[i - 1])
        and cap(doc[i + 1])
        and not {doc[i - 1].ent_type_, doc[i + 1].ent_type_} & {"NORP", "GPE"}  # "Irish-Canadian"
    )


def _linking_opener(tok: Token) -> bool:
    """A conjunction or linking adverb that opens a sentence ("And", "But", "Meanwhile") ties the
    sentence to the one before; it is capitalised only because it comes first."""
    return tok.pos_ == "CCONJ" or tok.lower_ in SENTENCE_LINKS


OPENING_POS = frozenset({"VERB", "ADP", "SCONJ", "ADV"})


def _past_opening_phrase(doc: Doc, start: int, end: int) -> int:
    """ "Dishing with Silver Lake host X, …", "Speaking to Silver Lake star X": a sentence's opening verb
    or preposition, capitalised only because it comes first, and the small words after it are no part of
    the title ("Breaking Waves star X", whose next word is capitalised, keeps its first word)."""
    if not (start + 1 < end and doc[start].is_sent_start and doc[start].pos_ in OPENING_POS):
        return start
    i = start + 1
    while i < end and doc[i].is_lower and doc[i].lower_ in TITLE_INNER:
        i += 1
    return i if i > start + 1 and i < end else start


EPITHET_OPENERS = frozenset({"the", "former"})


def _epithet_title(doc: Doc, span: Span, described: bool) -> bool:
    """ "The Wolf Creek star is …", "the Dumb and Dumber star", "the Shake It Down hitmaker": a
    capitalised run opened by "the" (or "the former") before a role noun that the article's
    who-is-who reads as a description of one person is a title, however the parser split it (it
    may make the title the sentence's subject, or read its words as adjectives or a clause)."""
    return (
        described
        and span.start > 0
        and doc[span.start - 1].lower_ in EPITHET_OPENERS
        and cap(span[-1])  # "the Bar in Hills with the actor": the run ends before the noun's article
        and (len(span) > 1 or span[0].pos_ in ("PROPN", "NOUN") or bool(span[0].ent_type_))
    )


def _main_person(ctx: Ctx, who: tuple[str, ...]) -> bool:
    """``who`` is one person, named more often in the article than anyone else: a bare description
    ("the Wolf Creek star") is trusted to mean only the article's subject, whom it usually means."""
    if len(who) != 1 or who[0] not in ctx.cast.people:
        return False
    mine = ctx.cast.people[who[0]].mentions
    return all(p.mentions < mine for k, p in ctx.cast.people.items() if k != who[0])


def _inner_possessive(ctx: Ctx, doc: Doc, i: int, sent: Span) -> bool:
    """ "the new Uncle's Farm film": a possessive inside a capitalised run that no person owns."""
    return (
        doc[i].text in {"'s", "’s"}
        and i - 1 >= sent.start
        and cap(doc[i - 1])
        and not doc[i - 1].is_punct
        and doc[i - 1].ent_type_ not in ("DATE", "TIME")  # "Saturday's episode": a day, not a title
        and not ctx.cast.at(doc[i - 1])
    )


def _joins_name(ctx: Ctx, doc: Doc, i: int) -> bool:
    """ "host X and Silver Tide star Y", "X is a Silver Tide star": a small word in lower case right after a
    named person ends a title read backwards (a title's own "And", as in "Snow Queen And The Hunter", is
    capitalised; other small words only after a pronoun or a name NER also tags, not "Lord of the X")."""
    if i < 1 or not ctx.cast.at(doc[i - 1]):
        return False
    if doc[i].text in {"and", "&"}:
        return True
    named = doc[i - 1].ent_type_ == "PERSON" or doc[i - 1].pos_ == "PRON"  # "She is a …"
    return doc[i].is_lower and doc[i].lower_ in TITLE_INNER and named


def _own_determiner_end(noun: Token, start: int) -> int:
    """After the role noun's own determiner, when only capitalised function words stand before it:
    "While the Paper Sky actress …" starts its title after "the" ("Lord of the Hills star" keeps its
    "the", which a name stands before)."""
    for c in noun.children:
        if (
            c.dep_ == "det"
            and start <= c.i < noun.i
            and c.text.islower()
            and not any(t.pos_ in ("PROPN", "NOUN") for t in noun.doc[start : c.i])
        ):
            return c.i + 1
    return start


def _named_adjective(tok: Token) -> bool:
    """ "his Ironclad co-star": a capitalised word the tagger read as an adjective but the NER names
    (not a nationality or place: "the British actress")."""
    return (
        tok.pos_ == "ADJ"
        and cap(tok)
        and not tok.is_sent_start
        and tok.ent_type_ in ("ORG", "WORK_OF_ART", "PRODUCT", "EVENT", "FAC")
    )


def _co_subject(ctx: Ctx, doc: Doc, role: Token, start: int, sent: Span) -> bool:
    """ "Lena Moss and Tom Vale co-star in X": a run after "<person> and" before a role word that takes
    "in"/"on" like a verb is the second subject, a person, not a title."""
    if start - 2 < sent.start or doc[start - 1].lower_ != "and" or not ctx.cast.at(doc[start - 2]):
        return False
    return any(c.dep_ == "prep" and c.lower_ in {"in", "on"} for c in role.children)


def titled_after(noun: Token, sent: Span) -> bool:
    """A work noun followed right away by a capitalised name that is no person's: the work's title."""
    if noun.lower_ not in lx.WORK_NOUNS:
        return False
    j = noun.i + 1
    while j < sent.end and sent.doc[j].text in lx.QUOTE_MARKS:
        j += 1
    if j >= sent.end:
        return False
    nxt = sent.doc[j]
    return cap(nxt) and nxt.pos_ == "PROPN" and nxt.ent_type_ != "PERSON" and not nxt.is_sent_start


def before_work_noun(ctx: Ctx, sent: Span) -> Iterator[Title]:
    """ "her new ZQ perfume", "his Blue Roads European tour": a title right before a work noun."""
    doc = sent.doc
    for tok in sent:
        if tok.pos_ != "NOUN" or tok.i - 1 <= sent.start:
            continue
        if tok.lower_ not in lx.WORK_NOUNS and tok.lower_ not in lx.WORK_CONTEXT_NOUNS:
            continue
        if tok.lower_ in lx.ABOUT_WORK_NOUNS:
            continue  # "the Gertrude Bell biopic" is named after its subject, not called so
        if titled_after(tok, sent):
            continue  # "the Dan Reed film Night Tide": the name before the noun is its maker's
        end = tok.i
        while end > sent.start and (
            (doc[end - 1].pos_ == "ADJ" and not cap(doc[end - 1])) or doc[end - 1].text in lx.CLOSING_QUOTES
        ):
            end -= 1
        start = end
        while start > sent.start and (
            (cap(doc[start - 1]) and not doc[start - 1].is_punct)
            or _inner_possessive(ctx, doc, start - 1, sent)
        ):
            start -= 1
        if start < end and not doc[start].is_sent_start:
            span = doc[start:end]
            if title_shaped(span, ctx) and span.root.pos_ == "PROPN":
                yield Title(start, end, tok)


def beforeappos_work(ctx: Ctx, sent: Span) -> Iterator[Title]:
    """ "Gigli, her movie with Y" / "In Living Color, the hit comedy series": a capitalised run that an
    apposition right after it calls a work."""
    doc = sent.doc
    for tok in sent:
        if tok.lower_ not in lx.WORK_NOUNS or not nominal(tok) or tok.lower_ in lx.ABOUT_WORK_NOUNS:
            continue
        comma = tok.left_edge.i - 1
        if (
            comma <= sent.start
            or doc[comma].text != ","
            or not any(c.dep_ in ("det", "poss") for c in tok.children)
        ):
            continue
        end = comma - 1 if doc[comma - 1].text in lx.CLOSING_QUOTES else comma
        start = end
        while start > sent.start and (cap(doc[start - 1]) or doc[start - 1].lower_ in TITLE_INNER):
            start -= 1
        while start < end and not cap(doc[start]):
            start += 1
        span = doc[start:end]
        if len(span) and doc[end - 1].pos_ == "PROPN" and not any(ctx.cast.at(t) for t in span):
            yield Title(start, end, tok)  # the apposition outweighs a place or company label
