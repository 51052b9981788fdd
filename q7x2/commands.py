"""The commands on q7x2's records: ``convert``, ``schema``, ``merge``, ``evaluate``.

Each is a standalone click command; cli.py adds them to the ``q7x2`` group.
"""
from __future__ import annotations

import json
import sys
from contextlib import contextmanager
from typing import Iterator, TextIO

import click

FORMATS = ("jsonl", "csv", "acled", "geojson")   # the keys of q7x2.formats.WRITERS
_format_option = click.option("-f", "--format", "fmt", type=click.Choice(FORMATS), default="jsonl",
                              show_default=True, help="Output format.")
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
        unlocated = getattr(writer, "unlocated", 0)
    if unlocated:
        click.echo(f"{unlocated} event(s) without coordinates left out of the GeoJSON", err=True)


@click.command()
@click.argument("paths", nargs=-1, required=True)
@_format_option
@_output_option
def convert(paths, fmt, output):
    """Write the records of JSONL files (q7x2 extract or merge output; - for standard input) in another format.

    \b
    Examples:
      q7x2 convert --format acled events.jsonl -o events.acled.csv
      q7x2 convert --format geojson events.jsonl -o events.geojson
    """
    _write(_read_records(paths), fmt, output)


@click.command()
@click.option("--merged", is_flag=True, help="The schema of q7x2 merge's records instead.")
def schema(merged):
    """Print the JSON Schema of q7x2's record (draft 2020-12), to validate its output downstream.

    \b
    Example:
      q7x2 schema > q7x2-event.schema.json
    """
    from .record import Event, MergedEvent

    model = MergedEvent if merged else Event
    doc = {"$schema": "https://json-schema.org/draft/2020-12/schema", **model.model_json_schema()}
    click.echo(json.dumps(doc, ensure_ascii=False, indent=2))


@click.command()
@click.argument("paths", nargs=-1, required=True)
@_format_option
@_output_option
def merge(paths, fmt, output):
    """Merge the reports of the same attack across articles into one record each.

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
    """Score EVENTS (q7x2 extract output) against GOLD events coded as in ANNOTATION.md.

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
