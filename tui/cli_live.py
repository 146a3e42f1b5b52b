"""``basewatch watch``, ``poll`` and ``replay``: the commands that keep ingesting.

Thin, like tui/cli.py: each checks its arguments (one line and exit 2 when they are bad),
opens the store, hands the work to store/ and prints the lines it reports, errors and
warnings on stderr, reports on stdout. Ctrl-C (or SIGTERM) stops them cleanly: the
current write is rolled back or finished, a summary is printed and the exit code is 0.
Everything heavy (httpx, feedparser, trafilatura, watchfiles) is imported inside the
commands, so registering them costs ``basewatch ingest file.txt`` nothing.

tui/cli.py imports this module at its end and calls :func:`register`; import ``tui.cli``
(not this module) first, as ``basewatch`` does.
"""

from __future__ import annotations

import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import click

from store.errors import BasewatchError
from tui.cli import EXIT_FAILED, EXIT_OK, db_option, fail, open_store, resolve_db


def emit(line: str) -> None:
    """Print one event line: problems to stderr, reports and status to stdout."""
    click.echo(line, err=line.startswith(("error:", "warning:")))


@contextmanager
def stop_on_signals(*, finish_current: bool = False) -> Iterator[threading.Event]:
    """An event set by Ctrl-C or SIGTERM; both also interrupt a blocking call at once.

    With ``finish_current`` the first signal only sets the event, for a loop that checks it
    between units of work and never blocks without watching it (the folder watcher): the
    file in hand is then stored, counted and remembered before the loop ends, where an
    interrupt half-way would leave it stored but neither counted nor marked as read. A
    second signal interrupts at once all the same.
    """
    stop = threading.Event()

    def on_signal(_signum: int, _frame: object) -> None:
        if stop.is_set() or not finish_current:
            raise KeyboardInterrupt
        stop.set()

    main = threading.current_thread() is threading.main_thread()
    previous = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM)} if main else {}
    for sig in previous:
        signal.signal(sig, on_signal)
    try:
        yield stop
    except KeyboardInterrupt:
        stop.set()
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


@click.command()
@click.argument("dirs", nargs=-1, required=True, type=click.Path(path_type=Path), metavar="DIR...")
@db_option
@click.pass_context
def watch(ctx: click.Context, dirs: tuple[Path, ...], db: Path | None) -> None:
    """Ingest every report file that lands in DIR (subfolders too) until stopped.

    Files are read once they are complete (temporary names such as .part or .tmp are
    ignored, the size must stand still) and never moved or deleted. What was read is
    remembered in the store, so a restart reads only new or changed files.
    """
    from store.ingest.watch import Watcher, check_dirs
    from store.ingest.web import DependencyError

    folders, errors = check_dirs(dirs)
    if errors:
        for message in errors[:-1]:
            click.echo(f"basewatch: {message}", err=True)
        fail(errors[-1])
    store = open_store(resolve_db(ctx, db))
    watcher = Watcher(store, folders, emit)
    try:
        with stop_on_signals(finish_current=True) as stop:
            click.echo(f"watching {len(folders)} folder{'s' if len(folders) > 1 else ''}; Ctrl-C stops", err=True)
            watcher.run(stop)
    except DependencyError as exc:
        fail(str(exc), EXIT_FAILED)
    finally:
        store.close()
    click.echo(f"stopped: articles: {watcher.new} new, {watcher.duplicate} duplicate, {watcher.failed} failed")
    sys.exit(EXIT_OK)


@click.command()
@click.argument("sources", nargs=-1, required=True, metavar="URL|FILE.opml...")
@click.option(
    "--every",
    type=click.FloatRange(min=1),
    default=300.0,
    show_default=True,
    help="Seconds between two polls of a feed (a failing feed waits longer, doubling).",
)
@click.option("--once", is_flag=True, help="Poll each feed once and exit (for cron and tests).")
@db_option
@click.pass_context
def poll(ctx: click.Context, sources: tuple[str, ...], every: float, once: bool, db: Path | None) -> None:
    """Poll RSS/Atom feeds and store each new entry with its linked page's text.

    Feeds are named by URL or listed in OPML files. Conditional GET (ETag,
    Last-Modified) spares unchanged feeds; entries already stored are not fetched again.
    Exits 1 after --once when a feed or entry failed.
    """
    from store.ingest.poll import DependencyError, Poller, resolve_sources
    from store.ingest.web import Limits

    feeds, errors = resolve_sources(sources)
    for message in errors:
        emit(f"error: {message}")
    if not feeds:
        fail("no feed to poll")
    try:
        limits = Limits.from_env()
    except BasewatchError as exc:
        fail(str(exc))
    store = open_store(resolve_db(ctx, db))
    failed = bool(errors)
    totals = {"new": 0, "duplicate": 0, "failed": 0}
    try:
        with Poller(store, emit, every=every, limits=limits, verbose=True) as poller, stop_on_signals() as stop:
            if once:
                for result in poller.round(feeds):
                    failed = failed or result.failed_any
                    for key in totals:
                        totals[key] += getattr(result, key)
            else:
                click.echo(
                    f"polling {len(feeds)} feed{'s' if len(feeds) > 1 else ''} every {every:g} s; Ctrl-C stops",
                    err=True,
                )
                poller.run(feeds, stop)
    except DependencyError as exc:
        fail(str(exc), EXIT_FAILED)
    finally:
        store.close()
    if once:
        click.echo(
            f"feeds: {len(feeds)}; articles: {totals['new']} new, {totals['duplicate']} already stored, "
            f"{totals['failed']} failed"
        )
        sys.exit(EXIT_FAILED if failed else EXIT_OK)
    click.echo("stopped")
    sys.exit(EXIT_OK)


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path), metavar="DIR...")
@click.option(
    "--rate",
    type=click.FloatRange(min=0, min_open=True),
    default=1.0,
    show_default=True,
    help="Reports stored per second (0.5 = one every two seconds).",
)
@db_option
@click.pass_context
def replay(ctx: click.Context, paths: tuple[Path, ...], rate: float, db: Path | None) -> None:
    """Store a corpus report by report, in publication order, at --rate a second (for demos)."""
    from store.pipeline import Summary
    from store.replay import replay as run_replay

    for path in paths:
        if not path.exists():
            fail(f"{path}: no such file or folder")
    store = open_store(resolve_db(ctx, db))
    summary = Summary()
    try:
        with stop_on_signals() as stop:
            run_replay(store, paths, rate, stop, emit, summary)
    finally:
        store.close()
    click.echo(("stopped: " if stop.is_set() else "") + summary.line())
    sys.exit(EXIT_OK if stop.is_set() or not summary.failed else EXIT_FAILED)


def register(cli: click.Group) -> None:
    """Add the live-ingestion commands to the ``basewatch`` group."""
    for command in (watch, poll, replay):
        cli.add_command(command)
