"""Timeline views over hand-made results: one person's entries, JSON, Markdown, the rich table and the
offline HTML page (self-contained, escaped, with every entry's quotes and article ids)."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import pytest
from rich.console import Console

from newsfacts.errors import UsageError
from newsfacts.html import to_html
from newsfacts.reconcile import reconcile
from newsfacts.render import render_timeline
from newsfacts.schema import Result
from newsfacts.timeline_view import (
    filter_person,
    find_person,
    md,
    to_timeline_json,
    to_timeline_markdown,
)
from test_reconcile import art, child, divorce, ev, marriage, person, when

RT, GC, KH, TH = "Rebecca Thorsby", "Gregory Corvell", "Kevin Hart", "Torrei Hart"
EVIL = "Bobby <script>alert('x')</script> | *Tables*"


def sample() -> Result:
    """Two couples; the divorce date is disputed; one name full of markup."""
    a_quote = 'Thorsby & Corvell "filed" in <2023-07>.'
    d1 = divorce(RT, GC, filed=when("2023-07"), finalized=when("2024-02", "February"))
    d1.evidence = [ev("a", 1, a_quote)]
    return reconcile(
        [
            art(
                "a",
                [person(RT, "female", aliases=("Rebecca",)), GC],
                [marriage(RT, GC, start=when("2012")), d1],
            ),
            art("b", [RT, GC], [divorce(RT, GC, finalized=when("2023-12"))], published="2024-03-10"),
            art(
                "c",
                [KH, TH, EVIL],
                [marriage(KH, TH, start=when("2008")), child([EVIL], None, born=when("2001"))],
            ),
        ]
    )


# -- person filter -----------------------------------------------------------------------------------

WHO_CASES = [
    ("rebecca-thorsby", "rebecca-thorsby"),
    ("rebecca thorsby", "rebecca-thorsby"),
    ("  Rebecca   Thorsby ", "rebecca-thorsby"),
    ("Rebecca", "rebecca-thorsby"),  # a unique alias
    ("Kevin Hart", "kevin-hart"),
]


@pytest.mark.parametrize(("who", "pid"), WHO_CASES)
def test_find_person(who: str, pid: str) -> None:
    assert find_person(sample(), who) == pid


@pytest.mark.parametrize(
    ("who", "message"),
    [
        ("Nobody", "no person called 'Nobody'"),
        ("Hart", "did you mean Kevin Hart, Torrei Hart"),
        ("", "needs a name"),
    ],
)
def test_find_person_errors(who: str, message: str) -> None:
    with pytest.raises(UsageError, match=re.escape(message)):
        find_person(sample(), who)


def test_ambiguous_alias_is_refused() -> None:
    res = reconcile([art("a", [person(KH, aliases=("Hart",)), person(TH, aliases=("Hart",))])])
    with pytest.raises(UsageError, match="could be Kevin Hart"):
        find_person(res, "Hart")


def test_filter_person_keeps_only_their_entries() -> None:
    res = filter_person(sample(), "Kevin Hart")
    assert [e.summary for e in res.timeline] == ["Kevin Hart and Torrei Hart marry"]
    assert {p.id for p in res.people} == {"kevin-hart", "torrei-hart"}
    assert [a.id for a in res.articles] == ["c"]
    assert res.conflicts == [] and [f.type for f in res.facts] == ["marriage"]
    thor = filter_person(sample(), RT)
    assert [c.kind for c in thor.conflicts] == ["date_mismatch"]
    assert all("rebecca-thorsby" in e.people for e in thor.timeline)


# -- writers -------------------------------------------------------------------------------------------


def test_markdown_timeline() -> None:
    text = to_timeline_markdown(sample())
    rows = [line for line in text.splitlines() if line.startswith("| ")]
    assert rows[0] == "| date | event | people | sources | conflict |"
    assert rows[1].startswith("| ≈2001 |") or rows[1].startswith("| 2001 |")
    finalized = next(r for r in rows if "finalized" in r)
    assert finalized.endswith("| 2 | ⚠ |") and "| 2023-12 |" in finalized  # the later publication wins
    assert all(r.count(" | ") == 4 for r in rows), "a cell leaked a table separator"
    assert "<script>" not in text and "\\<script\\>" in text
    assert "## Conflicts" in text and "**date\\_mismatch**" in text
    assert "- `a` published 2024-03-09" in text


@pytest.mark.parametrize(
    ("raw", "safe"),
    [
        ("a|b", "a\\|b"),
        ("<i>x</i>", "\\<i\\>x\\</i\\>"),
        ("two\nlines", "two lines"),
        ("snake_case", "snake\\_case"),
    ],
)
def test_md_escape(raw: str, safe: str) -> None:
    assert md(raw) == safe


def test_json_timeline() -> None:
    data = json.loads(to_timeline_json(sample()))
    assert set(data) == {"schema_version", "people", "timeline", "conflicts"}
    assert [e["conflict"] for e in data["timeline"] if e["type"] == "divorce_finalized"] == [True]
    assert {p["id"] for p in data["people"]} >= {"rebecca-thorsby", "kevin-hart"}


def test_rich_table() -> None:
    console = Console(record=True, width=200, color_system=None)
    render_timeline(sample(), console)
    text = console.export_text()
    assert "⚠ conflict" in text and "Rebecca Thorsby" in text and "Conflicts" in text
    assert "<script>alert('x')</script>" in text  # shown as text, not eaten as markup


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs += attrs

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_html_is_one_offline_page_with_the_evidence() -> None:
    res = sample()
    page = to_html(res, "Timeline <of> everyone")
    parser = _Tags()
    parser.feed(page)
    text = "".join(parser.text)
    # self-contained: no scripts, no external resources of any kind
    assert "script" not in parser.tags and "link" not in parser.tags and "img" not in parser.tags
    assert not any(name in ("src", "href") or (name.startswith("on")) for name, _ in parser.attrs)
    assert not re.search(r"https?://|url\(|@import", page)
    assert ("http-equiv", "Content-Security-Policy") in parser.attrs
    assert any(name == "content" and (v or "").startswith("default-src 'none';") for name, v in parser.attrs)
    # every entry with its quotes and article ids
    assert parser.tags.count("li") == len(res.timeline) and parser.tags.count("details") == len(res.timeline)
    for f in res.facts:
        for e in f.evidence:
            assert e.quote in text
            assert e.article in text
    # escaped, and shown back as the same text
    assert "<script>alert" not in page and "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page
    assert EVIL in text
    assert "Thorsby &amp; Corvell &quot;filed&quot; in &lt;<mark>2023-07</mark>&gt;." in page
    assert "<title>Timeline &lt;of&gt; everyone</title>" in page
    # conflicts: marked entries and the disagreement spelled out
    assert page.count('<li class="conflict">') == sum(e.conflict for e in res.timeline) == 2
    assert "date_mismatch" in text and "kept:" in text


def test_html_empty_result() -> None:
    page = to_html(Result())
    assert "No dated or datable events were found." in page and page.endswith("</html>\n")
