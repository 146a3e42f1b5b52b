"""Extraction: pure functions from an Article to incidents, quotes, sources and tallies.

No I/O happens here and nothing here knows about SQLite or Textual; the gazetteer is
passed in.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from store.extract.bases import matcher_for
from store.extract.dates import published_date
from store.extract.incidents import IncidentReader
from store.extract.quote_marks import as_double_quotes
from store.extract.quotes import QuoteReader
from store.extract.sources import find_sources
from store.extract.tallies import find_tallies
from store.extract.text import split_sentences
from store.gazetteer import Gazetteer
from store.models import Article, Extraction, Quote


def extract(article: Article, gazetteer: Gazetteer, today: date | None = None) -> Extraction:
    """Everything a careful reader takes from one article."""
    pub = published_date(article.published) or today or date.today()
    body = as_double_quotes(article.body)  # same length: offsets hold in the article as stored
    sentences = split_sentences(body)
    reader = IncidentReader(matcher_for(gazetteer), sentences, pub, body)
    incidents = reader.run()
    index_of = {key: i for i, key in enumerate(reader.order)}

    quote_reader = QuoteReader(body, sentences)

    def link(q: Quote) -> Quote:
        i = quote_reader.sentence_index(q.start)
        for j in range(i, max(-1, i - 4), -1) if i is not None else ():
            if j in reader.sentence_incident:
                return replace(q, incident_index=index_of[reader.sentence_incident[j]])
        return q

    quotes = [link(q) for q in quote_reader.read()]
    sources = find_sources(article, quotes, incidents)
    return Extraction(
        incidents=tuple(incidents),
        quotes=tuple(quotes),
        sources=tuple(sources),
        tallies=tuple(find_tallies(sentences, pub)),
    )
