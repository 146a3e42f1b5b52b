"""The vocabulary speakers are described in: titles, roles, institutions and government bodies.

Reading a speaker phrase (:mod:`store.extract.speakers`) asks the same few questions of words:
is this a title before a name, does a capitalised run name an institution rather than a person,
what does a role after a name make its holder (an official, an expert, someone else), and
which short name does a government body go by. The word lists and the small pure functions
over them live here, apart from the patterns and the book that resolve references, so that
sources and evaluation can ask them without depending on how phrases are parsed.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Words that make up titles and roles before a name ("Defense Secretary Lloyd Austin").
TITLE_WORDS = frozenset(
    [
        "president",
        "vice",
        "secretary",
        "minister",
        "prime",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "advisor",
        "adviser",
        "director",
        "commander",
        "chief",
        "general",
        "gen.",
        "lt.",
        "col.",
        "maj.",
        "brig.",
        "adm.",
        "sgt.",
        *("spc.", "pfc.", "cpl.", "pvt.", "cmdr.", "cdr.", "ens.", "specialist", "corporal", "private", "staff"),
        "capt.",
        "admiral",
        "colonel",
        "major",
        "lieutenant",
        "sergeant",
        "captain",
        "deputy",
        "press",
        "senator",
        "sen.",
        "rep.",
        "representative",
        "ambassador",
        "governor",
        "gov.",
        "mayor",
        "coordinator",
        "head",
        "leader",
        "envoy",
        "chairman",
        "speaker",
        "mr.",
        "ms.",
        "mrs.",
        "dr.",
        "sheikh",
        "ayatollah",
        "defence",
        "defense",
        "foreign",
        "national",
        "security",
        "council",
        "communications",
        "strategic",
        "pentagon",
        "white",
        "house",
        "state",
        "department",
        "central",
        "command",
        "joint",
        "chiefs",
        "staff",
        "army",
        "air",
        "force",
        "navy",
        "military",
        "operations",
        "affairs",
        "public",
        "information",
        "media",
        "office",
        "ministry",
        "interior",
        *("treasury", "justice", "attorney"),
        "commander-in-chief",
        "kurdistan",
        "region",
        "regional",
        "government",
        "krg",
        "iraqi",
        "us",
        "u.s.",
        "american",
        "iranian",
        "syrian",
        "kurdish",
        "jordanian",
        "british",
        "french",
        "israeli",
        "sdf",
        "pmf",
        "popular",
        "mobilization",
        "forces",
        "centcom",
        "resistance",
        "islamic",
        "spokesman's",
    ]
)


# Government bodies that reports name in several ways, each under the one short name analysts use,
# so that "U.S. Central Command" in one sentence or article and "CENTCOM" in the next are one
# speaker and one source (as sources._AGENCIES does for outlets). Aliases are compared by
# _body_key, which folds case, "U.S."/"United States" to "us", punctuation and a leading "the";
# a body not listed keeps the name the text gives it.
BODIES: dict[str, tuple[str, ...]] = {
    "CENTCOM": (
        "CENTCOM",
        "Central Command",
        "US Central Command",
        "US Central Command (CENTCOM)",
        "Central Command (CENTCOM)",
    ),
    "Pentagon": (
        "Pentagon",
        "Department of Defense",
        "Department of Defence",
        "Defense Department",
        "Defence Department",
        "US Department of Defense",
        "US Department of Defence",
        "US Defense Department",
        "US Defence Department",
        "DoD",
    ),
    "State Department": ("State Department", "Department of State", "US State Department"),
}
_NOT_KEY = re.compile(r"[^\w\s]+")


def _body_key(name: str) -> str:
    """``name`` folded so that the spellings of one alias compare equal ("the U.S. Central Command")."""
    key = name.replace("․", ".").casefold().replace("u.s.", "us").replace("united states", "us")
    words = _NOT_KEY.sub(" ", key).split()
    return " ".join(words[1:] if words[:1] == ["the"] else words)


_BODY_BY_KEY = {_body_key(alias): name for name, aliases in BODIES.items() for alias in aliases}


@lru_cache(maxsize=256)
def canonical_body(name: str) -> str | None:
    """The short name of the government body ``name`` is an alias of, or None if it is none.

    Called only on a name already decided (a speaker, a source), never on running text:
    one dict look-up, cached because an article repeats the same few names.
    """
    return _BODY_BY_KEY.get(_body_key(name))


# -- institutions: capitalised runs that name a body, not a person ------------------------------

# The head word of a government body's name ("Kurdistan Region Counter-Terrorism Directorate",
# "Interior Ministry", "U.S. Army Central" has "Army" among title words): a name ending in one
# of these, or made only of title words with one of these among them, names no person.
INSTITUTION_WORDS = frozenset(
    [
        "directorate",
        "directorate-general",
        "ministry",
        "command",
        "council",
        "agency",
        "forces",
        "force",
        "office",
        "department",
        "service",
        "services",
        "government",
        "cell",
        "committee",
        "commission",
        "authority",
        "army",
        "navy",
        "corps",
        "police",
        "parliament",
        "embassy",
        "consulate",
        "headquarters",
        "administration",
        "presidency",
        "secretariat",
        "mission",
        "observatory",
        # military units: "the 926th Engineer Battalion said in a statement"
        "battalion",
        "brigade",
        "regiment",
        "division",
        "squadron",
    ]
)
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&-]+")


def body_in_run(words: list[str]) -> str | None:
    """The government body a capitalised run names, or None: the run's words, a leading "The" dropped.

    A body's head word is an institution ("... Directorate"); a run of title words holding one
    ("Army Central") is a body too; and a name after "The" is no person's ("The PMF"), but an
    acronym there is an organisation.
    """
    if words and words[0] == "The":
        words = words[1:]
        if len(words) == 1 and _ACRONYM.fullmatch(words[0]):
            return words[0]
    if not words:
        return None
    lowered = [w.lower().rstrip(",") for w in words]
    if lowered[-1] in INSTITUTION_WORDS or (
        len(words) > 1 and all(w in TITLE_WORDS for w in lowered) and not INSTITUTION_WORDS.isdisjoint(lowered)
    ):
        return " ".join(words)
    return None


# -- roles given after a name ----------------------------------------------------------------

# An appositive role ("Rasha Kareem, a researcher at ...") names an official when it holds one of
# these words, and an outside expert when it holds one of _EXPERT_ROLE_WORDS; an expert word wins
# ("a former official who is now an analyst" speaks as the analyst). Compared on whole words.
_OFFICIAL_ROLE_WORDS = frozenset(
    [
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "official",
        "minister",
        "commander",
        "general",
        "officer",
        "ambassador",
        "adviser",
        "advisor",
        "secretary",
        "director",
        "chief",
        "envoy",
        "governor",
        "mayor",
        "president",
        "vice-president",
        "senator",
        "lawmaker",
        "deputy",
        "diplomat",
        "colonel",
        "admiral",
        "captain",
        "lieutenant",
        "sergeant",
        "head",
        "chairman",
        "chairwoman",
        "attaché",
        "attache",
        "coordinator",
        "aide",
        "representative",
        "undersecretary",
        "under-secretary",
        "governor-general",
        "director-general",
        "secretary-general",
        "commander-in-chief",
    ]
)
_EXPERT_ROLE_WORDS = frozenset(
    [
        "analyst",
        "researcher",
        "expert",
        "professor",
        "fellow",
        "scholar",
        "academic",
        "specialist",
        "lecturer",
        "historian",
        "economist",
        "analysts",
        "experts",
    ]
)
# Other words that make an appositive a description of a person rather than of a time or an event
# (", a day after the attack" is no role).
_PERSON_ROLE_WORDS = frozenset(
    [
        "member",
        "resident",
        "witness",
        "activist",
        "journalist",
        "correspondent",
        "editor",
        "author",
        "leader",
        "founder",
        "veteran",
        "lawyer",
        "doctor",
        "medic",
        "contractor",
        "soldier",
        "worker",
        "student",
        "teacher",
        "farmer",
        "driver",
        "engineer",
        "candidate",
        "former",
        "retired",
    ]
)
# Words that describe a civilian by family, work or home: "a mother of three", "a shopkeeper".
_CIVILIAN_WORDS = frozenset(
    [
        "mother",
        "father",
        "son",
        "daughter",
        "wife",
        "husband",
        "brother",
        "sister",
        "grandfather",
        "grandmother",
        "widow",
        "uncle",
        "shopkeeper",
        "shop",
        "owner",
        "nurse",
        "schoolteacher",
        "shepherd",
        "trader",
        "merchant",
        "grocer",
        "mechanic",
        "pharmacist",
        "taxi",
        "university",
        "year-old",
        "old",
        "elder",
        "imam",
        "priest",
        "mayor",
        "fisherman",
        "labourer",
        "laborer",
        "baker",
        "tailor",
        "carpenter",
        "builder",
        "villager",
        "displaced",
    ]
)
_ROLE_WORD_STRIP = ".,;:'’\"“”()"
_APPOSITIVE_ARTICLE = re.compile(r"^(?:an?|the)\s+", re.I)


def _role_words(role: str) -> set[str]:
    """The lower-cased words of a role, each also split at hyphens ("Baghdad-based")."""
    words = {w.strip(_ROLE_WORD_STRIP) for w in role.lower().split()}
    return words | {part for w in words if "-" in w for part in w.split("-")}


# Words that may stand before a name as its role: titles, and an expert's ("Analyst Samir Khoury").
ROLE_WORDS_BEFORE_NAMES = TITLE_WORDS | _EXPERT_ROLE_WORDS


def role_is_expert(role: str | None) -> bool:
    """True for an analyst's, researcher's or academic's role: a named person who is not an official."""
    return bool(role) and not _EXPERT_ROLE_WORDS.isdisjoint(_role_words(role))


def appositive_role(appositive: str) -> tuple[str, str] | None:
    """The role an appositive gives and the kind it makes: ("researcher at ...", "other").

    ``appositive`` is the clause after the name without its comma ("a spokesman for U.S. Army
    Central"). None when it describes no person, so a stray ", a day after ..." adds no role.
    """
    role = _APPOSITIVE_ARTICLE.sub("", appositive.strip()).strip()
    words = _role_words(role)
    if not role or not words:
        return None
    if not _EXPERT_ROLE_WORDS.isdisjoint(words):
        return role, "other"
    if not _OFFICIAL_ROLE_WORDS.isdisjoint(words):
        return role, "named official"
    if not _PERSON_ROLE_WORDS.isdisjoint(words):
        return role, "other"
    return None


_AGED = re.compile(r"an?\s+\d{1,3}-year-old\b")  # "a 29-year-old from the village of Dhiban"


def describes_a_person(appositive: str) -> bool:
    """Whether the words after a name say who that person is: an age ("41"), a "who" clause
    ("who runs a grocery shop"), a role, or a civilian's family, work or home ("a mother of three")."""
    app = appositive.strip()
    if app.isdigit() or app.startswith("who ") or _AGED.match(app):
        return True
    return appositive_role(app) is not None or not _CIVILIAN_WORDS.isdisjoint(_role_words(app))


# -- descriptions that stand in for a name -------------------------------------------------------

# A role that opens an appositive without an article ("Ronald Hastings, deputy commander of U.S.
# Central Command, said"), as press releases write it: official role words, and the words that
# qualify them.
# ", military spokesman for the prime minister,": a role may open with what it serves.
_ROLE_MODIFIERS = {"military", "security", "media", "foreign", "defense", "defence", "government", "top"}
APPOSITIVE_ROLE_OPENERS = tuple(
    sorted(_OFFICIAL_ROLE_WORDS | _ROLE_MODIFIERS | {"senior", "acting", "former", "chief", "press"})
)
# Titles put before a surname alone: "Secretary Austin", "Gen. Ryder", "Sen. Reed", "Mr. Smith".
PERSONAL_TITLES = frozenset(
    (
        *("secretary", "president", "minister", "premier", "general", "gen", "lt", "col", "maj", "brig", "adm"),
        *("sgt", "capt", "admiral", "colonel", "major", "lieutenant", "sergeant", "captain", "senator", "sen"),
        *("rep", "representative", "ambassador", "governor", "gov", "mayor", "sheikh", "ayatollah", "chairman"),
        *("mr", "ms", "mrs", "dr"),
    )
)
# A rank as a title gives it, and as "the colonel" refers back to its holder.
# Ranks as abbreviated before a name ("Spc.", "Sgt.", "Lt."): a soldier may be named by one and a
# first name alone ("Staff Sgt. Brianna").
RANK_ABBREVIATIONS = ("Spc", "Pfc", "Pvt", "Cpl", "Sgt", "Lt", "Capt", "Maj", "Col", "Gen", "Adm", "Cmdr")
RANK_NAMES = {
    **{word: word for word in ("general", "colonel", "major", "captain", "lieutenant", "sergeant", "admiral")},
    **{"gen": "general", "col": "colonel", "maj": "major", "capt": "captain", "lt": "lieutenant"},
    **{"sgt": "sergeant", "adm": "admiral", "cmdr": "commander", "commander": "commander"},
    **{"sen": "senator", "senator": "senator"},
}
# Offices one person holds: "the U.S. defense secretary", "the Iraqi prime minister" name a speaker
# by office, not an anonymous source, and are quoted as the text gives them.
OFFICE_NOUNS = ("secretary", "minister", "ambassador", "envoy", "president", "premier", "governor")
# "Aziz's nephew": a relative of someone named is named through them.
KIN_WORDS = frozenset(
    [
        *("nephew", "niece", "son", "daughter", "brother", "sister", "wife", "husband", "father", "mother"),
        *("cousin", "uncle", "aunt", "neighbour", "neighbor", "grandson", "granddaughter", "friend"),
    ]
)
# Plural nouns for armed groups: "Iraqi armed factions close to Iran" speak as the groups they are.
GROUP_NOUNS = ("factions", "militias", "groups")
