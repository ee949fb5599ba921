"""A bracketed kinship noun describes the name right before the bracket, not the list item the parser
hung it on: "… William H. Mace, Felicity Hoffer and Mamie Gumm (daughter of Lena Moss)"."""

from __future__ import annotations

from helpers import children


def test_bracket_after_the_last_of_a_list() -> None:
    text = (
        "The film features a stellar ensemble cast including Anna Kemp, Sam Worthing, William H. Mace, "
        "Felicity Hoffer and Mamie Gumm (daughter of Lena Moss)."
    )
    got = children(text)
    assert got == [(["Lena Moss"], "Mamie Gumm")]  # the parser hangs the bracket on "Mace"
