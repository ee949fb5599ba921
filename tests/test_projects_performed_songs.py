"""Songs a singer performs: "belted out 'X'" (a performance verb), and a second quoted title coordinated
with the first ("sang 'A' and 'B'"), which the quotation finder had found already and so never joined
the list of the first.

Every sentence is invented (names and titles); each positive case fails without its rule
(``lexicon.ROLE_VERBS`` "belt", ``project_title_lists.join_list``), the negative case guards an edge."""

from __future__ import annotations

import pytest

from helpers import projects


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lena Moss wowed the crowd as she belted out 'Paper Hearts' at the awards.",
            [("Lena Moss", "Paper Hearts")],
        ),
        (
            "Lena Moss sang 'Turn Back Time' and 'Believe' at the awards.",
            [("Lena Moss", "Believe"), ("Lena Moss", "Turn Back Time")],
        ),
        (
            "Lena Moss wowed the crowd as she belted out 'Turn Back Time' and 'Believe' at the awards.",
            [("Lena Moss", "Believe"), ("Lena Moss", "Turn Back Time")],
        ),
    ],
)
def test_performed_songs(text: str, expected: list[tuple[str, str]]) -> None:
    assert projects(text) == expected


def test_a_song_she_heard_is_not_hers() -> None:
    assert projects("Lena Moss danced to 'Turn Back Time' and 'Believe' at the awards.") == []
