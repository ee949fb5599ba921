"""What pronouns, "the actress" and "the couple" refer to: ``resolve_references`` walks the article once,
keeping the people mentioned so far, and hands each reference to the rules of its kind.

Modules: ``people_gender`` (gender from text cues, descriptors at the name), ``people_pronouns`` (whom
"he"/"she"/"his" means), ``people_descriptions`` (what a description says: its title, age, sex),
``people_description_refs`` (whom "the actress", "the Harbor Lights star" means), ``people_pairs``
(which couple "they" and "the couple" mean); this one puts them together."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from newsfacts import lexicon as lx
from newsfacts.doc_text import text_of
from newsfacts.people_cast import PersonRec
from newsfacts.people_description_refs import (
    apart_in_sentence,
    by_descriptor,
    coarguments,
    described_so,
    free_in_sentence,
    in_apposition,
    in_other_phrase,
    latest_subject,
    main_clause_person,
    named_in_sentence,
    salient,
)
from newsfacts.people_descriptions import (
    YOUNG_WORDS,
    bare_age,
    children_by_age,
    definite,
    description_age,
    description_gender,
    epithet,
    family_in_title,
    mistagged_role,
    named_in_title,
    of_age,
    paired_description,
    parent_of_many,
    stated_ages,
    title_start,
    too_young,
)
from newsfacts.people_gender import assign_gender as assign_gender
from newsfacts.people_gender import descriptor_for as descriptor_for
from newsfacts.people_gender import quoted_sentences
from newsfacts.people_pairs import best_pair, children_listed, coordinated_person, seen_with, spouse_of
from newsfacts.people_pronouns import conjoined_owner, enclosing_subject, excluded, pick, single_subject

PERSONAL_SUBJECTS = frozenset({"he", "she", "they", "him", "her", "them"})


def _subject_like(tok: Token) -> bool:
    """The subject, or the owner of the subject ("X's paintings have puzzled critics … he paints"): the person
    the sentence is about, whom centering continues."""
    return tok.dep_ in ("nsubj", "nsubjpass") or (
        tok.dep_ == "poss" and tok.head.dep_ in ("nsubj", "nsubjpass")
    )


def _quiet_quotes(doc: Doc, starts: dict[int, tuple[Span, str]]) -> list[int]:
    """For each sentence, how many sentences before it are quotations that name nobody and have no
    "he"/"she"/"they" (the speaker going on: "'Planes scared me …'")."""
    quoted = quoted_sentences(doc)
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
    ages = stated_ages(doc, spans)
    quiet = _quiet_quotes(doc, starts)
    quoted = quoted_sentences(doc)

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
            other = coordinated_person(doc, s, starts) or spouse_of(doc, s, refs) or seen_with(s, refs)
            if other and other[0] != key and not children_listed(doc, s):
                pairs.setdefault(tuple(sorted((key, other[0]))), []).append((sent_no, other[1]))
                pair_sent = sent_no
            i = s.end
            continue
        low = tok.lower_
        target: tuple[str, ...] = ()
        if low in lx.FEMALE_PRONOUNS or low in lx.MALE_PRONOUNS:
            want = "female" if low in lx.FEMALE_PRONOUNS else "male"
            target = (
                conjoined_owner(tok, refs, people, want)
                or enclosing_subject(tok, refs, people, want)
                or pick(
                    recent,
                    people,
                    want,
                    sent_no,
                    excluded(tok, refs) | too_young(tok, ages),
                    history=history,
                    quiet=quiet,
                )
            )
        elif low in lx.PLURAL_PRONOUNS and pairs and sent_no - pair_sent <= 3:
            target = best_pair(pairs, sent_no, recent_only=True)
            owner = single_subject(tok, refs)
            if target and owner and owner not in target:  # "X has custody of their kids": X's couple
                own = {k: v for k, v in pairs.items() if owner in k}
                target = best_pair(own, sent_no, recent_only=True) if own else ()
        elif low in lx.COUPLE_NOUNS and pairs and definite(tok):
            # "the exes" are no pair the text joined as "X and wife Y"
            cands = {k: v for k, v in pairs.items() if low != "exes" or all(w < 2 for _, w in v)}
            target = best_pair(cands, sent_no) if cands else ()
            if target:
                pairs[target].append((sent_no, 0.0))  # "the couple … their kids": still that pair
            pair_sent = sent_no
        elif (
            (low in lx.DESCRIPTOR_NOUNS or parent_of_many(tok) or bare_age(tok))
            and definite(tok)
            and (tok.pos_ == "NOUN" or mistagged_role(tok) or bare_age(tok))
        ):
            nxt = doc[i + 1] if i + 1 < len(doc) else None
            if nxt is None or nxt.pos_ != "PROPN":
                if beside := in_apposition(tok, refs):  # "X, the founder of Y, …": the name beside it
                    target = beside
                elif paired_description(tok):
                    pass  # "the Paper Sky singer and actor": two people, which one is which is unsaid
                else:
                    want = description_gender(tok, starts)
                    blocked = coarguments(tok, refs)
                    age = description_age(tok)
                    if age is not None:  # "the 38-year-old mom": nobody the article gave another age
                        blocked |= {k for k, a in ages.items() if age not in a}
                    elif low not in YOUNG_WORDS:  # "the Thor star" is not the star's son, 4
                        blocked |= children_by_age(ages)
                    here = blocked | (
                        named_in_sentence(
                            tok.sent, starts, refs, headline_end if tok.idx >= headline_end else 0
                        )
                        - in_other_phrase(tok, starts)
                        - (
                            apart_in_sentence(tok, refs, people, want, tok.sent.start in quoted)
                            | free_in_sentence(tok, refs)
                            if epithet(tok)
                            else set()
                        )
                    )
                    target = of_age(ages, people, age, want, blocked) if age is not None else ()
                    if target:
                        pass
                    elif epithet(tok):
                        clear: list[bool] = []
                        target = (
                            named_in_title(tok, starts)
                            or family_in_title(tok, people, history, sent_no, here)
                            or described_so(history, people, low, want, sent_no, here)
                        )
                        if target:
                            clear.append(True)
                        else:
                            target = salient(history, people, want, sent_no, here, quiet, known_first=True)
                            # sure only if the people named around it, left out above, are far behind too
                            # "the Harbor actor": the noun leans male, but is no evidence of sex to be sure on
                            sure_want = None if low in lx.GENDER_NEUTRAL_ROLES else want
                            wider = salient(
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
                            run = range(title_start(tok) or tok.i, tok.i)
                            for k in run:
                                if doc[k].head.i not in run:
                                    refs[k] = target
                    elif low in lx.OUTSIDER_ROLES:  # "the judge ruled": only whom the article called so
                        target = by_descriptor(recent, people, low, want, sent_no, here, history, guess=False)
                    else:
                        target = main_clause_person(tok, starts, people, want, blocked) or by_descriptor(
                            recent, people, low, want, sent_no, blocked, history
                        )
                        if not target:
                            target = latest_subject(recent, people, want, sent_no, here) or salient(
                                history, people, want, sent_no, here, quiet
                            )
        if target:
            refs[i] = target
            if len(target) == 1:
                seen(target[0], tok)
                history.append((target[0], sent_no, _mention_weight(tok, 0.5)))  # less than a name
        i += 1


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


def _mention_weight(tok: Token, subject: float) -> float:
    """Salience of a pronoun's mention: ``subject`` as a subject, half of it elsewhere ("his pants")."""
    return subject if tok.dep_ in ("nsubj", "nsubjpass") else subject / 2
