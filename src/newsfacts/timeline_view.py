"""Views over a Result: one person's timeline."""

from __future__ import annotations

from newsfacts.errors import UsageError
from newsfacts.reconcile import slug
from newsfacts.schema import Result


def find_person(result: Result, who: str) -> str:
    """A person id from an id, a full name or an alias (case-insensitive)."""
    w = who.strip().lower()
    for p in result.people:
        if w in (p.id, p.name.lower(), slug(who)) or w in (a.lower() for a in p.aliases):
            return p.id
    raise UsageError(f"no person called {who!r} in these articles")


def filter_person(result: Result, who: str) -> Result:
    pid = find_person(result, who)
    keep = [e for e in result.timeline if pid in e.people]
    fact_ids = {f for e in keep for f in e.facts}
    conflicts = [c for c in result.conflicts if set(c.facts) & fact_ids]
    return result.model_copy(update={"timeline": keep, "conflicts": conflicts})
