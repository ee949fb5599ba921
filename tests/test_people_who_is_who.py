"""Who is who: outlets, link lines, name particles, clause subjects and aged descriptions.

Invented sentences; each test fails without its rule."""

from __future__ import annotations

from spacy.language import Language

from helpers import cast_of, refers

# --- a subject pronoun of a subordinate clause: the enclosing clause's subject, not a nearer object


def test_because_clause_pronoun_is_the_subject_of_the_clause_it_explains(nlp: Language) -> None:
    text = (
        "Mia Lund's attorney Tara Fenn argued that Tom Vale ought to have taken Sam Dorr to the hearing, "
        "because he was obliged to under the agreement."
    )
    assert refers(nlp, text, "he") == ["Tom Vale"]


def test_while_clause_pronoun_skips_a_name_inside_a_phrase(nlp: Language) -> None:
    text = "Alan Brook said his feud with Dan Vole's brother started while he was filming a movie in 1990."
    assert refers(nlp, text, "he") == ["Alan Brook"]


def test_an_enclosing_subject_of_the_other_sex_passes_the_question_up(nlp: Language) -> None:
    text = "Nora Pell said that Tom Vale hired Ruth Ames because she needed a lawyer."
    assert refers(nlp, text, "she") == ["Nora Pell"]


def test_a_main_clause_pronoun_keeps_the_nearest_reading(nlp: Language) -> None:
    # negative: no subordinate clause, so the rule says nothing and the nearest man stays
    text = "Tom Vale met Sam Dorr at the gala. He thanked Sam Dorr and his mother for the invitation."
    assert refers(nlp, text, "his") == ["Sam Dorr"]


# --- "his own" / "her own": the subject of its clause


def test_his_own_is_the_clause_subject_not_the_nearer_guest(nlp: Language) -> None:
    text = "Tom Vale smiled. On Friday he was joined by Rob Tarn and Leo Mast at his own launch party."
    assert refers(nlp, text, "his", 0) == ["Tom Vale"]


def test_his_without_own_keeps_the_nearest_reading(nlp: Language) -> None:
    # negative: without "own" the possessive stays with the nearer man named in the sentence
    text = "Tom Vale smiled. On Friday he was joined by Rob Tarn at his launch party."
    assert refers(nlp, text, "his", 0) == ["Rob Tarn"]


def test_a_plural_subject_leaves_the_pronoun_to_the_usual_rules(nlp: Language) -> None:
    # "the pair" holds the woman meant: the clause above it ("Lena Voss started …") is not asked
    text = (
        "Lena Voss started wooing Joy Hart, yet the pair stayed discreet since she was still seeing Kai Dorn."
    )
    assert refers(nlp, text, "she") != ["Lena Voss"]


# --- an age in a description: the person the article gave that age; never one it gave another


def test_an_aged_description_skips_the_woman_of_another_age(nlp: Language) -> None:
    text = (
        "Lena Voss, 36, went to the beach with Dara Voss on Sunday. Lena Voss swam for an hour. "
        "The 38-year-old actress stayed on the sand."
    )
    assert refers(nlp, text, "actress") == ["Dara Voss"]


def test_an_aged_description_finds_the_one_person_of_that_age(nlp: Language) -> None:
    text = (
        "Tom Vale, 52, and his neighbour Sam Dorr, 41, spoke to the press on Monday. "
        "Max Kern said the fence was new. The 41-year-old actor disagreed."
    )
    assert refers(nlp, text, "actor") == ["Sam Dorr"]


def test_a_description_without_an_age_keeps_the_usual_reading(nlp: Language) -> None:
    # negative: no age, so the latest subject is still the reading
    text = (
        "Tom Vale, 52, and his neighbour Sam Dorr, 41, spoke to the press on Monday. "
        "Max Kern said the fence was new. The actor disagreed."
    )
    assert refers(nlp, text, "actor") == ["Max Kern"]


# --- outlets named like people


def people_of(nlp: Language, text: str) -> set[str]:
    cast, _ = cast_of(nlp, text)
    return {p.name for p in cast.people.values()}


def test_an_outlet_told_by_an_unnamed_source_is_no_person(nlp: Language) -> None:
    text = "Mara Quill and Tobin Ashe split in May. A source told Rumor Patrol that the pair still talk."
    assert "Rumor Patrol" not in people_of(nlp, text)


def test_an_outlet_that_reported_or_learned_is_no_person(nlp: Language) -> None:
    text = (
        "As Radix previously reported, Mara Quill left the show. "
        "However, Celeb Lantern has learned that the report is not true."
    )
    names = people_of(nlp, text)
    assert "Radix" not in names and "Celeb Lantern" not in names and "Mara Quill" in names


def test_a_fact_checker_and_a_site_the_article_calls_so_are_no_people(nlp: Language) -> None:
    text = (
        "The story about Mara Quill was debunked by Rumor Patrol. Rumor Patrol is a website that "
        "checks tabloid claims. The rumour first ran on the gossip site Velvet Whisper."
    )
    names = people_of(nlp, text)
    assert "Rumor Patrol" not in names and "Velvet Whisper" not in names


def test_a_reporter_and_a_person_told_by_a_named_person_stay_people(nlp: Language) -> None:
    # negatives: "the network's X" is a journalist; a named speaker tells a person; "the magazine,
    # Mrs X" is no apposition of the outlet noun; "the insider added X …" is no telling of X
    text = (
        "A police source told the channel's Evan Dorsey that the singer was ill. "
        "Tobin Ashe told Mara Quill that he was sorry. Lena Fisk opened a shop. In an interview with "
        "Glow magazine, Mrs. Fisk, who runs a bakery, said she was happy. "
        "The insider added Carl Brandt, who is cooperating, denies the claims."
    )
    names = people_of(nlp, text)
    assert {"Evan Dorsey", "Mara Quill", "Lena Fisk", "Carl Brandt"} <= names


# --- title-cased lines in the body (links to other stories): capitals say nothing about names


def test_a_word_glued_to_a_name_in_a_link_line_is_dropped(nlp: Language) -> None:
    text = (
        "Lena Voss Calls Off Her Wedding\n\nLena Voss and Kai Dorn split in May, a source said.\n\n"
        "MORE: Lena Voss Steps Out With Kai Dorn At The Beach\n\nThe pair had dated for two years."
    )
    names = people_of(nlp, text)
    assert "Lena Voss" in names and not any("Steps" in n for n in names)


def test_a_plain_two_word_name_in_a_link_line_stays(nlp: Language) -> None:
    text = (
        "Lena Voss Calls Off Her Wedding\n\nLena Voss and Kai Dorn split in May, a source said.\n\n"
        "MORE: Inside Nora Pell's Quiet Summer Away From The Cameras\n\nThe pair had dated for two years."
    )
    assert "Nora Pell" in people_of(nlp, text)


def test_a_byline_is_no_title_line(nlp: Language) -> None:
    # negative: three words, so no link line; the writer is a person named in the text
    text = "Lena Voss Calls Off Her Wedding\n\nBy Mara Quill\n\nLena Voss and Kai Dorn split in May."
    assert "Mara Quill" in people_of(nlp, text)


def test_a_name_in_a_photo_credit_line_is_not_kept_as_a_link_name(nlp: Language) -> None:
    text = (
        "Lena Voss Calls Off Her Wedding\n\nLena Voss and Kai Dorn split in May, a source said.\n\n"
        "Ben Lark/Getty Images; Nora Pell/Splash/Shutterstock\n\nThe pair had dated for two years."
    )
    assert "Nora Pell" not in people_of(nlp, text)


# --- a lower-case particle before the family name


def test_a_particle_is_part_of_the_name(nlp: Language) -> None:
    names = people_of(nlp, "Lena de Souza married Tom Vale in 2010. De Souza, 43, is an actress.")
    assert "Lena de Souza" in names


def test_a_particle_deeper_inside_a_place_name_makes_no_person(nlp: Language) -> None:
    # negative: the particle is not right before the last word, so the run is no name
    names = people_of(nlp, "Lena Voss often visits Villa Sol de Los Pinos in Tijuana with her kids.")
    assert not any("Pinos" in n for n in names)


# --- "daughter X, from her previous marriage": the union that produced a child is not the child's


def test_her_marriage_after_a_named_daughter_is_the_mothers(nlp: Language) -> None:
    text = (
        "Mia Lund also has a 19-year-old daughter, Ada Lund, from her earlier relationship with Carl Bow, "
        "and an adopted son, Ned Lund."
    )
    assert refers(nlp, text, "her") == ["Mia Lund"]


def test_her_relationship_of_a_woman_named_as_no_child_stays_hers(nlp: Language) -> None:
    # negative: the daughter is named in another sentence; "Ada Lund … her relationship" is Ada's
    text = (
        "Ada Lund met Carl Bow in 2010. Their daughter Eve Bow was born a year later. "
        "Ada Lund spoke about her relationship with Carl Bow."
    )
    assert refers(nlp, text, "her") == ["Ada Lund"]


# --- a description as the subject of an adverbial clause: the one person of its sex named before it


def test_an_epithet_in_an_as_clause_is_the_man_named_in_the_main_clause(nlp: Language) -> None:
    text = (
        "Nora Pell wrote a song about Lena Voss. Fans are excited for Jack Berry and Nina Holt "
        "as the singer celebrated his birthday with his girlfriend."
    )
    assert refers(nlp, text, "singer") == ["Jack Berry"]


def test_an_epithet_in_an_as_clause_with_two_men_before_it_is_left_to_the_usual_rules(
    nlp: Language,
) -> None:
    # negative: two men named in the main clause, so the clause says nothing about which one
    text = (
        "Nora Pell wrote a song about Lena Voss. Fans are excited for Jack Berry and Sam Dorr "
        "as the singer celebrated his birthday with his girlfriend."
    )
    assert refers(nlp, text, "singer") not in (["Jack Berry"], ["Sam Dorr"])


# --- "X has custody of their kids": their is X's couple, not the last pair named


def test_their_with_a_named_subject_outside_the_last_pair_is_not_that_pair(nlp: Language) -> None:
    text = (
        "Tom Vale and Ana Ruiz went out for dinner on Friday. "
        "Mia Lund currently has custody of their six kids."
    )
    assert refers(nlp, text, "their") == []


def test_their_with_a_named_subject_goes_to_that_persons_couple(nlp: Language) -> None:
    text = (
        "Mia Lund and Carl Brandt split in 2016. Tom Vale and Ana Ruiz went out for dinner on Friday. "
        "Mia Lund currently has custody of their six kids."
    )
    assert refers(nlp, text, "their") == ["Carl Brandt", "Mia Lund"]


def test_their_with_a_subject_inside_the_pair_keeps_the_pair(nlp: Language) -> None:
    # negative: the subject is one of the pair, so nothing changes
    text = "Tom Vale and Ana Ruiz went out for dinner on Friday. Ana Ruiz posted a photo of their kids."
    assert refers(nlp, text, "their") == ["Ana Ruiz", "Tom Vale"]


# --- a family name shared by relatives: the one the article already calls by it alone


def test_a_shared_surname_is_the_relative_already_called_by_it(nlp: Language) -> None:
    text = (
        "Lena Voss and Kai Dorn met in 2015. Voss, 25, is a singer. "
        "Her mother Tara Voss was at the party. In 2019, Voss married Kai Dorn in secret."
    )
    assert refers(nlp, text, "Voss", 3) == ["Lena Voss"]


def test_a_surname_with_a_title_does_not_claim_the_bare_word(nlp: Language) -> None:
    # negative: "Mrs. Voss" names the mother; it does not make her the one "Voss" means
    text = (
        "Lena Voss and Kai Dorn met in 2015. Her mother Tara Voss was at the party. "
        "Mrs. Voss smiled. Lena Voss sang. In 2019, Voss married Kai Dorn in secret."
    )
    assert refers(nlp, text, "Voss", 4) == ["Lena Voss"]


# --- a line linking to another story ("Also read: …") gives no antecedents to the body


def test_a_name_in_a_link_line_does_not_take_the_next_description(nlp: Language) -> None:
    text = (
        "Tom Vale was spotted at a party on Friday with friends.\n"
        "Also read: Dan Kerr and Sam Dorr pay tribute to a director\n"
        "A friend told the paper that the actor has grown reclusive lately."
    )
    assert refers(nlp, text, "actor") == ["Tom Vale"]


def test_a_colon_line_without_a_link_label_still_gives_antecedents(nlp: Language) -> None:
    # negative: "Update:" is no link label, so the man named there stays the latest subject
    text = (
        "Tom Vale was spotted at a party on Friday with friends.\n"
        "Update: Dan Kerr paid tribute to a director on Monday.\n"
        "A friend told the paper that the actor has grown reclusive lately."
    )
    assert refers(nlp, text, "actor") == ["Dan Kerr"]


# --- an entity that runs across a comma ("According to Gazette, Reed …") holds two names


def test_a_name_after_a_comma_inside_one_entity_is_found(nlp: Language) -> None:
    text = (
        "Chris Reed was seen at church on Sunday. Sam Dorr, 40, was there too. "
        "According to Folks, Reed reportedly changed his views after the birth of his son."
    )
    assert refers(nlp, text, "his", 0) == ["Chris Reed"]


# --- a name used as a noun modifier ("the rare X appearance") is no argument: still an antecedent


def test_a_name_as_a_noun_modifier_stays_an_antecedent_of_an_epithet(nlp: Language) -> None:
    text = (
        "Tom Vale starred in Harbor Lights. Tom Vale and Dan Kerr went to church on Sunday. "
        "Fans were thrilled by the rare Vale appearance, since the Harbor Lights star had been hiding."
    )
    assert refers(nlp, text, "star") == ["Tom Vale"]


def test_a_short_plain_sentence_on_its_own_line_is_no_title_line(nlp: Language) -> None:
    # negative: only two words of four letters or more, so the capitals are names, not a headline
    text = "Lena Voss Calls Off Her Wedding\n\nNora Vance is mom to Leo, 10, and Mia, 8.\n\nShe is happy."
    names = people_of(nlp, text)
    assert {"Leo", "Mia"} <= names


# --- a capitalised plural role noun before a name ("Singers X and Y …")


def test_a_plural_role_noun_before_a_name_is_no_part_of_it(nlp: Language) -> None:
    names = people_of(nlp, "Singers Jenna Lowe and Zed also sent messages of support.")
    assert "Jenna Lowe" in names and not any(n.startswith("Singers") for n in names)


def test_a_singular_start_word_of_a_name_is_kept(nlp: Language) -> None:
    # negative: a word that is no plural role noun stays part of the name
    names = people_of(nlp, "Jenna Lowe and Zed also sent messages of support.")
    assert "Jenna Lowe" in names
