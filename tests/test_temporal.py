"""The temporal tagger: table-driven cases for every kind of expression, and the no-false-date cases.

Each case: a sentence of our own, the anchor (publication date), then the expected expressions as
(text, type, value). ``find`` returns (text, type, value) for every timex found, so a case fails on a
missed expression, a wrong value and an extra (false) expression alike.
"""

from __future__ import annotations

import sys
from datetime import date
from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

import itertools

from newsfacts.temporal import TimexMatch, find_timexes, interval

A = date(2024, 3, 9)  # a Saturday
B = date(1998, 1, 8)  # a Thursday


def find(text: str, anchor: date | None = A) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in find_timexes(text, anchor)]


# ---------------------------------------------------------------- absolute dates
ABSOLUTE = [
    ("The agreement was signed on March 22, 2013, in Geneva.", [("March 22, 2013", "DATE", "2013-03-22")]),
    ("She was born on 22 March 2013 in Leeds.", [("22 March 2013", "DATE", "2013-03-22")]),
    ("The couple wed on the 4th of July, 2009.", [("the 4th of July, 2009", "DATE", "2009-07-04")]),
    ("The label folded in March 2013.", [("March 2013", "DATE", "2013-03")]),
    ("Sales peaked in Sept. 1998 before falling.", [("Sept. 1998", "DATE", "1998-09")]),
    ("The singer moved to Nashville in 2013.", [("2013", "DATE", "2013")]),
    ("Production stalled in mid-2012.", [("mid-2012", "DATE", "2012")]),
    ("The band was formed in the late 1990s.", [("the late 1990s", "DATE", "199")]),
    ("Disco ruled the 1970s.", [("the 1970s", "DATE", "197X")]),
    ("It was a hit in the '90s.", [("the '90s", "DATE", "199X")]),
    ("Their music defined the nineties.", [("the nineties", "DATE", "199")]),
    ("The castle dates from the 12th century.", [("the 12th century", "DATE", "11")]),
    ("The album comes out in spring 2023.", [("spring 2023", "DATE", "2023-SP")]),
    ("The show returns in the summer of 2021.", [("the summer of 2021", "DATE", "2021-SU")]),
    ("Profit rose 5% in fiscal 1998.", [("fiscal 1998", "DATE", "1998")]),
    ("The filing is dated 2013-03-22.", [("2013-03-22", "DATE", "2013-03-22")]),
    ("The order was entered on 03/22/2013.", [("03/22/2013", "DATE", "2013-03-22")]),
    ("The studio operated from 2003 to 2011.", [("2003", "DATE", "2003"), ("2011", "DATE", "2011")]),
    ("The tour ran 2015-2017.", [("2015", "DATE", "2015"), ("2017", "DATE", "2017")]),
    (
        "The summit is set for April 24 and 25.",
        [("April 24", "DATE", "2024-04-24"), ("25", "DATE", "2024-04-25")],
    ),
    ("He arrived on Christmas Day 2019.", [("Christmas Day 2019", "DATE", "2019-12-25")]),
    ("The first quarter of 2013 was weak.", [("The first quarter of 2013", "DATE", "2013-Q1")]),
    ("Results for the second half of 2022 beat forecasts.", [("the second half of 2022", "DATE", "2022-H2")]),
    (
        "The deal closed in January nineteen ninety-seven.",
        [("January nineteen ninety-seven", "DATE", "1997-01")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ABSOLUTE, ids=[c[0][:40] for c in ABSOLUTE])
def test_absolute(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert find(text) == expected


# ------------------------------------------------ relative to the anchor (2024-03-09, a Saturday)
RELATIVE = [
    ("The actor said Friday that he would return.", [("Friday", "DATE", "2024-03-08")]),
    ("The couple will meet Tuesday to sign the papers.", [("Tuesday", "DATE", "2024-03-12")]),
    ("Her lawyer confirmed the news today.", [("today", "DATE", "2024-03-09")]),
    ("The pair were spotted yesterday in Malibu.", [("yesterday", "DATE", "2024-03-08")]),
    ("The verdict is expected tomorrow.", [("tomorrow", "DATE", "2024-03-10")]),
    ("She performs tonight in Vegas.", [("tonight", "TIME", "2024-03-09TNI")]),
    ("He called her last night.", [("last night", "TIME", "2024-03-08TNI")]),
    ("The band played a secret show last week.", [("last week", "DATE", "2024-W09")]),
    ("The trailer drops this week.", [("this week", "DATE", "2024-W10")]),
    ("Filming wraps this month.", [("this month", "DATE", "2024-03")]),
    ("The sequel opens next year.", [("next year", "DATE", "2025")]),
    ("They split last year.", [("last year", "DATE", "2023")]),
    ("She filed for divorce eight months ago.", [("eight months ago", "DATE", "2023-07")]),
    ("They met two years ago at a party.", [("two years ago", "DATE", "2022")]),
    ("The house sold three weeks ago.", [("three weeks ago", "DATE", "2024-W07")]),
    ("The baby arrived 10 days ago.", [("10 days ago", "DATE", "2024-02-28")]),
    ("The rumours started earlier this year.", [("earlier this year", "DATE", "2024")]),
    ("She has not worn the ring since last spring.", [("last spring", "DATE", "2023-SP")]),
    ("The couple separated late last year.", [("late last year", "DATE", "2023")]),
    ("The divorce was finalized in February.", [("February", "DATE", "2024-02")]),
    ("The wedding is planned for October.", [("October", "DATE", "2024-10")]),
    ("The couple wed last June.", [("last June", "DATE", "2023-06")]),
    (
        "People confirmed this Friday, March 8, that they had split.",
        [("this Friday, March 8", "DATE", "2024-03-08")],
    ),
    ("The movie premiered on March 1.", [("March 1", "DATE", "2024-03-01")]),
    ("He is recently divorced.", [("recently", "DATE", "PAST_REF")]),
    ("She is now engaged.", [("now", "DATE", "PRESENT_REF")]),
    ("He is currently filming in Rome.", [("currently", "DATE", "PRESENT_REF")]),
    ("They have clashed in the past.", [("the past", "DATE", "PAST_REF")]),
    ("More details will follow in the near future.", [("the near future", "DATE", "FUTURE_REF")]),
    ("The singer will soon announce a world tour.", [("soon", "DATE", "FUTURE_REF")]),
    ("Fans expect the sequel to open soon.", [("soon", "DATE", "FUTURE_REF")]),
    ("She phoned her agent as soon as the verdict came in.", []),
    ("He left the party soon after the speeches.", []),
    ("A decision is expected in the coming weeks.", [("in the coming weeks", "DURATION", "PXW")]),
    ("The case is heard in the third quarter.", [("the third quarter", "DATE", "2024-Q3")]),
    ("Shares rose in the first quarter.", [("the first quarter", "DATE", "2024-Q1")]),
    ("Sales fell this quarter.", [("this quarter", "DATE", "2024-Q1")]),
    ("The album went gold last summer.", [("last summer", "DATE", "2023-SU")]),
    ("They plan to marry this summer.", [("this summer", "DATE", "2024-SU")]),
    ("The couple will wed in the spring of next year.", [("the spring of next year", "DATE", "2025-SP")]),
    ("She toured Asia in the autumn of last year.", [("the autumn of last year", "DATE", "2023-FA")]),
    ("He lost the fall of last year's final.", [("last year's", "DATE", "2023")]),
    (
        "Ticket sales slumped in the first half of this year.",
        [("the first half of this year", "DATE", "2024-H1")],
    ),
    (
        "The sequel shoots in the second half of next year.",
        [("the second half of next year", "DATE", "2025-H2")],
    ),
    (
        "The couple met at Thanksgiving last year.",
        [("Thanksgiving", "DATE", "2023-11-23"), ("last year", "DATE", "2023")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), RELATIVE, ids=[c[0][:40] for c in RELATIVE])
def test_relative(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert find(text) == expected


# ---------------------------------------------------------------- times (anchor 1998-01-08, Thursday)
TIMES = [
    ("The press conference starts at 3 p.m.", [("3 p.m.", "TIME", "1998-01-08T15:00")]),
    ("The blast came at 10:35 a.m. local time.", [("10:35 a.m. local time", "TIME", "1998-01-08T10:35")]),
    ("The deadline is 5 p.m. EST Friday.", [("5 p.m. EST Friday", "TIME", "1998-01-09T17:00")]),
    ("Talks broke off at noon Wednesday.", [("noon Wednesday", "TIME", "1998-01-07T12:00")]),
    ("The rally was held Tuesday night.", [("Tuesday night", "TIME", "1998-01-06TNI")]),
    ("She landed this morning.", [("this morning", "TIME", "1998-01-08TMO")]),
    ("He will leave at 4 in the morning.", [("4 in the morning", "TIME", "1998-01-08T04:00")]),
]


@pytest.mark.parametrize(("text", "expected"), TIMES, ids=[c[0][:40] for c in TIMES])
def test_times(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert find(text, B) == expected


# ------------------------------------------ TimeML conventions of news and earnings reports
F = date(1989, 10, 26)  # a Thursday, in the third-quarter earnings season

CONVENTIONS = [
    # a year-earlier comparison with a period of months is a comparison with last year
    (
        "For the nine months, net rose to $254 million from $163 million a year earlier.",
        F,
        [("nine months", "DURATION", "P9M"), ("a year earlier", "DATE", "1988")],
    ),
    (
        "Third-quarter net rose to $87 million from $58 million a year earlier.",
        F,
        [("Third-quarter", "DATE", "1989-Q3"), ("a year earlier", "DATE", "1988-Q3")],
    ),
    (
        "For the six months ended Aug. 12, net fell from $18.1 million a year earlier.",
        F,
        [
            ("six months", "DURATION", "P6M"),
            ("Aug. 12", "DATE", "1989-08-12"),
            ("a year earlier", "DATE", "1988-08-12"),
        ],
    ),
    (
        "In the first nine months, net was $306 million, compared with a loss in the 1988 period.",
        F,
        [("the first nine months", "DURATION", "P9M"), ("the 1988 period", "DATE", "1988")],
    ),
    (
        "Losses will continue through the first two quarters of 1990.",
        F,
        [("the first two quarters of 1990", "DATE", "1990-H1")],
    ),
    (
        "Columbia posted a loss. For the quarter a year ago, it earned $16.3 million.",
        F,
        [("the quarter a year ago", "DATE", "1988-Q3")],
    ),
    (
        "Holders may buy shares at 50% of the then current market price.",
        F,
        [("then current", "DATE", "PAST_REF")],
    ),
    ("Sales were flat for the last half of the '80s.", F, [("the last half of the '80s", "DATE", "198")]),
    ('Mr. Baker said on ABC\'s "This Week With David Brinkley" that the talks failed.', F, []),
    # the direction of a weekday
    ("His father could come to the U.S. as early as Tuesday.", F, [("Tuesday", "DATE", "1989-10-31")]),
    (
        "Thirty-two members had filed compliance reports by Wednesday.",
        F,
        [("Wednesday", "DATE", "1989-10-25")],
    ),
    ("Members must file their reports by Wednesday.", F, [("Wednesday", "DATE", "1989-11-01")]),
    ("Netanyahu and Arafat meet separately Monday with Albright.", F, [("Monday", "DATE", "1989-10-30")]),
    ("Netanyahu and Arafat did not meet Monday.", F, [("Monday", "DATE", "1989-10-23")]),
]


@pytest.mark.parametrize(("text", "anchor", "expected"), CONVENTIONS, ids=[c[0][:40] for c in CONVENTIONS])
def test_timeml_conventions(text: str, anchor: date, expected: list[tuple[str, str, str]]) -> None:
    assert find(text, anchor) == expected


# ---------------------------------------------------------------- durations and sets
DURATIONS = [
    ("Her husband of 11 years filed first.", [("11 years", "DURATION", "P11Y")]),
    ("The standoff lasted 72 days.", [("72 days", "DURATION", "P72D")]),
    ("The band toured for a decade.", [("a decade", "DURATION", "P10Y")]),
    ("They dated for several weeks.", [("several weeks", "DURATION", "PXW")]),
    ("He has led the studio for the past three years.", [("the past three years", "DURATION", "P3Y")]),
    ("The suspect was held for 24 hours.", [("24 hours", "DURATION", "PT24H")]),
    ("The interview ran half an hour.", [("half an hour", "DURATION", "PT30M")]),
    ("The contract runs 2 1/2 years.", [("2 1/2 years", "DURATION", "P2Y6M")]),
    ("The ceremony lasted a minute and a half.", [("a minute and a half", "DURATION", "PT1M30S")]),
    ("She signed a two-year deal.", [("two-year", "DURATION", "P2Y")]),
    ("They have fought for years.", [("years", "DURATION", "PXY")]),
    ("The first nine months were strong.", [("The first nine months", "DURATION", "P9M")]),
    ("The magazine publishes every week.", [("every week", "SET", "P1W")]),
    ("The award is given annually.", [("annually", "SET", "P1Y")]),
    ("She posts daily.", [("daily", "SET", "P1D")]),
    ("The show tapes each Thursday.", [("each Thursday", "SET", "XXXX-WXX-4")]),
    ("She tours twice a year.", [("a year", "SET", "P1Y")]),
    ("The verdict lands a week after the hearing.", [("a week", "DURATION", "P1W")]),
    ("The singer returns a month before the tour.", [("a month", "DURATION", "P1M")]),
    ("The stylist gives dozens of fittings a week.", [("a week", "SET", "P1W")]),
    # a rate of an amount ("$5 million a year", "8% annually") is no time expression in TimeML
    ("He earns $5 million a year.", []),
    ("The label sells 40,000 records a month.", []),
    ("The chef serves six hundred meals a day.", []),
    ("Her fee has grown 12% annually.", []),
    ("The charity raises about $3 million annually.", []),
]


@pytest.mark.parametrize(("text", "expected"), DURATIONS, ids=[c[0][:40] for c in DURATIONS])
def test_durations_and_sets(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert find(text) == expected


# ---------------------------------------------------------------- things that are not dates
NOT_DATES = [
    "Her critically acclaimed performance in May December won praise.",
    "May I ask a question?",
    "They may have agreed to share custody.",
    "Critics say the film may well flop.",
    "The 12-year-old son and 7-year-old daughter live in Paris.",
    "The actor, 52 years old, declined to comment.",
    "The team won 3-2 in overtime.",
    "The house sold for $2,013,000.",
    "About 2000 people attended the rally.",
    "She is in her 30s and lives in Ohio.",
    "The Sunday Times first reported the split.",
    "Thousands joined the March on Washington.",
    "He finished second in the race.",
    "She is starring in Fountain of Youth.",
    "He drove a 1967 Mustang to the premiere.",
    "The protesters will march to city hall.",
    "April Ryan asked the first question.",
    "Suite 1200 is on the top floor.",
]


@pytest.mark.parametrize("text", NOT_DATES, ids=[t[:40] for t in NOT_DATES])
def test_no_false_dates(text: str) -> None:
    assert find(text) == []


def test_mixed_sentence_keeps_only_real_dates() -> None:
    text = "In May, she wrapped May December; the film opens May 17, 2024."
    assert find(text) == [("May", "DATE", "2023-05"), ("May 17, 2024", "DATE", "2024-05-17")]


# ---------------------------------------------------------------- without an anchor
NO_ANCHOR = [
    ("The split was announced Friday.", [("Friday", "DATE", "XXXX-WXX-5")]),
    ("They married on November 21.", [("November 21", "DATE", "XXXX-11-21")]),
    ("The baby was born in March.", [("March", "DATE", "XXXX-03")]),
    ("She filed eight months ago.", [("eight months ago", "DATE", "PAST_REF")]),
    ("The tour resumes next year.", [("next year", "DATE", "FUTURE_REF")]),
    ("They married in 2012.", [("2012", "DATE", "2012")]),
]


@pytest.mark.parametrize(("text", "expected"), NO_ANCHOR, ids=[c[0][:40] for c in NO_ANCHOR])
def test_without_anchor(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert find(text, None) == expected


def test_unknown_year_has_precision_but_no_interval() -> None:
    (t,) = find_timexes("They married on November 21.")
    assert (t.precision, t.earliest, t.latest) == ("day", None, None)


# ---------------------------------------------------------------- match objects and intervals
def test_match_fields() -> None:
    (t,) = find_timexes("She filed for divorce eight months ago.", A)
    assert isinstance(t, TimexMatch)
    text = "She filed for divorce eight months ago."
    assert text[t.start : t.end] == t.text == "eight months ago"
    assert (t.precision, t.earliest, t.latest, t.approximate) == (
        "month",
        date(2023, 7, 1),
        date(2023, 7, 31),
        False,
    )


def test_results_are_sorted_and_disjoint() -> None:
    text = "On Friday, March 8, 2024, two years after the 2022 split, she said she had moved on last week."
    found = find_timexes(text, A)
    assert [t.start for t in found] == sorted(t.start for t in found)
    assert all(a.end <= b.start for a, b in itertools.pairwise(found))


def test_approximate_flag() -> None:
    (t,) = find_timexes("They dated for about two years.", A)
    assert (t.value, t.approximate) == ("P2Y", True)


INTERVALS = [
    ("2023-07", (date(2023, 7, 1), date(2023, 7, 31), "month")),
    ("2024-02", (date(2024, 2, 1), date(2024, 2, 29), "month")),
    ("2012", (date(2012, 1, 1), date(2012, 12, 31), "year")),
    ("2024-03-08", (date(2024, 3, 8), date(2024, 3, 8), "day")),
    ("2024-03-08T15:00", (date(2024, 3, 8), date(2024, 3, 8), "day")),
    ("2023-SP", (date(2023, 3, 1), date(2023, 5, 31), "season")),
    ("2023-WI", (date(2023, 12, 1), date(2024, 2, 29), "season")),
    ("2013-Q1", (date(2013, 1, 1), date(2013, 3, 31), "quarter")),
    ("2013-W11", (date(2013, 3, 11), date(2013, 3, 17), "week")),
    ("2013-W11-WE", (date(2013, 3, 16), date(2013, 3, 17), "week")),
    ("199X", (date(1990, 1, 1), date(1999, 12, 31), "year")),
    ("199", (date(1990, 1, 1), date(1999, 12, 31), "year")),
    ("19", (date(1900, 1, 1), date(1999, 12, 31), "year")),
    ("XXXX-11-21", (None, None, "day")),
    ("XXXX-03", (None, None, "month")),
    ("PRESENT_REF", (None, None, None)),
    ("P11Y", (None, None, None)),
]


@pytest.mark.parametrize(("value", "expected"), INTERVALS, ids=[v for v, _ in INTERVALS])
def test_interval(value: str, expected: tuple[date | None, date | None, str | None]) -> None:
    assert interval(value) == expected


def test_narrative_year_inside_a_sentence() -> None:
    text = "In 2012 the couple moved to Paris, and in July they married."
    assert find(text) == [("2012", "DATE", "2012"), ("July", "DATE", "2012-07")]
    assert find(text, None) == [("2012", "DATE", "2012"), ("July", "DATE", "2012-07")]
    # a new sentence returns to the anchor's time
    assert find("They married in 2012. In July, they split.")[1] == ("July", "DATE", "2023-07")


def test_months_later_counts_from_the_month_told() -> None:
    assert find("The pair met in August 2015. Three months later, they were engaged.") == [
        ("August 2015", "DATE", "2015-08"),
        ("Three months later", "DATE", "2015-11"),
    ]
    assert find("He filed in May 2019; eight months earlier, they had wed.") == [
        ("May 2019", "DATE", "2019-05"),
        ("eight months earlier", "DATE", "2018-09"),
    ]
    # with no date told before, the count starts at the anchor
    assert find("Six months later, the album went gold.") == [("Six months later", "DATE", "2024-09")]


def test_same_day_and_this_past() -> None:
    assert find("On Friday she landed in Rome; later in the day she met the press.") == [
        ("Friday", "DATE", "2024-03-08"),
        ("later in the day", "DATE", "2024-03-08"),
    ]
    assert find("The storm hit this past weekend.") == [("this past weekend", "DATE", "2024-W09-WE")]
    assert find("The truce expires at midnight on Sunday.") == [
        ("midnight on Sunday", "TIME", "2024-03-10T24:00")
    ]


def test_weekend_after_and_before() -> None:
    monday = date(2024, 3, 11)
    assert find("The pair vacationed over the weekend.", monday) == [("the weekend", "DATE", "2024-W10-WE")]
    assert find("They will rest over the weekend.", monday) == [("the weekend", "DATE", "2024-W11-WE")]


def test_tense_hint_is_used_when_the_sentence_has_no_cue() -> None:
    text = "The hearing: Monday."
    assert find(text, A)[0][2] == "2024-03-04"
    assert [t.value for t in find_timexes(text, A, tense_hint="future")] == ["2024-03-11"]


# ---------------------------------------------------------------- properties on arbitrary text
_VOCAB = [
    "March", "May", "8", "2024", "Friday", "last", "next", "week", "years", "ago", "the", "of", "in", "at",
    "3", "p.m.", "a", "two", "half", "-", ",", ".", "'90s", "1990s", "spring", "quarter", "third", "every",
    "day", "now", "12-year-old", "Sunday", "Times", "night", "since", "will", "said", "2/3/2012", "12:30",
]  # fmt: skip


@given(
    st.lists(st.sampled_from(_VOCAB) | st.text(max_size=6), max_size=40),
    st.sampled_from([None, date(2024, 3, 9), date(1999, 12, 31), date(2000, 2, 29)]),
)
@settings(max_examples=300, deadline=None)
def test_any_text_gives_consistent_matches(tokens: list[str], anchor: date | None) -> None:
    text = " ".join(tokens)
    found = find_timexes(text, anchor)
    for t in found:
        assert 0 <= t.start < t.end <= len(text)
        assert text[t.start : t.end] == t.text
        assert t.type in ("DATE", "TIME", "DURATION", "SET")
        assert t.value
        if t.earliest is not None:
            assert t.latest is not None and t.earliest <= t.latest
    assert all(a.end <= b.start for a, b in pairwise(found))
