"""Named children in two wordings: a relative clause of sharing ("A, 6 months, whom her brother, X,
shares with his fiancée, Y") and a list in brackets after a count ("two kids (A, 13, and B, 10)")."""

from __future__ import annotations

from helpers import children


def test_whom_x_shares_with_y() -> None:
    text = (
        "Lena Moss shared a photo of herself cuddling with baby Ana, 6 months, whom her brother, Tom Vale, "
        "shares with his fiancée, Rita Fox."
    )
    assert children(text) == [(["Rita Fox", "Tom Vale"], "Ana")]


def test_whom_she_shares_a_stage_with_is_no_child() -> None:
    text = "Lena Moss met Rita Fox, whom she shares a stage with at the Grammys."
    assert children(text) == []


def test_names_in_brackets_after_a_count() -> None:
    text = "Lena Moss and Tom Vale have two kids (Rita, 13, and Jack, 10) together."
    assert children(text) == [(["Lena Moss", "Tom Vale"], "Jack"), (["Lena Moss", "Tom Vale"], "Rita")]
