"""Cue-word lexicons. Every rule in newsfacts is a pattern over syntax plus one of these word lists."""

from __future__ import annotations

import unicodedata
from functools import cache
from importlib.resources import files

FEMALE_NOUNS = frozenset(
    [
        "actress",
        "songstress",
        "wife",
        "ex-wife",
        "mother",
        "mom",
        "mum",
        "daughter",
        "girlfriend",
        "ex-girlfriend",
        "sister",
        "queen",
        "princess",
        "duchess",
        "singer-songwriter-actress",
        "fiancee",
        "fiancée",
        "widow",
        "businesswoman",
        "spokeswoman",
        "grandmother",
        "stepmother",
        "stepdaughter",
        "aunt",
        "niece",
        "mrs.",
        "mrs",
        "ms.",
        "ms",
        "miss",
        "lady",
        "madam",
        "congresswoman",
        # plurals: "daughters Ana and Bea", "his ex-wives A and B"
        "daughters",
        "sisters",
        "wives",
        "ex-wives",
        "girlfriends",
        "ex-girlfriends",
        "mothers",
        "actresses",
        "granddaughters",
        "nieces",
    ]
)
MALE_NOUNS = frozenset(
    [
        "actor",
        "husband",
        "ex-husband",
        "father",
        "dad",
        "son",
        "boyfriend",
        "ex-boyfriend",
        "brother",
        "king",
        "prince",
        "duke",
        "fiancé",  # unaccented "fiance" is written for women as often as for men: no evidence
        "widower",
        "businessman",
        "spokesman",
        "grandfather",
        "stepfather",
        "stepson",
        "uncle",
        "nephew",
        "mr.",
        "mr",
        "sir",
        "lord",
        "congressman",
        "sons",
        "brothers",
        "husbands",
        "ex-husbands",
        "boyfriends",
        "ex-boyfriends",
        "fathers",
        "grandsons",
        "nephews",
    ]
)
# Role nouns used for either sex in current usage ("actor Ana Ruiz"): no gender evidence for a name.
GENDER_NEUTRAL_ROLES = frozenset({"actor", "actors"})
# Role nouns that say fame, not a trade: who the article called "star" at the name is weak evidence
GENERIC_ROLES = frozenset({"star", "superstar", "megastar", "icon", "legend", "personality"})
# Roles that celebrity news mostly gives to people outside the story's cast, often never named ("the
# judge ruled", "the reporter asked", "the photographer", "the coach"): "the judge" is someone the article
# called a judge, never merely the most salient person.
OUTSIDER_ROLES = frozenset(
    {
        "judge",
        "lawyer",
        "reporter",
        "journalist",
        "photographer",
        "coach",
        "writer",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "publicist",
        "bodyguard",
        "nanny",
        "trainer",
    }
)


SEX_CODES = {"f": "female", "m": "male", "u": ""}


@cache
def _given_names() -> dict[str, str]:
    """First name -> "female", "male", or "" for a name given to either sex."""
    text = files("newsfacts").joinpath("data", "given_names.tsv").read_text(encoding="utf-8")
    out: dict[str, str] = {}
    for line in text.splitlines():
        name, _, sex = line.partition("\t")
        out[name] = SEX_CODES[sex]
    return out


def _first_name_entry(word: str) -> str | None:
    low = word.lower()
    found = _given_names().get(low)
    return found if found is not None else _given_names().get(unaccented(low))


def given_name_gender(word: str) -> str | None:
    """The sex a first name is given to (US birth records: 1,000+ babies since 1920, 95%+ one sex;
    origin in ``data/README.md``), None for a rare or shared name ("Taylor", "Riley"). Accents are
    folded: the records spell "Khloé" "Khloe"."""
    return _first_name_entry(word) or None


def is_first_name(word: str) -> bool:
    """A first name of either sex in the same records ("Taylor", "Kendall" too; not "Sting")."""
    return _first_name_entry(word) is not None


def unaccented(word: str) -> str:
    """The word with its accents dropped ("Beyoncé" -> "Beyonce")."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


FEMALE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})
MALE_PRONOUNS = frozenset({"he", "him", "his", "himself"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "theirs", "themselves"})
QUOTE_MARKS = frozenset({'"', "“", "”", "'", "‘", "’"})
CLOSING_QUOTES = frozenset({"'", "’", "”", '"'})
# A definite noun phrase "the couple" / "the exes" refers to the current couple.
COUPLE_NOUNS = frozenset({"couple", "pair", "duo", "exes", "spouses", "lovebirds", "newlyweds", "twosome"})

# Occupations and roles a descriptor noun may name ("the comedian", "choreographer X").
DESCRIPTOR_NOUNS = frozenset(
    [
        "actress",
        "actor",
        "singer",
        "rapper",
        "comedian",
        "director",
        "choreographer",
        "producer",
        "dancer",
        "model",
        "star",
        "musician",
        "songwriter",
        "singer-songwriter",
        "host",
        "presenter",
        "writer",
        "author",
        "designer",
        "chef",
        "athlete",
        "player",
        "footballer",
        "quarterback",
        "forward",
        "pitcher",
        "striker",
        "goalkeeper",
        "midfielder",
        "shortstop",
        "boxer",
        "wrestler",
        "dj",
        "businessman",
        "businesswoman",
        "entrepreneur",
        "filmmaker",
        "screenwriter",
        "reality-star",
        "personality",
        "socialite",
        "politician",
        "president",
        "senator",
        "governor",
        "judge",
        "lawyer",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "ballerina",
        "ballet-dancer",
        "photographer",
        "journalist",
        "anchor",
        "reporter",
        "mogul",
        "heiress",
        "icon",
        "legend",
        "hitmaker",
        "starlet",
        "superstar",
        "megastar",
        "crooner",
        "songstress",
        "vocalist",
        "alum",
        "alumna",
        "alumnus",
        "frontman",
        "guitarist",
        "drummer",
        "pianist",
        "composer",
        "performer",
        "star",
        "youtuber",
        "influencer",
        "olympian",
        "gymnast",
        "skater",
        "swimmer",
        "golfer",
        "ceo",
        "editor",
        "stylist",
        "coach",
        "chairman",
        "chairwoman",
        "momager",
        "manager",
        "publicist",
        "bodyguard",
        "nanny",
        "trainer",
        "hairstylist",
        "supermodel",
        "popstar",
        "frontwoman",
        "rocker",
        "bassist",
        "comic",
        "sportscaster",
        "broadcaster",
        "commentator",
        "newsreader",
        "columnist",
        "blogger",
        "vlogger",
        "playwright",
        "novelist",
        "poet",
        "tycoon",
        "billionaire",
        "executive",
        "founder",
        "co-founder",
        "philanthropist",
        "activist",
        "campaigner",
    ]
)

SPOUSE_NOUNS = frozenset({"husband", "wife", "spouse", "hubby", "missus", "widow", "widower"})
EX_SPOUSE_NOUNS = frozenset({"ex-husband", "ex-wife", "ex-spouse"})
PARTNER_NOUNS = frozenset({"boyfriend", "girlfriend", "beau", "lover", "sweetheart", "flame", "squeeze"})
EX_PARTNER_NOUNS = frozenset(
    {"ex-boyfriend", "ex-girlfriend", "ex", "ex-partner", "ex-lover", "ex-beau", "ex-flame"}
)
FIANCE_NOUNS = frozenset(
    {"fiance", "fiancee", "fiancé", "fiancée", "bride-to-be", "husband-to-be", "wife-to-be"}
)
# "her television husband", "his on-screen wife": a part played, not a relative
ROLE_MODIFIERS = frozenset(
    {"television", "tv", "on-screen", "onscreen", "screen", "fictional", "movie", "film"}
)
PLAY_LEMMAS = frozenset({"play", "portray"})  # "they played husband and wife": roles
CHILD_NOUNS = {
    "son": "male",
    "daughter": "female",
    "child": None,
    "children": None,
    "kid": None,
    "kids": None,
    "baby": None,
    "boy": "male",
    "girl": "female",
    "twins": None,
    "stepson": "male",
    "stepdaughter": "female",
    "firstborn": None,
    "newborn": None,
}
# A single child told of by a possessor, unnamed: "her daughter", "David's son" (not "baby", which may be a
# lover or a child to come, nor "boy"/"girl", which may be a friend or a partner)
SINGLE_CHILD_NOUNS = frozenset(
    {"son", "daughter", "child", "kid", "stepson", "stepdaughter", "firstborn", "newborn"}
)
# Verbs whose subject has the child its object names: "X has a son with Y", "X and Y share a daughter"
HAVE_CHILD_LEMMAS = frozenset({"have", "share"})
# "her next child", "their unborn son": a child still to come
UNBORN_MODIFIERS = frozenset({"next", "unborn", "future", "expected", "upcoming"})
PARENT_NOUNS = {
    "mother": "female",
    "father": "male",
    "mom": "female",
    "dad": "male",
    "mum": "female",
    "parent": None,
}
# Nouns of a romance: "her relationship with X", "his marriage to X" — the partner slot (with an owner
# who is a person) is a person's; a company has no romance.
ROMANCE_NOUNS = frozenset(
    {"relationship", "romance", "marriage", "affair", "engagement", "fling", "courtship"}
)
# The prepositions that open the partner slot of a romance noun.
ROMANCE_PREPS = frozenset({"with", "to"})
# Personal possessives that say a romance noun is a person's ("her relationship", "their marriage").
PERSONAL_POSSESSIVES = frozenset({"his", "her", "their"})
# States only a person is in: "X is pregnant", "X is engaged" make X a person.
PERSON_STATES = frozenset({"pregnant", "engaged", "married", "divorced", "widowed"})
# Relatives and companions who are not romantic partners: "her relationship with her sister Y" is no romance
PLATONIC_NOUNS = frozenset(
    {
        *CHILD_NOUNS,
        *PARENT_NOUNS,
        "sister",
        "brother",
        "sibling",
        "cousin",
        "aunt",
        "uncle",
        "niece",
        "nephew",
        "grandmother",
        "grandfather",
        "grandson",
        "granddaughter",
        "friend",
        "pal",
        "bestie",
        "co-star",
        "costar",
        "mentor",
        "manager",
        "colleague",
    }
)
# "headed for a divorce", "on the brink of divorce", "gears up for", "the possibility of a divorce":
# a prospect, not a divorce
PROSPECT_LEMMAS = frozenset({"head", "bound", "gear", "brace"})
PROSPECT_NOUNS = frozenset({"brink", "verge", "edge", "road", "possibility", "prospect", "threat"})

MARRY_LEMMAS = frozenset({"marry", "wed", "remarry"})
# A marriage noun as their subject ends: "her marriage to Y broke up / fell apart / ended in 2008"
# ("break" and "fall" only with their particle, "up" / "apart")
MARRIAGE_END_LEMMAS = frozenset(
    {"end", "collapse", "crumble", "dissolve", "fail", "implode", "break", "fall"}
)
MARRIAGE_END_PARTICLES = {"break": "up", "fall": "apart"}
DIVORCE_LEMMAS = frozenset({"divorce"})
SPLIT_LEMMAS = frozenset(
    {"split", "separate", "break", "part", "call"}
)  # "break up", "part ways", "call it quits", "break things off"
# The empty objects of "break things off", "broke it off (with Y)": a romance ended (not "broke off the deal")
BROKEN_OFF_OBJECTS = frozenset({"things", "it"})
# A couple noun as the title of two coordinated names: "exes X and Y", "newlyweds X and Y" (not "pair"/
# "duo", which may be a comedy act or a band, nor "couple", which may be a married one)
COUPLE_TITLES_ROMANCE = frozenset({"exes", "lovebirds", "ex-couple"})
COUPLE_TITLES_MARRIED = frozenset({"newlyweds", "spouses"})
# Words between a name and a verb the parser read as an adjective: "X, who is dating actress Y"
RELATIVE_COPULA = frozenset({"who", "is", "was", "has", "had", "been", ","})
# Modals that make a romance a wish or a guess: "Taylor should get back together with Jake"
WISH_MODALS = frozenset({"should", "would", "could", "will", "'ll", "wo", "must"})
# "his first wife", "her previous husband": a spouse before the current one
EARLIER = frozenset({"first", "second", "third", "previous", "former", "earlier", "old"})
# "their upcoming wedding": a wedding being prepared (the two are engaged); "a possible wedding": not so
PLANNED_WEDDING_MODIFIERS = frozenset({"upcoming", "planned", "impending", "forthcoming"})
DOUBTED_WEDDING_MODIFIERS = frozenset(
    {"fake", "rumored", "rumoured", "alleged", "possible", "potential", "future", "secret", "hypothetical"}
)
# "each artist's divorce", "every star's marriage": one of several people, each with their own partner
DISTRIBUTIVE_DETERMINERS = frozenset({"each", "every"})
# "they almost split", "practically married": it did not happen
NEAR_MISS = frozenset({"almost", "nearly", "practically", "virtually", "basically"})
QUESTION_MARKS = frozenset({"if", "whether"})  # "asked if she was dating X", "if they marry": no claim
UNHELD_LEMMAS = frozenset({"postpone", "cancel", "delay", "scrap", "plan", "call"})  # "postponed the wedding"
ENGAGE_LEMMAS = frozenset({"engage", "propose"})
DATING_LEMMAS = frozenset({"date", "romance"})
# "falsely linked to Y", "wrongly rumored to be dating Y": the text calls the claim untrue
FALSE_CLAIM_ADVERBS = frozenset({"falsely", "wrongly", "mistakenly", "erroneously", "wrongfully"})
# "should move to Rome after their wedding": a modal that puts the wedding ahead
WEDDING_AHEAD_MODALS = frozenset({"should", "will", "would", "could", "might", "may", "must", "'ll", "wo"})
# Verbs whose subject is one of the pair of a relation noun they take: "X ended a fling with Y"
RELATION_HOLD_LEMMAS = frozenset({"have", "begin", "start", "end", "enjoy", "rekindle", "spark", "conduct"})
BIRTH_LEMMAS = frozenset({"welcome", "birth", "deliver", "adopt"})
# A time spent married, counted in years: "15 years of marriage", "ten years of wedlock", "nine years of
# wedded bliss", "20 years of married life"
MARRIAGE_SPAN_NOUNS = frozenset({"marriage", "wedlock"})
MARRIED_STATE_NOUNS = frozenset({"bliss", "life"})
MARRIED_MODIFIERS = frozenset({"wedded", "married", "marital"})
FILE_LEMMAS = frozenset({"file", "initiate", "seek", "petition", "submit"})
FINAL_LEMMAS = frozenset({"finalize", "finalise", "final", "complete", "settle"})
# "got engaged in secret / in private / in front of their families": how, not the activity sense
ENGAGED_IN_MANNER = frozenset({"secret", "private", "front", "public"})
# "X was spotted / seen / photographed with Y", "stepped out with Y": going out together, a couple's sign
OUTING_LEMMAS = frozenset(
    {"spot", "see", "photograph", "snap", "picture", "step", "cuddle", "pack", "holiday", "vacation"}
)

# Words that make a sentence's claim weaker or deny it.
# Verbs of saying: a one-word subject of one that is taken up by "he"/"she" is a person; "I" in a
# quoting sentence is its speaker.
SPEECH_VERBS = frozenset({"say", "tell", "reveal", "admit", "explain", "joke", "insist", "confess", "gush"})
# A title-cased line runs a name into the capitalised verb after it ("Lena Moss Is Back", "Tom Vale Sues
# Ana Ruiz", "Are Lena Moss And …"): auxiliaries and headline verbs that end (or open) no name.
GLUED_AUXILIARIES = frozenset(
    {"is", "are", "was", "were", "will", "would", "might", "may", "can", "could", "should", "must"}
    | {"has", "have", "had", "does", "did", "be"}
)
GIVEN_NAME_AUXILIARIES = frozenset({"will", "may", "can"})  # "Will Vale", "May Ruiz": also first names
HEADLINE_VERBS = frozenset(
    {*SPEECH_VERBS, "report", "sue", "slam", "claim", "deny", "confirm", "blast", "dish", "spill", "debut"}
)
# Adverbs and link words that open a sentence capitalised and may be read as a name's first word
# ("Next Justin kind of snapped", "Meanwhile Ana …", "Watch Ana and Tom …")
SENTENCE_OPENERS = frozenset(
    {
        "next",
        "then",
        "now",
        "later",
        "meanwhile",
        "plus",
        "also",
        "still",
        "finally",
        "today",
        "yesterday",
        "sadly",
        "luckily",
        "inside",
        "exclusive",
        "watch",
        "update",
        "breaking",
        "and",
        "but",
        "so",
    }
)
# Verbs a celebrity headline puts right after a first name ("Kim And Kanye Silence Divorce Rumors",
# "Kylie Shows Off …"): in title case they look like a surname
HEADLINE_BASE_VERBS = frozenset(
    {
        *HEADLINE_VERBS,
        "silence",
        "shut",
        "share",
        "show",
        "split",
        "talk",
        "get",
        "make",
        "take",
        "give",
        "go",
        "hit",
        "open",
        "celebrate",
        "welcome",
        "announce",
        "respond",
        "react",
        "return",
        "reunite",
        "pose",
        "post",
        "address",
        "break",
        "call",
        "defend",
        "praise",
        "mourn",
        "join",
        "leave",
        "quit",
        "file",
        "spark",
        "step",
        "tease",
        "flaunt",
        "stun",
        "wow",
        "kiss",
        "hug",
        "date",
        "marry",
        "wed",
        "divorce",
        "shade",
        "troll",
        "drop",
        "release",
        "cancel",
        "win",
        "land",
        "want",
        "need",
        "hint",
        "throw",
        "send",
        "pay",
        "keep",
        "set",
        "look",
        "feel",
        "cry",
        "laugh",
        "thank",
        "ask",
        "beg",
        "plan",
        "hire",
        "fire",
        "buy",
        "sell",
        "lose",
    }
)
DENIAL_LEMMAS = frozenset({"deny", "dismiss", "debunk", "refute", "reject", "shoot", "quash", "slam"})
HEDGE_WORDS = frozenset(
    [
        "reportedly",
        "allegedly",
        "rumored",
        "rumoured",
        "rumor",
        "rumour",
        "rumors",
        "rumours",
        "speculation",
        "speculated",
        "apparently",
        "supposedly",
        "claims",
        "claimed",
        "insider",
        "source",
        "sources",
        "tabloid",
        "tabloids",
        "purportedly",
        "may",
        "might",
        "could",
    ]
)
MODALS = frozenset({"may", "might", "could"})
NEGATIONS = frozenset({"not", "n't", "never", "no", "neither", "nor"})
FUTURE_WORDS = frozenset({"will", "'ll", "plan", "plans", "planning", "set", "soon", "upcoming", "going"})

# Last words of an award's or an honour's name: "the Nobel Peace Prize", "a Golden Globe", "her Emmy".
AWARD_HEADS = frozenset(
    {
        "prize",
        "prizes",
        "award",
        "awards",
        "medal",
        "medals",
        "trophy",
        "honour",
        "honours",
        "honor",
        "honors",
    }
    | {"globe", "globes", "oscar", "oscars", "emmy", "emmys", "grammy", "grammys", "bafta", "baftas"}
)
# Categories an award is given in, after "Best": "Best Actress", "Best Picture".
AWARD_CATEGORIES = frozenset(
    {"actor", "actress", "picture", "director", "film", "documentary", "screenplay", "newcomer"}
    | {"album", "artist", "song", "record", "comedy", "drama", "series", "ensemble", "performance"}
)
# Nouns of a nomination: "an Emmy nomination for X", "her Oscar nod for X".
NOMINATION_NOUNS = frozenset({"nomination", "nominations", "nod", "nods", "nom", "noms"})
# Verbs of winning or being given an award: "won a Golden Globe for X", "was nominated for an Oscar for X".
AWARD_VERBS = frozenset(
    {"win", "scoop", "earn", "receive", "nominate", "award", "land", "bag", "garner"}
    | {"snag", "nab", "collect"}
)
# Plural nouns of a work's cast before a list of names: "her 'Girls' castmates A, B and C".
CAST_PLURAL_NOUNS = frozenset(
    {"castmates", "cast-mates", "co-stars", "costars", "stars", "actors", "actresses"}
)
# Singular nouns of a work's whole cast: "the cast of X includes A and B", "an ensemble cast including A".
CAST_NOUNS = frozenset({"cast", "ensemble"})
# Nouns of a joint project: "in a team-up with A and B, X will star in Y" ("team-up" is three tokens).
COLLAB_NOUNS = frozenset({"team-up", "teamup", "collaboration", "reunion", "pairing", "partnership"})
# Nouns of an event a name can stand before: "the Met gala", "the Harbor Lights fundraiser".
EVENT_NOUNS = frozenset(
    {"gala", "ball", "ceremony", "fundraiser", "benefit", "pageant", "parade", "conference", "summit"}
    | {"marathon", "festival", "convention", "expo"}
)
# Royal titles before a name: "Queen Atlanna actress X" names a character, not a work.
ROYAL_WORDS = frozenset({"queen", "king", "princess", "prince", "duchess", "duke", "empress", "emperor"})
# Slang places of news English that are no work: "the couple made it to Splitsville".
IDIOM_PLACES = frozenset({"splitsville", "splitsvile", "dumpsville"})
# Awards, honours and the like: capitalised, often mistaken for names.
# Days of the week: "on Tuesday" is tagged a name now and then; no person is called by one alone.
WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
MONTHS = frozenset(
    {
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    }
)
# Platforms: a capitalised run with one of them is a feature or a show ("Instagram Story"), never a name.
# Photo credits that close a caption line ("Ana Ruiz Tom Reed Getty Images"); a capitalised run with an
# agency word or "Credit" is no name ("Photo Credit", "Getty Images").
AGENCY_WORDS = frozenset(
    {"getty", "shutterstock", "wireimage", "backgrid", "filmmagic", "instarimages", "credit"}
)
CREDIT_WORDS = AGENCY_WORDS | {"images", "splash", "rex"}
SOCIAL_NETWORKS = frozenset({"instagram", "twitter", "facebook", "snapchat", "tiktok"})
PLATFORM_WORDS = frozenset({*SOCIAL_NETWORKS, "youtube", "netflix", "hulu", "hbo"})
NOT_PERSON_WORDS = frozenset(
    [
        *WEEKDAYS,
        "oscar",
        "oscars",
        "emmy",
        "emmys",
        "grammy",
        "grammys",
        "tony",
        "tonys",
        "golden",
        "globe",
        "globes",
        "bafta",
        "baftas",
        "sag",
        *PLATFORM_WORDS,
        "hollywood",
        "x",
        "us",
        "u.s.",
        "uk",
        "u.k.",
        "usa",
        "god",
        "jesus",
        "mom",
        "dad",
        "mr.",
        "mrs.",
        "ms.",
        "dr.",
        "pda",  # "the star's PDA with Y": public displays of affection, common in celebrity news
    ]
)
# Head words of an organisation's, outlet's or place's name: "Radar Online", "Vogue Magazine",
# "Ronald Reagan Medical Center". A name that runs on into one of them is no person's mention.
ORG_HEAD_NOUNS = frozenset(
    {
        "magazine",
        "online",
        "news",
        "weekly",
        "daily",
        "times",
        "post",
        "journal",
        "tribune",
        "herald",
        "network",
        "channel",
        "records",
        "studios",
        "entertainment",
        "media",
        "management",
        "agency",
        "group",
        "inc",
        "inc.",
        "llc",
        "ltd",
        "ltd.",
        "corp",
        "foundation",
        "institute",
        "university",
        "college",
        "school",
        "academy",
        "center",
        "centre",
        "hospital",
        "clinic",
        "hotel",
        "restaurant",
        "stadium",
        "arena",
        "theatre",
        "theater",
        "museum",
        "gallery",
        "airport",
        "street",
        "avenue",
        "boulevard",
        "awards",
        "festival",
        # a studio, an event or a place named like a person ("Tom Reed Films", "Ana Ruiz Live")
        "studio",
        "films",
        "pictures",
        "productions",
        "production",
        "award",
        "prize",
        "concert",
        "tour",
        "live",
        "estate",
        "palace",
        "cottage",
        "united",
        "state",
    }
)
HONORIFICS = frozenset(
    {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "sir", "dame", "lady", "lord"}
)
HONORIFIC_WORDS = frozenset(h.rstrip(".") for h in HONORIFICS)  # without the stop: "dr", "mr"

NICKNAMES = {
    "ben": ("benjamin", "bennett", "benedict"),
    "jen": ("jennifer",),
    "jenny": ("jennifer",),
    "kim": ("kimberly",),
    "bill": ("william",),
    "will": ("william",),
    "billy": ("william",),
    "bob": ("robert",),
    "rob": ("robert",),
    "bobby": ("robert",),
    "mike": ("michael",),
    "mick": ("michael",),
    "nick": ("nicholas", "nicolas"),
    "chris": ("christopher", "christian", "christina", "christine"),
    "kate": ("katherine", "catherine", "kathryn"),
    "katie": ("katherine", "catherine", "kathryn"),
    "liz": ("elizabeth",),
    "beth": ("elizabeth",),
    "tom": ("thomas",),
    "tony": ("anthony",),
    "jim": ("james",),
    "jimmy": ("james",),
    "joe": ("joseph",),
    "dan": ("daniel",),
    "danny": ("daniel",),
    "matt": ("matthew",),
    "alex": ("alexander", "alexandra"),
    "sam": ("samuel", "samantha"),
    "meg": ("margaret", "megan"),
    "maggie": ("margaret",),
    "peggy": ("margaret",),
    "dick": ("richard",),
    "rick": ("richard",),
    "ted": ("edward", "theodore"),
    "ed": ("edward",),
    "ange": ("angelina", "angela"),
    "jlo": ("jennifer",),
    "nat": ("natalie", "natasha"),
    "becky": ("rebecca",),
    "abby": ("abigail",),
    "andy": ("andrew",),
    "drew": ("andrew",),
    "steve": ("steven", "stephen"),
    "dave": ("david",),
    "greg": ("gregory",),
    "jon": ("jonathan",),
    "josh": ("joshua",),
    "zach": ("zachary",),
    "pat": ("patrick", "patricia"),
    "vicky": ("victoria",),
    "tori": ("victoria",),
    "sue": ("susan",),
    "gwen": ("gwendolyn",),
    "angie": ("angelina", "angela"),
}

WORK_NOUNS = {
    "film": "film",
    "movie": "film",
    "flick": "film",
    "biopic": "film",
    "documentary": "film",
    "sequel": "film",
    "prequel": "film",
    "remake": "film",
    "blockbuster": "film",
    "thriller": "film",
    "comedy": "film",
    "drama": "film",
    "series": "tv",
    "show": "tv",
    "sitcom": "tv",
    "miniseries": "tv",
    "docuseries": "tv",
    "season": "tv",
    "episode": "tv",
    "album": "music",
    "single": "music",
    "song": "music",
    "track": "music",
    "record": "music",
    "ep": "music",
    "tour": "music",
    "mixtape": "music",
    "hit": "music",  # "her 1994 hit 'X'", "X's smash hit Y": a song, unless a nearer noun says otherwise
    "book": "book",
    "novel": "book",
    "memoir": "book",
    "autobiography": "book",
    "musical": "stage",
    "play": "stage",
    "ballet": "stage",
    "team": "sports_team",
    "club": "sports_team",
    "brand": "brand",
    "line": "brand",
    "label": "brand",
    "company": "brand",
    "collection": "brand",
    "fragrance": "brand",
    "perfume": "brand",
    "podcast": "other",
    "special": "tv",  # "her Netflix special X", "his Christmas special"
    "cookbook": "book",
    "soundtrack": "music",
}
# Nouns that name a work only by its place in someone's career: "his latest effort, X", "her directorial
# debut X", "their new project X". Each is common in other senses ("efforts to help", "a charity
# project", "his release from hospital"), so it opens a title slot only when someone owns it and a
# capitalised name follows at once (``project_career_nouns``); of them, the ones that need a modifier
# too ("his latest outing, X"; "their outing" is mostly a date).
CAREER_WORK_NOUNS = frozenset({"effort", "project", "offering", "outing", "release", "debut"})
CAREER_NOUNS_NEED_MODIFIER = frozenset({"outing"})
# Modifiers of a work noun that say the work's kind and its owner's role: "directorial debut" → a film
# he directed, "acting debut" → a part, "Broadway debut" → a stage show.
WORK_MODIFIERS: dict[str, tuple[str | None, str | None]] = {
    "directorial": ("film", "director"),
    "directing": ("film", "director"),
    "acting": (None, "actor"),
    "screen": ("film", "actor"),
    "big-screen": ("film", "actor"),
    "feature": ("film", None),
    "film": ("film", None),
    "movie": ("film", None),
    "tv": ("tv", None),
    "television": ("tv", None),
    "broadway": ("stage", "actor"),
    "stage": ("stage", "actor"),
    "theater": ("stage", "actor"),
    "theatre": ("stage", "actor"),
    "literary": ("book", "author"),
    "studio": ("music", "singer"),
    "music": ("music", "singer"),
    "producing": (None, "producer"),
    "hosting": ("tv", "host"),
}
# Small words inside a title of a work ("The Wolf of Wall Street", "Lord of the Rings"): a run of
# capitalised words that goes on through one of them is a title, not a person's name.
TITLE_SMALL_WORDS = frozenset({"of", "the", "a", "an"})
# Titles and forms of address written before a surname ("Justice Kaplan", "Detective Reed"): a
# capitalised word of this list before a name is no first name.
NAME_TITLE_WORDS = frozenset(
    {
        "justice",
        "judge",
        "officer",
        "detective",
        "sergeant",
        "captain",
        "coach",
        "governor",
        "senator",
        "president",
        "mayor",
        "prince",
        "princess",
        "king",
        "queen",
        "duke",
        "duchess",
        "pope",
        "saint",
        "uncle",
        "aunt",
        "agent",
        "professor",
        "reverend",
        "father",
        "chief",
        "general",
        "lieutenant",
        "commissioner",
        "congressman",
        "congresswoman",
        "attorney",
        "doctor",
        "nurse",
        "auntie",
        "grandma",
        "grandpa",
        "granny",
        "mama",
        "papa",
        "mom",
        "dad",
        "momma",
    }
)
# A band is no work (tests/data/README.md): the nouns that call a name a band ("the band X", "X bandmate").
BAND_NOUNS = frozenset(
    {"band", "boyband", "bandmate", "bandmates", "frontman", "frontwoman", "group", "member", "members"}
)
# Nouns that call the name right after them a band ("the band X", "girl group X"); "bandmate X" is a person.
GROUP_NOUNS = frozenset({"band", "boyband", "group", "girlgroup", "girl-group", "boy-band"})
# Places named after a person ("Craig's restaurant"): a one-word name owning one of them names the place.
VENUE_NOUNS = frozenset(
    {"restaurant", "bar", "club", "nightclub", "store", "shop", "boutique", "cafe", "café", "diner", "salon"}
)
# Nouns a pet's or a house's name stands in apposition to: "the pup, Charlie", "her home, Amner Hall"
PET_NOUNS = frozenset(
    {
        "dog",
        "puppy",
        "pup",
        "pooch",
        "cat",
        "kitten",
        "horse",
        "pony",
        "pet",
        "pig",
        "parrot",
        "rabbit",
        "bunny",
    }
)
HOME_NOUNS = frozenset(
    {
        "home",
        "house",
        "mansion",
        "estate",
        "residence",
        "villa",
        "ranch",
        "castle",
        "manor",
        "cottage",
        "farm",
    }
)
# Dog breeds, the last word of a breed's capitalised name ("a King Charles Spaniel", "a Yorkshire Terrier")
BREED_WORDS = frozenset(
    {
        "spaniel",
        "terrier",
        "retriever",
        "poodle",
        "bulldog",
        "labrador",
        "chihuahua",
        "pug",
        "beagle",
        "dachshund",
        "corgi",
        "labradoodle",
        "goldendoodle",
        "yorkie",
        "pomeranian",
        "schnauzer",
        "rottweiler",
        "greyhound",
        "doberman",
        "pinscher",
        "mastiff",
        "malamute",
    }
)
# Capitalised head words of a place's name after a possessive: "X's Bay", "X's Island", "X's Vineyard".
PLACE_HEADS = frozenset(
    {
        "bay",
        "island",
        "islands",
        "beach",
        "cove",
        "harbor",
        "harbour",
        "canyon",
        "valley",
        "creek",
        "vineyard",
        "reef",
    }
)
# Last words of a work's or franchise's name: "the X Saga", "the X Trilogy" (a name ending so is no person's).
FRANCHISE_HEADS = frozenset({"saga", "trilogy", "franchise", "series", "sequel", "tour"})
# Verbs whose direct object is a work, not a person: "promote X", "plug X", "released X".
WORK_OBJECT_LEMMAS = frozenset({"promote", "plug", "release", "premiere", "publish"})
# Web addresses used as an outlet's name: "People.com", "Radar.net".
WEB_SUFFIXES = (".com", ".net", ".org", ".co.uk", ".tv")
# Works a name before them is the subject of: "the Gertrude Bell biopic" is about her, not its title.
ABOUT_WORK_NOUNS = frozenset({"biopic", "documentary", "docuseries", "tribute"})
# Adjectives of liking: "her favourite song X" is not her song.
PREFERENCE_WORDS = frozenset({"favorite", "favourite", "favored", "favoured", "beloved", "preferred"})
# Day words that, capitalised inside a sentence, name a show ("Today co-host X").
DEICTIC_DAYS = frozenset({"today", "tonight", "tomorrow"})
TV_WORDS = frozenset({"tv", "television", "netflix", "hbo", "hulu", "limited", "reality"})
# Broadcasters whose programmes are television: "the NBC sketch show", "ITV's X" is a TV show.
TV_BROADCASTERS = frozenset(
    {
        "nbc",
        "abc",
        "cbs",
        "hbo",
        "netflix",
        "hulu",
        "mtv",
        "e!",
        "bbc",
        "itv",
        "bravo",
        "vh1",
        "disney channel",
        "nickelodeon",
        "showtime",
        "pbs",
    }
)
# A talk show's guests hold no part in it (tests/data/README.md): only its host does.
TALK_WORDS = frozenset({"talk", "chat", "late-night"})
# Members of parties, faiths and peoples named by one capitalised word: "the Minnesota Democrat".
GROUP_MEMBER_WORDS = frozenset(
    {
        "democrat",
        "democrats",
        "republican",
        "republicans",
        "scientologist",
        "scientologists",
        "catholic",
        "mormon",
        "muslim",
        "buddhist",
        "protestant",
        "tory",
        "aussie",
        "aussies",
        "brit",
        "brits",
        "briton",
        "yank",
    }
)
# A medium, genre or platform before a role noun is no title: "the TV star", "a Hollywood actor";
# so is a party's or a people's member ("the 32-year-old Aussie actor", "a Brit singer").
MEDIUM_WORDS = (
    frozenset(
        {
            "tv",
            "reality tv",
            "television",
            "reality",
            "film",
            "movie",
            "pop",
            "music",
            "hip-hop",
            "hip hop",
            "rap",
            "r&b",
            "country",
            "rock",
            "hollywood",
            "bollywood",
            "broadway",
            "youtube",
            "instagram",
            "internet",
            "web",
            "social media",
            "a-list",
            "oscar",
            "grammy",
            "emmy",
            # outlets: where a show airs, not the show (the TV broadcasters are added below)
            "fox",
            "cnn",
            "msnbc",
            "espn",
            "disney",
            # leagues: where a team plays, not a team ("NBA star X")
            "nba",
            "nfl",
            "mlb",
            "nhl",
            "wnba",
            "mls",
            "nwsl",
        }
    )
    | TV_BROADCASTERS
    | GROUP_MEMBER_WORDS
)
SPORT_WORDS = frozenset(
    {"soccer", "football", "basketball", "baseball", "hockey", "nba", "nfl", "mls", "nwsl"}
)

# verb lemma → role
ROLE_VERBS = {
    "star": "actor",
    "co-star": "actor",
    "costar": "actor",
    "play": "actor",
    "portray": "actor",
    "appear": "actor",
    "act": "actor",
    "cast": "actor",
    "film": "actor",
    "shoot": "actor",
    "direct": "director",
    "helm": "director",
    "produce": "producer",
    "executive-produce": "producer",
    "host": "host",
    "present": "host",
    "choreograph": "choreographer",
    "release": "singer",
    "record": "singer",
    "sing": "singer",
    "belt": "singer",  # "belted out 'X'"
    "croon": "singer",
    "drop": "singer",
    "perform": "singer",
    "write": "author",
    "pen": "author",
    "publish": "author",
    "launch": "owner",
    "own": "owner",
    "co-own": "owner",
    "found": "owner",
    "invest": "owner",
    "trade": "player",
    "draft": "player",
    "join": "actor",
    "rejoin": "actor",
    "reprise": "actor",
    "return": "actor",
    "voice": "actor",
    "judge": "judge",
    "coach": "coach",
}
# noun (a role) → role
ROLE_NOUNS = {
    "star": "actor",
    "co-star": "actor",
    "costar": "actor",
    "lead": "actor",
    "role": "actor",
    "performance": "actor",
    "cameo": "actor",
    "director": "director",
    "choreographer": "choreographer",
    "choreography": "choreographer",
    "producer": "producer",
    "host": "host",
    "judge": "judge",
    "owner": "owner",
    "co-owner": "owner",
    "investor": "owner",
    "founder": "owner",
    "president": "executive",
    "chairman": "executive",
    "editor": "editor",
    "author": "author",
    "writer": "writer",
    "work": None,
    # "a fashion icon on Harbor Lights": a standing in a work, its role unsaid
    "icon": None,
    "superstar": None,  # "the Paper Sky superstar": a song's or a film's, the work says which
    "megastar": None,
    "singer": "singer",
    "rapper": "singer",
    "frontman": "singer",
    "frontwoman": "singer",
    "songstress": "singer",
    "hitmaker": "singer",
    "crooner": "singer",
    "actress": "actor",
    "actor": "actor",
    "comedian": "actor",  # "the Wedding Crashers comedian": a part in it
    "player": "player",
    "quarterback": "player",
    # more sport positions ("Oakland Raiders punter X"; the others are with "captain" below)
    "punter": "player",
    "kicker": "player",
    "linebacker": "player",
    "cornerback": "player",
    "outfielder": "player",
    "winger": "player",
    "defenseman": "player",
    "coach": "coach",
    "creator": "creator",
    "showrunner": "producer",
    "narrator": "actor",
    "alum": "actor",
    "alumna": "actor",
    "contestant": "contestant",
    "winner": "contestant",
    "designer": "designer",
    "starlet": "actor",
    "co-host": "host",
    "cohost": "host",
    "anchor": "host",
    "presenter": "host",
    "vocalist": "singer",
    "songwriter": "songwriter",
    "guitarist": "musician",
    "drummer": "musician",
    "captain": "player",
    "forward": "player",
    "guard": "player",
    "pitcher": "player",
    "striker": "player",
    "goalkeeper": "player",
    "midfielder": "player",
    "shortstop": "player",
}
# Role nouns that are never verbs: a tagger's VERB on one of them ("Suits actress X" read as
# "Suits actress(es) X") is a misreading.
NOUN_ONLY_ROLES = frozenset(
    {
        "actor",
        "actress",
        "alum",
        "alumna",
        "singer",
        "rapper",
        "songstress",
        "songwriter",
        "director",
        "producer",
        "creator",
        "showrunner",
        "comedian",
        "choreographer",
        "hitmaker",
        "frontman",
        "frontwoman",
        "vocalist",
        "guitarist",
        "drummer",
    }
)
# Nouns of a writing credit: "from a screenplay by X".
SCRIPT_NOUNS = frozenset({"screenplay", "script", "teleplay", "libretto"})
# Nouns of a work's life: "on the set of X", "the premiere of X", "in a 'Night Desk' sketch" tie the
# people of the clause to X.
WORK_CONTEXT_NOUNS = frozenset(
    {
        "set",
        "cast",
        "premiere",
        "filming",
        "production",
        "release",
        "debut",
        "episode",
        "tour",
        "launch",
        "finale",
        "reboot",
        "revival",
        "remake",
        "adaptation",
        "version",
        "credits",
        "sketch",
        "skit",
    }
)
# Verbs that tie a person to a work when the work is their object or in their phrase.
LINK_VERBS = frozenset(
    {
        *ROLE_VERBS,
        "involve",
        "work",
        "premiere",
        "premier",  # the lemmatizer's lemma of "premiered"
        "debut",
        "feature",
        "lead",
        "headline",
        "create",
        "design",
        "sign",
        "trade",
        "draft",
        "win",
        "earn",
        "land",
        "score",
        "book",
        "guest",
        "compete",
        "make",
        "do",
        "rap",
        "compose",
        "co-write",
        "collaborate",
        "tour",
        "promote",
        "plug",
        "shoot",
        "film",
        "finish",
    }
)
# "rose to fame on X", "shot to stardom in X", "found fame in X": the work that made a person famous.
FAME_LEMMAS = frozenset({"rise", "shoot", "catapult", "propel", "skyrocket", "find", "achieve", "gain"})
FAME_NOUNS = frozenset({"fame", "stardom", "prominence", "notoriety"})
# Verbs of making a work together: "made the film X with Y" ties Y to X as well (not "promoted X with Y").
PARTNER_VERBS = frozenset(
    {
        "star",
        "co-star",
        "costar",
        "make",
        "film",
        "shoot",
        "record",
        "write",
        "co-write",
        "produce",
        "collaborate",
        "duet",
        # a panel or presenting team: "she'll coach with A and B", "he co-hosts X with A"
        "host",
        "co-host",
        "cohost",
        "coach",
        "judge",
    }
)
PARTNER_PREPS = frozenset({"with", "alongside", "opposite"})
# Verbs of taking a part whose "alongside"/"opposite" partner has a part in the same work ("appears in X
# alongside Y", "was cast opposite Y in X"); not "with", which may be a companion ("appeared on X with Y").
PART_VERBS = frozenset({"appear", "play", "act", "cast", "return", "reprise", "voice", "lead"})
CO_PART_PREPS = frozenset({"alongside", "opposite"})
OCCUPATION_ROLE = {
    "actress": "actor",
    "actor": "actor",
    "singer": "singer",
    "rapper": "singer",
    "director": "director",
    "choreographer": "choreographer",
    "producer": "producer",
    "host": "host",
    "author": "author",
    "writer": "author",
}

# --- who is who: outlets named like people -------------------------------------------
# Common nouns an article uses for a news outlet: "X is a website", "the gossip site X".
OUTLET_NOUNS = frozenset(
    {
        "site",
        "website",
        "webzine",
        "blog",
        "magazine",
        "tabloid",
        "outlet",
        "publication",
        "newspaper",
        "paper",
        "portal",
        "newsletter",
    }
)
# Unnamed informants: "a source told X", "the insider told X" — X is the outlet they told.
SOURCE_NOUNS = frozenset({"source", "sources", "insider", "insiders", "tipster", "informant", "eyewitness"})
# Verbs of telling that an unnamed informant does to an outlet (not "add", "note": "the insider
# added X denies it" is often parsed with X as the object).
TELL_VERBS = frozenset({"tell", "say", "dish", "spill"})
# What a fact-checking outlet does to a story: "X debunked the report", "busted by X".
FACT_CHECK_VERBS = frozenset({"debunk", "bust"})
# Lower-case particles inside a full name: "Ana de Souza", "Lars van Dijk".
NAME_PARTICLES = frozenset(
    {"de", "da", "di", "del", "della", "van", "von", "der", "den", "du", "dos", "das", "le", "la"}
)
# Labels that open a line linking to another story ("PHOTOS: …", "Also read: …"): names there are
# no part of the article's discourse.
LINK_LABELS = frozenset(
    {
        "photos",
        "photo",
        "more",
        "related",
        "watch",
        "also read",
        "read more",
        "read",
        "see also",
        "see more",
        "related video",
        "related gallery",
        "related articles",
        "related story",
        "video",
    }
)

# -- family facts: conditions, guesses, prospects ------------------------------------------------
# "in the event they marry", "in case she gets engaged": a condition, not a claim
CONDITION_NOUNS = frozenset({"event", "case"})
# "fans are convinced they got married", "speculation that they secretly wed": a guess about a wedding
SPECULATION_LEMMAS = frozenset(
    {"speculation", "speculate", "convince", "wonder", "theory", "theorize", "guess", "suspect", "imagine"}
)
# "their working relationship", "a business relationship with Y": a tie that is not a romance
UNROMANTIC_MODIFIERS = frozenset(
    {"business", "working", "professional", "creative", "musical", "platonic", "friendly", "family"}
)
# "is anticipating the birth of his next child", "awaits a baby": a child still to come
AWAIT_LEMMAS = frozenset({"anticipate", "await", "expect"})
TIME_CLAUSE_MARKS = frozenset({"when", "once", "before", "until", "after"})  # "when she gives birth"
FRIEND_NOUNS = frozenset({"bestfriend", "best-friend", "bff", "confidante", "buddy", "bestie"})  # no romance
# divorces: "famed divorce attorney X" is a profession; "ready to file", "gears up for", "the possibility
# of a divorce" speak of a divorce still ahead
DIVORCE_TRADE_NOUNS = frozenset({"lawyer", "attorney", "counsel", "mediator"})
FILING_AHEAD_HEADS = frozenset(
    {"ready", "set", "plan", "prepare", "poised", "about", "go", "expect", "threaten", "consider", "want"}
)
EX_FIANCE_NOUNS = frozenset({"ex-fiance", "ex-fiancee", "ex-fiancé", "ex-fiancée"})
# "does not have a son", "doesn't share kids with Y": a negated verb of having denies the kin itself
HAVE_KIN_LEMMAS = frozenset({"have", "share", "welcome", "adopt", "father", "bear", "raise", "marry", "wed"})
# "is rumored to be dating", "were revealed to be dating": a report of what is, not a plan
REPORT_LEMMAS = frozenset(
    {
        "rumor",
        "rumour",
        "say",
        "believe",
        "report",
        "think",
        "reveal",
        "understand",
        "know",
        "confirm",
        "seem",
        "appear",
        "claim",
        "suspect",
        "allege",
    }
)
# objects that belong to a couple idiom: "tied the knot", "exchanged vows", "parted ways", "broke things off"
COUPLE_IDIOM_OBJECTS = frozenset({"knot", "vows", "question", "ways", "company", "things"})

# --- ventures: companies, brands, magazines, foundations, sports teams ----------------
# Verbs by which a person makes or holds a venture ("co-founded X", "owns X", "runs X") → role.
VENTURE_VERBS = {
    "found": "founder",
    "co-found": "founder",
    "cofound": "founder",
    "establish": "founder",
    "start": "founder",
    "launch": "founder",
    "own": "owner",
    "co-own": "owner",
    "run": "head",
    "head": "head",
    "edit": "editor",
}
# Of them, the verbs too common to tie a person to any capitalised name ("started the Met Gala
# tradition", "launched a GoFundMe"): they need a name whose last word says it is a venture.
WEAK_VENTURE_VERBS = frozenset({"start", "launch", "establish"})
# Last words of a venture's name that say what it is: "Bright Futures Foundation", "Red Door Films".
CHARITY_HEADS = frozenset({"foundation", "fund", "charity", "trust", "institute", "initiative", "project"})
MAGAZINE_HEADS = frozenset({"magazine", "mag", "quarterly", "review"})
BRAND_HEADS = frozenset(
    {
        "company",
        "co",
        "co.",
        "corp",
        "corp.",
        "corporation",
        "inc",
        "inc.",
        "llc",
        "ltd",
        "ltd.",
        "enterprises",
        "holdings",
        "ventures",
        "capital",
        "productions",
        "pictures",
        "films",
        "studios",
        "entertainment",
        "media",
        "records",
        "recordings",
        "cosmetics",
        "beauty",
        "skincare",
        "apparel",
        "fashion",
        "fashions",
        "designs",
        "brands",
        "group",
        "label",
        "line",
        "collection",
        "fragrance",
        "fitness",
        "wellness",
        "restaurant",
        "foods",
        "spirits",
        "wines",
        "vineyards",
    }
)
VENTURE_HEADS = CHARITY_HEADS | MAGAZINE_HEADS | BRAND_HEADS
# Role nouns of a venture ("the CEO of X", "X founder Y", "an ambassador for X") → role.
VENTURE_ROLE_NOUNS = {
    "founder": "founder",
    "co-founder": "founder",
    "cofounder": "founder",
    "owner": "owner",
    "co-owner": "owner",
    "ceo": "ceo",
    "c.e.o.": "ceo",
    "president": "president",
    "chairman": "president",
    "chairwoman": "president",
    "chairperson": "president",
    "editor": "editor",
    "editor-in-chief": "editor",
    "publisher": "editor",
    "designer": "designer",
    "ambassador": "ambassador",
    "spokesperson": "spokesperson",
    "spokeswoman": "spokesperson",
    "spokesmodel": "spokesperson",
    "face": "spokesperson",
    "columnist": "writer",
    "reporter": "writer",
    "journalist": "writer",
    "correspondent": "writer",
    "contributor": "writer",
    "patron": "patron",
    "trustee": "trustee",
}
# Modifiers that make "director" an office in a venture: "the creative director of Y" (a film's director
# is the project extractor's).
OFFICE_DIRECTOR_WORDS = frozenset({"creative", "artistic", "managing", "executive", "fashion", "design"})
# Common nouns for a venture a person's possessive names: "her foundation, X", "his gym X".
VENTURE_NOUNS = {
    "foundation": "other",
    "charity": "other",
    "nonprofit": "other",
    "non-profit": "other",
    "organization": "other",
    "organisation": "other",
    "magazine": "other",
    "firm": "brand",
    "business": "brand",
    "startup": "brand",
    "start-up": "brand",
    "restaurant": "brand",
    "gym": "brand",
    "salon": "brand",
    "boutique": "brand",
    "store": "brand",
    "shop": "brand",
    "bar": "brand",
    "winery": "brand",
    "agency": "brand",
    "empire": "brand",
    "venture": "brand",  # "her latest venture, X"
}
# Player and coach nouns after a team's name: "the Harbor Hawks forward", "Rockets pitcher X".
TEAM_ROLE_NOUNS = {
    "player": "player",
    "forward": "player",
    "guard": "player",
    "quarterback": "player",
    "pitcher": "player",
    "catcher": "player",
    "shortstop": "player",
    "outfielder": "player",
    "infielder": "player",
    "striker": "player",
    "midfielder": "player",
    "defender": "player",
    "goalkeeper": "player",
    "goalie": "player",
    "linebacker": "player",
    "receiver": "player",
    "wide-receiver": "player",
    "running-back": "player",
    "tight-end": "player",
    "captain": "player",
    "punter": "player",
    "kicker": "player",
    "cornerback": "player",
    "winger": "player",
    "defenseman": "player",
    "coach": "coach",
}
# Verbs of a player's move between teams ("signed with the X", "was traded to the X").
TEAM_MOVE_VERBS = frozenset({"sign", "re-sign", "trade", "draft", "play", "pitch"})
# Nouns of a player's bond with a team ("a contract with the X", "his debut with the X").
TEAM_BOND_NOUNS = frozenset({"contract", "deal", "debut", "stint", "tenure", "season", "seasons", "career"})
# Words that make a deal an endorsement ("an endorsement deal with X"): the person fronts the brand.
ENDORSEMENT_WORDS = frozenset(
    {"endorsement", "sponsorship", "modeling", "modelling", "ambassador", "campaign", "beauty", "fashion"}
)
# Verbs of working with someone on a venture: "collaborated with Y for X", "teamed up with Y on X".
COLLABORATE_VERBS = frozenset({"collaborate", "partner", "team", "work"})
# Last words of an institution's or a place's name, never a person's venture: "Harvard University",
# "Cedars Hospital", "the National Portrait Gallery"; and of an event's: "the Boston Marathon".
INSTITUTION_HEADS = frozenset(
    {
        "university",
        "college",
        "school",
        "academy",
        "hospital",
        "clinic",
        "court",
        "church",
        "city",
        "council",
        "senate",
        "congress",
        "department",
        "police",
        "army",
        "navy",
        "committee",
        "museum",
        "gallery",
        "library",
        "center",
        "centre",
        "hotel",
        "stadium",
        "arena",
        "airport",
        "prison",
        "zoo",
        "marathon",
        "gala",
        "awards",
        "festival",
        "games",
        "olympics",
        "prize",
        "award",
    }
)
# General lexicons of the world's non-person one-word names that the small NER often tags PERSON. A
# one-word person record spelled as one of them (and not also a given name) is no person.
# Broadcasters, networks, news sites and magazines: "told CNN", "Bravo's show", "on Vogue's cover".
OUTLET_NAMES = frozenset(
    {
        *TV_BROADCASTERS,
        "cnn",
        "msnbc",
        "cnbc",
        "espn",
        "tmz",
        "politico",
        "vogue",
        "elle",  # also a given name, so never applied alone (world_word keeps given names)
        "cosmopolitan",
        "bustle",
        "buzzfeed",
        "hollywoodlife",
        "radaronline",
        "popsugar",
    }
)
# Fashion houses and luxury labels named by one word: "wearing Gucci", "a Givenchy gown".
FASHION_HOUSES = frozenset(
    {
        "gucci",
        "versace",
        "givenchy",
        "dolce",
        "gabbana",
        "prada",
        "fendi",
        "balenciaga",
        "balmain",
        "burberry",
        "hermes",
        "hermès",
        "marchesa",
        "moschino",
        "lanvin",
        "louboutin",
        "vuitton",
        "ferragamo",
        "bulgari",
        "bvlgari",
        "cartier",
    }
)
# Branded products and treatments: "she tried Botox".
PRODUCT_NAMES = frozenset({"botox", "juvederm", "restylane", "xanax", "ambien", "adderall", "ozempic"})
# Fictional heroes and villains whose one-word name is never a real person's.
CHARACTER_NAMES = frozenset(
    {
        "batman",
        "superman",
        "aquaman",
        "spiderman",
        "spider-man",
        "catwoman",
        "wolverine",
        "deadpool",
        "lucifer",
        "hulk",
        "shrek",
        "cinderella",
        "voldemort",
    }
)
# Styles of address that stand for a royal or a cleric: "Her Majesty", "His Holiness".
STYLE_WORDS = frozenset({"majesty", "highness", "holiness", "excellency", "lordship", "ladyship", "eminence"})
WORLD_NOT_PERSON_WORDS = (
    OUTLET_NAMES | FASHION_HOUSES | PRODUCT_NAMES | CHARACTER_NAMES | STYLE_WORDS | GROUP_MEMBER_WORDS
)
