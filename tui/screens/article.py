"""Article (enter on a report or a quote): the text, evidence and quotes highlighted."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.app import ComposeResult

from store import queries
from tui.messages import Loaded
from tui.screens.common import BasewatchScreen
from tui.text import one_line
from tui.widgets.article_view import ArticleView

CRUMB_WIDTH = 40


class ArticleScreen(BasewatchScreen):
    """One stored report, scrolled to the sentence you came from."""

    kind = "Article"

    def __init__(
        self,
        article_id: int,
        *,
        title: str | None = None,
        focus: tuple[int, int] | None = None,
        quote_id: int | None = None,
    ) -> None:
        super().__init__()
        self.article_id = article_id
        self.focus_span = focus
        self.quote_id = quote_id
        self._crumb_from(title or f"report {article_id}")

    def _crumb_from(self, title: str) -> None:
        text = one_line(title)
        self.crumb = text if len(text) <= CRUMB_WIDTH else text[: CRUMB_WIDTH - 1] + "…"

    def compose_body(self) -> ComposeResult:
        yield ArticleView(id="article")

    def on_mount(self) -> None:
        article_id = self.article_id
        self.load("article", lambda conn: queries.article(conn, article_id))

    def on_loaded(self, message: Loaded) -> None:
        if message.what != "article":
            return
        view = self.query_one(ArticleView)
        article: dict[str, Any] | None = message.data
        if article is None:
            view.query_one("#article-head").update(Text("This report is no longer in the store."))  # type: ignore[attr-defined]
            return
        self._crumb_from(article["title"])
        self.update_context()
        if self.quote_id is not None:
            quote = next((q for q in article["quotes"] if q["id"] == self.quote_id), None)
            if quote is not None and quote["start"] is not None:
                self.focus_span = (quote["start"], quote["end"])
        view.show(article, self.focus_span)
        view.focus()

    def copy_text(self) -> str | None:
        view = self.query_one(ArticleView)
        if view.article is None:
            return None
        sentence = view.focused_sentence()
        if sentence:
            return sentence
        article = view.article
        return f"{one_line(article['title'])} | {one_line(article.get('url') or article.get('source_path') or '')}"
