"""A parsed document's text, built once: spaCy's ``Doc.text`` joins every token anew on each access, and
the extractors ask for it per title and per line."""

from __future__ import annotations

from spacy.tokens import Doc

KEY = "newsfacts_text"


def text_of(doc: Doc) -> str:
    """``doc.text``, computed on the first call and kept in the document's ``user_data``."""
    cached = doc.user_data.get(KEY)
    if cached is None:
        cached = doc.user_data[KEY] = doc.text
    return cached
