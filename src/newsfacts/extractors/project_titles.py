"""Project titles: where a sentence names a work or venture.

Where titles come from (all general shapes of English news prose):
- quoted Title-Case spans ("“All I Want for Christmas Is You”"), WORK_OF_ART entities;
- a capitalised span after a work noun ("the film X", "her album, X", "the sequel to X");
- a capitalised span after a preposition that follows a role cue ("stars in X", "a judge on X",
  "her performance in X", "involved in X");
- a capitalised span before a role noun ("Harbor Kings star X", "the Night Shift host");
- a capitalised span after a person's possessive ("X's Blue Hour"), unless the text is a headline;
- a capitalised span an apposition calls a work ("Gigli, her movie"), a show named after a known
  person ("The Graham Norton Show", hosted by that person only), and the titles coordinated after
  a title ("roles in A, B and C", sharing its ties).
Function words may sit inside a title ("Man of the Hour"); a span that is only a date, number,
place, event or person is not a title ("in September 2022" is a date; two month names with no number
— "June July" — are a title). Where the tagger errs, ``project_cues`` holds the token-level fallbacks.

Modules: ``project_title_shape`` (the Title record, a title's shape, the run at a slot),
``project_title_quotes`` (quoted titles and finds that are no title), ``project_title_slots`` (after a
work noun, a linking verb or a possessive; a work verb's subject; a show named after its host),
``project_title_before`` (before a role or work noun), ``project_title_lists`` (lists of titles); this
one runs the sources in order, earlier sources winning.
"""

from __future__ import annotations

from spacy.tokens import Span

from newsfacts.context import Ctx
from newsfacts.extractors.project_career_nouns import after_career_noun
from newsfacts.extractors.project_title_before import before_role_noun, before_work_noun, beforeappos_work
from newsfacts.extractors.project_title_lists import first_of_list, join_list, lend_noun, listed_after
from newsfacts.extractors.project_title_quotes import nationality, nickname, quoted, speech_or_year
from newsfacts.extractors.project_title_shape import Title, work_noun_before
from newsfacts.extractors.project_title_slots import (
    after_link_verb,
    after_possessive,
    after_work_noun,
    named_show,
    subject_work,
)

# -- finding titles -------------------------------------------------------------------------------


def titles(ctx: Ctx, sent: Span) -> list[Title]:
    found: list[Title] = list(named_show(ctx, sent))
    found += quoted(sent)
    found += [
        Title(e.start, e.end, work_noun_before(sent.doc, e.start))
        for e in sent.ents
        if e.label_ == "WORK_OF_ART"
    ]
    for t in found:  # an entity may run on into the line break after it
        while t.end > t.start + 1 and sent.doc[t.end - 1].is_space:
            t.end -= 1
    for gen in (
        after_work_noun,
        after_career_noun,
        after_link_verb,
        before_role_noun,
        before_work_noun,
        after_possessive,
        subject_work,
        beforeappos_work,
    ):
        found += list(gen(ctx, sent))
    found = [
        first_of_list(sent, t)
        for t in found
        if not speech_or_year(sent.doc, t) and not nationality(sent.doc, t) and not nickname(sent.doc, t)
    ]
    out: list[Title] = []
    taken: set[int] = set()
    for t in found:  # earlier sources win; a title overlapping one already found is the same title
        if any(i in taken for i in range(t.start, t.end)):
            lend_noun(out, t)
            continue
        taken.update(range(t.start, t.end))
        out.append(t)
    for t in list(out):
        for more in listed_after(ctx, sent, t):
            if not any(i in taken for i in range(more.start, more.end)):
                taken.update(range(more.start, more.end))
                out.append(more)
            else:  # "sang 'A' and 'B'": a title found already (quoted) continues the list all the same
                join_list(out, t, more)
    return out
