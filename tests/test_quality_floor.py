"""The quality gate: extraction figures on the development set (P/R/F1 per type, and the accuracy of
the matched facts' attributes) may not fall below the pinned floor.

Raise the floor deliberately with `python scripts/eval_facts.py --no-redocred --write-baseline`
after a change that improves the figures (and say so in the commit message).
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BASELINE = ROOT / "tests" / "data" / "quality_baseline.json"
TOLERANCE = 0.005  # rounding only: any real drop fails


def _eval_module():
    spec = importlib.util.spec_from_file_location("eval_facts", ROOT / "scripts" / "eval_facts.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.slow
def test_extraction_does_not_fall_below_the_pinned_floor(corpus: Path) -> None:
    pinned_all = json.loads(BASELINE.read_text(encoding="utf-8"))
    floor = pinned_all["celebrity_dev"]
    scores = _eval_module().score_celebrity()
    drops = []
    for kind, pinned in sorted(floor.items()):
        got = scores.by_type[kind]
        for metric in ("p", "r", "f1"):
            value = round(getattr(got, metric), 3)
            if value < pinned[metric] - TOLERANCE:
                drops.append(f"{kind} {metric}: {value:.3f} < floor {pinned[metric]:.3f}")
    for key, pinned_accuracy in sorted(pinned_all.get("celebrity_dev_attributes", {}).items()):
        value = round(scores.attributes[key].accuracy, 3)
        if value < pinned_accuracy - TOLERANCE:
            drops.append(f"{key} accuracy: {value:.3f} < floor {pinned_accuracy:.3f}")
    assert not drops, "extraction quality fell below the floor:\n" + "\n".join(drops)
