"""A third-person pronoun inside a quotation that a speaker opens in the same sentence ("X wrote: 'I
loved her new movie'") is not the speaker, who would say "I" and "my"."""

from __future__ import annotations

from tests.helpers import projects


def test_her_inside_the_speaker_s_quotation_is_someone_else() -> None:
    text = (
        "Ana Reed and Lena Moss met in 2014. Lena Moss wrote: 'I have been following her career and "
        "now get to watch her completely transform in her new movie Cake.'"
    )
    assert projects(text) == [("Ana Reed", "Cake")]


def test_her_after_the_quotation_closes_may_be_the_speaker() -> None:  # guard
    text = "Ana Reed and Lena Moss met. Lena Moss wrote: 'I am thrilled.' Her new movie Cake opens today."
    assert projects(text) == [("Lena Moss", "Cake")]
