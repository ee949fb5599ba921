"""Which spans of an article name a person: PERSON entities cleaned of titles, possessives and
punctuation; other entities and bare proper nouns when syntax marks a person (kinship slot, age, a
person noun before them, a list of names, a "who" clause); headline names held back as "maybe".

Parts: ``people_name_spans`` (a span's edges, does it look like a name), ``people_headlines``
(title-cased, link and caption lines), ``people_person_slots`` (syntax that says person),
``people_name_runs`` (a name grown over words NER left out)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from newsfacts import lexicon as lx
from newsfacts.people_headlines import (
    body_name_inside,
    caption_lines,
    headline_verb,
    plain_link_name,
    title_lines,
)
from newsfacts.people_name_runs import with_first_name, with_stage_article, with_stage_letter, with_surname
from newsfacts.people_name_spans import (
    NAME_TOKEN_RE,
    award_or_title_slot,
    clean_name,
    extend_hyphen,
    looks_like_name,
    propn_run,
    split_coordinated,
    trim,
    with_quoted_nickname,
)
from newsfacts.people_person_slots import kin_named_noun, person_slot

CANDIDATE_LABELS = ("ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT", "WORK_OF_ART", "EVENT")


def candidates(doc: Doc, headline_end: int = 0) -> tuple[list[Span], list[Span]]:
    """(sure name spans, maybe-name spans to accept only if they match a known name).

    Names only seen in a title-cased headline are "maybe": headline capitals fool NER."""
    sure: list[Span] = []
    maybe: list[Span] = []
    heads = title_lines(doc, headline_end)

    def in_head(span: Span) -> bool:
        """The headline, or a title-cased line in the body ("MORE: X Y Busts Out With Z")."""
        return span.start_char < headline_end or any(a <= span.start_char < b for a, b in heads)

    captions, caption_names = caption_lines(doc)
    maybe.extend(caption_names)
    for ent in doc.ents:
        if any(a <= ent.start < b for a, b in captions):
            continue
        whole = with_quoted_nickname(ent) if ent.label_ == "PERSON" else ent
        for part in split_coordinated(trim(whole)):
            span = extend_hyphen(trim(part))
            if not len(span) or not looks_like_name(span):
                continue
            if ent.label_ == "PERSON":
                span = with_stage_letter(with_stage_article(with_surname(with_first_name(span))))
                if in_head(span):
                    maybe.append(span)
                elif not award_or_title_slot(span) and not (
                    len(span) == 1 and span[0].pos_ not in ("PROPN", "NOUN")
                ):
                    sure.append(span)
            elif ent.label_ in CANDIDATE_LABELS:
                maybe.append(span)
    for _ in range(3):  # a promoted name can make its neighbour a name: "daughters X and Y"
        known = sure + _surname_mentions(sure, maybe)
        starts = {s.start: n for n, s in enumerate(known)}
        ends = {s.end - 1: n for n, s in enumerate(known)}
        names = frozenset(s.text.lower() for s in known)
        promoted = [
            s
            for s in maybe
            if len(s) <= 3
            and not in_head(s)
            and person_slot(doc, s, starts, ends, names)
            and not award_or_title_slot(s)
        ]
        if not promoted:
            break
        for s in promoted:
            maybe.remove(s)
            sure.append(with_stage_article(s))
    # "Brad Pitt Says …" in the headline, "Pitt" or "Brad Pitt" in the body: keep the longest head
    # of the headline name that ends on a word the body uses for a person.
    body_names, body_first = _body_names(sure)
    for s in list(maybe):
        if not in_head(s) or s[0].ent_type_ != "PERSON":
            continue
        maybe.remove(s)
        full = _headline_name(s, body_names, body_first, headline_end)
        if full is not None:
            sure.append(full)
    covered = {i for s in sure + maybe for i in range(s.start, s.end)}
    for tok in doc:
        if tok.i not in covered and kin_named_noun(tok):
            sure.append(doc[tok.i : tok.i + 1])
            continue
        if tok.i in covered or tok.pos_ != "PROPN" or not NAME_TOKEN_RE.match(tok.text):
            continue
        if tok.i > 0 and doc[tok.i - 1].pos_ == "PROPN" and (tok.i - 1) not in covered:
            continue  # only at the start of a run
        run = propn_run(doc, tok.i)
        if not len(run) or any(i in covered for i in range(run.start, run.end)) or not looks_like_name(run):
            continue
        if (
            len(run) <= 3
            and not in_head(run)
            and person_slot(doc, run, starts, ends, names)
            and not award_or_title_slot(run)
        ):
            sure.append(with_stage_article(run))
        else:
            maybe.append(run)
    body_names, _ = _body_names(sure)
    for s in list(maybe):  # "Paris Hilton Never Actually" read as an organisation in a headline
        if s.start_char < headline_end and s[0].ent_type_ != "PERSON" and len(s) >= 2:
            full = _given_and_body_name(s, body_names)
            if full is not None:
                maybe.remove(s)
                sure.append(full)
    return sure, maybe


def _given_and_body_name(s: Span, body_names: set[str]) -> Span | None:
    """A headline's given name and the one word the body calls a person by ("Paris Hilton Never
    Actually …" with "Hilton" in the body), when the body never gives that full name itself."""
    one_word = {n for n in body_names if " " not in n}
    for k in range(len(s), 1, -1):
        words = clean_name(s[:k].text).lower().split()
        if len(words) == 2 and words[1] in one_word and lx.is_first_name(words[0]):
            return None if " ".join(words) in body_names else s[:k]
    return None


def _body_names(sure: list[Span]) -> tuple[set[str], set[str]]:
    """The names the body uses for people, and those of them it uses alone as one word, not the surname
    of a full name it gives ("Torvik" of "Ana Torvik": the headline's "Torvik Leave" is no name)."""
    body_names = {clean_name(s.text).lower() for s in sure}
    surnames = {n.split()[-1] for n in body_names if " " in n}
    return body_names, {n for n in body_names if " " not in n and n not in surnames}


def _headline_name(s: Span, body_names: set[str], body_first: set[str], headline_end: int) -> Span | None:
    """The person a name in a headline or title-cased line names, judged by the body ("Brad Pitt Says …"
    with "Pitt" or "Brad Pitt" in the body): the longest head of it that ends on a word the body uses
    for a person, else a first name the body uses alone and the word after it."""
    body_words = {w for n in body_names for w in n.split()}
    exact = body_name_inside(s, body_names)
    if exact is not None:  # "Heartbroken X Y Runs …": the body's own full name inside it
        return exact
    for k in range(len(s), 1, -1):
        words = clean_name(s[:k].text).lower().split()
        if len(words) >= 2 and (
            " ".join(words) in body_names
            or (words[-1] in body_words and (words[0] in body_words or lx.is_first_name(words[0])))
        ):  # not "Inside Beyoncé's Baby Shower": a headline word before a one-word name
            return s[:k]
    # "Kanye West -- …" in the headline, only "Kanye" in the body: the headline has the full name
    words = clean_name(s[:2].text).lower().split()
    if (
        len(s) >= 2
        and len(words) == 2
        and words[0] in body_first
        and s[1].pos_ == "PROPN"
        and not headline_verb(words[1])
    ):
        return s[:2]
    if (
        s.start_char >= headline_end
        and len(words) == 2 == len(clean_name(s.text).split())
        and plain_link_name(s)
    ):
        return s  # "MORE: Ana Ruiz and Tom Reed …": a plain two-word name in a link line
    return None


def _surname_mentions(sure: list[Span], maybe: list[Span]) -> list[Span]:
    """One-word maybe-names that are the last word of a sure full name ("West" after "Kanye West"): the
    person again, so a name coordinated with them is a person's too ("at Drake and West")."""
    last = {clean_name(s.text).split()[-1].lower() for s in sure if len(clean_name(s.text).split()) > 1}
    return [s for s in maybe if len(s) == 1 and clean_name(s.text).lower() in last]
