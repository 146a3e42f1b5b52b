"""Where you are: ``Feed › Bases › Ain al-Asad Air Base › 2024-01-23``, and the view's state.

The crumbs come from the screen stack (each screen names itself with ``crumb``), so the
trail is always the real way back that escape will take.
"""

from __future__ import annotations

from typing import ClassVar

from rich.console import RenderableType
from rich.table import Table
from rich.text import Text
from textual.widget import Widget

SEPARATOR = " › "


class Breadcrumb(Widget):
    """The trail of screens on the left; sort, filter and position of the view on the right."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"breadcrumb--here", "breadcrumb--trail", "breadcrumb--context"}

    def _style(self, name: str):  # type: ignore[no-untyped-def]
        return self.get_component_rich_style(f"breadcrumb--{name}", partial=True)

    def render(self) -> RenderableType:
        crumbs = [getattr(s, "crumb", "") for s in self.app.screen_stack if getattr(s, "crumb", "")]
        # A modal (help, filter) sits on top of the screen this bar belongs to: show that screen's trail.
        own = self.screen
        if own in self.app.screen_stack:
            depth = self.app.screen_stack.index(own) + 1
            crumbs = [getattr(s, "crumb", "") for s in self.app.screen_stack[:depth] if getattr(s, "crumb", "")]
        trail = Text(" ", no_wrap=True, overflow="ellipsis")
        for i, crumb in enumerate(crumbs):
            if i:
                trail.append(SEPARATOR, self._style("trail"))
            trail.append(crumb, self._style("here" if i == len(crumbs) - 1 else "trail"))
        context = getattr(own, "context", None)
        right = Text(context() if callable(context) else "", style=self._style("context"), no_wrap=True)
        right.append(" ")
        grid = Table.grid(expand=True)
        grid.add_column(ratio=1, no_wrap=True, overflow="ellipsis")
        grid.add_column(justify="right", no_wrap=True)
        grid.add_row(trail, right)
        return grid
