"""What a list is narrowed to (``f``); kept apart from the dialog so lists load it cheaply."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Filter:
    """What a list is narrowed to; empty fields do not filter."""

    country: str | None = None
    weapon: str | None = None
    since: str | None = None
    until: str | None = None

    @property
    def active(self) -> bool:
        return any((self.country, self.weapon, self.since, self.until))

    def describe(self) -> str:
        parts = [p for p in (self.country, self.weapon) if p]
        if self.since or self.until:
            parts.append(f"{self.since or '…'}..{self.until or '…'}")
        return ", ".join(parts)
