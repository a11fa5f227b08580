"""Word classes that attribute: hand-written from English grammar, not from any corpus.

They let the model generalise from the cue words it saw in training to the
many it did not: an unseen "fathom" is a cognition verb like "believe".
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_CLASSES = {
    "speech": """
        say tell state add continue note explain announce declare claim insist argue assert contend
        maintain warn caution predict promise pledge vow threaten deny admit acknowledge concede
        confirm reveal disclose report write tweet post blog reply respond answer ask inquire demand
        urge call recommend suggest propose advise comment remark observe point mention describe
        characterize label dub brand term recall recount testify scream shout yell chant sing
        whisper mutter exclaim proclaim stress emphasize reiterate repeat echo counter retort rebut
        quip joke boast brag complain lament allege charge accuse blame confess swear assure
        reassure inform notify implore beg plead appeal request invite congratulate thank apologize
        cite quote paraphrase summarize publish release issue broadcast air speak talk discuss
        address mention preach lecture announce tout hail signal imply hint concede relate narrate
        """,
    "evaluation": """
        praise criticize criticise condemn denounce slam blast attack assail lambaste rip fault
        blame mock ridicule dismiss reject oppose endorse support back defend champion applaud
        welcome hail celebrate decry deplore question challenge dispute contest object protest
        disparage insult denigrate smear scold rebuke chide berate castigate excoriate admonish
        liken compare equate call dub brand label
        """,
    "cognition": """
        think believe feel know expect hope fear worry doubt suspect assume presume guess imagine
        wonder realize realise understand recognize recognise see consider view regard deem judge
        figure reckon trust wish want prefer like love hate dislike respect admire appreciate
        anticipate plan intend aim seek dream remember forget learn discover notice sense bet
        conclude decide determine estimate calculate project forecast fathom contemplate envision
        foresee suppose hold agree disagree concur favor favour care mind regret resent
        """,
    "evidence": """
        show find indicate reveal demonstrate prove suggest confirm document record measure rank
        rate survey poll estimate project count tally track
        """,
    "perception": """
        seem appear look sound strike
        """,
    "noun": """
        statement report claim comment remark speech interview tweet post letter memo email release
        announcement testimony poll survey study analysis estimate finding criticism accusation
        allegation charge warning promise pledge vow threat argument view belief opinion assessment
        suggestion proposal demand call plea appeal request denial admission assertion insistence
        prediction forecast concern fear hope worry doubt question complaint praise endorsement
        support opposition rejection response reply answer message note ad advertisement editorial
        column article story book memoir document record data figure result rhetoric remarks
        remark insistence contention view verdict ruling decision conclusion account version
        explanation rationale argument case position stance message slogan chant
        """,
    "attitude": """
        critical skeptical sceptical confident sure certain convinced aware concerned worried afraid
        fearful hopeful optimistic pessimistic supportive opposed clear likely unlikely eager
        reluctant happy glad pleased disappointed angry upset furious proud ashamed frustrated
        surprised shocked wary leery doubtful adamant insistent keen determined careful quick
        """,
    "sourcing": """
        according per citing cite via reportedly allegedly
        """,
}


def _by_word(classes: dict[str, str]) -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for name, words in classes.items():
        for word in words.split():
            out[word] = (*out.get(word, ()), name)
    return out


WORD_CLASSES = _by_word(_CLASSES)


def classes_of(lemma: str) -> tuple[str, ...]:
    """The attribution word classes of a lemma (empty for most words)."""
    return WORD_CLASSES.get(lemma, ())


# Broader verb classes of English grammar (how words are said, conjecture, judgement,
# urging, persuading, questioning, feeling, committing). Only the model's features read
# them: a verb it saw too rarely in training to learn from still shares a class with
# ones it did, while the rules keep to the narrower classes above.
_BROADER_CLASSES = {
    "manner": """
        babble bark bawl bellow blurt boom bray cackle chatter croak croon drawl drone gasp
        groan growl grumble grunt holler howl jabber moan mumble murmur rage rant rasp rave
        roar scoff screech shriek snap snarl sneer snort splutter sputter stammer stutter
        wail wheeze whimper whine gush fume bluster harangue heckle jeer taunt
        """,
    "conjecture": """
        conjecture speculate theorize theorise hypothesize postulate surmise posit infer deduce
        opine muse ponder reflect grant certify attest affirm avow aver profess presuppose
        reckon suspect gather
        """,
    "judgement": """
        acclaim censure commend deride laud reproach reprove upbraid vilify demonize demonise
        lampoon belittle bash chastise reprimand malign slander discredit impugn disavow
        repudiate renounce spurn snub rebuff extol glorify compliment flatter
        """,
    "urging": """
        admonish alert instruct counsel exhort entreat beseech implore pressure lobby petition
        encourage caution forbid prohibit authorize authorise
        """,
    "conveying": """
        dictate recite relay convey communicate express voice articulate utter divulge leak
        confide intimate insinuate allude flag highlight underline underscore outline detail
        elaborate clarify specify reaffirm restate recap reassert retract recant rephrase
        phone telephone email e-mail fax text televise livestream podcast
        """,
    "discussion": """
        chat converse confer debate negotiate bicker quarrel squabble spar wrangle gossip banter
        tease
        """,
    "persuasion": """
        persuade convince dissuade coax cajole sway woo
        """,
    "questioning": """
        interrogate quiz query probe grill canvass interview
        """,
    "feeling": """
        mourn grieve rejoice relish bemoan bewail fret agonize agonise dread cherish envy
        despise loathe detest abhor adore enjoy
        """,
    "commitment": """
        undertake consent refuse decline volunteer
        """,
}
_BROADER_BY_WORD = _by_word(_BROADER_CLASSES)


def feature_classes_of(lemma: str) -> tuple[str, ...]:
    """A lemma's attribution classes and its broader verb classes, for the model's features."""
    return classes_of(lemma) + _BROADER_BY_WORD.get(lemma, ())


# --- for resolving sources (coref.py) ------------------------------------------

DOCUMENT_HEADS = _words(
    """report statement study poll survey article letter analysis data memo document filing
    release review investigation estimate account story book editorial ad advertisement tweet
    post interview broadcast website record records figures numbers documents transcript
    complaint lawsuit ruling order indictment projection forecast paper column blog video
    footage recording email emails message communique audit assessment notice announcement
    bulletin newsletter briefing"""
)
# what respondents' answers are reported from: 'In the latest poll, …'
POLLS = frozenset({"poll", "survey"})

ORGANISATION_HEADS = _words(
    """federation company group agency organization organisation campaign department committee
    union party government ministry administration council association firm bank court
    commission board network newspaper paper university institute foundation coalition
    alliance league club team church office center centre service authority bureau embassy
    military army police corporation conglomerate giant maker manufacturer retailer insurer
    airline utility charity fund body panel regime state movement network channel station
    outlet publication magazine site trust regulator watchdog hospital school operator tribunal
    parliament congress senate assembly legislature cabinet caucus delegation consortium
    cooperative broadcaster publisher carrier lender supplier provider daily weekly tabloid
    startup start-up carmaker automaker chipmaker drugmaker planemaker brewer"""
)
# pronouns that head a phrase of their own: "some of her aides", "those who back her"
PHRASE_PRONOUNS = _words(
    """some those all both many most several none any each few others one half either
    neither another these anyone someone everyone anybody somebody everybody nobody"""
)
# bodies a story names by their kind ("the council", "the league"): one of them is the body
# named with that word, never just the organisation named last
NAMED_KINDS = _words(
    """campaign council court league union federation party ministry department committee
    commission parliament congress senate assembly legislature cabinet caucus university
    school hospital police church embassy tribunal institute foundation association
    coalition alliance government"""
)
PERSON_HEADS = _words(
    """official source aide analyst expert critic person people observer insider diplomat
    spokesman spokeswoman spokesperson adviser advisor staffer employee member lawmaker
    resident witness investigator officer activist supporter opponent economist strategist
    operative ally friend associate executive leader voter worker researcher scientist
    prosecutor lawyer attorney doctor teacher student parent neighbor neighbour nurse patient
    victim survivor passenger customer farmer soldier veteran protester campaigner driver
    owner manager director volunteer journalist reporter editor professor physician surgeon
    pilot miner fisherman commuter shopper chief coach player captain striker midfielder
    defender goalkeeper athlete footballer referee founder"""
)
# who hears evidence: '…, the court heard', 'the inquest heard that …'
HEARING_BODIES = frozenset(
    {"court", "inquest", "tribunal", "jury", "hearing", "inquiry", "trial", "magistrates"}
)
# people spoken of as one: a person's name set beside them names one of them, not them
KIN_GROUPS = _words("family relatives parents household")
MALE = _words(
    """mr mr. he him his spokesman chairman congressman businessman king prince
    father son brother husband uncle nephew grandfather boy man gentleman sir lord duke
    actor waiter monk priest"""
)
FEMALE = _words(
    """mrs mrs. ms ms. miss she her spokeswoman chairwoman congresswoman
    businesswoman queen princess mother daughter sister wife aunt niece grandmother girl woman
    lady madam dame duchess actress waitress nun"""
)
_MALE_NAMES = _words(
    """aaron adam alan albert alex alexander andrew anthony barack ben benjamin bernie bill
    bob boris brian bruce carl charles chris christopher chuck dan daniel david dennis donald
    doug douglas edward eric frank gary george gordon greg harry henry ian jack jacob james
    jason jeb jeff jeffrey jeremy jerry jim jimmy joe john jon jonathan joseph josh justin
    keith ken kevin larry lee lindsey mark martin matt matthew michael mike mitch mitt nathan
    nick nicholas paul peter ralph richard rick rob robert roger ron ronald ryan sam samuel
    scott sean sergei stephen steve steven ted thomas tim timothy tom tony vladimir walter
    william xi emmanuel olaf rishi narendra recep benjamin mohammed muhammad ahmed ali omar
    berel marcus jonas lars tomas hugo felix leo max oscar theo ethan dylan luke owen callum
    ross iain neil colin graham stuart duncan malcolm alastair hamish samir tariq hassan
    ibrahim kofi kwame raj arjun carlos juan jose pedro marco luca pierre hans klaus"""
)
_FEMALE_NAMES = _words(
    """alice amanda amy andrea angela ann anna anne barbara betsy betty carly carol caroline
    catherine christine claire cynthia deborah debbie diana diane donna dorothy elizabeth
    ellen emily emma francesca hillary helen ivanka jane janet jennifer jessica jill
    joan joanna judith julia julie karen kamala kate katherine kathleen kathy kelly
    laura linda lisa liz margaret maria marie marine mary megan melania melissa michelle
    nancy nicola nikki olivia pamela patricia rachel rebecca ruth sandra sarah sharon
    stephanie susan suzanne theresa ursula victoria virginia wendy hannah clare sophie
    charlotte lucy grace chloe ella isabella ava mia zoe priya fatima aisha amara maya leila
    nadia ines elena sofia natalie samantha louise fiona moira pauline rosa carla elsa ingrid
    agnieszka marta ana"""
)


def gender_of_word(word: str) -> str | None:
    """'m' or 'f' for a gendered honorific, pronoun or role word."""
    word = word.lower()
    if word in MALE:
        return "m"
    if word in FEMALE:
        return "f"
    return None


def gender_of_name(name: str) -> str | None:
    """'m' or 'f' from a common first name, else None."""
    first = name.split()[0].lower() if name.split() else ""
    if first in _MALE_NAMES:
        return "m"
    if first in _FEMALE_NAMES:
        return "f"
    return None
