"""A role noun that is never a verb ("actress", "director", "rapper") stays a noun when the tagger calls
it a verb: "Tom, who is dating Suits rapper Lena Moss, …" parses "Suits" as the subject of "rapper";
"Suits" is still the title before the role noun. A capitalised job title ("Director of Listing") is
not read this way.

Every sentence is invented (names and titles); the positive case fails without the rule
(``lexicon.NOUN_ONLY_ROLES`` in ``project_cues.nominal``), the negative case guards its edge."""

from __future__ import annotations

from helpers import projects


def test_role_noun_tagged_as_verb() -> None:
    text = "Harry, who is dating Suits rapper Lena Moss, joined forces with the Bajan beauty."
    assert projects(text) == [("Lena Moss", "Suits")]


def test_capitalised_job_title() -> None:
    text = 'Historic Wales\'s Director of Listing Tom Vale said: "The tavern is an important venue."'
    assert projects(text) == []
