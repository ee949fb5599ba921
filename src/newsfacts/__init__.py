"""newsfacts: celebrity-news articles in, checked, dated and sourced facts out.

Library use::

    import newsfacts
    result = newsfacts.extract(["seeds/"])          # a newsfacts.schema.Result
    print(newsfacts.to_json(result))

The CLI (``newsfacts extract …``) is a thin layer over these functions.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())

if TYPE_CHECKING:  # pragma: no cover
    from newsfacts.export import to_json
    from newsfacts.load import load_articles
    from newsfacts.pipeline import extract
    from newsfacts.reconcile import reconcile

__all__ = ["__version__", "extract", "load_articles", "reconcile", "to_json"]

_LAZY = {
    "extract": "newsfacts.pipeline",
    "load_articles": "newsfacts.load",
    "reconcile": "newsfacts.reconcile",
    "to_json": "newsfacts.export",
}


def __getattr__(name: str) -> Any:
    """Import the heavy parts (spaCy, dateparser) only when they are used."""
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'newsfacts' has no attribute {name!r}")
