"""Numbers as news writes them: digits, words ("seventy-five"), scales ("1.2 million").

Shared by the time normaliser ("two weeks ago") and the counts component.
"""

from __future__ import annotations

import re

YEAR = re.compile(r"(?:1[89]|20)\d\d")  # a year as news writes it: 1998, 2040

UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
SCALES = {
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
    "m": 1_000_000,
    "mn": 1_000_000,
    "bn": 1_000_000_000,
    "tn": 1_000_000_000_000,
    "k": 1_000,
}
# the scales written short and glued to a number: '2.3m', '£3bn', '$40k'
ABBREVIATED_SCALES = frozenset({"m", "mn", "bn", "tn", "k"})
SINGLES = {"a": 1, "an": 1, "single": 1, "dozen": 12, "half": 0.5, "couple": 2}
ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "last": -1,
}
NUMBER_WORDS = frozenset(UNITS) | frozenset(TENS) | frozenset(SCALES) - ABBREVIATED_SCALES

_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d*\.?\d+$")
_ORDINAL_DIGITS = re.compile(r"^(\d+)(?:st|nd|rd|th)$")


def parse_digits(word: str) -> float | None:
    """`1,200` → 1200.0, `2.4` → 2.4; None for anything else."""
    if _DIGITS.match(word):
        return float(word.replace(",", ""))
    return None


def parse_number(words: list[str]) -> float | None:
    """The value of a run of number words or digits, or None if it is not one.

    Handles "seventy-five", "twenty four", "two hundred and ten", "1.2 million",
    "a dozen", "three dozen".
    """
    tokens = [t for w in words for t in w.lower().replace("-", " ").split()]
    if len(tokens) > 2 and tokens[-2:] == ["a", "half"]:
        whole = parse_number([" ".join(tokens[:-2]).removesuffix(" and")])
        return None if whole is None else whole + 0.5
    if not tokens:
        return None
    total = 0.0
    current: float | None = None
    for token in tokens:
        value = _word_value(token)
        if value is None:
            if token == "and" and current is not None:
                continue
            return None
        kind, number = value
        if kind == "scale":
            base = 1.0 if current is None else current
            if number >= 1000:
                total += base * number
                current = None
            else:
                current = base * number
        elif kind == "dozen":
            current = (1.0 if current is None else current) * number
        else:
            current = number if current is None else current + number
    if current is not None:
        total += current
    return float(f"{total:.12g}")  # 4.1 × 10⁹ is 4099999999.9999995 in binary


def _word_value(token: str) -> tuple[str, float] | None:
    digits = parse_digits(token)
    if digits is not None:
        return ("number", digits)
    if token in UNITS:
        return ("number", float(UNITS[token]))
    if token in TENS:
        return ("number", float(TENS[token]))
    if token in SCALES:
        return ("scale", float(SCALES[token]))
    if token == "dozen":
        return ("dozen", 12.0)
    if token in SINGLES:
        return ("number", float(SINGLES[token]))
    return None


def parse_ordinal(word: str) -> int | None:
    """`third` → 3, `21st` → 21, `last` → -1."""
    word = word.lower()
    if word in ORDINALS:
        return ORDINALS[word]
    match = _ORDINAL_DIGITS.match(word)
    return int(match.group(1)) if match else None


def is_number_word(word: str) -> bool:
    """True for a word that can be part of a spelled-out number."""
    lower = word.lower()
    return all(part in NUMBER_WORDS for part in lower.split("-")) or parse_digits(lower) is not None
