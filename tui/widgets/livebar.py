"""The header line: live or paused, last update, the last 24 hours, incidents per day.

It reads the App's live state (``snapshot``, ``paused``, ``unread_count``) and re-renders
when any of them changes, and once a second so that "12s ago" stays true.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.console import RenderableType
from rich.table import Table
from rich.text import Text
from textual.widget import Widget

from tui.text import ago, plural, spark

if TYPE_CHECKING:
    from tui.app import BasewatchApp


class LiveBar(Widget):
    """One line: title and live state on the left, the incidents-per-day sparkline on the right."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "livebar--title",
        "livebar--live",
        "livebar--paused",
        "livebar--new",
        "livebar--spark",
        "livebar--dim",
        "livebar--error",
    }

    def on_mount(self) -> None:
        app: BasewatchApp = self.app  # type: ignore[assignment]
        for name in ("snapshot", "paused", "unread_count", "pending", "source_errors"):
            self.watch(app, name, self._changed, init=False)
        self.set_interval(1.0, self.refresh)

    def _changed(self, _value: object) -> None:
        self.refresh()

    def _style(self, name: str):  # type: ignore[no-untyped-def]
        return self.get_component_rich_style(f"livebar--{name}", partial=True)

    def render(self) -> RenderableType:
        app: BasewatchApp = self.app  # type: ignore[assignment]
        snap = app.snapshot
        left = Text(no_wrap=True, overflow="ellipsis")
        left.append(" basewatch ", self._style("title"))
        left.append(" ")
        if app.paused:
            waiting = " · changes waiting" if app.pending else ""
            left.append(f"❚❚ paused{waiting}", self._style("paused"))
        else:
            left.append("● live", self._style("live"))
        left.append(f"  updated {ago(snap.last_update, app.now())}", self._style("dim"))
        left.append(
            f"  24h: {plural(snap.reports_24h, 'report')}, {plural(snap.incidents_24h, 'incident')}", self._style("dim")
        )
        if app.unread_count:
            left.append(f"  {app.unread_count} new", self._style("new"))
        if app.source_errors:
            left.append(
                f"  {app.source_errors} source error{'s' if app.source_errors > 1 else ''}", self._style("error")
            )
        right = Text(no_wrap=True, justify="right")
        if snap.per_day and self.size.width >= 100:
            right.append("incidents/day ", self._style("dim"))
            right.append(spark(snap.per_day), self._style("spark"))
            if self.size.width >= 130:
                right.append(f" to {snap.per_day_end or '—'}", self._style("dim"))
            right.append(" ")
        grid = Table.grid(expand=True)
        grid.add_column(ratio=1, no_wrap=True, overflow="ellipsis")
        grid.add_column(justify="right", no_wrap=True)
        grid.add_row(left, right)
        return grid
