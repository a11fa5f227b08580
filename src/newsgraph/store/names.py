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
    """The last word of a name key: how a person is referred to once introduced."""
    return key.rsplit(" ", 1)[-1]


def is_full_name(key: str) -> bool:
    return " " in key
