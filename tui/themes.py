"""The two themes. Colour carries meaning through the theme's roles, used in app.tcss:
``$error`` for the killed, ``$warning`` for the injured, ``$success`` for intercepted,
``$accent`` for what is new and unread, ``$primary`` for where the cursor is."""

from __future__ import annotations

from textual.theme import Theme

DARK = "basewatch-dark"
LIGHT = "basewatch-light"

THEMES = [
    Theme(
        name=DARK,
        dark=True,
        primary="#5FA8D3",
        secondary="#8FB9A8",
        accent="#F2B33D",
        warning="#E8A33D",
        error="#F0605D",
        success="#6CC18A",
        foreground="#D8DEE6",
        background="#101418",
        surface="#161B21",
        panel="#1F262E",
    ),
    Theme(
        name=LIGHT,
        dark=False,
        primary="#1F5F99",
        secondary="#3D7A64",
        accent="#9B5A00",
        warning="#A65F00",
        error="#B42318",
        success="#1B7A3E",
        foreground="#1D232A",
        background="#F6F5F1",
        surface="#FFFFFF",
        panel="#E7E5DF",
    ),
]
