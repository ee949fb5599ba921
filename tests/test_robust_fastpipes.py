"""The faster attribute ruler and lemmatizer (``newsfacts.fastpipes``) annotate exactly like spaCy's own
components: every attribute of every token, on real articles and on arbitrary text."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsfacts.fastpipes import FastAttributeRuler, FastLemmatizer, speed_up
from newsfacts.nlp import model_name


@pytest.fixture(scope="module")
def stock():
    """spaCy's pipeline as shipped (with newsfacts' tokenizer fixes and paragraph breaks, so only the
    components differ)."""
    import spacy

    from newsfacts.nlp import UNUSED_COMPONENTS, _news_tokenizer_fixes
    from newsfacts.paragraphs import add_paragraph_breaks

    nlp = spacy.load(model_name(), exclude=list(UNUSED_COMPONENTS))
    _news_tokenizer_fixes(nlp)
    add_paragraph_breaks(nlp)
    return nlp


def signature(doc) -> list[tuple]:
    return [
        (
            t.text,
            t.tag_,
            t.pos_,
            str(t.morph),
            t.lemma_,
            t.dep_,
            t.head.i,
            t.ent_iob_,
            t.ent_type_,
            t.is_sent_start,
        )
        for t in doc
    ]


def test_the_session_pipeline_uses_the_stand_ins(stock, nlp) -> None:
    assert nlp.pipe_names == stock.pipe_names  # same names, same places
    kinds = {name: type(proc) for name, proc in nlp.pipeline}
    assert kinds.get("attribute_ruler") is FastAttributeRuler
    assert kinds.get("lemmatizer") is FastLemmatizer


def test_same_annotations_on_real_articles(stock, nlp, corpus: Path) -> None:
    files = sorted((corpus / "celebrity" / "fake").glob("*.txt"))[:25]
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in files]
    for a, b in zip(stock.pipe(texts), nlp.pipe(texts), strict=True):
        assert signature(a) == signature(b)


NASTY = [
    "I ain't gonna do nothin' y'all.",
    "He doesn't, she didn't, they haven't.",
    "It's 5 o'clock;  \n\n  ok",
    "Whether or not she will, he'd've said 'til then.",
    "The couple's twins were born.",
    "\t \n",
    "Mr. O'Neill-Smith was U.S.-born.",
    "She has had it; he's been there.",
    "NOTHIN' nothin' nuthin'",
    "wed Wed WED",
    "are 're 'm am is 's",
    "do does did 'd have has had",
    "n't nt n’t not",
]


@given(
    st.lists(st.one_of(st.sampled_from(NASTY), st.text(max_size=60)), min_size=1, max_size=6).map(" ".join)
)
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_same_annotations_on_any_text(stock, nlp, text: str) -> None:
    assert signature(stock(text)) == signature(nlp(text))
    (a,) = stock.pipe([text])
    (b,) = nlp.pipe([text])
    assert signature(a) == signature(b)


def test_unsupported_patterns_keep_spacys_component() -> None:
    import spacy

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "x", "OP": "+"}]], {"TAG": "XX"})
    assert speed_up(nlp) == []
    assert type(nlp.get_pipe("attribute_ruler")).__name__ == "AttributeRuler"
