"""Property tests over the whole pipeline: arbitrary text and arbitrary headers never raise and always give
valid JSON that round-trips through the pydantic models. spaCy is slow, so example counts stay modest
(the pipeline is loaded once per session by the ``nlp`` fixture)."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsfacts.export import to_csv, to_json, to_jsonl, to_markdown
from newsfacts.load import decode, from_record, from_text, normalise_newlines
from newsfacts.pipeline import analyse_documents, decide_anchor
from newsfacts.reconcile import reconcile
from newsfacts.schema import Result

SETTINGS = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# words that wake the extractors and the date engine up, so the examples reach past the tokenizer
NEWSY = [
    "Rebecca Thorsby",
    "Gregory Corvell",
    "Anna",
    "She",
    "he",
    "the actress",
    "the couple",
    "married",
    "divorced",
    "filed for divorce",
    "engaged",
    "wed",
    "son",
    "daughter",
    "twins",
    "gave birth to",
    "dating",
    "split",
    "in 2012",
    "last year",
    "eight months ago",
    "on Monday",
    "June 2011",
    "11 years of marriage",
    "12-year-old",
    "41,",
    "stars in",
    "the film",
    "'Red Kite'",
    "lives in",
    "Paris",
    ".",
    ",",
    "\n\n",
    "and",
    "was",
    "has",
    "their",
    "of",
    "after",
    "since",
    "(",
    ")",
    '"',
    "’s",
    "Mr.",
    "Jr.",
    "42",
    "—",
]
newsy_text = st.lists(st.sampled_from(NEWSY), max_size=60).map(" ".join)
any_text = st.text(max_size=400)
mixed_text = st.one_of(newsy_text, any_text, st.tuples(newsy_text, any_text).map("".join))
header_value = st.one_of(
    st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)).map(date.isoformat),
    st.sampled_from(["2024-02-30", "2024-13-01", "0000-00-00", "2024-1-1", "yesterday", "", "9999-12-31"]),
    st.text(alphabet=st.characters(blacklist_categories=("Zs", "Cc")), min_size=1, max_size=20),
)


def _check(result: Result) -> None:
    text = to_json(result)
    again = Result.model_validate_json(text)
    assert to_json(again) == text
    for writer in (to_jsonl, to_csv, to_markdown):
        assert isinstance(writer(result), str)


@given(header=st.one_of(st.none(), header_value), body=mixed_text)
@SETTINGS
def test_any_text_with_any_header_gives_valid_json(nlp, header: str | None, body: str) -> None:
    raw = body if header is None else f" date {header} {body}"
    doc = from_text(normalise_newlines(raw), "x", "x.txt")
    results = list(analyse_documents([doc]))
    assert len(results) == 1 and results[0].error is None, results[0].error
    _check(reconcile(results))


@given(data=st.binary(max_size=300))
@SETTINGS
def test_any_bytes_give_valid_json(nlp, data: bytes) -> None:
    text, _ = decode(data)
    if text is None or not text.strip():
        return
    doc = from_text(normalise_newlines(text), "b", "b.txt")
    _check(reconcile(list(analyse_documents([doc]))))


@given(
    published=st.one_of(st.none(), header_value, st.integers(), st.floats(allow_nan=True)),
    title=st.one_of(st.none(), st.text(max_size=30)),
    body=newsy_text.filter(str.strip),
)
@SETTINGS
def test_any_json_record_gives_valid_json(nlp, published: object, title: str | None, body: str) -> None:
    doc = from_record({"id": "r", "text": body, "published": published, "title": title}, "r", "r.jsonl")
    art = decide_anchor(doc, today=date(2025, 1, 1))
    assert art.id == "r"
    _check(reconcile(list(analyse_documents([doc], today=date(2025, 1, 1)))))


@given(bodies=st.lists(newsy_text, min_size=2, max_size=4))
@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_several_articles_reconcile_to_valid_json(nlp, bodies: list[str]) -> None:
    docs = [from_text(f" date 2024-0{i + 1}-15 {b}", f"a{i}", f"a{i}.txt") for i, b in enumerate(bodies)]
    _check(reconcile(list(analyse_documents(docs))))
