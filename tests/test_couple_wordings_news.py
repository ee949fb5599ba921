"""Couples in wordings common in celebrity news: "broke things off with Y", "on-again, off-again", "X and Y
have been on-and-off", a split from a named friend or relative (no romance), "each artist's divorce" (each
their own). Each row an invented sentence with invented names; the guards are look-alikes that must give
no couple."""

from __future__ import annotations

import pytest

from helpers import children, pairs

# -- "broke things off (with Y)", "broke it off": a romance that ended ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Lena Moss broke things off with singer Tom Vale in 2019.",
        "Lena Moss and Tom Vale broke things off last spring.",
        "Lena Moss broke it off with Tom Vale after two years.",
    ],
)
def test_broke_things_off(text: str) -> None:
    assert pairs(text, "relationship") == [["Lena Moss", "Tom Vale"]]


@pytest.mark.parametrize(
    "text",
    [
        "Lena Moss broke off the deal with Tom Vale in 2019.",  # a thing broken off
        "Lena Moss broke off talks with Tom Vale in 2019.",
        "Lena Moss did not break things off with Tom Vale.",  # denied
        "Lena Moss broke things off with her manager Tom Vale in 2019.",  # a named working tie
        "Lena Moss denied that she broke things off with Tom Vale.",
        "Reports that Lena Moss broke things off with Tom Vale are false.",
        "Lena Moss reunited with her mother Ana Moss last week.",
    ],
)
def test_broke_off_look_alikes(text: str) -> None:
    assert pairs(text, "relationship") == []


@pytest.mark.parametrize(
    "text",
    [
        "Lena Moss split from her manager Tom Vale in 2019.",
        "Lena Moss parted ways with her mentor Tom Vale in 2019.",
    ],
)
def test_split_from_a_named_friend_or_colleague_is_no_romance(text: str) -> None:
    assert pairs(text, "relationship") == []


# -- "on-again, off-again", "on-and-off": a romance that broke and resumed ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Tom Vale and Lena Moss had an on-again off-again relationship for years.",
        "Tom Vale is sad. Since he and Lena Moss had an on-again, off-again relationship, the actor is low.",
        "Lena Moss and Tom Vale have been on-and-off for years.",
        "Lena Moss and Tom Vale have been secretly on again, off again since 2015.",
        "Lena Moss has been on and off with Tom Vale since 2015.",
    ],
)
def test_on_and_off(text: str) -> None:
    assert pairs(text, "relationship") == [["Lena Moss", "Tom Vale"]]


@pytest.mark.parametrize(
    "text",
    [
        "Lena Moss and Tom Vale have had a close relationship for years.",  # no on-off: a friendship too
        "Lena Moss and Tom Vale have been friends on and off for years.",
        "Lena Moss and Tom Vale have been on and off the show for years.",  # a place
        "Lena Moss and Tom Vale have worked together on and off for years.",
        "Lena Moss and her sister Ana Moss have been on-and-off for years.",
        "Lena Moss and Tom Vale have never been on-and-off.",
        "Lena Moss denied that she and Tom Vale have been on-and-off for years.",
    ],
)
def test_on_and_off_look_alikes(text: str) -> None:
    assert pairs(text, "relationship") == []


# -- "each artist's divorce": each from a partner of their own -----------------------------------------


def test_each_ones_divorce_is_no_divorce_of_the_pair() -> None:
    text = "Lena Moss and Tom Vale began dating on the show in 2015, in the wake of each artist's divorce."
    assert pairs(text, "divorce") == []
    assert pairs(text, "marriage") == []
    assert pairs(text, "relationship") == [["Lena Moss", "Tom Vale"]]


def test_their_divorce_still_counts() -> None:
    text = "Lena Moss and Tom Vale began dating on the show in 2015, in the wake of their divorce."
    assert pairs(text, "divorce") == [["Lena Moss", "Tom Vale"]]


# -- "X, who had a daughter with wife Y": the spouse of the one who had the child ---------------------


@pytest.mark.parametrize(
    "text",
    [
        "Her father Gunter Kolm - who had the German model with wife Emma - spoke out.",
    ],
)
def test_with_wife_on_the_child_had(text: str) -> None:
    assert pairs(text, "marriage") == [["Emma", "Gunter Kolm"]]


def test_with_wife_is_not_the_child_s_wife() -> None:
    text = "Lena Moss's father Gunter Kolm - who had Lena with wife Emma - spoke out."
    assert pairs(text, "marriage") == [["Emma", "Gunter Kolm"]]


# -- "has a son with wife Y": Y is the mother, not the son's name ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Gunter Kolm has a son with wife Emma Vale.",
        "Gunter Kolm welcomed a son with wife Emma Vale in May.",
    ],
)
def test_son_with_wife(text: str) -> None:
    assert children(text) == [(["Emma Vale", "Gunter Kolm"], "")]
    assert pairs(text, "marriage") == [["Emma Vale", "Gunter Kolm"]]


# -- a list of one owner's partners: "his ex-wife A and current girlfriend B" ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ned Park talked about his pal Rob Pike - his ex-wife Jen Ann and current girlfriend Ana Jolo.",
        "Rob Pike's ex-wife Jen Ann and current girlfriend Ana Jolo were there.",
    ],
)
def test_second_partner_of_a_list(text: str) -> None:
    assert pairs(text, "relationship") == [["Ana Jolo", "Rob Pike"]]
    assert pairs(text, "marriage") == [["Jen Ann", "Rob Pike"]]


def test_husband_after_a_sister_is_not_said_whose() -> None:
    assert pairs("Lena Moss thanked her sister Ana Moss and husband Rob Pike.", "marriage") == []


# -- a kinship noun the tagger read as a verb: "X and girlfriend Y", "nuptials to fiancee Y" -------------


def test_and_girlfriend_read_as_a_verb() -> None:
    text = "From left to right, that's Ned Park and girlfriend Valerie Moss, Caitlyn Vale, and Kim Jolo."
    assert pairs(text, "relationship") == [["Ned Park", "Valerie Moss"]]


@pytest.mark.parametrize(
    "text",
    [
        "George Cline's upcoming nuptials to fiancee Amara Aldin were the talk of the town.",
        "George Cline's wedding to fiancee Amara Aldin will take place in May.",
    ],
)
def test_nuptials_to_fiancee(text: str) -> None:
    assert pairs(text, "engagement") == [["Amara Aldin", "George Cline"]]
    assert pairs(text, "marriage") == []


# -- "a divorce from his first wife": an earlier spouse, not the couple told of before -----------------


def test_divorce_from_a_first_wife_is_not_the_current_couple() -> None:
    text = (
        "George Cline is engaged to Amara Aldin. Given his track record, including a difficult divorce "
        "from his first wife, he needs a prenup."
    )
    assert pairs(text, "divorce") == []
    assert pairs(text, "engagement") == [["Amara Aldin", "George Cline"]]


# -- the other parent of a child: "mom of A with husband Y", "a daughter A to Y" -------------------------


@pytest.mark.parametrize(
    ("text", "child"),
    [
        ("Lena Moss is the mom of Mia, 4, with husband Ned Park.", "Mia"),
        ("Lena Moss has a nine-year-old daughter Mia to Ned Park from a previous relationship.", "Mia"),
        ("Lena Moss has a son, Max, 4, to her French actor husband Ned Park.", "Max"),
    ],
)
def test_other_parent(text: str, child: str) -> None:
    assert children(text) == [(["Lena Moss", "Ned Park"], child)]


@pytest.mark.parametrize(
    "text",
    [
        "Lena Moss is the mom of Mia, 4, with her friend Ned Park.",  # a companion, not a parent
        "Lena Moss introduced her son Max to Ned Park.",  # "to" of another verb
        "Lena Moss gave birth to a son, Max, to the delight of Ned Park.",
    ],
)
def test_other_parent_look_alikes(text: str) -> None:
    assert [parents for parents, _ in children(text)] == [["Lena Moss"]]


# -- a wedding being prepared: the two are engaged --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Lena Moss's upcoming wedding to Tom Vale is in May.",
        "Lena Moss and Tom Vale have been planning their wedding in the mountains this summer.",
    ],
)
def test_planned_wedding_is_an_engagement(text: str) -> None:
    assert pairs(text, "engagement") == [["Lena Moss", "Tom Vale"]]
    assert pairs(text, "marriage") == []


@pytest.mark.parametrize(
    "text",
    [
        "Lena Moss's rumored wedding to Tom Vale is fake.",
        "Lena Moss's possible wedding to Tom Vale is in May.",
        "Lena Moss and Tom Vale's allegedly upcoming nuptials will be small.",  # a guess
    ],
)
def test_doubted_wedding_is_no_engagement(text: str) -> None:
    assert pairs(text, "engagement") == []


# -- "A, her daughter with husband Y": the pronoun is not A's own ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ana Jolo did not say if she let Mia, her 2-year-old daughter with husband Ned Park, run around.",
        "Ana Jolo brought Mia Park, her daughter with husband Ned Park, to the show.",
    ],
)
def test_apposed_child_with_husband(text: str) -> None:
    assert pairs(text, "marriage") == [["Ana Jolo", "Ned Park"]]
    assert [parents for parents, _ in children(text)] == [["Ana Jolo", "Ned Park"]]


def test_apposed_partner_naming_someone_else_keeps_the_pronoun() -> None:
    text = "Ned Park praised his pal Rob Pike - his ex-wife Jen Ann and current girlfriend Ana Jolo."
    assert pairs(text, "marriage") == [["Jen Ann", "Rob Pike"]]


# -- "had a secret affair with director Y": the parser hangs "with" on the verb ---------------------------


def test_affair_with_a_named_partner_on_the_verb() -> None:
    text = "Rob Pike was upset to find that Lena Moss was having a secret affair with director Tom Vale."
    assert pairs(text, "relationship") == [["Lena Moss", "Tom Vale"]]


def test_affair_with_an_unnamed_description_stays_out() -> None:
    assert pairs("Lena Moss had a secret affair with her director in 2010.", "relationship") == []


# -- a plural description before listed children: "father to actors A, B and C" ---------------------------


def test_father_to_actors_listed() -> None:
    text = "Legendary TV producer Tom Vale — father to actors Max Vale, Leo Vale and Ned Vale — died at 75."
    assert children(text) == [
        (["Tom Vale"], "Leo Vale"),
        (["Tom Vale"], "Max Vale"),
        (["Tom Vale"], "Ned Vale"),
    ]


def test_children_list_stops_at_another_verb() -> None:
    text = "Lena Moss took her two children to see singers Max Vale and Ivy Vale."
    assert children(text) == [(["Lena Moss"], ""), (["Lena Moss"], "")]
