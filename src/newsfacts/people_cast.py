"""The cast of one article: its people (``PersonRec``) and who each token refers to (``Cast``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Token

from newsfacts.lexicon import unaccented


@dataclass(slots=True)
class PersonRec:
    key: str
    name: str
    aliases: set[str] = field(default_factory=set)
    gender: str | None = None
    descriptors: list[str] = field(default_factory=list)
    mentions: int = 0
    first_token: int = 0

    @property
    def tokens(self) -> list[str]:
        return name_words(self.name)


@dataclass(slots=True)
class Cast:
    people: dict[str, PersonRec]
    refs: dict[int, tuple[str, ...]]  # token index → the people it refers to
    name_spans: list[tuple[int, int, str]]  # (start token, end token, person key), in order
    sure: set[int] = field(default_factory=set)  # epithets ("the Harbor star") whose person was clear

    def at(self, token: Token | int) -> tuple[str, ...]:
        i = token if isinstance(token, int) else token.i
        return self.refs.get(i, ())

    def name_start(self, i: int) -> int:
        """The first token of the name mention that holds token ``i`` (``i`` itself outside a name)."""
        return next((s for s, e, _ in self.name_spans if s <= i < e), i)

    def in_span(self, start: int, end: int) -> list[str]:
        seen: list[str] = []
        for i in range(start, end):
            for key in self.refs.get(i, ()):
                if key not in seen:
                    seen.append(key)
        return seen


@lru_cache(maxsize=8192)
def _name_words(name: str) -> tuple[str, ...]:
    return tuple(unaccented(name).lower().split())


def name_words(name: str) -> list[str]:
    """The lower-case words of a name with accents dropped, to compare forms: "Beyoncé" = "Beyonce"
    (a fresh list each call, from a cache: names are compared many times per article)."""
    return list(_name_words(name))
