"""The commands on q7x2's records: ``convert``, ``schema``, ``merge``, ``evaluate``.

Each is a standalone click command; cli.py adds them to the ``q7x2`` group.
"""
from __future__ import annotations

import json
import sys
from contextlib import contextmanager
from typing import Iterator, TextIO

import click

FORMATS = ("jsonl", "csv", "csv-excel", "acled", "acled-labels", "acled-excel", "geojson")  # formats.WRITERS' keys
_format_option = click.option("-f", "--format", "fmt", type=click.Choice(FORMATS), default="jsonl",
                              show_default=True, help="Output format: jsonl (the record), csv (flattened), acled (ACLED's columns; "
                              "-labels: inter codes as text), geojson (a map layer); -excel: CSV with a "
                              "UTF-8 byte order mark for Excel.")
_output_option = click.option("-o", "--output", type=click.Path(dir_okay=False),
                              help="Write here instead of standard output.")


@contextmanager
def _output(path: str | None) -> Iterator[TextIO]:
    """Standard output, or ``path`` written as q7x2.outfile writes (atomic, mode kept); a
    write that fails is a one-line error and leaves ``path`` as it was."""
    import io
    import os

    from .outfile import AtomicOutput

    try:
        if path is None:
            yield sys.stdout
            sys.stdout.flush()
            return
        out = AtomicOutput(path)
        try:
            text = io.TextIOWrapper(out.file, encoding="utf-8", newline="")
            yield text
            text.flush()
            out.commit()
        finally:
            out.discard()
    except OSError as e:
        if path is None:          # no exit-time flush of what could not be written
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            os.close(devnull)
        raise click.ClickException(f"{path or '<stdout>'}: cannot write: {e.strerror or e}") from None


def _read_records(paths: tuple[str, ...]) -> list:
    from .formats import RecordError, read_events

    events = []
    for path in paths:
        try:
            if path == "-":
                events += read_events(sys.stdin, "-")
            else:
                with open(path, encoding="utf-8") as f:
                    events += read_events(f, path)
        except RecordError as e:
            raise click.ClickException(str(e)) from None
        except OSError as e:
            raise click.ClickException(f"{path}: cannot read: {e.strerror or e}") from None
        except UnicodeDecodeError:
            raise click.ClickException(f"{path}: not UTF-8 text (a binary file?)") from None
        except RecursionError:
            raise click.ClickException(f"{path}: not usable JSON: nested too deeply") from None
        except ValueError as e:       # a number of thousands of digits
            raise click.ClickException(f"{path}: not usable JSON: {str(e).split(';')[0]}") from None
    return events


def _write(events, fmt: str, output: str | None) -> None:
    from .formats import get_writer

    with _output(output) as out:
        writer = get_writer(fmt)(out)
        for event in events:
            writer.write(event)
        writer.close()
        left_out = writer.left_out() if hasattr(writer, "left_out") else None
    if left_out:
        click.echo(left_out, err=True)


@click.command()
@click.argument("paths", nargs=-1, required=True)
@_format_option
@_output_option
def convert(paths, fmt, output):
    """Write records in another format (CSV, ACLED, GeoJSON ...).

    PATHS are JSONL files of q7x2 extract or merge (- for standard input).

    \b
    Examples:
      q7x2 convert --format acled events.jsonl -o events.acled.csv
      q7x2 convert --format geojson events.jsonl -o events.geojson
    """
    _write(_read_records(paths), fmt, output)


def schema_id(merged: bool = False) -> str:
    """The schema's identifier: a URN naming the record and q7x2's version (no network location)."""
    from . import __version__

    return f"urn:q7x2:{'merged-event' if merged else 'event'}:{__version__}"


@click.command()
@click.option("--merged", is_flag=True, help="The schema of q7x2 merge's records instead.")
def schema(merged):
    """Print the records' JSON Schema, to validate them downstream.

    Draft 2020-12, with a description of every field (CODEBOOK.md).

    \b
    Example:
      q7x2 schema > q7x2-event.schema.json
    """
    from .record import Event, MergedEvent

    model = MergedEvent if merged else Event
    doc = {"$schema": "https://json-schema.org/draft/2020-12/schema",
           "$id": schema_id(merged), **model.model_json_schema()}
    click.echo(json.dumps(doc, ensure_ascii=False, indent=2))


@click.command()
@click.argument("paths", nargs=-1, required=True)
@_format_option
@_output_option
def merge(paths, fmt, output):
    """Merge the reports of one attack across articles into one record.

    PATHS are q7x2 extract JSONL files (- for standard input). Each output record lists
    its sources and keeps every report's evidence.

    \b
    Example:
      q7x2 merge night-*.jsonl -o attacks.jsonl
    """
    from .merge import merge_events
    from .record import MergedEvent

    events = _read_records(paths)
    if any(isinstance(e, MergedEvent) for e in events):
        raise click.ClickException("merge takes q7x2 extract output; these records are already merged")
    _write(merge_events(events), fmt, output)


@click.command()
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.argument("events", type=click.Path(exists=True, dir_okay=False))
@click.option("--docs", help="Comma-separated ids of every extracted document (default: those in GOLD); "
                             "events found in a document without gold events are false positives.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.option("-v", "--verbose", is_flag=True, help="List every match with its wrong fields, false positive and miss.")
@click.option("--calibration", is_flag=True, help="Also say how well confidence is calibrated: the Brier score "
              "and, per confidence band, the share of events that are true.")
def evaluate(gold, events, docs, as_json, verbose, calibration):
    """Score extracted events against gold events.

    EVENTS is q7x2 extract output; GOLD holds events coded as CODEBOOK.md says (its
    section 3 gives the format).

    \b
    Example:
      q7x2 extract seeds/ > seeds.events.jsonl
      q7x2 evaluate seeds.gold.jsonl seeds.events.jsonl --verbose
      q7x2 evaluate seeds.gold.jsonl seeds.events.jsonl --calibration
    """
    from .evaluate import evaluate as score
    from .evaluate import read_jsonl

    try:
        result = score(read_jsonl(gold), read_jsonl(events), docs.split(",") if docs else None)
    except UnicodeDecodeError:
        raise click.ClickException(f"{gold} or {events}: not UTF-8 text (a binary file?)") from None
    except RecursionError:
        raise click.ClickException(f"{gold} or {events}: not usable JSON: nested too deeply") from None
    except (ValueError, OSError) as e:
        raise click.ClickException(str(e).split(";")[0][:500]) from None
    if as_json:
        summary = result.summary()
        if calibration:
            summary["calibration"] = result.calibration()
        click.echo(json.dumps(summary, indent=1))
    else:
        click.echo(result.report(verbose))
        if calibration:
            click.echo(result.calibration_report())


@click.command()
@click.option("--db", "db_path", required=True, type=click.Path(exists=True, dir_okay=False),
              help="The events database (q7x2 extract --db).")
@_format_option
@_output_option
@click.option("--merged", is_flag=True, help="The attacks merged across articles instead of the events.")
@click.option("--datasette-metadata", is_flag=True, help="Instead: Datasette's metadata for the database "
              "(column descriptions, facets, the map's columns).")
def export(db_path, fmt, output, merged, datasette_metadata):
    """Write a database's events in any output format.

    The database is one that q7x2 extract --db keeps; the formats those of extract.

    \b
    Examples:
      q7x2 export --db events.db -o events.jsonl
      q7x2 export --db events.db --merged --format acled -o attacks.acled.csv
      q7x2 export --db events.db --datasette-metadata -o metadata.json
    """
    from pathlib import Path

    from .store import metadata_json, open_store, read_events, read_merged

    if datasette_metadata:
        with _output(output) as out:
            out.write(metadata_json(Path(db_path).stem) + "\n")
        return
    db = open_store(db_path)
    _write(read_merged(db) if merged else read_events(db), fmt, output)


@click.command()
@click.argument("events", type=click.Path(exists=True, dir_okay=False))
@click.option("-o", "--output", type=click.Path(dir_okay=False), default="review.html", show_default=True,
              help="The page to write.")
@click.option("--articles", "article_paths", multiple=True, type=click.Path(exists=True),
              help="Where the articles are, for a JSONL file's events (default: each event's source.path).")
def review(events, output, article_paths):
    """Write an offline page to review events and correct them.

    EVENTS is q7x2 extract JSONL or an events.db. The page shows them against their
    articles: map, timeline, table, the Arabic text with each value's evidence highlighted.
    Mark each event correct or wrong, correct its fields, add missed events, and download
    gold JSONL that q7x2 evaluate scores. One HTML file; it works offline.

    \b
    Examples:
      q7x2 review events.db -o review.html
      q7x2 review events.jsonl --articles seeds/ -o review.html
    """
    from .review import load_events, page_data, render_page, write_page

    def warn(problem):
        click.echo(f"q7x2: {problem}", err=True)

    try:
        records, texts = load_events(events, article_paths, warn)
    except (OSError, ValueError) as e:
        raise click.ClickException(str(e)) from None
    data = page_data(records, texts, events)
    for doc in data["reconstructed"]:
        warn(f"{doc}: article text not found, the page shows its evidence only")
    write_page(output, render_page(data))
    click.echo(f"{output}: {len(records)} events from {len(data['texts'])} articles", err=True)
