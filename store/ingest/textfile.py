"""Plain-text and Markdown articles: a title line, a header of metadata lines, the body.

News copied from a page arrives as lines: the title, perhaps a dek, a "2 min read" line, a
dateline, a section label, a photo caption ending in a credit like ``[Getty]``. Those are
facts about the article, not its text, so they are lifted into fields and kept out of the
body (extraction must not read a caption as a second report of the attack).
"""

from __future__ import annotations

import csv
import re

from store.extract.dates import normalise_published, parse_date_line
from store.ingest.common import html_to_text, title_from_body
from store.models import Article

_READ_TIME = re.compile(r"^(?P<n>\d{1,3})\s*(?:-\s*)?min(?:ute)?s?\.?\s+read$", re.I)
_CREDIT = re.compile(r"\[(?P<credit>[A-Z][\w .&/'-]{0,40})\]\s*$")  # "... jihadists [Getty]"
_SOURCE = re.compile(r"^(?:source|outlet|via)\s*:\s*(?P<v>.{2,60})$", re.I)
_BYLINE = re.compile(r"^(?i:by)\s+(?P<v>[A-Z][\w.'-]+(?:\s+(?:and\s+)?[A-Z][\w.'-]+){0,5})$")
_LABEL = re.compile(r"^[A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*){0,2}$")  # "MENA", "Live Story"
# An agency named in a wire dateline: "BAGHDAD, Jan 24 (Reuters) -", "WASHINGTON (AP) —"
_WIRE = re.compile(
    r"^[A-Z][A-Z .,'-]{2,40}(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*\((?P<agency>[A-Za-z ]{2,30})\)\s*[-–—]"
)
# A dek is a line or two under the title; a paragraph that opens on a dateline ("WASHINGTON,
# Jan. 29, 2024 -- Senator ...") is the story's first, whatever header line follows it.
_DEK_MAX = 300
_DATELINE_OPENING = re.compile(r"[A-Z][A-Z.'’-]{3,}(?:\s+[A-Z][A-Z.'’-]+)*\s*[,(]")
_FRONT = re.compile(r"\A---\s*\n(?P<meta>.*?)\n---\s*\n", re.S)


# Where a header line's date ends and something else begins: "24/11/2023 | 10:05",
# "Monday, 05 February 2024 8:14 AM [ Last Update: ... ]", "January 22, 2024 — by the Iran team",
# "Published: December 1, 2023 · 48 min · Hosts: ...".
_AFTER_HEADER_DATE = re.compile(r"\s*[|\[—–·•]\s*|\s+-\s+")


def _header_date(line: str) -> str | None:
    """The date a header line gives, also when more follows it than a time."""
    if (published := parse_date_line(line)) is not None or len(line) > 140:
        return published
    first = _AFTER_HEADER_DATE.split(line, maxsplit=1)[0].strip()
    if first == line:
        return None
    return parse_date_line(first)


def _classify(line: str, fields: dict[str, object], header: bool = False) -> bool:
    """Record a metadata line in ``fields``; True when the line was metadata.

    In the ``header`` (before the body starts) a date line may carry more than a date.
    """
    if (m := _READ_TIME.match(line)) is not None:
        fields.setdefault("read_minutes", int(m["n"]))
        return True
    if (published := _header_date(line) if header else parse_date_line(line)) is not None:
        fields.setdefault("published", published)
        return True
    if (m := _SOURCE.match(line)) is not None:
        fields.setdefault("outlet", m["v"].strip())
        return True
    if (m := _BYLINE.match(line)) is not None:
        fields.setdefault("byline", m["v"].strip())
        return True
    if (m := _CREDIT.search(line)) is not None:
        fields.setdefault("photo_credit", m["credit"].strip())
        return True
    if _LABEL.match(line) and not line.endswith((".", "?", "!", ":", '"')):
        fields.setdefault("section", line)
        return True
    return False


def _front_matter(text: str) -> tuple[dict[str, str], str]:
    m = _FRONT.match(text)
    if not m:
        return {}, text
    meta: dict[str, str] = {}
    for line in m["meta"].splitlines():
        key, sep, value = line.partition(":")
        if sep:
            meta[key.strip().lower()] = value.strip().strip("\"'")
    return meta, text[m.end() :]


_BULLET = re.compile(r"(?:[-*+]|\d{1,2}[.)])\s+")
_TEXT_BULLET = re.compile(r"[-*•‣▪]\s+(?=\S)")
_EMPHASIS = re.compile(r"\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])|`")
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")


_BOLD_LINE = re.compile(r"(\*\*|__)[^*_\s][^*_]*\1")
_THEMATIC_BREAK = re.compile(r"(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,}")
_RULE_CELL = re.compile(r":?-{2,}:?")


def _cells(line: str) -> list[str]:
    return [_plain_markdown(c.strip()) for c in line.strip().strip("|").split("|")]


def _table_row(line: str, header: list[str] | None) -> str | None:
    """A table row as a sentence, or None for a header row (the first) and "" for the rule under it."""
    cells = _cells(line)
    if all(_RULE_CELL.fullmatch(c) for c in cells if c):
        return ""
    if header is None:
        return None
    named = [f"{name}: {cell}" if name else cell for name, cell in zip(header, cells, strict=False) if cell]
    return "; ".join(named).rstrip(".") + "."


# "id,date_local,site_as_logged,country,type,weapon": the header of comma-separated rows pasted in.
_CSV_HEADER = re.compile(r"[A-Za-z][A-Za-z0-9_]*(?:,[A-Za-z][A-Za-z0-9_]*){3,}")


def named_csv_rows(lines: list[str]) -> list[str]:
    """Lines with comma-separated rows pasted under a header of column names each made a
    paragraph of named cells ("date local: 2023-12-08; site as logged: Kharab al-Jair airstrip;
    ..."), the header left out: a tracking sheet's export reads as the table it is, and its quoted
    fields are no quotations."""
    out: list[str] = []
    columns: list[str] | None = None
    for line in lines:
        stripped = line.strip()
        if columns is not None:
            cells = next(csv.reader([stripped])) if stripped else []
            if len(cells) == len(columns):
                values = [c.strip().replace("_", " ") if c.isupper() else c.strip() for c in cells]  # "US_STRIKE"
                named = [f"{name}: {value}" for name, value in zip(columns, values, strict=True) if value]
                out += ["; ".join(named).rstrip(".") + ".", ""]
                continue
            columns = None
        if _CSV_HEADER.fullmatch(stripped):
            columns = [c.replace("_", " ") for c in stripped.split(",")]
            out.append("")
            continue
        out.append(line)
    return out


def named_table_rows(lines: list[str]) -> list[str]:
    """Lines with each Markdown table row as a sentence of named cells, and the header row and
    the rule under it left out: a page's table of attacks reads as the Markdown reader reads one."""
    out: list[str] = []
    header: list[str] | None = None
    for line in lines:
        if not line.startswith("|"):
            header = None
            out.append(line)
            continue
        row = _table_row(line, header)
        if row is None:
            header = _cells(line)
        elif row and header is not None and _is_caption(header, line):
            # a page's caption, written as a row of one cell above the column names: left out, as
            # its span of days ("Nov. 17–23, 2023") would read as a dated heading over the text after
            header = _cells(line)
        elif row:
            out.append(row)
    return out


def _is_caption(header: list[str], line: str) -> bool:
    """Whether a table's first row, one cell wide over a row (``line``) of several, is its caption."""
    return sum(1 for c in header if c) == 1 and sum(1 for c in _cells(line) if c) > 1


# The second half of a hyphenated compound: a hyphen before it at a line's end is the word's own.
_COMPOUND_TAIL = re.compile(
    r"(?:backed|led|aligned|affiliated|linked|based|allied|funded|sponsored|controlled|held|run|owned|made|"
    r"eastern|western|northern|southern|east|west|north|south|range|scale|term|level|year|old|day|way|"
    r"style|like|related|time|wide|up|in|out|off|on)\b"
)


def _join_lines(lines: list[str]) -> str:
    """A paragraph's lines as one: a word a copied PDF split at a line's end ("per-" "sonnel")
    is one word again, and a compound split there ("Iran-" "backed", "al-" "Asad") keeps its hyphen."""
    out = lines[0] if lines else ""
    for line in lines[1:]:
        if not (out.endswith("-") and out[-2:-1].isalpha() and (line[:1].islower() or line[:1].isupper())):
            out = f"{out} {line}"
        elif line[:1].islower() and not _COMPOUND_TAIL.match(line):
            out = out[:-1] + line  # "per-" "sonnel"
        else:
            out += line  # "Iran-" "backed", "al-" "Asad", "Iraq-" "Syria border"
    return out


def markup_to_text(fragment: str) -> str:
    """An HTML fragment (a feed entry's content, a scraper's text) as the text readers give: its
    paragraphs, and a table's rows as sentences of named cells."""
    text = html_to_text(fragment)
    return "\n\n".join(named_table_rows(text.split("\n\n"))) if "| " in text else text


def _plain_markdown(line: str) -> str:
    """A Markdown line as the words a reader sees: no emphasis marks, links as their text."""
    if "*" in line or "_" in line or "`" in line or "[" in line:
        line = _LINK.sub(r"\1", _EMPHASIS.sub("", line))
    return line


def parse_text_article(text: str, source_path: str | None = None, markdown: bool = False) -> Article:
    """Read an article from the text of a .txt or .md file."""
    meta, text = _front_matter(text) if markdown else ({}, text)
    fields: dict[str, object] = {}
    title = meta.get("title")
    dek: str | None = None
    paragraphs: list[str] = []
    current: list[str] = []
    seen_body = False
    header: list[str] | None = None  # the columns of the Markdown table being read
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if "," in text and _CSV_HEADER.search(text):
        lines = named_csv_rows(lines)
    for index, raw in enumerate(lines):
        line = raw.strip()
        if markdown and line.startswith(">"):
            line = line.lstrip("> ").strip()  # a block quote reads as its words
        # "**Friday, Nov. 17 — Ain al-Asad**" alone on its line heads what follows, as "#" does.
        bold = markdown and _BOLD_LINE.fullmatch(line) is not None
        heading = (markdown and line.startswith("#")) or bold
        if heading:
            line = line.lstrip("#").strip()
        if markdown and line.startswith("|"):
            # A table row is a paragraph of its own, each cell named by its column:
            # "Date: Thu 9 Nov; Base: Harir; Weapon: one drone; Claimed by: none."
            row = _table_row(line, header)
            if current:
                paragraphs.append(_join_lines(current))
                current = []
            if row is None:
                header = _cells(line)
            elif row:
                paragraphs.append(row)
                seen_body = True
            continue
        header = None
        if markdown and _THEMATIC_BREAK.fullmatch(line):
            line = ""  # "---" between sections: a break, no text
        if markdown and line:
            item = _BULLET.match(line)
            line = _plain_markdown(line[item.end() :] if item else line)
            if item and current:  # each item of a list is a paragraph of its own
                paragraphs.append(_join_lines(current))
                current = []
        elif line and title is not None and (item := _TEXT_BULLET.match(line)) is not None:
            # Plain text copied from a list ("- 25 DEC | ERBIL | ...", "• Jan. 8, 2020 - ..."):
            # each item is a paragraph, without its bullet.
            line = line[item.end() :]
            if current:
                paragraphs.append(_join_lines(current))
                current = []
        if not line:
            if current:
                paragraphs.append(_join_lines(current))
                current = []
            continue
        if title is None:
            title = line
            continue
        if bold and _classify(line, fields, header=not seen_body):
            continue  # "**Published: 2024-01-22**" is the header it says, in bold
        if heading:
            if current:
                paragraphs.append(_join_lines(current))
            paragraphs.append(line)
            current = []
            seen_body = True
            continue
        if _classify(line, fields, header=not seen_body):
            if current:
                paragraphs.append(_join_lines(current))
                current = []
            continue
        if (
            not seen_body
            and dek is None
            and "published" not in fields
            and len(line) <= _DEK_MAX
            and not _DATELINE_OPENING.match(line)
            and _next_is_meta(lines, index)
        ):
            dek = line
            continue
        seen_body = True
        current.append(line)
    if current:
        paragraphs.append(_join_lines(current))
    body = "\n\n".join(paragraphs)
    outlet = meta.get("outlet") or meta.get("source") or fields.get("outlet")
    if outlet is None and paragraphs and (m := _WIRE.match(paragraphs[0])):
        outlet = m["agency"].strip()
    return Article(
        title=title or title_from_body(body),
        body=body,
        published=_published(meta, fields),
        outlet=outlet,  # type: ignore[arg-type]
        url=meta.get("url") or None,
        dek=meta.get("dek") or dek,
        section=meta.get("section") or fields.get("section"),  # type: ignore[arg-type]
        byline=meta.get("author") or meta.get("byline") or fields.get("byline"),  # type: ignore[arg-type]
        photo_credit=fields.get("photo_credit"),  # type: ignore[arg-type]
        read_minutes=fields.get("read_minutes"),  # type: ignore[arg-type]
        source_path=source_path,
    )


def _published(meta: dict[str, str], fields: dict[str, object]) -> str | None:
    for key in ("published", "date"):
        if meta.get(key):
            return normalise_published(meta[key])
    return fields.get("published")  # type: ignore[return-value]


def _next_is_meta(lines: list[str], index: int) -> bool:
    """Whether the next non-blank line is a header line (so this one is a dek)."""
    for raw in lines[index + 1 :]:
        line = raw.strip()
        if line:
            return _classify(line, {})
    return False
