"""What every attribution step looks up about a parsed document, computed once."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from newsgraph.nlp.attribution.quotes import Quote, find_quotes

TokenRange = tuple[int, int]  # token indices, end exclusive


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
    entities: list[list[Span]] = field(default_factory=list)  # spaCy's entities by sentence

    @classmethod
    def of(cls, doc: Doc) -> DocContext:
        context = cls(doc)
        context._index_quotes(find_quotes(doc.text))
        context._index_layout()
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

    def _index_layout(self) -> None:
        """Sentences from the parse; a new paragraph after every line break."""
        self.sentences = list(self.doc.sents)
        self.sentence_of = [0] * len(self.doc)
        for number, sentence in enumerate(self.sentences):
            self.sentence_of[sentence.start : sentence.end] = [number] * len(sentence)
        self.paragraph_of = [0] * len(self.doc)
        paragraph = 0
        for token in self.doc:
            if token.is_space and "\n" in token.text:
                paragraph += 1
            self.paragraph_of[token.i] = paragraph
            if "\n" in token.whitespace_:
                paragraph += 1
        self.entities = [[] for _ in self.sentences]
        for ent in self.doc.ents:
            self.entities[self.sentence_of[ent.start]].append(ent)

    def sentence(self, token: Token) -> Span:
        return self.sentences[self.sentence_of[token.i]]

    def sentence_of_end(self, end: int) -> int:
        """Start of the sentence holding the token before `end`."""
        return self.sentences[self.sentence_of[end - 1]].start
