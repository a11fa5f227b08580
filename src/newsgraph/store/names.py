"""Name keys for matching entities across articles: case, quotes, titles and possessives folded."""

from __future__ import annotations

import re

_TITLE_WORDS = """mr mrs ms miss dr prof sir dame lord lady rev gen col maj capt lt sgt adm cmdr
    president vice prime minister chancellor secretary senator sen rep representative
    gov governor mayor judge justice chief ceo chairman chairwoman king queen prince
    princess pope state deputy former acting foreign defense defence finance interior
    russian american british french german chinese us uk the councillor councilor
    councilman councilwoman commissioner superintendent ambassador attorney general
    spokesman spokeswoman director"""
TITLES = frozenset(_TITLE_WORDS.split())
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
_HONORIFICS = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}
_PUNCT = re.compile(r"[^\w\s'-]")
_POSSESSIVE = re.compile(r"'s?$")


def name_key(name: str, person: bool = True) -> str:
    """A matching key: lower case, no punctuation; a person's leading titles, else 'the', go."""
    folded = name.replace("’", "'").lower().replace("u.s.", "us ").replace("u.k.", "uk ")
    words = _PUNCT.sub(" ", folded).split()
    words = [_POSSESSIVE.sub("", w) if i == len(words) - 1 else w for i, w in enumerate(words)]
    words = [w.strip("'-") for w in words if w.strip("'-")]
    titles = TITLES if person else frozenset({"the"})
    while len(words) > 1 and words[0] in titles:
        words.pop(0)
    return " ".join(words)


def display_name(name: str, person: bool = True) -> str:
    """The name as written, less the leading titles `name_key` drops."""
    words = name.split()
    titles = TITLES if person else frozenset({"the"})
    while len(words) > 1 and name_key(words[0], person=False).rstrip(".") in titles:
        words.pop(0)
    return " ".join(words)


def surname(key: str) -> str:
    """The last word of a name key, less a "Jr."/"III": how a person is referred to later."""
    words = key.split()
    while len(words) > 1 and words[-1] in _SUFFIXES:
        words.pop()
    return words[-1] if words else key


def honorifics(names: list[str]) -> frozenset[str]:
    """Genders the names' courtesy titles state ("Mr." m, "Mrs."/"Ms." f): a clash rules out."""
    found = set()
    for name in names:
        words = _PUNCT.sub(" ", name.lower()).split()
        if len(words) > 1 and words[0] in _HONORIFICS:
            found.add(_HONORIFICS[words[0]])
    return frozenset(found)


def without_initials(key: str) -> str:
    """A full name key less its middle initials ("donald j trump" is "donald trump")."""
    words = key.split()
    if len(words) < 3:
        return key
    return " ".join([words[0], *(w for w in words[1:-1] if len(w) > 1), words[-1]])


def is_full_name(key: str) -> bool:
    return " " in key


def given_name(key: str) -> str:
    return key.split(" ", 1)[0]


def plausible_person(name: str) -> bool:
    """Could this be a person's full name, one whose surname a bare word may stand for?

    Two or three words (not counting "Jr."), first and last capitalised, no possessive
    inside, no handle, no number: headline fragments tagged as people ("Smith's Plan
    Fails", "@handle Twitter") must not stand as someone a bare surname could mean.
    """
    if any(ch.isdigit() or ch in "@#" for ch in name):
        return False
    written = display_name(name.replace("’", "'")).split()
    if not written or not (written[0][0].isupper() and written[-1][0].isupper()):
        return False
    if any(w.endswith("'s") for w in written[:-1]):
        return False
    words = [w for w in name_key(name).split() if w not in _SUFFIXES]
    return 2 <= len(words) <= 3


def shouted(name: str) -> bool:
    """An all-capitals word ("WASHINGTON —") is a dateline or a headline, not a surname."""
    return len(name) > 3 and name.isupper()
