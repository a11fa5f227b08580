"""Counts, GDELT-style: a number with the thing it counts, money and percentages apart.

"75 Russian rabbis" → 75, unit "rabbis", modifiers ["Russian"]; "400 of their
colleagues" → 400, "colleagues"; "$2.4 million" → money 2400000 USD; "12%" →
percent 12. Years, dates and times are the times component's, never counts; a
vote tally such as "7-2" is not a range.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from newsgraph.nlp.extensions import attribute, doc_text, register_extensions
from newsgraph.nlp.numbers import ABBREVIATED_SCALES, YEAR, parse_number

NUMBER_LABELS = frozenset({"CARDINAL", "MONEY", "PERCENT", "QUANTITY"})
SKIPPED_LABELS = frozenset({"DATE", "TIME", "ORDINAL"})
CURRENCY_SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₽": "RUB", "₪": "ILS"}
CURRENCY_WORDS = {
    "dollar": "USD",
    "euro": "EUR",
    "pound": "GBP",
    "sterling": "GBP",
    "yen": "JPY",
    "ruble": "RUB",
    "rouble": "RUB",
    "shekel": "ILS",
    "yuan": "CNY",
    "rupee": "INR",
    "franc": "CHF",
    "renminbi": "CNY",
    "kronor": "SEK",
    "zloty": "PLN",
    "lira": "TRY",
    "baht": "THB",
    "ringgit": "MYR",
    "riyal": "SAR",
    "dirham": "AED",
    "naira": "NGN",
    "rupiah": "IDR",
    "forint": "HUF",
    "koruna": "CZK",
    "hryvnia": "UAH",
    "rand": "ZAR",
    "won": "KRW",
}
_NORWAY = re.compile(r"\b(?:Norw(?:ay|egian)|Oslo|Bergen|Trondheim)\b")
_DENMARK = re.compile(r"\b(?:Denmark|Danish|Copenhagen|Aarhus)\b")
CURRENCY_PREFIXES = {"us$": "USD", "a$": "AUD", "c$": "CAD", "hk$": "HKD", "nz$": "NZD"}
# "hundreds of" and the like: no exact value, a floor and a ceiling.
VAGUE = {
    "dozens": (24.0, 99.0),
    "scores": (40.0, 99.0),
    "hundreds": (200.0, 999.0),
    "thousands": (2_000.0, 9_999.0),
    "tens of thousands": (20_000.0, 99_999.0),
    "hundreds of thousands": (200_000.0, 999_999.0),
    "millions": (2_000_000.0, 9_999_999.0),
}
NEUTRAL = ("about", "around", "roughly", "approximately", "some", "an estimated", "almost")
LOWER_BOUND = ("more than", "over", "at least", "upwards of", "in excess of")
UPPER_BOUND = ("fewer than", "less than", "up to", "at most", "under", "no more than", "nearly")
# words a number names a thing after: 'type 2', 'number nine', 'Article 50', 'level 3'
_LABEL_WORDS = frozenset(
    [
        "type",
        "number",
        "no",
        "category",
        "level",
        "grade",
        "phase",
        "stage",
        "article",
        "section",
        "chapter",
        "page",
        "room",
        "gate",
        "platform",
        "route",
        "flight",
        "tier",
        "version",
        "class",
    ]
)
_MORE = frozenset({"more", "fewer", "other", "additional", "extra"})
_VAGUE = re.compile(
    r"\b(tens of thousands|hundreds of thousands|dozens|scores|hundreds|thousands|millions)"
    r" of\b",
    re.IGNORECASE,
)
_SHORT_SCALES = "|".join(sorted(ABBREVIATED_SCALES, key=lambda s: (-len(s), s)))
_SCALES = f"million|billion|trillion|{_SHORT_SCALES}"
_NUMBER = re.compile(
    rf"(?:\d[\d,]*(?:\.\d+)?|\.\d+)(?:\s*(?:{_SCALES})\b)?"
    r"|\b(?:(?:[a-z]+teen|[a-z]+ty|a|an|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|dozen)\b(?:[- ](?:and )?[a-z]+\b)*)",
    re.IGNORECASE,
)
_SCALE = rf" ?(?:{_SCALES})\b"
_SIGN = r"(?:(?:us|a|c|hk|nz)?[$€£¥₽₪] ?)?"
_RANGE = re.compile(
    rf"(?:between |from )?{_SIGN}(?P<low>[\d.,]+|[a-z-]+)(?P<low_scale>{_SCALE})?"
    rf" ?(?:and|to|-|–) ?{_SIGN}(?P<high>[\d.,]+|[a-z-]+)(?P<scale>{_SCALE})?",
    re.IGNORECASE,
)
# '£3bn', '$40k': a sum spaCy may not tag, with its sign and scale written on the number
_SIGNED = re.compile(rf"[$€£¥₽₪]\d[\d,.]*(?:{_SHORT_SCALES})?\b")
# '284p', '4.2p': pence, as British business news writes share prices and dividends
_PENCE = re.compile(r"(?<![\w.,£$])(\d[\d,]*(?:\.\d+)?)p\b(?!\.?m\b)")
# 'one in four nurses', '3 in 10 voters': a share, not two counts
_SMALL = r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred)"
_RATIO = re.compile(rf"\b{_SMALL} in {_SMALL}\b", re.IGNORECASE)
_BETWEEN = re.compile(r"(?:between|from)\b")
_GLUED_SCALE = re.compile(rf"(\d)({_SCALES})\b")
_PERCENT = re.compile(r"%|\bper ?cent\b|\bpercentage points?\b", re.IGNORECASE)
_PREFIXED = re.compile(r"\b(?:us|a|c|hk|nz)\$")
_SYMBOL = re.compile("[" + "".join(CURRENCY_SYMBOLS) + "]")
_TALLY = re.compile(r"(?<![\d.,])(\d{1,3})\s*[-–]\s*(\d{1,3})(?![\d.,%])")
# '14:31' in a live report, 'about 3.15pm': a time, not a count
_CLOCK = re.compile(r"(?:^|\s)\d{1,2}(?:(?:[:.]\d\d)?\s*[ap]\.?m\.?|:\d\d)$", re.IGNORECASE)
_CODE = re.compile(r"[A-Za-z]+-?\d[\w-]*")  # a name with a number in it: 'the A413', 'F-16'


@dataclass(frozen=True)
class Amount:
    value: float | None
    low: float | None = None
    high: float | None = None


class CountTagger:
    """Find numbers in the text and say what each one counts."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        doc._.set(attribute("counts"), self.counts(doc))
        return doc

    def counts(self, doc: Doc) -> list[dict[str, Any]]:
        text = doc_text(doc)
        taken = [(t["start"], t["end"]) for t in doc._.get(attribute("times")) or []]
        taken += [(e.start_char, e.end_char) for e in doc.ents if e.label_ in SKIPPED_LABELS]
        out = []
        for span in _number_spans(doc, text):
            if any(span.start_char < e and span.end_char > s for s, e in taken):
                continue
            count = describe(span, text)
            if count is not None:
                out.append(count)
        return out


def _number_spans(doc: Doc, text: str) -> list[Span]:
    ratios = [doc.char_span(m.start(), m.end(), "RATIO") for m in _RATIO.finditer(text)]
    shares = [r for r in ratios if r is not None]
    spans = [_as_written(e) for e in doc.ents if e.label_ in NUMBER_LABELS]
    spans = [s for s in spans if not _clashes(s, shares)]
    spans += shares
    missed = [(m.start(), m.end(), "MONEY") for m in _SIGNED.finditer(text)]
    missed += [(m.start(), m.end(), "MONEY") for m in _PENCE.finditer(text)]
    missed += [(m.start(), m.end(1), "") for m in _VAGUE.finditer(text)]
    for start, end, label in missed:
        span = doc.char_span(start, end, label=label)
        if span is not None and not _clashes(span, spans):
            spans.append(span)
    return _ranges_joined(doc, sorted(spans, key=lambda s: s.start))


def _clashes(span: Span, others: list[Span]) -> bool:
    return any(o.start < span.end and span.start < o.end for o in others)


def _ranges_joined(doc: Doc, spans: list[Span]) -> list[Span]:
    """'between 8,000 and 9,000 homes' as one range where spaCy found two numbers."""
    out: list[Span] = []
    for span in spans:
        before = out[-1] if out else None
        if (
            before is not None
            and before.label_ == span.label_
            and span.start - before.end == 1
            and doc[before.end].lower_ in ("and", "to")
            and _BETWEEN.search(doc[max(0, before.start - 1) : before.start + 1].text.lower())
        ):
            out[-1] = Span(doc, before.start, span.end, span.label_)
        else:
            out.append(span)
    return out


def _as_written(ent: Span) -> Span:
    """'$120,000' where spaCy's entity left the currency sign out ('120,000'), '2.3m' where
    it left the scale out ('2.3'), '70 km/h' where it stopped at the slash ('70 km'); and
    without a preposition it took in ('complaints about two airlines' is no estimate)."""
    doc = ent.doc
    start, end = ent.start, ent.end
    if end - start > 1 and doc[start].dep_ == "prep" and not ent.text.lower().startswith("up to "):
        start += 1  # but 'up to £200 million' is at most that
    if start > 0 and doc[start - 1].text in CURRENCY_SYMBOLS and not doc[start - 1].whitespace_:
        start -= 1
    if end < len(doc) and not doc[end - 1].whitespace_ and doc[end].lower_ in ABBREVIATED_SCALES:
        end += 1
    if ent.label_ == "QUANTITY" and _per_unit(doc, end):
        end += 2
    if end + 1 < len(doc) and doc[end].lower_ == "per" and doc[end + 1].lower_ == "cent":
        end += 2  # 'about 30 per cent', which spaCy takes for a bare number
    return ent if (start, end) == (ent.start, ent.end) else Span(doc, start, end, ent.label_)


def _per_unit(doc: Doc, end: int) -> bool:
    """A slash and a unit glued after a measure ('km' then '/h')."""
    if end + 1 >= len(doc) or doc[end].text != "/":
        return False
    glued = not doc[end - 1].whitespace_ and not doc[end].whitespace_
    return glued and doc[end + 1].text[:1].isalpha()


def describe(span: Span, text: str) -> dict[str, Any] | None:
    """The count a number span makes, or None when it is not one (a year, a tally, a
    clock time, a label such as 'type 2' or 'Article 50')."""
    raw = text[span.start_char : span.end_char].rstrip()
    written = raw[:-1] if raw.endswith(".") else raw  # '€2.5m.' at a sentence's end
    end = span.start_char + len(written)
    if _is_tally(text, span.start_char, span.end_char) or _labels(span):
        return None
    if _CLOCK.search(written):
        return None
    if span.label_ == "RATIO":
        kind, currency, amount = "percent", None, _share(written)
    else:
        kind, currency = _kind(span, written)
        amount = parse_amount(written)
    if amount is None:
        return None
    if _PENCE.search(written) or _in_pence(span):
        kind, currency, amount = "money", "GBP", _in_pounds(amount)
    unit, modifiers = (currency, []) if kind != "count" else counted_thing(span)
    if kind == "count" and _CODE.fullmatch(written):
        return None
    if kind == "count" and unit is None and YEAR.fullmatch(written):
        return None
    if kind == "percent":
        unit = "percent"
    if kind == "count" and unit is None and written.lower() in {"one", "a", "an"}:
        return None
    if kind == "count" and written.lower() == "one" and text.startswith(" of ", end):
        return None  # 'one of the goals' picks one out; it counts nothing
    return {
        "start": span.start_char,
        "end": end,
        "kind": kind,
        "value": amount.value,
        "low": amount.low,
        "high": amount.high,
        "unit": unit,
        "modifiers": modifiers,
    }


def _share(written: str) -> Amount | None:
    """'one in four' as the percentage it is: 25."""
    part, whole = (parse_number([w]) for w in written.lower().split(" in "))
    if part is None or not whole:
        return None
    return Amount(round(100 * part / whole, 12))


def _in_pence(span: Span) -> bool:
    """'55 pence', '40 to 55 pence': the word inside spaCy's span or right after it."""
    doc = span.doc
    last = doc[span.end] if span.end < len(doc) and span[-1].like_num else span[-1]
    return last.lower_ in ("pence", "penny")


def _in_pounds(pence: Amount) -> Amount:
    def pounds(value: float | None) -> float | None:
        return None if value is None else round(value / 100, 12)

    return Amount(pounds(pence.value), pounds(pence.low), pounds(pence.high))


def _labels(span: Span) -> bool:
    """A number that names rather than counts: 'type 2 diabetes', 'the number nine shirt'."""
    doc = span.doc
    return (
        span.start > 0
        and doc[span.start - 1].lower_.rstrip(".") in _LABEL_WORDS
        and all(t.like_num for t in span)
    )


def _kind(span: Span, written: str) -> tuple[str, str | None]:
    after = span.doc[span.end].text if span.end < len(span.doc) else ""
    if _PERCENT.search(written) or (span.label_ == "PERCENT" and _PERCENT.match(after)):
        return "percent", None  # spaCy's PERCENT alone is not enough: "as much as 30 feet"
    currency = _currency(span, written)
    if span.label_ == "MONEY" or currency is not None:
        return "money", currency
    if any(t.lower_ in ("krone", "kroner") for t in span.doc[span.start : span.end + 1]):
        return "money", _krone(span.doc)
    return "count", None


def _krone(doc: Doc) -> str | None:
    """Danish or Norwegian kroner, by the country the story names (None: it names both
    or neither)."""
    text = doc_text(doc)
    norway, denmark = bool(_NORWAY.search(text)), bool(_DENMARK.search(text))
    if norway != denmark:
        return "NOK" if norway else "DKK"
    return None


def _currency(span: Span, written: str) -> str | None:
    prefixed = _PREFIXED.search(written.lower())
    if prefixed is not None:
        return CURRENCY_PREFIXES[prefixed.group(0)]
    symbol = _SYMBOL.search(written)
    if symbol is not None:
        return CURRENCY_SYMBOLS[symbol.group(0)]
    words = [t.lemma_.lower() for t in span] + [t.lemma_.lower() for t in span.doc[span.end :][:1]]
    for word in words:
        if word.rstrip("s") in CURRENCY_WORDS:
            return CURRENCY_WORDS[word.rstrip("s")]
    return None


def _is_tally(text: str, start: int, end: int) -> bool:
    """ "voted 7-2", "a 5-4 decision": two numbers, the larger first, are a score."""
    match = _TALLY.search(text, max(0, start - 4), min(len(text), end + 4))
    if match is None or match.end() < start or match.start() > end:
        return False
    return int(match.group(1)) >= int(match.group(2))


def parse_amount(written: str) -> Amount | None:
    """The value of a written number, with bounds for ranges and hedges."""
    lowered = written.lower().replace("’", "'").strip()
    for phrase, (low, high) in VAGUE.items():
        if lowered == phrase or lowered.startswith(phrase + " of"):
            return Amount(None, low, high)
    lowered = re.sub(r"^(?:us|a|c|hk|nz)?[$€£¥₽₪]\s*", "", lowered)
    hedge, lowered = _hedge(lowered)
    span_range = _range(lowered)
    if span_range is not None:
        return span_range
    match = _NUMBER.search(lowered)
    if match is None:
        return None
    value = parse_number([_spaced_scale(match.group(0))])
    if value is None:
        return None
    if hedge in LOWER_BOUND:
        return Amount(value, low=value)
    if hedge in UPPER_BOUND:
        return Amount(value, high=value)
    return Amount(value)


def _spaced_scale(number: str) -> str:
    return _GLUED_SCALE.sub(r"\1 \2", number)


def _hedge(lowered: str) -> tuple[str | None, str]:
    for hedge in NEUTRAL + LOWER_BOUND + UPPER_BOUND:
        if lowered.startswith(hedge + " "):
            return hedge, lowered[len(hedge) + 1 :]
    return None, lowered


def _range(lowered: str) -> Amount | None:
    match = _RANGE.match(lowered)
    if match is None:
        return None
    scale = match.group("scale") or ""
    low = parse_number([_spaced_scale(match.group("low") + (match.group("low_scale") or scale))])
    high = parse_number([_spaced_scale(match.group("high") + scale)])
    if low is None or high is None or low >= high:
        return None
    return Amount(None, low, high)


def counted_thing(span: Span) -> tuple[str | None, list[str]]:
    """What a number counts: the noun it modifies, or the noun after "of"."""
    number = span[-1]
    if span.label_ == "QUANTITY" and number.pos_ in ("NOUN", "PROPN"):
        last = max((t.i for t in span if t.like_num), default=span.start - 1)
        # '140 km/h' measures in 'km/h', not 'h' (nor 'km/h.' at a sentence's end)
        unit = span.doc[last + 1 : span.end].text.rstrip(".")
        return unit or number.text, []
    numbers = [t for t in reversed(span) if t.like_num or t.dep_ == "nummod" or t == number]
    heads = (_counted_noun(t) for t in numbers)
    head = next((h for h in heads if h is not None), _plural_after(span))
    if head is None:
        return None, []
    modifiers = [
        _with_compounds(child)
        for child in head.children
        if child.dep_ in {"amod", "compound", "nmod"}
        and child.i > span.end - 1
        and child.i < head.i
        and not child.like_num
    ]
    return head.text, modifiers


def _plural_after(span: Span) -> Token | None:
    """'dozens more people' parsed as two subjects: the plural noun right after the number,
    past a 'more', 'fewer' or 'other'."""
    doc = span.doc
    i = span.end
    if i < len(doc) and doc[i].lower_ in _MORE:
        i += 1
    return doc[i] if i < len(doc) and doc[i].tag_ == "NNS" else None


def _counted_noun(number: Token) -> Token | None:
    if number.dep_ == "conj" and number.head.like_num:
        number = number.head
    head = number.head
    if head.lower_ in ABBREVIATED_SCALES and head.i == number.i + 1 and not number.whitespace_:
        number, head = head, head.head  # '2.3m people': the scale is part of the number
    if number.dep_ in {"nummod", "quantmod", "amod"} and head.pos_ in {"NOUN", "PROPN"}:
        if head.i <= number.i:
            return None
        glued = head.doc[number.i + 1].text == "-"  # 'a three-storey house' counts storeys
        while head.dep_ == "compound" and head.head.i > head.i and not glued:
            head = head.head  # '60 distance runners' counts runners
        return head
    for child in number.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects and objects[0].pos_ in {"NOUN", "PROPN"}:
                return objects[0]
    return None


def _with_compounds(token: Token) -> str:
    parts = [c for c in token.children if c.dep_ == "compound" and c.i < token.i]
    return " ".join([p.text for p in parts] + [token.text])
