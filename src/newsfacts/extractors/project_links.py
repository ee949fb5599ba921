"""How a sentence ties people to a title (``title_links``): "X-directed", "directed by X", "a film by
X", a role noun next to the title ("Harbor Kings star X"), the walk from the title up the parse to a
possessor or a linking verb ("her album X", "X stars in Y"), a relative clause on the title, an
apposition after it; each person with the role the sentence states, if any, and how they were tied."""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsfacts import lexicon as lx
from newsfacts.context import Ctx, negated
from newsfacts.extractors.project_awards import award_winners
from newsfacts.extractors.project_cast_nouns import inverted_doers
from newsfacts.extractors.project_cues import (
    FIRST_PERSON,
    bound_owner,
    misread_star,
    name_after_role,
    nominal,
    partners,
    preferred,
    said_by_me,
    singular,
    speaker,
    to_fame,
)
from newsfacts.extractors.project_fields import stated_role
from newsfacts.extractors.project_holders import (
    bracket_credit,
    cast_of,
    cast_plural,
    co_star_of,
    credited,
    described_conjunct,
    family_owner,
    names_listed,
    owner_by_order,
    panel_of,
    possessor_above,
    their_owners,
    whose,
)
from newsfacts.extractors.project_title_shape import QUOTES, Title, past_quote
from newsfacts.extractors.project_title_slots import NAMING_VERBS, leaves
from newsfacts.extractors.project_walk import (
    COPULAS,
    REPORT_NOUNS,
    RIVAL_NOUNS,
    context_after,
    denied,
    for_role,
    holds_role,
    known_for,
    listing_subject,
    met_with,
    other_doers,
    thanks_to,
    time_marker,
    venue_of,
)

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


def title_links(ctx: Ctx, title: Title, sent: Span) -> list[tuple[str, str | None, str]]:
    """(person, stated role or None, how) for everyone the sentence ties to the title."""
    if title.host:  # its guests appear on it, they hold no part in it
        return [(k, "host", "named show") for k in title.host]
    doc = sent.doc
    credit = bracket_credit(ctx, doc, title)
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
    out.extend((k, "actor", "cast") for k in cast_of(ctx, root))
    out.extend((k, role, "award for") for k, role in award_winners(ctx, root))
    if root.dep_ == "nsubjpass" and root.head.lemma_.lower() in lx.ROLE_VERBS and not negated(root.head):
        for c in root.head.children:  # "Iron Coast, which opens in May, is directed by X"
            if c.dep_ == "agent":
                role = lx.ROLE_VERBS[root.head.lemma_.lower()]
                out.extend(
                    (k, role, "by X") for g in c.children for k in ctx.who(g) if (k, role, "by X") not in out
                )
            elif c.dep_ == "prep":  # "… is directed by X, from a screenplay by Y"
                out.extend((k, "writer", "credit") for k in credited(ctx, c))
    noun = title.noun
    if noun is None or noun.i < title.start:
        j = past_quote(doc, title.end, sent)
        if j < sent.end and (
            (doc[j].lower_ in lx.ROLE_NOUNS and nominal(doc[j]))
            or (cast_plural(doc[j]) and names_listed(ctx, doc[j]))
        ):
            noun = doc[j]  # "the 'Paper Sky' singer"
            title = Title(title.start, j, noun)
    if noun is not None and cast_plural(noun) and 0 <= noun.i - title.end <= 2:
        return out + [(k, "actor", "cast list") for k in names_listed(ctx, noun)]
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
            or described_conjunct(ctx, noun)
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
            out.extend((k, "actor", "co-star") for k in co_star_of(ctx, noun) if k not in named)
        return out
    # walk up from the title (or its work noun) to a possessor or a linking verb
    t: Token = doc[title.start : title.end].root
    title_root = t
    if noun is not None and noun.i < title.start and any(c.dep_ == "poss" for c in noun.children):
        t = noun  # "her album, X": the possessive sits on the work noun
    elif noun is not None and noun.i >= title.end and t.head == noun:
        t = noun  # "the Dad's Navy film": a title read as the noun's possessor hangs on the noun
    role_noun: Token | None = None
    context_noun = context_after(doc, title, sent)
    for _ in range(7):
        if role_noun is not None and t.pos_ == "PROPN" and ctx.cast.at(t):
            out.extend((k, stated_role(role_noun, None), "apposition") for k in ctx.who(t))
            break  # "X, the creative director of Y": the name the role noun describes holds it
        if misread_star(ctx, t):  # "X stars as a nurse in Y", "stars" read as a noun
            out.extend(
                (k, stated_role(role_noun, None) or "actor", "subject") for k in ctx.cast.at(doc[t.i - 1])
            )
            out.extend((k, "actor", "partner") for k in partners(ctx, t))  # "stars alongside A in Y"
            break
        if t.pos_ == "NOUN" and singular(t) in lx.ROLE_NOUNS:  # "one of the stars of X"
            role_noun = role_noun or t
        if time_marker(t):
            break  # "five days before the release of X": a date, told by a work's event
        context_noun = (
            context_noun or (t.pos_ == "NOUN" and t.lower_ in lx.WORK_CONTEXT_NOUNS) or thanks_to(t)
        )
        poss = [
            family_owner(c)
            for c in t.children
            if c.dep_ == "poss"
            and (ctx.who(family_owner(c)) or family_owner(c).pos_ == "PRON" or whose(ctx, c))
        ]
        if poss and (
            preferred(t) or venue_of(t, title_root) or t.lemma_.lower() in RIVAL_NOUNS | REPORT_NOUNS
        ):
            break  # "her favourite song X" is someone else's song; "his party at X" is a place
        if poss:  # "her album X" — the verb above, if any, says the role ("released her album X")
            verb = next((a for a in t.ancestors if a.pos_ == "VERB"), None)
            inside = title.start <= poss[0].i < title.end  # the "My" of "My Girl" is nobody
            mine = poss[0].lower_ in FIRST_PERSON and not inside
            owner = bound_owner(ctx, poss[0]) or (speaker(ctx, sent) if mine else [])
            owner = owner or their_owners(ctx, poss[0]) or whose(ctx, poss[0])
            others = other_doers(ctx, t, verb, owner)  # "X stars in Y's film Z": Y owns Z, X acts in it
            out.extend((k, stated_role(role_noun, verb), "possessor") for k in owner)
            out.extend((k, stated_role(role_noun, verb), "subject") for k in others)
            if t.lower_ in lx.WORK_NOUNS:  # "her movie with Y" (not "X's Talk With Y", a title's own words)
                out.extend((k, stated_role(role_noun, verb), "partner") for k in partners(ctx, t))
            break
        if t.lower_ == "including" and t.dep_ == "prep":
            t = t.head  # "films including X": the examples hang on the noun they illustrate
            continue
        listing = listing_subject(t)
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
            if denied(t):
                return []
            if (
                t.lemma_.lower() in lx.LINK_VERBS
                or to_fame(t)
                or holds_role(role_noun, t)
                or context_noun
                or leaves(t)
                or known_for(t, doc[title.start])
            ):
                doers = (
                    ctx.subjects(t)
                    or inverted_doers(ctx, t)
                    or possessor_above(ctx, t)
                    or (speaker(ctx, sent) if said_by_me(t) else [])
                )
                panel, named = panel_of(ctx, t)
                if role_noun is not None and role_noun == panel:
                    role_noun = None  # "X joins judges A and B on Y": the judges are A and B, not X
                stated = for_role(t, title.start) or stated_role(role_noun, t)
                out.extend((k, stated, "subject") for k in doers)
                if t.lemma_.lower() in lx.PARTNER_VERBS:
                    out.extend((k, stated_role(role_noun, t), "partner") for k in partners(ctx, t))
                elif t.lemma_.lower() in lx.PART_VERBS:  # "appears in X alongside Y", "cast opposite Y"
                    out.extend((k, "actor", "partner") for k in partners(ctx, t, lx.CO_PART_PREPS))
                if panel is not None:
                    out.extend((k, lx.ROLE_NOUNS[singular(panel)], "panel") for k in named if k not in doers)
            break
        if t.dep_ == "nummod" and t == title_root and title.start > 0 and doc[title.start - 1].text in QUOTES:
            t = t.head  # "her '1989' album": a quoted number names the work noun it modifies
            continue
        if (t.dep_ not in UP_DEPS and not thanks_to(t)) or t.head == t or met_with(t):
            break
        t = t.head
    for c in head_tok.children:  # "X, where Y served as choreographer"
        if c.dep_ == "relcl":
            rn = next((g for g in c.subtree if lx.ROLE_NOUNS.get(g.lower_)), None)
            if rn is not None or c.lemma_.lower() in lx.LINK_VERBS:
                out.extend((k, stated_role(rn, c), "relative clause") for k in ctx.subjects(c))
                if c.lemma_.lower() in lx.PARTNER_VERBS:  # "The Voice, where she'll coach with A and B"
                    out.extend((k, stated_role(rn, c), "partner") for k in partners(ctx, c))
    if not out and noun is not None and noun.i < title.start:
        out.extend((k, stated_role(role_noun, None), "possessor") for k in owner_by_order(ctx, noun))
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
                out.extend((k, stated_role(c.head, None), "apposition") for k in ctx.who(c))
                out.extend((k, stated_role(c.head, None), "partner") for k in partners(ctx, c.head))
                break
    return out
