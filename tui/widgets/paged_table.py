"""A row table over a window of a larger list, loaded a keyset page at a time.

Built on Textual's line API (a ScrollView that renders only the lines on screen, from a
per-row cache) rather than on DataTable: DataTable re-renders every visible cell after
any change (its cell cache is keyed on a global update counter) at about 150 µs a cell,
which put a repaint after a live insert, a filter or a drill-down at 30-70 ms with a
page of rows. Here a row is rendered once into strips and kept until its data changes;
moving the cursor restyles two rows.

The table never queries anything itself. It holds at most ``max_rows`` rows, asks its
screen for the next page (:class:`PagedTable.NeedRows`) when the cursor nears either
end, and drops rows from the far end when it grows past the cap. Rows are kept by key,
so live inserts and new pages leave the cursor on the row it was on.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, ClassVar

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

Row = dict[str, Any]
MOVE = Binding.Group("Move", compact=True)
GAP = 2  # spaces between columns
NULL = Style.null()


@dataclass(frozen=True)
class Column:
    """One column: a fixed ``width``, or 0 to share the room left by the fixed ones by ``ratio``."""

    key: str
    label: str
    width: int = 0
    min_table_width: int = 0  # hidden in tables narrower than this, so 80 columns stay readable
    justify: str = "left"
    ratio: int = 1


RenderRow = Callable[[Row, "PagedTable"], dict[str, Text]]


class PagedTable(ScrollView, can_focus=True):
    """A keyboard-first table: a fixed header, a row cursor, keyset paging at the edges."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "paged--header",
        "paged--cursor",
        "paged--cursor-blur",
        "paged--empty",
        "bw--unread",
        "bw--killed",
        "bw--injured",
        "bw--intercepted",
        "bw--dim",
        "bw--weapon",
        "bw--claim",
        "bw--date",
        "bw--quote",
        "bw--kind",
        "bw--error",
        "bw--ok",
    }
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select_cursor", "Open"),
        Binding("down", "cursor_down", "Down", show=False, group=MOVE),
        Binding("up", "cursor_up", "Up", show=False, group=MOVE),
        Binding("j", "cursor_down", "Down", show=False, group=MOVE),
        Binding("k", "cursor_up", "Up", show=False, group=MOVE),
        Binding("pagedown", "page_down", "Page down", show=False),
        Binding("pageup", "page_up", "Page up", show=False),
        Binding("g", "first", "Top", show=False),
        Binding("G", "last", "Bottom", show=False),
        Binding("home", "first", "Top", show=False),
        Binding("end", "last", "Bottom", show=False),
    ]

    class TableMessage(Message):
        """A message about this table; ``control`` lets handlers select it by id."""

        def __init__(self, table: PagedTable) -> None:
            super().__init__()
            self.table = table

        @property
        def control(self) -> PagedTable:
            return self.table

    class NeedRows(TableMessage):
        """The window needs rows: ``below``/``above`` its ends, or the ``first``/``last`` page."""

        def __init__(self, table: PagedTable, where: str, edge: Row | None) -> None:
            super().__init__(table)
            self.where = where
            self.edge = edge

    class RowMessage(TableMessage):
        """A message about one row of this table."""

        def __init__(self, table: PagedTable, row: Row) -> None:
            super().__init__(table)
            self.row = row

    class Opened(RowMessage):
        """Enter on a row: the screen drills into it."""

    class Highlighted(RowMessage):
        """The cursor rests on a row (for previews and marking rows seen)."""

    def __init__(
        self,
        columns: list[Column],
        render: RenderRow,
        *,
        key_of: Callable[[Row], str] = lambda r: str(r["id"]),
        order_of: Callable[[Row], Any] = lambda r: r["sort_key"],
        descending: bool = True,
        row_height: int | None = 1,
        max_rows: int = 500,
        edge: int = 15,
        empty: str = "Nothing here yet.",
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(id=id, classes=classes)
        self.spec = columns
        self.render_cells = render
        self.key_of = key_of
        self.order_of = order_of
        self.descending = descending
        self.wrap = row_height is None
        self.max_rows = max_rows
        self.edge = edge
        self.empty_text = empty
        self.window: dict[str, Row] = {}
        self.marked: set[str] = set()
        self.more_below = False
        self.more_above = False
        self.loading_side: str | None = None
        self.cursor_row = 0
        self._keys: list[str] = []  # display order
        self._index: dict[str, int] = {}
        self._tops: list[int] = []  # first content line of each row
        self._lines: dict[str, list[Strip]] = {}  # rendered rows, without the cursor
        self._layout: tuple[tuple[str, ...], tuple[int, ...]] | None = None
        self._styles: dict[str, Style] = {}

    # -- state the screens read ----------------------------------------------------------

    @property
    def row_count(self) -> int:
        return len(self._keys)

    def get_row_index(self, key: str) -> int:
        return self._index[key]

    def current_key(self) -> str | None:
        return self._keys[self.cursor_row] if self._keys else None

    def current_row(self) -> Row | None:
        key = self.current_key()
        return self.window.get(key) if key is not None else None

    def rows_in_order(self) -> list[Row]:
        return [self.window[k] for k in self._keys]

    def position(self) -> str:
        """Where the cursor is, for the breadcrumb: ``row 12/100+`` (more beyond the window)."""
        if not self._keys:
            return "0 rows"
        more = "+" if self.more_below or self.more_above else ""
        return f"row {self.cursor_row + 1}/{len(self._keys)}{more}"

    def row_text(self, key: str) -> str:
        """A row as plain text, the way it is drawn (for tests and copying)."""
        return "\n".join(strip.text for strip in self._row_lines(key))

    # -- styles ---------------------------------------------------------------------------

    def style(self, name: str) -> Style:
        """The Rich style of a ``bw--`` component class (colours live in the .tcss)."""
        style = self._styles.get(name)
        if style is None:
            style = self.get_component_rich_style(f"bw--{name}", partial=True)
            self._styles[name] = style
        return style

    def restyle(self) -> None:
        """Render every row again (after a theme change the colours are different)."""
        self._styles.clear()
        self._lines.clear()
        self._relayout()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._styles.clear()
        self._lines.clear()

    # -- layout ---------------------------------------------------------------------------

    def _plan(self, width: int) -> tuple[tuple[str, ...], tuple[int, ...]]:
        """Which columns fit ``width`` and how wide each is; flex columns share the rest."""
        visible = [c for c in self.spec if width >= c.min_table_width]
        fixed = sum(c.width for c in visible if c.width) + GAP * len(visible) + 2  # + the mark
        flex = [c for c in visible if not c.width]
        room = max(10 * len(flex), width - fixed) if flex else 0
        parts = sum(c.ratio for c in flex) or 1
        widths = [c.width or max(8, room * c.ratio // parts) for c in visible]
        return tuple(c.key for c in visible), tuple(widths)

    def on_resize(self, _event: events.Resize) -> None:
        width = self.scrollable_content_region.width or self.size.width
        if width > 0:
            plan = self._plan(width)
            if plan != self._layout:
                self._layout = plan
                self._lines.clear()
            self._relayout()

    def _relayout(self) -> None:
        """Recompute row positions and the scrollable size after rows changed."""
        top = 0
        self._tops = []
        for key in self._keys:
            self._tops.append(top)
            top += len(self._row_lines(key)) if self.wrap and self._layout else 1
        width = self.scrollable_content_region.width or self.size.width
        self.virtual_size = Size(width, top + 1)
        self.refresh()

    def _row_lines(self, key: str) -> list[Strip]:
        lines = self._lines.get(key)
        if lines is None:
            lines = self._render_row(self.window[key], key)
            self._lines[key] = lines
        return lines

    def _render_row(self, row: Row, key: str) -> list[Strip]:
        if self._layout is None:
            return [Strip.blank(1)]
        cells = self.render_cells(row, self)
        marked = key in self.marked
        first = Text("● " if marked else "  ", style=self.style("unread") if marked else "")
        return self._lay_out([first, *(cells.get(k) or Text("") for k in self._layout[0])])

    def _lay_out(self, cells: list[Text]) -> list[Strip]:
        """Lay cells side by side at the planned widths, wrapping them if the table wraps."""
        assert self._layout is not None
        console = self.app.console
        widths = [2, *self._layout[1]]
        justify = ["left", *(self._column(k).justify for k in self._layout[0])]
        # A cell may ask for right alignment itself (a number in a column of text).
        justify = [("right" if cell.justify == "right" else how) for cell, how in zip(cells, justify, strict=True)]
        if not self.wrap:
            return [self._line(cells, widths, justify)]
        columns: list[list[Text]] = []
        for cell, width, how in zip(cells, widths, justify, strict=True):
            cell = cell.copy()
            cell.justify = how  # type: ignore[assignment]
            if self.wrap and width > 2:
                cell.no_wrap = False
                lines = list(cell.wrap(console, width, justify=how))  # type: ignore[arg-type]
            else:
                cell.truncate(width, overflow="ellipsis")
                lines = [cell]
            columns.append(lines)
        height = max(len(c) for c in columns)
        strips = []
        for n in range(height):
            line = Text(no_wrap=True, end="")
            for i, (lines, width) in enumerate(zip(columns, widths, strict=True)):
                part = lines[n] if n < len(lines) else Text("")
                part = part.copy()
                part.rstrip()
                part.truncate(width, overflow="ellipsis")
                pad = width - part.cell_len
                if pad > 0:
                    (part.pad_left if justify[i] == "right" else part.pad_right)(pad)
                line.append_text(part)
                if i:
                    line.append(" " * GAP)
            segments = list(line.render(console))
            strips.append(Strip(Segment.simplify(segments), line.cell_len))
        return strips

    def _line(self, cells: list[Text], widths: list[int], justify: list[str]) -> Strip:
        """One line of cells, each cut to its width with an ellipsis and padded.

        What the wrapping path below draws for a one-line row, without building a Rich Text
        for the whole line: a plain cell (one style, the usual case) becomes one segment, and
        a row takes 30-50 µs instead of 80-95 (a page's first repaint draws about 40).
        """
        console = self.app.console
        segments: list[Segment] = []
        for i, (cell, width, how) in enumerate(zip(cells, widths, justify, strict=True)):
            text = cell.plain
            if cell.spans or "\n" in text:
                part = cell.copy()
                part.truncate(width, overflow="ellipsis")
                part.rstrip()
                pad = width - part.cell_len
                if pad > 0:
                    (part.pad_left if how == "right" else part.pad_right)(pad)
                segments.extend(Segment(t, style or NULL) for t, style, _ in part.render(console))
            else:
                if cell_len(text) > width:
                    text = set_cell_size(text, width - 1) + "…"
                text = text.rstrip()
                pad = width - cell_len(text)
                if pad > 0:
                    text = " " * pad + text if how == "right" else text + " " * pad
                style = cell.style if isinstance(cell.style, Style) else console.get_style(cell.style, default=NULL)
                segments.append(Segment(text, style))
            if i:
                segments.append(Segment(" " * GAP, NULL))
        return Strip(Segment.simplify(segments), sum(widths) + GAP * (len(widths) - 1))

    def _column(self, key: str) -> Column:
        return next(c for c in self.spec if c.key == key)

    def _header(self, width: int) -> Strip:
        if self._layout is None:
            return Strip.blank(width)
        labels = [Text(""), *(Text(self._column(k).label) for k in self._layout[0])]
        saved, self.wrap = self.wrap, False
        try:
            strip = self._lay_out(labels)[0]
        finally:
            self.wrap = saved
        style = self.get_component_rich_style("paged--header")
        return strip.adjust_cell_length(width).apply_style(style)

    # -- rendering ------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width or self.size.width
        base = self.rich_style
        if y == 0:
            return self._header(width)
        if not self._keys:
            if y == 2:
                text = Text(f"  {self.empty_text}", style=self.get_component_rich_style("paged--empty"))
                return Strip(list(text.render(self.app.console)), text.cell_len).adjust_cell_length(width, base)
            return Strip.blank(width, base)
        line = int(self.scroll_y) + y - 1
        index = bisect_right(self._tops, line) - 1
        if index < 0 or index >= len(self._keys):
            return Strip.blank(width, base)
        key = self._keys[index]
        lines = self._row_lines(key)
        offset = line - self._tops[index]
        if offset >= len(lines):
            return Strip.blank(width, base)
        strip = lines[offset].adjust_cell_length(width)
        if index == self.cursor_row:
            cursor = "paged--cursor" if self.has_focus else "paged--cursor-blur"
            strip = strip.apply_style(self.get_component_rich_style(cursor))
        return strip.apply_style(base)

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()

    # -- rows -----------------------------------------------------------------------------

    def _reorder(self) -> None:
        self._keys = sorted(self.window, key=lambda k: self.order_of(self.window[k]), reverse=self.descending)
        self._index = {k: i for i, k in enumerate(self._keys)}

    def refresh_row_cells(self, key: str) -> None:
        """Render one row again from its data (it was marked, unmarked or updated)."""
        if key in self.window:
            had = len(self._lines.pop(key, []))
            if self.wrap and had != len(self._row_lines(key)):
                self._relayout()
            self.refresh()

    def set_marked(self, key: str, marked: bool) -> None:
        if marked == (key in self.marked):
            return
        (self.marked.add if marked else self.marked.discard)(key)
        self.refresh_row_cells(key)

    def apply_page(
        self, rows: list[Row], where: str, more: bool, *, more_above: bool = False, focus_key: str | None = None
    ) -> None:
        """Put a fetched page in the window.

        ``where`` is ``replace`` (a new list: first page, filter, sort), ``first``/``last``
        (jump to an end), ``below`` or ``above`` (the page past that end of the window).
        """
        self.loading_side = None
        if where in ("replace", "first", "last"):
            self.window = {self.key_of(r): r for r in rows}
            self._lines.clear()
            self.more_below = more if where != "last" else False
            self.more_above = more_above if where != "last" else more
            self._reorder()
            self._relayout()
            if focus_key is not None and focus_key in self._index:
                target = self._index[focus_key]
            elif where == "last":
                target = len(self._keys) - 1
            else:
                target = 0
            self.scroll_to(y=0, animate=False, immediate=True)
            self.cursor_row = -1
            self.move_cursor(row=max(0, target))
            return
        if where == "below":
            self.more_below = more
            self.insert(rows)
            overflow = len(self._keys) - self.max_rows
            if overflow > 0:
                self._trim(overflow, top=True)
        elif where == "above":
            self.more_above = more
            self.insert(rows)
            overflow = len(self._keys) - self.max_rows
            if overflow > 0:
                self._trim(overflow, top=False)

    def insert(self, rows: list[Row]) -> int:
        """Add or update rows anywhere in the window by key; the cursor stays on its row.

        Returns how many rows were new. Used for live updates and pages at either end.
        When rows arrive above the cursor the view scrolls with it, so what you were
        reading does not move.
        """
        if not rows:
            return 0
        current = self.current_key()
        before = self._tops[self.cursor_row] if self._keys and self.cursor_row < len(self._tops) else 0
        added = 0
        for row in rows:
            key = self.key_of(row)
            if key not in self.window:
                added += 1
            self.window[key] = row
            self._lines.pop(key, None)
        self._reorder()
        self._relayout()
        if current is not None:
            self.cursor_row = self._index[current]
            shift = self._tops[self.cursor_row] - before
            if shift and self.scroll_y > 0:
                self.scroll_to(y=self.scroll_y + shift, animate=False, immediate=True)
            self._scroll_cursor_into_view()
        elif self._keys:
            self.move_cursor(row=0)
        self.refresh()
        return added

    def _trim(self, count: int, *, top: bool) -> None:
        """Drop ``count`` rows from one end so the window stays bounded."""
        victims = self._keys[:count] if top else self._keys[-count:]
        current = self.current_key()
        lines_removed = sum(len(self._row_lines(k)) if self.wrap else 1 for k in victims) if top else 0
        for key in victims:
            self.window.pop(key, None)
            self.marked.discard(key)
            self._lines.pop(key, None)
        self._reorder()
        self._relayout()
        if top:
            self.more_above = True
            self.scroll_to(y=max(0, self.scroll_y - lines_removed), animate=False, immediate=True)
        else:
            self.more_below = True
        if current in self._index:
            self.cursor_row = self._index[current]
        else:
            self.cursor_row = min(self.cursor_row, max(0, len(self._keys) - 1))
        self.refresh()

    def remove(self, key: str) -> None:
        if key in self.window:
            current = self.current_key()
            self.window.pop(key)
            self.marked.discard(key)
            self._lines.pop(key, None)
            self._reorder()
            self._relayout()
            self.cursor_row = self._index.get(current or "", min(self.cursor_row, max(0, len(self._keys) - 1)))

    # -- movement -------------------------------------------------------------------------

    def move_cursor(self, *, row: int, scroll: bool = True) -> None:
        """Put the cursor on ``row`` (clamped); announce it if it moved."""
        if not self._keys:
            self.cursor_row = 0
            return
        row = max(0, min(row, len(self._keys) - 1))
        moved = row != self.cursor_row
        self.cursor_row = row
        if scroll:
            self._scroll_cursor_into_view()
        self.refresh()
        if moved:
            self._announce()

    def _visible_lines(self) -> int:
        return max(1, self.scrollable_content_region.height - 1)

    def _scroll_cursor_into_view(self) -> None:
        if not self._keys or self.cursor_row >= len(self._tops):
            return
        top = self._tops[self.cursor_row]
        bottom = top + (len(self._row_lines(self._keys[self.cursor_row])) if self.wrap else 1)
        view = self._visible_lines()
        if top < self.scroll_y:
            self.scroll_to(y=top, animate=False, immediate=True)
        elif bottom > self.scroll_y + view:
            self.scroll_to(y=bottom - view, animate=False, immediate=True)

    def _announce(self) -> None:
        row = self.current_row()
        if row is not None:
            self.post_message(self.Highlighted(self, row))
        self._check_edges()

    def _check_edges(self) -> None:
        if self.loading_side is not None or not self._keys:
            return
        if self.more_below and self.cursor_row >= len(self._keys) - self.edge:
            self.loading_side = "below"
            self.post_message(self.NeedRows(self, "below", self.window[self._keys[-1]]))
        elif self.more_above and self.cursor_row < self.edge:
            self.loading_side = "above"
            self.post_message(self.NeedRows(self, "above", self.window[self._keys[0]]))

    def action_cursor_down(self) -> None:
        self.move_cursor(row=self.cursor_row + 1)

    def action_cursor_up(self) -> None:
        self.move_cursor(row=self.cursor_row - 1)

    def _rows_per_page(self) -> int:
        if not self.wrap:
            return self._visible_lines()
        return max(1, self._visible_lines() // 3)

    def action_page_down(self) -> None:
        step = self._rows_per_page()
        if self._keys and not self.wrap:
            self.scroll_to(y=self.scroll_y + step, animate=False, immediate=True)
        self.move_cursor(row=self.cursor_row + step)

    def action_page_up(self) -> None:
        step = self._rows_per_page()
        if self._keys and not self.wrap:
            self.scroll_to(y=max(0, self.scroll_y - step), animate=False, immediate=True)
        self.move_cursor(row=self.cursor_row - step)

    def action_first(self) -> None:
        if self.more_above:
            self.loading_side = "first"
            self.post_message(self.NeedRows(self, "first", None))
        elif self._keys:
            self.move_cursor(row=0)

    def action_last(self) -> None:
        if self.more_below:
            self.loading_side = "last"
            self.post_message(self.NeedRows(self, "last", None))
        elif self._keys:
            self.move_cursor(row=len(self._keys) - 1)

    def action_select_cursor(self) -> None:
        row = self.current_row()
        if row is not None:
            self.post_message(self.Opened(self, row))

    def on_click(self, event: events.Click) -> None:
        """The mouse works too: a click selects a row, a click on the selected row opens it."""
        if event.y < 1 or not self._keys:
            return
        index = bisect_right(self._tops, int(self.scroll_y) + event.y - 1) - 1
        if 0 <= index < len(self._keys):
            if index == self.cursor_row:
                self.action_select_cursor()
            else:
                self.move_cursor(row=index)
