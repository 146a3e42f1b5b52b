"""The ``basewatch`` command: a thin layer over store/ that turns errors into one line.

Nothing heavy is imported at module level: ingesting text must not pay for Textual,
httpx or trafilatura.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from store.errors import BasewatchError

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def default_db() -> Path:
    """``$BASEWATCH_DB``, else basewatch.db in the user data dir."""
    env = os.environ.get("BASEWATCH_DB")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("basewatch", appauthor=False)) / "basewatch.db"


def seeds_dir() -> Path:
    """The bundled corpus: ``seeds/`` beside the packages."""
    return Path(__file__).resolve().parent.parent / "seeds"


def fail(message: str, code: int = EXIT_USAGE) -> None:
    click.echo(f"basewatch: {message}", err=True)
    sys.exit(code)


def resolve_db(ctx: click.Context, db: Path | None) -> Path:
    """--db given after the subcommand wins over one given before it."""
    return db or (ctx.obj or {}).get("db") or default_db()


def open_store(path: Path):  # type: ignore[no-untyped-def]
    from store.db import Store

    try:
        return Store(path)
    except BasewatchError as exc:
        fail(str(exc))


db_option = click.option(
    "--db",
    "db",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="Store file (default: $BASEWATCH_DB or the user data dir).",
)


@click.group(invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]})
@db_option
@click.option("--no-seed", is_flag=True, help="Do not fill an empty store from the bundled seeds.")
@click.option(
    "--watch",
    "watch_dirs",
    multiple=True,
    type=click.Path(path_type=Path, file_okay=False),
    help="Folder to watch for new reports while the dashboard runs (repeatable).",
)
@click.option("--feed", "feeds", multiple=True, help="RSS/Atom feed URL to poll while the dashboard runs.")
@click.pass_context
def cli(
    ctx: click.Context, db: Path | None, no_seed: bool, watch_dirs: tuple[Path, ...], feeds: tuple[str, ...]
) -> None:
    """basewatch: attacks on military bases, from news reports to incidents you can drill into.

    With no command, opens the dashboard.
    """
    ctx.obj = {"db": db}
    if ctx.invoked_subcommand is None:
        dashboard(resolve_db(ctx, None), seed=not no_seed, watch_dirs=watch_dirs, feeds=feeds)


def dashboard(path: Path, seed: bool = True, watch_dirs: tuple[Path, ...] = (), feeds: tuple[str, ...] = ()) -> None:
    store = open_store(path)
    try:
        from store.queries import max_article_id

        empty = max_article_id(store.conn) == 0
        if seed and empty and seeds_dir().is_dir():
            from store.pipeline import ingest_paths

            ingest_paths(store, [seeds_dir()])
    finally:
        store.close()
    from tui.app import BasewatchApp

    BasewatchApp(path, watch_dirs=list(watch_dirs), feeds=list(feeds)).run()


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@db_option
@click.option("--max-bytes", type=int, default=None, help="Refuse inputs larger than this (default 10 MB).")
@click.option("-q", "--quiet", is_flag=True, help="Print only errors and the summary.")
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=1),
    default=None,
    help="Processes extracting a large batch (default: one per CPU; 1 extracts in this process).",
)
@click.pass_context
def ingest(
    ctx: click.Context, inputs: tuple[str, ...], db: Path | None, max_bytes: int | None, quiet: bool, jobs: int | None
) -> None:
    """Read articles from files, folders (recursively) or URLs into the store.

    A batch of 64 or more articles is extracted by worker processes while this one writes.
    """
    from store.pipeline import Summary, ingest_items, ingest_paths

    store = open_store(resolve_db(ctx, db))
    urls = [i for i in inputs if i.startswith(("http://", "https://"))]
    paths = [i for i in inputs if i not in urls]

    def report(item, result, error) -> None:  # type: ignore[no-untyped-def]
        if error:
            click.echo(f"error: {error}", err=True)
        elif not quiet and result is not None:
            click.echo(f"{result.status:9} {item.source}")

    summary = Summary()
    try:
        if paths:
            summary = ingest_paths(store, paths, limit=max_bytes, on_item=report, workers=jobs)
        if urls:
            from store.ingest.web import read_urls

            ingest_items(store, read_urls(urls, limit=max_bytes), summary, on_item=report)
    finally:
        store.close()
    for warning in summary.warnings:
        click.echo(f"warning: {warning}", err=True)
    click.echo(summary.line())
    sys.exit(EXIT_FAILED if summary.failed else EXIT_OK)


@cli.command()
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "jsonl", "csv", "acled", "geojson"]),
    default="json",
    show_default=True,
)
@db_option
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="Write here instead of standard output.",
)
@click.pass_context
def export(ctx: click.Context, fmt: str, db: Path | None, output: Path | None) -> None:
    """Write the store's articles and incidents in a format other tools read."""
    from store import export as exporter
    from store.queries import open_reader

    path = resolve_db(ctx, db)
    if not path.exists():
        fail(f"{path}: no such store")
    try:
        conn = open_reader(path)
    except BasewatchError as exc:
        fail(str(exc))
    if output is None:
        exporter.write(conn, fmt, sys.stdout)
    else:
        with output.open("w", encoding="utf-8", newline="") as handle:
            exporter.write(conn, fmt, handle)
    conn.close()


@cli.command()
@db_option
@click.pass_context
def stats(ctx: click.Context, db: Path | None) -> None:
    """Counts of what the store holds."""
    from store.queries import stats as store_stats

    store = open_store(resolve_db(ctx, db))
    try:
        for key, value in store_stats(store.conn).items():
            click.echo(f"{key:22} {value}")
    finally:
        store.close()


@cli.command(name="eval")
@click.argument("gold_dir", type=click.Path(path_type=Path, file_okay=False, exists=True))
@click.option(
    "--corpus",
    type=click.Path(path_type=Path, file_okay=False, exists=True),
    default=None,
    help="Folder of the articles the gold files describe (default: the bundled seeds).",
)
@click.option("-v", "--verbose", is_flag=True, help="List every miss.")
def evaluate(gold_dir: Path, corpus: Path | None, verbose: bool) -> None:
    """Score extraction against hand-written gold files."""
    from store.evaluate import evaluate as run_evaluation

    report = run_evaluation(gold_dir, corpus or seeds_dir())
    for line in report.lines():
        click.echo(line)
    if verbose:
        for miss in report.misses:
            click.echo(f"  - {miss}")


def main() -> None:
    try:
        cli(standalone_mode=True)
    except BasewatchError as exc:
        fail(str(exc))
    except KeyboardInterrupt:
        sys.exit(130)


from tui.cli_live import register  # noqa: E402 - the live commands use the helpers defined above

register(cli)
