"""Token-level cues for project facts: lexicon nouns the tagger misread, headline capitals, a
liking ("her favourite song"), who shares a work ("with Y"), and who "I" is in a quotation."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from newsfacts import lexicon as lx
from newsfacts.context import Ctx
from newsfacts.doc_text import text_of


def cap(tok: Token) -> bool:
    """Capitalised or a digit: the first character of a word of a title."""
    return tok.text[:1].isupper() or tok.text[:1].isdigit()


def co_prefix(doc: Doc, i: int) -> int:
    """Where the word of token ``i`` starts when the tokenizer split a "co-" off it ("co", "-",
    "founder"); else ``i``."""
    if i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ == "co" and not doc[i - 2].whitespace_:
        return i - 2 if not doc[i - 1].whitespace_ else i
    return i


def past_in_chief(doc: Doc, i: int) -> int:
    """The index after "-in-chief" when it starts at ``i`` ("editor", "-", "in", "-", "chief"); else ``i``."""
    words = [t.lower_ for t in doc[i : i + 4]]
    return i + 4 if words == ["-", "in", "-", "chief"] else i


def name_after_role(doc: Doc, i: int) -> int:
    """Where the name a role noun ending before ``i`` calls would start: after "-in-chief"
    ("editor-in-chief X") and after an honorific ("Harbor Kings star Sir X")."""
    i = past_in_chief(doc, i)
    return (
        i + 1 if i + 1 < len(doc) and doc[i].lower_ in lx.HONORIFICS and doc[i + 1].text[:1].isupper() else i
    )


def nominal(tok: Token) -> bool:
    """A noun, or a lexicon noun the tagger misread: it takes a determiner or possessive, it is an
    adjective right before a comma ("her latest single, X"), or it has no subject and stands right
    before a named person ("Today co-host X" with "co-host" as VERB)."""
    if tok.pos_ == "NOUN" or (
        tok.text.islower() and (tok.pos_ == "PROPN" or tok.lower_ in lx.NOUN_ONLY_ROLES)
    ):
        return True  # "Suits actress X": "actress" tagged VERB is still a noun
    if not tok.text.islower() or tok.pos_ not in ("ADJ", "VERB", "ADV"):
        return False
    if any(c.dep_ in ("det", "poss") for c in tok.children):
        return True
    if tok.pos_ == "ADJ" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text == ",":
        return True  # "her latest single, X": an adjective cannot end its phrase before a comma
    if _noun_before_name(tok) or owner_before(tok) is not None:
        return True
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return (
        not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
        and nxt is not None
        and nxt.pos_ == "PROPN"
        and nxt.ent_type_ == "PERSON"
    )


POSSESSIVE_WORDS = frozenset({"his", "her", "their", "my", "'s", "’s"})
# where works run, a modifier of a work noun that is no part of its owner's name: "X's Broadway show"
WORK_VENUES = lx.PLATFORM_WORDS | lx.TV_BROADCASTERS | {"broadway", "off-broadway", "hollywood", "west"}


def _inner_hyphen(t: Token) -> bool:
    """The hyphen of a compound written solid ("one-woman"): no space on either side of it."""
    return t.text == "-" and t.i > 0 and not t.whitespace_ and not t.nbor(-1).whitespace_


def owner_before(tok: Token) -> Token | None:
    """The possessive word that owns ``tok`` by word order: "Keri Lane's hit", "his 2005 smash hit",
    "her one-woman show", "X's Broadway show" (up to four words between: lower-case adjectives,
    numbers, nouns that are no subject, the hyphen of a compound, a place or outlet where works run).
    The parser may read such a noun as a verb ("hit") or hang the possessive on a modifier."""
    doc = tok.doc
    j = tok.i - 1
    while j >= 0 and tok.i - j <= 5:
        t = doc[j]
        if t.lower_ in POSSESSIVE_WORDS and (t.tag_ in ("PRP$", "POS") or t.text in {"'s", "’s"}):
            return t
        if t.lower_ in WORK_VENUES or _inner_hyphen(t):
            j -= 1
            continue
        if not (t.text.islower() or t.like_num) or t.pos_ not in ("ADJ", "NUM", "NOUN"):
            return None
        if t.dep_ in ("nsubj", "nsubjpass") or t.lower_ in lx.PREFERENCE_WORDS:
            return None  # "her ex hit back": a subject; "her favourite hit": a liking
        j -= 1
    return None


def _noun_before_name(tok: Token) -> bool:
    """ "his new single Backstabbers" with "single" as ADJ: a modifier that sits between the phrase's
    own determiner or possessive and the name it modifies is the noun the name is called."""
    head = tok.head
    return (
        tok.pos_ == "ADJ"
        and tok.dep_ == "amod"
        and head.pos_ == "PROPN"
        and head.i > tok.i
        and tok.doc[tok.i + 1].pos_ == "PROPN"
        and any(c.dep_ in ("det", "poss") and c.i < tok.i for c in head.children)
    )


def singular(tok: Token) -> str:
    return tok.lemma_.lower() if tok.tag_ == "NNS" else tok.lower_


def skip_space(doc: Doc, i: int, sent: Span) -> int:
    while i < sent.end and doc[i].is_space:
        i += 1
    return i


def headline_style(ctx: Ctx, sent: Span, i: int) -> bool:
    """The three words before the name that ends at ``i`` are all capitalised, as in a headline."""
    doc = sent.doc
    j = i
    while j > sent.start and ctx.cast.at(doc[j - 1]) == ctx.cast.at(doc[i]):
        j -= 1
    return capitalised_before(sent, j)


def capitalised_before(sent: Span, i: int) -> bool:
    """The three words before token ``i`` are all capitalised, as in a headline."""
    words = [t for t in sent.doc[max(sent.start, i - 6) : i] if t.is_alpha][-3:]
    return len(words) == 3 and all(cap(t) for t in words)


def preferred(noun: Token) -> bool:
    """ "her favourite song", "his favored brand": a liking, not a making."""
    return any(c.dep_ == "amod" and c.lower_ in lx.PREFERENCE_WORDS for c in noun.children)


def to_fame(verb: Token) -> bool:
    """ "rose to fame", "shot to stardom", "found fame": a verb of becoming famous, whose "in X" / "on X"
    / "as a contestant on X" names the work that made its subject famous."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lx.FAME_LEMMAS:
        return False
    return any(
        (c.dep_ == "dobj" and c.lower_ in lx.FAME_NOUNS)
        or (c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ in lx.FAME_NOUNS for g in c.children))
        for c in verb.children
    )


STAR_PREPS = frozenset({"as", "in", "on", "opposite", "alongside"})


def misread_star(ctx: Ctx, tok: Token) -> bool:
    """ "Lena Moss stars as a nurse in X": the tagger reads "stars" right after a person's name as a plural
    noun; with no determiner or modifier of its own and a preposition of a part right after it, it is
    the verb, and the name before it is its subject."""
    doc = tok.doc
    return (
        tok.lower_ == "stars"
        and tok.pos_ == "NOUN"
        and 0 < tok.i < len(doc) - 1
        and doc[tok.i + 1].lower_ in STAR_PREPS
        and bool(ctx.cast.at(doc[tok.i - 1]))
        and not any(c.dep_ in ("det", "poss", "amod", "nummod") for c in tok.children)
    )


FIRST_PERSON = frozenset({"i", "me", "my"})


def said_by_me(verb: Token) -> bool:
    """The verb's subject, or the one it inherits, is "I"."""
    v = verb
    for _ in range(4):
        subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj:
            return subj[0].lower_ in FIRST_PERSON
        if v.dep_ not in ("conj", "xcomp", "advcl", "ccomp", "acomp") or v.head == v:
            break
        v = v.head
    return False


def speaker(ctx: Ctx, sent: Span) -> list[str]:
    """Whom a quoting sentence quotes: the one named subject of its speech verb ("“I …,” X said"); for a
    sentence inside a quotation that names no speaker, the speaker of the quoted sentences right before
    it in the same paragraph ("“I …,” she says. “I …”")."""
    here = sent
    for _ in range(3):
        said = _said_by(ctx, here) if any(t.text in lx.QUOTE_MARKS for t in here) else []
        if said or "\n" in here.text.strip() or not (_opens_quote(here) or _inside_quote(here)):
            return said  # a sentence running over a paragraph break is mis-split: no voice to carry over
        before = here.doc[here.start - 1] if here.start > 0 else None
        if before is None or "\n" in before.text or "\n" in before.whitespace_:
            return []  # a new paragraph: another voice
        here = before.sent
    return []


def _said_by(ctx: Ctx, sent: Span) -> list[str]:
    for t in sent:
        if t.pos_ == "VERB" and t.lemma_.lower() in lx.SPEECH_VERBS:
            said = [k for c in t.children if c.dep_ == "nsubj" for k in ctx.who(c)]
            if len(said) == 1:
                return said
    return []


def _inside_quote(sent: Span) -> bool:
    """The paragraph before the sentence leaves a quotation open."""
    text = text_of(sent.doc)
    seg = text[text.rfind("\n", 0, sent.start_char) + 1 : sent.start_char]
    return seg.count("“") > seg.count("”") or seg.count('"') % 2 == 1


def _opens_quote(sent: Span) -> bool:
    first = next((t for t in sent if not t.is_space), None)
    return first is not None and first.text in lx.QUOTE_MARKS


def bound_owner(ctx: Ctx, poss: Token) -> list[str]:
    """Whose work a possessor names. For "his"/"her" that the article's pronoun resolution gives to someone
    not known to have that gender, the subject of the nearest clause above it, when it is known to
    ("X, whose split from Y was announced, was promoting his film"; "he told Y that his album …")."""
    named = ctx.who(poss)
    want = {"his": "male", "her": "female"}.get(poss.lower_)
    if want is None or (len(named) == 1 and _gender(ctx, named[0]) == want):
        return named
    for v in poss.ancestors:
        doers = ctx.subjects(v) if v.pos_ in ("VERB", "AUX") else []
        if doers:
            return doers if len(doers) == 1 and _gender(ctx, doers[0]) == want else named
    return named


def _gender(ctx: Ctx, key: str) -> str | None:
    return ctx.cast.people[key].gender if key in ctx.cast.people else None


EXAMPLE_PREPS = frozenset({"like", "including"})


def partners(ctx: Ctx, head: Token, preps: frozenset[str] = lx.PARTNER_PREPS) -> list[str]:
    """People who share the work: "made the film X with Y", "her movie with Y", "starring alongside Y",
    "with other stars like Y and Z" (the names a plain noun gives as examples), "in a team-up with Y"."""
    out = [
        k
        for c in head.children
        if c.dep_ == "prep" and c.lower_ in preps
        for p in c.children
        if p.dep_ == "pobj"
        for k in ctx.who(p) or _examples(ctx, p)
    ]
    return out + [
        k
        for c in head.children
        if c.dep_ == "prep" and c.lower_ in {"in", "for"}
        for p in c.children
        if p.dep_ == "pobj" and collab_noun(p)
        for w in p.children
        if w.dep_ == "prep" and w.lower_ == "with"
        for g in w.children
        if g.dep_ == "pobj"
        for k in ctx.who(g)
        if k not in out
    ]


def collab_noun(tok: Token) -> bool:
    """ "a collaboration", "an epic team-up" (tokenised "team - up", headed by "up")."""
    doc = tok.doc
    if tok.lower_ == "up" and tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ == "team":
        return True
    return tok.lower_ in lx.COLLAB_NOUNS


def _examples(ctx: Ctx, noun: Token) -> list[str]:
    """ "other famous faces like Y, Z and W", "actors including Y": the people a plural noun lists."""
    if noun.tag_ != "NNS":
        return []
    return [
        k
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ in EXAMPLE_PREPS
        for p in c.children
        if p.dep_ == "pobj"
        for k in ctx.who(p)
    ]


def title_cased_line(doc: Doc, i: int) -> bool:
    """Token ``i`` stands in a line of three words or more with no lower-case word of four letters or
    more ("Kim's Hot Fling Cools ALREADY"): in a headline or caption every word is capitalised, so the
    capitals do not mark a title."""
    text = text_of(doc)
    at = doc[i].idx
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    words = [w.strip("\"'‘’“”.,:;!?()") for w in text[start : end if end >= 0 else len(text)].split()]
    words = [w for w in words if w.replace("-", "").isalpha()]  # "co-starred" is a word of prose
    return len(words) >= 3 and not any(
        len(w) > 3 and w.islower() and w not in HEADLINE_SMALL_WORDS for w in words
    )


# Prepositions a headline leaves in lower case ("Life as a Mom on Dancing with the Stars").
HEADLINE_SMALL_WORDS = frozenset({"with", "from", "into", "over", "onto", "upon"})


# Players who exist only in a band: "the Velvet Lanes drummer" names a band, not a work.
BAND_PLAYER_NOUNS = frozenset({"guitarist", "drummer", "bassist", "keyboardist", "keyboard-player"})
MEMBER_NOUNS = frozenset({"singer", "vocalist", "guitarist", "drummer", "bassist", "keyboardist", "frontman"})


def _member_with(doc: Doc, i: int) -> bool:
    """ "the singer with X", "a drummer with X", "lead singer of X", "guitarist of X": a player "with"
    or "of" a name is in that band."""
    if i < 2 or doc[i - 1].lower_ not in {"with", "of"} or doc[i - 2].lower_ not in MEMBER_NOUNS:
        return False
    player = doc[i - 2].lower_ in BAND_PLAYER_NOUNS or (i >= 3 and doc[i - 3].lower_ == "lead")
    return doc[i - 1].lower_ == "with" or player


def named_band(doc: Doc, text: str) -> bool:
    """The article calls the name a band: a band noun right before or after it ("the band X", "X bandmate",
    "boy band X"), "former X singer", a band player after it ("X drummer"), "the singer with X", or X as
    the subject of a verb on "their" ("X recorded their set")."""
    words = text.split()
    starts = {m.start() for m in re.finditer(re.escape(words[0]), text_of(doc))} if words else set()
    for tok in (doc.char_span(i, i + len(words[0]), alignment_mode="expand") for i in sorted(starts)):
        if tok is None:
            continue
        tok = tok[0]
        if tok.text != words[0] or doc[tok.i : tok.i + len(words)].text != text:
            continue
        end = tok.i + len(words)
        before = doc[tok.i - 1].lower_ if tok.i > 0 else ""
        after = doc[end].lower_ if end < len(doc) else ""
        if before in lx.BAND_NOUNS or after in lx.BAND_NOUNS or (before, after) == ("former", "singer"):
            return True
        if after in BAND_PLAYER_NOUNS or _member_with(doc, tok.i):
            return True
        root = doc[tok.i : end].root
        if root.dep_ == "nsubj" and any(
            c.dep_ == "poss" and c.lower_ == "their"
            for o in root.head.children
            if o.dep_ == "dobj"
            for c in o.children
        ):
            return True
    return False
