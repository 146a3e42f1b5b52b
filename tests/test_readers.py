"""Readers: each format becomes an Article; metadata lines stay out of the body."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from store.ingest.files import ReadItem, read_bytes, read_paths
from tests.conftest import SEED


def only_article(data: bytes | str, name: str):  # type: ignore[no-untyped-def]
    raw = data.encode() if isinstance(data, str) else data
    (item,) = list(read_bytes(raw, name, Path(name).suffix))
    assert item.error is None, item.error
    return item.article


def test_seed_text_header_is_lifted_out_of_the_body() -> None:
    (item,) = list(read_paths([SEED]))
    a = item.article
    assert a.title == "Drone attack targets US-led coalition base in Iraq"
    assert a.dek.startswith("Since the start of Israel's war on Gaza in October")
    assert (a.published, a.section, a.read_minutes, a.photo_credit) == ("2024-01-24", "MENA", 2, "Getty")
    assert "2 min read" not in a.body and "[Getty]" not in a.body and "\nMENA\n" not in a.body
    assert a.body.startswith("Several drones on Tuesday targeted an airbase")
    assert a.body.endswith("some 900 in Syria.")


def test_text_with_wire_dateline_byline_and_source_line() -> None:
    text = (
        "Rockets hit base\n\nJan. 9, 2024\nBy Jane Roe\nSource: Reuters\n\n"
        "BAGHDAD, Jan 9 (Reuters) - Rockets struck a base.\n\nSecond paragraph here.\n"
    )
    a = only_article(text, "x.txt")
    assert (a.title, a.published, a.byline, a.outlet) == ("Rockets hit base", "2024-01-09", "Jane Roe", "Reuters")
    assert a.body == "BAGHDAD, Jan 9 (Reuters) - Rockets struck a base.\n\nSecond paragraph here."


def test_dateline_with_time_and_agency_from_wire_dateline() -> None:
    text = "Title here\nPublished: 24 January 2024 10:32 GMT\n\nWASHINGTON (AP) — Something happened at a base today.\n"
    a = only_article(text, "x.txt")
    assert a.published == "2024-01-24T10:32:00"
    assert a.outlet == "AP"


def test_markdown_front_matter() -> None:
    text = (
        "---\ntitle: Drones hit Harir\npublished: 2023-11-09\noutlet: Rudaw\nurl: https://example.org/h\n---\n\n"
        "## Latest\n\nTwo drones struck Harir.\n"
    )
    a = only_article(text, "h.md")
    assert (a.title, a.published, a.outlet, a.url) == (
        "Drones hit Harir",
        "2023-11-09",
        "Rudaw",
        "https://example.org/h",
    )
    assert a.body == "Latest\n\nTwo drones struck Harir."


def test_json_object_and_field_aliases() -> None:
    obj = {
        "title": "T",
        "body": "Body text about an attack.",
        "url": "https://e.org/1",
        "published": "2024-01-29T08:00:00Z",
        "outlet": "AFP",
    }
    a = only_article(json.dumps(obj), "a.json")
    assert (a.title, a.body, a.published, a.outlet) == ("T", "Body text about an attack.", "2024-01-29T08:00:00", "AFP")
    content = only_article(json.dumps({"content": "Only content here. More."}), "b.json")
    assert content.title == "Only content here."  # no title: the first sentence
    assert content.published is None  # no date: empty, not today


def test_json_array_and_jsonl_name_each_item() -> None:
    items = list(read_bytes(json.dumps([{"text": "One."}, {"text": "Two."}]).encode(), "arr.json", ".json"))
    assert [i.source for i in items] == ["arr.json#1", "arr.json#2"]
    lines = '{"text": "First report."}\n\n{"text": "Second report."}\n'
    items = list(read_bytes(lines.encode(), "f.jsonl", ".jsonl"))
    assert [i.source for i in items] == ["f.jsonl#1", "f.jsonl#3"]


def test_bad_jsonl_line_names_its_number_and_keeps_the_rest() -> None:
    lines = '{"text": "Good one."}\n{"text": broken\n{"text": "Good two."}\n'
    items = list(read_bytes(lines.encode(), "f.jsonl", ".jsonl"))
    assert [i.article is not None for i in items] == [True, False, True]
    assert items[1].error.startswith("f.jsonl:2: malformed JSON line")


def test_html_page_keeps_the_article_and_drops_navigation() -> None:
    html = """<html><head><title>Drones hit base | Example News</title>
    <meta property="og:site_name" content="Example News">
    <meta property="article:published_time" content="2023-10-19T08:00:00Z"></head>
    <body><nav><a href="/">Home</a> <a href="/world">World news menu</a></nav>
    <article><h1>Drones hit base</h1>
    <p>Two drones targeted the Harir base in northern Iraq on Wednesday, officials said.</p>
    <p>One drone was shot down before it reached the base, according to a US official.</p></article>
    <footer>Copyright 2023 Example News. All rights reserved.</footer></body></html>"""
    a = only_article(html, "p.html")
    assert "Two drones targeted the Harir base" in a.body
    assert "Copyright" not in a.body and "World news menu" not in a.body
    assert a.published.startswith("2023-10-19")
    assert a.outlet == "Example News"


def test_invalid_utf8_is_decoded_with_a_warning() -> None:
    (item,) = list(
        read_bytes("Caf\xe9 attack\n\nA drone hit a caf\xe9 near the base.".encode("cp1252"), "w.txt", ".txt")
    )
    assert item.article.title == "Café attack"
    assert "not valid UTF-8" in item.warning


def test_folder_is_read_recursively_skipping_temporary_files(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("A\n\nBody one.")
    (tmp_path / "b.md").write_text("B\n\nBody two.")
    (tmp_path / ".hidden.txt").write_text("H\n\nHidden.")
    (tmp_path / "c.txt.part").write_text("P\n\nPartial.")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\x00\x00")
    titles = sorted(i.article.title for i in read_paths([tmp_path]))
    assert titles == ["A", "B"]


def test_feed_file_is_parsed_and_never_fetched_or_opened(tmp_path: Path) -> None:
    secret = tmp_path / "secret.xml"
    secret.write_text(
        "<rss><channel><item><title>leak</title><description>private</description></item></channel></rss>"
    )
    evil = tmp_path / "evil.xml"
    evil.write_text(str(secret))  # a feed file whose content is a path must not open that path
    items = list(read_paths([evil]))
    assert [i.article for i in items if i.article] == []
    assert "not an RSS or Atom feed" in items[0].error
    rss = tmp_path / "feed.rss"
    rss.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
        "<item><title>Drones hit Harir</title><link>https://example.org/h</link>"
        "<description>&lt;p&gt;Two drones struck Harir air base on Monday.&lt;/p&gt;</description></item>"
        "</channel></rss>"
    )
    (item,) = list(read_paths([rss]))
    assert (item.article.title, item.article.outlet, item.article.url) == (
        "Drones hit Harir",
        "Wire",
        "https://example.org/h",
    )
    assert item.article.body == "Two drones struck Harir air base on Monday."


def _read_one(folder: Path, name: str, text: str) -> ReadItem:
    """The one item a file of ``text`` named ``name`` reads as, with its article."""
    path = folder / name
    path.write_text(text, encoding="utf-8")
    (item,) = list(read_paths([path]))
    assert item.article is not None
    return item


def test_a_byline_then_a_date_line_with_the_time_first(tmp_path: Path) -> None:
    item = _read_one(
        tmp_path,
        "wire.txt",
        "Rockets hit a base\nBy NORA HALL and SAMI AZIZ Associated Press\n"
        "Updated 7:12 AM GMT+4, March 2, 2024\n\nBAGHDAD (AP) — Rockets hit a base on Friday.\n",
    )
    assert item.article.published == "2024-03-02T07:12:00"
    assert item.article.body.startswith("BAGHDAD (AP)")


@pytest.mark.parametrize(
    ("header", "published"),
    [
        ("Tuesday, 12 March 2024 6:40 PM  [ Last Update: Tuesday, 12 March 2024 7:15 PM ]", "2024-03-12T18:40:00"),
        ("12/03/2024 | 18:40", "2024-03-12"),
        ("03/28/2024 | 18:40", "2024-03-28"),
        ("March 12, 2024 — by the research desk, Example Institute", "2024-03-12"),
        ("Published: March 12, 2024 · 31 min · Hosts: two of them", "2024-03-12"),
        ("March, 12, 2024 - 18:40", "2024-03-12T18:40:00"),
    ],
)
def test_a_header_date_with_more_after_it(tmp_path: Path, header: str, published: str) -> None:
    item = _read_one(
        tmp_path, "report.txt", f"Drone downed near a base\n{header}\n\nA drone was shot down on Monday.\n"
    )
    assert item.article.published == published
    assert item.article.body == "A drone was shot down on Monday."


def test_a_body_line_that_opens_with_a_date_stays_in_the_body(tmp_path: Path) -> None:
    item = _read_one(
        tmp_path,
        "report.txt",
        "Title\nMarch 14, 2024\n\nA drone hit the base on Monday.\n\n12/03/2024 | the day the first drone came.\n",
    )
    assert item.article.body.endswith("12/03/2024 | the day the first drone came.")


def test_a_markdown_thematic_break_is_no_text(tmp_path: Path) -> None:
    item = _read_one(tmp_path, "update.md", "# Update\n\nMarch 14, 2024\n\nFirst part.\n\n---\n\nSecond part.\n")
    assert item.article.body == "First part.\n\nSecond part."


def test_a_pages_read_more_links_and_pull_quotes_are_no_part_of_the_report(tmp_path: Path) -> None:
    paragraphs = [
        "Rockets struck a base in western Iraq on Monday, officials said, and one of them hit a hangar.",
        '"We heard the whistle and then the blast, and after that the sirens," a technician at the base said.',
        "The base's commander said repairs would take a week and that no one had been hurt in the attack.",
    ]
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    html = (
        "<html><head><title>Rockets hit base</title></head><body><article><h1>Rockets hit base</h1>"
        f"{body}<p><strong>Read more:</strong> <a href='/x'>Drones hit Harir air base on Friday</a></p>"
        '<blockquote><p>"We heard the whistle and then the blast, and after that the sirens"</p></blockquote>'
        "</article></body></html>"
    )
    item = _read_one(tmp_path, "page.html", html)
    assert "Read more" not in item.article.body and "Harir" not in item.article.body
    assert item.article.body.count("We heard the whistle") == 1


def test_an_article_without_a_date_takes_one_from_its_file_name(tmp_path: Path) -> None:
    item = _read_one(
        tmp_path, "tower22-followup-2024-01-30.txt", "Drone toll rises\n\nThe number of wounded rose on Monday.\n"
    )
    assert item.article.published == "2024-01-30"
    assert item.warning is not None and "took 2024-01-30 from the file name" in item.warning


def test_else_from_a_full_date_in_its_opening_lines(tmp_path: Path) -> None:
    item = _read_one(tmp_path, "update.md", "# Update\n\nAs of March 3, 2024, three attacks were recorded this week.\n")
    assert item.article.published == "2024-03-03"


def test_a_plain_text_list_makes_a_paragraph_of_each_item(tmp_path: Path) -> None:
    item = _read_one(
        tmp_path,
        "digest.txt",
        "Weekly digest\n04 MAR 2024\n\nIRAQ\n- 02 MAR | ERBIL | Drone impact at Erbil Air Base.\n"
        '- A US official said: "Nobody was hurt."\n• 03 MAR | BAGHDAD | No activity.\n',
    )
    assert item.article.body.split("\n\n") == [
        "02 MAR | ERBIL | Drone impact at Erbil Air Base.",
        'A US official said: "Nobody was hurt."',
        "03 MAR | BAGHDAD | No activity.",
    ]


def test_json_text_that_kept_its_pages_markup_reads_as_the_words_a_reader_sees() -> None:
    text = (
        "<p><strong>ERBIL</strong> &#8212; A drone struck Erbil Air Base, officials said.</p>\n"
        "<p>&quot;It was not intercepted,&quot; a US official said.<br/>The base&#39;s sirens sounded"
        " &amp; troops sheltered.</p>"
    )
    a = only_article(json.dumps({"title": "T", "text": text}), "a.json")
    assert a.body == (
        "ERBIL — A drone struck Erbil Air Base, officials said.\n\n"
        '"It was not intercepted," a US official said.\n\n'
        "The base's sirens sounded & troops sheltered."
    )


def test_a_table_in_json_text_reads_as_a_sentence_of_named_cells_per_row() -> None:
    text = (
        "<p>Attacks this week:</p><table><tr><th>Date</th><th>Base</th></tr>"
        "<tr><td>20 Jan</td><td>Ain al-Asad</td></tr></table>"
    )
    body = only_article(json.dumps({"text": text}), "t.json").body
    assert body == "Attacks this week:\n\nDate: 20 Jan; Base: Ain al-Asad."


def test_json_text_with_its_line_breaks_escaped_twice_keeps_its_paragraphs() -> None:
    a = only_article(json.dumps({"text": "First paragraph.\\n\\nSecond paragraph."}), "e.json")
    assert a.body == "First paragraph.\n\nSecond paragraph."


def test_text_that_only_looks_like_markup_keeps_its_words() -> None:
    text = "Fewer than 5 <10 km from the gate; Q&amp;A below. Write to <press@centcom.mil> (range >3 km)."
    body = only_article(json.dumps({"text": text}), "a.json").body
    assert body == "Fewer than 5 <10 km from the gate; Q&A below. Write to <press@centcom.mil> (range >3 km)."


def test_a_pdf_copy_with_words_split_at_line_ends_reads_them_whole(tmp_path: Path) -> None:
    path = tmp_path / "sitrep-2024-02-06.txt"
    path.write_text(
        "Sitrep\n\nA US official said no American per-\nsonnel were hurt at the al-\nOmar field, since Wash-\n"
        "ington's strikes on Iran-\nbacked militias.\n",
        encoding="utf-8",
    )
    (item,) = list(read_paths([path]))
    assert item.article.body == (
        "A US official said no American personnel were hurt at the al-Omar field, since Washington's strikes "
        "on Iran-backed militias."
    )


def test_a_date_in_a_time_element_inside_a_sentence_stays_in_the_sentence() -> None:
    html = """<html><head><title>Explainer | Example News</title>
    <meta property="article:published_time" content="2024-01-22T08:00:00Z"></head>
    <body><article><h1>Explainer</h1>
    <p class="meta">Example News &mdash; <time datetime="2024-01-22">Jan. 22, 2024</time></p>
    <p>Ain al-Asad has history: on <time datetime="2020-01-08">8 January 2020</time>, days after a US drone
    killed Qassem Soleimani, Iran fired a salvo of ballistic missiles at the base.</p>
    <p>More recently, on <time datetime="2023-12-25">Christmas Day</time>, a drone hit Erbil Air Base.</p>
    </article></body></html>"""
    a = only_article(html, "e.html")
    assert "on 8 January 2020, days after" in a.body and "on Christmas Day, a drone" in a.body
    assert a.published.startswith("2024-01-22")


def test_a_tables_caption_is_not_taken_for_its_column_names() -> None:
    html = """<html><head><title>Three attacks | Example News</title>
    <meta property="article:published_time" content="2023-11-24T08:00:00Z"></head>
    <body><article><h1>Three attacks</h1>
    <p>US troops came under fire three times in a week, officials said on Friday in Baghdad.</p>
    <table><caption>Attacks on bases, Nov. 17-23, 2023</caption>
    <thead><tr><th>Date</th><th>Base</th><th>Weapon</th></tr></thead>
    <tbody><tr><td>Nov. 17</td><td>Ain al-Asad</td><td>Two drones</td></tr>
    <tr><td>Nov. 23</td><td>Erbil airport base</td><td>Drone</td></tr></tbody></table>
    <p>The heaviest of the three came on Monday, when a missile struck the base.</p>
    </article></body></html>"""
    body = only_article(html, "t.html").body
    assert "Date: Nov. 17; Base: Ain al-Asad; Weapon: Two drones." in body
    assert "Date: Nov. 23; Base: Erbil airport base; Weapon: Drone." in body


def test_json_text_with_tags_beyond_a_few_names_and_a_script_reads_clean() -> None:
    text = (
        '<p>A <iframe src="x"></iframe>drone <picture><source srcset="a"></picture>hit.</p>'
        "<script>var a=1<2;</script><p>Next</p>"
    )
    assert only_article(json.dumps({"text": text}), "s.json").body == "A drone hit.\n\nNext"
