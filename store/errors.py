"""Errors a user can cause. Each carries a one-line message the CLI prints as it is."""


class BasewatchError(Exception):
    """Base class: the message is meant for the user, on one line."""


class InputError(BasewatchError):
    """An input (file, URL, line) that cannot be read as an article."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class StoreError(BasewatchError):
    """The store file cannot be used (not SQLite, from a newer version, locked)."""
