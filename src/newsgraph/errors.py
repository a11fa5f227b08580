"""Errors that reach the user as one line, never as a traceback."""

from __future__ import annotations


class NewsgraphError(Exception):
    """A problem with one input that the user can act on."""


class InputError(NewsgraphError):
    """A document that cannot be read or analysed (empty, binary, too large, no body)."""

    def __init__(self, doc_id: str, reason: str) -> None:
        super().__init__(f"{doc_id}: {reason}")
        self.doc_id = doc_id
        self.reason = reason
