"""Headline-style text, where capitals say nothing about names: title-cased lines and sentences,
link lines and subheadings, photo-caption lines of names, and the body's name inside a headline name."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from newsfacts import lexicon as lx
from newsfacts.doc_text import text_of
from newsfacts.people_name_spans import NAME_TOKEN_RE, clean_name, third_person


def title_lines(doc: Doc, headline_end: int) -> list[tuple[int, int]]:
    """Character ranges of title-cased lines after the headline: a link to another story ("MORE: X Y
    Busts Out With Z", "PHOTOS: …") or a subheading, where capitals say nothing about names. A line
    counts when it has four or more words (not a byline "By Ana Ruiz"), three of four letters or more
    ("Ana is mom to Leo and Mia." has two), and none of those in lower case."""
    out: list[tuple[int, int]] = []
    pos = 0
    for line in text_of(doc).split("\n"):
        start, pos = pos, pos + len(line) + 1
        if start < headline_end:
            continue
        words = [w for w in line.split() if w[:1].isalpha()]
        long = [w for w in words if len(w.strip(".,:;!?\"'“”‘’")) > 3]
        if len(words) >= 4 and len(long) >= 3 and not any(w[:1].islower() for w in long):
            out.append((start, start + len(line)))
    return out


def plain_link_name(span: Span) -> bool:
    """A two-word name in a title-cased line that is a name as it stands: not one glued to a verb
    before another name ("Ana Kicks Tom Reed Out": "Kicks" is a verb), not in a photo credit."""
    doc = span.doc
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is not None and nxt.ent_type_ == "PERSON" and nxt.ent_iob_ == "B":
        return False
    line_start = text_of(doc).rfind("\n", 0, span.start_char) + 1
    line_end = text_of(doc).find("\n", span.end_char)
    line = text_of(doc)[line_start : line_end if line_end >= 0 else len(text_of(doc))].lower()
    return not any(w.strip(";,./") in lx.CREDIT_WORDS for w in line.replace("/", " ").split())


def headline_verb(word: str) -> bool:
    """ "Silence", "Shows", "Talks": a verb a title-cased headline puts after a first name."""
    return word in lx.HEADLINE_BASE_VERBS or third_person(word, lx.HEADLINE_BASE_VERBS)


def body_name_inside(span: Span, body_names: set[str]) -> Span | None:
    """The longest run of two or more words of a headline name that the body uses as a full name:
    headline capitals glue words before or after a name ("Heartbroken X Y", "X Y Busts Out")."""
    for size in range(len(span), 1, -1):
        for i in range(len(span) - size + 1):
            sub = span[i : i + size]
            words = clean_name(sub.text).lower().split()
            if len(words) >= 2 and " ".join(words) in body_names:
                return sub
    return None


def caption_lines(doc: Doc) -> tuple[list[tuple[int, int]], list[Span]]:
    """Photo-caption lines: names side by side, closed by a credit ("Ana Ruiz Tom Reed Getty
    Images"). NER reads such a run as one or two odd names; the line is read as first-and-last-name
    pairs instead, each kept only if the article names that person elsewhere (a "maybe" name).
    Returns the lines' token ranges and those pairs."""
    lines: list[tuple[int, int]] = []
    names: list[Span] = []
    start = 0
    for t in doc:
        if "\n" not in t.text and t.i + 1 < len(doc):
            continue
        end = t.i if "\n" in t.text else t.i + 1
        words = [w for w in doc[start:end] if not w.is_space]
        start = t.i + 1
        if len(words) < 3 or words[-1].lower_ not in lx.CREDIT_WORDS:
            continue
        body = list(words)
        while body and body[-1].lower_ in lx.CREDIT_WORDS:
            body.pop()
        if not body or len(body) % 2 or not all(NAME_TOKEN_RE.match(w.text) for w in body):
            continue
        lines.append((words[0].i, words[-1].i + 1))
        names += [doc[body[k].i : body[k + 1].i + 1] for k in range(0, len(body), 2)]
    return lines, names


def title_cased(sent: Span) -> bool:
    """A headline-style sentence ("Dream Scenario? Mia Wants To Adopt"): no word of four letters or
    more in lower case, so capitals say nothing about names."""
    return not any(t.is_alpha and len(t) > 3 and t.is_lower for t in sent)
