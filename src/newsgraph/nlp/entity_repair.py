"""Mentions repaired where the small spaCy model goes wrong on news text.

Each repair is a rule over the parse or the layout, not a list of names:
a mention never runs across a line break; a possessive or a leading "the"
is trimmed; a title-case headline's common words are no name; a dateline
("MOSCOW 2016-09-12", "BEIRUT (Reuters) -") names a place; a movement or
party tagged as a place is an organisation; a name the
document has already used is found again where spaCy missed it; and the same
name gets one type throughout the document.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import cache, cached_property
from itertools import accumulate, pairwise

from spacy.tokens import Doc, Span, Token

from newsgraph.clean import AGENCY_PATTERN
from newsgraph.nlp.attribution.lexicon import (
    NAMED_KINDS,
    ORGANISATION_HEADS,
    PERSON_HEADS,
    gender_of_name,
)
from newsgraph.nlp.extensions import after_comma, tokens_among, tokens_with_deps
from newsgraph.nlp.times.holidays import HOLIDAYS

REPORTED_TYPES = frozenset(
    {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"}
)
# the words a company's or a club's name ends in: 'Harlow Pharma', 'Kettering Rovers'
_COMPANY_WORDS = """pharma pharmaceuticals capital holdings motors airlines airways energy foods
    insurance partners ventures technologies labs logistics semiconductor telecom inc ltd plc
    llc corp jewellers brothers stores homes rovers wanderers athletic albion fc afc united
    rangers hotspur trains railways therapeutics biosciences biotech systems industries software
    robotics networks solutions electronics minerals mining resources petroleum chemicals
    securities bancorp financial studios aerospace shipping properties brewing breweries
    brewery distillers publishing engineering consulting manufacturing broadcasting
    printing catering trading construction water gas electric telecoms"""
# what a firm or club is called for short: "Rovers" for "Ashgate Rovers"
COMPANY_WORDS = frozenset(_COMPANY_WORDS.split())
_SHORT_NAMES = COMPANY_WORDS - {"inc", "ltd", "plc", "llc", "corp"}
# Nouns that make a name an organisation: "the Chabad movement", "Likud party".
ORG_HEADS = frozenset(
    {
        "movement",
        "party",
        "group",
        "organisation",
        "organization",
        "federation",
        "association",
        "union",
        "council",
        "committee",
        "foundation",
        "institute",
        "university",
        "church",
        "ministry",
        "agency",
        "company",
        "corporation",
        "bank",
        "club",
        "team",
        "network",
        "coalition",
        "alliance",
        "front",
        "brigade",
        "militia",
        "police",
        "constabulary",
        "authority",
        "commission",
    }
    | COMPANY_WORDS
)
PROPAGATED_TYPES = frozenset({"PERSON", "ORG", "GPE", "LOC"})
# Words that stand before a person's name as a title, never as part of it.
_TITLE_WORDS = """president vice senator sen rep representative congressman congresswoman governor
    gov mayor councilman councilwoman councillor councilor alderman minister premier chancellor
    secretary ambassador commissioner judge justice sheriff general gen colonel col lieutenant
    lt sergeant sgt captain capt major officer detective admiral commodore brigadier marshal
    dr doctor professor prof reverend rev treasurer comptroller superintendent inspector
    constable director chief
    rabbi imam bishop archbishop cardinal pope chairman chairwoman chair chairperson speaker coach
    mr mrs ms miss mx det insp supt dci cllr cmdr baroness baron"""
TITLES = frozenset(_TITLE_WORDS.split())
# how a name is addressed, not a role
HONORIFICS = frozenset(
    {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "mx", "mx.", "dr", "dr.", "sir", "dame"}
)
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*"
_DATELINE = re.compile(
    r"^[ \t]*([A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3})"
    r"(?=,? (?:\d{4}-\d\d-\d\d|\d{1,2} [A-Z][a-z]+|"
    + _MONTH
    + r"\.? \d{1,2}\b|\([A-Za-z ]+\)|[-–—] |[A-Z][a-z.]+(?: [A-Z][a-z.]+)?,? [-–—] ))",
    re.MULTILINE,
)
_DATELINE_COUNTRY = re.compile(r", ([A-Z][a-z]+(?: [A-Z][a-z]+)?) [-–—] ")
# capitalised words ending in a word bodies are named with: 'Competition and Markets Authority'
_BODY_KINDS = (
    NAMED_KINDS | {"authority", "agency", "office", "trust", "board", "service"} | COMPANY_WORDS
)
_BODY_NAME = re.compile(  # a plural's possessive may end a word: "Kelbury Traders' Association"
    r"(?<![\w'’-])(?:[A-Z][a-z]+(?:s['’])? (?:(?:and|of|for|on) )?){1,5}"
    rf"(?:{'|'.join(sorted(k.capitalize() for k in _BODY_KINDS))})\b"
)
# a name before the kind of body it names, in lower case: 'the Unite union'
_NAMED_BEFORE_KIND = re.compile(
    rf"\b[Tt]he ([A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:{'|'.join(sorted(_BODY_KINDS))})\b"
)
# a brand written in camel case ('DigitalEurope', 'PayPal'), not a surname ('McCarthy',
# 'DeSantis', 'MacArthur', 'LaGuardia')
_CAMEL_CASE = re.compile(
    r"(?<![\w'’-])(?!(?:Mc|Mac|De|Di|Du|La|Le|Van|Von)[A-Z])"
    r"[A-Z][a-z]+[A-Z][A-Za-z]*[a-z](?![\w'’-])"
)
# an acronym before the kind of body it names: 'the FNV union', 'the SNP party'
_ACRONYM_BODY = re.compile(rf"(?<![\w'’-])([A-Z]{{2,6}}) (?:{'|'.join(sorted(_BODY_KINDS))})\b")
_AFTER_ARTICLE = re.compile(r"\b(?:[Aa]|[Aa]n|[Tt]he) ([a-z]+(?:-[a-z]+)*)\b")
# what a firm or body is described as after its name; not the kinds places are too
_FIRM_KINDS = (ORGANISATION_HEADS - {"state", "center", "centre", "site", "station"}) | {
    "chain",
    "broker",
    "brokerage",
    "app",  # 'the fitness app Stridely': the app's maker speaks by its name
    "platform",
    "developer",
    "housebuilder",
    "supermarket",
    "grocer",
    "streamer",
}
# how names of peoples end: 'Panamanian', 'Chinese', 'Danish', 'Israeli', 'Dutch', 'D.'
_DEMONYM_ENDINGS = ("an", "ese", "ish", "i", "ch", "ic", ".")
_SAYING_ON = frozenset({"say", "write", "post", "announce", "tweet", "comment", "speak", "appear"})
_POSTING_ON = frozenset({"write", "post", "tweet"})  # where one writes is a site
_MEDIA = frozenset({"newspaper", "paper", "daily", "magazine", "tabloid", "broadcaster"})
_PAREN_ACRONYM = re.compile(r" \(([A-Z]{2,6})\)")
_WORD = re.compile(r"[^\s()]+")
_ACRONYM_GLUE = frozenset({"of", "the", "and", "for", "in", "on", "&", "de", "du", "la"})
_NAMED_GROUPS = frozenset({"ORG", "GPE", "LOC", "FAC", "NORP"})
# who are 'in' a place, and only a place: 'Police in Cumbria said' ('people in Labour' is a party)
_LIVING_IN = frozenset({"police", "resident", "citizen", "inhabitant"})
_PLAYING_POST = re.compile(
    r" (?:striker|midfielder|defender|goalkeeper|winger|forward|full-back|centre-back"
    r"|manager|boss|head coach)\b"
)
_NEAR_MISREAD = frozenset({"PERSON", "PRODUCT", "WORK_OF_ART"})  # 'near Thirsk'
_PLACE_HOLDERS = frozenset(
    {"resident", "citizen", "inhabitant", "people", "mayor", "town", "village", "city"}
)
# whose name it is: 'her first name, Aisha', 'his full name, …'
_WHOSE_NAME = frozenset({"his", "her", "their", "first", "last", "full", "given"})
# the words a place is named after: 'the capital, Santa Clara,'
PLACE_WORDS = frozenset(
    {"capital", "city", "town", "village", "region", "province", "county", "district"}
    | {"island", "port", "suburb", "state", "country"}
)
_LAST_WORD = re.compile(r"\w+$")
_TITLE_BEFORE = re.compile(r"(?<![\w.])(\w+)\.? $")
_BASED_IN = re.compile(
    r"\b(?:(?:based|headquartered|born) in|(?:trip|journey|flight|flew|travelled|traveled) to) $"
)
_AGED = re.compile(r", \d{1,3}, ")  # 'Amara Osei, 34, became …': bodies have no age
_STREET = re.compile(r" (?:Street|St|Road|Rd|Lane|Avenue|Ave|Drive|Close|Crescent|Way)\.?$")
_ON_A_STREET = re.compile(r"\b(?:on|in|at|off|along|near) $")
_AGED_OF = re.compile(r", \d{1,3}, (?:of|from) $")  # 'Graham Pettifer, 58, of Lower Marston'
# letters after a name: rank at the bar, a seat, an honour, a degree
_POST_NOMINAL_LETTERS = "KC QC MP MSP MEP MLA TD OBE MBE CBE KBE DBE GBE FRS PhD"
POST_NOMINALS = frozenset(_POST_NOMINAL_LETTERS.split())
# the words newspapers (and other bodies) are named with: 'The Evening Ledger' is a paper,
# not a work
_MASTHEAD_WORDS = """times post herald gazette journal tribune chronicle observer telegraph ledger
    courier guardian independent mirror express star sun mail news record register dispatch
    bulletin inquirer examiner monitor standard sentinel echo argus advertiser globe enquirer"""
_BODY_NAME_WORDS = frozenset(_MASTHEAD_WORDS.split()) | ORG_HEADS
_MISREAD_BODIES = frozenset({"WORK_OF_ART", "FAC"})  # 'obtained by The Brookfield Sentinel'
_NATURE = re.compile(r"(?:River|Lake|Loch|Mount|Mt\.) [A-Z][\w'-]+|[A-Z][\w'-]+ River")
_STORM = re.compile(r"(?:Tropical )?(?:Storm|Hurricane|Typhoon|Cyclone) [A-Z]")
_MODIFYING = frozenset({"amod", "compound", "npadvmod", "nmod", "punct"})
# a person's name behind a title, and what spaCy makes of one behind a title it does not know
_TITLED_MISREAD = frozenset({"PERSON", "WORK_OF_ART", "PRODUCT", "FAC", "EVENT", "LAW"})
_TITLED_NAMES = _TITLED_MISREAD | {"ORG"}  # what a title word just before makes a person
_HONORIFIC_MISREAD = frozenset({"GPE", "LOC", "NORP"})  # 'Ms Gallagher' read as a place
# A photo credit run into the word before it: "Moscow Jewish MuseumReuters".
_GLUED_CREDIT = re.compile(rf"(?<=[a-z.])(?:{AGENCY_PATTERN})")
_AMOUNT = re.compile(r"\d[\d,.]*[a-z]{0,2}")  # '310p', '4bn'; not '3M'
_BODY_POSTS = frozenset(
    {"president", "chairman", "chairwoman", "board", "shareholder", "headquarters"}
    | {"chief executive", "managing director", "ceo"}
)
_NAME_GLUE = frozenset({"for", "of"})  # 'Parents for Schools'
# what a body does, said of it in a clause ('Unite, which represents cabin crew,')
_WHAT_BODIES_DO = frozenset({"represent", "operate", "employ", "lobby", "campaign", "own"})
_PLACES = frozenset({"GPE", "LOC"})
# a body's kind written before its name; a team is a 'side': 'Premier League side Caldmoor City'
_KIND_BEFORE_NAME = ORGANISATION_HEADS | {"side"}
_NAMED_BY_KIND = _FIRM_KINDS - {"carrier"}  # 'the aircraft carrier Enterprise' is a ship
_NOT_NAMES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT"})
_PORTFOLIO_POSTS = (" Secretary", " Minister")
_WHICH = [",", "which"]  # people are 'who'
_SCORE = re.compile(r"\s+\d{1,2}\s?[-–]\s?\d{1,2}$")
# a club named for its town, before the score of a match: 'beat Dunmore Town 2-1'
_TEAM_BEFORE_SCORE = re.compile(
    r"(?<![\w'’-])(?:[A-Z][a-z]+ ){1,2}(?:Town|City|County|Borough)(?= \d{1,2}\s?[-–]\s?\d{1,2}\b)"
)
_POSSESSIVE = re.compile(r"['’]s?$")
_FIRST_WORD = re.compile(r"\S")
_LETTERS = re.compile(r"[^\W\d_][^\W\d_'’-]*")
_JOINING = frozenset(
    {"a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "as", "by"}
    | {"with", "from", "into", "over", "after", "amid", "about", "vs"}
)
_SENTENCE_OPENERS = frozenset('.!?"“‘:;-—–(\n')


@dataclass
class Mention:
    """A name as written: character bounds and an OntoNotes type."""

    start: int
    end: int
    label: str
    certain: bool = False  # typed by where it stands (a dateline), not by spaCy

    def key(self, text: str) -> str:
        return name_key(text[self.start : self.end])


def name_key(name: str) -> str:
    return " ".join(name.replace("’", "'").split()).lower()


def repaired_mentions(doc: Doc, text: str) -> list[Mention]:
    """spaCy's named entities after every repair, in text order, none overlapping."""
    mentions: list[Mention] = []
    headline = _Headline.of(text)
    common = frozenset(_AFTER_ARTICLE.findall(text))  # words written as common nouns
    for ent in doc.ents:
        if ent.label_ not in REPORTED_TYPES:
            continue
        for m in _pieces(ent, text):
            if headline is not None:
                if headline.common_words(m):
                    continue
                m.start = headline.name_start(m)  # 'Striker Okafor completes …'
            if not _whole_line(text, m) and not _common_noun_opening(text, m, common):
                mentions.append(m)
    mentions = _without_post_nominals(text, mentions)
    mentions = _datelines(doc, text, mentions)
    mentions = _spelled_acronyms(doc, text, mentions)
    mentions = _organisations_of_places(text, mentions)
    for mention in mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is not None and len(span):
            _organisation_not_place(span, mention)
            _place_after_its_kind(span, mention)
            _given_as_a_name(span, mention)
            _organisation_not_person(span, mention)
            _person_not_organisation(span, mention)
            if mention.label in _MISREAD_BODIES and span[-1].lower_ in _BODY_NAME_WORDS:
                mention.label = "ORG"  # 'a report by The Evening Ledger': a newspaper
            elif mention.label == "LAW" and span[-1].lower_ in ORG_HEADS:
                mention.label = "ORG"  # 'the Climate Action Network': laws are no network
    _companies_not_groups(doc, text, mentions)
    mentions = _missed_bodies(doc, text, mentions, headline)
    mentions = _missed_people(doc, text, mentions)
    mentions = _bodies_described_beside(doc, mentions)
    mentions = _people_with_an_age(doc, text, mentions)
    mentions = _teams_before_a_score(doc, text, mentions)
    _clubs_of_players(text, mentions)
    mentions = _named_after_their_kind(doc, mentions)
    _names_running_on(doc, mentions)
    _names_running_back(doc, mentions)
    mentions = _propagate(doc, text, mentions)
    _firms_described_after(doc, mentions)
    _places_not_people(text, mentions)
    _countries(text, mentions)
    _places_paired(text, mentions)
    _aged_people(text, mentions)
    _one_type_per_name(text, mentions)
    named = (m for m in mentions if not _a_holiday(text[m.start : m.end]))
    return sorted(named, key=lambda m: m.start)


def _a_holiday(written: str) -> bool:
    """'on Christmas Day', 'over Easter': spaCy sometimes names a holiday as a body or an
    event; it is a day, which the times layer dates, and nobody's name."""
    return written.lower().replace("’", "'") in HOLIDAYS


def _without_post_nominals(text: str, mentions: list[Mention]) -> list[Mention]:
    """'Amanda Kerridge KC', 'Jo Bell MP': the letters after a person's name are neither
    part of the name nor an organisation of their own."""
    kept: list[Mention] = []
    for mention in mentions:
        name = text[mention.start : mention.end]
        last = name.rsplit(" ", 1)
        if mention.label == "PERSON" and len(last) == 2 and last[1] in POST_NOMINALS:
            mention.end -= len(last[1]) + 1
        after_person = bool(kept) and kept[-1].label == "PERSON"
        if name in POST_NOMINALS and after_person and text[kept[-1].end : mention.start] == " ":
            continue
        kept.append(mention)
    return kept


def _common_noun_opening(text: str, mention: Mention, common: frozenset[str]) -> bool:
    """'Groups that challenged the law said …', 'Officials said …': a word for people, or
    bodies in the plural, capitalised only because it opens the sentence, names no one
    ('Congress' or 'Parliament' alone does), nor a word for a kind of firm ('Retailer's
    profits slump'); nor does a word the story also writes in lower case after an
    article ('Wildfire forces thousands to flee … a wildfire north of'), or its plural
    ('Library staff …', '… the libraries')."""
    word = text[mention.start : mention.end]
    if " " in word or not _opens_sentence(text, mention.start):
        return False
    lower = word.lower()
    plural = lower.endswith("s") and lower[:-1] in ORGANISATION_HEADS | PERSON_HEADS | TITLES
    kind = lower in ORGANISATION_HEADS - NAMED_KINDS  # 'Retailer's profits slump'
    if plural or kind or lower in PERSON_HEADS:
        return True
    written = lower in common or _plural(lower) in common  # 'the libraries'
    return lower != word and written and lower not in ORGANISATION_HEADS


def _plural(noun: str) -> str:
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + ("es" if noun.endswith(("s", "x", "ch", "sh")) else "s")


_LOWER_TAIL = re.compile(r"(?: [a-z]+)+$")


def _without_lower_tail(text: str, start: int, end: int) -> int:
    """A body's name ends in a capitalised word: 'Interfax news' (before 'agency') is
    'Interfax'."""
    tail = _LOWER_TAIL.search(text, start, end)
    if tail is None or tail.start() <= start:
        return end
    people = text[start : tail.start()].endswith(_DEMONYM_ENDINGS)
    return end if people else tail.start()  # 'Dutch transport ministry' is named whole


def _pieces(ent: Span, text: str) -> list[Mention]:
    """A mention split at line breaks, each piece trimmed of "the" and a possessive."""
    out = []
    offset = ent.start_char
    for piece in text[ent.start_char : ent.end_char].split("\n"):
        start, end = _trimmed(text, offset, offset + len(piece))
        label = ent.label_
        if _STORM.match(text, start, end):
            label = "EVENT"  # 'Storm Elin', 'Hurricane Ana': named weather, not a person
        elif _NATURE.fullmatch(text, start, end):
            label = "LOC"  # 'the River Wend', 'Mount Kenya', 'Lake Vostok'
        elif label in _TITLED_MISREAD:
            titled, start = start, _after_titles(text, start, end)
            label = "PERSON" if start > titled else label  # 'Councillor Aisling Brennan'
        elif label == "ORG":
            named = _after_titles(text, start, end)
            titles = text[start:named].split()
            if len(titles) > 1 or _addressed(titles):  # 'Rear Admiral Clare Ashdown', 'Mr Lee'
                start, label = named, "PERSON"
            end = _without_lower_tail(text, start, end)  # 'Interfax news agency
        elif label in _HONORIFIC_MISREAD:
            named = _after_titles(text, start, end)
            if _addressed(text[start:named].split()):  # 'confidence in Ms Gallagher'
                start, label = named, "PERSON"
        if label in _TITLED_NAMES and _after_a_title(text, start):
            label = "PERSON"  # 'party chairwoman Ines Kallay', read as a product
        if text[start:end].lower().rstrip(".") in TITLES:
            continue  # 'Coach defends selection': a title alone names no one
        if label != "PERSON" and _a_portfolio(text, start, end):
            continue  # 'Education Secretary Paul Whitcombe': the post's brief, not a body
        if len(text[start:end].rstrip(".")) < 2:
            continue  # '“So was I.”': a letter alone is no name
        if _AMOUNT.fullmatch(text, start, end):
            continue  # 'a price target of 310p': an amount, not a product
        if end > start and any(c.isupper() or c.isdigit() for c in text[start:end]):
            out.append(Mention(start, end, label))
        offset += len(piece) + 1
    return out


def _addressed(titles: list[str]) -> bool:
    """'Mr Denning', 'Mrs Okoro': an honorific is for people ('Dr' also starts a brand)."""
    return len(titles) == 1 and titles[0].lower() in HONORIFICS - {"dr", "dr."}


def _a_portfolio(text: str, start: int, end: int) -> bool:
    """One capitalised word before 'Secretary' or 'Minister' ('Defence Minister')."""
    word = text[start:end]
    return word.isalpha() and word.istitle() and text.startswith(_PORTFOLIO_POSTS, end)


@dataclass
class _Headline:
    """The first line, and how the rest of the document writes words: in lower case, or
    capitalised inside a sentence (as names are). In title case or capitals every word
    of the line is capitalised by style; otherwise only its first."""

    start: int
    end: int
    title_case: bool
    text: str

    @classmethod
    def of(cls, text: str) -> _Headline | None:
        first = _FIRST_WORD.search(text)
        if first is None:
            return None
        end = first_line_end(text)
        end = end if end >= 0 else len(text)
        return cls(first.start(), end, _headline_cased(text[first.start() : end]), text)

    @cached_property
    def _usage(self) -> tuple[set[str], set[str]]:
        """The words written in lower case, and those capitalised inside a sentence."""
        lower: set[str] = set()
        capitalised: set[str] = set()
        for line in self.text[self.end :].split("\n"):
            if _headline_cased(line):
                continue  # nor other lines in capitals, as tables are
            for match in _LETTERS.finditer(line):
                word = match.group(0)
                if word[0].islower():
                    lower.add(word)
                elif not _opens_sentence(line, match.start()):
                    capitalised.add(word.lower())
        return lower, capitalised

    def _common(self, word: str) -> bool:
        """Written in lower case in the story, or a kind of body or person ('Chipmaker
        Veltrax …', 'Striker Okafor …'), and never capitalised inside a sentence."""
        lower, capitalised = self._usage
        lowered = word.lower()
        kind = lowered in ORGANISATION_HEADS or lowered in PERSON_HEADS
        return (lowered in lower or kind) and lowered not in capitalised

    def common_words(self, mention: Mention) -> bool:
        """The title-case headline's common words read as a name ("Port Strike Enters
        Second Week"), or the first word of one in sentence case ("Smart glasses maker
        delays launch"): none of them capitalised inside a sentence elsewhere, some
        written in lower case."""
        opens = mention.start == self.start
        if not (self.title_case or opens) or not self.start <= mention.start < self.end:
            return False
        lower, capitalised = self._usage
        words = [w.lower() for w in _LETTERS.findall(self.text, mention.start, mention.end)]
        if not words or any(w in capitalised for w in words):
            return False
        if not self.title_case and len(words) > 1:
            return False  # in sentence case only the first word is capitalised by style
        return any(w in lower for w in words if len(w) > 2)

    def name_start(self, mention: Mention) -> int:
        """Past the headline's common words that open a name ('Striker Okafor completes
        …'), keeping the last word: any of a title-case line, the line's first word else;
        only when the story writes the rest as a name too ('Okafor')."""
        opens = mention.start == self.start
        if not (opens or (self.title_case and self.start < mention.start < self.end)):
            return mention.start
        text = self.text
        words = list(_LETTERS.finditer(text, mention.start, mention.end))
        start = mention.start
        for word, following in pairwise(words):
            if not self._common(word.group(0)):
                break
            start = following.start()
            if not self.title_case:
                break
        return start if text.find(text[start : mention.end], self.end) >= 0 else mention.start


def first_line_end(text: str) -> int:
    """Where the first line with words ends (the headline's end), -1 with one line only."""
    return text.find("\n", len(text) - len(text.lstrip()))


def _opens_sentence(text: str, i: int) -> bool:
    i -= 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i < 0 or text[i] in _SENTENCE_OPENERS


def _headline_cased(line: str) -> bool:
    """Four words or more, all capitalised but short joining words ('of', 'as')."""
    words = _LETTERS.findall(line)
    return len(words) >= 4 and all(w[0].isupper() or w in _JOINING for w in words)


def _whole_line(text: str, mention: Mention) -> bool:
    """A title-case headline ("Council Votes to Expand Bus Service") read as one name."""
    line_start = text.rfind("\n", 0, mention.start) + 1
    line_end = text.find("\n", mention.end)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return line.strip() == text[mention.start : mention.end] and len(line.split()) >= 4


def _after_a_title(text: str, start: int) -> bool:
    if not text[start : start + 1].isupper():
        return False  # 'a major post-Games meeting'
    before = _TITLE_BEFORE.search(text, max(0, start - 20), start)
    return before is not None and before.group(1).lower() in TITLES


def _after_titles(text: str, start: int, end: int) -> int:
    """Where a person's name starts after the titles spaCy took in ("Councilman Derek
    Osei", "Sen. Jo Ames"): the titles become roles, as they are outside the name."""
    while True:
        match = _WORD.match(text, start)
        if match is None or match.end() >= end:
            return start
        word = match.group(0).rstrip(".")
        rear = word.lower() == "rear" and text.startswith(" Admiral", match.end())
        if (word.lower() not in TITLES and not rear) or (word.isupper() and len(word) > 1):
            return start  # 'MX Onda', 'DR Congo': capitals spell a name, not a title
        start = match.end()
        while start < end and text[start] == " ":
            start += 1


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and not (text[end - 1].isalnum() or text[end - 1] in ".)"):
        end -= 1
    score = _SCORE.search(text, start, end)
    if score:
        end = score.start()  # 'beat Westmoor Rovers 2-1': the result is not in the name
    glued = _GLUED_CREDIT.search(text, start, end)
    if glued and glued.end() == end:
        end = glued.start()
    match = _POSSESSIVE.search(text, start, end)
    if match and match.start() > start and text[match.start() - 1].isalnum():
        end = match.start()
    while end > start and text[start].isspace():
        start += 1
    if text[start : start + 4].lower() == "the " and end - start > 4:
        start += 4
    return start, end


_DASHED_ON = re.compile(r",? ?[-–—] +(?=\w)")


def _datelines(doc: Doc, text: str, mentions: list[Mention]) -> list[Mention]:
    """An all-capitals place at the head of a line, before a date, an agency or a dash,
    and the country or state written after it ('CHISINAU, Moldova —')."""
    for match in _DATELINE.finditer(text):
        start, end = match.span(1)
        line_end = text.find("\n", end)
        rest = text[end : line_end if line_end >= 0 else len(text)]
        if doc.char_span(start, end) is None or _shouting(rest):
            continue
        places = [(start, end)]
        country = _DATELINE_COUNTRY.match(text, end)
        if country is not None and doc.char_span(*country.span(1)) is not None:
            places.append(country.span(1))
        for place in places:
            mentions = _a_certain_place(text, mentions, *place)
    return mentions


def _a_certain_place(text: str, mentions: list[Mention], start: int, end: int) -> list[Mention]:
    """The dateline's place; a name spaCy ran across it ('BRUSSELS - European Union')
    keeps what follows the dash."""
    overlapping = [m for m in mentions if m.start < end and m.end > start]
    for mention in list(overlapping):
        if (mention.start, mention.end) == (start, end):
            mention.label, mention.certain = "GPE", True
        elif mention.start == start and (rest := _DASHED_ON.match(text, end, mention.end)):
            mention.start = rest.end()
            overlapping.remove(mention)
    return mentions if overlapping else [*mentions, Mention(start, end, "GPE", certain=True)]


def _spelled_acronyms(doc: Doc, text: str, mentions: list[Mention]) -> list[Mention]:
    """ "Federation of Jewish Communities of Russia (FJCR)": the words the acronym spells
    are one name, even where spaCy cut them in two, and the acronym is a name of it."""
    for match in _PAREN_ACRONYM.finditer(text):
        start = _spelled_start(text, match.start(), match.group(1))
        end = match.start()
        if start is None or doc.char_span(start, end) is None:
            continue
        inside = [m for m in mentions if m.start < end and m.end > start]
        if any(m.start < start or m.end > match.end() for m in inside):
            continue  # spaCy may take in the bracket: 'the Institute for Fiscal Studies (IFS'
        largest = max(inside, key=lambda m: m.end - m.start, default=None)
        label = largest.label if largest and largest.label in _NAMED_GROUPS else "ORG"
        mentions = [m for m in mentions if m not in inside] + [Mention(start, end, label)]
        if not any(m.start < match.end(1) and m.end > match.start(1) for m in mentions):
            mentions.append(Mention(match.start(1), match.end(1), label))  # the acronym too
    return mentions


def _organisations_of_places(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "the Federation of Jewish Communities | of Russia": a place after "of" ends the name
    of a several-word organisation (not "Karlsruhe of Germany", a club and its country)."""
    ordered = sorted(mentions, key=lambda m: m.start)
    out: list[Mention] = []
    for mention in ordered:
        last = out[-1] if out else None
        if (
            last is not None
            and last.label == "ORG"
            and mention.label in {"GPE", "LOC"}
            and text[last.end : mention.start] == " of "
            and text[last.start].isupper()
            and " " in text[last.start : last.end]
        ):
            out[-1] = Mention(last.start, mention.end, "ORG")
            continue
        out.append(mention)
    return out


def _spelled_start(text: str, before: int, acronym: str) -> int | None:
    """Where the capitalised words ending at `before` spell `acronym`, if they do; one word
    in lower case may sit among them ('Medicines and Healthcare products Regulatory Agency
    (MHRA)')."""
    words = list(_WORD.finditer(text, max(0, before - 160), before))
    wanted = acronym.lower()
    initials = ""
    lower = 0
    for word in reversed(words):
        if word.group(0).lower() in _ACRONYM_GLUE:
            continue
        if not word.group(0)[0].isupper():
            lower += 1
            if not initials or lower > 1:
                return None
            continue
        initials = word.group(0)[0].lower() + initials
        if initials == wanted:
            return word.start()
        if not wanted.endswith(initials):
            return None
    return None


def _shouting(rest: str) -> bool:
    """The rest of an all-capitals headline ("SOCCER - JAPAN WIN"), not a dateline's story."""
    letters = [c for c in rest if c.isalpha()]
    return len(letters) > 3 and sum(c.isupper() for c in letters) > 0.8 * len(letters)


def _organisation_not_place(span: Span, mention: Mention) -> None:
    if mention.label not in {"GPE", "LOC", "NORP"}:
        return
    doc = span.doc
    if _shares_in(span):
        mention.label = "ORG"  # 'Shares in Veltrax fell': a listed company
        return
    following = doc[span.end] if span.end < len(doc) else None
    if span[-1].lower_ in ORG_HEADS or (
        following is not None and following.lower_ in ORG_HEADS and mention.label != "NORP"
    ):
        mention.label = "ORG"
    elif mention.label != "NORP" and any(_a_kind_beside(c) for c in span.root.children):
        mention.label = "ORG"  # 'River Watch, a volunteer group,'


def _place_after_its_kind(span: Span, mention: Mention) -> None:
    """'Officials in the port city, Valmora, said': a name set beside a word for a place
    is that place, whatever spaCy took it for ('In the capital, Smith said' is a person:
    no apposition)."""
    if mention.label not in ("PERSON", "ORG") or span[-1].lower_ in ORG_HEADS:
        return
    if span.root.dep_ == "appos" and after_a_place_word(span):
        mention.label = "GPE"


def _given_as_a_name(span: Span, mention: Mention) -> None:
    """'who gave only her first name, Aisha,': what is set beside someone's name is a
    person's name, whatever spaCy took it for."""
    root = span.root
    if root.dep_ != "appos" or root.head.lemma_.lower() != "name":
        return
    if any(c.lower_ in _WHOSE_NAME for c in root.head.children):
        mention.label = "PERSON"


def _shares_in(span: Span) -> bool:
    """'Shares in Veltrax', 'shares of Acme', 'a stake in Norhold': what has shares is a
    company, not a place."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].lower_ not in ("in", "of"):
        return False
    if span.end < len(doc) and doc[span.end].text == "-":
        return False  # 'Shares of France-registered printers'
    return doc[span.start - 2].lemma_.lower() in ("share", "stake", "stock")


def _organisation_not_person(span: Span, mention: Mention) -> None:
    """'the newspaper Handelsblatt', 'the French group Transalpe': a name set right after
    the kind of body it is names that body, whatever spaCy took it for."""
    if mention.label not in ("PERSON", "GPE", "FAC"):
        return
    doc = span.doc
    if _the_before_a_person(doc, span, mention.label):
        mention.label = "ORG"  # 'told the Gazette': people are not named with 'the'
        return
    if _set_beside(span, ORGANISATION_HEADS):
        mention.label = "ORG"  # 'The manufacturer, Halvorsen Pharma,'
        return
    if mention.label == "PERSON" and _works_at(span):
        mention.label = "ORG"  # 'analysts at Peel Hunt'
        return
    if mention.label == "PERSON" and _said_on(span):
        mention.label = "ORG"  # 'said on Twitter', 'wrote on Facebook'
        return
    if mention.label == "GPE" and _said_on(span, _POSTING_ON):
        mention.label = "ORG"  # 'wrote on LinkedIn' (one speaks on a place's affairs too)
        return
    if mention.label == "PERSON" and _owns_a_body_role(span):
        mention.label, mention.certain = "ORG", True  # "Porto Azul's president": no person's
        return
    if mention.label == "PERSON" and len(span) > 1 and span[-1].lower_ in ORG_HEADS:
        mention.label = "ORG"  # 'Harlow Pharma': no one is named so
        return
    if mention.label == "PERSON" and [t.lower_ for t in doc[span.end : span.end + 2]] == _WHICH:
        mention.label = "ORG"  # 'Transport Focus, which represents rail users,': no one
        return
    kind = _word_before(span)  # lower case: 'Secretary of State John Kornblum' is a title
    if kind is None or not kind.text.islower() or kind.text not in _KIND_BEFORE_NAME:
        return
    if kind.text in ("centre", "center"):
        return  # also where a player plays: 'two tries from centre Walter Little'
    first = span.sent.start if doc.has_annotation("SENT_START") else 0
    i = kind.start - 1
    while i >= first and kind.start - i <= 5 and _modifies(doc[i]):
        i -= 1  # 'the French group', 'the state-owned carrier', 'ride-hailing start-up'
    if i < first or doc[i].lower_ in ("the", "a", "an") or _preposition(doc[i]):
        mention.label = "ORG"  # also 'at carmaker Veltra', 'Dutch brewer Van Aalst said'
        # (not 'Speaker of parliament X')


def _owns_a_body_role(span: Span) -> bool:
    """The name owns a post only a body has ('X's president', 'X's board', 'X's chief
    executive'), as a person does not."""
    root = span.root
    if root.dep_ != "poss":
        return False
    post = root.head
    words = {post.lower_, post.lemma_.lower(), f"{post.doc[post.i - 1].lower_} {post.lower_}"}
    return bool(words & _BODY_POSTS)


def _preposition(token: Token) -> bool:
    return token.pos_ == "ADP" and token.lower_ != "of"


def _modifies(token: Token) -> bool:
    return token.pos_ == "ADJ" or token.ent_type_ == "NORP" or token.dep_ in _MODIFYING


def _word_before(span: Span) -> Span | None:
    """The word written right before a name, hyphens and all ('start-up')."""
    doc = span.doc
    start = span.start - 1
    if start < 0 or doc[start].whitespace_ != " ":
        return None
    while start > 0 and not doc[start - 1].whitespace_ and not doc[start - 1].is_space:
        start -= 1
    return doc[start : span.start]


def _companies_not_groups(doc: Doc, text: str, mentions: list[Mention]) -> None:
    """'Helix declined to comment' after 'Helix Semiconductor': a name spaCy took for a
    nationality or a group, used as a noun and opening an organisation's name, is that
    organisation ('German' in 'a German rival' stays what it is)."""
    firsts = {text[m.start : m.end].split()[0] for m in mentions if m.label == "ORG"}
    for mention in mentions:
        if mention.label != "NORP" or text[mention.start : mention.end] not in firsts:
            continue
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or len(span) != 1:
            continue
        word = span[0]
        if word.lower_.endswith(_DEMONYM_ENDINGS) or word.dep_ in ("amod", "compound"):
            continue  # 'the Panamanian', 'American Olympic champion'
        if word.pos_ == "PROPN" and word.tag_ == "NNP":
            mention.label = "ORG"


_NOT_PEOPLE = frozenset({"ORG", "PRODUCT", "WORK_OF_ART", "FAC", "GPE", "LOC"})


def _person_not_organisation(span: Span, mention: Mention) -> None:
    """'His lawyer, Helena Faria,', 'the trust's chief nurse, Helen Okafor,', 'Marcus
    Hale, who chairs the forum,': a name of two or three words set beside a word for a
    person, or described by a clause on 'who', is that person, whatever spaCy took it
    for ('Pieter de Vries' too)."""
    if mention.label not in _NOT_PEOPLE or not 2 <= len(span) - _particles(span) <= 3:
        return
    if not all(_name_part(t) for t in span) or span[-1].lower_ in ORG_HEADS:
        return
    if (
        _set_beside(span, PERSON_HEADS)
        or (span.start > 0 and span.doc[span.start - 1].lower_ in PERSON_HEADS)
        or _described_by_who(span)
        or _counsel_in_court(span)
    ):
        mention.label = "PERSON"


# how court reports introduce counsel: 'Defending, Rhodri Evans said …'
_COUNSEL_LEADS = frozenset({"defending", "prosecuting", "mitigating"})


def _counsel_in_court(span: Span) -> bool:
    lead = _word_before_comma(span)
    return lead is not None and lead.lower_ in _COUNSEL_LEADS


def _word_before_comma(span: Span) -> Token | None:
    """The word before the comma that opens the span ('Defending, X'; 'the capital, X')."""
    doc = span.doc
    return doc[span.start - 2] if span.start > 1 and doc[span.start - 1].text == "," else None


# the small words inside a family name: 'de Vries', 'van der Berg', 'bin Salman'
_NAME_PARTICLES = frozenset({"de", "van", "von", "der", "den", "da", "di", "du", "del", "bin"})


def _particles(span: Span) -> int:
    return sum(t.text in _NAME_PARTICLES for t in span[1:-1])


def _name_part(token: Token) -> bool:
    return (token.pos_ == "PROPN" and token.text.istitle()) or token.text in _NAME_PARTICLES


def _described_by_who(span: Span) -> bool:
    """', who chairs the forum,' set after the name: 'who' stands for people (in
    'Democrats on Capitol Hill, who have argued' it is the Democrats')."""
    return span.root.dep_ != "pobj" and any(
        clause.dep_ == "relcl"
        and clause.i >= span.end
        and any(w.lower_ == "who" and w.dep_.startswith("nsubj") for w in clause.children)
        for clause in span.root.children
    )


def _firms_described_after(doc: Doc, mentions: list[Mention]) -> None:
    """A name with an apposition after it headed by a kind of firm or body is that body,
    in every mention ('Brightmore, the clothing and homeware chain,'), also where only
    the names found again hold it ('Qatar, the gas-rich state,' stays a place)."""
    for mention in mentions:
        if mention.label not in ("PERSON", "GPE", "FAC", "ORG") or mention.certain:
            continue
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is not None and len(span) and _described_after(span):
            mention.label, mention.certain = "ORG", True


def _described_after(span: Span) -> bool:
    """Only the first apposition: 'Chandler Voss, a founder of C2I, a company in …' is
    the founder."""
    after = [c for c in span.root.children if c.dep_ == "appos" and c.i >= span.end]
    first = after[0] if after else None
    return first is not None and first.pos_ == "NOUN" and first.lemma_.lower() in _FIRM_KINDS


def _works_at(span: Span) -> bool:
    """'analysts at Peel Hunt', 'economists at Capital Ridge': people work at a firm."""
    root = span.root
    preposition = root.head
    return (
        root.dep_ == "pobj"
        and preposition.lower_ == "at"
        and preposition.head.lemma_.lower() in PERSON_HEADS
        and preposition.head.tag_ == "NNS"
    )


def _said_on(span: Span, verbs: frozenset[str] = _SAYING_ON) -> bool:
    """'said on Twitter', 'told on Sky News': where one speaks is a platform or a channel,
    not a person ('on Smith's show' is the show's)."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].lower_ != "on":
        return False
    if span.end < len(doc) and doc[span.end].tag_ == "POS":
        return False
    return doc[span.start - 2].lemma_.lower() in verbs


def _set_beside(span: Span, kinds: frozenset[str]) -> bool:
    """The name is in apposition to a word of these kinds before it: 'His lawyer, X,' (not
    to the noun after 'of' in 'the regime of Saddam (Hussein)', often the parser's slip)."""
    root = span.root
    if root.dep_ != "appos" or after_of(root.head) or after_a_place_word(span):
        return False
    head = apposed_to(root)
    return head.i < span.start and head.pos_ == "NOUN" and head.lemma_.lower() in kinds


def after_a_place_word(span: Span) -> bool:
    """'The ministry in the capital, Santa Clara,': a name right after a word for a place
    names that place, wherever the parser hung it."""
    word = _word_before_comma(span)
    return word is not None and word.lemma_.lower() in PLACE_WORDS


def apposed_to(name: Token) -> Token:
    """The noun an appositive name describes, past the parser's usual slips: the noun
    after 'of' ('the head of the committee, X' is the head) and a name after another
    preposition ('His former coach at Lagos United, Tunde Bakare,' is the coach)."""
    head = name.head
    while head.head.i < head.i:
        if after_of(head):
            head = head.head
        elif head.pos_ == "PROPN" and head.dep_ == "pobj" and head.head.head.i < head.i:
            head = head.head.head
        else:
            break
    return head


def after_of(token: Token) -> bool:
    """The noun after 'of', or the 'of' itself."""
    return (token.dep_ == "prep" and token.lower_ == "of") or (
        token.dep_ == "pobj" and token.head.lower_ == "of"
    )


def _places_not_people(text: str, mentions: list[Mention]) -> None:
    """'residents of Valdorno', 'the mayor of Valdorno', 'police in Cumbria' (also where
    spaCy saw a body), 'based in Eindhoven', 'the Glasgow-based company': a name after
    the people or the offices a place has, or where a body is based, is that place,
    every time it is named; so is where a person named with an age is from (a street
    named so is a facility, and the town after it a place: "34, of Harrow Lane,
    Eastham")."""
    streets: set[int] = set()  # where such a street's name ends
    for mention in sorted(mentions, key=lambda m: m.start):
        if mention.start - 2 in streets and text.startswith(", ", mention.start - 2):
            mention.label, mention.certain = "GPE", True
        if _AGED_OF.search(text, max(0, mention.start - 12), mention.start):
            street = _STREET.search(text, mention.start, mention.end) is not None
            mention.label, mention.certain = ("FAC" if street else "GPE"), True
            if street:
                streets.add(mention.end)
        if _near(text, mention):
            mention.label, mention.certain = "GPE", True
            continue
        if mention.label not in ("PERSON", "ORG"):
            continue
        if _a_street(text, mention):
            mention.label, mention.certain = "FAC", True  # 'whose house on Mill Lane'
            continue
        if mention.label == "PERSON" and (
            _BASED_IN.search(text, max(0, mention.start - 20), mention.start)
            or text.startswith("-based", mention.end)
        ):
            # 'the Glasgow-based company', 'a trip to Dunmore'
            mention.label, mention.certain = "GPE", True
        if _from_a_place(text, mention):
            mention.label, mention.certain = "GPE", True
            continue
        of = text.endswith(" of ", 0, mention.start)
        if not (of or text.endswith(" in ", 0, mention.start)):
            continue
        before = _LAST_WORD.search(text, 0, mention.start - 4)
        holders = _PLACE_HOLDERS if of else _LIVING_IN
        if before and before.group(0).lower().removesuffix("s") in holders:
            mention.label, mention.certain = "GPE", True


def _from_a_place(text: str, mention: Mention) -> bool:
    """'a sheep farmer from Anglesey': one word spaCy took for a person, after 'from' and a
    word for a person, is where that person is from ('a letter from Hale' is no place)."""
    if mention.label != "PERSON" or " " in text[mention.start : mention.end]:
        return False
    if not text.endswith(" from ", 0, mention.start):
        return False
    before = _LAST_WORD.search(text, 0, mention.start - 6)
    return before is not None and before.group(0).lower().removesuffix("s") in PERSON_HEADS


def _near(text: str, mention: Mention) -> bool:
    """'a village shop near Thirsk': one word after 'near' that spaCy took for a product
    or a person is the place ('near Tesco' may be the shop: bodies are left alone)."""
    if mention.label not in _NEAR_MISREAD or " " in text[mention.start : mention.end]:
        return False
    return text.endswith(" near ", 0, mention.start)


def _a_street(text: str, mention: Mention) -> bool:
    """A name ending in a street's word after a preposition of place ('on Mill Lane'), not
    a person with such a surname ('Diane Lane said')."""
    return (
        _STREET.search(text, mention.start, mention.end) is not None
        and _ON_A_STREET.search(text, max(0, mention.start - 8), mention.start) is not None
    )


def _clubs_of_players(text: str, mentions: list[Mention]) -> None:
    """'Caldmoor City striker Leon Ashdown', 'Leeds manager': a town before a player's or
    a manager's post is its club; a country's name is left a place (its national side)."""
    names = country_names()
    for mention in mentions:
        if mention.label not in _PLACES or not _PLAYING_POST.match(text, mention.end):
            continue
        if text[mention.start : mention.end] not in names:
            mention.label = "ORG"


def _countries(text: str, mentions: list[Mention]) -> None:
    """'Denmark, he added, would push for …': a country's name that spaCy took for a person
    or a body is the country, unless the story names a person with it ('Rep. Jim Jordan …
    Jordan said')."""
    names = country_names()
    people = _words_of_full_names(text, mentions)
    for mention in mentions:
        name = text[mention.start : mention.end]
        if mention.label in ("PERSON", "ORG") and name in names and name not in people:
            mention.label, mention.certain = "GPE", True


_PAIRED = (" and ", " or ")
_ENDS_A_PHRASE = re.compile(r"\s*(?:[.,;:)]|$)|\s+(?:and|or|in|on|to|for|by|last|this|next)\b")
_PLACE_PREPOSITION = re.compile(r"\b(?:to|in|from|into|at|near|via|between|across)\s+$")


def _places_paired(text: str, mentions: list[Mention]) -> None:
    """'diverted ships to Antwerp and Rotterdam': one word spaCy took for a person, paired
    with a place after a preposition of place, is a place too, unless the story names a
    person with that word ('Rep. Jim Jordan')."""
    people = _words_of_full_names(text, mentions)
    ordered = sorted(mentions, key=lambda m: m.start)
    for place, other in pairwise(ordered):
        name = text[other.start : other.end]
        if (
            place.label == "GPE"
            and other.label == "PERSON"
            and " " not in name
            and name not in people
            and text[place.end : other.start] in _PAIRED
            and _PLACE_PREPOSITION.search(text, max(0, place.start - 9), place.start)
            and _ENDS_A_PHRASE.match(text, other.end)  # not 'Portugal and Pedro I became'
        ):
            other.label, other.certain = "GPE", True


def _words_of_full_names(text: str, mentions: list[Mention]) -> set[str]:
    return {
        word
        for m in mentions
        if m.label == "PERSON" and " " in text[m.start : m.end]
        for word in text[m.start : m.end].split()
    }


@cache
def country_names() -> frozenset[str]:
    """The ISO 3166 countries by their names, common names included ('Bolivia' too)."""
    import pycountry

    return frozenset(
        name
        for country in pycountry.countries
        for name in (getattr(country, "name", None), getattr(country, "common_name", None))
        if name
    )


def _aged_people(text: str, mentions: list[Mention]) -> None:
    """A name written with an age after it ('Amara Osei, 34, became …') is a person."""
    for mention in mentions:
        if mention.label in _NAMED_GROUPS and _AGED.match(text, mention.end):
            mention.label, mention.certain = "PERSON", True


def _the_before_a_person(doc: Doc, span: Span, label: str) -> bool:
    """A one-word 'person' after a lower-case 'the' that heads its own phrase: 'the Gazette',
    not 'the Obama administration' nor 'the Rev.'; or that names a paper or a channel:
    'the Aftenbladet newspaper'."""
    if label != "PERSON" or len(span) != 1 or span.start == 0:
        return False
    token = span[0]
    if token.dep_ == "compound" and token.head.lower_ in _MEDIA:
        return doc[span.start - 1].text == "the"  # 'the Aftenbladet newspaper'
    if doc[span.start - 1].text != "the" or token.dep_ in ("compound", "poss", "amod"):
        return False
    family = token.text[:-1] if token.text.endswith("s") else None  # 'the Clintons'
    return not any(e.label_ == "PERSON" and e[-1].text == family for e in doc.ents)


def _propagate(doc: Doc, text: str, mentions: list[Mention]) -> list[Mention]:
    """Find again, as written, names spaCy tagged once: "Lebed" after "Alexander Lebed"."""
    forms: dict[str, str] = {}
    for mention in mentions:
        if mention.label not in PROPAGATED_TYPES:
            continue
        written = text[mention.start : mention.end]
        if written[0].isupper() and (" " in written or len(written) > 3):
            forms.setdefault(written, mention.label)
        if mention.label == "PERSON" and " " in written:
            surname = written.split()[-1]
            if len(surname) > 2 and surname[0].isupper() and not surname.isupper():
                forms.setdefault(surname, "PERSON")
    if not forms:
        return mentions
    pattern = re.compile(
        r"(?<![\w'’-])(?:"
        + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
        + r")(?![\w-])"
    )
    taken = _Taken.of([(m.start, m.end) for m in mentions])
    added = []
    for match in pattern.finditer(text):
        start, end = match.span()
        if not _free(doc, taken, start, end):
            continue
        if " " not in match.group(0) and forms[match.group(0)] != "PERSON":
            before = text[max(0, start - 2) : start]
            opens = not before or before.endswith("\n") or before in {". ", "\n "}
            if opens and not text.startswith((",", "'s", "’s"), end):
                continue  # a capital opening a sentence says nothing, unless a name's
                # apposition or possessive follows ('Veltra, the French carmaker,')
        added.append(Mention(start, end, forms[match.group(0)]))
    return mentions + added


# a title, or two ('Det Insp'), then a first name and a surname
_TITLED_NAME = re.compile(
    r"(?<![\w'’-])(?:(?:[A-Z][a-z]{1,11})\.? ){1,3}([A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)? "
    r"[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?)\b"
)


def _missed_people(doc: Doc, text: str, mentions: list[Mention]) -> list[Mention]:
    """'Det Insp Karen Boyle, who is leading the investigation, said': a first name and a
    surname after titles, which spaCy missed, name a person."""
    taken = _Taken.of([(m.start, m.end) for m in mentions])
    added = []
    for match in _TITLED_NAME.finditer(text):
        titles = text[match.start() : match.start(1)].split()
        if not all(t.lower().rstrip(".") in TITLES for t in titles):
            continue
        start, end = match.span(1)
        if not taken.overlaps(match.start(), end) and doc.char_span(start, end) is not None:
            added.append(Mention(start, end, "PERSON"))
    return mentions + added


def _missed_bodies(
    doc: Doc, text: str, mentions: list[Mention], headline: _Headline | None
) -> list[Mention]:
    """'The Competition and Markets Authority is expected to …': capitalised words ending
    in a word bodies are named with, which spaCy missed, name an organisation (not in a
    headline in title case, where every word is capitalised); so does an acronym before
    such a word in lower case ('the FNV union')."""
    spans = [(m.start, m.end) for m in mentions]
    if headline is not None and headline.title_case:
        spans.append((headline.start, headline.end))
    taken = _Taken.of(spans)
    added = []
    for match in _BODY_NAME.finditer(text):
        start, end = match.span()
        if match.group(0).startswith("The "):
            start += 4
        named = len(text[start:end].split()) > 1
        if named and _free(doc, taken, start, end):
            added.append(Mention(start, end, "ORG"))
    for match in _ACRONYM_BODY.finditer(text):
        start, end = match.span(1)
        titled = match.group(1) in POST_NOMINALS or match.group(1).lower() in TITLES
        if not titled and _free(doc, taken, start, end):
            added.append(Mention(start, end, "ORG"))
    for match in _NAMED_BEFORE_KIND.finditer(text):
        start, end = match.span(1)
        if match.group(1).endswith(_DEMONYM_ENDINGS) or match.group(1).lower() in TITLES:
            continue  # 'the Scottish government' is the government of a people
        if _free(doc, taken, start, end):
            added.append(Mention(start, end, "ORG"))  # 'the Unite union'
    for match in _CAMEL_CASE.finditer(text):
        start, end = match.span()
        if _free(doc, taken, start, end):
            added.append(Mention(start, end, "ORG"))  # 'DigitalEurope, which represents …'
    return mentions + added


def _teams_before_a_score(doc: Doc, text: str, mentions: list[Mention]) -> list[Mention]:
    """'a penalty beat Dunmore Town 2-1': a town's club before a score, whatever spaCy made
    of its name ('Dunmore' a person)."""
    taken = _Taken.of([(m.start, m.end) for m in mentions])  # matches never overlap
    added = []
    for match in _TEAM_BEFORE_SCORE.finditer(text):
        start, end = match.span()
        inside = [m for m in mentions if start <= m.start and m.end <= end]
        if inside:
            inside[0].start, inside[0].end, inside[0].label = start, end, "ORG"
            mentions = [m for m in mentions if m not in inside[1:]]
        elif _free(doc, taken, start, end):
            added.append(Mention(start, end, "ORG"))
    return mentions + added


def _bodies_described_beside(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """'Open Rights Watch, a digital rights group, said', 'Unite, which represents cabin
    crew,': capitalised words that spaCy missed, set beside the kind of body they are or
    what only a body does, name that body."""
    taken = _Taken.of([(m.start, m.end) for m in mentions])
    added = []
    for kind in tokens_with_deps(doc, ("appos", "relcl")):  # not every token
        if not (_a_kind_beside(kind) or _a_body_doing(kind)):
            continue
        name = kind.head
        first = name.left_edge
        words = doc[first.i : name.i + 1]
        if first.lower_ == "the":
            words = words[1:]
        if not len(words) or name.pos_ != "PROPN" or not all(w.is_title for w in words):
            continue
        if any(w.ent_type_ for w in words):
            continue  # a date ('Sept 21-26-agency')
        start, end = words.start_char, words.end_char
        if name.i < kind.i and _free(doc, taken, start, end):
            added.append(Mention(start, end, "ORG"))
    return mentions + added


def _people_with_an_age(doc: Doc, text: str, mentions: list[Mention]) -> list[Mention]:
    """'Doreen Pratt, 81, who uses the bus,': a name spaCy missed, written with an age
    after it, is a person."""
    taken = _Taken.of([(m.start, m.end) for m in mentions])
    added = []
    for match in _AGED.finditer(text):
        last = doc.char_span(match.start() - 1, match.start(), alignment_mode="expand")
        if last is None:
            continue
        words = _name_ending(last[0])
        if words and len(words) <= 4 and _free(doc, taken, words[0].idx, match.start()):
            added.append(Mention(words[0].idx, match.start(), "PERSON", certain=True))
    return mentions + added


def _name_ending(token: Token) -> list[Token]:
    """The capitalised proper nouns that run back from this one, none in a name found."""
    doc = token.doc
    start = token.i + 1
    while start > 0 and _a_name_word(doc[start - 1]):
        start -= 1
    return list(doc[start : token.i + 1])


def _a_name_word(token: Token) -> bool:
    return token.is_title and token.pos_ == "PROPN" and not token.ent_type_


def _a_kind_beside(kind: Token) -> bool:
    """', a digital rights group,': a body's kind set off beside its name."""
    return kind.dep_ == "appos" and kind.lemma_.lower() in ORGANISATION_HEADS and after_comma(kind)


def _a_body_doing(verb: Token) -> bool:
    """'…, which represents', '…, which runs': a clause on what a body does."""
    if verb.dep_ != "relcl" or verb.lemma_.lower() not in _WHAT_BODIES_DO:
        return False
    which = [c for c in verb.children if c.dep_ == "nsubj" and c.lower_ == "which"]
    return bool(which) and after_comma(which[0])


def _named_after_their_kind(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """'the campaign group Parents for Schools', 'the charity Hope Springs': the name after
    a word for a kind of body is that body, whole, where spaCy found part of it ('Schools'
    a person), none, a place ('operator Northline') or one word for a person; every time
    it is named."""
    for kind in tokens_among(doc, _NAMED_BY_KIND):  # not every token: only these words
        name = _name_after(kind)
        if name is None:
            continue
        start, end = name.start_char, name.end_char
        inside = [m for m in mentions if m.start < end and start < m.end]
        if len(inside) > 1 or any(m.start < start or m.end > end for m in inside):
            continue  # two names, or a name running on past the words found
        if any(_full_name(m, doc) for m in inside):
            continue  # 'police Chief Chuck Jordan' is a person with a title
        whole = [m for m in inside if (m.start, m.end) == (start, end)]
        for mention in whole:  # found whole: a body; a place or one word for a person is too
            if mention.label in _PLACES | {"PERSON"}:
                mention.label = "ORG"
            mention.certain = True
        if whole:
            continue
        mentions = [m for m in mentions if m not in inside]
        mentions.append(Mention(start, end, "ORG", certain=True))
    return mentions


def _names_running_on(doc: Doc, mentions: list[Mention]) -> None:
    """'a defeat by Westbury Town': an organisation's name runs on to the capitalised word
    the parser made its head, where that word is no title and names nothing else."""
    taken = {m.start for m in mentions}
    for mention in mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if mention.label != "ORG" or span is None or span.end >= len(doc):
            continue
        last, after = span[-1], doc[span.end]
        if last.dep_ != "compound" or last.head.i != after.i or after.idx in taken:
            continue
        if any(t.is_punct for t in span) or gender_of_name(last.text) is not None:
            continue  # 'Natasha' typed a body: a first name, and her surname after it
        if _name_word_after(after):
            mention.end = after.idx + len(after.text)


def _names_running_back(doc: Doc, mentions: list[Mention]) -> None:
    """'Lumen Optics has postponed …' where spaCy found only 'Optics': an organisation's
    name runs back over the capitalised word the parser hung on it, where that word is no
    title and names nothing else."""
    ends = {m.end for m in mentions}
    for mention in mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if mention.label != "ORG" or span is None or span.start == 0:
            continue
        before = doc[span.start - 1]
        if before.dep_ != "compound" or not span.start <= before.head.i < span.end:
            continue
        if before.idx + len(before.text) in ends or before.lower_ in ORGANISATION_HEADS:
            continue  # 'Carmaker Veltra'
        if _name_word_after(before) and not _after_capitalised(before):
            mention.start = before.idx


def _after_capitalised(word: Token) -> bool:
    """A capitalised word right before it: a label or title of many words ('Lead
    Underwriter …'), not a name's first word."""
    if word.i == 0:
        return False
    previous = word.doc[word.i - 1]
    return previous.is_alpha and previous.text[:1].isupper()


def _name_word_after(word: Token) -> bool:
    """A capitalised word naming nothing of its own, no title ('Gen.') nor a person's."""
    lower = word.lower_.rstrip(".")
    plain = word.is_title and word.pos_ == "PROPN" and not word.ent_type_
    return plain and lower not in TITLES | PERSON_HEADS


def _full_name(mention: Mention, doc: Doc) -> bool:
    """A person named by more than one word (read from the tokens: spaCy rebuilds
    `doc.text` on each access)."""
    if mention.label != "PERSON":
        return False
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and len(span) > 1


def _name_after(kind: Token) -> Span | None:
    """The capitalised words, joined by 'for' or 'of', right after a word for a
    kind of body written in lower case; none where the name may run on ('the group
    Human Rights in China')."""
    if not kind.text.islower() or kind.pos_ != "NOUN" or kind.lemma_ not in _NAMED_BY_KIND:
        return None
    doc, end = kind.doc, kind.i + 1
    while end < len(doc) and _name_word(doc[end]):
        end += 1
        glued = end + 1 < len(doc) and doc[end].lower_ in _NAME_GLUE
        if glued and _name_word(doc[end + 1]):
            end += 1
    if end == kind.i + 1:
        return None
    if end + 1 < len(doc) and doc[end].lower_ in ("in", "at") and doc[end + 1].is_title:
        return None
    return doc[kind.i + 1 : end]


# what a capitalised word inside a sentence may be tagged and still be a name: 'the app
# Stridely' is tagged an adverb for its ending
_NAME_TAGS = frozenset({"PROPN", "NOUN", "ADJ", "ADV", "VERB"})


def _name_word(word: Token) -> bool:
    return (
        word.is_title
        and len(word) > 1
        and word.pos_ in _NAME_TAGS
        and word.ent_type_ not in _NOT_NAMES
        and word.is_sent_start is not True
    )


def _free(doc: Doc, taken: _Taken, start: int, end: int) -> bool:
    """No name found covers any of the characters, and they fall on token edges."""
    return not taken.overlaps(start, end) and doc.char_span(start, end) is not None


@dataclass
class _Taken:
    """Character spans, to ask whether a new one overlaps any in logarithmic time."""

    starts: list[int]
    reach: list[int]  # the furthest end among the spans up to each one, by start

    @classmethod
    def of(cls, spans: list[tuple[int, int]]) -> _Taken:
        spans = sorted(spans)
        return cls([s for s, _ in spans], list(accumulate((e for _, e in spans), max)))

    def overlaps(self, start: int, end: int) -> bool:
        before = bisect_left(self.starts, end)
        return before > 0 and self.reach[before - 1] > start


def _one_type_per_name(text: str, mentions: list[Mention]) -> None:
    """A surname of a person is that person, and so is a first name spaCy took for a body;
    the first word of an organisation's name, no person's surname, is that organisation
    ('Veltrax' for 'Veltrax Semiconductor'); a dateline's name is a place throughout;
    otherwise the type most mentions agree on, and a place on a tie with an organisation
    ('Whitford of Idaho' and 'Idaho would receive …': a state both times)."""
    keyed = [(m, m.key(text)) for m in mentions]
    surnames = {k.split()[-1] for m, k in keyed if m.label == "PERSON" and " " in k}
    firsts = {k.split()[0] for m, k in keyed if m.label == "ORG" and " " in k}
    lasts = {k.split()[-1] for m, k in keyed if m.label == "ORG" and " " in k} & _SHORT_NAMES
    given = {k.split()[0] for m, k in keyed if m.label == "PERSON" and len(k.split()) == 2}
    places = {k.split()[-1]: m.label for m, k in keyed if m.label in _PLACES and " of " in k}
    as_body = Counter(k for m, k in keyed if m.label == "ORG")  # 'Pirelli' nine times: a firm
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for mention, key in keyed:
        if key in surnames and mention.label in PROPAGATED_TYPES:
            mention.label = "PERSON"
        elif key in surnames and mention.label == "NORP" and not key.endswith(_DEMONYM_ENDINGS):
            mention.label = "PERSON"  # 'that Tallis had shown': no people's name
        elif (key in firsts or key in lasts) and mention.label in ("PERSON", "PRODUCT"):
            mention.label = "ORG"  # also 'led Harlow to promotion' after 'Harlow Athletic',
            # and 'Rovers reject bid' beside 'Ashgate Rovers'
        elif key in places and mention.label in ("PERSON", "ORG", "PRODUCT"):
            mention.label = places[key]  # 'ferry rescue off Skye' beside 'the Isle of Skye'
        elif key in given and key not in firsts and mention.label == "ORG" and as_body[key] <= 2:
            mention.label = "PERSON"  # 'bring Amira home', after 'Amira Haddad'
        votes[key][mention.label] += 1
    certain = {key: m.label for m, key in keyed if m.certain}
    for mention, key in keyed:
        if key in certain and mention.label in PROPAGATED_TYPES:
            mention.label = certain[key]  # 'KYIV (Reuters) -' makes every 'Kyiv' the city
            continue
        winner = _winning_type(votes[key])
        if winner is not None and winner in PROPAGATED_TYPES and mention.label in PROPAGATED_TYPES:
            mention.label = winner


def _winning_type(votes: Counter[str]) -> str | None:
    """The type most mentions agree on; a place on a tie with an organisation."""
    ranked = votes.most_common(2)
    if len(ranked) < 2:
        return None
    if ranked[0][1] > ranked[1][1]:
        return ranked[0][0]
    return "GPE" if {ranked[0][0], ranked[1][0]} == {"GPE", "ORG"} else None
