"""The grammar: the table of rules that find temporal expressions.

Each rule is a compiled regex and a handler. The handler checks the match (capitalisation, the words
around it) and returns candidates: a span, a TIMEX type and a resolver that computes the value once
the anchor, the tense and the earlier expressions of the document are known. A handler may return a
BLOCK candidate for phrases that must not be tagged ("12-year-old", "Sunday Times").
"""

from __future__ import annotations

import re

from newsfacts.temporal.lexicon import (
    EASTER_HOLIDAYS,
    FIXED_HOLIDAYS,
    MONTHS,
    NTH_WEEKDAY_HOLIDAYS,
    ORDINALS,
    RX_APPROX,
    RX_DAYNUM,
    RX_DAYPART,
    RX_HOLIDAY,
    RX_MONTH,
    RX_MONTH_FULL,
    RX_NUMBER,
    RX_NUMWORD,
    RX_ORD_DAY_WORD,
    RX_SEASON,
    RX_TZ,
    RX_UNIT,
    RX_UNIT_PL,
    RX_UNIT_SG,
    RX_WEEKDAY,
    RX_YEAR4,
    RX_YEAR4_CORE,
    RX_YEAR_APOS,
    RX_YEAR_WORDS,
    SEASONS,
    SMALL_NUMBERS,
    TENS,
    WEEKDAYS,
    words,
)
from newsfacts.temporal.rules_calendar import (
    h_century,
    h_day_month,
    h_decade,
    h_half_by_quarters,
    h_holiday,
    h_iso,
    h_month_alone,
    h_month_day,
    h_month_relyear,
    h_month_year,
    h_quarter,
    h_quarter_abbrev,
    h_rel_century,
    h_season,
    h_slash,
    h_spoken_year,
    h_weekday_month_day,
    h_year,
    h_year_range,
)
from newsfacts.temporal.rules_durations import (
    h_clock_daypart,
    h_duration,
    h_duration_adj,
    h_set_adverb,
    h_set_every,
    h_set_per,
    h_set_weekdays,
    h_time,
    h_vague_plural,
)
from newsfacts.temporal.rules_relative import (
    h_ago,
    h_daypart,
    h_deictic,
    h_edge_rel,
    h_nth_day,
    h_ref_daypart,
    h_ref_unit,
    h_ref_word,
    h_rel_unit,
    h_weekday,
    h_year_ago_adj,
    h_year_end,
    h_year_period,
)
from newsfacts.temporal.ruletools import (
    DAY_ANY,
    EDGE,
    LW,
    POSS,
    RW,
    YEAR_ANY,
    Rule,
    adj_norm,
    per_norm,
    rx,
    swap_dm,
    unit_norm,
    with_half,
)

# Words that can begin a rule's match ("#d": a digit, "#'": an apostrophe before digits). The tagger
# tries a rule only where such a token starts, instead of scanning the whole text with every regex.
MONTH_WORDS = frozenset(MONTHS)
WEEKDAY_WORDS = frozenset(WEEKDAYS)
REL_FIRST = words("this next last coming past")
EDGE_FIRST = words(
    "the very beginning start end middle close turn first second latter early later bulk rest remainder "
    "balance last mid late earlier as"
)
ORD_WORDS = frozenset(ORDINALS) | frozenset(TENS)
NUM_FIRST = (
    words("#d a an several some many few couple half dozens hundreds thousands dozen")
    | frozenset(SMALL_NUMBERS)
    | frozenset(TENS)
)
APPROX_FIRST = words(
    "about around roughly approximately some nearly almost close more over under less fewer at up no just "
    "only barely well upwards"
)
UNIT_SINGULARS = words(
    "year yr month week fortnight day decade century millennium quarter hour hr minute min second sec"
)
UNIT_PLURALS = words(
    "years yrs months weeks fortnights days decades centuries millennia quarters hours hrs minutes "
    "mins seconds secs"
)
HOLIDAY_FIRST = frozenset(
    re.match(r"[a-z]+", name).group()  # type: ignore[union-attr]
    for name in [*FIXED_HOLIDAYS, *NTH_WEEKDAY_HOLIDAYS, *EASTER_HOLIDAYS, "election day", "black friday"]
)
DECADE_WORDS = words("twenties thirties forties fifties sixties seventies eighties nineties")

_WD_REL = (
    r"(?:(?P<rel>this\s+coming|this\s+past|this|next|last|coming|past|previous|following|early|late|"
    r"earlier|later)\s+)"
)

RULES: list[Rule] = [
    Rule(
        "weekday_month_day",
        rx(
            rf"{LW}(?:(?P<rel>this\s+coming|this\s+past|this|next|last|coming|past)\s+)?(?P<wd>{RX_WEEKDAY})"
            rf"(?:['’]s)?,?\s+(?:the\s+)?(?:(?P<mon>{RX_MONTH})\s*(?P<day>{DAY_ANY})|(?P<day_b>{RX_DAYNUM})\s+(?:of\s+)?(?P<mon_b>{RX_MONTH}))"
            rf"(?:,?\s+(?P<year>{RX_YEAR4}|{RX_YEAR_WORDS}{RW}))?{RW}"
        ),
        lambda m, ctx: h_weekday_month_day(swap_dm(m), ctx),
        REL_FIRST | WEEKDAY_WORDS,
    ),
    Rule(
        "month_day",
        rx(
            rf"{LW}(?P<mon>{RX_MONTH})\s*(?:the\s+)?(?P<day>{DAY_ANY})"
            rf"(?:(?:,\s*|\s+)(?:of\s+)?(?P<year>{YEAR_ANY}))?"
            rf"(?:\s*(?:and|or|to|through|until|till|-|–)\s*(?P<day2>{RX_DAYNUM}))?(?![\w,]\d)"
        ),
        h_month_day,
        MONTH_WORDS,
    ),
    Rule(
        "day_month",
        rx(
            rf"{LW}(?:the\s+)?(?P<day>{RX_DAYNUM}|{RX_ORD_DAY_WORD})\s+(?P<of>of\s+)?(?P<mon>{RX_MONTH})"
            rf"(?:,?\s*(?P<year>{YEAR_ANY}))?{RW}"
        ),
        h_day_month,
        words("the #d") | ORD_WORDS,
    ),
    Rule(
        "month_year",
        rx(rf"{LW}(?P<edge>{EDGE})?(?P<mon>{RX_MONTH}),?\s*(?:of\s+)?(?P<year>{YEAR_ANY})"),
        h_month_year,
        EDGE_FIRST | MONTH_WORDS,
    ),
    Rule(
        "month_relyear",
        rx(rf"{LW}(?P<edge>{EDGE})?(?P<mon>{RX_MONTH})\s+(?:of\s+)?(?P<rel>this|last|next)\s+year{RW}"),
        h_month_relyear,
        EDGE_FIRST | MONTH_WORDS,
    ),
    Rule(
        "month_alone",
        rx(
            rf"{LW}(?P<edge>{EDGE})?(?:(?P<rel>this\s+past|this\s+coming|this|last|next|coming|past)\s+)?"
            rf"(?P<mon>{RX_MONTH_FULL}|Sept\.|Sept{RW}){POSS}{RW}"
        ),
        h_month_alone,
        EDGE_FIRST | REL_FIRST | MONTH_WORDS,
    ),
    Rule(
        "year",
        rx(
            rf"{LW}(?P<edge>{EDGE})?(?P<lead>(?:the\s+)?fiscal(?:\s+year)?\s+|FY\s*|the\s+(?:calendar\s+)?year\s+|(?:pre|post)-|calendar\s+)?"
            rf"(?P<year>{RX_YEAR4}|{RX_YEAR_APOS})(?![-–]\d){POSS}"
        ),
        h_year,
        EDGE_FIRST | words("the fiscal fy calendar pre post #d #'"),
    ),
    Rule(
        "spoken_year",
        rx(rf"{LW}(?:the\s+year\s+)?(?P<year>{RX_YEAR_WORDS}){RW}"),
        h_spoken_year,
        words("the nineteen eighteen seventeen twenty two"),
    ),
    Rule(
        "year_range",
        rx(rf"{LW}(?P<y1>{RX_YEAR4_CORE})\s*(?:[-–—/]|\s+to\s+)\s*(?P<y2>\d{{4}}|\d\d)(?![\w%]|[.,]\d)"),
        h_year_range,
        words("#d"),
    ),
    Rule(
        "iso",
        rx(
            r"(?<![\w/.-])(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)(?:[T\s](?P<hh>\d\d):(?P<mi>\d\d)(?::\d\d)?)?(?![\w-])"
        ),
        h_iso,
        words("#d"),
    ),
    Rule(
        "slash",
        rx(r"(?<![\w/.-])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d\d)(?![\w/])"),
        h_slash,
        words("#d"),
    ),
    Rule(
        "decade",
        rx(
            rf"{LW}(?P<edge>(?:the\s+)?(?:(?:first|last|second|latter|early|later)\s+(?:half|part)|beginning|start|end|"
            r"middle|close)\s+of\s+)?(?P<the>the\s+)?(?P<pre>early|mid|late|mid-|early-|late-)?\s*"
            rf"(?P<dec>(?:1\d|20)\d0['’]?s|['’]\d0s|\d0s|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)"
            rf"(?:\s+and\s+(?:early\s+|mid\s+|late\s+)?['’]?\d0s)?{RW}"
        ),
        h_decade,
        words("the early mid late #d #' first last second latter later beginning start end middle close")
        | frozenset(DECADE_WORDS),
    ),
    Rule(
        "century",
        rx(
            rf"{LW}(?:the\s+)?(?:(?:early|mid|late)[-\s]+)?(?P<ord>\d{{1,2}}(?:st|nd|rd|th)|{RX_ORD_DAY_WORD})"
            rf"[-\s]+century{RW}"
        ),
        h_century,
        words("the early mid late #d") | ORD_WORDS,
    ),
    Rule(
        "rel_century",
        rx(rf"{LW}(?P<rel>this|last|next|the\s+current|the\s+last|the\s+previous|the\s+next)\s+century{RW}"),
        h_rel_century,
        words("this last next the"),
    ),
    Rule(
        "season",
        rx(
            rf"{LW}(?P<edge>{EDGE})?(?:(?P<rel>this\s+past|this\s+coming|this|last|next|coming|past|the|that)\s+)?"
            rf"(?P<pre2>early|late|mid)?[-\s]*(?P<season>{RX_SEASON})(?:\s+(?:of\s+)?(?P<year>{YEAR_ANY})"
            rf"|\s+of\s+(?P<ryear>this|last|next)\s+year(?![\w'’]))?{RW}"
        ),
        h_season,
        EDGE_FIRST | REL_FIRST | words("the that early late mid") | frozenset(SEASONS),
    ),
    Rule(
        "quarter",
        rx(
            rf"{LW}(?:(?:the|a|its|their|this|that)\s+)?(?:(?P<y0>{RX_YEAR4})\s+|(?P<rely>(?:this|last|next)\s+year['’]s)\s+)?"
            rf"(?:(?:fiscal|calendar|flat|strong|weak|disappointing|seasonally\s+\w+)[-\s]+)*(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|final|last)"
            rf"[-\s]+(?:fiscal[-\s]+)?(?P<unit>quarters?|half|halves)(?:\s+of\s+(?:fiscal\s+|the\s+year\s+)?(?P<y1>{RX_YEAR4})|\s+of\s+(?P<rely2>this|last|next)\s+year)?{RW}"
        ),
        h_quarter,
        words(
            "the a its their this that last next #d fiscal calendar flat strong weak disappointing "
            "seasonally first second third fourth final"
        ),
    ),
    Rule(
        "quarter_abbrev",
        rx(
            r"(?<![\w-])(?:(?P<ql>[QH])(?P<n>[1-4])(?:\s+(?:of\s+)?(?P<year>(?:19|20)\d\d|['’]\d\d))?"
            r"|(?P<n2>[1-4])(?P<ql2>[QH])(?P<year2>\d\d|\s+(?:19|20)\d\d|\s+['’]\d\d)?)(?![\w-])",
            0,
        ),
        h_quarter_abbrev,
        words("q h #d"),
    ),
    Rule(
        "half_by_quarters",
        rx(
            rf"{LW}(?:{RX_APPROX}\s+)?(?:the\s+)?(?P<ord>first|last|final)\s+two\s+quarters\s+of\s+(?:fiscal\s+)?"
            rf"(?P<year>{RX_YEAR4}){RW}"
        ),
        h_half_by_quarters,
        APPROX_FIRST | words("the first last final"),
    ),
    Rule(
        "holiday",
        rx(
            rf"{LW}(?:(?P<rel>this\s+past|this\s+coming|this|last|next|coming)\s+)?(?P<name>{RX_HOLIDAY})"
            rf"(?:\s+(?P<year>{RX_YEAR4}))?(?:\s+(?P<suffix>week|weekend))?{RW}"
        ),
        h_holiday,
        words("this last next coming") | HOLIDAY_FIRST,
    ),
    Rule(
        "deictic",
        rx(
            rf"{LW}(?:(?:earlier|later|late|early)\s+)?(?P<before>the\s+day\s+before\s+)?(?P<after>the\s+day\s+after\s+)?"
            rf"(?P<w>today|tonight|yesterday|tomorrow){POSS}(?:\s+(?P<part>morning|afternoon|evening|night){RW})?{RW}"
        ),
        h_deictic,
        words("earlier later late early the today tonight yesterday tomorrow"),
    ),
    Rule(
        "nth_day",
        rx(
            r"(?:(?<![\w-])is|(?<=['’])s|(?<![\w-])marks)\s+(?P<span>(?:the|its|their)\s+"
            rf"(?:{RX_ORD_DAY_WORD}|\d+(?:st|nd|rd|th))\s+(?:straight\s+|consecutive\s+|full\s+)?day)(?![\w-])"
            # "the first day of spring": a calendar position, not a count of days
            rf"(?!\s+of\s+(?:the\s+)?(?:new\s+)?(?:{RX_SEASON}|{RX_MONTH}|year|month|week|quarter)(?![\w-]))"
        ),
        h_nth_day,
        words("is s marks"),
    ),
    Rule(
        "daypart",
        rx(
            rf"{LW}(?:(?:earlier|later|early|late)\s+)?(?P<rel>this|last|tomorrow)\s+(?P<part>{RX_DAYPART}){RW}"
        ),
        h_daypart,
        words("earlier later early late this last tomorrow"),
    ),
    Rule(
        "clock_daypart",
        rx(
            rf"{LW}(?:at\s+)?(?:mid|late|early)[-\s]?(?P<part>morning|afternoon|evening)(?:\s+(?P<day>today|yesterday|tomorrow))?{RW}"
        ),
        h_clock_daypart,
        words("at mid late early")
        | frozenset(p + q for p in ("mid", "late", "early") for q in ("morning", "afternoon", "evening")),
    ),
    Rule(
        "weekday",
        rx(
            rf"{LW}{_WD_REL}?(?P<wd>{RX_WEEKDAY})(?P<plural>s(?![\w']))?{POSS}(?:\s+(?P<part>{RX_DAYPART}){RW})?(?![\w])"
        ),
        h_weekday,
        words("this next last coming past previous following early late earlier later") | WEEKDAY_WORDS,
    ),
    Rule(
        "set_weekdays",
        rx(
            r"(?<![\w-])(?P<wd>Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays|"
            r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?=\s+(?:mornings|afternoons|evenings|nights)))"
            r"(?:\s+(?P<part>mornings|afternoons|evenings|nights))?(?![\w])"
        ),
        h_set_weekdays,
        WEEKDAY_WORDS | frozenset(w + "s" for w in WEEKDAY_WORDS),
    ),
    Rule(
        "rel_unit",
        rx(
            rf"{LW}(?P<edge>{EDGE})?(?P<rel>this\s+past|this|last|next|past|coming|current|upcoming|latest|"
            r"the\s+past|the\s+last|the\s+coming|the\s+current|the\s+latest|the\s+present|the\s+upcoming|"
            r"the\s+full|the\s+whole|the\s+entire|the)\s+"
            r"(?P<fiscal>(?:fiscal|calendar|financial)[-\s]+)?"
            r"(?P<unit>week|month|year|quarter|decade|weekend|period|day)"
            rf"(?!-){POSS}{RW}"
        ),
        h_rel_unit,
        EDGE_FIRST | words("this last next past coming current upcoming latest the"),
    ),
    Rule(
        "edge_rel",
        rx(
            r"(?<![\w-])(?:(?:earlier|later|early|late|mid)[-\s]+(?:in\s+)?|(?:the\s+)?(?:beginning|start|end|middle|close|rest|remainder)\s+of\s+)"
            r"(?P<rel>this|last|next)\s+(?P<unit>week|month|year|quarter)(?![\w])"
        ),
        h_edge_rel,
        words("earlier later early late mid the beginning start end middle close rest remainder"),
    ),
    Rule(
        "year_end",
        rx(
            r"(?<![\w-])(?:(?:by|at|around|until|before|after|through|since)\s+)?(?:the\s+)?(?:year[-\s]end|year['’]s\s+end|end[-\s]of[-\s](?:the[-\s])?year|mid-?year)(?![\w-])"
        ),
        h_year_end,
        words("by at around until before after through since the year end mid midyear"),
    ),
    Rule(
        "ago",
        rx(
            rf"{LW}(?P<approx>{RX_APPROX}\s+)?(?P<num>{RX_NUMBER})\s+(?:(?:more|long|short|full)\s+)?(?P<unit>{RX_UNIT})(?:\s+or\s+so)?"
            r"\s+(?P<dir>ago|earlier|later|back|from\s+(?:now|today)|hence)(?!\s+than)(?![\w])"
        ),
        h_ago,
        APPROX_FIRST | NUM_FIRST,
    ),
    Rule(
        "vague_ago",
        rx(
            rf"{LW}(?P<approx>just\s+|only\s+)?(?P<num>)(?P<unit>{RX_UNIT_PL})\s+(?P<dir>ago|earlier|later)(?!\s+than)(?![\w])"
        ),
        h_ago,
        words("just only") | UNIT_PLURALS,
    ),
    Rule(
        "year_ago_adj",
        rx(
            r"(?<![\w-])(?:the\s+)?(?:(?:comparable|corresponding|same|prior)\s+)?(?:year[-\s]ago|year[-\s]earlier|prior[-\s]year|year[-\s]before)"
            rf"(?:\s+(?P<noun>(?:(?P<ordq>first|second|third|fourth)\s+)?quarter|period|(?:{RX_NUMWORD}|\d+)\s+months))?(?![\w-])"
            # "the quarter a year ago", "the corresponding period last year": one expression
            r"|(?<![\w-])(?:the|that)\s+(?:(?:comparable|corresponding|same)\s+)?(?:quarter|period)\s+"
            r"(?:(?:a|one)\s+year\s+(?:ago|earlier)|(?:of\s+)?last\s+year)(?![\w-])"
            # "last year's quarter", "last year's comparable period": the report's quarter a year back
            r"|(?<![\w-])last\s+year['’]s\s+(?:(?:comparable|corresponding|same)\s+)?(?:quarter|period)(?![\w-])"
        ),
        h_year_ago_adj,
        words("the that comparable corresponding same prior year last"),
    ),
    Rule(
        "year_period",
        rx(
            rf"{LW}(?:the|its|their)\s+(?P<year>{RX_YEAR4_CORE})\s+(?:fiscal\s+)?(?P<unit>period|quarter)(?![\w-])"
        ),
        h_year_period,
        words("the its their"),
    ),
    Rule(
        "ref_daypart",
        rx(
            r"(?<![\w-])(?:in|during)\s+(?P<span>the\s+(?P<part>morning|afternoon|evening))(?![\w-])(?!\s+of(?![\w-]))"
        ),
        h_ref_daypart,
        words("in during"),
    ),
    Rule(
        "ref_unit",
        rx(
            r"(?<![\w-])(?P<pre>(?:earlier|later|early|late)\s+)?(?P<det>that\s+same|the\s+same|that|the\s+next|the\s+following|"
            r"the\s+previous|the\s+preceding|the\s+prior)\s+(?P<unit>day|morning|afternoon|evening|night|week|weekend|month|quarter|year)(?![\w-])"
        ),
        h_ref_unit,
        words("earlier later early late that the"),
    ),
    Rule(
        "duration_rel",
        rx(
            rf"{LW}(?P<approx>{RX_APPROX}\s+)?(?:(?:each|all|most|much|part|some|any|many|one)\s+of\s+)?(?:the\s+|its\s+|their\s+|his\s+|her\s+)?"
            r"(?:past|last|next|first|previous|coming|following|final|remaining|latest|initial|ensuing|subsequent|"
            r"preceding|prior|same|other|better\s+part\s+of\s+the|best\s+part\s+of\s+the)\s+"
            rf"(?P<num>{RX_NUMBER})\s+(?P<unit>{RX_UNIT_PL}|{RX_UNIT_SG})(?:\s+or\s+so)?{RW}"
        ),
        h_duration,
        APPROX_FIRST
        | words(
            "each all most much part some any many one the its their his her past last next first "
            "previous coming following final remaining latest initial ensuing subsequent preceding "
            "prior same other better best"
        ),
    ),
    Rule(
        "duration",
        rx(
            rf"{LW}(?P<approx>{RX_APPROX}\s+)?(?P<num>{RX_NUMBER})\s+(?:(?:more|additional|extra|full|straight|consecutive|"
            r"long|short|trading|business|working|calendar|solid|whole|entire|successive|further|hard|grueling|"
            rf"gruelling|tough)\s+)?(?P<unit>{RX_UNIT})(?P<half>\s+and\s+a\s+half)?(?:\s+or\s+so)?{RW}"
        ),
        lambda m, ctx: h_duration(with_half(m), ctx),
        APPROX_FIRST | NUM_FIRST,
    ),
    Rule(
        "duration_adj",
        rx(
            rf"{LW}(?P<num>\d+(?:\.\d+)?|{RX_NUMWORD}|several|multi|many|few|half)?[-‐](?P<unit>{RX_UNIT_SG})"
            r"(?:(?P<long>[-‐]long)|(?P<old>[-‐\s]olds?))?(?![\w-])"
            r"|(?<![\w-])(?P<num2>)(?P<unit2>days?|weeks?|months?|years?|decades?|hours?|centur(?:y|ies))(?P<long2>[-‐]long)(?![\w-])"
        ),
        lambda m, ctx: h_duration_adj(adj_norm(m), ctx),
        NUM_FIRST | words("multi") | UNIT_SINGULARS | UNIT_PLURALS,
    ),
    Rule(
        "vague_plural",
        rx(
            r"(?<![\w-])(?:(?:in|over|for|during)\s+)?(?:(?:recent|the\s+coming|coming|the\s+past\s+few|the\s+last\s+few|"
            r"the\s+next\s+few|the\s+past\s+several|the\s+last\s+several|the\s+next\s+several|the\s+intervening|"
            r"the\s+ensuing|the\s+following|the)\s+)(?P<unit>years|months|weeks|days|decades|centuries|hours|quarters)(?![\w-])"
            # "the first hours of the war", "the early years": a stretch at one end of a period, unless
            # the period is a date itself ("the early hours of Thursday": that date is the expression)
            r"|(?<![\w-])the\s+(?:first|early|earliest|final|closing|opening|initial)\s+(?P<unit_e>years|months|weeks|days|hours)"
            rf"(?![\w-])(?!\s+of\s+(?:\d|(?:{RX_WEEKDAY}|{RX_MONTH}|today|yesterday|tomorrow|this|last|next|"
            rf"(?:the\s+)?{RX_DAYPART})(?![\w-])))"
            r"|(?<=\bfor\s)(?P<unit_b>years|months|weeks|days|decades|centuries|hours)(?![\w-])"
            r"|(?<=\bwithin\s)(?P<unit_c>years|months|weeks|days|hours)(?![\w-])"
            r"|(?<=\bin\s)(?P<unit_d>years|decades)(?![\w-])"
        ),
        lambda m, ctx: h_vague_plural(unit_norm(m), ctx),
        words("in over for during recent the coming within") | UNIT_PLURALS,
    ),
    Rule(
        "set_adverb",
        rx(
            r"(?<![\w-])(?P<w>daily|weekly|monthly|yearly|annually|hourly|nightly|quarterly|biweekly|fortnightly|"
            r"bimonthly|semiannually|semi-annually|biannually)(?![\w-])"
        ),
        h_set_adverb,
        words(
            "daily weekly monthly yearly annually hourly nightly quarterly biweekly fortnightly "
            "bimonthly semiannually semi biannually"
        ),
    ),
    Rule(
        "set_every",
        rx(
            rf"(?<![\w-])(?:every|each)\s+(?P<other>other\s+|single\s+)?(?:(?P<num>{RX_NUMWORD}|\d+)\s+)?"
            rf"(?P<what>{RX_UNIT_SG}|{RX_UNIT_PL}|{RX_WEEKDAY}|{RX_MONTH_FULL}|{RX_SEASON}|{RX_DAYPART}|weekend)(?![\w-])"
        ),
        h_set_every,
        words("every each"),
    ),
    Rule(
        "set_per",
        rx(
            r"(?<![\w-])(?:per|a)\s+(?P<span>(?P<unit>annum))(?![\w-])|(?<![\w-])(?P<span2>per\s+(?P<unit2>year|month|week|day))(?![\w-])"
        ),
        lambda m, ctx: h_set_per(per_norm(m), ctx),
        words("per a"),
    ),
    Rule(
        "time",
        rx(
            rf"{LW}(?P<approx>(?:at\s+)?(?:about|around|approximately|roughly|shortly\s+(?:before|after)|just\s+(?:before|after))\s+)?"
            r"(?:(?P<special>noon|midday|midnight)|(?=\d{1,2}(?::[0-5]\d|\s*[ap]\.?\s?m(?![a-z])|\s+o['’]clock|\s+(?:in\s+the|at)\s+(?:morning|afternoon|evening|night)))"
            r"(?P<h>[012]?\d)(?::(?P<mi>[0-5]\d))?"
            r"(?:\s*(?P<ap>a\.\s?m\.?|p\.\s?m\.?|am(?![\w])|pm(?![\w]))|\s+(?P<oclock>o['’]clock)"
            rf"|\s+(?:in\s+the|at)\s+(?P<dpart>morning|afternoon|evening|night))?)"
            rf"(?P<tz>{RX_TZ})?"
            rf"(?:,?\s+(?:on\s+)?(?P<day>(?P<dwd>{RX_WEEKDAY})|today|yesterday|tomorrow|tonight|"
            rf"(?P<dmon>{RX_MONTH})\s*(?P<dday>{RX_DAYNUM})(?:,?\s+(?P<dyear>{RX_YEAR4}))?))?(?![\w])"
        ),
        h_time,
        words("at about around approximately roughly shortly just noon midday midnight #d"),
    ),
    Rule(
        "ref_word",
        rx(
            r"(?<![\w-])(?P<w>right\s+now|just\s+now|now|currently|current|presently|at\s+present|the\s+present(?:\s+day)?|"
            r"these\s+days|nowadays|at\s+the\s+moment|(?:more|most|until)\s+recently|recently|lately|the\s+past|previously|"
            r"formerly|recent|the\s+(?:near|foreseeable)\s+future|the\s+future|the\s+(?:near|short|long)\s+term|"
            r"as\s+soon\s+as\s+possible|a\s+later\s+date|someday|some\s+day|one\s+day|soon)(?![\w-])"
        ),
        h_ref_word,
        words(
            "right just now currently current presently at the these nowadays more most until "
            "recently lately previously formerly recent as a someday some one soon"
        ),
    ),
]
