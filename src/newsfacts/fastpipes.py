"""Exact, faster stand-ins for two of spaCy's Python components (attribute ruler, rule lemmatizer).

They compute the same annotations as spaCy's own, token for token (``tests/test_robust_fastpipes.py``
compares every attribute on real and random text); ``NEWSFACTS_STOCK_SPACY=1`` turns them off.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language

# -- exact, faster stand-ins for two of spaCy's Python components ---------------------------------
#
# In en_core_web_sm the attribute ruler (tag → POS/morphology, via the Matcher) and the rule lemmatizer
# (a Python loop that re-derives the lemma of every noun, verb and adjective) cost about a seventh of
# spaCy's time. The stand-ins below compute exactly the same annotations — the same rules, applied in
# the same order, to the same token values — but look each distinct token shape up once per process
# and write the results with one ``Doc.from_array``. ``tests/test_robust_fastpipes.py`` checks every
# attribute of every token against spaCy's own components. NEWSFACTS_STOCK_SPACY=1 turns them off.

_MEMO_LIMIT = 200_000  # distinct token shapes remembered per component (then the memo starts afresh)


class _Unsupported(Exception):
    """A pattern the stand-in cannot reproduce exactly: keep spaCy's own component."""


def _predicate(attr: str, spec: object, strings) -> object:
    """A token-spec value → a test over the (already looked-up) attribute value."""
    import re

    if isinstance(spec, (bool, str)):
        return lambda v, want=spec: v == want
    if isinstance(spec, dict) and len(spec) == 1:
        ((op, arg),) = spec.items()
        if op == "IN" and isinstance(arg, list):
            allowed = frozenset(arg)
            return lambda v: v in allowed
        if op == "NOT_IN" and isinstance(arg, list):
            banned = frozenset(arg)
            return lambda v: v not in banned
        if op == "REGEX" and isinstance(arg, str):
            rx = re.compile(arg)
            return lambda v: isinstance(v, str) and rx.search(v) is not None
    raise _Unsupported(f"{attr}: {spec!r}")


class FastAttributeRuler:
    """spaCy's AttributeRuler semantics without the Matcher: every rule is tested against the token
    values as they were before the ruler ran, and the attributes of the matching rules are applied in
    rule order (later rules win), to the token at the rule's index."""

    KEYS = ("TAG", "LOWER", "DEP", "IS_SPACE")
    TARGETS = ("POS", "TAG", "MORPH", "LEMMA", "DEP")

    def __init__(self, ruler) -> None:
        from spacy.attrs import IDS

        self.ruler = ruler
        self.strings = ruler.vocab.strings
        self.key_ids = [IDS[k] for k in self.KEYS]
        self.target_ids = [IDS[k] for k in self.TARGETS]
        self.col = {IDS[k]: n for n, k in enumerate(self.TARGETS)}
        # (rule, [element tests], target offset) for every pattern, in rule order
        self.patterns: list[tuple[int, list[list[tuple[int, object]]], int]] = []
        for rule, entry in enumerate(ruler.patterns):
            for pattern in entry["patterns"]:
                elements = []
                for spec in pattern:
                    if not isinstance(spec, dict) or set(spec) - set(self.KEYS) or not spec:
                        raise _Unsupported(repr(spec))
                    elements.append(
                        [(self.KEYS.index(k), _predicate(k, v, self.strings)) for k, v in spec.items()]
                    )
                index = entry["index"] if entry["index"] >= 0 else len(elements) + entry["index"]
                if not 0 <= index < len(elements):
                    raise _Unsupported(f"index {entry['index']}")
                self.patterns.append((rule, elements, index))
            for attr in ruler.attrs[rule]:
                if attr not in self.col:
                    raise _Unsupported(f"attribute {attr}")
        self.attrs = ruler.attrs
        self.multi = [(n, r, els, i) for n, (r, els, i) in enumerate(self.patterns) if len(els) > 1]
        # every pattern element, its LOWER test split from the rest: a new word costs a dict lookup,
        # not a pass over all the rules
        self.elements: list[tuple[int, int, int, list[tuple[int, object]], bool]] = []
        self.lower_index: dict[str, set[int]] = {}
        self.lower_other: list[tuple[int, object]] = []
        lower_key = self.KEYS.index("LOWER")
        for n, (rule, els, _) in enumerate(self.patterns):
            raw = ruler.patterns[rule]["patterns"]
            for pos, tests in enumerate(els):
                e = len(self.elements)
                rest = [(k, t) for k, t in tests if k != lower_key]
                lower = [t for k, t in tests if k == lower_key]
                self.elements.append((rule, n, pos, rest, bool(lower)))
                if not lower:
                    continue
                spec = next(
                    (tok["LOWER"] for pat in raw for tok_pos, tok in enumerate(pat) if tok_pos == pos),
                    None,
                )
                values = [spec] if isinstance(spec, str) else None
                if isinstance(spec, dict) and set(spec) == {"IN"}:
                    values = list(spec["IN"])
                if values is None or len(raw) > 1:  # several patterns for one rule: test directly
                    self.lower_other.append((e, lower[0]))
                else:
                    for v in values:
                        self.lower_index.setdefault(v, set()).add(e)
        self._shape: dict[tuple[int, ...], tuple[tuple[int, ...], frozenset[tuple[int, int]]]] = {}
        self._rest: dict[tuple[int, int, int], tuple[int, ...]] = {}
        self._lower: dict[int, frozenset[int]] = {}
        self._merged: dict[tuple[int, ...], list[tuple[int, int]]] = {}
        self._text: dict[int, str] = {0: ""}

    def _string(self, raw: int) -> str:
        text = self._text.get(raw)
        if text is None:
            text = self._text[raw] = self.strings[raw]
        return text

    def _match_shape(self, row: tuple[int, ...]) -> tuple[tuple[int, ...], frozenset[tuple[int, int]]]:
        tag, lower, dep, space = row
        rest = self._rest.get((tag, dep, space))
        if rest is None:
            values = [self._string(tag), None, self._string(dep), bool(space)]
            rest = self._rest[(tag, dep, space)] = tuple(
                e
                for e, (_, _, _, tests, _) in enumerate(self.elements)
                if all(t(values[k]) for k, t in tests)
            )
        lower_ok = self._lower.get(lower)
        if lower_ok is None:
            word = self._string(lower)
            lower_ok = self._lower[lower] = frozenset(
                self.lower_index.get(word, set()) | {e for e, t in self.lower_other if t(word)}
            )
        singles: list[int] = []
        parts: list[tuple[int, int]] = []
        for e in rest:
            rule, n, pos, _, has_lower = self.elements[e]
            if has_lower and e not in lower_ok:
                continue
            if len(self.patterns[n][1]) == 1:
                singles.append(rule)
            else:
                parts.append((n, pos))
        return tuple(sorted(set(singles))), frozenset(parts)

    def __call__(self, doc):
        n = len(doc)
        if not n:
            return doc
        if len(self._shape) > _MEMO_LIMIT:
            self._shape.clear()
        rows = doc.to_array(self.key_ids).tolist()
        shapes = []
        for row in rows:
            key = tuple(row)
            shape = self._shape.get(key)
            if shape is None:
                shape = self._shape[key] = self._match_shape(key)
            shapes.append(shape)
        rules: list[list[int] | None] = [list(s[0]) if s[0] else None for s in shapes]
        if self.multi:
            for i, (_, parts) in enumerate(shapes):
                if not parts:
                    continue
                for m, rule, els, index in self.multi:
                    if (
                        (m, 0) in parts
                        and i + len(els) <= n
                        and all((m, k) in shapes[i + k][1] for k in range(1, len(els)))
                    ):
                        target = i + index
                        if rules[target] is None:
                            rules[target] = []
                        rules[target].append(rule)  # type: ignore[union-attr]
        out = doc.to_array(self.target_ids)
        for i, matched in enumerate(rules):
            if not matched:
                continue
            key = tuple(sorted(matched))
            merged = self._merged.get(key)
            if merged is None:
                combined: dict[int, int] = {}
                for rule in key:
                    combined.update(self.attrs[rule])
                merged = self._merged[key] = [(self.col[a], v) for a, v in combined.items()]
            for c, v in merged:
                out[i, c] = v
        doc.from_array(self.target_ids, out)
        return doc

    def pipe(self, stream, batch_size: int = 128):
        for doc in stream:
            yield self(doc)


class FastLemmatizer:
    """spaCy's rule/lookup Lemmatizer, remembering the lemma of each (form, POS, morphology) — the
    only things its rules read — instead of re-deriving it for every token."""

    def __init__(self, lemmatizer) -> None:
        from spacy.attrs import LEMMA, MORPH, ORTH, POS

        if lemmatizer.mode not in ("rule", "lookup"):
            raise _Unsupported(f"lemmatizer mode {lemmatizer.mode!r}")
        self.lemmatizer = lemmatizer
        self.strings = lemmatizer.vocab.strings
        self.cols = [ORTH, POS, MORPH, LEMMA]
        self.lemma = [LEMMA]
        self._memo: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc):
        if not len(doc):
            return doc
        lem = self.lemmatizer
        if not lem._validated:
            from spacy.errors import Errors

            lem._validate_tables(Errors.E1004)
        if len(self._memo) > _MEMO_LIMIT:
            self._memo.clear()
        rows = doc.to_array(self.cols)
        lemmas = rows[:, 3].copy()
        memo = self._memo
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma and not lem.overwrite:
                continue
            key = (orth, pos, morph)
            value = memo.get(key)
            if value is None:
                value = memo[key] = self.strings.add(lem.lemmatize(doc[i])[0])
            lemmas[i] = value
        doc.from_array(self.lemma, lemmas)
        return doc

    def pipe(self, stream, batch_size: int = 128):
        for doc in stream:
            yield self(doc)


_STAND_INS = {"attribute_ruler": FastAttributeRuler, "lemmatizer": FastLemmatizer}


def speed_up(nlp: Language) -> list[str]:
    """Swap the attribute ruler and lemmatizer for the exact stand-ins above (same names, same place);
    a component they cannot reproduce exactly (custom patterns, another lemmatizer mode) is kept."""
    from spacy.lang.en.lemmatizer import EnglishLemmatizer
    from spacy.language import Language as Lang
    from spacy.pipeline import AttributeRuler, Lemmatizer

    expected: dict[str, tuple[type, ...]] = {
        "attribute_ruler": (AttributeRuler,),
        "lemmatizer": (Lemmatizer, EnglishLemmatizer),
    }
    swapped: list[str] = []
    for name, stand_in in _STAND_INS.items():
        if name not in nlp.pipe_names or type(nlp.get_pipe(name)) not in expected[name]:
            continue
        try:
            stand_in(nlp.get_pipe(name))  # can it reproduce this one exactly?
        except _Unsupported:
            continue
        factory = f"newsfacts_fast_{name}"
        if not Lang.has_factory(factory):
            Lang.factory(factory, default_config={"source": name}, func=_make_stand_in)
        nlp.add_pipe(factory, name=f"{name}__fast", after=name, config={"source": name})
        nlp.remove_pipe(name)
        nlp.rename_pipe(f"{name}__fast", name)
        swapped.append(name)
    return swapped


def _make_stand_in(nlp: Language, name: str, source: str) -> object:
    """spaCy factory: the stand-in for the component ``source`` (still in the pipeline when called)."""
    return _STAND_INS[source](nlp.get_pipe(source))
