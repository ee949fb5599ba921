"""A name right after "and" and right before a subjectless conjoined verb is that verb's subject, though
the parser hung the name on the noun before it. Invented sentences; the test fails without the rule."""

from __future__ import annotations

from helpers import projects


def test_a_name_after_and_is_the_subject_of_the_next_verb() -> None:
    text = (
        "Lena Moss and Tom Vale are a couple. Since then the couple seem to have been living separate lives"
        " as the singer continues to plug her album Redline and Vale prepares to promote Catching Stars."
    )
    assert projects(text) == [("Lena Moss", "Redline"), ("Tom Vale", "Catching Stars")]
