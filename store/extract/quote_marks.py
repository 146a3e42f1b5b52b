"""Quotations in single curly marks ('...', as British papers print them) read as double ones.

The quote and speaker finders know double marks only. An article that quotes with single marks
is given to them with each pair turned into double marks, one character for one, so every
offset still points into the article as stored. The closing mark is also the apostrophe
("didn't", "soldiers' families"): a closing mark is one that ends a word and is followed by
what ends a quotation, never one inside a word. The sentences kept as evidence show the
double marks; their offsets are those of the article.
"""

from __future__ import annotations

import re

_OPEN, _CLOSE = "\u2018", "\u2019"
# An opening mark starts a word: after the paragraph's start, a space or an opening bracket or dash.
_OPENING = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–-]))\u2018(?=\S)", re.M)
# A closing mark ends a word and is followed by punctuation, the end, or a space and then a word
# that goes on with the sentence (", she said" has its comma first; "' said X" has none).
_CLOSING = re.compile(
    r"(?<=\S)\u2019(?=[,.;:!?)\]—–]|\s*$|\s+(?:said|says|told|added|he|she|they|it|according|the|a|an|and|but|"
    r"was|were|is|are|in|on|at|to|from|for|with|as|after|before|when|while|which|who|[A-Z\u2018\"“]))",
    re.M,
)


def as_double_quotes(body: str) -> str:
    """``body`` with each pair of single curly quotation marks made double, when single marks are
    how it quotes (more openings than double marks); otherwise ``body`` itself."""
    if _OPEN not in body:
        return body
    doubles = body.count("\u201c") + body.count('"') // 2
    if body.count(_OPEN) <= doubles:
        return body  # single marks inside double ones: quotations within quotations
    chars = list(body)
    after = 0  # where the last quotation closed: an opening inside it is an inner one
    for opening in _OPENING.finditer(body):
        start = opening.start()
        end = body.find("\n", start)
        closing = _CLOSING.search(body, start + 1, len(body) if end == -1 else end)
        if closing is None or start < after:
            continue
        chars[start], chars[closing.start()] = "\u201c", "\u201d"
        after = closing.end()
    return "".join(chars)
