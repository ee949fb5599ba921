"""A blank line (a paragraph break) always starts a sentence.

spaCy's parser often runs a headline into the first sentence of the body ("... COMEBACK TOUR\\n\\nLena
Moss has thrilled ..."), or a paragraph into the next one, when the line before the break has no final
punctuation or ends in a quotation mark. The headline's words then join the first sentence's parse and
its facts. A small component before the parser marks the first token after a blank line as a sentence
start; the parser keeps preset sentence starts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc

COMPONENT = "newsfacts_paragraphs"


def paragraph_starts(doc: Doc) -> list[int]:
    """Indices of the tokens that open a paragraph: the first non-space token after a blank line.

    spaCy keeps line breaks in whitespace tokens (a token's own trailing whitespace is one space at
    most), so only those are read."""
    from spacy.attrs import IS_SPACE

    n = len(doc)
    out: list[int] = []
    newlines, last, run_start = 0, -2, 0
    for i in doc.to_array([IS_SPACE]).nonzero()[0].tolist():
        if i != last + 1:
            newlines, run_start = 0, i
        newlines += doc[i].text.count("\n")
        last = i
        if newlines >= 2 and run_start > 0 and i + 1 < n and _opens_paragraph(doc[i + 1].text):
            out.append(i + 1)
    return out


def _opens_paragraph(text: str) -> bool:
    """A paragraph opens with a capital, a digit, a quotation mark or a bracket; a lower-case word
    after a blank line is a line wrapped inside a sentence ("she had a\\n\\n boyfriend since …")."""
    return not text.isspace() and not text[0].islower()


def mark_paragraphs(doc: Doc) -> Doc:
    """The paragraph's first token opens a sentence; its second does not (the parser would otherwise
    sometimes cut a one-word sentence off the paragraph: "Tom | Vale and ...")."""
    from spacy.attrs import SENT_START

    starts = paragraph_starts(doc)
    if not starts:
        return doc
    values = doc.to_array([SENT_START]).astype("int64")  # one write: Token.is_sent_start scans the doc
    for i in starts:
        values[i] = 1
        if i + 1 < len(doc) and not doc[i + 1].is_space:
            values[i + 1] = -1
    doc.from_array([SENT_START], values.astype("uint64"))
    return doc


def add_paragraph_breaks(nlp: Language) -> None:
    """Put the component just before the parser (a pipeline without one is left as it is)."""
    from spacy.language import Language as Lang

    if "parser" not in nlp.pipe_names or COMPONENT in nlp.pipe_names:
        return
    if not Lang.has_factory(COMPONENT):
        Lang.component(COMPONENT, func=mark_paragraphs)
    nlp.add_pipe(COMPONENT, before="parser")
