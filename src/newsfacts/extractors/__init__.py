"""One module per fact family; each ``extract(ctx, sentence)`` yields fact records.

The tuple below is the whole registry: add a module, add it here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.tokens import Span

from newsfacts.context import Ctx
from newsfacts.extractors import (
    children,
    project_cast,
    project_costars,
    project_covers,
    project_credits,
    project_tenure,
    project_ventures,
    projects,
    relations,
)
from newsfacts.schema import FactBase

Extractor = Callable[[Ctx, Span], Iterable[FactBase]]

EXTRACTORS: tuple[Extractor, ...] = (
    relations.extract,
    children.extract,
    projects.extract,
    project_cast.extract,
    project_costars.extract,
    project_credits.extract,
    project_covers.extract,
    project_tenure.extract,
    project_ventures.extract,
)

__all__ = ["EXTRACTORS", "Extractor"]
