"""An article's text with its evidence sentences and quotes highlighted.

The body is split into paragraphs, one widget each, so that "scroll to the sentence at
offset 331" is "scroll to the paragraph that holds it" at any terminal width. Offsets
stay valid because ``safe_text`` replaces control characters one for one.
"""

from __future__ import annotations

from typing import Any, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.widgets import Static

from tui.text import day, one_line, safe_text

Row = dict[str, Any]


class Paragraph(Static):
    """One paragraph of the body, knowing where it sits in the stored text."""

    def __init__(self, text: Text, start: int, end: int) -> None:
        super().__init__(text, classes="paragraph")
        self.start = start
        self.end = end


class ArticleView(VerticalScroll):
    """A scrollable article; ``n``/``N`` step through the highlighted sentences."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "article--title",
        "article--meta",
        "article--dek",
        "article--evidence",
        "article--quote",
        "article--statement",
        "article--focus",
        "article--heading",
        "article--dim",
    }
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "scroll_down", "Down", show=False),
        Binding("k", "scroll_up", "Up", show=False),
        Binding("g", "scroll_home", "Top", show=False),
        Binding("G", "scroll_end", "Bottom", show=False),
        Binding("n", "next_highlight", "Next highlight"),
        Binding("N", "previous_highlight", "Previous highlight", show=False),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.article: Row | None = None
        self.highlights: list[tuple[int, int]] = []
        self.focus_span: tuple[int, int] | None = None

    def _style(self, name: str):  # type: ignore[no-untyped-def]
        return self.get_component_rich_style(f"article--{name}", partial=True)

    def compose(self) -> ComposeResult:
        yield Static(id="article-head")

    def show(self, article: Row, focus: tuple[int, int] | None) -> None:
        """Lay the article out and scroll to ``focus`` (a span of the body), if given."""
        self.article = article
        self.focus_span = focus
        self.highlights = sorted(
            {(s["start"], s["end"]) for s in article["spans"] if s["start"] is not None and s["end"] is not None}
        )
        self._render_all()
        if focus is not None:
            self.call_after_refresh(self.scroll_to_span, focus)

    def _render_all(self) -> None:
        article = self.article
        if article is None:
            return
        head = Text()
        head.append(one_line(article["title"]) + "\n", self._style("title"))
        meta = [
            one_line(article.get("outlet") or "") or "unknown outlet",
            day(article.get("published")),
            one_line(article.get("byline") or ""),
            one_line(article.get("section") or ""),
        ]
        head.append(" · ".join(m for m in meta if m), self._style("meta"))
        where = one_line(article.get("url") or article.get("source_path") or "")
        if where:
            head.append("\n" + where, self._style("dim"))
        if article.get("dek"):
            head.append("\n\n" + one_line(article["dek"]), self._style("dek"))
        self.query_one("#article-head", Static).update(head)
        self.remove_children(Paragraph)
        self.remove_children(".article-found")
        self.mount_all([*self._paragraphs(article), Static(self._found(article), classes="article-found")])

    def _paragraphs(self, article: Row) -> list[Paragraph]:
        body = safe_text(article["body"])
        spans = article["spans"]
        paragraphs: list[Paragraph] = []
        offset = 0
        for line in body.split("\n"):
            start, end = offset, offset + len(line)
            offset = end + 1
            if not line.strip():
                continue
            text = Text(line)
            for span in spans:
                if span["start"] is None or span["end"] is None:
                    continue
                a, b = max(span["start"], start), min(span["end"], end)
                if a >= b:
                    continue
                style = {"evidence": "evidence", "quote": "quote"}.get(span["kind"], "statement")
                text.stylize(self._style(style), a - start, b - start)
            if self.focus_span is not None:
                a, b = max(self.focus_span[0], start), min(self.focus_span[1], end)
                if a < b:
                    text.stylize(self._style("focus"), a - start, b - start)
            paragraphs.append(Paragraph(text, start, end))
        return paragraphs

    def _found(self, article: Row) -> Text:
        out = Text()
        out.append("What this report gave\n", self._style("heading"))
        for incident in article.get("incidents", []):
            out.append(f"  incident  {day(incident['date'])}  {one_line(incident.get('summary') or '')}\n")
        for source in article.get("sources", []):
            out.append(f"  source    {one_line(source['name'])} ({source['kind']})\n")
        for tally in article.get("tallies", []):
            out.append(
                f"  tally     {tally['qualifier'] or ''} {tally['count']} {one_line(tally['what'])}".rstrip() + "\n"
            )
        out.append("\nhighlighted: ", self._style("dim"))
        out.append("evidence", self._style("evidence"))
        out.append("  ")
        out.append("quote", self._style("quote"))
        out.append("  ")
        out.append("reported speech", self._style("statement"))
        out.append("  ")
        out.append("where you came from", self._style("focus"))
        return out

    def scroll_to_span(self, span: tuple[int, int]) -> None:
        for paragraph in self.query(Paragraph):
            if paragraph.start <= span[0] < paragraph.end + 1:
                self.scroll_to_center(paragraph, animate=False)
                return

    def _step(self, forward: bool) -> None:
        if not self.highlights:
            return
        current = self.focus_span
        if current is None:
            target = self.highlights[0] if forward else self.highlights[-1]
        elif forward:
            target = next((h for h in self.highlights if h > current), self.highlights[0])
        else:
            target = next((h for h in reversed(self.highlights) if h < current), self.highlights[-1])
        self.focus_span = target
        self._render_all()
        self.call_after_refresh(self.scroll_to_span, target)

    def action_next_highlight(self) -> None:
        self._step(True)

    def action_previous_highlight(self) -> None:
        self._step(False)

    def focused_sentence(self) -> str | None:
        """The highlighted span's text (what ``c`` copies), or None."""
        if self.article is None or self.focus_span is None:
            return None
        start, end = self.focus_span
        return one_line(self.article["body"][start:end])
