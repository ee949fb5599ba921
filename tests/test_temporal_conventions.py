"""Temporal engine: TimeBank conventions (vague multiples, discourse "now", reported quarters),
and the tense of life events.

Sentences of our own; each positive case fails without the rule it is written for, and the
negative cases pin what the rule must leave alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from newsfacts.temporal import find_timexes

A = date(1998, 3, 4)  # a Wednesday


def values(text: str, anchor: date = A) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, anchor)}


# ---------------------------------------------------------------- unknown numbers of decades / centuries
@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("The walled town has guarded the pass for centuries.", "centuries", "PXC"),
        ("The two families have feuded for decades.", "decades", "PXE"),
        # a counted amount is still written in years
        ("The vineyard has been in the family for two centuries.", "two centuries", "P200Y"),
        ("The glacier has shrunk in three decades.", "three decades", "P30Y"),
    ],
)
def test_vague_decades_and_centuries(text: str, expr: str, value: str) -> None:
    assert values(text)[expr] == value


# ---------------------------------------------------------------- "Now for ..." as a presenter's turn
@pytest.mark.parametrize(
    "text",
    [
        "That was the sports news.\n\nNow for a look at the weekend weather.",
        "Thanks, Anna. Now for the markets, and a quiet day in Tokyo.",
    ],
)
def test_sentence_initial_now_for_is_a_discourse_marker(text: str) -> None:
    assert "Now" not in values(text)


@pytest.mark.parametrize(
    ("text", "expr"),
    [
        ("They split in 2015. Now, the pair share a home in Malibu.", "Now"),  # contrast with the past
        ("Now the city will try a third time.", "Now"),
        ("The singer now lives in Lisbon.", "now"),
        ("Until now, nobody had asked.", "now"),  # not sentence-initial
        ("The band, now a trio, tours in May.", "now"),
    ],
)
def test_temporal_now_is_kept(text: str, expr: str) -> None:
    assert values(text)[expr] == "PRESENT_REF"


# ---------------------------------------------------------------- "most recently <date>"
@pytest.mark.parametrize(
    ("text", "date_expr"),
    [
        ("Three stores were robbed, most recently last October.", "last October"),
        ("The band has toured Japan twice, more recently in 1994.", "1994"),
        ("The striker has been injured often, most recently on Saturday.", "Saturday"),
    ],
)
def test_most_recently_before_a_date_is_not_a_timex_of_its_own(text: str, date_expr: str) -> None:
    found = values(text)
    assert date_expr in found
    assert not any("recently" in k for k in found)


@pytest.mark.parametrize(
    "text",
    [
        "The actor was most recently seen in a stage play.",
        "They have made hits, most recently, Mariah Carey's new single.",  # "Mar..." is no month
    ],
)
def test_most_recently_alone_is_still_the_past(text: str) -> None:
    assert values(text)["most recently"] == "PAST_REF"


# ---------------------------------------------------------------- "the cars of tomorrow"
@pytest.mark.parametrize(
    "text",
    [
        "The cars of tomorrow will drive themselves.",
        "She wants to train the engineers of tomorrow.",
        "A museum for the heroes of yesterday opened downtown.",
    ],
)
def test_generic_of_tomorrow_is_not_a_day(text: str) -> None:
    assert not any(k in ("tomorrow", "yesterday") for k in values(text))


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("The offer expires at the end of today.", "today", "1998-03-04"),
        ("The jury will decide tomorrow.", "tomorrow", "1998-03-05"),
        ("Tomorrow's final starts at noon.", "Tomorrow's", "1998-03-05"),
        ("The cast of the play met yesterday.", "yesterday", "1998-03-03"),
    ],
)
def test_deictic_days_are_kept(text: str, expr: str, value: str) -> None:
    assert values(text)[expr] == value


# ---------------------------------------------------------------- "last year's quarter"
R = date(1989, 11, 1)  # an earnings-season publication date


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        (
            "Acme posted a third-quarter loss. Export sales for last year's quarter were $3 million.",
            "last year's quarter",
            "1988-Q3",
        ),
        (
            "Acme's second-quarter profit rose 8%, compared with last year's comparable period.",
            "last year's comparable period",
            "1988-Q2",
        ),
    ],
)
def test_last_years_quarter_is_the_reports_quarter_a_year_back(text: str, expr: str, value: str) -> None:
    assert values(text, R)[expr] == value


def test_last_year_alone_stays_a_year() -> None:
    found = values("Acme posted a third-quarter loss. It had a profit last year.", R)
    assert found["last year"] == "1988"


# ---------------------------------------------------------------- a time zone does not end the sentence
def test_clock_time_takes_the_day_of_a_dated_time_after_its_time_zone() -> None:
    text = "The convoy left at 5 in the morning (5 a.m. EST Friday), officials said."
    found = values(text, date(1998, 3, 4))
    assert found["5 a.m. EST Friday"] == "1998-02-27T05:00"
    assert found["5 in the morning"] == "1998-02-27T05:00"


def test_a_period_before_a_capitalised_word_still_ends_the_sentence() -> None:
    text = "Guards opened the gate at 5 a.m. Friday was quiet; the convoy left at 6 in the morning."
    assert values(text, date(1998, 3, 4))["6 in the morning"] == "1998-03-04T06:00"


# ---------------------------------------------------------------- a fiscal quarter reported as closed
NOV = date(1989, 11, 2)


def test_a_quarter_reported_in_the_past_is_the_one_compared() -> None:
    text = (
        "Acme Foods said it had a 30% drop in fourth-quarter profit. It earned $12 million, "
        "compared with $17 million a year earlier. Sales in the latest period rose 4%."
    )
    found = values(text, NOV)
    assert found["a year earlier"] == "1988-Q4"
    assert found["the latest period"] == "1989-Q4"


def test_a_quarter_still_ahead_is_not_the_one_compared() -> None:
    text = (
        "Analysts expect the slump to continue into the fourth quarter. "
        "Acme's profit rose to $12 million from $10 million a year earlier."
    )
    found = values(text, NOV)
    assert found["the fourth quarter"] == "1989-Q4"
    assert found["a year earlier"] == "1988"


# ---------------------------------------------------------------- tense cues of life events
SPRING = date(2024, 3, 9)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The actor died in June.", "2023-06"),  # "died": a short -ied past
        ("The couple married in June.", "2023-06"),
        ("The pair tied the knot in June.", "2023-06"),
        ("The singer, who wed in June, is expecting twins.", "2023-06"),
        ("The drummer strode off the stage in June.", "2023-06"),
    ],
)
def test_past_life_events_look_back(text: str, value: str) -> None:
    assert values(text, SPRING)["June"] == value


@pytest.mark.parametrize(
    "text",
    [
        "The two will split in June.",  # a past form after a modal is the base form
        "They plan to wed in June.",
        "The guitarist is going to quit in June.",
        "The married couple will renew their vows in June.",  # an adjective, not a past verb
        "They are happily married and expect a baby in June.",
    ],
)
def test_base_forms_and_adjectives_are_not_past_cues(text: str) -> None:
    assert values(text, SPRING)["June"] == "2024-06"
