"""The bootstrap interval of the evaluation: articles resampled, seeded, pooled like the point figure."""

from __future__ import annotations

import pytest

from newsfacts.evaluate import PRF, Scores, all_facts, bootstrap_f1, paired_delta, table


def _article(tp: int, fp: int, fn: int, kind: str = "marriage") -> Scores:
    s = Scores()
    s.by_type[kind] = PRF(tp, fp, fn)
    return s


def test_identical_articles_give_a_point_interval() -> None:
    arts = [_article(3, 1, 1)] * 10
    lo, hi = bootstrap_f1(arts, "marriage")
    assert lo == hi == PRF(3, 1, 1).f1


def test_the_interval_holds_the_pooled_figure_and_narrows_with_more_articles() -> None:
    mixed = [_article(4, 0, 0), _article(0, 2, 3), _article(2, 1, 1), _article(1, 0, 4)]
    point = PRF(7, 3, 8).f1
    lo, hi = bootstrap_f1(mixed, "marriage")
    assert lo < point < hi
    lo4, hi4 = bootstrap_f1(mixed * 4, "marriage")
    assert hi4 - lo4 < hi - lo


def test_the_same_scores_give_the_same_interval() -> None:
    arts = [_article(i % 3, i % 2, (i + 1) % 3) for i in range(30)]
    assert bootstrap_f1(arts, "marriage") == bootstrap_f1(arts, "marriage")
    assert bootstrap_f1(arts, "marriage", seed=1) != bootstrap_f1(arts, "marriage", seed=2)


def test_all_facts_pools_fact_types_but_not_people() -> None:
    s = _article(2, 1, 0, "child")
    s.by_type["project"] = PRF(1, 0, 3)
    s.by_type["people"] = PRF(10, 10, 10)
    assert (all_facts(s).tp, all_facts(s).fp, all_facts(s).fn) == (3, 1, 3)
    assert bootstrap_f1([s], "all facts") == (all_facts(s).f1, all_facts(s).f1)


def test_the_table_shows_intervals_only_when_given_articles() -> None:
    arts = [_article(1, 0, 1), _article(2, 1, 0)]
    pooled = Scores()
    for a in arts:
        pooled.add(a)
    assert "interval" not in table(pooled)
    with_ci = table(pooled, articles=arts)
    assert "95% interval" in with_ci
    assert with_ci.splitlines()[-1].startswith("all facts")


def test_a_paired_change_is_zero_for_the_same_run_and_signed_for_a_better_one() -> None:
    before = [_article(1, 1, 2), _article(2, 0, 1), _article(0, 1, 1), _article(3, 1, 0)]
    assert paired_delta(before, before, "marriage") == (0.0, 0.0, 0.0)
    after = [_article(2, 1, 1), _article(3, 0, 0), _article(1, 1, 0), _article(3, 1, 0)]
    d, lo, hi = paired_delta(before, after, "marriage")
    assert d == PRF(9, 3, 1).f1 - PRF(6, 3, 4).f1
    assert 0 < lo <= d <= hi


def test_a_paired_change_needs_the_same_articles() -> None:
    with pytest.raises(ValueError):
        paired_delta([_article(1, 0, 0)], [], "marriage")
