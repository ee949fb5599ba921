"""Project titles in quotation marks: a quotation does not run over a paragraph break (a stray mark
left before one pairs with nothing, so the marks after it pair as written), and a quotation all in
capitals is a shout, not a title.

Every sentence is invented (names and titles); the positive case fails without the rule, the
negative case guards its edge."""

from __future__ import annotations

from spacy.language import Language

from helpers import cast_of, projects
from newsfacts.context import Ctx
from newsfacts.extractors.project_titles import titles


def test_quotation_stops_at_a_paragraph_break() -> None:
    text = (
        "Mia Cole was seen in Paris. Back in May, her son started rumors by posting a story of Mia Cole "
        'and Tom at dinner saying, "Excited about my new step mom."\n\n'
        'In her interview, the "Night Desk" alum said she was happy.'
    )
    assert projects(text) == [("Mia Cole", "Night Desk")]


def test_shouted_quotation_is_no_title(nlp: Language) -> None:
    text = 'Mia Cole wrote: "NO – YOU ARE CRYING BECAUSE SHE IS HAVING TWINS." She starred in "Night Desk."'
    cast, doc = cast_of(nlp, text)
    ctx = Ctx(article="t", doc=doc, cast=cast, anchor=None, timexes=[])  # type: ignore[arg-type]
    found = [t.span(doc).text for sent in doc.sents for t in titles(ctx, sent)]
    assert found == ["Night Desk"]
