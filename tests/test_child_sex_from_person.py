"""A named child whose sex the child noun leaves open ("kids", "children") takes the gender the article
gives that person (pronouns taking the name up, else a given name's usual sex): the same gender the
people list reports for them."""

from __future__ import annotations

from helpers import facts_of, names, run_text


def sexes(text: str) -> dict[str, str | None]:
    result = run_text(text)
    who = names(result)
    return {who.get(f["child"], f["child"]): f["sex"] for f in facts_of(result, "child")}


def test_pronoun_gives_the_childs_sex() -> None:
    text = "Nora Kemp shares two kids, Robin and Casey, with Colin Rudd. Robin said she loves the beach."
    assert sexes(text)["Robin"] == "female"


def test_unknown_stays_unknown() -> None:
    text = "Nora Kemp shares two kids, Robin and Casey, with Colin Rudd."
    assert sexes(text) == {"Robin": None, "Casey": None}
