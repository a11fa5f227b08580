"""What every attribution step looks up about a parsed document, computed once."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from newsgraph.nlp.attribution.quotes import Quote, find_quotes
from newsgraph.nlp.extensions import after_comma, doc_text

TokenRange = tuple[int, int]  # token indices, end exclusive
DASHES = frozenset("―—–")
BREAKS = DASHES | {";", "--"}  # what sets an aside off, as a comma also does
ASIDE_CLAUSES = frozenset({"relcl", "acl", "appos"})  # a clause set off as an aside


def shared_tokens(a: TokenRange, b: TokenRange) -> int:
    """How many tokens two ranges have in common."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def same_content(a: TokenRange, b: TokenRange) -> bool:
    """Mostly the same words (token overlap F1 of a half or more, as the scorer matches):
    PARC gives one content one attribution, so two cues claiming it are one found twice."""
    return 4 * shared_tokens(a, b) >= (a[1] - a[0]) + (b[1] - b[0])


@dataclass
class DocContext:
    """Quotes as token ranges, which quote each token sits in, sentences and paragraphs."""

    doc: Doc
    quotes: list[TokenRange] = field(default_factory=list)
    in_quote: list[int] = field(default_factory=list)  # index into quotes, or -1
    nested: list[TokenRange] = field(default_factory=list)  # ‘…’ inside a quote
    sentences: list[Span] = field(default_factory=list)
    sentence_of: list[int] = field(default_factory=list)
    paragraph_of: list[int] = field(default_factory=list)
    paragraphs: dict[int, TokenRange] = field(default_factory=dict)  # first to last word
    entities: list[list[Span]] = field(default_factory=list)  # spaCy's entities by sentence
    asides: list[str] = field(default_factory=list)  # per token: the aside it opens, or ""
    aside_at: list[int] = field(default_factory=list)  # the tokens that open an aside
    quoted_before: list[int] = field(default_factory=list)  # quoted tokens before each index
    words: list[str | None] = field(default_factory=list)  # lower-case lemmas; None: punctuation
    lowers: list[str] = field(default_factory=list)  # every token, lower-cased
    colons: list[int] = field(default_factory=list)  # where the colons are

    @classmethod
    def of(cls, doc: Doc) -> DocContext:
        context = cls(doc)
        context._index_quotes(find_quotes(doc_text(doc)))
        context._index_layout()
        context.aside_at = [i for i, aside in enumerate(context.asides) if aside]
        return context

    def _index_quotes(self, quotes: list[Quote]) -> None:
        self.in_quote = [-1] * len(self.doc)
        for quote in quotes:
            span = self.doc.char_span(quote.start, quote.end, alignment_mode="expand")
            if span is None or not len(span):
                continue
            if quote.nested:
                self.nested.append((span.start, span.end))
                continue
            self.quotes.append((span.start, span.end))
            for i in range(span.start, span.end):
                self.in_quote[i] = len(self.quotes) - 1
        self.quoted_before = [0] * (len(self.doc) + 1)
        for i, number in enumerate(self.in_quote):
            self.quoted_before[i + 1] = self.quoted_before[i] + (number >= 0)

    def asides_within(self, start: int, end: int) -> list[str]:
        """The kinds of aside opened inside the range, sorted."""
        first, last = bisect_left(self.aside_at, start), bisect_left(self.aside_at, end)
        return sorted({self.asides[i] for i in self.aside_at[first:last]})

    def quoted(self, start: int, end: int) -> int:
        """How many tokens in the range sit inside a quote."""
        return self.quoted_before[end] - self.quoted_before[start]

    def _index_layout(self) -> None:
        """Sentences from the parse; a new paragraph after every line break; the words,
        colons and asides, in the same one pass over the tokens."""
        self.sentences = list(self.doc.sents)
        self.sentence_of = [0] * len(self.doc)
        for number, sentence in enumerate(self.sentences):
            self.sentence_of[sentence.start : sentence.end] = [number] * len(sentence)
        self.paragraph_of = [0] * len(self.doc)
        paragraph = 0
        for token in self.doc:
            punct = token.is_punct or token.is_space
            self.words.append(None if punct else token.lemma_.lower())
            self.lowers.append(token.lower_)
            if token.text == ":":
                self.colons.append(token.i)
            self.asides.append(_aside(token))
            if token.is_space and "\n" in token.text:
                paragraph += 1
            self.paragraph_of[token.i] = paragraph
            if not token.is_space:
                first = self.paragraphs.get(paragraph, (token.i, token.i))[0]
                self.paragraphs[paragraph] = (first, token.i + 1)
            if "\n" in token.whitespace_:
                paragraph += 1
        self.entities = [[] for _ in self.sentences]
        for ent in self.doc.ents:
            self.entities[self.sentence_of[ent.start]].append(ent)

    def colon_within(self, start: int, end: int) -> int | None:
        """The first colon in the token range, if any."""
        k = bisect_left(self.colons, start)
        return self.colons[k] if k < len(self.colons) and self.colons[k] < end else None

    def quote_opening_at(self, i: int) -> TokenRange | None:
        """The quote whose first token is the i-th (None past the end or elsewhere)."""
        if i >= len(self.doc) or self.in_quote[i] < 0:
            return None
        quote = self.quotes[self.in_quote[i]]
        return quote if quote[0] == i else None

    def quote_closing_at(self, end: int) -> TokenRange | None:
        """The quote whose last token is the one before `end` (None elsewhere)."""
        if end <= 0 or self.in_quote[end - 1] < 0:
            return None
        quote = self.quotes[self.in_quote[end - 1]]
        return quote if quote[1] == end else None

    def sentence(self, token: Token) -> Span:
        return self.sentences[self.sentence_of[token.i]]

    def sentence_of_end(self, end: int) -> int:
        """Start of the sentence holding the token before `end`."""
        return self.sentences[self.sentence_of[end - 1]].start


def _aside(token: Token) -> str:
    """What a span holding this token (after its first word) runs on into: a clause or
    apposition set off by a comma (", which …", ", who …"), a semicolon, a dash; content
    often stops before them."""
    if token.dep_ in ASIDE_CLAUSES and after_comma(token):
        return f"aside={token.dep_}"
    return f"runs-past={token.text}" if token.text in BREAKS else ""
