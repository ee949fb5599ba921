"""Whom a definite description means: not a co-argument of its clause nor anyone named beside it, but
the person of the main clause, the latest one so described, the latest subject, or the most salient
person of a compatible gender."""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsfacts import lexicon as lx
from newsfacts.people_cast import PersonRec
from newsfacts.people_gender import gender_from_words
from newsfacts.people_pronouns import clause_of, pick


def main_clause_person(
    tok: Token,
    starts: dict[int, tuple[Span, str]],
    people: dict[str, PersonRec],
    want: str | None,
    blocked: set[str],
) -> tuple[str, ...]:
    """ "Things heat up for X and Y as the singer spent his birthday with …": a description that is
    the subject of an adverbial clause, whose sex is known, is the one person of that sex named
    earlier in the sentence outside that clause (no co-argument of it)."""
    if want is None or tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.dep_ != "advcl":
        return ()
    clause = {t.i for t in tok.head.subtree}
    found = {
        key
        for i, (span, key) in starts.items()
        if tok.sent.start <= i < tok.i and i not in clause and key not in blocked
    }
    match = [k for k in found if people[k].gender == want]
    return (match[0],) if len(match) == 1 and len(found) <= 2 else ()


def by_descriptor(
    recent: list[tuple[str, int, bool]],
    people: dict[str, PersonRec],
    noun: str,
    want: str | None,
    sent_no: int,
    exclude: set[str],
    history: list[tuple[str, int, float]],
    guess: bool = True,
) -> tuple[str, ...]:
    """ "the choreographer": the latest person the article described so; "the actress" (``guess``): the
    latest woman named before this sentence (a name in the same sentence would have been a pronoun)."""
    for key, _, _ in reversed(recent):
        if key not in exclude and _called_so(people[key], noun, want):
            return (key,)
    if guess and gender_from_words([noun]):
        return pick(recent, people, want or "", sent_no, exclude, history=history)
    return ()


def _called_so(rec: PersonRec, noun: str, want: str | None) -> bool:
    """The article called the person by the description's role noun at the name, and the person's sex
    does not contradict the description's. A trade noun ("the lawyer", "the musician") of unknown sex
    fits a person of either sex whom the article called so right at the name ("lawyer Ana Ruiz");
    "star" says too little for that."""
    if not any(d.split()[-1] == noun for d in rec.descriptors):
        return False
    if rec.gender in (want, None):
        return True
    return either_sex(noun, want) and any(_bare_role(d, noun) for d in rec.descriptors)


def either_sex(noun: str, want: str | None) -> bool:
    """A description of no stated sex whose role noun is a trade ("the lawyer"), not a word of fame
    ("the star"): it may mean a person of either sex the article called so at the name."""
    return want is None and noun not in lx.GENERIC_ROLES


def in_apposition(tok: Token, refs: dict[int, tuple[str, ...]]) -> tuple[str, ...]:
    """ "Dan Reed, the founder of Open Works,", "the founder, Dan Reed,": the one person named in
    apposition to the description is who it means."""
    names = [tok.head] if tok.dep_ == "appos" else []
    names += [c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    found = {refs.get(n.i, ()) for n in names} - {()}
    return found.pop() if len(found) == 1 and len(next(iter(found))) == 1 else ()


ARGUMENT_PREPS = frozenset({"to", "with", "by", "from"})
# "broke up after the actor made …": the parser may read a clause as a prepositional object
CLAUSE_PREPS = frozenset({"after", "before", "since", "until", "while", "when", "as", "because"})


def coarguments(tok: Token, refs: dict[int, tuple[str, ...]]) -> set[str]:
    """People a description cannot mean by syntax: the other arguments of its own clause ("X married
    the actress"), its conjuncts and appositions, and the owner or owned of a possessive ("the star's
    ex-husband", "X's co-star"). A name inside a phrase ("lawyers for X demanded that the star …") is
    no co-argument."""
    toks: list[Token] = [*tok.children]
    noun = tok.head if tok.dep_ == "poss" else tok
    toks += [noun, *noun.children] if noun is not tok else []
    h = noun
    while h.dep_ in ("conj", "appos", "compound") and h.head.i != h.i:
        h = h.head
        toks.append(h)
    argument = h.dep_ in ("nsubj", "nsubjpass", "dobj", "attr", "dative")
    if h.dep_ == "pobj" and h.head.dep_ in ("prep", "agent") and h.head.lower_ in ARGUMENT_PREPS:
        argument = True  # "married to the actress"; not "broke up after the actor (made …)"
    verb = h.head.head if h.dep_ == "pobj" else h.head
    if h.dep_ == "pobj" and not argument and h.head.lower_ not in CLAUSE_PREPS:
        # "what X has in store for the star": the subject of the description's own clause
        toks += [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if argument and verb.pos_ in ("VERB", "AUX"):
        for c in verb.children:
            if c.dep_ in ("nsubj", "nsubjpass", "dobj", "attr", "dative"):
                toks.append(c)
            elif c.dep_ in ("prep", "agent"):
                toks += [g for g in c.children if g.dep_ == "pobj"]
        if verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            # "X will consent … but wants the star to …": the subject the verb shares
            toks += [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    out: set[str] = set()
    seen: set[int] = set()
    while toks:
        t = toks.pop()
        if t.i in seen or t.i == tok.i:
            continue
        seen.add(t.i)
        out.update(refs.get(t.i, ()))
        toks += [
            c for c in t.children if c.dep_ in ("conj", "appos", "compound", "poss") and not _ahead(c, tok)
        ]
    return out


def _ahead(poss: Token, tok: Token) -> bool:
    """ "In her interview, the singer said …": a possessive pronoun in a phrase before the description
    points ahead to it, and is no co-argument that would rule its person out."""
    return poss.dep_ == "poss" and poss.tag_ == "PRP$" and poss.i < tok.i and poss.head.dep_ == "pobj"


def in_other_phrase(tok: Token, starts: dict[int, tuple[Span, str]]) -> set[str]:
    """People named earlier in the sentence only inside a phrase of another clause ("lawyers for X
    demanded that the star's ex-husband …", "X's lawyers said the star …"): no argument of the
    description's clause, so still its possible antecedents. Everyone else named in the sentence is
    not (a name right there would have been a pronoun)."""
    own = clause_of(tok)
    inside: set[str] = set()
    elsewhere: set[str] = set()
    for i, (span, key) in starts.items():
        if not tok.sent.start <= i < tok.sent.end:
            continue
        root = span.root
        phrase = (
            (root.dep_ == "pobj" and root.head.head.pos_ in ("NOUN", "PROPN"))
            or (root.dep_ == "poss" and root.head.dep_ in ("nsubj", "nsubjpass"))
            or (root.dep_ == "compound" and root.head.pos_ == "NOUN")  # "the second X sighting since …"
            or _names_modifier(root)  # "the A/B/C love triangle": names run into a noun
        )
        if i < tok.i and phrase and clause_of(root).i != own.i:
            inside.add(key)
        else:
            elsewhere.add(key)
    return inside - elsewhere


def apart_in_sentence(
    tok: Token,
    refs: dict[int, tuple[str, ...]],
    people: dict[str, PersonRec],
    want: str | None,
    sent_start_quoted: bool,
) -> set[str]:
    """People mentioned earlier in the sentence, in another clause, only where a pronoun could not have
    stood for them: inside a quotation the description stands outside of ("'Tom has kept away,' a
    source close to the Harbor actor said": the speaker's words, not the writer's) or, when the
    description's sex is known and theirs is that one, as one of two coordinated people ("Dana and
    Cole have had fans swooning since the Harbor star proposed to his wife": "he" could have been
    either). They stay possible antecedents of the description."""
    quote = _quotation_tokens(tok.sent, sent_start_quoted)
    own = clause_of(tok)
    apart: set[str] = set()
    elsewhere: set[str] = set()
    for t in tok.sent:
        who = refs.get(t.i, ())
        if len(who) != 1 or t.tag_ == "PRP$" or t.i == tok.i:
            continue
        if (
            t.i < tok.i
            and clause_of(t).i != own.i
            and (
                (t.i in quote and tok.i not in quote)
                or (want is not None and people[who[0]].gender == want and _coordinated_people(t, refs))
            )
        ):
            apart.update(who)
        else:
            elsewhere.update(who)
    return apart - elsewhere


def _coordinated_people(t: Token, refs: dict[int, tuple[str, ...]]) -> bool:
    """ "Dana and Cole", "he and Dana": the token's phrase is joined by "and" to another person's."""
    while t.dep_ in ("compound", "flat") and t.head.i != t.i and refs.get(t.head.i) == refs.get(t.i):
        t = t.head  # the first name of "Dana Cole": up to the name's head
    mine = refs.get(t.i, ())
    if t.dep_ == "conj" and refs.get(t.head.i, mine) != mine:
        return True
    return any(c.dep_ == "conj" and refs.get(c.i, mine) != mine for c in t.children)


def _quotation_tokens(sent: Span, start_quoted: bool) -> set[int]:
    """Tokens of the quotation the sentence opens with, when it has a verb and closes inside the
    sentence ("'Tom has kept away,' a source said"): someone's words, with the attribution after them;
    ``start_quoted``: the sentence opens inside a quotation begun before it."""
    opens = sent[0].text in lx.QUOTE_MARKS
    if not (opens or start_quoted):
        return set()
    run: list[Token] = []
    for t in sent[1:] if opens else sent:
        if t.text in lx.QUOTE_MARKS and t.is_punct and t.tag_ != "POS":
            if len(run) >= 4 and any(r.pos_ in ("VERB", "AUX") for r in run):
                return {r.i for r in run}
            return set()
        run.append(t)
    return set()


def _names_modifier(root: Token) -> bool:
    """ "the Dana/Cole/Ava love triangle": a name that modifies, through other names, a common noun."""
    t = root
    while t.dep_ in ("compound", "nmod") and t.head.pos_ == "PROPN" and t.head.i != t.i:
        t = t.head
    return t is not root and t.dep_ in ("compound", "nmod") and t.head.pos_ == "NOUN"


def named_in_sentence(
    sent: Span, starts: dict[int, tuple[Span, str]], refs: dict[int, tuple[str, ...]], headline_end: int = 0
) -> set[str]:
    """People named anywhere in the sentence (a headline run into it does not count), or referred to
    before this point."""
    out = {
        key
        for i, (span, key) in starts.items()
        if sent.start <= i < sent.end and span.start_char >= headline_end
    }
    for i in range(sent.start, sent.end):
        if len(refs.get(i, ())) == 1 and sent.doc[i].tag_ != "PRP$":  # "the couple": nobody in particular
            out.update(refs[i])  # "In her interview, the singer …": a possessive before may point ahead
    return out


def latest_subject(
    recent: list[tuple[str, int, bool]],
    people: dict[str, PersonRec],
    want: str | None,
    sent_no: int,
    exclude: set[str],
) -> tuple[str, ...]:
    """ "Taylor Reed was moved to tears. The pop star …": a plain description continues the latest
    subject of the previous sentence (centering), if its gender does not contradict the noun."""
    for key, n, subj in reversed(recent):
        if n == sent_no - 1 and subj and key not in exclude and people[key].gender in (want, None):
            return (key,)
    return ()


def salient(
    history: list[tuple[str, int, float]],
    people: dict[str, PersonRec],
    want: str | None,
    sent_no: int,
    exclude: set[str],
    quiet: list[int] | None = None,
    known_first: bool = False,
    sure: list[bool] | None = None,
) -> tuple[str, ...]:
    """A definite description with no name of its own ("the Harbor Lights star") is the most salient
    person of a compatible gender who is no co-argument of it. Every mention counts (0.2: the
    article's topic), recent ones more (0.6 per sentence back); a name as subject weighs 2, another
    name 1, a pronoun 0.5 (half that off subject). Nobody mentioned in the last five sentences
    qualifies; a quotation that names nobody (``quiet``: the speaker going on) is not counted.
    ``sure``: gets whether the choice is clear (nobody else, or everyone else far behind)."""
    score: dict[str, float] = {}
    last: dict[str, int] = {}
    for key, n, weight in history:
        if key in exclude or (want and people[key].gender not in (want, None)):
            continue

        score[key] = score.get(key, 0.0) + weight * (0.6 ** max(0, sent_no - n) + 0.2)
        last[key] = n
    live = [k for k in score if sent_no - last[k] - (quiet[sent_no] - quiet[last[k]] if quiet else 0) <= 5]
    if known_first and want:  # "the Paper Sky rapper … his": a man the article knows as one, before
        live = [k for k in live if people[k].gender == want] or live  # someone of unknown sex
    if sure is not None:
        sure.append(_clear_lead(sorted((score[k] for k in live), reverse=True)))
    if not live:
        return ()
    return (max(live, key=lambda k: (score[k], last[k])),)


CLEAR_LEAD = 3.0  # how many times the runner-up's salience the chosen person needs to be sure


def _clear_lead(scores: list[float]) -> bool:
    """The most salient candidate stands alone or far ahead of the next one."""
    return len(scores) == 1 or (len(scores) > 1 and scores[0] >= CLEAR_LEAD * scores[1])


COMMANDING_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "attr", "oprd"})


def commands(mention: Token, tok: Token) -> bool:
    """Whether a mention c-commands the description: it is an argument of a verb whose clause holds the
    description ("X said the star …", "X left when the star …"), not of a clause merely joined to it
    ("X spoke, but the star …") nor a word inside a phrase ("the backlash against X")."""
    while mention.dep_ in ("conj", "appos") and mention.head.i != mention.i:
        mention = mention.head  # "X and Y said …": the coordination is the argument
    if mention.dep_ not in COMMANDING_DEPS:
        return False
    verb = mention.head
    t = tok
    while t.head.i != t.i and t.head.i != verb.i:
        t = t.head
    return t.head.i == verb.i and t.i != verb.i and t.dep_ != "conj"


def free_in_sentence(tok: Token, refs: dict[int, tuple[str, ...]]) -> set[str]:
    """People mentioned before the description in its sentence only where none of their mentions
    c-commands it ("despite the backlash against X, the Harbor star doubled down"; "X spoke up, but
    the Harbor star says …"): a name cannot c-command a description of its own person, elsewhere the
    writer may vary the name with a description. They stay possible antecedents of the description."""
    free: set[str] = set()
    bound: set[str] = set()
    for t in tok.sent:
        who = refs.get(t.i, ())
        if len(who) != 1 or t.tag_ == "PRP$" or t.i == tok.i:
            continue
        if refs.get(t.head.i) == who and t.head.i != t.i:
            continue  # a word inside a name: the name's head speaks for it
        if t.i < tok.i and not commands(t, tok) and not _in_fronted_adverbial(t, tok):
            free.update(who)
        else:
            bound.update(who)
    return free - bound


def _in_fronted_adverbial(mention: Token, tok: Token) -> bool:
    """ "Since X left Y, the Harbor star …", "To make X jealous, the Harbor star …": a mention inside an
    adverbial clause put before the clause of the description is whom a pronoun there would have meant."""
    for clause in mention.ancestors:
        if clause.dep_ == "advcl" and clause.i < tok.i:
            inside = {t.i for t in clause.subtree}
            return tok.i not in inside and tok.i in {t.i for t in clause.head.subtree}
    return False


DESCRIBED_REACH = 5  # sentences back


def described_so(
    history: list[tuple[str, int, float]],
    people: dict[str, PersonRec],
    noun: str,
    want: str | None,
    sent_no: int,
    exclude: set[str],
) -> tuple[str, ...]:
    """ "… dating rapper Dex Orr. The Toronto rapper …": the one person mentioned in this sentence or the
    DESCRIBED_REACH before it whom the article called by the description's role noun at their name."""
    recent = {key for key, n, _ in history if sent_no - n <= DESCRIBED_REACH and key not in exclude}
    match = [
        k
        for k in recent
        if any(_bare_role(d, noun) for d in people[k].descriptors)
        and (people[k].gender in (want, None) or either_sex(noun, want))
    ]
    return (match[0],) if len(match) == 1 else ()


PHRASE_WORDS = frozenset({"the", "a", "an", "and", "but", "or", "his", "her", "their"})


def _bare_role(descriptor: str, noun: str) -> bool:
    """ "rapper", "Canadian rapper": a role named right at the name, not a phrase the parser ran into it
    ("…, but the CNN anchor")."""
    words = descriptor.lower().split()
    return words[-1] == noun and len(words) <= 3 and not PHRASE_WORDS & set(words)
