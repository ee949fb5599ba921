"""Small lexicons of English temporal vocabulary and the regex fragments built from them.

Everything here is plain data: month and weekday names, number words, units, seasons, parts of the
day and holidays. The regex fragments are strings meant to be embedded in the rules of ``rules.py``;
they carry no flags of their own (the rules compile them with ``re.IGNORECASE``).
"""

from __future__ import annotations


def words(text: str) -> frozenset[str]:
    """A set of words from a whitespace-separated string (keeps long word lists readable)."""
    return frozenset(text.split())


MONTHS: dict[str, int] = {
    "january": 1, "jan": 1,
    "february": 2, "feb": 2,
    "march": 3, "mar": 3,
    "april": 4, "apr": 4,
    "may": 5,
    "june": 6, "jun": 6,
    "july": 7, "jul": 7,
    "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip

WEEKDAYS: dict[str, int] = {  # ISO weekday numbers, Monday = 1
    "monday": 1, "mon": 1,
    "tuesday": 2, "tue": 2, "tues": 2,
    "wednesday": 3, "wed": 3,
    "thursday": 4, "thu": 4, "thur": 4, "thurs": 4,
    "friday": 5, "fri": 5,
    "saturday": 6, "sat": 6,
    "sunday": 7, "sun": 7,
}  # fmt: skip

# A year right before a vehicle make is a model year, not a date ("a 1967 Mustang").
VEHICLE_MAKES: frozenset[str] = words(
    """chevrolet chevy ford mustang ferrari porsche cadillac lamborghini rolls-royce rolls bentley mercedes
    mercedes-benz bmw toyota honda jeep corvette camaro dodge buick pontiac volkswagen vw tesla range
    land aston maserati jaguar lexus audi volvo nissan chrysler lincoln thunderbird impala beetle"""
)
SEASONS: dict[str, str] = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}

# Part of the day -> TIMEX3 code.
DAY_PARTS: dict[str, str] = {
    "morning": "MO",
    "afternoon": "AF",
    "evening": "EV",
    "night": "NI",
    "overnight": "NI",
    "daytime": "DT",
}

SMALL_NUMBERS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
}  # fmt: skip
# Vague quantities: the number of units is unknown ("several weeks" -> PXW).
VAGUE_QUANTITIES: frozenset[str] = frozenset(
    {"a few", "few", "several", "some", "many", "a number of", "numerous", "countless"}
)

# Unit word (singular, lower case) -> (TIMEX3 letter, is_time_unit, multiplier).
# "decade" and "century" are written in years (P10Y), the convention of the TimeBank gold data.
UNITS: dict[str, tuple[str, bool, int]] = {
    "year": ("Y", False, 1),
    "yr": ("Y", False, 1),
    "month": ("M", False, 1),
    "week": ("W", False, 1),
    "fortnight": ("W", False, 2),
    "day": ("D", False, 1),
    "night": ("D", False, 1),
    "weekend": ("WE", False, 1),
    "decade": ("Y", False, 10),
    "century": ("Y", False, 100),
    "millennium": ("Y", False, 1000),
    "quarter": ("Q", False, 1),
    "hour": ("H", True, 1),
    "hr": ("H", True, 1),
    "minute": ("M", True, 1),
    "min": ("M", True, 1),
    "second": ("S", True, 1),
    "sec": ("S", True, 1),
}

# Holidays with a fixed date: name -> (month, day).
FIXED_HOLIDAYS: dict[str, tuple[int, int]] = {
    "new year's day": (1, 1),
    "new years day": (1, 1),
    "new year's eve": (12, 31),
    "new years eve": (12, 31),
    "valentine's day": (2, 14),
    "valentines day": (2, 14),
    "st. patrick's day": (3, 17),
    "saint patrick's day": (3, 17),
    "st patrick's day": (3, 17),
    "independence day": (7, 4),
    "the fourth of july": (7, 4),
    "fourth of july": (7, 4),
    "halloween": (10, 31),
    "veterans day": (11, 11),
    "veterans' day": (11, 11),
    "christmas eve": (12, 24),
    "christmas day": (12, 25),
    "christmas": (12, 25),
    "boxing day": (12, 26),
}
# Holidays defined as the n-th (or last, n = -1) weekday of a month: name -> (month, weekday, n).
NTH_WEEKDAY_HOLIDAYS: dict[str, tuple[int, int, int]] = {
    "martin luther king day": (1, 1, 3),
    "presidents day": (2, 1, 3),
    "presidents' day": (2, 1, 3),
    "mother's day": (5, 7, 2),
    "mothers day": (5, 7, 2),
    "memorial day": (5, 1, -1),
    "father's day": (6, 7, 3),
    "fathers day": (6, 7, 3),
    "labor day": (9, 1, 1),
    "columbus day": (10, 1, 2),
    "thanksgiving day": (11, 4, 4),
    "thanksgiving": (11, 4, 4),
}
# Holidays relative to Easter Sunday (days offset).
EASTER_HOLIDAYS: dict[str, int] = {
    "easter sunday": 0,
    "easter": 0,
    "easter monday": 1,
    "good friday": -2,
    "palm sunday": -7,
    "ash wednesday": -46,
}


def alternation(words: list[str] | tuple[str, ...] | set[str] | frozenset[str]) -> str:
    """A regex alternation of literal words, longest first (so that prefixes never win)."""
    import re

    return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w))) + ")"


def _holiday_regex() -> str:
    names = list(FIXED_HOLIDAYS) + list(NTH_WEEKDAY_HOLIDAYS) + list(EASTER_HOLIDAYS)
    names.append("election day")
    names.append("black friday")
    parts = []
    for n in sorted(set(names), key=lambda w: (-len(w), w)):
        p = n.replace(".", r"\.?").replace("'", "['’]?").replace(" ", r"\s+")
        parts.append(p)
    return "(?:" + "|".join(parts) + ")"


# ---------------------------------------------------------------- regex fragments
# Month names: full names, and abbreviations (with or without a final period).
RX_MONTH_FULL = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
RX_MONTH_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
RX_MONTH = rf"(?:{RX_MONTH_FULL}|{RX_MONTH_ABBR})"
RX_WEEKDAY_FULL = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
RX_WEEKDAY = rf"(?:{RX_WEEKDAY_FULL}|(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.)"
RX_DAYNUM = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d:/.,]\d|[\w])"
RX_ORD_DAY_WORD = (
    r"(?:(?:twenty|thirty)[-\s](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|"
    r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|"
    r"fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)"
)
RX_YEAR4_CORE = r"(?:1[0-9]\d\d|20\d\d)"
RX_YEAR4 = RX_YEAR4_CORE + r"(?![\d,.]\d|[\w%])"
RX_YEAR_APOS = r"['’]\d\d(?![\w'’])"
_UNIT_WORDS = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_TEENS = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
RX_NUMWORD_99 = rf"(?:{_TENS}(?:[-\s]{_UNIT_WORDS})?|{_TEENS}|{_UNIT_WORDS}|zero)"
RX_NUMWORD = (
    rf"(?:(?:{RX_NUMWORD_99}|a)\s+(?:hundred|thousand)(?:\s+(?:and\s+)?{RX_NUMWORD_99})?"
    rf"|{RX_NUMWORD_99}|dozen)"
)
# Spoken years: "nineteen ninety-seven", "nineteen hundred", "two thousand (and) one", "twenty twenty-three".
RX_YEAR_WORDS = (
    rf"(?:(?:nineteen|eighteen|seventeen|twenty)\s+(?:hundred|oh[-\s]{_UNIT_WORDS}|{_TENS}(?:[-\s]{_UNIT_WORDS})?|{_TEENS})"
    rf"|two\s+thousand(?:\s+(?:and\s+)?(?:{_TENS}(?:[-\s]{_UNIT_WORDS})?|{_TEENS}|{_UNIT_WORDS}))?)"
)
RX_DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
RX_FRACTION = r"(?:\s*(?:1/2|½|1/4|¼|3/4|¾))"
RX_NUMBER = (
    rf"(?:{RX_DIGITS}{RX_FRACTION}?|{RX_NUMWORD}(?:\s+and\s+a\s+half)?|an?|a\s+couple\s+of|a\s+couple|"
    rf"a\s+few|several|some|many|few|couple\s+of|half\s+an?|half\s+a|a\s+half|a\s+dozen|dozens\s+of|"
    rf"hundreds\s+of|thousands\s+of)"
)
RX_UNIT_SG = (
    r"(?:year|yr|month|week|fortnight|day|decade|century|millennium|quarter|hour|hr|minute|min|second|sec)"
)
RX_UNIT_PL = (
    r"(?:years|yrs|months|weeks|fortnights|days|decades|centuries|millennia|quarters|hours|hrs|minutes|mins|"
    r"seconds|secs)"
)
RX_UNIT = rf"(?:{RX_UNIT_PL}|{RX_UNIT_SG})"
RX_SEASON = r"(?:spring|summer|fall|autumn|winter)"
RX_DAYPART = r"(?:morning|afternoon|evening|night)"
RX_HOLIDAY = _holiday_regex()
RX_TZ = (
    r"(?:\s*\(?(?:[ECMP][SD]?T|GMT|UTC|BST|CET|CEST|Eastern(?:\s+(?:Standard|Daylight))?(?:\s+time)?|"
    r"local(?:\s+time)?)\)?(?![\w]))"
)
# Approximation / bound words that TimeBank keeps inside the timex ("about two years ago").
RX_APPROX = (
    r"(?:about|around|roughly|approximately|some|nearly|almost|close\s+to|more\s+than|over|under|less\s+than|"
    r"fewer\s+than|at\s+least|at\s+most|up\s+to|no\s+more\s+than|no\s+less\s+than|just|only|barely|"
    r"well\s+over|just\s+over|just\s+under|upwards\s+of)"
)
APPROX_WORDS: frozenset[str] = frozenset(
    {"about", "around", "roughly", "approximately", "some", "nearly", "almost", "close to"}
)
