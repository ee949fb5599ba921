"""Projects: a named person tied by the text to a named work or venture, with a role. Titles come
from ``project_titles``.

How a person is tied to a title: "X-directed", "directed by X", a role noun next to a name
("… star X"), a possessive ("her album X"), the subject of a linking verb above the title ("X stars
in …", "X released …"), a relative clause on the title ("X, where Y served as choreographer"), or an
apposition ("“X,” her second performance"); "with Y" on a verb of making or on the work noun ties Y too,
and "I"/"my" in a quotation is its speaker. A title under any other verb ("spoke to The Times") ties
nobody; "her favourite song X" is a liking. The role comes from the verb or role noun, else from the
person's occupation (for creative works only); the kind from the nearest work noun, an apposition, or
the role.
Also: "X, the <role> of Y" gives the role to X; a bracket holding only a title right after a name
("Y (“Iron Coast”)") is Y's credit; a verb on a possessed noun is the possessor's ("her time spent as a
contestant on X"); "his"/"her" resolved to someone of unknown gender goes to the clause's subject of that
gender. No fact for a title in a title-cased line (a headline), for a band (the data conventions), or
for a talk show's guest.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from newsfacts import lexicon as lx
from newsfacts.context import Ctx, clause_verb, confidence, negated
from newsfacts.extractors.project_anaphora import TALK, anaphor_kinds, anaphors, meant, unsure
from newsfacts.extractors.project_awards import award_winners
from newsfacts.extractors.project_cues import (
    FIRST_PERSON,
    bound_owner,
    misread_star,
    name_after_role,
    named_band,
    nominal,
    owner_before,
    partners,
    preferred,
    said_by_me,
    singular,
    speaker,
    title_cased_line,
    to_fame,
)
from newsfacts.extractors.project_guards import not_a_work
from newsfacts.extractors.project_kinds import title_kinds
from newsfacts.extractors.project_title_shape import QUOTES, WEEKDAYS, Title, appos_work, past_quote
from newsfacts.extractors.project_title_slots import CAST_VERBS, NAMING_VERBS, leaves
from newsfacts.extractors.project_titles import titles
from newsfacts.people_cast import name_words
from newsfacts.schema import Project
from newsfacts.temporal import TimexMatch

UP_DEPS = frozenset(
    {
        "pobj",
        "prep",
        "dobj",
        "appos",
        "conj",
        "compound",
        "attr",
        "npadvmod",
        "nsubjpass",
        "oprd",
        "nmod",
        "pcomp",
    }
)
ROLE_KIND = {
    "singer": "music",
    "host": "tv",
    "player": "sports_team",
    "coach": "sports_team",
    "author": "book",
    "executive": "brand",
    "judge": "tv",
}
CREATIVE = frozenset({"film", "tv", "music", "book", "stage", None})


def _cast_of(ctx: Ctx, title_root: Token) -> list[str]:
    """People a work "stars" or "features": "Iron Coast stars A and B", "Iron Coast, starring A",
    "the thriller Iron Coast stars A" (the work noun the title names is the subject)."""
    if (
        title_root.dep_ in ("appos", "compound")
        and title_root.head.pos_ == "NOUN"
        and title_root.head.lower_ in lx.WORK_NOUNS
    ):
        title_root = title_root.head
    verbs = []
    if title_root.dep_ in ("nsubj", "nsubjpass"):
        verbs.append(title_root.head)
        verbs.extend(c for c in title_root.head.children if c.dep_ == "conj" and c.pos_ == "VERB")
    verbs.extend(c for c in title_root.children if c.dep_ == "acl" and c.lower_ in {"starring", "featuring"})
    verbs.extend(_cast_apposition(title_root))
    out: list[str] = []
    for v in verbs:
        if v.lemma_.lower() not in CAST_VERBS or negated(v):
            continue
        if v != title_root.head and any(c.dep_ == "nsubj" for c in v.children):
            continue  # a conjoined verb with its own subject is about someone else
        for c in v.children:
            if c.dep_ == "dobj":
                out.extend(k for k in ctx.who(c) if k not in out)
    return out


def _cast_apposition(title_root: Token) -> list[Token]:
    """ "Iron Coast, a thriller starring A and B": the cast verb on a work noun in apposition to the title
    (not a song's "featuring", whose guest sings)."""
    return [
        v
        for n in title_root.children
        if n.dep_ == "appos" and singular(n) in lx.WORK_NOUNS and lx.WORK_NOUNS[singular(n)] != "music"
        for v in n.children
        if v.dep_ == "acl" and v.lower_ in {"starring", "featuring"}
    ]


# -- who, in which role ---------------------------------------------------------------------------


# "a film by X" is X's as its director, "a novel by X" as its author, "an album by X" as its singer
BY_ROLE = {"film": "director", "book": "author", "music": "singer"}


def _work_noun_by(ctx: Ctx, noun: Token | None) -> list[str]:
    """ "Paper Suns, the new album by/from X", "the album Paper Suns by X": people in a "by"/"from"
    phrase on the title's work noun."""
    if noun is None or singular(noun) not in lx.WORK_NOUNS:
        return []
    preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("by", "from")]
    return [k for c in preps for p in c.children if p.dep_ == "pobj" for k in ctx.who(p)]


def _links(ctx: Ctx, title: Title, sent: Span) -> list[tuple[str, str | None, str]]:
    """(person, stated role or None, how) for everyone the sentence ties to the title."""
    if title.host:  # its guests appear on it, they hold no part in it
        return [(k, "host", "named show") for k in title.host]
    doc = sent.doc
    credit = _bracket_credit(ctx, doc, title)
    if credit:  # "co-star Y (“Iron Coast”)": Y's credit, whoever the sentence is about
        return [(k, None, "bracket credit") for k in credit]
    out: list[tuple[str, str | None, str]] = []
    head_tok = doc[title.end - 1]
    for t in doc[max(sent.start, title.start - 6) : title.start]:  # "the X-directed film Y"
        if (
            t.lower_ in {"directed", "produced", "written", "helmed"}
            and t.i >= 2
            and doc[t.i - 1].text in {"-", "–"}
        ):
            for k in ctx.cast.at(doc[t.i - 2])[:1]:
                out.append((k, lx.ROLE_VERBS.get(t.lemma_.lower(), "director"), "X-directed"))
    for t in doc[title.end : min(sent.end, title.end + 6)]:  # "Y, directed by X"
        if t.lower_ == "by" and t.head.pos_ == "VERB" and t.head.lemma_.lower() in lx.ROLE_VERBS:
            for p in t.children:
                out.extend((k, lx.ROLE_VERBS[t.head.lemma_.lower()], "by X") for k in ctx.who(p))
    after = title.end
    while after < min(sent.end, title.end + 2) and (
        doc[after].text == "," or doc[after].text in lx.CLOSING_QUOTES
    ):
        after += 1  # "'Starboy,' by X" / "“Starboy”, by X"
    if after + 1 < sent.end and doc[after].lower_ == "by":
        by = doc[after + 2] if doc[after + 1].lower_ == "the" and after + 2 < sent.end else doc[after + 1]
        out.extend((k, None, "by X") for k in ctx.cast.at(by)[:1])  # "'Starboy,' by The Weeknd"
    maker = BY_ROLE.get(lx.WORK_NOUNS.get(singular(title.noun), "")) if title.noun is not None else None
    out.extend((k, maker, "work by X") for k in _work_noun_by(ctx, title.noun))
    root = doc[title.start : title.end].root
    out.extend((k, "actor", "cast") for k in _cast_of(ctx, root))
    out.extend((k, role, "award for") for k, role in award_winners(ctx, root))
    if root.dep_ == "nsubjpass" and root.head.lemma_.lower() in lx.ROLE_VERBS and not negated(root.head):
        for c in root.head.children:  # "Iron Coast, which opens in May, is directed by X"
            if c.dep_ == "agent":
                role = lx.ROLE_VERBS[root.head.lemma_.lower()]
                out.extend(
                    (k, role, "by X") for g in c.children for k in ctx.who(g) if (k, role, "by X") not in out
                )
            elif c.dep_ == "prep":  # "… is directed by X, from a screenplay by Y"
                out.extend((k, "writer", "credit") for k in _credited(ctx, c))
    noun = title.noun
    if noun is None or noun.i < title.start:
        j = past_quote(doc, title.end, sent)
        if j < sent.end and (
            (doc[j].lower_ in lx.ROLE_NOUNS and nominal(doc[j]))
            or (_cast_plural(doc[j]) and _names_listed(ctx, doc[j]))
        ):
            noun = doc[j]  # "the 'Paper Sky' singer"
            title = Title(title.start, j, noun)
    if noun is not None and _cast_plural(noun) and 0 <= noun.i - title.end <= 2:
        return out + [(k, "actor", "cast list") for k in _names_listed(ctx, noun)]
    if (
        noun is not None and noun.lower_ in lx.ROLE_NOUNS and 0 <= noun.i - title.end <= 2
    ):  # "Harbor Kings star X"
        role = lx.ROLE_NOUNS[noun.lower_]
        after = name_after_role(doc, noun.i + 1)  # "editor-in-chief X", "star Sir X": where the name starts
        named = [k for c in noun.doc[after : after + 1] for k in ctx.cast.at(c)]
        named = (
            named
            or [k for k in ctx.cast.at(noun)]
            or [k for c in noun.children if c.dep_ == "appos" for k in ctx.who(c)]
            or _described_conjunct(ctx, noun)
        )
        if not named and noun.lower_ not in {"co-star", "costar"}:  # "her Blue Hour role": the possessor
            named = [k for c in noun.children if c.dep_ == "poss" for k in ctx.who(c)]
        if not named and noun.head.pos_ == "PROPN":
            named = list(ctx.cast.at(noun.head))
        if (
            not named
            and noun.dep_ == "attr"
            and noun.head.lemma_.lower() in COPULAS
            and not negated(noun.head)
        ):
            named = ctx.subjects(noun.head)  # "X became an Idol judge", "X is a Harbor Lights star"
        out.extend((k, role, "title + role noun") for k in named[:1])
        if noun.lower_ in {"co-star", "costar"}:
            out.extend((k, "actor", "co-star") for k in _co_star_of(ctx, noun) if k not in named)
        return out
    # walk up from the title (or its work noun) to a possessor or a linking verb
    t: Token = doc[title.start : title.end].root
    title_root = t
    if noun is not None and noun.i < title.start and any(c.dep_ == "poss" for c in noun.children):
        t = noun  # "her album, X": the possessive sits on the work noun
    elif noun is not None and noun.i >= title.end and t.head == noun:
        t = noun  # "the Dad's Navy film": a title read as the noun's possessor hangs on the noun
    role_noun: Token | None = None
    context_noun = _context_after(doc, title, sent)
    for _ in range(7):
        if role_noun is not None and t.pos_ == "PROPN" and ctx.cast.at(t):
            out.extend((k, _stated(role_noun, None), "apposition") for k in ctx.who(t))
            break  # "X, the creative director of Y": the name the role noun describes holds it
        if misread_star(ctx, t):  # "X stars as a nurse in Y", "stars" read as a noun
            out.extend((k, _stated(role_noun, None) or "actor", "subject") for k in ctx.cast.at(doc[t.i - 1]))
            break
        if t.pos_ == "NOUN" and singular(t) in lx.ROLE_NOUNS:  # "one of the stars of X"
            role_noun = role_noun or t
        if _time_marker(t):
            break  # "five days before the release of X": a date, told by a work's event
        context_noun = (
            context_noun or (t.pos_ == "NOUN" and t.lower_ in lx.WORK_CONTEXT_NOUNS) or _thanks_to(t)
        )
        poss = [
            _family_owner(c)
            for c in t.children
            if c.dep_ == "poss"
            and (ctx.who(_family_owner(c)) or _family_owner(c).pos_ == "PRON" or _whose(ctx, c))
        ]
        if poss and (
            preferred(t) or _venue_of(t, title_root) or t.lemma_.lower() in RIVAL_NOUNS | REPORT_NOUNS
        ):
            break  # "her favourite song X" is someone else's song; "his party at X" is a place
        if poss:  # "her album X" — the verb above, if any, says the role ("released her album X")
            verb = next((a for a in t.ancestors if a.pos_ == "VERB"), None)
            inside = title.start <= poss[0].i < title.end  # the "My" of "My Girl" is nobody
            mine = poss[0].lower_ in FIRST_PERSON and not inside
            owner = bound_owner(ctx, poss[0]) or (speaker(ctx, sent) if mine else [])
            owner = owner or _their_owners(ctx, poss[0]) or _whose(ctx, poss[0])
            out.extend((k, _stated(role_noun, verb), "possessor") for k in owner)
            if t.lower_ in lx.WORK_NOUNS:  # "her movie with Y" (not "X's Talk With Y", a title's own words)
                out.extend((k, _stated(role_noun, verb), "partner") for k in partners(ctx, t))
            break
        if t.lower_ == "including" and t.dep_ == "prep":
            t = t.head  # "films including X": the examples hang on the noun they illustrate
            continue
        listing = _listing_subject(t)
        if listing is not None:
            t = listing  # "her films include X": the works are the subject's
            continue
        if title.start <= t.i < title.end and t.pos_ in ("VERB", "AUX") and t.head != t:
            t = t.head  # a title read as a clause ("Grease Is The Word"): its verb hangs on the real one
            continue
        if t.pos_ == "VERB" and t.dep_ == "acl" and t.lemma_.lower() in NAMING_VERBS:
            t = t.head  # "a book called X": the title names the noun the verb hangs on
            if noun is None and t.lower_ in lx.WORK_NOUNS:
                noun = t
            continue
        if t.pos_ in ("VERB", "AUX") and t.dep_ != "amod":
            if _denied(t):
                return []
            if (
                t.lemma_.lower() in lx.LINK_VERBS
                or to_fame(t)
                or _holds_role(role_noun, t)
                or context_noun
                or leaves(t)
                or _known_for(t, doc[title.start])
            ):
                doers = (
                    ctx.subjects(t)
                    or _possessor_above(ctx, t)
                    or (speaker(ctx, sent) if said_by_me(t) else [])
                )
                panel, named = _panel(ctx, t)
                if role_noun is not None and role_noun == panel:
                    role_noun = None  # "X joins judges A and B on Y": the judges are A and B, not X
                stated = _for_role(t, title.start) or _stated(role_noun, t)
                out.extend((k, stated, "subject") for k in doers)
                if t.lemma_.lower() in lx.PARTNER_VERBS:
                    out.extend((k, _stated(role_noun, t), "partner") for k in partners(ctx, t))
                if panel is not None:
                    out.extend((k, lx.ROLE_NOUNS[singular(panel)], "panel") for k in named if k not in doers)
            break
        if t.dep_ == "nummod" and t == title_root and title.start > 0 and doc[title.start - 1].text in QUOTES:
            t = t.head  # "her '1989' album": a quoted number names the work noun it modifies
            continue
        if (t.dep_ not in UP_DEPS and not _thanks_to(t)) or t.head == t or _met_with(t):
            break
        t = t.head
    for c in head_tok.children:  # "X, where Y served as choreographer"
        if c.dep_ == "relcl":
            rn = next((g for g in c.subtree if lx.ROLE_NOUNS.get(g.lower_)), None)
            if rn is not None or c.lemma_.lower() in lx.LINK_VERBS:
                out.extend((k, _stated(rn, c), "relative clause") for k in ctx.subjects(c))
    if not out and noun is not None and noun.i < title.start:
        out.extend((k, _stated(role_noun, None), "possessor") for k in _owner_by_order(ctx, noun))
    nxt = past_quote(doc, title.end, sent)
    if nxt + 1 < sent.end and doc[nxt].text == ",":  # "“X,” her second performance"
        first = past_quote(doc, nxt + 1, sent)  # "“X,” Jay-Z's first album": the quote closes after the comma
        for c in doc[first : min(sent.end, first + 5)]:
            if c.text == "," or c.pos_ in ("VERB", "AUX"):
                break  # "“X,” she said, …": the apposition has ended
            if (
                c.dep_ == "poss"
                and c.head.lower_ in {*lx.ROLE_NOUNS, *lx.WORK_NOUNS}
                and not preferred(c.head)
            ):
                out.extend((k, _stated(c.head, None), "apposition") for k in ctx.who(c))
                out.extend((k, _stated(c.head, None), "partner") for k in partners(ctx, c.head))
                break
    return out


PANEL_ROLES = frozenset({"judge", "host", "co-host", "cohost", "coach", "presenter"})


def _cast_plural(tok: Token) -> bool:
    """ "castmates", "co-stars", "stars": a plural noun of a work's cast (the tagger may read it as a verb
    when names follow: "'Girls' castmates A, B and C")."""
    return tok.lower_ in lx.CAST_PLURAL_NOUNS


def _names_listed(ctx: Ctx, noun: Token) -> list[str]:
    """Everyone named right after a plural cast noun ("'Girls' castmates A, B and C"), the list's
    conjuncts included; nobody when no name follows."""
    first = noun.doc[name_after_role(noun.doc, noun.i + 1)] if noun.i + 1 < len(noun.doc) else None
    if first is None or not ctx.cast.at(first):
        return []
    while first.dep_ == "compound" and first.head.i > first.i:
        first = first.head  # "Lena Moss": the conjuncts hang on the name's last word
    return ctx.who(first)


def _panel(ctx: Ctx, verb: Token) -> tuple[Token | None, list[str]]:
    """ "X joins judges A, B and C on Y": a plural panel role noun as the verb's object, with the names
    it is given (an apposition, or names it modifies as a compound), and those names; each holds the
    role in the work the verb ties to its subject."""
    for c in verb.children:
        if c.dep_ != "dobj":
            continue
        if c.tag_ == "NNS" and singular(c) in PANEL_ROLES:
            named = [k for a in c.children if a.dep_ == "appos" for k in ctx.who(a)]
            return (c, named) if named else (None, [])
        noun = next(
            (
                g
                for g in c.children
                if g.dep_ == "compound" and g.tag_ == "NNS" and singular(g) in PANEL_ROLES
            ),
            None,
        )
        if noun is not None and c.pos_ == "PROPN":
            return noun, ctx.who(c)
    return None, []


def _listing_subject(verb: Token) -> Token | None:
    """ "Her films include X, Y and Z": the plural work noun whose members "include" lists."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "include":
        return None
    return next(
        (c for c in verb.children if c.dep_ == "nsubj" and c.tag_ == "NNS" and singular(c) in lx.WORK_NOUNS),
        None,
    )


# "plays for X", "writes for X": the verb with "for" names a team or a publication, not a part or a book
FOR_ROLES = {"play": "player", "write": "writer"}


def _for_role(verb: Token, start: int) -> str | None:
    role = FOR_ROLES.get(verb.lemma_.lower())
    if role is None:
        return None
    via = next((c for c in verb.children if c.left_edge.i <= start <= c.right_edge.i), None)
    return role if via is not None and via.dep_ == "prep" and via.lower_ == "for" else None


COPULAS = frozenset({"be", "become", "remain"})


def _holds_role(role_noun: Token | None, verb: Token) -> bool:
    """A role noun under the verb names the subject's role: "X is the star of Y"; a plural one only
    through a copula ("X is one of the stars of Y", "X and Z were the co-hosts of Y"), not as the
    object of another verb ("X met the stars of Y")."""
    if role_noun is None:
        return False
    return role_noun.tag_ != "NNS" or verb.lemma_.lower() in COPULAS


TIME_PREPS = frozenset({"before", "after", "until", "since"})


def _time_marker(t: Token) -> bool:
    """ "days before the release of X": a work's event used to say when something else happened ties
    nobody in the clause to the work."""
    return (
        t.pos_ == "NOUN"
        and t.lower_ in lx.WORK_CONTEXT_NOUNS
        and t.dep_ == "pobj"
        and t.head.lower_ in TIME_PREPS
    )


def _venue_of(noun: Token, title_root: Token) -> bool:
    """ "his birthday party at X", "her dinner at X": a title that is the place ("at") of a possessed
    noun of no work, role or work event names a venue, not the possessor's work."""
    if noun.lower_ in lx.WORK_NOUNS or noun.lower_ in lx.ROLE_NOUNS or noun.lower_ in lx.WORK_CONTEXT_NOUNS:
        return False
    return title_root.dep_ == "pobj" and title_root.head.lower_ == "at" and title_root.head.head == noun


def _owner_by_order(ctx: Ctx, noun: Token) -> list[str]:
    """ "Keri Lane's hit Pretty Town", "on his 2005 smash hit 'Gold Mine'": the owner the word order
    gives a work noun before the title when the parse hangs no possessive on it (it read "hit" as a
    verb)."""
    if noun.pos_ == "NOUN" and any(c.dep_ == "poss" for c in noun.children):
        return []  # the parse has its possessive: the walk above decided
    own = owner_before(noun)
    if own is None:
        return []
    if own.text in {"'s", "’s"}:
        return list(ctx.cast.at(noun.doc[own.i - 1])) if own.i > 0 else []
    return bound_owner(ctx, own)


PART_NOUNS = frozenset({"role", "part", "performance", "turn", "portrayal"})


def _known_for_part(verb: Token, first: Token) -> bool:
    """ "X is best known for her role in the drama Y": the parser may hang "in Y" on "known", beside the
    part "for" names; the work is still the one the part was played in."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "for"
        and any(g.dep_ == "pobj" and singular(g) in PART_NOUNS for g in c.children)
        for c in verb.children
    ) and any(
        c.dep_ == "prep" and _part_slot(c, first) and c.left_edge.i <= first.i <= c.right_edge.i
        for c in verb.children
    )


def _part_slot(prep: Token, first: Token) -> bool:
    """ "in Y", or "as <character> on Y" ("known for her role as Jo on Y"): not the character itself."""
    return prep.lower_ in {"in", "on"} or (
        prep.lower_ == "as"
        and any(p.dep_ == "prep" and p.lower_ in {"in", "on"} and p.i < first.i for p in prep.subtree)
    )


def _thanks_to(t: Token) -> bool:
    """ "X built a career thanks to films like Y": the works the subject owes the clause to are hers
    ("to" under "thanks", or beside it under the verb)."""
    if t.lower_ == "thanks":
        return any(c.dep_ == "prep" and c.lower_ == "to" for c in t.children)
    return t.lower_ == "to" and t.i > 0 and t.doc[t.i - 1].lower_ == "thanks"


def _known_for(verb: Token, first: Token) -> bool:
    """ "X, best known for “Y”", "X is known for Y": what a person is known for is their work."""
    if verb.lemma_.lower() == "know" and _known_for_part(verb, first):
        return True
    return verb.lemma_.lower() == "know" and any(
        c.dep_ == "prep"
        and c.lower_ == "for"
        and any(  # "has known for years about Y" is no work of theirs
            g.dep_ == "pobj"
            and g.ent_type_ not in ("DATE", "TIME")
            and g.left_edge.i <= first.i <= g.right_edge.i
            for g in c.children
        )
        for c in verb.children
    )


def _as_role(verb: Token) -> str | None:
    """ "joined X as a judge", "returns to X as host": the role "as" names beats the verb's own."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "as":
            for n in prep.children:
                if n.dep_ == "pobj" and lx.ROLE_NOUNS.get(n.lower_):
                    return lx.ROLE_NOUNS[n.lower_]
    return None


def _whose(ctx: Ctx, poss: Token) -> list[str]:
    """ "X, whose new album Y is out": "whose" is the person its relative clause describes."""
    if poss.lower_ != "whose":
        return []
    clause = next((a for a in poss.ancestors if a.dep_ == "relcl"), None)
    if clause is not None:
        return ctx.who(clause.head)
    noun = poss.head  # "X, whose latest film, Y, …": the parser may hang the phrase on X as an apposition
    return ctx.who(noun.head) if noun.dep_ == "appos" else []


FAMILY_OWNER_NOUNS = frozenset({"family", "clan"})
# "her main competitor, ABC's X": a work set against the possessor's, not hers
RIVAL_NOUNS = frozenset({"rival", "competitor", "competition", "nemesis", "opponent", "foe", "challenger"})
# "Henry's full report from the X premiere": a write-up about a work is its writer's report, not the work
REPORT_NOUNS = frozenset({"report", "review", "recap", "interview", "coverage", "column", "article"})


def _family_owner(poss: Token) -> Token:
    """ "her family's series X": a work of the family is a work of the one whose family it is (the
    possessor of "family"); any other possessor stands for itself."""
    if poss.lower_ in FAMILY_OWNER_NOUNS:
        return next((c for c in poss.children if c.dep_ == "poss"), poss)
    return poss


def _described_conjunct(ctx: Ctx, noun: Token) -> list[str]:
    """ "her Iron Coast co-star and close friend Y": a name joined to the role noun under a noun of its
    own ("friend", "pal") is the same person, described twice."""
    return [
        k
        for c in noun.children
        if c.dep_ == "conj" and any(g.dep_ == "compound" and g.pos_ == "NOUN" for g in c.children)
        for k in ctx.cast.at(c)
    ]


def _denied(verb: Token) -> bool:
    """Negated or denied; a relative clause is its own claim: in "X, who stars in Y, denied the
    rumour" the denial above is not about the role."""
    if verb.dep_ != "relcl":
        return negated(verb)
    if any(c.dep_ == "neg" or c.lower_ in lx.NEGATIONS for c in verb.children):
        return True
    lemma = verb.lemma_.lower()  # "shot down the rumour" denies, "shot to fame" does not
    return lemma in lx.DENIAL_LEMMAS and (lemma != "shoot" or any(c.lower_ == "down" for c in verb.children))


TALK_NOUNS = frozenset({"interview", "chat", "conversation", "meeting", "sit-down", "q&a"})


def _met_with(t: Token) -> bool:
    """ "an interview with the cast of X": the people of X are whom the subject met, not its makers."""
    return t.dep_ == "pobj" and t.head.lower_ == "with" and t.head.head.lower_ in TALK_NOUNS


def _context_after(doc: Doc, title: Title, sent: Span) -> bool:
    """ "were in a “Night Desk” sketch": a work-life noun right after the title, however it is tagged."""
    j = past_quote(doc, title.end, sent)
    return j < sent.end and doc[j].lower_ in lx.WORK_CONTEXT_NOUNS


CAREER_NOUNS = frozenset({"start", "debut", "break", "breakthrough", "career", "stint", "turn"})


def _possessor_above(ctx: Ctx, verb: Token) -> list[str]:
    """ "her start appearing as a contestant on X", "his debut starring in X": a verb that modifies a
    possessed noun is done by the possessor; so is one whose subject is a possessed career noun (the
    parser's other reading of "got her start appearing on X")."""
    if verb.dep_ == "acl":
        return [k for c in verb.head.children if c.dep_ == "poss" for k in bound_owner(ctx, c)]
    return [
        k
        for s in verb.children
        if s.dep_ == "nsubj" and s.lower_ in CAREER_NOUNS
        for c in s.children
        if c.dep_ == "poss"
        for k in bound_owner(ctx, c)
    ]


def _their_owners(ctx: Ctx, poss: Token) -> list[str]:
    """ "X appeared with Y to promote their film": an unresolved "their" is the doer of the verb above
    and the one "with" them (the verb the clause of purpose hangs on), when that makes two or more."""
    if poss.lower_ != "their":
        return []
    verb = next((a for a in poss.ancestors if a.pos_ == "VERB"), None)
    if verb is None:
        return []
    found = ctx.subjects(verb) + partners(ctx, verb)
    if verb.dep_ in ("advcl", "xcomp") and verb.head.pos_ == "VERB":
        found += partners(ctx, verb.head)
    people = list(dict.fromkeys(found))
    return people if len(people) >= 2 else []


def _owned(noun: Token | None) -> bool:
    """The noun itself has a possessive ("her chat show"), not a noun above it ("her appearance on the
    talk show")."""
    return noun is not None and (
        any(c.dep_ == "poss" for c in noun.children) or owner_before(noun) is not None
    )


def _talk_show(noun: Token | None) -> bool:
    """ "the talk show X", "the late-night chat show X": one whose guests hold no part in it."""
    return noun is not None and any(c.lower_ in lx.TALK_WORDS for c in noun.lefts)


SHOW_ENDS = frozenset({"show", "live", "today", "tonight"})


def _named_hosts(ctx: Ctx, doc: Doc, title: Title) -> list[str]:
    """A show named after the people who host it: a full name beside a show word ("Jo Vale Today",
    "Jo Vale Live", "Live with Jo Vale"), or first names after "with" ("Live with Jo and Al") that each
    fit one person of the article. The name must not be the whole title."""
    words = name_words(" ".join(t.text for t in title.span(doc) if not t.is_punct))
    if len(words) < 2 or not ({words[0], words[-1]} & SHOW_ENDS):
        return []
    out = [
        k
        for k, p in ctx.cast.people.items()
        if len(p.tokens) >= 2
        and p.tokens != words
        and any(words[i : i + len(p.tokens)] == p.tokens for i in range(len(words) - len(p.tokens) + 1))
    ]
    if out or "with" not in words:
        return out
    firsts = [w for w in words[words.index("with") + 1 :] if w not in {"and", "&"}]
    for w in firsts[:3]:
        fits = [k for k, p in ctx.cast.people.items() if len(p.tokens) >= 2 and p.tokens[0] == w]
        if len(fits) != 1:
            return []
        out.append(fits[0])
    return out


def _bracket_credit(ctx: Ctx, doc: Doc, title: Title) -> tuple[str, ...]:
    """The person named right before a bracket that holds only the title: "Y (“Iron Coast”)"."""
    i = title.start - 1 if title.start > 0 and doc[title.start - 1].text in QUOTES else title.start
    j = past_quote(doc, title.end, doc[title.end - 1].sent)
    if i < 2 or j >= len(doc) or doc[i - 1].text != "(" or doc[j].text != ")":
        return ()
    return ctx.cast.at(doc[i - 2])


def _possessive_credit(ctx: Ctx, doc: Doc, title: Title) -> tuple[str, ...]:
    """The person whose possessive stands right before a quoted title that modifies no noun:
    "Y's “Paper Lanterns”" is Y's work ("Y's “Paper Lanterns” video" is about the video)."""
    i = title.start - 1
    if i < 2 or doc[i].text not in QUOTES or doc[i - 1].lower_ not in {"'s", "’s"}:
        return ()
    j = title.end
    while j < len(doc) and doc[j].text in {".", ",", "!", "?"}:
        j += 1  # "… Y's “Paper Lanterns.”": the sentence's stop inside the quotation
    if j >= len(doc) or doc[j].text not in lx.CLOSING_QUOTES:
        return ()
    if j + 1 < len(doc) and doc[j + 1].pos_ in ("NOUN", "PROPN"):
        return ()
    owner = doc[i - 2]
    if owner.pos_ != "PROPN" or doc[i - 1].tag_ == "VBZ":
        return ()  # "he's “The One”": a verb, not a possessive
    return tuple(k for k in ctx.cast.at(owner) if " " in k)  # a one-word name may be a band's


def _credited(ctx: Ctx, prep: Token) -> list[str]:
    """ "from a screenplay by Y", "with a script by Y": the writer a credit noun names."""
    return [
        k
        for n in prep.children
        if n.dep_ == "pobj" and n.lower_ in lx.SCRIPT_NOUNS
        for by in n.children
        if by.dep_ == "prep" and by.lower_ == "by"
        for g in by.children
        for k in ctx.who(g)
    ]


def _co_star_of(ctx: Ctx, noun: Token) -> list[str]:
    """Whose co-star: "her Iron Coast co-star Y" (the possessor), "between her and Iron Coast co-star Y"
    (the conjunct), "X was engaged to Iron Coast co-star Y" (the subject of the clause)."""
    poss = [c for c in noun.children if c.dep_ == "poss"]
    if poss:
        return ctx.who(poss[0])
    if noun.dep_ == "conj":
        return ctx.who(noun.head)[:1]
    conj = [c for c in noun.children if c.dep_ == "conj"]
    if conj:
        return []
    verb = clause_verb(noun)
    return [] if negated(verb) else ctx.subjects(verb)


def _stated(role_noun: Token | None, verb: Token | None) -> str | None:
    if role_noun is not None and lx.ROLE_NOUNS.get(singular(role_noun)):
        return lx.ROLE_NOUNS[singular(role_noun)]
    taken = _as_role(verb) if verb is not None else None
    if taken is not None:
        return taken
    if verb is not None and not leaves(verb):  # "dropped out of X" is no "dropped X"
        return lx.ROLE_VERBS.get(verb.lemma_.lower())
    return None


def work_kind(doc: Doc, title: Title, sent: Span) -> str | None:
    """From the work noun before the title or an apposition after it ("X, a soccer team")."""
    nouns = [title.noun] if title.noun is not None and singular(title.noun) in lx.WORK_NOUNS else []
    appos = appos_work(doc, title.end, sent)
    if appos is not None:
        nouns.append(appos)
    for noun in nouns:
        kind = lx.WORK_NOUNS[singular(noun)]
        mods = {c.lower_ for c in noun.lefts}
        if kind in ("film", "tv") and mods & lx.TV_WORDS:
            return "tv"
        if mods & lx.SPORT_WORDS and noun.lower_ in {"team", "club"}:
            return "sports_team"
        return kind
    return None


PART_WORDS = frozenset({"star", "co-star", "guest-star", "role", "part", "play", "portray", "recur"})
PART_REACH = 10  # tokens before the "on"


def _part_on(doc: Doc, title: Title, sent: Span) -> str | None:
    """ "stars as Jo on Y", "her role as Jo on Y", "plays a nurse on Y": a part played "on" a work is
    played on a show ("in" says nothing: films, shows and plays alike)."""
    i = title.start - 1
    while i > sent.start and doc[i].text in QUOTES:
        i -= 1
    if i <= sent.start or doc[i].lower_ != "on":
        return None
    near = doc[max(sent.start, i - PART_REACH) : i]
    return "tv" if any(t.lemma_.lower() in PART_WORDS or t.lower_ in PART_WORDS for t in near) else None


def _role(ctx: Ctx, person: str, stated: str | None, kind: str | None) -> str | None:
    """The stated role, else the person's occupation — only for creative works."""
    if stated:
        return stated
    if kind not in CREATIVE:
        return None
    for d in ctx.cast.people[person].descriptors if person in ctx.cast.people else []:
        role = lx.OCCUPATION_ROLE.get(d.split()[-1])
        if role:
            return role
    return None


def _status(sent: Span) -> str | None:
    words = {t.lower_ for t in sent}
    if words & {"upcoming", "forthcoming", "announced", "will", "next"}:
        return "announced"
    if words & {"filming", "shooting", "current", "currently", "production"}:
        return "in_production"
    if words & {"released", "premiered", "starred", "acclaimed", "debuted"}:
        return "released"
    return None


def title_text(doc: Doc, title: Title) -> str:
    """The title as written, without quotation marks; empty if it is only a word, a medium or a day, is
    a job ("Director of Archives") or no name at all."""
    text = title.span(doc).text.strip(" ,.'\"‘’“”")
    low = text.lower()
    if low in lx.NOT_PERSON_WORDS or low in lx.MEDIUM_WORDS or low in WEEKDAYS:
        return ""
    if all(w.rstrip(".") in lx.HONORIFIC_WORDS for w in low.split()):
        return ""  # "joined Mr Vale on stage": the title stopped at the name, leaving the honorific
    if _job_title(doc, title) or _no_name(title.span(doc), text):
        return ""
    return text


FUNCTION_POS = frozenset({"PRON", "CCONJ", "SCONJ", "DET", "ADP", "AUX", "PART"})


def _no_name(span: Span, text: str) -> bool:
    """A lone function word ("her new album, But now …"), a lone letter (the "E" of "E!"), or a post
    with a handle or hashtag is no title."""
    if len(text) == 1 or any(ch in text for ch in "@#"):
        return True
    words = [t for t in span if not t.is_punct]
    return len(words) == 1 and words[0].pos_ in FUNCTION_POS


def _job_title(doc: Doc, title: Title) -> bool:
    """ "Director of Archives", "Head of Drama": a capitalised role noun and "of" open a job title."""
    first = doc[title.start]
    return (
        title.end - title.start >= 3 and first.lower_ in lx.ROLE_NOUNS and doc[title.start + 1].lower_ == "of"
    )


def _in_title(doc: Doc, title: Title, t: TimexMatch) -> bool:
    """ "the 'Mother's Day' star": a date read inside the title is the title's own words."""
    return doc[title.start].idx <= t.start < doc[title.end - 1].idx + len(doc[title.end - 1])


def _describing(doc: Doc, title: Title, sent: Span) -> bool:
    """ "Last week the 'Blue Hour' star wed …", "'Blue Hour' star X was seen Friday": the title and role
    noun only describe the person, so a date of the sentence tells of what the person did, not of the
    work. Not so for a role the sentence gives ("X became an Idol judge in 2010")."""
    noun = title.noun if title.noun is not None and title.noun.i >= title.end else None
    if noun is None:
        j = past_quote(doc, title.end, sent)
        noun = doc[j] if j < sent.end else None
    return noun is None or noun.dep_ != "attr"


def extract(ctx: Ctx, sent: Span) -> Iterator[Project]:
    doc = sent.doc
    seen: set[tuple[str, str]] = set()
    found = titles(ctx, sent)
    for title in found:
        text = title_text(doc, title)
        if not text or title_cased_line(doc, title.start) or named_band(doc, text) or _worn(doc, title):
            continue
        if not_a_work(doc, title, text):
            continue
        given: list[str] = []
        kind = work_kind(doc, title, sent) or _part_on(doc, title, sent)
        if (
            title.noun is not None
            and title.noun.lower_ in {"sequel", "prequel", "remake"}
            and title.start > 0
        ) and doc[title.start - 1].lower_ in {"to", "of"}:
            text = f"{title.noun.lower_} to {text}"
        near = ctx.dates_near(doc[title.end - 1], sent, max_tokens=6)
        near = [t for t in near if not _in_title(doc, title, t)]
        when = ctx.when(near[0]) if near else None
        inside = {k for t in title.span(doc) for k in ctx.cast.at(t)}
        talk = _talk_show(title.noun)
        owners = _possessive_credit(ctx, doc, title)
        credit: list[tuple[str, str | None, str]] = [(k, None, "possessive credit") for k in owners]
        credit += [(k, "host", "named show") for k in _named_hosts(ctx, doc, title)]
        for person, stated, how in _links(ctx, title.lead or title, sent) + credit:
            if talk and how == "possessor" and stated is None and _owned(title.noun):
                stated = "host"  # "her chat show X": whose talk show it is, hosts it
            key = (person, text.lower())
            if key in seen or (person in inside and how == "subject") or (talk and stated != "host"):
                continue  # "Journey's 'Don't Stop X' is playing": the title's own words as its subject
            if owners and how == "subject" and stated == "singer" and person not in owners:
                continue  # "she sings Y's “Z”": a cover of Y's song
            seen.add(key)
            role = _role(ctx, person, stated, kind)
            given.append(
                kind or ROLE_KIND.get(role or "", "film" if role in ("actor", "director") else "other")
            )
            yield Project(
                person=person,
                title=text,
                kind=given[-1],  # type: ignore[arg-type]
                role=role,
                date=None if how == "title + role noun" and _describing(doc, title, sent) else when,
                status=_status(sent),  # type: ignore[arg-type]
                confidence=confidence(0.8 if stated or how != "subject" else 0.65, sent),
                evidence=[ctx.evidence(sent)],
                cue=how,
            )
        if not _describes(doc, title, sent):
            hosted = talk or title.host or credit[len(owners) :]
            known = TALK if hosted else _known_kind(doc, text, kind, given)
            ctx.remember_work(title.start, text, known, _listed(doc, title, found))
    yield from _pointed(ctx, sent, found, seen)


GARMENT_NOUNS = frozenset(
    {"gown", "dress", "suit", "outfit", "jacket", "coat", "shoes", "heels", "boots", "bag", "handbag"}
    | {"frock", "jumpsuit", "blazer", "tuxedo", "skirt", "top", "sneakers", "sunglasses", "ensemble"}
)


ONLY_GARMENTS = frozenset(
    {"gown", "frock", "jumpsuit", "tuxedo", "handbag", "sneakers", "blazer", "ensemble"}
)


def _worn(doc: Doc, title: Title) -> bool:
    """ "traded her Stéphane Rolland gown", "in a Harbor Lane dress": a label named on a garment is what
    someone wears, not a work of theirs."""
    j = title.end
    while j < len(doc) and doc[j].text in lx.CLOSING_QUOTES:
        j += 1
    if j >= len(doc) or doc[j].lower_ not in GARMENT_NOUNS:
        return False
    return doc[j].pos_ == "NOUN" or doc[j].lower_ in ONLY_GARMENTS  # the tagger may call "gown" a verb


def _known_kind(doc: Doc, text: str, kind: str | None, given: list[str]) -> str | None:
    """A title's kind for a later "the show" / "the film": its sentence's work noun, else the one kind
    its other mentions name, else the kind the role of its facts here says ("host": TV), else None
    (an actor's work may be a film or a show)."""
    if kind is not None:
        return kind
    kinds = title_kinds(doc, text)
    if len(kinds) == 1:
        return next(iter(kinds))
    return next((k for k in given if k), None)


def _listed(doc: Doc, title: Title, found: list[Title]) -> bool:
    """One of a list of titles ("roles in A, B and C", "a judge on “A” and “B”")."""
    if title.lead is not None or any(t.lead is title for t in found):
        return True
    return any(t is not title and (_conjoined(doc, title, t) or _conjoined(doc, t, title)) for t in found)


def _conjoined(doc: Doc, title: Title, other: Title) -> bool:
    """``title`` is a conjunct of ``other`` in the parse."""
    root = title.span(doc).root
    return root.dep_ == "conj" and other.start <= root.head.i < other.end


def _describes(doc: Doc, title: Title, sent: Span) -> bool:
    """ "the Harbor Lights star Y": a title before a role noun describes a person, and one named to
    compare ("a US version of X") is another work; neither is the work the text goes on to tell."""
    j = past_quote(doc, title.end, sent)
    if j < sent.end and doc[j].lower_ in lx.ROLE_NOUNS:
        return True
    root = title.span(doc).root  # "a US version of X", "a show like X": another work, named to compare
    return root.dep_ == "pobj" and (
        root.head.lower_ == "like" or (root.head.lower_ == "of" and root.head.head.lower_ in VERSION_NOUNS)
    )


VERSION_NOUNS = frozenset(
    {"version", "remake", "spin-off", "spinoff", "adaptation", "copy", "answer", "reboot"}
)


def _pointed(ctx: Ctx, sent: Span, found: list[Title], seen: set[tuple[str, str]]) -> Iterator[Project]:
    """ "She joined the show in May": people the sentence ties to a work noun that points back to a title
    named a little before (``project_anaphora``)."""
    taken = {i for t in found for i in range(t.start, t.end)} | {
        t.noun.i for t in found if t.noun is not None
    }
    for noun in anaphors(sent, taken):
        kinds = anaphor_kinds(noun)
        found_work = meant(ctx.works, noun.i, kinds)
        if found_work is None:
            continue
        text, kind = found_work
        if unsure(noun):
            continue
        for person, stated, how in _links(ctx, Title(noun.i, noun.i + 1, None), sent):
            key = (person, text.lower())
            if key in seen:
                continue
            seen.add(key)
            yield Project(
                person=person,
                title=text,
                kind=kind,  # type: ignore[arg-type]
                role=_role(ctx, person, stated, kind),
                status=_status(sent),  # type: ignore[arg-type]
                confidence=confidence(0.6, sent),
                evidence=[ctx.evidence(sent)],
                cue=f"{how}, the {noun.lower_}",
            )
