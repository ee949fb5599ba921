"""A description with a title ("the Night Tide singer") after a long quotation: the quotation's
sentences that name nobody are the speaker going on, and do not push the speaker out of reach."""

from helpers import projects

LONG_QUOTE = (
    "Tom Vale played a sold-out show in Denver on Friday. Tom Vale told the crowd about his new record. "
    '"I love you all. This city is my home. You came here for me. Thank you for waiting so long. '
    'I will never forget this night. We made it together." '
    "The Night Tide singer also thanked his band."
)


def test_description_after_quotation_is_the_speaker() -> None:
    assert ("Tom Vale", "The Night Tide") in projects(LONG_QUOTE)
