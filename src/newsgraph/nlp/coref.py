"""The `newsgraph_coref` component: each attribution source resolved to a document entity.

Reads the entities `newsgraph_entities` found and the attributions
`newsgraph_attributions` found, and fills each source's `entity` (an entity id)
and `anonymous`. In text order, a source is:

- a name: the entity whose mention holds the source's head ("Russia's Chief
  Rabbi Berel Lazar", "Lazar");
- an interview's "A:" label: the interviewee, whose name the attribution carries
  for it (`speaks_for`, dropped once read);
- a document or a channel ("a report by The Moscow Herald", "the group's
  statement"): the entity that wrote it, named inside the source;
- a relative pronoun ("Lazar, who said"): what it hangs from; "the 52-year-old" the
  person who spoke last, else the one named last;
- a body's spokesperson ("a spokeswoman for Kestrel", "a Kestrel spokesman"): the
  body, on the record, and so is a "she" that takes her up;
- a pronoun: "he"/"she" the person who is the main subject of the sentence
  before, when the story named them after the previous speaker spoke ("Abbott
  was not convinced. Officials, she said, …"), else the previous speaker, else
  the latest compatible person (gender from honorifics, gendered roles, first
  names and earlier pronouns), or
  no one when the previous speaker was described, not named ("a spokeswoman said
  … she wrote"), and then as anonymous as that speaker;
  "it" the previous speaking organisation, else the latest organisation;
  "they" the previous speaking group or organisation;
- a description with a name in apposition ("the union's leader, Piet de Vries"):
  that name's entity;
- a description ("the federation", "the Russian president"): the entity whose
  role it repeats (by the role's own noun: "chairman of the … Association" plays
  "the chairman", not "the association"; never an indefinite "an architect"), or
  whose name holds its head noun; "the company" and the like fall back on the
  organisation that spoke or was named last, unless the story described an
  unnamed one with that word before ("police", with no article, names no one body);
  "the city" and the like on the place named last.

A source that stays unresolved is anonymous when it is an unnamed person or
group ("officials", "a source familiar with the talks"). Pronouns are never added
to entity mentions.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import takewhile
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from newsgraph.nlp.attribution.lexicon import (
    DOCUMENT_HEADS,
    FEMALE,
    KIN_GROUPS,
    MALE,
    NAMED_KINDS,
    ORGANISATION_HEADS,
    PERSON_HEADS,
    PHRASE_PRONOUNS,
    gender_of_name,
    gender_of_word,
)
from newsgraph.nlp.attribution.quotes import find_quotes
from newsgraph.nlp.attribution.sources import name_read_as_clause, source_core
from newsgraph.nlp.entity_repair import (
    COMPANY_WORDS,
    TITLES,
    after_a_place_word,
    apposed_to,
    first_line_end,
)
from newsgraph.nlp.extensions import (
    after_comma,
    attribute,
    doc_text,
    register_extensions,
    tokens_among,
)

PERSONAL = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
NEUTER = frozenset({"it", "its"})
PLURAL = frozenset({"they", "them", "their"})
RELATIVE = frozenset({"who", "whom", "whose", "which", "that"})
# of the pronouns that head a phrase, those that name no one; 'both', 'each', 'all',
# 'these' point back at people the story has named
_UNNAMED_SOME = PHRASE_PRONOUNS - {"both", "each", "all", "these", "either", "neither", "any"}
GROUP_TYPES = frozenset({"ORG", "GPE", "NORP"})
PARAGRAPHS_BACK = 2  # how far back the previous speaker still counts
_WORD_AFTER = re.compile(r" ([a-z]+)\b")
_WORDS_BEFORE = re.compile(r"(?:\b[A-Za-z]+ ){1,2}$")  # 'Campaign group ', 'the charity '
# words for a business, which 'the company' or 'the firm' may be
_BUSINESSES = frozenset(
    {"company", "firm", "corporation", "conglomerate", "giant", "maker", "manufacturer"}
    | {"retailer", "insurer", "airline", "utility", "carrier", "lender", "supplier", "bank"}
    | {"provider", "operator", "startup", "start-up", "carmaker", "automaker", "chipmaker"}
    | {"drugmaker", "planemaker", "brewer", "publisher", "broadcaster", "business"}
)

PLACE_BODIES = frozenset({"city", "town", "village", "county", "borough", "municipality"})
_DEFINITE = ("the", "this", "that")
_ROLE_PREPOSITIONS = frozenset({"of", "at", "for", "in", "on", "to", "from", "with"})
_DESCRIBING = frozenset({"amod", "compound", "nmod"})  # 'the former (amod) president'
_POSSESSIVE_PRONOUNS = frozenset({"his", "her", "its", "their", "our", "my", "your"})


@dataclass
class EntityInfo:
    id: str
    type: str
    words: frozenset[str]
    roles: list[str]
    gender: str | None = None


@dataclass
class Speaker:
    """Who spoke last: an entity, or a person or group the story describes without a name
    ("a spokeswoman", "officials"), whom a pronoun right after points back to."""

    entity: EntityInfo | None
    paragraph: int
    kind: str = ""  # of an unnamed speaker, of a body's spokesperson ("person", "group"),
    # or "document" for a document that speaks for its author
    gender: str | None = None
    anonymous: bool = False
    position: int = -1  # where the source that named them starts


@dataclass
class Resolver:
    """Entities and their mentions in text order, and who spoke last."""

    doc: Doc
    entities: dict[str, EntityInfo] = field(default_factory=dict)
    mentions: list[tuple[int, int, str]] = field(default_factory=list)
    previous: Speaker | None = None
    deferred: Speaker | None = None  # the unnamed speaker the last pronoun pointed to
    document: Speaker | None = None  # the last unnamed document that spoke ('The audit found')
    contents: list[tuple[int, int]] = field(default_factory=list)  # what sources said
    content: tuple[int, int] | None = None  # what the source being resolved said
    described: dict[str, EntityInfo] = field(default_factory=dict)  # 'the company': Acme
    _quoted: list[tuple[int, int]] | None = None  # their words in quotes, found when needed
    _starts: list[int] = field(default_factory=list)
    headline_end: int = 0  # where the first line, a headline if the story has one, ends

    @classmethod
    def of(cls, doc: Doc, text: str, entities: list[dict[str, Any]]) -> Resolver:
        resolver = cls(doc, headline_end=first_line_end(text))
        for entity in entities:
            names = [entity["name"], *entity.get("aliases", [])]
            words = frozenset(w.lower() for name in names for w in name.split())
            words |= _kinds_written_beside(text, entity.get("mentions", []))
            info = EntityInfo(entity["id"], entity["type"], words, list(entity.get("roles", [])))
            resolver.entities[info.id] = info
            for mention in entity.get("mentions", []):
                resolver.mentions.append((mention["start"], mention["end"], info.id))
            if info.type == "PERSON":
                info.gender = _gender(text, info, entity) or _gender_by_possessive(doc, entity)
        resolver.mentions += _role_mentions(doc, list(resolver.entities.values()))
        resolver.mentions.sort()
        resolver._starts = [start for start, _, _ in resolver.mentions]
        return resolver

    # --- looking things up ----------------------------------------------------

    def entity_at(self, token: Token) -> EntityInfo | None:
        """The entity with a mention covering this token."""
        k = bisect_right(self._starts, token.idx) - 1
        while k >= 0 and self.mentions[k][0] > token.idx - 200:
            start, end, entity_id = self.mentions[k]
            if start <= token.idx < end:
                return self.entities[entity_id]
            k -= 1
        return None

    def inside(self, span: Span) -> list[EntityInfo]:
        """Entities mentioned inside a span, in text order."""
        k = bisect_right(self._starts, span.start_char - 1)
        found = []
        while k < len(self.mentions) and self.mentions[k][0] < span.end_char:
            if self.mentions[k][1] <= span.end_char:
                found.append(self.entities[self.mentions[k][2]])
            k += 1
        return found

    def latest(
        self, before: int, wanted: frozenset[str], gender: str | None = None
    ) -> EntityInfo | None:
        """The entity of the given types mentioned last before a character offset."""
        found = self._latest_mention(before, wanted, gender)
        return found[2] if found else None

    def _latest_mention(
        self,
        before: int,
        wanted: frozenset[str],
        gender: str | None = None,
        unless: frozenset[str] = frozenset(),
    ) -> tuple[int, int, EntityInfo] | None:
        """That entity's last mention before the offset (a mention may start at it), of
        none of the entities `unless` names."""
        k = bisect_right(self._starts, before) - 1
        while k >= 0:
            start, end, entity_id = self.mentions[k]
            info = self.entities[entity_id]
            fits = gender is None or info.gender in (None, gender)
            if info.type in wanted and fits and entity_id not in unless:
                return start, end, info
            k -= 1
        return None

    # --- resolving ------------------------------------------------------------

    def resolve(self, span: Span, paragraph: int) -> EntityInfo | None:
        head = span.root
        lower = head.lower_
        named = self.entity_at(head)
        if named is not None and named.type == "NORP" and head.dep_ == "appos":
            # 'Maria Delgado, a Democrat from New Mexico who wrote …': who is she
            named = self.entity_at(head.head) or named
        if named is not None:
            return named
        if lower in PERSONAL:
            return self._person_pronoun(span.start_char, PERSONAL[lower], paragraph)
        if lower in NEUTER or lower in PLURAL:
            return self._group_pronoun(span.start_char, paragraph, head)
        antecedent = _antecedent(span)
        if antecedent is not span:
            return self.resolve(antecedent, paragraph)
        if _an_age(head) and _has_determiner(head, ("the",)):
            return self._aged(span.start_char, paragraph)
        if _a_document(head) or head.lemma_.lower() in PLACE_BODIES or head.pos_ == "PROPN":
            inner = [e for e in self.inside(span) if e.type in GROUP_TYPES | {"PERSON"}]
            if inner:  # 'a report by the Dutch daily De Volkskrant': the paper, not the Dutch
                return min(inner, key=lambda e: e.type == "NORP")
            author = self._author(head) or self._owner_pronoun(span, paragraph)
            if author is not None:
                return author
        appositive = self._apposed_name(head, span)
        if appositive is not None:
            return appositive
        if head.pos_ == "PROPN" or head.is_upper:
            # a name the recogniser missed here but found elsewhere, or a transcript's
            # speaker label ("HARTLEY:") for a name written out earlier
            by_word = [e for e in self.entities.values() if head.lower_ in e.words]
            if by_word:
                return self._most_recent(by_word, span.start_char)
        return self._described(span, head, paragraph)

    def _aged(self, position: int, paragraph: int) -> EntityInfo | None:
        """'The 52-year-old added …': the person who spoke last, else the one named last."""
        speaker = self._recent_speaker(paragraph)
        if speaker is not None and speaker.type == "PERSON":
            return speaker
        return self.latest(position, frozenset({"PERSON"}))

    def _person_pronoun(self, position: int, gender: str, paragraph: int) -> EntityInfo | None:
        if self._defer(paragraph, "person", gender):
            return None
        speaker = self._recent_speaker(paragraph)
        topic = self._subject_just_before(position, gender)
        voice = self._spokesperson(paragraph, gender)
        if voice is not None and topic is None:
            chosen: EntityInfo | None = voice
        elif topic is not None and topic is not speaker:
            chosen = topic
        elif speaker and speaker.type == "PERSON" and speaker.gender in (None, gender):
            chosen = speaker
        else:
            chosen = self.latest(position, frozenset({"PERSON"}), gender)
        if chosen is not None and chosen.type == "PERSON" and chosen.gender is None:
            chosen.gender = gender  # learnt: later pronouns agree with this one
        return chosen

    def _subject_just_before(self, position: int, gender: str) -> EntityInfo | None:
        """'Kim said … Abbott was not convinced. Officials, she said, …': a person who is the
        main subject of the sentence before the pronoun's (or owns it: 'Abbott's reply
        was short'), named by the story (not inside a quote) after the last speaker
        spoke, is who the pronoun takes up."""
        found = self._latest_mention(position - 1, frozenset({"PERSON"}), gender)
        if found is None:
            return None
        start, end, info = found
        mention = self.doc.char_span(start, end, alignment_mode="expand")
        pronoun = self.doc.char_span(position, position + 1, alignment_mode="expand")
        if mention is None or pronoun is None or not len(mention) or not len(pronoun):
            return None
        root = mention.root
        if root.dep_ == "poss":  # 'Almeida's appearance was rare. He …'
            root = root.head
        elif root.dep_ == "appos":  # 'His former coach, Tunde Bakare, was cautious. He …'
            root = apposed_to(root)
        if root.dep_ not in ("nsubj", "nsubjpass") or root.head.dep_ != "ROOT":
            return None
        if any(s <= start < e for s, e in self.contents):
            return None  # named inside what someone said, not by the story
        first = pronoun[0].sent.start
        if first <= root.sent.start or self.doc[first - 1].sent.start != root.sent.start:
            return None
        if self.previous is not None and self.previous.position > start:
            return None
        return info

    def _people_just_before(self, pronoun: Token) -> bool:
        """The sentence before the pronoun's has, as its subject, people the story describes
        without a name ('The researchers, led by …, followed …'), since the last speaker."""
        start = pronoun.sent.start
        if start == 0:
            return False
        root = pronoun.doc[start - 1].sent.root
        subject = _subject(root)
        if subject is None or subject.tag_ != "NNS" or self.entity_at(subject) is not None:
            return False
        return self.previous is None or self.previous.position <= subject.left_edge.idx

    def _document_just_before(self, paragraph: int) -> bool:
        """An unnamed document was the last to speak, in this paragraph or the one before."""
        document, previous = self.document, self.previous
        if document is None or paragraph - document.paragraph > 1:
            return False
        return previous is None or previous.position < document.position

    def _group_pronoun(self, position: int, paragraph: int, pronoun: Token) -> EntityInfo | None:
        if self._defer(paragraph, "group", None):
            return None
        if pronoun.lower_ in PLURAL and self._people_just_before(pronoun):
            return None  # 'The researchers followed … They found …': those people, unnamed
        if pronoun.lower_ == "it" and self._document_just_before(paragraph):
            return None  # 'The audit found … It warned …': the audit, which no one signed
        authored = self._described_speaker(paragraph, "document", None)
        if pronoun.lower_ == "it" and authored is not None:
            return authored.entity  # '… says. It adds …': the letter, whoever signed it
        speaker = self._recent_speaker(paragraph)
        if speaker and speaker.type in GROUP_TYPES:
            return speaker
        return self.latest(position, frozenset({"ORG"})) or self.latest(position, GROUP_TYPES)

    def _author(self, document: Token) -> EntityInfo | None:
        """'A study published last year by the World Weather Attribution group': the clause
        the source leaves out names who wrote it."""
        doc = document.doc
        for clause in document.children:
            if clause.dep_ != "acl" or clause.lemma_.lower() not in _AUTHORING:
                continue  # 'The report, monitored by the BBC,' is not the BBC's
            agents = [c for c in clause.children if c.dep_ == "agent"]
            for writer in (w for agent in agents for w in agent.children if w.dep_ == "pobj"):
                # 'drawn up by engineers at the Environment Agency': the body they work for
                named = self.inside(doc[writer.left_edge.i : writer.right_edge.i + 1])
                found = [e for e in named if e.type in GROUP_TYPES | {"PERSON"}]
                if found:
                    return found[0]
        return None

    def _owner_pronoun(self, span: Span, paragraph: int) -> EntityInfo | None:
        """'a statement on its website', 'his letter': whoever the pronoun is."""
        owner = next((t for t in span if t.dep_ == "poss" and t.lower_ in _OWNERS), None)
        return None if owner is None else self.resolve(span.doc[owner.i : owner.i + 1], paragraph)

    def _apposed_name(self, head: Token, span: Span) -> EntityInfo | None:
        """A name set beside the head: 'the union's leader, Piet de Vries,'; also 'a spokeswoman
        for the Port Employers' Association, Ingrid de Wit,', where the parse hangs the
        person's name on the body she speaks for."""
        person = head.lemma_.lower() in PERSON_HEADS or head.lower_ in _COUNSEL
        if head.lemma_.lower() in KIN_GROUPS:
            return None  # 'the family of one of the victims, Amira Haddad,': not her
        for token in head.subtree:
            named_clause = token.dep_ == "acl" and name_read_as_clause(token)
            if not (token.dep_ == "appos" or named_clause) or not span.start <= token.i < span.end:
                continue  # an acl: 'another group, Keep Kids Learning,' read as a clause
            if after_a_place_word(head.doc[token.left_edge.i : token.i + 1]):
                continue  # 'the ministry in the capital, Santa Clara,': the capital's name
            named = [self.entity_at(t) for t in (token, *token.lefts) if t.dep_ != "punct"]
            entity = next((e for e in named if e is not None), None)  # 'Hannah Lyle KC'
            if entity is None:
                continue
            if token.head.i == head.i or (person and entity.type == "PERSON"):
                return entity
        return None

    def _described(self, span: Span, head: Token, paragraph: int) -> EntityInfo | None:
        """'the federation': the entity named with 'federation';
        'the Russian president': the one with that role."""
        noun = _hyphened(head)
        words = [t.lower_ for t in span if not t.is_punct and t.lower_ not in ("the", "a", "an")]
        if head.pos_ not in ("NOUN", "PROPN"):
            return None
        by_role = [e for e in self.entities.values() if _plays(e, words, head.lower_)]
        if by_role and not _indefinite(head):  # also a title alone: headline "Mayor Defends …"
            return self._most_recent(by_role, span.start_char)
        if noun in _SPOKESPEOPLE:
            body = self._spoken_for(head, paragraph)
            return body if body is not None or _owned(head) else self._body_that_spoke(paragraph)
        if head.pos_ != "NOUN" or noun in PERSON_HEADS:
            return None
        named = self._named_kind(head)
        if named is not None:
            return named
        by_name = [
            e for e in self.entities.values() if e.type in GROUP_TYPES and head.lower_ in e.words
        ]
        if by_name and not _bare_plural(head):  # 'Oil marketers said': not their association
            return self._most_recent(by_name, span.start_char)
        if noun in _SPEAK_FOR_PEOPLE and any(c.lower_ in _OWNERS for c in head.lefts):
            speaker = self._owner_pronoun(span, paragraph)  # 'her office said': she
            return speaker if speaker is not None and speaker.type in _SPEAKERS else None
        owner = _owner(head)
        if noun in ORGANISATION_HEADS and owner is not None and owner.lemma_.lower() != noun:
            # 'the fund's board', 'Acme's board': the body it belongs to speaks through it
            # ('Mr. Clarke's company' is no person, but 'Hale's campaign' and 'her office'
            # speak for her)
            body = self.resolve(head.doc[owner.left_edge.i : owner.i + 1], paragraph)
            kinds = _SPEAKERS if noun in _SPEAK_FOR_PEOPLE else GROUP_TYPES
            return body if body is not None and body.type in kinds else None
        if noun in NAMED_KINDS:
            return self._body_just_heard(head, paragraph)
        if noun in ORGANISATION_HEADS and _bare(head) and not self._unnamed_before(head):
            subject = self._content_subject(span)
            if subject is not None and not _bare(subject):
                # 'The national rail regulator has fined Acme …, the watchdog said': the
                # body the content is about, unnamed here, not the one it names after
                return None
            return self._the_body(noun, span, paragraph)
        if noun in PLACE_BODIES and _bare(head):  # "the city said": the place named last
            return self.latest(span.start_char, frozenset({"GPE"}))
        return None

    def _body_just_heard(self, head: Token, paragraph: int) -> EntityInfo | None:
        """'The Educational Institute of Scotland said … The union stated:': a kind no body
        here is named with is the body that has just spoken, unless its name says it is
        another kind ('Kelbury Council', 'Harlow Homes'); otherwise 'the council' is one
        left unnamed (and a campaign is a candidate's)."""
        if head.lemma_.lower() == "campaign" or not _bare(head):
            return None
        speaker = self._recent_speaker(paragraph)
        if speaker is None or speaker.type != "ORG":
            return None
        return None if speaker.words & _OTHER_KINDS else speaker

    def _spoken_for(self, head: Token, paragraph: int) -> EntityInfo | None:
        """'a spokeswoman for Kestrel', 'a Kestrel spokesman', 'the agency's spokesperson':
        the body or person the words are given for, on the record."""
        for child, owner in _owners(head):
            if owner is None:
                continue
            body = self.resolve(head.doc[owner.left_edge.i : owner.i + 1], paragraph)
            if body is None:  # 'a spokesman for the developer, Harcourt Homes,'
                body = self._apposed_name(owner, head.doc[owner.i : owner.right_edge.i + 1])
            if body is None and child.dep_ == "compound":
                body = self._kind_spoken_for(owner, paragraph)
            if body is not None:
                return body
        return None

    def _body_that_spoke(self, paragraph: int) -> EntityInfo | None:
        """'The department called the result disappointing. A spokeswoman said …': a
        spokesperson for no one named speaks for the body that spoke just before."""
        previous = self.previous
        if previous is None or previous.entity is None or paragraph - previous.paragraph > 1:
            return None
        return previous.entity if previous.entity.type in GROUP_TYPES - {"NORP"} else None

    def _kind_spoken_for(self, kind: Token, paragraph: int) -> EntityInfo | None:
        """'A company spokeswoman': the company the story is about, as 'the company' is
        ('a government spokesman' may speak for a body the story never named)."""
        noun = kind.lemma_.lower()
        if kind.pos_ != "NOUN" or noun not in ORGANISATION_HEADS or noun in NAMED_KINDS:
            return None
        return self._the_body(noun, kind.doc[kind.i : kind.i + 1], paragraph)

    def _named_kind(self, head: Token) -> EntityInfo | None:
        """'the CGT union', 'the Reuters news agency': the body named before its kind;
        'the Norwegian government': the country, where the story names it."""
        if head.lemma_.lower() not in ORGANISATION_HEADS:
            return None
        for child in head.children:
            named = self.entity_at(child) if child.dep_ in ("compound", "amod") else None
            if named is None or named.type not in GROUP_TYPES:
                continue
            if named.type == "NORP":
                return self._country_of(named) or named
            if child.dep_ == "compound":
                return named
        return None

    def _country_of(self, people: EntityInfo) -> EntityInfo | None:
        """The place whose name starts as the people's does ('Norwegian', Norway;
        'British', Britain), among the places the story names."""
        stems = {word[:4] for word in people.words if len(word) >= 5}
        places = [
            e
            for e in self.entities.values()
            if e.type == "GPE" and any(word[:4] in stems for word in e.words if len(word) >= 4)
        ]
        return places[0] if len(places) == 1 else None

    def _the_body(self, noun: str, span: Span, paragraph: int) -> EntityInfo | None:
        """'the company': the organisation that spoke last in the paragraph, else the one
        an earlier 'the company' was, else the one named last (or the one that acted on
        it)."""
        others = frozenset(e.id for e in self.entities.values() if _another_kind(e, noun))
        speaker = self._recent_speaker(paragraph)
        if speaker is not None and speaker.type == "ORG" and speaker.id not in others:
            found: EntityInfo | None = speaker
        else:
            found = self.described.get(noun)
        found = found or self._latest_organisation(span.start_char, others)
        if found is not None:
            self.described[noun] = found
        return found

    def _latest_organisation(
        self, before: int, unless: frozenset[str] = frozenset()
    ) -> EntityInfo | None:
        """The organisation named last; but where it was the object of a sentence whose
        subject is another organisation, or named in a phrase of such a sentence, that
        subject ('The Civil Aviation Authority has fined SkyBridge … The regulator said';
        'Harlow Athletic have sacked their manager after a defeat by Westbury Town … The
        club said')."""
        found = self._latest_mention(before, frozenset({"ORG"}), unless=unless)
        if found is None:
            return None
        object_ = self.doc.char_span(found[0], found[1], alignment_mode="expand")
        if object_ is None:
            return found[2]
        word = object_.root
        while word.dep_ in ("appos", "compound"):  # 'has fined the video app ClipCast'
            word = word.head
        if word.dep_ == "pobj":
            subjects = [t for t in word.sent if t.dep_ == "nsubj" and t.i < word.i]
        elif word.dep_ in ("dobj", "dative"):
            subjects = [s for s in [_subject(word.head)] if s is not None]
        else:
            return found[2]
        named = [e for e in map(self.entity_at, subjects) if e is not None and e.type == "ORG"]
        named = [e for e in named if e.id not in unless]
        return named[-1] if named else found[2]

    def _content_subject(self, span: Span) -> Token | None:
        """The unnamed body noun that is the subject of the content just before the
        source ('The regulator has fined Acme, the watchdog said')."""
        if self.content is None or self.content[1] > span.start_char:
            return None
        content = self.doc.char_span(*self.content, alignment_mode="expand")
        if content is None or not len(content):
            return None
        subject = _subject(content.root)
        if subject is None or subject.lemma_.lower() not in ORGANISATION_HEADS:
            return None
        return None if self._names(subject) else subject

    def _unnamed_before(self, head: Token) -> bool:
        """'The dockworkers' union said …' and later 'the union': the same noun earlier on,
        neither in a name nor set beside one ('Acme, a shipping company,') nor quoted
        ('“rewards a company that …”' is a speaker's word for it), so the description points
        back to it, not to an organisation named since. An earlier bare 'the company'
        pointed back itself and introduced no one, nor did a headline's noun ('Carmaker
        to cut jobs' above 'Veltra Motors will cut …, the carmaker said')."""
        lemma = head.lemma_
        return any(
            token.lemma_ == lemma
            and not self._headline_noun(token)
            and _a_body(token)
            and not _bare(token)
            and not self._names(token)
            and not self.in_quote(token)
            for token in head.doc[: head.i]
        )

    def _headline_noun(self, token: Token) -> bool:
        """'Carmaker' in 'Carmaker to cut jobs': on the first line with no article."""
        return token.idx < self.headline_end and not _determined(token)

    def in_quote(self, token: Token) -> bool:
        """Inside quotation marks; the quotes are only looked for when first asked."""
        if self._quoted is None:
            self._quoted = [(q.start, q.end) for q in find_quotes(doc_text(self.doc))]
        return any(start <= token.idx < end for start, end in self._quoted)

    def _names(self, noun: Token) -> bool:
        """Whether a noun is part of a name or has one beside it ('the RT network')."""
        if self.entity_at(noun) is not None:
            return True
        if noun.dep_ == "appos" and self.entity_at(noun.head) is not None:
            return True
        if noun.dep_ == "attr":  # "RT is a network"
            subjects = [c for c in noun.head.children if c.dep_ == "nsubj"]
            if any(self.entity_at(subject) is not None for subject in subjects):
                return True
        return any(
            c.dep_ in ("appos", "compound") and self.entity_at(c) is not None for c in noun.children
        )

    def _most_recent(self, options: list[EntityInfo], before: int) -> EntityInfo:
        last = {e.id: -1 for e in options}
        for start, _, entity_id in self.mentions:
            if entity_id in last and start < before:
                last[entity_id] = start
        return max(options, key=lambda e: last[e.id])

    def _defer(self, paragraph: int, kind: str, gender: str | None) -> bool:
        """'A spokeswoman said … “…,” she wrote': the pronoun is the unnamed speaker's."""
        previous = self._described_speaker(paragraph, kind, gender)
        if previous is None or previous.entity is not None:
            return False
        self.deferred = previous
        return True

    def _spokesperson(self, paragraph: int, gender: str) -> EntityInfo | None:
        """'A spokeswoman for Kestrel said … She added …': whom the spokeswoman spoke for."""
        previous = self._described_speaker(paragraph, "person", gender)
        return None if previous is None else previous.entity

    def _described_speaker(self, paragraph: int, kind: str, gender: str | None) -> Speaker | None:
        """The previous speaker, when the story described them as a person or group of this
        kind (a spokeswoman) in the last paragraphs and the pronoun's gender fits."""
        previous = self.previous
        if previous is None or previous.kind != kind:
            return None
        if paragraph - previous.paragraph > PARAGRAPHS_BACK:
            return None
        if gender is not None and previous.gender not in (None, gender):
            return None
        return previous

    def _recent_speaker(self, paragraph: int) -> EntityInfo | None:
        previous = self.previous
        if previous is None or paragraph - previous.paragraph > PARAGRAPHS_BACK:
            return None
        return previous.entity


# what a document's author does to it: 'a study published by', 'a poll conducted by'
_AUTHORING = frozenset(
    {"publish", "write", "produce", "commission", "conduct", "compile", "prepare", "release"}
    | {"issue", "author", "carry", "lead", "draft", "run", "sign", "organise", "organize"}
    | {"draw"}  # 'drawn up by
)
_OWNERS = frozenset({"its", "his", "her", "their"})  # whose statement, letter or post
_COUNSEL = frozenset({"counsel", "barrister", "solicitor", "advocate"})  # people, not bodies
_SPEAK_FOR_PEOPLE = frozenset({"campaign", "office"})  # a person's own, speaking for them
_SPEAKERS = GROUP_TYPES | {"PERSON"}
# what a body's name says it is, if not a union, a federation or an association of members
_OTHER_KINDS = (NAMED_KINDS - {"institute", "association", "federation", "union", "alliance"}) | (
    COMPANY_WORDS
)
_SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson"})  # a body's own voice


def _subject(verb: Token) -> Token | None:
    """The clause's nominal subject, active or passive."""
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _a_body(noun: Token) -> bool:
    """A noun standing for one body, not a modifier ('newspaper endorsements'), several
    ('newspapers') or a collective ('the group of voters')."""
    if noun.pos_ != "NOUN" or noun.dep_ == "compound" or noun.tag_ == "NNS":
        return False
    return not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def _has_determiner(head: Token, words: tuple[str, ...]) -> bool:
    return any(c.dep_ == "det" and c.lower_ in words for c in head.children)


def _an_age(head: Token) -> bool:
    """'old' closing '52-year-old', standing for the person."""
    doc = head.doc
    return head.lower_ == "old" and head.i >= 2 and doc[head.i - 2].lower_ in ("year", "years")


def _bare_plural(head: Token) -> bool:
    return head.tag_ == "NNS" and not _determined(head)


def _determined(noun: Token) -> bool:
    """An article or an owner before the noun ('the', 'its', 'Acme's')."""
    return any(c.dep_ in ("det", "poss") for c in noun.children)


def _indefinite(head: Token) -> bool:
    """'an architect who said': someone new, not whoever was called an architect before."""
    return _has_determiner(head, ("a", "an"))


def _owner(head: Token) -> Token | None:
    """The noun that owns a body ('the fund' of 'the fund's board'), not a pronoun."""
    return next(
        (c for c in head.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")), None
    )


def _bare(head: Token) -> bool:
    """'the company' ('the Glasgow-based company'), not 'the union representing dock
    workers' or 'its parent company', which introduce a body of their own, nor 'police'
    with no article, which names no one body."""
    lead = _hyphen_lead(head)  # 'start' of 'start-up'
    plain = all(
        c.dep_ in ("det", "punct", "case") or _hyphened_participle(c) or _aside(c)
        for c in head.children
        if lead is None or c.i != lead.i
    )
    return plain and _has_determiner(head, _DEFINITE)


def _aside(clause: Token) -> bool:
    """'The company, based in Leeds,': a clause set off by a comma says more of the body
    meant, it picks out no other one."""
    return clause.dep_ in ("acl", "relcl") and after_comma(clause)


def _hyphened(head: Token) -> str:
    """The noun with the words hyphened to it: 'start-up', whose head the parser makes 'up'."""
    lead = _hyphen_lead(head)
    return f"{lead.lower_}-{head.lemma_.lower()}" if lead else head.lemma_.lower()


def _hyphen_lead(head: Token) -> Token | None:
    """The word hyphened before the noun ('start' of 'start-up'), if any."""
    doc, i = head.doc, head.i
    if i >= 2 and doc[i - 1].text == "-" and not doc[i - 2].whitespace_ and doc[i - 2].is_alpha:
        return doc[i - 2]
    return None


def _hyphened_participle(word: Token) -> bool:
    """'Glasgow-based', 'state-owned': what a story says of a body it has named already."""
    return word.dep_ == "amod" and word.tag_ == "VBN" and any(c.text == "-" for c in word.children)


def _role_words(role: str) -> list[str]:
    return role.lower().replace("’", "'").replace("'s", "").split()


def _role_noun(role_words: list[str]) -> str | None:
    """The noun a role is built on: 'chairman' of 'chairman of the Fishermen's Association'."""
    own = list(takewhile(lambda w: w not in _ROLE_PREPOSITIONS, role_words))
    return own[-1] if own else None


def _role_mentions(doc: Doc, entities: list[EntityInfo]) -> list[tuple[int, int, str]]:
    """'The former president's appearance', where the story calls one person 'Former
    President': a mention of that person, which the pronouns after it can take up."""
    by_noun: dict[str, list[EntityInfo]] = {}
    for entity in entities:
        for role in entity.roles:
            noun = _role_noun(_role_words(role))
            if noun is not None:
                by_noun.setdefault(noun, []).append(entity)
    found = []
    for token in tokens_among(doc, by_noun) if by_noun else []:
        if token.pos_ not in ("NOUN", "PROPN") or not _has_determiner(token, _DEFINITE):
            continue
        words = [t.lower_ for t in doc[token.left_edge.i : token.i + 1] if t.dep_ in _DESCRIBING]
        players = [
            e for e in by_noun[token.lower_] if _plays(e, [*words, token.lower_], token.lower_)
        ]
        if len(players) == 1:
            start = doc[token.left_edge.i].idx
            found.append((start, token.idx + len(token.text), players[0].id))
    return found


def _plays(entity: EntityInfo, words: list[str], head: str) -> bool:
    """A description that repeats one of the entity's roles: 'the Russian president'.
    The role's own noun must match: 'chairman of the Fishermen's Association' plays
    'the chairman', not 'the association'."""
    for role in entity.roles:
        owned = "'s" in role.replace("’", "'")
        role_words = _role_words(role)
        # a role is kept without 'his' ('his wife, Laura,' plays 'wife'), but 'his lawyer'
        # is not the lawyer of someone the role names ('Clinton's lawyer')
        needed = words if owned else [w for w in words if w not in _POSSESSIVE_PRONOUNS]
        if _role_noun(role_words) == head and all(w in role_words for w in needed):
            return True
    return False


def _gender(text: str, info: EntityInfo, entity: dict[str, Any]) -> str | None:
    for mention in entity.get("mentions", []):
        before = text[max(0, mention["start"] - 6) : mention["start"]].lower().split()
        if before and before[-1] in MALE | FEMALE:
            return gender_of_word(before[-1])
    for role in info.roles:
        for word in role.lower().split():
            if gender_of_word(word):
                return gender_of_word(word)
    return gender_of_name(entity["name"])


def _gender_by_possessive(doc: Doc, entity: dict[str, Any]) -> str | None:
    """'Grace Mwangi accused the minister of insulting her members': a person who is the
    subject of a clause owning something with 'her' or 'his', no other person named or
    described between them, is a woman or a man."""
    for mention in entity.get("mentions", []):
        span = doc.char_span(mention["start"], mention["end"], alignment_mode="expand")
        if span is None or not len(span) or span.root.dep_ not in ("nsubj", "nsubjpass"):
            continue
        verb = span.root.head
        for token in doc[span.end : verb.right_edge.i + 1]:
            if token.dep_ == "poss" and token.lower_ in ("his", "her"):
                return gender_of_word(token.lower_)
            if _a_person(token):
                break
    return None


def _a_person(token: Token) -> bool:
    """A word that names or describes someone who could own what follows."""
    lemma = token.lemma_.lower()
    return (
        token.ent_type_ == "PERSON"
        or lemma in PERSON_HEADS
        or token.lower_ in TITLES
        or token.is_quote
        or gender_of_word(token.lower_) is not None
    )


def is_anonymous(span: Span) -> bool:
    """An unnamed person or group: 'officials', 'a source familiar with the talks'."""
    head = span.root
    if head.lower_ in _UNNAMED_SOME and head.pos_ in ("PRON", "NUM"):
        return _unnamed_some(head, span)
    if head.pos_ in ("PRON", "PROPN") or head.lower_ in RELATIVE or _one_organisation(head):
        return False
    if _a_document(head) or head.lemma_.lower() in _TEXTS or _names_beside(head, span):
        return False
    return not _one_post_holder(head)


def _unnamed_some(head: Token, span: Span) -> bool:
    """'Some said', 'one of the officials': unnamed, unless the group they are part of is
    named ('some of the union's leaders' is as anonymous as its leaders are) or a name
    stands beside them ('one of the men, Jessie Ortiz,')."""
    if _names_beside(head, span):
        return False
    groups = [g for c in head.rights if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    if not groups:
        return True
    group = groups[0]
    return is_anonymous(span.doc[group.left_edge.i : group.right_edge.i + 1])


def _kinds_written_beside(text: str, mentions: list[dict[str, int]]) -> frozenset[str]:
    """'the Unite union … The union said', 'Campaign group Surfers Against Sewage': the kind
    of body written right after a name, or just before it, names it as well as the name
    does."""
    kinds = set()
    for mention in mentions:
        after = _WORD_AFTER.match(text, mention["end"])
        if after is not None and after.group(1) in NAMED_KINDS:
            kinds.add(after.group(1))
        before = _WORDS_BEFORE.search(text, max(0, mention["start"] - 40), mention["start"])
        words = before.group(0).lower().split() if before is not None else []
        while words and words[-1] in ORGANISATION_HEADS:
            kinds.add(words.pop())
    return frozenset(kinds)


def _another_kind(entity: EntityInfo, noun: str) -> bool:
    """'The company said' is no body its name or the words beside it call a kind that no
    business is (the campaign group that spoke last)."""
    if noun not in _BUSINESSES:
        return False
    kinds = entity.words & ORGANISATION_HEADS
    return bool(kinds - _BUSINESSES - {"group"})


def _owned(head: Token) -> bool:
    """'A government spokesman', 'a spokeswoman for the ministry': the words say whose
    voice it is, so no other body that spoke before is."""
    return bool(_owners(head))


def _owners(head: Token) -> list[tuple[Token, Token | None]]:
    """Each dependent that says whose a spokesperson is, with the word naming the owner:
    'for Kestrel' (Kestrel; none where the parse gave the 'for' no object), 'a Kestrel
    spokesman', 'the agency's spokesperson'."""
    found: list[tuple[Token, Token | None]] = []
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in ("for", "of", "at"):
            found.append((child, next((c for c in child.children if c.dep_ == "pobj"), None)))
        elif child.dep_ in ("compound", "nmod", "poss") and child.i < head.i:
            found.append((child, child))
    return found


def _a_document(head: Token) -> bool:
    """'the report', 'Figures from the statistics office' (plural as listed, or singular)."""
    return head.lemma_.lower() in DOCUMENT_HEADS or head.lower_ in DOCUMENT_HEADS


def _one_post_holder(head: Token) -> bool:
    """'its leader', 'the union's general secretary', 'the chancellor': the one person
    holding a post is identified, though unnamed; 'a spokesman' or 'its officials' are
    not."""
    title = head.lower_ in TITLES
    if head.tag_ != "NN" or not (title or head.lower_ in _POSTS):
        return False
    owned = any(c.dep_ == "poss" for c in head.children)
    return owned or (title and _has_determiner(head, ("the",)))


_POSTS = frozenset({"leader", "head", "chief", "founder", "owner", "boss", "manager"})
# texts a story cites besides reports ('according to the constitution'): no one unnamed
_TEXTS = frozenset(
    {"constitution", "law", "treaty", "charter", "rule", "regulation", "guideline", "statute"}
    | {"act", "bill", "agreement", "contract", "manifesto", "budget", "census", "minutes"}
)


def _names_beside(head: Token, span: Span) -> bool:
    """'The mayor, Denise Carter, and her police chief, Raymond Osei,': people named in
    apposition or conjunction with the head are no anonymous source, whatever the parse
    hung them on."""
    for token in span:
        if token.ent_type_ not in ("PERSON", "ORG") or token.dep_ not in ("appos", "conj"):
            continue
        if _within_its_name(token):
            continue  # 'a spokesman for the Office of Management and Budget'
        node = token
        while node.dep_ in ("appos", "conj", "pobj", "prep") and node.i != head.i:
            node = node.head
        if node.i == head.i:
            return True
    return False


def _within_its_name(token: Token) -> bool:
    """The token's head is a word of the same name ('Budget' on 'Management')."""
    name = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    return name is not None and name.start <= token.head.i < name.end


def _one_organisation(head: Token) -> bool:
    """'The dockworkers' union', 'the company', 'the two companies': bodies the story
    identifies, though unnamed, unlike 'unions' or 'a company'."""
    lemma = head.lemma_.lower()
    if lemma not in ORGANISATION_HEADS | PLACE_BODIES:
        return False
    if head.tag_ == "NNS":
        return _has_determiner(head, ("the",))
    return any(c.dep_ == "poss" for c in head.children) or _has_determiner(head, _DEFINITE)


class Coreference:
    """Fills `entity` and `anonymous` on every attribution source."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        attributions = doc._.get(attribute("attributions")) or []
        if not attributions:
            return doc
        text = doc_text(doc)
        resolver = Resolver.of(doc, text, doc._.get(attribute("entities")) or [])
        resolver.contents = [(a["content"]["start"], a["content"]["end"]) for a in attributions]
        paragraph_of = _paragraph_counter(text)
        for attribution, outer in sorted(_with_nested(attributions), key=_position):
            source = attribution.get("source")
            if not source:
                continue
            named = source.pop("speaks_for", None) or source  # whom an interview's 'A' stands for
            span = doc.char_span(named["start"], named["end"], alignment_mode="expand")
            if span is None or not len(span):
                continue
            span = _core(span)
            paragraph = paragraph_of(source["start"])
            resolver.deferred = None
            resolver.content = (attribution["content"]["start"], attribution["content"]["end"])
            entity = resolver.resolve(span, paragraph)
            if _quoting_another(resolver, span, entity, outer):
                entity = None
            source["entity"] = entity.id if entity else None
            _remember(resolver, span, paragraph, entity, source)
        return doc


def _quoting_another(
    resolver: Resolver, span: Span, entity: EntityInfo | None, outer: dict[str, Any] | None
) -> bool:
    """'“She told me …,” Calloway said': the 'she' a speaker quotes is someone else (not in
    reported speech: 'Ruiz promised to stop cuts which he said would …' is Ruiz's)."""
    if entity is None or outer is None or span.root.lower_ not in PERSONAL:
        return False
    if not resolver.in_quote(span.root):
        return False
    named = span.doc.char_span(outer["start"], outer["end"], alignment_mode="expand")
    if named is None:
        return False
    found = (resolver.entity_at(token) for token in named)
    return any(other is not None and other.id == entity.id for other in found)


def _with_nested(
    attributions: list[dict[str, Any]], outer: dict[str, Any] | None = None
) -> Iterator[tuple[dict[str, Any], dict[str, Any] | None]]:
    """Every attribution, those inside another's content too (an inner speaker is the
    story's latest speaker as much as an outer one: 'According to the paper, Petrie told
    aides … He later denied it'), each with the source of the one it sits in."""
    for attribution in attributions:
        yield attribution, outer
        yield from _with_nested(attribution.get("nested", []), attribution.get("source"))


def _remember(
    resolver: Resolver,
    span: Span,
    paragraph: int,
    entity: EntityInfo | None,
    source: dict[str, Any],
) -> None:
    """Mark the source anonymous or not, and keep it as the previous speaker."""
    deferred = resolver.deferred
    if entity is not None:
        source["anonymous"] = False
        head = span.root
        voice = head.lemma_.lower() in _SPOKESPEOPLE and entity.type != "PERSON"
        kind, gender = ("person", gender_of_word(head.lower_)) if voice else ("", None)
        if _a_document(head):
            kind = "document"  # 'The letter, signed by Anders Holm, says …': his
        resolver.previous = Speaker(entity, paragraph, kind, gender, position=span.start_char)
    elif deferred is not None:  # "she" after "a spokeswoman": as anonymous as she is
        source["anonymous"] = deferred.anonymous
        deferred.paragraph = paragraph
    else:
        source["anonymous"] = is_anonymous(_antecedent(span))  # 'a senator, who asked …'
        if _a_document(span.root) and span.root.tag_ == "NN":
            resolver.document = Speaker(None, paragraph, "document", position=span.start_char)
        unnamed = _unnamed_speaker(span, paragraph, source["anonymous"])
        if unnamed is not None:
            resolver.previous = unnamed


def _antecedent(span: Span) -> Span:
    """What a relative pronoun stands for ('a senator, who asked …': 'a senator'), else the
    span itself."""
    head = span.root
    if head.lower_ not in RELATIVE or head.head.head.i == head.head.i:
        return span  # spaCy makes a new Token each time: compare positions, not objects
    antecedent = head.head.head
    return span.doc[antecedent.left_edge.i : antecedent.i + 1]


def _unnamed_speaker(span: Span, paragraph: int, anonymous: bool) -> Speaker | None:
    """A person or group described, not named: 'a spokeswoman', 'officials', 'the union';
    or named by words spaCy took for no name ('Downing Street said'), which a spokesman
    after it speaks for rather than the body that spoke before."""
    head = span.root
    if head.pos_ == "PROPN" and head.is_title:
        return Speaker(None, paragraph, "named", None, anonymous, span.start_char)
    if head.pos_ in ("PRON", "PROPN") or head.lower_ in RELATIVE:
        return None
    lemma = head.lemma_.lower()
    gender = gender_of_word(head.lower_)
    plural = head.tag_ in ("NNS", "NNPS")
    if lemma in PERSON_HEADS or gender is not None:
        if not plural and _has_determiner(head, ("the",)):
            return None  # "the former first lady": likely someone named, left unresolved
        kind = "group" if plural else "person"
    elif lemma in ORGANISATION_HEADS:
        kind = "group"
    else:
        return None
    return Speaker(None, paragraph, kind, gender, anonymous, span.start_char)


def _core(span: Span) -> Span:
    """The name or description a source resolves by: its head's phrase without the
    clauses PARC's wide span keeps ("a study that appeared in The Journal" is not the
    journal's)."""
    start, end = source_core(_head(span))
    start, end = max(start, span.start), min(end, span.end)
    return span.doc[start:end] if start < end else span


def _head(span: Span) -> Token:
    """The span's head; where the parse gives it several ('co-founder' read as three
    subjects), the last word of them, as English phrases end in their head."""
    tops = [t for t in span if not span.start <= t.head.i < span.end and not t.is_punct]
    return tops[-1] if len(tops) > 1 else span.root


def _position(item: tuple[dict[str, Any], dict[str, Any] | None]) -> int:
    """Where the story names the source, so speakers are met in reading order ('It said
    …, per a spokesman': 'it' before the spokesman); else where the attribution starts."""
    attribution = item[0]
    source = attribution.get("source")
    if source:
        return int(source["start"])
    spans = [attribution.get(k) for k in ("cue", "content")]
    return min(int(s["start"]) for s in spans if s)


def _paragraph_counter(text: str) -> Callable[[int], int]:
    """Offset → paragraph number (a paragraph ends at any run of line breaks)."""
    breaks = [m.start() for m in re.finditer(r"\n+", text)]
    return lambda offset: bisect_right(breaks, offset)
