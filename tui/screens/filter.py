"""The filter dialog (``f``): country, weapon and a date range, whichever the list supports."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select
from textual.worker import get_current_worker

from store import queries
from tui.filters import Filter

_DAY = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")  # 2024, 2024-01 or 2024-01-23


class FilterScreen(ModalScreen[Filter | None]):
    """A small form; enter in a date field or on Apply applies, escape cancels."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel"),
    ]

    def __init__(self, current: Filter, fields: tuple[str, ...]) -> None:
        super().__init__()
        self.current = current
        self.fields = fields

    def compose(self) -> ComposeResult:
        with Vertical(id="filter-dialog"):
            yield Label("Filter", id="filter-title")
            if "country" in self.fields:
                yield Label("Country")
                yield Select[str]([], prompt="any country", id="country", allow_blank=True)
            if "weapon" in self.fields:
                yield Label("Weapon")
                yield Select[str]([], prompt="any weapon", id="weapon", allow_blank=True)
            if "since" in self.fields:
                with Horizontal(id="filter-dates"):
                    with Vertical():
                        yield Label("From (YYYY-MM-DD)")
                        yield Input(self.current.since or "", placeholder="2023-10-01", id="since")
                    with Vertical():
                        yield Label("To (YYYY-MM-DD)")
                        yield Input(self.current.until or "", placeholder="2024-02-05", id="until")
            yield Label("", id="filter-error")
            with Horizontal(id="filter-buttons"):
                yield Button("Apply", variant="primary", id="apply")
                yield Button("Clear", id="clear")
                yield Button("Cancel", id="cancel")

    def on_mount(self) -> None:
        self.load_options()

    @work(thread=True, exclusive=True, exit_on_error=False)
    def load_options(self) -> None:
        """The countries and weapons the store knows, for the two pickers."""
        with self.app.readers.connection() as conn:  # type: ignore[attr-defined]
            countries = queries.countries(conn)
            weapons = queries.weapon_names(conn)
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._fill, countries, weapons)

    def _fill(self, countries: list[str], weapons: list[str]) -> None:
        for field, options, value in (
            ("country", countries, self.current.country),
            ("weapon", weapons, self.current.weapon),
        ):
            if field not in self.fields:
                continue
            select = self.query_one(f"#{field}", Select)
            select.set_options((o, o) for o in options)
            if value in options:
                select.value = value

    def _value(self, field: str) -> str | None:
        if field not in self.fields:
            return None
        if field in ("country", "weapon"):
            value = self.query_one(f"#{field}", Select).value
            return value if isinstance(value, str) else None
        text = self.query_one(f"#{field}", Input).value.strip()
        return text or None

    def _apply(self) -> None:
        since, until = self._value("since"), self._value("until")
        for label, value in (("From", since), ("To", until)):
            if value and not _DAY.match(value):
                self.query_one("#filter-error", Label).update(f"{label}: write a date as YYYY-MM-DD")
                return
        self.dismiss(
            replace(
                self.current, country=self._value("country"), weapon=self._value("weapon"), since=since, until=until
            )
        )

    @on(Input.Submitted)
    def _submitted(self) -> None:
        self._apply()

    @on(Button.Pressed, "#apply")
    def _apply_pressed(self) -> None:
        self._apply()

    @on(Button.Pressed, "#clear")
    def _clear(self) -> None:
        self.dismiss(Filter())

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
