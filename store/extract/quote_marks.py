"""Quotations in single marks ('...', as British papers print them) read as double ones.

The quote and speaker finders know double marks only. An article that quotes with single marks,
curly or straight, is given to them with each pair turned into double marks, one character for
one, so every offset still points into the article as stored. The closing mark is also the
apostrophe ("didn't", "soldiers' families"): a closing mark is one that ends a word and is
followed by what ends a quotation, never one inside a word. The sentences kept as evidence show
the double marks; their offsets are those of the article.
"""

from __future__ import annotations

import re

_CURLY_OPEN, _CURLY_CLOSE, _STRAIGHT = "\u2018", "\u2019", "'"
# What may follow a closing mark: punctuation, the end, or a space and a word that goes on with
# the sentence (", she said" has its comma first; "' said X" has none).
_AFTER_CLOSING = (
    r"(?=[,.;:!?)\]—–]|\s*$|\s+(?:said|says|told|added|he|she|they|it|according|the|a|an|and|but|"
    r"was|were|is|are|in|on|at|to|from|for|with|as|after|before|when|while|which|who)\b|\s+[A-Z\u2018'\"“])"
)
# An opening mark starts a word: after the paragraph's start, a space or an opening bracket or dash.
_OPENING = {
    mark: re.compile(rf"(?:(?<=^)|(?<=[\s(\[—–-])){mark}(?=[^\s{mark}])", re.M) for mark in (_CURLY_OPEN, _STRAIGHT)
}
# A mark that ends a word not ending in "s" and is followed by a space closes a quotation whatever
# word comes next ("a 'self-defense strike' against"); after an "s" it may be a plural's apostrophe.
_CLOSING = {
    opening: re.compile(rf"(?<=\S){closing}{_AFTER_CLOSING}|(?<=[^\sSs]){closing}(?=\s)", re.M)
    for opening, closing in ((_CURLY_OPEN, _CURLY_CLOSE), (_STRAIGHT, _STRAIGHT))
}
# Guillemets, as outlets writing from French or Russian print them: double marks in all but shape.
_GUILLEMETS = str.maketrans({"«": "\u201c", "»": "\u201d"})


_DURATION = re.compile(r"\d['′]\d\d\"")  # a script's running time: 5'00"
_SECONDS = re.compile(r"['′]\d\d\"")  # its tail, which opens on a mark: a faster scan to rule most bodies out


def as_double_quotes(body: str) -> str:
    """``body`` with each pair of single quotation marks or guillemets made double, when single
    marks are how it quotes; otherwise ``body`` itself.

    Curly single marks are the quotation marks when they open more often than double marks do
    (else they are quotations within quotations); straight ones only when the body has no double
    marks at all, as they are the apostrophe too.
    """
    if "'" in body and '"' in body and _SECONDS.search(body) and _DURATION.search(body):
        # "DURATION 5'00"", "[VOICE: HADDAD, 0'42"]": minutes and seconds, no quotation mark
        body = _DURATION.sub(lambda m: m.group(0)[:-1] + "″", body)
    doubles = body.count("\u201c") + body.count('"') // 2
    if "«" in body:
        body = body.translate(_GUILLEMETS)
    if _CURLY_OPEN in body and body.count(_CURLY_OPEN) > doubles:
        return _paired(body, _CURLY_OPEN)
    if doubles == 0 and "'" in body and _OPENING[_STRAIGHT].search(body):
        return _paired(body, _STRAIGHT)
    return body


def _paired(body: str, opening_mark: str) -> str:
    """Each quotation opened by ``opening_mark`` and closed in its paragraph, in double marks."""
    chars = list(body)
    after = 0  # where the last quotation closed: an opening inside it is an inner one
    for opening in _OPENING[opening_mark].finditer(body):
        start = opening.start()
        end = body.find("\n", start)
        closing = _CLOSING[opening_mark].search(body, start + 1, len(body) if end == -1 else end)
        if closing is None or start < after:
            continue
        chars[start], chars[closing.start()] = "\u201c", "\u201d"
        after = closing.end()
    return "".join(chars)
