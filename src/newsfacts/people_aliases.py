"""Alias merging: the forms of one person's name (first name, surname, nickname, double surname,
accents) join one record under the fullest form."""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc, Span, Token

from newsfacts import lexicon as lx
from newsfacts.people_cast import PersonRec, name_words
from newsfacts.people_name_spans import clean_name


def _nick_of(short: str, first: str) -> bool:
    return (
        len(short) >= 3 and first.startswith(short) and len(first) > len(short)
    ) or first in lx.NICKNAMES.get(short, ())


def _initial_form(short: list[str], full: list[str]) -> bool:
    """ "Kim K" (or "Kim K.") for "Kim Kardashian": the same first name and the initial of a later word."""
    if len(short) != 2 or len(full) < 2 or short[0] != full[0]:
        return False
    letter = short[1].rstrip(".")
    return len(letter) == 1 and letter.isalpha() and any(w.startswith(letter) for w in full[1:])


class _Clusterer:
    def __init__(self) -> None:
        self.people: dict[str, PersonRec] = {}
        self.last_seen: dict[str, int] = {}
        self.bare: dict[str, set[str]] = {}  # person → the single words the article calls them by alone

    def add_full(self, name: str, at: int) -> str:
        words = name_words(name)
        for p in self.people.values():
            pw = p.tokens
            if pw == words:
                return p.key
            same_last = pw[-1] == words[-1]
            if same_last and len(pw) >= 2 and (_nick_of(words[0], pw[0]) or _nick_of(pw[0], words[0])):
                if _nick_of(pw[0], words[0]):  # the new form has the full first name
                    self._rename(p, name)
                else:
                    p.aliases.add(name)
                return p.key
            if _initial_form(words, pw) or _initial_form(pw, words):  # "Kim K" of "Kim Kardashian"
                if _initial_form(pw, words):
                    self._rename(p, name)
                else:
                    p.aliases.add(name)
                return p.key
            # "Kardashian West" is the end of "Kim Kardashian West": a double surname alone.
            if len(words) >= 2 and len(pw) > len(words) and pw[-len(words) :] == words:
                p.aliases.add(name)
                return p.key
            # "Kim Kardashian" ⊂ "Kim Kardashian West": the same first name and all of the shorter inside.
            if pw[0] == words[0] and (set(pw) <= set(words) or set(words) <= set(pw)):
                if len(words) > len(pw):
                    self._rename(p, name)
                else:
                    p.aliases.add(name)
                return p.key
        key = name.lower()
        self.people[key] = PersonRec(key=key, name=name, first_token=at)
        return key

    def _rename(self, p: PersonRec, name: str) -> None:
        p.aliases.add(p.name)
        p.name = name
        p.aliases.discard(name)

    def match_single(self, word: str, at: int) -> str | None:
        w = " ".join(name_words(word))
        cands = [
            p
            for p in self.people.values()
            if len(p.tokens) > 1 and (w in (p.tokens[0], p.tokens[-1]) or w in p.tokens[-1].split("-"))
        ]  # "Goldsmith" is "Elaine Goldsmith-Thomas"
        if not cands:
            cands = [p for p in self.people.values() if len(p.tokens) > 1 and _nick_of(w, p.tokens[0])]
        if not cands:
            single = [p for p in self.people.values() if p.tokens == [w]]
            if not single:  # "Bey" after "Beyoncé", both only ever named by one word
                single = [p for p in self.people.values() if len(p.tokens) == 1 and _nick_of(w, p.tokens[0])]
            return single[0].key if len(single) == 1 else None
        if len(cands) == 1:
            return cands[0].key
        # Several people share this name: the one the article already calls by this word alone, with
        # no title ("Voss" for the singer, not her mother; "Mrs. Voss" does not count), else the one
        # introduced first among those already named (news style names its subject in full first and
        # calls relatives by their first names: "Voss" after "her newborn, Ana Voss" is still the
        # singer), else the most named.
        called = [p for p in cands if w in self.bare.get(p.key, set())]
        if len(called) == 1:
            return called[0].key
        before = [p for p in cands if 0 <= self.last_seen.get(p.key, -1) < at]
        if before:
            return min(before, key=lambda p: p.first_token).key
        return max(cands, key=lambda p: (p.mentions, -p.first_token)).key


def shared_surname(doc: Doc, s: Span, multi: list[Span]) -> str | None:
    """ "A and B Surname" — one first name coordinated with a full name shares its surname; a word
    that is no known first name ("musicians Sting and Ana Ruiz", "Drake and Ana Ruiz") shares nothing."""
    if len(s) != 1 or s.end + 2 >= len(doc) or doc[s.end].lower_ not in {"and", "&"}:
        return None
    if not lx.is_first_name(s[0].text):
        return None
    if (
        s.start >= 3
        and doc[s.start - 1].text == ","
        and doc[s.start - 2].pos_ == doc[s.start - 3].pos_ == "PROPN"
    ):
        return None  # "A B, C D, Ciara and Eva Moss": a list of full names ("Kim, Khloé and Ana Moss" share)
    nxt = next((m for m in multi if m.start == s.end + 1), None)
    if nxt is None:
        return None
    words = clean_name(nxt.text).split()
    return words[-1] if len(words) == 2 and words[0] != "The" else None


def match_in_order(cl: _Clusterer, spans: list[tuple[Span, str]], name: str, at: int) -> str | None:
    for s, key in spans:
        if s.start < at:
            cl.last_seen[key] = max(cl.last_seen.get(key, -1), s.start)
    return cl.match_single(name, at)


TITLE_WORDS = frozenset(
    {"queen", "king", "prince", "princess", "lady", "lord", "sir", "dame", "mama", "papa"}
)
FORMER_NAME_CUES = (
    ("then", "known", "as"),
    ("formerly", "known", "as"),
    ("previously", "known", "as"),
    ("born",),
)


def merge_into(cl: _Clusterer, spans: list[tuple[Span, str]], src: str, dst: str) -> None:
    """Fold person ``src`` into ``dst``: its name and aliases become ``dst``'s aliases."""
    if src == dst or src not in cl.people or dst not in cl.people:
        return
    gone = cl.people.pop(src)
    cl.people[dst].aliases |= {gone.name, *gone.aliases}
    cl.people[dst].aliases.discard(cl.people[dst].name)
    spans[:] = [(s, dst if k == src else k) for s, k in spans]


def merge_title_nicknames(cl: _Clusterer, spans: list[tuple[Span, str]]) -> None:
    """ "Queen Bey" after "Beyoncé": a title before a nickname (or the name itself) of exactly one
    person named by one word is that person."""
    for key, p in list(cl.people.items()):
        if len(p.tokens) != 2 or p.tokens[0] not in TITLE_WORDS:
            continue
        short = p.tokens[1]
        one = [
            q.key
            for q in cl.people.values()
            if len(q.tokens) == 1 and q.key != key and (q.tokens[0] == short or _nick_of(short, q.tokens[0]))
        ]
        if len(one) == 1:
            merge_into(cl, spans, key, one[0])


def merge_former_names(doc: Doc, cl: _Clusterer, spans: list[tuple[Span, str]]) -> None:
    """ "Caitlyn Jenner, then known as Bruce Jenner": a former name is an alias of the person."""
    by_start = {s.start: k for s, k in spans}
    for s, key in list(spans):
        j = s.end + (1 if s.end < len(doc) and doc[s.end].text == "," else 0)
        for cue in FORMER_NAME_CUES:
            words = [t.lower_ for t in doc[j : j + len(cue)]]
            if tuple(words) == cue and (j + len(cue)) in by_start:
                merge_into(cl, spans, by_start[j + len(cue)], key)
                by_start = {s2.start: k2 for s2, k2 in spans}
                break


INITIAL_NICKNAME_RE = re.compile(r"^([a-z])[.\-]?([a-z]{2,})$")


def merge_variant_spellings(cl: _Clusterer, spans: list[tuple[Span, str]]) -> None:
    """Forms of one name the article writes differently: a first name with two letters swapped ("Kayne
    West" beside "Kanye West") or a letter doubled in one form only ("Jenifer Lane" beside "Jennifer
    Lane"), a surname with a typo ("Ana Minelli" beside "Ana Minnelli"), an
    initial-and-syllable nickname ("J.Lo", "A-Rod" for a name whose first name starts with the initial and
    whose surname starts with the syllable). Each joins the one person
    it fits; with two candidates nobody."""
    for key in list(cl.people):
        p = cl.people.get(key)
        if p is None:
            continue
        target = _variant_of(cl, p)
        if target is not None:
            src, dst = _keep_most_named(spans, key, target)
            merge_into(cl, spans, src, dst)


def _variant_of(cl: _Clusterer, p: PersonRec) -> str | None:
    words = p.tokens
    others = [q for q in cl.people.values() if q.key != p.key]
    if len(words) >= 2:
        fits = [
            q.key
            for q in others
            if len(q.tokens) == len(words)
            and (
                (
                    q.tokens[1:] == words[1:]
                    and (_swapped(q.tokens[0], words[0]) or _one_typo(q.tokens[0], words[0]))
                )
                or (q.tokens[:-1] == words[:-1] and _one_typo(q.tokens[-1], words[-1]))
            )
        ]
    else:
        m = INITIAL_NICKNAME_RE.match(words[0])
        if m is None or not re.search(r"[.\-]|[a-z][A-Z]", p.name):
            return None
        fits = [
            q.key
            for q in others
            if len(q.tokens) >= 2 and q.tokens[0][0] == m.group(1) and q.tokens[-1].startswith(m.group(2))
        ]
    return fits[0] if len(fits) == 1 else None


def _one_typo(a: str, b: str) -> bool:
    """Two names of five letters or more (surnames, and first names beside the same surname), one a
    typo of the other: neighbouring letters swapped, or a letter doubled in one and single in the other
    ("Minelli" for "Minnelli", "Jenifer" for "Jennifer")."""
    if a == b or min(len(a), len(b)) < 5:
        return False
    return _swapped(a, b) or (abs(len(a) - len(b)) == 1 and _undoubled(a) == _undoubled(b))


def _undoubled(word: str) -> str:
    return re.sub(r"(.)\1", r"\1", word)


def _swapped(a: str, b: str) -> bool:
    """Two words of four letters or more that differ by one swap of neighbouring letters."""
    if len(a) != len(b) or len(a) < 4 or a == b:
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


def _keep_most_named(spans: list[tuple[Span, str]], a: str, b: str) -> tuple[str, str]:
    """(the person to fold, the person to keep): a swapped spelling folds into the form named more often;
    a nickname (``a``) folds into ``b`` when they are named as often."""
    counts = Counter(k for _, k in spans)
    return (b, a) if counts[a] > counts[b] else (a, b)


def merge_bracketed_names(doc: Doc, cl: _Clusterer, spans: list[tuple[Span, str]]) -> None:
    """ "Robyn [Ruiz] is pregnant": an editor's bracket right after a one-word name says whom it means;
    the one-word name is an alias of the person named in the bracket; a surname in the bracket that
    names nobody else completes the name ("Greta [Reed]": Greta Reed)."""
    by_start = {s.start: k for s, k in spans}
    for s, key in list(spans):
        j = s.end
        if len(s) != 1 or j + 2 >= len(doc) or doc[j].text != "[" or doc[j + 2].text != "]":
            continue
        other = by_start.get(j + 1)
        one_word = key in cl.people and len(cl.people[key].tokens) == 1
        if other is not None and other != key and one_word:
            first = cl.people[key].name
            # named only in the bracket, a one-word surname completes the name ("Kristen [Stewart]");
            # a person the article names elsewhere too ("Robyn [Mira]" for the singer Mira) is just whom
            # the first name means
            alone = all(s2.start == j + 1 for s2, k2 in spans if k2 == other)
            merge_into(cl, spans, key, other)
            by_start = {s2.start: k2 for s2, k2 in spans}
            target = cl.people[other]
            if alone and len(target.tokens) == 1 and _surname_word(doc[j + 1]):
                full = f"{first} {target.name}"
                if not any(p.tokens == name_words(full) for p in cl.people.values()):
                    cl._rename(target, full)
        elif other is None and one_word and _surname_word(doc[j + 1]):
            full = f"{cl.people[key].name} {doc[j + 1].text}"
            if not any(p.tokens == name_words(full) for p in cl.people.values()):
                cl._rename(cl.people[key], full)


def _surname_word(tok: Token) -> bool:
    return tok.pos_ == "PROPN" and tok.is_alpha and tok.text[0].isupper() and not tok.is_upper
