"""The report beside the feed on wide terminals: source, dek, incidents, quotes, sources."""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar

from rich.text import Text
from textual.widgets import Static

from tui.text import ago, day, one_line


class ReportPreview(Static):
    """A read-only summary of one article row from ``queries.article``."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "preview--title",
        "preview--meta",
        "preview--heading",
        "preview--quote",
        "preview--hint",
    }

    def _style(self, name: str):  # type: ignore[no-untyped-def]
        return self.get_component_rich_style(f"preview--{name}", partial=True)

    def show(self, article: dict[str, Any], now: datetime) -> None:
        out = Text()
        out.append(one_line(article["title"]) + "\n", self._style("title"))
        meta = [
            one_line(article.get("outlet") or ""),
            day(article.get("published")),
            one_line(article.get("byline") or ""),
            one_line(article.get("section") or ""),
        ]
        out.append(" · ".join(m for m in meta if m), self._style("meta"))
        out.append(f"\narrived {ago(article.get('ingested_at'), now)}\n\n", self._style("meta"))
        if article.get("dek"):
            out.append(one_line(article["dek"]) + "\n\n")
        if article.get("incidents"):
            out.append("Incidents\n", self._style("heading"))
            for incident in article["incidents"]:
                out.append(f"{day(incident['date'])}  ")
                out.append(one_line(incident.get("summary") or incident.get("base") or "") + "\n")
            out.append("\n")
        quotes = [q for q in article.get("quotes", []) if not q["indirect"]]
        if quotes:
            out.append(f"Quotes ({len(quotes)})\n", self._style("heading"))
            for quote in quotes[:4]:
                out.append(f"“{one_line(quote['text'])}”", self._style("quote"))
                out.append(f" — {one_line(quote.get('speaker') or 'unattributed')}\n")
            out.append("\n")
        if article.get("sources"):
            out.append("Sources\n", self._style("heading"))
            for source in article["sources"]:
                out.append(f"{one_line(source['name'])} ({source['kind']})\n")
        out.append("\nenter: read the report", self._style("hint"))
        self.update(out)
