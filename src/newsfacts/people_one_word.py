"""One-word names that stand for something other than one person though the small NER tags them PERSON:
a couple's blended nickname ("Brad" + "Jen" = "Bren"), a royal title ("the Queen"), the place of a
"Slovenia-born" compound, a quantity noun before "of" ("Tons of …"), a work's title in
apposition to its noun ("his new movie, Harbor"), a family ("the Vales"), a storm ("Hurricane Lena")."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from newsfacts import lexicon as lx
from newsfacts.people_cast import PersonRec, name_words

# Nouns of quantity that open "Tons of gloss", "Dozens of fans": capitalised only at a sentence's start.
QUANTITY_NOUNS = frozenset(
    {"tons", "lots", "loads", "heaps", "dozens", "hundreds", "thousands", "millions", "plenty", "scores"}
)


def blended_name(word: str, others: list[str]) -> bool:
    """ "Bren" (Brad + Jen), "Hiddleswift" (Hiddleston + Swift), "Abelena" (Abel + Selena): a word
    made of the start of one person's name word and the end of another's is the couple's nickname,
    not a third person (a doubled nickname, "RiRi", is one person's)."""
    word = word.lower()
    half = len(word) // 2
    if len(word) < 4 or lx.is_first_name(word) or (len(word) % 2 == 0 and word[:half] == word[half:]):
        return False
    for i in range(2, len(word) - 1):
        head, tail = word[:i], word[i:]
        starts = [o for o in others if o.startswith(head) and o != word and len(o) >= 3]
        if not starts:
            break
        if any(o.endswith(tail) and o != word and len(o) >= 3 and o not in starts for o in others):
            return True
    return False


def couple_nicknames(people: dict[str, PersonRec]) -> set[str]:
    """The keys of one-word people whose name blends two other people's name or alias words."""
    found = set()
    for key, rec in people.items():
        if len(rec.tokens) != 1:
            continue
        others = [w for k, r in people.items() if k != key for w in _name_words(r)]
        if blended_name(rec.tokens[0], others):
            found.add(key)
    return found


def _name_words(rec: PersonRec) -> set[str]:
    """The lower-case words of a person's name and aliases ("Jen" for Jennifer Aniston)."""
    return {w for name in (rec.name, *rec.aliases) for w in name_words(name)}


def royal_title(doc: Doc, span: Span) -> bool:
    """ "The Queen has no intention …", "the Duke and Duchess": a royal title after "the" names an office
    held by someone, not a given name ("his fiancée Princess" is one)."""
    return (
        len(span) == 1
        and span[0].lower_ in lx.ROYAL_WORDS
        and span.start > 0
        and doc[span.start - 1].lower_ == "the"
    )


def born_place(doc: Doc, span: Span) -> bool:
    """ "the Slovenia-born model": a name joined by a hyphen to "born" is the birthplace."""
    i = span.end
    return i + 1 < len(doc) and doc[i].text == "-" and not doc[i].whitespace_ and doc[i + 1].lower_ == "born"


def quantity_noun(doc: Doc, span: Span) -> bool:
    """ "Tons of lip gloss can …": a quantity noun before "of" counts things; it is no name."""
    return (
        len(span) == 1
        and span[0].lower_ in QUANTITY_NOUNS
        and span.end < len(doc)
        and doc[span.end].lower_ == "of"
    )


# Work kinds whose noun a title follows in apposition: "his new movie, Harbor", "her album, Lemon".
APPOSED_WORK_KINDS = frozenset({"film", "tv", "music", "book", "stage"})
# Work nouns that also head a clause a name may follow ("the show, Lena said"; "a play, Tom …").
LOOSE_WORK_NOUNS = frozenset({"show", "play", "record", "single", "hit", "season", "episode", "track"})


def work_in_apposition(span: Span) -> bool:
    """ "Tom Vale's new movie, Harbor.": a one-word name in apposition to a work noun is the work's title."""
    root = span.root
    head = root.head
    return (
        len(span) == 1
        and root.dep_ == "appos"
        and head.i < span.start
        and head.is_lower
        and lx.WORK_NOUNS.get(head.lower_) in APPOSED_WORK_KINDS
        and head.lower_ not in LOOSE_WORK_NOUNS
    )


def not_one_person(doc: Doc, spans: list[tuple[Span, str]], people: dict[str, PersonRec]) -> set[str]:
    """One-word people that some mention shows to be a couple, a family, an office, a work or a storm."""
    found = {
        key
        for s, key in spans
        if len(people[key].tokens) == 1
        and (royal_title(doc, s) or work_in_apposition(s) or storm_name(doc, s))
    }
    return found | couple_nicknames(people) | family_plurals(people)


# Heads of a storm's name: storms are named like people ("Hurricane Lena", "Hurricanes Tom and Ana").
STORM_WORDS = frozenset(
    {"hurricane", "hurricanes", "storm", "storms", "typhoon", "typhoons", "cyclone", "cyclones"}
)


def storm_name(doc: Doc, span: Span) -> bool:
    """ "Hurricanes Harvey and Lena": a name after a storm word, or joined to one that is, names a storm."""
    root = span.root
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    before = [doc[i - 1] for i in (root.i, span.start) if i > 0]
    return any(t.lower_ in STORM_WORDS and t.text[:1].isupper() for t in before)


def family_plurals(people: dict[str, PersonRec]) -> set[str]:
    """ "the Vales", "Mr. Vales's estate": a one-word name that is another person's surname with a plural
    "-s" is the family, or a typo for that person, not a new person (a surname that is also a given
    name, "Williams" beside Prince William, is left alone)."""
    surnames = {
        r.tokens[-1] for r in people.values() if len(r.tokens) > 1 and not lx.is_first_name(r.tokens[-1])
    }
    return {
        key
        for key, rec in people.items()
        if len(rec.tokens) == 1
        and rec.tokens[0] not in surnames
        and (rec.tokens[0][:-1] in surnames and rec.tokens[0].endswith("s"))
    }
