"""Source resolution on hand-built parses (no model): names, descriptions, pronouns,
the previous speaker, documents and their authors, anonymous sources."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.tokens import Doc

from newsgraph.nlp.coref import Coreference
from newsgraph.nlp.extensions import attribute, register_extensions
from tests.nlp.hand_parse import parsed

# word, part of speech, head (index), dependency, lemma
Row = tuple[str, str, int, str, str]


def _doc(rows: list[Row]) -> Doc:
    register_extensions()
    return parsed([(word, head, dep, pos, lemma) for word, pos, head, dep, lemma in rows])


def _span(doc: Doc, start: int, end: int) -> dict[str, Any]:
    return {"start": doc[start].idx, "end": doc[end - 1].idx + len(doc[end - 1].text)}


def _entity(
    doc: Doc, eid: str, kind: str, name: str, *mentions: tuple[int, int], **extra: Any
) -> dict[str, Any]:
    return {
        "id": eid,
        "name": name,
        "type": kind,
        "aliases": [],
        "roles": [],
        **extra,
        "mentions": [_span(doc, s, e) for s, e in mentions],
    }


def _resolve(
    doc: Doc, entities: list[dict[str, Any]], sources: list[tuple[int, int]]
) -> list[dict[str, Any]]:
    attributions = [
        {
            "kind": "indirect",
            "source": _span(doc, s, e) | {"entity": None, "anonymous": False},
            "cue": _span(doc, e, e + 1),
            "content": _span(doc, e + 1, e + 2),
        }
        for s, e in sources
    ]
    doc._.set(attribute("entities"), entities)
    doc._.set(attribute("attributions"), attributions)
    Coreference(None, "coref")(doc)  # type: ignore[arg-type]
    return [a["source"] for a in attributions]


def _said(subject: list[tuple[str, str, str]], offset: int) -> list[Row]:
    """'SUBJECT said yes .' starting at token `offset`; the subject's last word is its head."""
    n = len(subject)
    verb = offset + n
    rows: list[Row] = [
        (w, p, offset + n - 1 if i < n - 1 else verb, "compound" if i < n - 1 else "nsubj", lem)
        for i, (w, p, lem) in enumerate(subject)
    ]
    return [
        *rows,
        ("said", "VERB", verb, "ROOT", "say"),
        ("yes", "INTJ", verb, "dobj", "yes"),
        (".", "PUNCT", verb, "punct", "."),
    ]


def test_it_continued_goes_to_the_organisation_that_spoke_before() -> None:
    doc = _doc(_said([("Unite", "PROPN", "Unite")], 0) + _said([("It", "PRON", "it")], 4))
    unite = _entity(doc, "E1", "ORG", "Unite", (0, 1))
    first, second = _resolve(doc, [unite], [(0, 1), (4, 5)])
    assert first["entity"] == second["entity"] == "E1"
    assert not second["anonymous"]


def test_he_and_she_follow_first_names_and_recency() -> None:
    rows = _said([("Maria", "PROPN", "Maria"), ("Lopez", "PROPN", "Lopez")], 0)
    rows += _said([("Tom", "PROPN", "Tom"), ("Reyes", "PROPN", "Reyes")], 5)
    rows += _said([("She", "PRON", "she")], 10) + _said([("He", "PRON", "he")], 14)
    doc = _doc(rows)
    maria = _entity(doc, "E1", "PERSON", "Maria Lopez", (0, 2))
    tom = _entity(doc, "E2", "PERSON", "Tom Reyes", (5, 7))
    sources = _resolve(doc, [maria, tom], [(0, 2), (5, 7), (10, 11), (14, 15)])
    assert [s["entity"] for s in sources] == ["E1", "E2", "E1", "E2"]


def test_an_honorific_gives_the_gender() -> None:
    rows = _said([("Mrs.", "PROPN", "Mrs."), ("Abebe", "PROPN", "Abebe")], 0)
    rows += _said([("Kim", "PROPN", "Kim")], 5) + _said([("She", "PRON", "she")], 9)
    doc = _doc(rows)
    abebe = _entity(doc, "E1", "PERSON", "Abebe", (1, 2))
    kim = _entity(doc, "E2", "PERSON", "Kim", (5, 6), roles=["chairman"])
    *_, she = _resolve(doc, [abebe, kim], [(0, 2), (5, 6), (9, 10)])
    assert she["entity"] == "E1"


def test_a_description_finds_the_organisation_named_with_its_head() -> None:
    rows = _said(
        [("Federation", "PROPN", "Federation"), ("Communities", "PROPN", "Communities")], 0
    )
    rows += _said([("The", "DET", "the"), ("federation", "NOUN", "federation")], 5)
    doc = _doc(rows)
    fed = _entity(doc, "E1", "ORG", "Federation Communities", (0, 2))
    _, second = _resolve(doc, [fed], [(0, 2), (5, 7)])
    assert second["entity"] == "E1"


def test_a_description_that_repeats_a_role() -> None:
    rows = _said([("Putin", "PROPN", "Putin")], 0)
    rows += _said(
        [("the", "DET", "the"), ("Russian", "ADJ", "russian"), ("president", "NOUN", "president")],
        4,
    )
    doc = _doc(rows)
    putin = _entity(doc, "E1", "PERSON", "Vladimir Putin", (0, 1), roles=["Russian President"])
    _, described = _resolve(doc, [putin], [(0, 1), (4, 7)])
    assert described["entity"] == "E1"


def test_his_before_a_role_matches_it_unless_the_role_names_an_owner() -> None:
    """'Laura (his wife) said yes. His wife said yes. Mills (Kim's lawyer) said yes. His
    lawyer said yes.': the wife is Laura; his lawyer need not be Kim's."""
    rows = _said([("Laura", "PROPN", "Laura")], 0)
    rows += _said([("His", "PRON", "his"), ("wife", "NOUN", "wife")], 4)
    rows += _said([("Mills", "PROPN", "Mills")], 9)
    rows += _said([("His", "PRON", "his"), ("lawyer", "NOUN", "lawyer")], 13)
    doc = _doc(rows)
    laura = _entity(doc, "E1", "PERSON", "Laura", (0, 1), roles=["wife"])
    mills = _entity(doc, "E2", "PERSON", "Cheryl Mills", (9, 10), roles=["Kim's lawyer"])
    sources = _resolve(doc, [laura, mills], [(0, 1), (4, 6), (9, 10), (13, 15)])
    assert [s["entity"] for s in sources] == ["E1", "E1", "E2", None]


def test_a_described_person_resolves_by_role() -> None:
    """'chief executive Graham Otley said …; the chief executive added': a word that can
    name anyone ('executive') still points at the one person holding that role."""
    rows = _said([("Otley", "PROPN", "Otley")], 0)
    rows += _said(
        [("the", "DET", "the"), ("chief", "ADJ", "chief"), ("executive", "NOUN", "executive")],
        4,
    )
    doc = _doc(rows)
    otley = _entity(doc, "E1", "PERSON", "Graham Otley", (0, 1), roles=["chief executive"])
    _, described = _resolve(doc, [otley], [(0, 1), (4, 7)])
    assert described["entity"] == "E1"


def test_a_role_plays_its_own_noun_not_the_body_it_names() -> None:
    """'Penrose, chairman of the Trawlermen's Association, said …; the association said':
    the association is the body, not its chairman; 'the chairman' is him."""
    rows = _said([("Penrose", "PROPN", "Penrose")], 0)
    rows += _said([("the", "DET", "the"), ("association", "NOUN", "association")], 4)
    rows += _said([("the", "DET", "the"), ("chairman", "NOUN", "chairman")], 9)
    doc = _doc(rows)
    penrose = _entity(
        doc,
        "E1",
        "PERSON",
        "Tom Penrose",
        (0, 1),
        roles=["chairman of the Trawlermen's Association"],
    )
    _, body, chairman = _resolve(doc, [penrose], [(0, 1), (4, 6), (9, 11)])
    assert body["entity"] is None
    assert chairman["entity"] == "E1"


def test_an_indefinite_description_is_someone_new() -> None:
    """'An architect said …' after 'Ann Cole, the architect of the plan': another architect."""
    rows = _said([("Cole", "PROPN", "Cole")], 0)
    rows += _said([("An", "DET", "an"), ("architect", "NOUN", "architect")], 4)
    doc = _doc([(w, p, h, "det" if p == "DET" else d, lemma) for w, p, h, d, lemma in rows])
    cole = _entity(doc, "E1", "PERSON", "Ann Cole", (0, 1), roles=["architect of the plan"])
    _, other = _resolve(doc, [cole], [(0, 1), (4, 6)])
    assert other["entity"] is None


def test_a_capitalised_title_alone_is_whoever_holds_it() -> None:
    """A headline's 'Mayor Defends Budget', the mayor named in the story below."""
    rows = _said([("Mayor", "PROPN", "Mayor")], 0)
    rows += _said([("Elena", "PROPN", "Elena"), ("Vasquez", "PROPN", "Vasquez")], 4)
    doc = _doc(rows)
    mayor = _entity(doc, "E1", "PERSON", "Elena Vasquez", (4, 6), roles=["mayor"])
    headline, _ = _resolve(doc, [mayor], [(0, 1), (4, 6)])
    assert headline["entity"] == "E1"


def test_a_description_resolves_to_the_name_set_beside_it() -> None:
    """'The dockers' leader, Piet de Vries, said yes.'"""
    rows: list[Row] = [
        ("The", "DET", 1, "det", "the"),
        ("dockers", "NOUN", 3, "poss", "docker"),
        ("'", "PART", 1, "case", "'"),
        ("leader", "NOUN", 9, "nsubj", "leader"),
        (",", "PUNCT", 3, "punct", ","),
        ("Piet", "PROPN", 7, "compound", "Piet"),
        ("de", "PROPN", 7, "compound", "de"),
        ("Vries", "PROPN", 3, "appos", "Vries"),
        (",", "PUNCT", 3, "punct", ","),
        ("said", "VERB", 9, "ROOT", "say"),
        ("yes", "INTJ", 9, "dobj", "yes"),
        (".", "PUNCT", 9, "punct", "."),
    ]
    doc = _doc(rows)
    piet = _entity(doc, "E1", "PERSON", "Piet de Vries", (5, 8))
    [source] = _resolve(doc, [piet], [(0, 9)])
    assert source["entity"] == "E1"


def test_a_spokeswoman_is_the_name_the_parse_hung_on_her_employer() -> None:
    """'A spokeswoman for the Dock Employers' Association, Ingrid de Wit, said yes.'"""
    rows: list[Row] = [
        ("A", "DET", 1, "det", "a"),
        ("spokeswoman", "NOUN", 13, "nsubj", "spokeswoman"),
        ("for", "ADP", 1, "prep", "for"),
        ("the", "DET", 7, "det", "the"),
        ("Dock", "PROPN", 5, "compound", "Dock"),
        ("Employers", "PROPN", 7, "poss", "Employers"),
        ("'", "PART", 5, "case", "'"),
        ("Association", "PROPN", 2, "pobj", "Association"),
        (",", "PUNCT", 7, "punct", ","),
        ("Ingrid", "PROPN", 11, "compound", "Ingrid"),
        ("de", "PROPN", 11, "compound", "de"),
        ("Wit", "PROPN", 7, "appos", "Wit"),
        (",", "PUNCT", 1, "punct", ","),
        ("said", "VERB", 13, "ROOT", "say"),
        ("yes", "INTJ", 13, "dobj", "yes"),
        (".", "PUNCT", 13, "punct", "."),
    ]
    doc = _doc(rows)
    body = _entity(doc, "E1", "ORG", "Dock Employers' Association", (4, 8))
    ingrid = _entity(doc, "E2", "PERSON", "Ingrid de Wit", (9, 12))
    [source] = _resolve(doc, [body, ingrid], [(0, 13)])
    assert source["entity"] == "E2"
    assert not source["anonymous"]


def _the_company_said(offset: int) -> list[Row]:
    """'The company said yes .' from token `offset`."""
    return [
        ("The", "DET", offset + 1, "det", "the"),
        ("company", "NOUN", offset + 2, "nsubj", "company"),
        ("said", "VERB", offset + 2, "ROOT", "say"),
        ("yes", "INTJ", offset + 2, "dobj", "yes"),
        (".", "PUNCT", offset + 2, "punct", "."),
    ]


def test_the_company_is_the_organisation_that_spoke_before() -> None:
    """'Acme, a shipping company, said yes. The company said yes.'"""
    rows: list[Row] = [
        ("Acme", "PROPN", 6, "nsubj", "Acme"),
        (",", "PUNCT", 0, "punct", ","),
        ("a", "DET", 4, "det", "a"),
        ("shipping", "NOUN", 4, "compound", "shipping"),
        ("company", "NOUN", 0, "appos", "company"),
        (",", "PUNCT", 0, "punct", ","),
        ("said", "VERB", 6, "ROOT", "say"),
        ("yes", "INTJ", 6, "dobj", "yes"),
        (".", "PUNCT", 6, "punct", "."),
    ]
    doc = _doc(rows + _the_company_said(9))
    acme = _entity(doc, "E1", "ORG", "Acme", (0, 1))
    _, company = _resolve(doc, [acme], [(0, 6), (9, 11)])
    assert company["entity"] == "E1" and not company["anonymous"]


def test_an_unnamed_company_is_not_the_organisation_named_after_it() -> None:
    """'Its parent company said yes. Acme said yes. The company said yes.': the company is
    the unnamed parent, not Acme; unnamed, but no anonymous source."""
    rows: list[Row] = [
        ("Its", "PRON", 2, "poss", "its"),
        ("parent", "NOUN", 2, "compound", "parent"),
        ("company", "NOUN", 3, "nsubj", "company"),
        ("said", "VERB", 3, "ROOT", "say"),
        ("yes", "INTJ", 3, "dobj", "yes"),
        (".", "PUNCT", 3, "punct", "."),
    ]
    rows += _said([("Acme", "PROPN", "Acme")], 6)
    doc = _doc(rows + _the_company_said(10))
    acme = _entity(doc, "E1", "ORG", "Acme", (6, 7))
    parent, named, company = _resolve(doc, [acme], [(0, 3), (6, 7), (10, 12)])
    assert named["entity"] == "E1"
    assert parent["entity"] is None and company["entity"] is None
    assert not company["anonymous"]


def test_the_company_said_twice_is_the_named_organisation_both_times() -> None:
    """'Acme said yes. The company said yes. The company said yes.': the first "the
    company" points back to Acme, so it introduces no unnamed company of its own."""
    doc = _doc(_said([("Acme", "PROPN", "Acme")], 0) + _the_company_said(4) + _the_company_said(9))
    acme = _entity(doc, "E1", "ORG", "Acme", (0, 1))
    _, first, second = _resolve(doc, [acme], [(0, 1), (4, 6), (9, 11)])
    assert first["entity"] == "E1" and second["entity"] == "E1"


def test_a_company_in_a_quote_is_the_speakers_word_not_an_unnamed_company() -> None:
    """'Acme said “blame a company”. The company said yes.': the quoted company is no
    company of the story's own, so the company is still Acme."""
    rows: list[Row] = [
        ("Acme", "PROPN", 1, "nsubj", "Acme"),
        ("said", "VERB", 1, "ROOT", "say"),
        ("“_", "PUNCT", 3, "punct", "“"),
        ("blame", "VERB", 1, "ccomp", "blame"),
        ("a", "DET", 5, "det", "a"),
        ("company_", "NOUN", 3, "dobj", "company"),
        ("”_", "PUNCT", 3, "punct", "”"),
        (".", "PUNCT", 1, "punct", "."),
    ]
    doc = _doc(rows + _the_company_said(8))
    acme = _entity(doc, "E1", "ORG", "Acme", (0, 1))
    _, company = _resolve(doc, [acme], [(0, 1), (8, 10)])
    assert company["entity"] == "E1"


def test_a_body_of_a_described_organisation_speaks_for_it() -> None:
    """'Acme said yes. The firm's board said yes.': the board is Acme's."""
    rows: list[Row] = [
        *_said([("Acme", "PROPN", "Acme")], 0),
        ("The", "DET", 5, "det", "the"),
        ("firm_", "NOUN", 7, "poss", "firm"),
        ("'s", "PART", 5, "case", "'s"),
        ("board", "NOUN", 8, "nsubj", "board"),
        ("said", "VERB", 8, "ROOT", "say"),
        ("yes", "INTJ", 8, "dobj", "yes"),
        (".", "PUNCT", 8, "punct", "."),
    ]
    doc = _doc(rows)
    acme = _entity(doc, "E1", "ORG", "Acme", (0, 1))
    _, board = _resolve(doc, [acme], [(0, 1), (4, 8)])
    assert board["entity"] == "E1"


@pytest.mark.parametrize(("noun", "speaker"), [("campaign", "E1"), ("company", None)])
def test_a_candidates_campaign_speaks_for_the_candidate_but_a_company_not(
    noun: str, speaker: str | None
) -> None:
    """'Victor Hale's campaign said yes.', but 'Victor Hale's company' is no person."""
    rows: list[Row] = [
        ("Victor", "PROPN", 1, "compound", "Victor"),
        ("Hale_", "PROPN", 3, "poss", "Hale"),
        ("'s", "PART", 1, "case", "'s"),
        (noun, "NOUN", 4, "nsubj", noun),
        ("said", "VERB", 4, "ROOT", "say"),
        ("yes", "INTJ", 4, "dobj", "yes"),
        (".", "PUNCT", 4, "punct", "."),
    ]
    doc = _doc(rows)
    hale = _entity(doc, "E1", "PERSON", "Victor Hale", (0, 2))
    [source] = _resolve(doc, [hale], [(0, 4)])
    assert source["entity"] == speaker


def test_she_after_an_unnamed_spokeswoman_is_hers_and_anonymous() -> None:
    """'Maria Lopez said yes. A spokeswoman said yes. She said yes.'"""
    rows = _said([("Maria", "PROPN", "Maria"), ("Lopez", "PROPN", "Lopez")], 0)
    rows += _said([("A", "DET", "a"), ("spokeswoman", "NOUN", "spokeswoman")], 5)
    rows += _said([("She", "PRON", "she")], 10)
    doc = _doc(rows)
    maria = _entity(doc, "E1", "PERSON", "Maria Lopez", (0, 2))
    named, spokeswoman, she = _resolve(doc, [maria], [(0, 2), (5, 7), (10, 11)])
    assert named["entity"] == "E1"
    assert spokeswoman["entity"] is None and spokeswoman["anonymous"]
    assert she["entity"] is None and she["anonymous"]


def test_she_after_one_unnamed_nurse_is_hers() -> None:
    """'Maria Lopez said yes. One nurse said yes. She said yes.'"""
    rows = _said([("Maria", "PROPN", "Maria"), ("Lopez", "PROPN", "Lopez")], 0)
    rows += _said([("One", "NUM", "one"), ("nurse", "NOUN", "nurse")], 5)
    rows += _said([("She", "PRON", "she")], 10)
    doc = _doc(rows)
    maria = _entity(doc, "E1", "PERSON", "Maria Lopez", (0, 2))
    _, nurse, she = _resolve(doc, [maria], [(0, 2), (5, 7), (10, 11)])
    assert nurse["anonymous"]
    assert she["entity"] is None and she["anonymous"]


def test_the_city_is_the_place_named_last() -> None:
    """'Lakeport said yes. The Harbour Company said yes. The city said yes.'"""
    rows = _said([("Lakeport", "PROPN", "Lakeport")], 0)
    rows += _said([("Harbour", "PROPN", "Harbour"), ("Company", "PROPN", "Company")], 4)
    rows += _said([("The", "DET", "the"), ("city", "NOUN", "city")], 9)
    doc = _doc([(w, p, h, "det" if p == "DET" else d, lemma) for w, p, h, d, lemma in rows])
    town = _entity(doc, "E1", "GPE", "Lakeport", (0, 1))
    firm = _entity(doc, "E2", "ORG", "Harbour Company", (4, 6))
    _, _, city = _resolve(doc, [town, firm], [(0, 1), (4, 6), (9, 11)])
    assert city["entity"] == "E1" and not city["anonymous"]


def test_police_without_an_article_is_no_one_body() -> None:
    """'The Harbour Authority said yes. Police said yes.': not the authority."""
    rows = _said(
        [
            ("The", "DET", "the"),
            ("Harbour", "PROPN", "Harbour"),
            ("Authority", "PROPN", "Authority"),
        ],
        0,
    )
    rows += _said([("Police", "NOUN", "police")], 6)
    doc = _doc(rows)
    port = _entity(doc, "E1", "ORG", "Harbour Authority", (1, 3))
    _, police = _resolve(doc, [port], [(0, 3), (6, 7)])
    assert police["entity"] is None and police["anonymous"]


def _frowned(name: str, offset: int) -> list[Row]:
    """'NAME frowned .': a sentence with a subject and no attribution."""
    verb = offset + 1
    return [
        (name, "PROPN", verb, "nsubj", name),
        ("frowned", "VERB", verb, "ROOT", "frown"),
        (".", "PUNCT", verb, "punct", "."),
    ]


def test_she_takes_up_the_subject_named_since_the_last_speaker() -> None:
    """'Kim said yes. Abbott frowned. She said yes.': Abbott, not the last speaker."""
    rows = _said([("Kim", "PROPN", "Kim")], 0) + _frowned("Abbott", 4)
    rows += _said([("She", "PRON", "she")], 7)
    doc = _doc(rows)
    kim = _entity(doc, "E1", "PERSON", "Laura Kim", (0, 1))
    abbott = _entity(doc, "E2", "PERSON", "Abbott", (4, 5))
    _, she = _resolve(doc, [kim, abbott], [(0, 1), (7, 8)])
    assert she["entity"] == "E2"


def test_she_stays_with_a_speaker_who_spoke_after_the_subject() -> None:
    """'Abbott frowned. Kim said yes. She said yes.': Kim."""
    rows = _frowned("Abbott", 0) + _said([("Kim", "PROPN", "Kim")], 3)
    rows += _said([("She", "PRON", "she")], 7)
    doc = _doc(rows)
    kim = _entity(doc, "E1", "PERSON", "Laura Kim", (3, 4))
    abbott = _entity(doc, "E2", "PERSON", "Abbott", (0, 1))
    _, she = _resolve(doc, [kim, abbott], [(3, 4), (7, 8)])
    assert she["entity"] == "E1"


def test_he_skips_an_unnamed_spokeswoman() -> None:
    """'Tom Reyes said yes. A spokeswoman said yes. He said yes.'"""
    rows = _said([("Tom", "PROPN", "Tom"), ("Reyes", "PROPN", "Reyes")], 0)
    rows += _said([("A", "DET", "a"), ("spokeswoman", "NOUN", "spokeswoman")], 5)
    rows += _said([("He", "PRON", "he")], 10)
    doc = _doc(rows)
    tom = _entity(doc, "E1", "PERSON", "Tom Reyes", (0, 2))
    *_, he = _resolve(doc, [tom], [(0, 2), (5, 7), (10, 11)])
    assert he["entity"] == "E1" and not he["anonymous"]


def test_a_report_resolves_to_whoever_wrote_it() -> None:
    rows: list[Row] = [
        ("a", "DET", 1, "det", "a"),
        ("report", "NOUN", 5, "nsubj", "report"),
        ("by", "ADP", 1, "prep", "by"),
        ("The", "DET", 4, "det", "the"),
        ("Herald", "PROPN", 2, "pobj", "Herald"),
        ("said", "VERB", 5, "ROOT", "say"),
        ("yes", "INTJ", 5, "dobj", "yes"),
    ]
    doc = _doc(rows)
    herald = _entity(doc, "E1", "ORG", "Herald", (4, 5))
    [source] = _resolve(doc, [herald], [(0, 5)])
    assert source["entity"] == "E1"


def test_a_study_is_not_the_journal_its_relative_clause_names() -> None:
    """The wide source 'a study that appeared in The Lancet' resolves by 'a study' alone."""
    rows: list[Row] = [
        ("a", "DET", 1, "det", "a"),
        ("study", "NOUN", 7, "nsubj", "study"),
        ("that", "PRON", 3, "nsubj", "that"),
        ("appeared", "VERB", 1, "relcl", "appear"),
        ("in", "ADP", 3, "prep", "in"),
        ("The", "DET", 6, "det", "the"),
        ("Lancet", "PROPN", 4, "pobj", "Lancet"),
        ("found", "VERB", 7, "ROOT", "find"),
        ("gains", "NOUN", 7, "dobj", "gain"),
    ]
    doc = _doc(rows)
    lancet = _entity(doc, "E1", "ORG", "The Lancet", (5, 7))
    [source] = _resolve(doc, [lancet], [(0, 7)])
    assert source["entity"] is None


@pytest.mark.parametrize(
    ("verb", "lemma", "author"), [("published", "publish", "E1"), ("monitored", "monitor", None)]
)
def test_a_study_published_by_a_group_is_the_groups(
    verb: str, lemma: str, author: str | None
) -> None:
    """'a study published by the Heat Watch group found gains'; one monitored by it is not
    its."""
    rows: list[Row] = [
        ("a", "DET", 1, "det", "a"),
        ("study", "NOUN", 8, "nsubj", "study"),
        (verb, "VERB", 1, "acl", lemma),
        ("by", "ADP", 2, "agent", "by"),
        ("the", "DET", 7, "det", "the"),
        ("Heat", "PROPN", 6, "compound", "Heat"),
        ("Watch", "PROPN", 7, "compound", "Watch"),
        ("group", "NOUN", 3, "pobj", "group"),
        ("found", "VERB", 8, "ROOT", "find"),
        ("gains", "NOUN", 8, "dobj", "gain"),
    ]
    doc = _doc(rows)
    group = _entity(doc, "E1", "ORG", "Heat Watch", (5, 7))
    [source] = _resolve(doc, [group], [(0, 8)])
    assert source["entity"] == author


def test_a_name_widened_by_its_relative_clause_resolves_to_the_name() -> None:
    """'Greer, who ran the Budget Office,': the person, not the office."""
    rows: list[Row] = [
        ("Greer", "PROPN", 6, "nsubj", "Greer"),
        (",", "PUNCT", 0, "punct", ","),
        ("who", "PRON", 3, "nsubj", "who"),
        ("ran", "VERB", 0, "relcl", "run"),
        ("Budget", "PROPN", 5, "compound", "Budget"),
        ("Office", "PROPN", 3, "dobj", "Office"),
        ("said", "VERB", 6, "ROOT", "say"),
        ("yes", "INTJ", 6, "dobj", "yes"),
    ]
    doc = _doc(rows)
    greer = _entity(doc, "E1", "PERSON", "Paul Greer", (0, 1))
    office = _entity(doc, "E2", "ORG", "Budget Office", (4, 6))
    [source] = _resolve(doc, [greer, office], [(0, 6)])
    assert source["entity"] == "E1"


def test_who_resolves_to_what_it_hangs_from() -> None:
    rows: list[Row] = [
        ("Lazar", "PROPN", 0, "ROOT", "Lazar"),
        (",", "PUNCT", 0, "punct", ","),
        ("who", "PRON", 3, "nsubj", "who"),
        ("said", "VERB", 0, "relcl", "say"),
        ("yes", "INTJ", 3, "dobj", "yes"),
    ]
    doc = _doc(rows)
    lazar = _entity(doc, "E1", "PERSON", "Berel Lazar", (0, 1))
    [source] = _resolve(doc, [lazar], [(2, 3)])
    assert source["entity"] == "E1"


def test_who_after_an_unnamed_senator_is_as_anonymous_as_the_senator() -> None:
    """'A senator, who asked yes': the relative pronoun is the unnamed senator."""
    rows: list[Row] = [
        ("A", "DET", 1, "det", "a"),
        ("senator", "NOUN", 1, "ROOT", "senator"),
        (",", "PUNCT", 1, "punct", ","),
        ("who", "PRON", 4, "nsubj", "who"),
        ("asked", "VERB", 1, "relcl", "ask"),
        ("yes", "INTJ", 4, "dobj", "yes"),
    ]
    doc = _doc(rows)
    [source] = _resolve(doc, [], [(3, 4)])
    assert source["entity"] is None and source["anonymous"]


@pytest.mark.parametrize(
    "subject",
    [[("Officials", "NOUN", "official")], [("A", "DET", "a"), ("source", "NOUN", "source")]],
)
def test_unnamed_people_are_anonymous(subject: list[tuple[str, str, str]]) -> None:
    doc = _doc(_said(subject, 0))
    [source] = _resolve(doc, [], [(0, len(subject))])
    assert source["entity"] is None and source["anonymous"]


def test_a_pronoun_with_nobody_to_point_at_stays_open_but_not_anonymous() -> None:
    doc = _doc(_said([("He", "PRON", "he")], 0))
    [source] = _resolve(doc, [], [(0, 1)])
    assert source["entity"] is None and not source["anonymous"]


def test_who_after_a_party_in_apposition_is_the_person_it_describes() -> None:
    """'Delgado, a Democrat who objected, said yes': who objected is Delgado, not the
    party the recogniser found in 'Democrat'."""
    rows: list[Row] = [
        ("Delgado", "PROPN", 7, "nsubj", "Delgado"),
        (",", "PUNCT", 0, "punct", ","),
        ("a", "DET", 3, "det", "a"),
        ("Democrat", "PROPN", 0, "appos", "Democrat"),
        ("who", "PRON", 5, "nsubj", "who"),
        ("objected", "VERB", 3, "relcl", "object"),
        (",", "PUNCT", 0, "punct", ","),
        ("said", "VERB", 7, "ROOT", "say"),
        ("yes", "INTJ", 7, "dobj", "yes"),
        (".", "PUNCT", 7, "punct", "."),
    ]
    doc = _doc(rows)
    person = _entity(doc, "E1", "PERSON", "Maria Delgado", (0, 1))
    party = _entity(doc, "E2", "NORP", "Democrat", (3, 4))
    [who] = _resolve(doc, [person, party], [(4, 5)])
    assert who["entity"] == "E1"
