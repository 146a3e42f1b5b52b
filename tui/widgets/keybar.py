"""The key line at the bottom of every screen, drawn from the screen's active bindings.

It shows what Textual's compact ``Footer`` shows, laid out the same way (keys that share
a binding group joined before the group's name, the command palette key on the right),
but as one widget that renders one line. The Footer builds a widget for every key and
lays them out; on a screen with ten keys that was 10-20 ms of each screen's first frame
and of every change of focus. A click on a key presses it, as in the Footer.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from itertools import groupby
from typing import TYPE_CHECKING, ClassVar

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.widget import Widget

if TYPE_CHECKING:
    from textual.screen import Screen


@dataclass(frozen=True)
class _Item:
    """A key with its description, or (``key`` None) a group's name."""

    key: str | None  # the key a click presses
    shown: str  # how the key reads (⏎, ^p, esc)
    text: str  # the description after the key, or the group's name
    enabled: bool = True
    tooltip: str = ""


@dataclass(frozen=True)
class _Box:
    """What the Footer lays out side by side: one key, a group's name, or a group of keys.

    Margins as in the Footer's compact CSS; the layout overlaps neighbouring margins (the
    wider wins), and a group lays its keys out the same way inside its own box.
    """

    left: int
    right: int
    item: _Item | None = None
    keys: tuple[_Item, ...] = ()
    key_margin: int = 0  # each grouped key's margin on both sides
    padding: int = 0  # blank cells at the start of a group


class KeyBar(Widget, can_focus=False):
    """One line of keys: ``⏎ Open s Sort f Filter  1 2 3 Views/ Search ? Help q Quit   ▏^p palette``."""

    ALLOW_SELECT = False
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "keybar--key",
        "keybar--description",
        "keybar--label",
        "keybar--disabled",
        "keybar--hover",
        "keybar--border",
    }

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._spans: list[tuple[int, int, _Item]] = []  # where each key was drawn, for the mouse
        self._hover: _Item | None = None

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen: Screen[object]) -> None:
        if screen is self.screen:
            self.refresh()

    # -- what to show ---------------------------------------------------------------------

    def _boxes(self) -> Iterator[_Box]:
        """What the compact Footer would compose, in order (its FooterKey, KeyGroup, FooterLabel)."""
        by_action: dict[str, tuple[Binding, bool, str]] = {}
        for active in self.screen.active_bindings.values():
            if active.binding.show:
                by_action.setdefault(active.binding.action, (active.binding, active.enabled, active.tooltip))
        for group, run in groupby(by_action.values(), lambda entry: entry[0].group):
            entries = list(run)
            if group is not None and len(entries) > 1:
                keys = tuple(
                    _Item(b.key, self.app.get_key_display(b), "", on, tip or b.description) for b, on, tip in entries
                )
                if group.compact:
                    yield _Box(0, 1, keys=keys, padding=1)
                else:
                    yield _Box(0, 0, keys=keys, key_margin=1)
                yield _Box(0, 0, _Item(None, "", group.description))
            else:
                for binding, enabled, tooltip in entries:
                    item = _Item(binding.key, self.app.get_key_display(binding), binding.description, enabled, tooltip)
                    yield _Box(0, 1, item)

    def _palette(self) -> _Item | None:
        if not self.app.ENABLE_COMMAND_PALETTE:
            return None
        active = self.screen.active_bindings.get(self.app.COMMAND_PALETTE_BINDING)
        if active is None:
            return None
        binding = active.binding
        return _Item(
            binding.key,
            self.app.get_key_display(binding),
            binding.description,
            active.enabled,
            binding.tooltip or binding.description,
        )

    # -- drawing --------------------------------------------------------------------------

    def _style(self, name: str) -> Style:
        return self.get_component_rich_style(f"keybar--{name}", partial=True)

    def _draw(self, out: Text, item: _Item) -> None:
        """One key as the Footer draws it: the key in bold, a space, the description."""
        start = out.cell_len
        if item.key is None:
            out.append(item.text, self._style("label"))
            return
        out.append(item.shown, self._style("key"))
        if item.text:
            out.append(" " + item.text, self._style("description"))
        if not item.enabled:
            out.stylize(self._style("disabled"), start)
        if item == self._hover and item.enabled:
            out.stylize(self._style("hover"), start)
        self._spans.append((start, out.cell_len, item))

    def render(self) -> Text:
        self._spans = []
        out = Text(no_wrap=True, overflow="crop", end="")
        margin: int | None = None  # the right margin of the box before
        for box in self._boxes():
            out.append(" " * (box.left if margin is None else max(margin, box.left)))
            if box.item is not None:
                self._draw(out, box.item)
            else:
                out.append(" " * box.padding)
                for i, key in enumerate(box.keys):
                    out.append(" " * box.key_margin)  # the first key's left margin, or the overlap of two
                    self._draw(out, key)
                    if i == len(box.keys) - 1:
                        out.append(" " * box.key_margin)
            margin = box.right
        palette = self._palette()
        if palette is None:
            return out
        # Docked on the right over whatever the keys left there: a thin rule, the key, its margin.
        offset = self.size.width - cell_len(palette.shown) - cell_len(palette.text) - 3
        if offset < 0:
            return out
        out.truncate(offset, overflow="crop", pad=True)
        self._spans = [(start, min(end, offset), item) for start, end, item in self._spans if start < offset]
        out.append("▏", self.get_component_rich_style("keybar--border"))  # not partial: a translucent colour
        self._draw(out, palette)
        out.append(" ")
        return out

    # -- mouse ----------------------------------------------------------------------------

    def _item_at(self, x: int) -> _Item | None:
        return next((item for start, end, item in self._spans if start <= x < end), None)

    def on_mouse_move(self, event: events.MouseMove) -> None:
        item = self._item_at(event.x)
        if item != self._hover:
            self._hover = item
            self.tooltip = item.tooltip if item is not None and item.tooltip else None
            self.refresh()

    def on_leave(self, _event: events.Leave) -> None:
        if self._hover is not None:
            self._hover = None
            self.tooltip = None
            self.refresh()

    def on_mouse_down(self, event: events.MouseDown) -> None:
        item = self._item_at(event.x)
        if item is None or item.key is None:
            return
        if item.enabled:
            self.app.simulate_key(item.key)
        else:
            self.app.bell()
