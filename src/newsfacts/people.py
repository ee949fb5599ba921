"""Who is who inside one article: names, aliases, nicknames, possessives, pronouns, "the couple".

Input is a parsed spaCy ``Doc``; output is a ``Cast``: the article's people (fullest name, aliases,
gender from text cues, descriptors) and, for every token that refers to people, the people it refers
to. Extractors read facts off the syntax and ask the cast who a token means.

Rules, all general:
- a PERSON entity is a name unless it is an award ("Oscar-winning"), a single letter, or sits in a
  work-title slot ("the sequel to X", "the film X");
- an ORG/GPE/NORP entity or bare proper noun is a name when it equals a known person's name or alias,
  or when it fills a kinship slot ("daughter X", "12-year-old son X");
- a single name joins the one person whose first or last name it is (or whose first name it
  abbreviates: a nickname); among several, the most recently named one;
- pronouns and definite descriptions ("the actress", "the couple") refer to the most recent
  compatible person (gender) or pair (coordination "X and Y").

Modules: ``people_cast`` (the records), ``people_mentions`` (which spans name someone, with
``people_name_spans``, ``people_headlines``, ``people_person_slots``, ``people_name_runs``),
``people_filters`` (names that are no real person), ``people_aliases`` (one record per person),
``people_coref`` (pronouns and descriptions, with ``people_gender``, ``people_pronouns``,
``people_descriptions``, ``people_description_refs``, ``people_pairs``), ``people_slots`` (names the tagger
missed, found by their slot); this one puts them together.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from newsfacts import lexicon as lx
from newsfacts.doc_text import text_of
from newsfacts.people_aliases import _Clusterer as _Clusterer
from newsfacts.people_aliases import (
    match_in_order,
    merge_bracketed_names,
    merge_former_names,
    merge_title_nicknames,
    merge_variant_spellings,
    shared_surname,
)
from newsfacts.people_cast import Cast as Cast
from newsfacts.people_cast import PersonRec as PersonRec
from newsfacts.people_cast import name_words
from newsfacts.people_coref import assign_gender, descriptor_for, resolve_references
from newsfacts.people_filters import real_people
from newsfacts.people_headlines import title_cased
from newsfacts.people_mentions import candidates
from newsfacts.people_name_runs import first_name_run, surname_run, titled_form
from newsfacts.people_name_spans import clean_name

# Words that end the name of a place, an organisation, an event or an outlet, not a person's
NOT_NAME_HEADS = (
    lx.ORG_HEAD_NOUNS
    | lx.INSTITUTION_HEADS
    | lx.PLACE_HEADS
    | lx.VENUE_NOUNS
    | lx.BRAND_HEADS
    | lx.MAGAZINE_HEADS
    | lx.CHARITY_HEADS
    | {"palace", "castle", "features", "pictures", "house", "hall", "gardens", "park", "cosmetics"}
    | {"show", "live", "today", "tonight", "fair"}
)
NAMED_THING_NOUNS = lx.GROUP_NOUNS | lx.BAND_NOUNS | lx.VENUE_NOUNS | frozenset(lx.WORK_NOUNS)


def _acting_given_name(s: Span, words: list[str]) -> bool:
    """A two-word name NER called an organisation or a place, opened by a given name (not a month's), not
    closed by a word that heads the names of places, firms, outlets or shows, and the subject of a verb
    ("Keanu Reeves isn't thrilled", "Tom Vale said"): a person's."""
    root = s.root
    return (
        len(words) == 2
        and lx.given_name_gender(words[0]) is not None
        and words[0].lower() not in lx.MONTHS
        and all(w[:1].isupper() for w in words)
        and not {w.lower() for w in words[1:]} & NOT_NAME_HEADS
        and root.dep_ in ("nsubj", "nsubjpass")
        and root.head.pos_ in ("VERB", "AUX")
        and not (s.start > 0 and s.doc[s.start - 1].lower_ in NAMED_THING_NOUNS)  # "the band Tom Vale"
    )


def resolve_people(doc: Doc, headline_end: int = 0) -> Cast:
    """Build the article's cast and the token → people map (``headline_end``: chars of a headline;
    a title-cased first line is a headline too)."""
    first_line = doc.char_span(0, max(text_of(doc).find("\n"), 0), alignment_mode="contract")
    if first_line is not None and len(first_line) and title_cased(first_line):
        headline_end = max(headline_end, first_line.end_char)
    sure, maybe = candidates(doc, headline_end)
    cl = _Clusterer()
    spans: list[tuple[Span, str]] = []
    multi = sorted((s for s in sure if len(clean_name(s.text).split()) > 1), key=lambda s: s.start)
    for s in multi:
        key = cl.add_full(clean_name(s.text), s.start)
        spans.append((s, key))
    singles = sorted([s for s in sure if len(clean_name(s.text).split()) == 1] + maybe, key=lambda s: s.start)
    sure_ids = {id(s) for s in sure}
    one_word = {clean_name(s.text).lower() for s in sure if len(clean_name(s.text).split()) == 1}
    extended: set[str] = set()  # full names known only from a one-word name's run: need person evidence
    for s in maybe:
        if s.start_char >= headline_end and surname_run(s, one_word):
            extended.add(cl.add_full(clean_name(s.text), s.start))  # "Megyn/ORG Kelly" beside "Kelly"
    for s in singles:
        name = clean_name(s.text)
        words = name.split()
        if len(words) > 1:
            low = name_words(name)
            # the whole name of someone known, else the tail of exactly one known name
            # ("Kardashian West" tagged as a place, after "Kim Kardashian West")
            exact = [p.key for p in cl.people.values() if p.tokens == low]
            tails = [
                p.key for p in cl.people.values() if len(p.tokens) > len(low) and p.tokens[-len(low) :] == low
            ]
            key = exact[-1] if exact else (tails[0] if len(tails) == 1 else None)
            head = first_name_run(s, one_word) if key is None and s.start_char >= headline_end else None
            if head is not None and cl.match_single(head[0].text, s.start) is None:
                s, name = head, clean_name(head.text)
                key = cl.add_full(name, s.start)
                extended.add(key)
            if key is None and s.start_char >= headline_end and _acting_given_name(s, words):
                key = cl.add_full(name, s.start)  # "Keanu Reeves (ORG) isn't thrilled": a person acts
            if key is None:
                continue  # a multi-word maybe-name that is nobody known (a company, a place)
        else:
            key = match_in_order(cl, spans, name, s.start)
            sibling = shared_surname(doc, s, multi) if key is None and id(s) in sure_ids else None
            if sibling:  # "Kendall and Kylie Jenner": Kendall Jenner
                name = f"{name} {sibling}"
                key = cl.add_full(name, s.start)
                spans.append((s, key))
                continue
            if key is None:
                if id(s) not in sure_ids:
                    continue
                key = cl.add_full(name, s.start)
        spans.append((s, key))
        if name != cl.people[key].name:
            cl.people[key].aliases.add(name)
        titled = titled_form(doc, s, name)
        if titled:
            cl.people[key].aliases.add(titled)
        if len(words) == 1 and not (
            s.start > 0 and doc[s.start - 1].lower_.rstrip(".") in lx.HONORIFIC_WORDS
        ):
            cl.bare.setdefault(key, set()).add(" ".join(name_words(name)))
    spans.sort(key=lambda x: x[0].start)
    merge_title_nicknames(cl, spans)
    merge_former_names(doc, cl, spans)
    merge_variant_spellings(cl, spans)
    merge_bracketed_names(doc, cl, spans)
    spans = real_people(doc, spans, cl.people, extended)
    for s, key in spans:
        p = cl.people[key]
        p.mentions += 1
        p.descriptors.extend(d for d in descriptor_for(doc, s) if d not in p.descriptors)
    refs: dict[int, tuple[str, ...]] = {}
    for s, key in spans:
        for i in range(s.start, s.end):
            refs[i] = (key,)
    assign_gender(doc, cl.people, spans)
    sure: set[int] = set()
    resolve_references(doc, cl.people, spans, refs, headline_end, sure)
    people = {k: p for k, p in cl.people.items() if p.mentions > 0}
    name_spans = [(s.start, s.end, key) for s, key in spans]
    return Cast(people=people, refs=refs, name_spans=name_spans, sure=sure)
