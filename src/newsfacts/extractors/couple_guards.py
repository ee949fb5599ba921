"""Guards of couple facts: claims that are hedged, asked, conditional, denied, wished, called false, guessed
at by onlookers, or still planned or ahead ("will marry", "wedding plans", "headed for a divorce")."""

from __future__ import annotations

from spacy.tokens import Token

from newsfacts import lexicon as lx
from newsfacts.context import future


def ahead(tok: Token) -> bool:
    """ "ready to move on with", "will date": not yet; "is thought to have dated" is past; "is rumored to
    be dating", "were revealed to be dating": a report of now, not a plan."""
    return (
        future(tok)
        and not any(c.lower_ == "have" and c.dep_ == "aux" for c in tok.children)
        and not _reported_infinitive(tok)
    )


def not_yet(tok: Token) -> bool:
    """A wedding or engagement still ahead ("will marry", "set to wed") — but not one reported as done:
    "is rumored to have married Y", "is said to be married to Y", "is believed to be engaged to Y"."""
    if not future(tok):
        return False
    verb = tok.head if tok.dep_ in ("acomp", "attr") and tok.head.lemma_ == "be" else tok
    perfect = any(c.lower_ == "have" and c.dep_ == "aux" for c in verb.children)
    return not perfect and not _reported_infinitive(verb)


def _reported_infinitive(tok: Token) -> bool:
    """ "X is rumored / said / believed / revealed to be dating Y", "X seems to be dating Y": the
    infinitive of a passive reporting verb (or "seem") states what is reported, it plans nothing."""
    if tok.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return False
    head = tok.head
    passive = head.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in head.children)
    return head.lemma_.lower() in lx.REPORT_LEMMAS and (passive or head.lemma_.lower() in {"seem", "appear"})


def unasserted(tok: Token) -> bool:
    """ "practically married", "almost split": it did not happen; "asked if she was dating X",
    "if they marry", "in the event they marry": a question or a condition, no claim; "might not get
    married" is negated (``context.negated``)."""
    return _conditional(tok) or _mark_or_near_miss(tok) or _yes_no_question(tok) or _called_false(tok)


def _called_false(tok: Token) -> bool:
    """ "X was falsely linked to Y", "wrongly rumored to be dating Y", "falsely accused of dating Y": an
    adverb on the cue or on a verb up to two steps above calls the claim untrue."""
    h = tok
    for _ in range(3):
        if any(c.dep_ == "advmod" and c.lower_ in lx.FALSE_CLAIM_ADVERBS for c in h.children):
            return True
        if h.dep_ not in ("xcomp", "ccomp", "pcomp", "pobj", "prep") or h.head == h:
            return False  # not past the cue's own clause ("who was linked to Y, was wrongly accused")
        h = h.head
    return False


def _yes_no_question(tok: Token) -> bool:
    """ "Are they dating?", "Did X marry Y in secret?": an auxiliary before the subject in a sentence that
    ends in a question mark asks, it does not claim (a wh-question, "Why did X and Y split?", presumes the
    split and still counts)."""
    clause = tok.head if tok.dep_ in ("acomp", "xcomp") else tok
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or any(c.tag_ in ("WRB", "WP", "WDT") for c in clause.children):
        return False
    asks = any(c.dep_ in ("aux", "auxpass") and c.i < subj.i for c in clause.children)
    return asks and tok.sent.text.rstrip(" \n\"'”’").endswith("?")


def _conditional(tok: Token) -> bool:
    """ "in the event (that) they marry", "in case she gets engaged": the clause right after a
    conditional phrase is a condition, not a claim."""
    doc = tok.doc
    clause = tok.head if tok.dep_ in ("acomp", "xcomp", "oprd") else tok  # "she got engaged"
    j = clause.left_edge.i - 1
    if j >= 0 and doc[j].lower_ == "that":
        j -= 1
    if j < 1 or doc[j].lower_ not in lx.CONDITION_NOUNS:
        return False
    before = doc[j - 2].lower_ if j >= 2 and doc[j - 1].lower_ == "the" else doc[j - 1].lower_
    return before == "in"


def planned(tok: Token) -> bool:
    """ "they are getting married in August", "she is marrying him this weekend", "she's gonna wed him":
    a progressive or "gonna" wedding is one still planned."""
    if any(c.dep_ == "aux" and c.lemma_ == "to" and c.lower_ != "to" for c in tok.children):  # "gon na wed"
        return True
    verbs = [tok]
    if tok.dep_ == "acomp" and tok.head.lemma_ == "get":  # "are getting married"
        verbs.append(tok.head)
    verbs += [c for c in tok.children if c.dep_ == "auxpass" and c.lemma_ == "get"]  # "are getting married"
    return any(
        v.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in (*v.children, *tok.children))
        for v in verbs
    )


def speculated(tok: Token) -> bool:
    """ "fans are convinced they got married", "speculation that they wed", "fans wonder whether they
    got engaged": a wedding or engagement guessed at by onlookers, the clause of a guessing word."""
    return tok.dep_ in ("ccomp", "acl") and tok.head.lemma_.lower() in lx.SPECULATION_LEMMAS


def _mark_or_near_miss(tok: Token) -> bool:
    return any(
        (c.dep_ == "advmod" and c.lower_ in lx.NEAR_MISS)
        or (c.dep_ == "mark" and c.lower_ in lx.QUESTION_MARKS)
        for c in tok.children
    ) or any(
        c.dep_ == "mark" and c.lower_ in lx.QUESTION_MARKS
        for c in tok.head.children
        if tok.dep_ in ("acomp", "attr")
    )


def distributive_owner(noun: Token) -> bool:
    """ "each artist's divorce", "every star's marriage": the possessor is each of several people, each
    with a partner of their own — not a couple with each other."""
    return any(
        c.dep_ == "poss" and any(d.lower_ in lx.DISTRIBUTIVE_DETERMINERS for d in c.children)
        for c in noun.children
    )


def filing_ahead(verb: Token) -> bool:
    """ "ready to file", "set to file", "plans to file": a filing still ahead (not "decided to file")."""
    return (
        verb.dep_ == "xcomp"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        and verb.head.lemma_.lower() in lx.FILING_AHEAD_HEADS
    )


WISH_LEMMAS = frozenset({"want", "demand", "consider", "mull", "weigh", "need", "crave"})


def prospect(noun: Token) -> bool:
    """ "headed for a divorce", "on the brink of divorce", "she wants a divorce": where a couple may be
    going, not a divorce."""
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in WISH_LEMMAS:
        return True
    prep = noun.head
    if noun.dep_ != "pobj" or prep.head == prep:
        return False
    goal = prep.lower_ in {"for", "toward", "towards", "to"}
    goal = goal and prep.head.lemma_.lower() in lx.PROSPECT_LEMMAS
    return goal or (prep.lower_ in {"of", "to"} and prep.head.lower_ in lx.PROSPECT_NOUNS)


def wedding_ahead(noun: Token) -> bool:
    """ "will move after their wedding", "should they move following their wedding?": a wedding in a
    time phrase of a verb that speaks of the future (or a modal), or one being planned, has not taken
    place."""
    prep = noun.head
    if noun.lower_ not in {"wedding", "nuptials"}:
        return False
    if _planned_for(noun):
        return True  # "her wedding plans", "plans for her nuptials to Y": a wedding being planned
    if noun.dep_ != "pobj" or prep.lower_ not in {"after", "following", "before"}:
        return False
    verb = prep.head
    modal = any(c.dep_ == "aux" and c.lower_ in lx.WEDDING_AHEAD_MODALS for c in verb.children)
    return modal or future(verb)


PLAN_LEMMAS = frozenset({"plan", "planning", "preparation", "prep"})


def wedding_planned(noun: Token) -> bool:
    """ "their upcoming wedding", "her wedding plans for her nuptials to Y", "planning their wedding": a
    wedding being prepared, so the two are engaged (not a rumoured, possible or cancelled one)."""
    if noun.lower_ not in {"wedding", "nuptials"}:
        return False
    mods = {c.lower_ for c in noun.children if c.dep_ in ("amod", "compound", "advmod")}
    if mods & lx.DOUBTED_WEDDING_MODIFIERS or any(
        t.lower_ in lx.HEDGE_WORDS for t in noun.lefts for t in t.subtree
    ):
        return False  # "their allegedly upcoming nuptials": an engagement inferred from a guess is too weak
    return bool(mods & lx.PLANNED_WEDDING_MODIFIERS) or _planned_for(noun)


def _planned_for(noun: Token) -> bool:
    """The wedding is what plans are for: "wedding plans", "plans for (her) nuptials", "planning the
    wedding" (within three steps up the parse, which may hang "nuptials to Y" on a misread name)."""
    return any(a.lemma_.lower() in PLAN_LEMMAS for a in list(noun.ancestors)[:3])


def denied_or_wished(tok: Token) -> bool:
    """ "rumoured relationship", "a fake romance", "hopes for a marriage", "postponed their wedding"."""
    return any(
        c.lower_
        in {
            "fake",
            "rumored",
            "rumoured",
            "alleged",
            "possible",
            "potential",
            "future",
            "upcoming",
            "planned",
        }
        for c in tok.children
    ) or (tok.lower_ == "wedding" and tok.dep_ in ("dobj", "nsubjpass") and _unheld(tok.head))


def _unheld(verb: Token) -> bool:
    """ "postpone", "cancel", "plan", "call off" (not "call it a dream") a wedding: it has not taken place."""
    lemma = verb.lemma_.lower()
    return lemma in lx.UNHELD_LEMMAS and (lemma != "call" or any(c.lower_ == "off" for c in verb.children))


def wished(verb: Token) -> bool:
    """ "should get back together", "will fall in love", "wants to get back together": not (yet) so."""
    if future(verb):
        return True
    return any(c.dep_ == "aux" and c.lower_ in lx.WISH_MODALS for c in verb.children)
