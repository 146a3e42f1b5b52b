"""Help (``?``): every key of the screen underneath, grouped by where it works.

Generated from the bindings themselves (their descriptions), so it cannot drift from
what the keys do.
"""

from __future__ import annotations

from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widget import Widget
from textual.widgets import Static

from tui.widgets.paged_table import PagedTable

# Sideways scrolling (nothing here is wider than the screen) and the select-text copy.
HIDDEN_ACTIONS = {
    "scroll_left",
    "scroll_right",
    "page_left",
    "page_right",
    "screen.copy_text",
    "copy_text",
    "command_palette",
}


def group_name(node: object, screen: Screen[object]) -> str:
    if isinstance(node, App):
        return "Everywhere"
    if node is screen:
        return f"On this screen ({getattr(screen, 'kind', '') or type(screen).__name__})"
    if isinstance(node, PagedTable):
        return "In lists"
    if isinstance(node, Widget):
        return f"In the {type(node).__name__.replace('View', '').lower() or 'view'}"
    return "Other"


def help_groups(screen: Screen[object], app: App[object]) -> dict[str, list[tuple[str, str]]]:
    """Group → [(keys, description)], keys that share an action joined (``escape, backspace``)."""
    groups: dict[str, dict[tuple[int, str], list[str]]] = {}
    descriptions: dict[tuple[int, str], str] = {}
    for active in screen.active_bindings.values():
        binding = active.binding
        if not binding.description or binding.action in HIDDEN_ACTIONS:
            continue
        name = group_name(active.node, screen)
        ident = (id(active.node), binding.action)
        shown = binding.key_display or app.get_key_display(binding)
        groups.setdefault(name, {}).setdefault(ident, []).append(shown)
        descriptions[ident] = binding.description
    groups.setdefault("Everywhere", {})[(0, "command_palette")] = ["ctrl+p"]
    descriptions[(0, "command_palette")] = "Command palette: every action, searchable"
    order = sorted(groups, key=lambda g: (g == "Everywhere", not g.startswith("On this screen"), g))
    return {g: [(", ".join(dict.fromkeys(keys)), descriptions[i]) for i, keys in groups[g].items()] for g in order}


class HelpText(Static):
    """The key table; its colours come from the ``help--`` component classes."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"help--key", "help--group", "help--hint"}

    def __init__(self, under: Screen[object]) -> None:
        super().__init__(id="help-text")
        self.under = under

    def on_mount(self) -> None:
        key, group, hint = (self.get_component_rich_style(f"help--{n}", partial=True) for n in ("key", "group", "hint"))
        grid = Table.grid(padding=(0, 2))
        grid.add_column(justify="right", no_wrap=True)
        grid.add_column()
        for name, rows in help_groups(self.under, self.app).items():
            grid.add_row(Text(""), Text(""))
            grid.add_row(Text(""), Text(name, style=group))
            for keys, description in rows:
                grid.add_row(Text(keys, style=key), Text(description))
        grid.add_row(Text(""), Text(""))
        grid.add_row(Text(""), Text("escape or ? closes this help · q quits basewatch", style=hint))
        self.update(grid)


class HelpScreen(ModalScreen[None]):
    """The keys, generated from the bindings of the screen it was opened over."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss", "Close help"),
        Binding("question_mark", "dismiss", "Close help", key_display="?"),
        Binding("q", "app.quit", "Quit"),  # a modal screen does not pass keys on to the App
    ]

    def __init__(self, under: Screen[object]) -> None:
        super().__init__()
        self.under = under

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-dialog"):
            yield HelpText(self.under)
