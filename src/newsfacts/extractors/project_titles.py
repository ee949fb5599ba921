"""Project titles: where a sentence names a work or venture.

Where titles come from (all general shapes of English news prose):
- quoted Title-Case spans ("“All I Want for Christmas Is You”"), WORK_OF_ART entities;
- a capitalised span after a work noun ("the film X", "her album, X", "the sequel to X");
- a capitalised span after a preposition that follows a role cue ("stars in X", "a judge on X",
  "her performance in X", "involved in X");
- a capitalised span before a role noun ("Harbor Kings star X", "the Night Shift host");
- a capitalised span after a person's possessive ("X's Blue Hour"), unless the text is a headline;
- a capitalised span an apposition calls a work ("Gigli, her movie"), a show named after a known
  person ("The Graham Norton Show", hosted by that person only), and the titles coordinated after
  a title ("roles in A, B and C", sharing its ties).
Function words may sit inside a title ("Man of the Hour"); a span that is only a date, number,
place, event or person is not a title ("in September 2022" is a date; two month names with no number
— "June July" — are a title). Where the tagger errs, ``project_cues`` holds the token-level fallbacks.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from newsfacts import lexicon as lx
from newsfacts.context import Ctx
from newsfacts.extractors.project_cues import (
    cap,
    capitalised_before,
    co_prefix,
    headline_style,
    misread_star,
    name_after_role,
    nominal,
    singular,
    skip_space,
    to_fame,
)

TITLE_INNER = frozenset(
    {
        "of",
        "the",
        "in",
        "and",
        "a",
        "an",
        "to",
        "on",
        "for",
        "&",
        "with",
        "at",
        "from",
        "is",
        "my",
        "me",
        "you",
        "by",
    }
)
WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
QUOTES = {"'": "'", "‘": "’", "“": "”", '"': '"'}
# Where a work runs, not part of its name: "The Price on Broadway", "Blue Hour on Netflix".
OUTLET_WORDS = lx.PLATFORM_WORDS | lx.TV_BROADCASTERS | {"broadway", "hollywood", "tv", "television", "radio"}
SLOT_PREPS = frozenset({"in", "on", "for", "of", "to", "as", "with"})


@dataclass(slots=True)
class Title:
    start: int  # token indices [start, end)
    end: int
    noun: Token | None  # the work noun that introduces it, if any
    host: tuple[str, ...] = ()  # the person a show is named after ("The Graham Norton Show")
    lead: Title | None = None  # the first title of a list this one continues ("in A, B and C")

    def span(self, doc: Doc) -> Span:
        return doc[self.start : self.end]


def _cap_run(sent: Span, i: int) -> int:
    """End (exclusive) of a capitalised title starting at token i; inner function words allowed."""
    doc = sent.doc
    end = j = i
    while j < sent.end:
        t = doc[j]
        if (cap(t) and not t.is_punct and (t.pos_ != "PRON" or not t.is_sent_start)) or (
            t.text in {"-", ":", "'s", "’s", "'"} and j > i
        ):
            j += 1
            end = j
            continue
        if t.lower_ in TITLE_INNER and j > i:
            k = j
            while k < sent.end and doc[k].lower_ in TITLE_INNER and k - j < 3:
                k += 1
            nxt = doc[k] if k < sent.end else None
            if nxt is None or not cap(nxt) or nxt.is_punct or nxt.ent_type_ in ("DATE", "TIME"):
                break
            if nxt.lower_ in OUTLET_WORDS:
                break  # "The Price on Broadway", "Blue Hour on Netflix": where it runs, not its name
            j = k
            continue
        break
    while end > i and doc[end - 1].text in {"-", ":", "'s", "’s", "'"}:
        end -= 1
    return end


def _title_shaped(span: Span, ctx: Ctx, described: tuple[str, ...] = ()) -> bool:
    """Not a date, number, place or person: "June July" is a title, "September 2022" is not. A word
    the who-is-who gives to the person a description after the span means (``described``), outside
    any name, is that description's head as the parser read it ("The LA Hawks forward has …")."""
    if not len(span) or any(_named(ctx, t, described) for t in span):
        return False
    if span[0].is_sent_start and len(span) == 1:
        return False
    if _number_word_title(span):
        return True
    labels = {t.ent_type_ for t in span}
    if "" not in labels and labels <= {
        "GPE",
        "LOC",
        "NORP",
        "CARDINAL",
        "MONEY",
        "PERCENT",
        "FAC",
        "ORDINAL",
    }:
        return False
    if labels == {"EVENT"} and any(t.text in {"'s", "’s"} for t in span):
        return False  # a named day ("New Year's Eve", "Mother's Day"); NER calls films events too
    if labels & {"DATE", "TIME"}:  # a capitalised "Today" inside a sentence names a show, not a day
        if len(span) == 1:
            return span[0].lower_ in lx.DEICTIC_DAYS and not span[0].text.islower()
        if span[-1].lower_ in WEEKDAYS:
            return False  # "wrote on Instagram Friday": a day after a name
        return not any(t.like_num or (t.ent_type_ == "DATE" and t.text[:1].isdigit()) for t in span)
    return span.text.lower() not in lx.NOT_PERSON_WORDS


def _named(ctx: Ctx, tok: Token, described: tuple[str, ...]) -> bool:
    who = ctx.cast.at(tok)
    return bool(who) and (who != described or tok.ent_type_ == "PERSON")


def _number_word_title(span: Span) -> bool:
    """ "Seven co-star X": a number spelt out and capitalised inside a sentence is a name, not a count."""
    return (
        len(span) == 1
        and span[0].is_alpha
        and span[0].like_num
        and cap(span[0])
        and not span[0].is_sent_start
    )


def work_noun_before(doc: Doc, i: int) -> Token | None:
    for j in range(i - 1, max(-1, i - 5), -1):
        if doc[j].lower_ in lx.WORK_NOUNS and (doc[j].pos_ == "PROPN" or nominal(doc[j])):
            return doc[j]
        if doc[j].text in {".", ";"}:
            break
    return None


# -- finding titles -------------------------------------------------------------------------------


def _quoted(sent: Span) -> Iterator[Title]:
    doc = sent.doc
    i = sent.start
    while i < sent.end:
        close = QUOTES.get(doc[i].text)
        if close is None or (i + 1 < sent.end and doc[i + 1].text in QUOTES):
            i += 1  # "“'Starboy,' by X,” he said": the title is the inner quotation
            continue
        j = i + 1
        while j < sent.end and doc[j].text != close and j - i <= 12 and "\n" not in doc[j].text:
            j += 1  # a quotation stops at a paragraph break: a stray mark before one pairs with nothing
        if j < sent.end and doc[j].text == close and j - i >= 2:
            end = j
            while end > i + 1 and doc[end - 1].is_punct:
                end -= 1
            words = [w for w in doc[i + 1 : end] if not w.is_punct]
            caps = sum(1 for w in words if cap(w))
            if (
                words
                and cap(words[0])
                and (10 * caps >= 6 * len(words) or len(words) <= 2)
                and not _shouted(words)
                and not _spoken(doc, i, j)
            ):
                yield Title(i + 1, end, work_noun_before(doc, i))
            i = j + 1
        else:
            i += 1


SPEECH_LEMMAS = frozenset(
    {"say", "write", "tweet", "post", "caption", "add", "tell", "exclaim", "joke", "gush", "reply", "respond"}
)


def _spoken(doc: Doc, open_i: int, close_i: int) -> bool:
    """ "writing, "Happy Holidays."", "and said 'Thank you, Manchester,' before": words a speech verb
    quotes are speech, not a title — the verb right before the quotation, and a comma before it or a
    stop or comma inside it (a title quoted after "wrote" without either may be a book's)."""
    k = open_i - 1
    if k >= 0 and doc[k].text == ":":  # "wrote on Twitter: "Love you all."": a colon opens the words
        if k > 0 and doc[k - 1].lower_ in lx.WORK_NOUNS:
            return False  # "wrote a memoir: "Title"": the colon opens the work's title
        return any(
            t.pos_ == "VERB" and t.lemma_.lower() in SPEECH_LEMMAS
            for t in doc[max(doc[k].sent.start, k - 6) : k]
        )
    comma_before = k >= 0 and doc[k].text == ","
    if comma_before:
        k -= 1
    if k < 0 or doc[k].pos_ != "VERB" or doc[k].lemma_.lower() not in SPEECH_LEMMAS:
        return False
    inner_stop = any(t.text in {",", ".", "!", "?"} for t in doc[open_i + 1 : close_i])
    return comma_before or inner_stop


def _speech_or_year(doc: Doc, t: Title) -> bool:
    """A title found inside a quotation that a speech verb quotes ("writing, "Happy Holidays.""), or an
    unquoted number with no work or role noun of its own ("wrote X in 2015, a novel …"; "her album
    1989" and "Seven co-star Y" are titles)."""
    i = t.start if doc[t.start].text in QUOTES else t.start - 1  # an entity may hold its quotation mark
    if i >= 0 and doc[i].text in QUOTES:
        mark = QUOTES[doc[i].text]
        close = next((j for j in range(i + 1, min(len(doc), i + 40)) if doc[j].text == mark), None)
        return close is not None and _spoken(doc, i, close)
    appositive = t.noun is None or (t.end < len(doc) and doc[t.end].text == ",")
    return appositive and all(w.like_num for w in doc[t.start : t.end] if not w.is_punct)


def _nationality(doc: Doc, t: Title) -> bool:
    """ "her new book, British comedy actress Y": a nationality word alone, unquoted, modifying the noun
    after it, is no title."""
    words = [w for w in doc[t.start : t.end] if not w.is_punct]
    if len(words) != 1 or words[0].ent_type_ != "NORP" or any(w.text in QUOTES for w in doc[t.start : t.end]):
        return False
    nxt = doc[t.end] if t.end < len(doc) else None
    return nxt is not None and nxt.pos_ in ("NOUN", "ADJ") and words[0].head.i > words[0].i


def _nickname(doc: Doc, t: Title) -> bool:
    """'Dr. Lenny "Boob God" Hochstein': a quotation between a first name and a surname is a nickname."""
    i = t.start if doc[t.start].text in QUOTES else t.start - 1
    if i < 1 or doc[i].text not in QUOTES:
        return False
    close = next(
        (j for j in range(t.end - 1, min(len(doc), t.end + 2)) if doc[j].text in lx.CLOSING_QUOTES), None
    )
    return (
        close is not None
        and close + 1 < len(doc)
        and lx.given_name_gender(doc[i - 1].text) is not None
        and doc[close + 1].pos_ == "PROPN"
        and doc[close + 1].text[:1].isupper()
    )


def _shouted(words: list[Token]) -> bool:
    """ "“NO – YOU ARE CRYING”": a quotation of four words or more, all in capitals, is a shout (a post,
    a caption), not a title."""
    return len(words) >= 4 and all(w.text.isupper() for w in words if w.is_alpha)


def _after_work_noun(ctx: Ctx, sent: Span) -> Iterator[Title]:
    doc = sent.doc
    for tok in sent:
        low = tok.lower_
        one = singular(tok)  # "the albums A and B", "roles in A and B"
        if not nominal(tok):
            continue
        if one in lx.WORK_NOUNS:
            j = skip_space(doc, tok.i + 1, sent)
            if j < sent.end and doc[j].text == ",":
                j = skip_space(doc, j + 1, sent)
            if (
                j < sent.end
                and doc[j].lower_ in {"to", "of"}
                and low in {"sequel", "prequel", "remake", "season"}
            ):
                j += 1
            opened = _example_opener(tok, j, sent)
            if opened:  # "movies like A, B, and C": the examples of a plural work noun
                yield from _examples(ctx, sent, opened, tok)
                continue
            yield from _title_at(ctx, sent, j, tok, need_shape=False)
        if low == "star" and tok.dep_ == "dobj":
            continue  # "was granted a star on the Walk of X": an honour, not a part
        if one in lx.ROLE_NOUNS or low in lx.WORK_NOUNS or low in lx.WORK_CONTEXT_NOUNS:
            placed = low in lx.WORK_NOUNS and low not in lx.ROLE_NOUNS and low not in lx.WORK_CONTEXT_NOUNS
            for (
                c
            ) in tok.children:  # "a judge on X", "her performance in X", "the set of X" (not "shows in X")
                if placed and c.lower_ == "on":
                    continue  # "her album on Tune Cloud": where a work is out, not a work
                if c.dep_ == "prep" and c.lower_ in SLOT_PREPS and c.i + 1 < sent.end:
                    yield from _title_at(
                        ctx, sent, skip_space(doc, c.i + 1, sent), work_noun_before(doc, c.i), need_shape=True
                    )


# Verbs whose capitalised object is a work ("released X", "promotes X");
# "played X", "reprised X" name a character.
DOBJ_WORK_VERBS = (frozenset(lx.ROLE_VERBS) | {"promote", "plug"}) - {"play", "portray", "voice", "reprise"}


SHOOT_VERBS = frozenset({"film", "shoot", "tape"})


LEAVE_VERBS = frozenset({"quit", "exit"})
OUT_OF_VERBS = frozenset({"back", "drop", "pull"})


def leaves(verb: Token) -> bool:
    """ "quit X", "exited X", "backed out of X": leaving a work says one was in it."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB":
        return False
    if lemma in LEAVE_VERBS:
        return True
    kids = list(verb.children)  # "pulled his daughter out of X": someone else left
    return (
        lemma in OUT_OF_VERBS
        and any(c.lower_ == "out" for c in kids)
        and not any(c.dep_ == "dobj" for c in kids)
    )


def _out_of(ctx: Ctx, sent: Span, verb: Token) -> Iterator[Title]:
    for out in verb.children:
        if out.lower_ == "out":
            for of in out.children if out.i + 1 < sent.end else ():
                if of.lower_ == "of" and of.i + 1 < sent.end:
                    yield from _title_at(ctx, sent, of.i + 1, None, need_shape=True)


def _after_link_verb(ctx: Ctx, sent: Span) -> Iterator[Title]:
    """ "stars in X", "appeared on X", "released X", "involved in X", "quit X", "backed out of X"."""
    doc = sent.doc
    for tok in sent:
        if leaves(tok) and not capitalised_before(sent, tok.i + 1):
            yield from _out_of(ctx, sent, tok)
            for c in tok.children:
                if c.dep_ == "dobj" and tok.lemma_.lower() in LEAVE_VERBS:
                    yield from _title_at(ctx, sent, c.left_edge.i, None, need_shape=True)
            continue
        linking = tok.pos_ == "VERB" and (tok.lemma_.lower() in lx.LINK_VERBS or to_fame(tok))
        if not (linking or misread_star(ctx, tok)) or capitalised_before(sent, tok.i + 1):
            continue  # "Miranda Lambert Writes Loving Post": a headline capitalises every word
        yield from _part_in(ctx, sent, tok)
        for c in tok.children:
            if (
                c.dep_ == "prep"
                and c.lower_ == "in"
                and tok.lemma_.lower() in SHOOT_VERBS
                and not to_fame(tok)
            ):
                continue  # "being filmed in Gold Coast": where a work is shot is a place
            if c.dep_ == "prep" and c.lower_ in SLOT_PREPS and c.i + 1 < sent.end:
                yield from _title_at(
                    ctx, sent, skip_space(doc, c.i + 1, sent), work_noun_before(doc, c.i), need_shape=True
                )
            elif c.dep_ == "dobj" and tok.lemma_.lower() in DOBJ_WORK_VERBS and cap(c):
                start = c.left_edge.i
                while start < c.i and not cap(doc[start]):
                    start += 1
                yield from _title_at(ctx, sent, start, None, need_shape=True)
            for slot in _slot_on_partner(c):  # "stars opposite Y in X": the parser hangs "in X" on Y
                where = skip_space(doc, slot.i + 1, sent)
                yield from _title_at(ctx, sent, where, work_noun_before(doc, slot.i), need_shape=True)


PART_PREPS = frozenset({"in", "on"})


def _slot_on_partner(prep: Token) -> list[Token]:
    """ "stars opposite Y in X", "appears alongside Y on X": the "in"/"on" the parser hung on the partner
    a partner preposition of the verb names."""
    if prep.dep_ != "prep" or prep.lower_ not in lx.PARTNER_PREPS:
        return []
    return [
        g
        for p in prep.children
        if p.dep_ == "pobj"
        for g in p.children
        if g.dep_ == "prep" and g.lower_ in PART_PREPS and g.i + 1 < prep.sent.end
    ]


def _part_in(ctx: Ctx, sent: Span, verb: Token) -> Iterator[Title]:
    """ "stars as a nurse in X", "starred as the father on X": the work a part ("as …") is played in."""
    doc = sent.doc
    for c in verb.children:
        if c.dep_ != "prep" or c.lower_ != "as":
            continue
        for part in c.children:
            for p in part.children if part.dep_ == "pobj" else ():
                if p.dep_ == "prep" and p.lower_ in PART_PREPS and p.i + 1 < sent.end:
                    start = skip_space(doc, p.i + 1, sent)
                    yield from _title_at(ctx, sent, start, work_noun_before(doc, p.i), need_shape=True)


def _before_role_noun(ctx: Ctx, sent: Span) -> Iterator[Title]:
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
        if start < end:
            span = doc[start:end]
            after = name_after_role(doc, tok.i + 1)  # "Harbor Review editor-in-chief X", "star Sir X"
            named_next = after < sent.end and bool(ctx.cast.at(doc[after]))
            if _title_shaped(span, ctx, ctx.cast.at(tok) if described else ()) and (
                _epithet_title(doc, span, described)
                or (
                    (
                        span.root.pos_ in ("PROPN", "NOUN")
                        or _number_word_title(span)
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


def _before_work_noun(ctx: Ctx, sent: Span) -> Iterator[Title]:
    """ "her new ZQ perfume", "his Blue Roads European tour": a title right before a work noun."""
    doc = sent.doc
    for tok in sent:
        if tok.pos_ != "NOUN" or tok.i - 1 <= sent.start:
            continue
        if tok.lower_ not in lx.WORK_NOUNS and tok.lower_ not in lx.WORK_CONTEXT_NOUNS:
            continue
        if tok.lower_ in lx.ABOUT_WORK_NOUNS:
            continue  # "the Gertrude Bell biopic" is named after its subject, not called so
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
            if _title_shaped(span, ctx) and span.root.pos_ == "PROPN":
                yield Title(start, end, tok)


def _beforeappos_work(ctx: Ctx, sent: Span) -> Iterator[Title]:
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


def _named_show(ctx: Ctx, sent: Span) -> Iterator[Title]:
    """ "The Graham Norton Show": a show named after a person, its host."""
    doc = sent.doc
    for tok in sent:
        if tok.text != "Show":
            continue
        words = [t.lower_ for t in doc[max(sent.start, tok.i - 4) : tok.i]]
        hosts = [  # the name may sit inside a title entity, untagged
            (k, len(n))
            for k, p in ctx.cast.people.items()
            for n in (k.split(), p.tokens)
            if n and words[-len(n) :] == n
        ]
        if hosts:
            yield Title(tok.i - hosts[0][1], tok.i + 1, tok, (hosts[0][0],))


CAST_VERBS = frozenset({"star", "feature", "co-star", "costar"})
NAMING_VERBS = frozenset({"call", "title", "name", "dub", "entitle"})


def _subject_work(ctx: Ctx, sent: Span) -> Iterator[Title]:
    """ "Iron Coast stars A and B", "Iron Coast is directed by X": a capitalised subject of a verb
    that only a work can have (a cast as object, a creator as agent) is a title."""
    doc = sent.doc
    for tok in sent:
        if tok.pos_ != "VERB" or not _work_verb(ctx, tok):
            continue
        verb = tok
        while verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            verb = verb.head  # "… is directed by X and stars Y": the subject sits on the first verb
        heads = [verb.head] if verb.dep_ == "acl" else []  # "Iron Coast, directed by X, opens …"
        for c in [*verb.children, *heads]:
            if (c.dep_ in ("nsubj", "nsubjpass") or c in heads) and c.pos_ == "PROPN":
                start = c.left_edge.i
                while start < c.i and not cap(doc[start]):
                    start += 1
                if doc[start].lower_ == "the" and start < c.i:
                    start += 1
                yield from _title_at(ctx, sent, start, None, need_shape=True)


def _work_verb(ctx: Ctx, verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    if lemma in CAST_VERBS and verb.tag_ == "VBZ":
        return any(c.dep_ == "dobj" and ctx.who(c) for c in verb.children)
    if lemma in lx.ROLE_VERBS and lx.ROLE_VERBS[lemma] in ("director", "producer", "author"):
        return any(c.dep_ == "agent" and any(ctx.who(g) for g in c.children) for c in verb.children) and (
            any(c.dep_ == "auxpass" for c in verb.children) or _credit_clause(verb)
        )
    return False


def _credit_clause(verb: Token) -> bool:
    """ "Iron Coast, directed by X, …": a past participle set off by a comma after a name."""
    head = verb.head
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and head.pos_ == "PROPN"
        and head.i < verb.i
        and verb.doc[verb.i - 1].text == ","
    )


def _after_possessive(ctx: Ctx, sent: Span) -> Iterator[Title]:
    """ "Ana Ruiz's Blue Hour", "Tom Lee's hit Paper Sky" (the latter via the noun)."""
    for tok in sent:
        if tok.tag_ != "POS" or not ctx.cast.at(tok.i - 1) or tok.i + 1 >= sent.end:
            continue
        if headline_style(ctx, sent, tok.i - 1):
            continue  # "… Sister Kim's Perfume Launch": in a headline every word is capitalised
        for title in _title_at(ctx, sent, tok.i + 1, None, need_shape=True, require_work=True):
            if sent.doc[title.end - 1].lower_ not in STAFF_NOUNS:
                yield title  # "Prince Tom's Private Secretary": a post on someone's staff, no work


# Capitalised posts on someone's staff: "X's Private Secretary", "X's Chief of Staff"
STAFF_NOUNS = frozenset(
    {"secretary", "assistant", "aide", "adviser", "advisor", "spokesman", "spokeswoman", "staff", "press"}
)


def _title_at(
    ctx: Ctx, sent: Span, start: int, noun: Token | None, need_shape: bool, require_work: bool = False
) -> Iterator[Title]:
    doc = sent.doc
    start = skip_space(doc, start, sent)  # "Jo Lee's\xa0Blue Hour": a stray space token before it
    if start + 1 < sent.end and doc[start].text == "the" and doc[start + 1].ent_type_ == "ORG":
        start += 1  # "traded to the New York Hawks": a lowercase article is not part of a team's name
    if start >= sent.end or not cap(doc[start]) or doc[start].is_punct or doc[start].text in QUOTES:
        return
    end = _cap_run(sent, start)
    if end <= start:
        return
    if (
        start > sent.start
        and doc[start - 1].lower_ == "as"
        and not (start - 2 >= sent.start and doc[start - 2].lower_ == "such")
    ):  # "as Joey in Harbor Creek": role, then title ("shows such as X" lists examples)
        inner = [t.i for t in doc[start:end] if t.lower_ in {"in", "on"}]
        if not inner or inner[-1] + 1 >= end:
            return  # "his role as Joey": a character
        start = inner[-1] + 1
        if doc[start].text == "the" and start + 1 < end:
            start += 1
    # right after a work noun ("the movie Billy Baxter", "her single, Paper Lanterns") a name that is
    # no subject of its own and is never named again is the title the tagger took for a person
    lead = ctx.cast.at(doc[start]) if not need_shape else ()
    if len(lead) != 1 or (ctx.cast.people[lead[0]].mentions > 1 and noun is not None and noun.i + 1 < start):
        lead = ()  # "the show, Hudson, 36, joined …": a person met again, after a comma
    cut = next((t.i for t in doc[start:end] if ctx.cast.at(t) and ctx.cast.at(t) != lead), end)
    if noun is not None and not need_shape and _holder_follows(noun):
        return  # "the director of the film Tom Reed": the name is the director's
    before_verb = cut < sent.end and doc[cut].pos_ in ("VERB", "AUX")
    if lead and (before_verb or doc[start:cut].root.dep_ == "nsubj"):
        return  # "the movie Tom Reed directed": a person, the subject of a clause
    while cut > start and doc[cut - 1].lower_ in TITLE_INNER:
        cut -= 1  # "her album Velvet and Tom Reed …": the title stops before the next name
    if cut <= start:
        return
    end = cut
    span = doc[start:end]
    if need_shape and not _title_shaped(span, ctx) and not appos_work(doc, end, sent):
        return
    if require_work and not (span.root.ent_type_ in ("WORK_OF_ART", "") and span.root.pos_ == "PROPN"):
        return
    yield Title(start, end, noun)


def _holder_follows(noun: Token) -> bool:
    """ "<role noun> of the <work noun> X": X holds the role, the work is named elsewhere."""
    doc = noun.doc
    return noun.i >= 3 and doc[noun.i - 2].lower_ == "of" and doc[noun.i - 3].lower_ in lx.ROLE_NOUNS


def past_quote(doc: Doc, i: int, sent: Span) -> int:
    """The index after a title's closing quotation mark, if one stands at ``i``; else ``i``."""
    return i + 1 if i < sent.end and doc[i].text in lx.CLOSING_QUOTES else i


def appos_work(doc: Doc, end: int, sent: Span) -> Token | None:
    """ "X, a soccer team" / "X, her new album": the work noun of an apposition right after a title."""
    j = past_quote(doc, end, sent)
    if j + 1 < sent.end and doc[j].text == ",":
        for k in range(j + 1, min(j + 6, sent.end)):
            if doc[k].lower_ in lx.WORK_NOUNS and doc[k].pos_ == "NOUN":
                return doc[k]
            if doc[k].text in {",", "."}:
                break
    return None


def titles(ctx: Ctx, sent: Span) -> list[Title]:
    found: list[Title] = list(_named_show(ctx, sent))
    found += _quoted(sent)
    found += [
        Title(e.start, e.end, work_noun_before(sent.doc, e.start))
        for e in sent.ents
        if e.label_ == "WORK_OF_ART"
    ]
    for t in found:  # an entity may run on into the line break after it
        while t.end > t.start + 1 and sent.doc[t.end - 1].is_space:
            t.end -= 1
    for gen in (
        _after_work_noun,
        _after_link_verb,
        _before_role_noun,
        _before_work_noun,
        _after_possessive,
        _subject_work,
        _beforeappos_work,
    ):
        found += list(gen(ctx, sent))
    found = [
        _first_of_list(sent, t)
        for t in found
        if not _speech_or_year(sent.doc, t) and not _nationality(sent.doc, t) and not _nickname(sent.doc, t)
    ]
    out: list[Title] = []
    taken: set[int] = set()
    for t in found:  # earlier sources win; a title overlapping one already found is the same title
        if any(i in taken for i in range(t.start, t.end)):
            _lend_noun(out, t)
            continue
        taken.update(range(t.start, t.end))
        out.append(t)
    for t in list(out):
        for more in _listed_after(ctx, sent, t):
            if not any(i in taken for i in range(more.start, more.end)):
                taken.update(range(more.start, more.end))
                out.append(more)
            else:  # "sang 'A' and 'B'": a title found already (quoted) continues the list all the same
                _join_list(out, t, more)
    return out


def _found(out: list[Title], t: Title, besides: Title | None = None) -> Title | None:
    """The title already found over the same tokens as ``t`` (other than ``besides``)."""
    return next((o for o in out if (o.start, o.end) == (t.start, t.end) and o is not besides), None)


def _join_list(out: list[Title], first: Title, more: Title) -> None:
    same = _found(out, more, besides=first)
    if same is not None and same.lead is None and first.lead is None:
        same.lead = first


EXAMPLE_OPENERS = frozenset({"like", "as", "including", "include", "includes", "included"})


def _first_of_list(sent: Span, title: Title) -> Title:
    """ "films such as A and B", "movies like A, B, and C": a span the parse coordinates inside is a list
    of titles, not one, where a plural work noun opens it or a comma parts its items (the items after the
    first are found by ``_listed_after``). "Pride and Prejudice" elsewhere stays one title."""
    doc = sent.doc
    if title.start > sent.start and doc[title.start - 1].text in QUOTES:
        return title  # a quotation is one title: "'I, Tonya'"
    for c in doc[title.start : title.end]:
        if c.dep_ != "conj" or not title.start <= c.head.i < c.i:
            continue
        cut = next((t.i for t in doc[c.head.i + 1 : c.i] if t.text == "," or t.dep_ == "cc"), None)
        if cut is not None and (doc[cut].text == "," or _list_opened(sent, title.start)):
            return Title(title.start, cut, title.noun, title.host, title.lead)
        break
    return title


def _example_opener(noun: Token, j: int, sent: Span) -> int:
    """Where the examples start after a plural work noun and "like", "such as" or "including" at ``j``
    ("movies like A", "shows such as A"), else 0."""
    doc = sent.doc
    if noun.tag_ != "NNS" or j >= sent.end:
        return 0
    if doc[j].lower_ in {"like", "including"}:
        return j + 1
    if doc[j].lower_ == "such" and j + 1 < sent.end and doc[j + 1].lower_ == "as":
        return j + 2
    return 0


def _example_at(ctx: Ctx, sent: Span, j: int) -> tuple[int, int, int] | None:
    """(start, end, next) of one example at token ``j``: a quotation ("'A'", its own punctuation left
    out) or a capitalised run that is no person, cut at a lower-case "and"/"or" ("like A and B": two
    examples, not one title with an "and")."""
    doc = sent.doc
    close = QUOTES.get(doc[j].text)
    if close is not None:
        k = next((k for k in range(j + 1, min(sent.end, j + 14)) if doc[k].text == close), None)
        if k is None:
            return None
        end = k
        while end > j + 1 and doc[end - 1].is_punct:
            end -= 1
        ok = end > j + 1 and cap(doc[j + 1])
        return (j + 1, end, k + 1) if ok else None
    if not cap(doc[j]) or doc[j].is_punct:
        return None
    run = _cap_run(sent, j)
    stop = next((t.i for t in doc[j + 1 : run] if t.lower_ in {"and", "or"}), run)
    if stop <= j or not (_title_shaped(doc[j:stop], ctx) or _title_shaped(doc[j:run], ctx)):
        return None  # the whole run is read for its shape too: NER may call one item a place
    return j, stop, stop


def _examples(ctx: Ctx, sent: Span, opened: int, noun: Token) -> Iterator[Title]:
    """The examples after "like"/"such as"/"including", read by tokens (the parser often breaks such a
    list: "movies like A, Out Of B, and C"): items parted by a comma, "and" or "or"; the list ends at
    anything else. The items after the first share its ties (``lead``)."""
    doc = sent.doc
    j, first = opened, None
    while j < sent.end:
        item = _example_at(ctx, sent, j)
        if item is None:
            return
        start, end, j = item
        title = Title(start, end, noun, lead=first)
        first = first or title
        yield title
        k = j
        if k < sent.end and doc[k].text == ",":
            k += 1
        if k < sent.end and doc[k].lower_ in {"and", "or"}:
            k += 1
        if k == j:
            return
        j = k


def _lend_noun(out: list[Title], later: Title) -> None:
    """The same span found again as an example of a plural work noun before it ("movies like 'A', 'B'"):
    the work noun gives the kind the first source did not see, and the list its ties."""
    same = _found(out, later)
    noun = later.noun
    if same is None or same.noun is not None or noun is None or noun.i > later.start:
        return
    if noun.tag_ == "NNS" and _example_opener(noun, noun.i + 1, noun.sent):
        same.noun = noun
        first = later.lead
        if same.lead is None and first is not None:
            same.lead = _found(out, first)


def _list_opened(sent: Span, start: int) -> bool:
    """A plural work noun before the span, right before it or through "such as", "like", "including":
    "films such as", "movies like", "her films include"."""
    doc = sent.doc
    i = start - 1
    while i >= sent.start and doc[i].text in QUOTES:
        i -= 1
    if i >= sent.start and doc[i].lower_ in EXAMPLE_OPENERS:
        i -= 2 if doc[i].lower_ == "as" and i - 1 >= sent.start and doc[i - 1].lower_ == "such" else 1
    return i >= sent.start and doc[i].tag_ == "NNS" and singular(doc[i]) in lx.WORK_NOUNS


def _listed_after(ctx: Ctx, sent: Span, first: Title) -> list[Title]:
    """ "roles in A, B and C", "the albums A and B": the titles the parse coordinates with a title
    share its ties. Each conjunct runs from its first capitalised word to its own "and" or comma."""
    doc = sent.doc
    items: list[Title] = []
    c = doc[first.start : first.end].root
    while True:
        c = next((k for k in c.children if k.dep_ == "conj" and k.i >= first.end), None)
        if c is None:
            return items
        start = c.left_edge.i
        while start < c.i and (not cap(doc[start]) or doc[start].text in QUOTES):
            start += 1
        stops = [k.i for k in c.children if k.dep_ in ("cc", "punct", "conj") and k.i > c.i]
        end = min([_cap_run(sent, start), *stops])
        end = next((t.i for t in doc[start:end] if ctx.cast.at(t)), end)
        span = doc[start:end]
        if end <= start or not _title_shaped(span, ctx):
            return items
        items.append(Title(start, end, first.noun, lead=first))
