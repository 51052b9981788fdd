"""The command line: ``q7x2 extract`` (other subcommands join with ``main.add_command``)."""
from __future__ import annotations

import functools
import json
import os
import re
import sys

import click

from . import __version__
from .articles import DEFAULT_MAX_BYTES
from .commands import convert, evaluate, export, merge, review, schema
from .runner import DEFAULT_TIMEOUT


@click.group()
@click.version_option(__version__, prog_name="q7x2")
def main() -> None:
    """q7x2: Arabic news articles about armed attacks -> attack-event records (JSONL)."""


class DateParam(click.ParamType):
    name = "YYYY-MM-DD"

    def convert(self, value, param, ctx):
        from .articles import InputError, check_published, parse_date

        try:
            return check_published(parse_date(value), "--published")
        except ValueError:
            self.fail(f"{value!r} is not a date (YYYY-MM-DD)", param, ctx)
        except InputError as e:
            self.fail(e.reason, param, ctx)


class SizeParam(click.ParamType):
    """A number of bytes: 5000000, 500k, 5M, 1G (powers of 1024)."""

    name = "SIZE"
    _UNITS = {"": 1, "k": 1024, "m": 1024 ** 2, "g": 1024 ** 3}

    def convert(self, value, param, ctx):
        if isinstance(value, int):
            return value
        m = re.fullmatch(r"\s*(\d+)\s*([kmg]?)i?b?\s*", str(value), re.IGNORECASE)
        if not m or int(m.group(1)) <= 0:
            self.fail(f"{value!r} is not a size (e.g. 5000000, 500k, 5M)", param, ctx)
        return int(m.group(1)) * self._UNITS[m.group(2).lower()]


def build_pipeline(gazetteer_dirs: tuple[str, ...]):
    """The real pipeline (module level, so that worker processes can build it too)."""
    from .gazetteers import Gazetteers
    from .pipeline import Pipeline, settle

    return settle(Pipeline(Gazetteers(gazetteer_dirs)))


def _formats() -> list[str]:
    from .formats import WRITERS

    return sorted(WRITERS)


@main.command(context_settings={"max_content_width": 100})
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write here instead of standard output "
              "(a file atomically: a temporary file in the same directory, renamed at the end, the file's mode "
              "kept; a device or FIFO as a stream; a symbolic link followed).")
@click.option("-f", "--format", "fmt", type=click.Choice(_formats()), default="jsonl", show_default=True,
              help="Output format.")
@click.option("--published", type=DateParam(), help="Publication date for articles that give none "
              "(after the article's own date and the directory's published.json).")
@click.option("--gazetteers", "gazetteer_dirs", multiple=True, type=click.Path(file_okay=False, exists=True),
              help="A directory of your own gazetteer YAML files (adds to or overrides the shipped ones).")
@click.option("--state", type=click.Path(dir_okay=False), help="Remember processed files here (JSON) and emit "
              "only the events of new or changed articles; updated only after the output is in place.")
@click.option("--append", is_flag=True, help="Append to the -o file instead of replacing it (under a lock, "
              "journaled; csv/acled without a second header; not geojson).")
@click.option("-j", "--jobs", type=click.IntRange(min=0), default=1, show_default=True,
              help="Processes to use (0: one per CPU; at most one per CPU); the output is the same byte for byte.")
@click.option("--timeout-per-article", "timeout", type=click.FloatRange(min=0), default=DEFAULT_TIMEOUT,
              show_default=True, help="Seconds one article may take; a slower one is reported as failed and "
              "the run goes on (0: no limit).")
@click.option("--scheduler", metavar="ADDRESS|local:N", help="Run on a Dask cluster: a scheduler address "
              "(tcp://host:8786) or local:N to start N local workers (needs the dask extra); same output.")
@click.option("--max-bytes", type=SizeParam(), default=DEFAULT_MAX_BYTES, show_default=False,
              help="Skip (and report) articles bigger than this: a .txt/.json file, a JSONL line, standard input "
              "(read no further).  [default: 5M]")
@click.option("-q", "--quiet", is_flag=True, help="No summary line, warnings or progress bar (errors still shown).")
@click.option("-v", "--verbose", is_flag=True, help="A line per article (and tracebacks of internal errors).")
@click.option("--db", type=click.Path(dir_okay=False), help="Save the events into this SQLite database instead "
              "(created if missing; articles already in it unchanged are skipped; see q7x2/store.py).")
@click.pass_context
def extract(ctx, paths, output, fmt, published, gazetteer_dirs, state, append, jobs, timeout, scheduler, max_bytes,
            quiet, verbose, db):
    """Extract attack events from articles: one record per event.

    PATHS are files (.txt, .json, .jsonl), directories (read recursively), or - for
    standard input. One event per line, in input order.

    Problems with an input are reported on standard error as PATH[:LINE]: reason, and the
    other inputs are processed. Exit status: 0 all inputs processed, 1 some failed,
    2 usage error.

    \b
    Examples:
      q7x2 extract seeds/
      q7x2 extract articles.jsonl -o events.jsonl
      q7x2 extract --published 2024-07-28 article.txt
      cat articles.jsonl | q7x2 extract - | jq -c '{date: .date.value, place: .location.name}'
      q7x2 extract -j 4 /data/news/ -o events.jsonl
      uv run --extra dask q7x2 extract /data/news/ --scheduler local:2 -o events.jsonl
    \b
    Nightly (only new or changed articles; see "Running nightly" in the README):
      q7x2 extract /data/news/ --state /var/lib/q7x2/state.json --append -o /var/lib/q7x2/events.jsonl
    """
    from .runner import FatalError, Options, run

    if append and not output:
        raise click.UsageError("--append needs -o/--output FILE")
    if append and fmt == "geojson":
        raise click.UsageError("--append cannot add to a GeoJSON document (one FeatureCollection); "
                               "append JSONL and convert it")
    cpus = os.cpu_count() or 1
    if jobs > cpus:
        click.echo(f"q7x2: warning: -j {jobs} is more than the {cpus} CPUs here; using {cpus}", err=True)
        jobs = cpus
    if quiet and verbose:
        raise click.UsageError("--quiet and --verbose exclude each other")
    if state and output and os.path.realpath(state) == os.path.realpath(output):
        raise click.UsageError("--state and --output must be different files")
    if paths.count("-") > 1:
        raise click.UsageError("- (standard input) can be given once")
    if scheduler:
        from .distributed import parse_scheduler

        try:
            parse_scheduler(scheduler)
            import distributed  # noqa: F401  (the optional extra)
        except ValueError as e:
            raise click.UsageError(str(e)) from None
        except ImportError:
            from .distributed import INSTALL_HINT
            raise click.UsageError(INSTALL_HINT) from None
    obj = ctx.find_object(dict) or {}
    factory = obj.get("pipeline_factory") or functools.partial(build_pipeline, tuple(gazetteer_dirs))
    opts = Options(paths=list(paths), output=output, fmt=fmt, published=published, state=state, append=append,
                   jobs=jobs or cpus, scheduler=scheduler, gazetteer_dirs=tuple(gazetteer_dirs),
                   max_bytes=max_bytes, timeout=timeout or None, quiet=quiet, verbose=verbose)
    if db and (output or append or state or scheduler or fmt != "jsonl"):
        raise click.UsageError("--db takes the place of -o, --append, --state, --scheduler and --format")
    try:
        if db:
            from .nightly import extract_to_db

            sys.exit(extract_to_db(db, opts, factory))
        summary = run(opts, factory, stdin_binary=sys.stdin.buffer,
                      stdout_binary=sys.stdout.buffer, stderr=sys.stderr)
    except FatalError as e:
        click.echo(f"q7x2: {e}", err=True)
        sys.exit(1)
    except Exception as e:  # a bad gazetteer, say: a usage problem, named
        from .gazetteers import GazetteerError

        if isinstance(e, GazetteerError):
            click.echo(f"q7x2: {e}", err=True)
            sys.exit(2)
        raise
    sys.exit(summary.exit_status)


@main.command(context_settings={"max_content_width": 100})
@click.argument("paths", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per article instead of text.")
@click.option("--published", type=DateParam(), help="Publication date for articles that give none.")
@click.option("--gazetteers", "gazetteer_dirs", multiple=True, type=click.Path(file_okay=False, exists=True),
              help="A directory of your own gazetteer YAML files (as for extract).")
def explain(paths, as_json, published, gazetteer_dirs):
    """Show how each event was made, and why other triggers made none.

    For each event: the sentences and triggers that report it, what became of each (a new
    attack, or merged into one, with the name of the rule) and the arguments they brought.
    Then each trigger that made no event, with the reason (negated, planned, counted,
    series ... and the cue that decided it). Inputs as for extract; problems go to
    standard error.

    \b
    Examples:
      q7x2 explain seeds/001_1e6b6c2c93cf8a11.txt
      echo 'نفت خلية الإعلام الأمني سقوط صواريخ على قاعدة عين الأسد' | q7x2 explain --published 2024-02-08 -
    """
    from .articles import iter_articles
    from .assembly.explain import explanation, render
    from .gazetteers import GazetteerError

    try:
        pipeline = build_pipeline(tuple(gazetteer_dirs))
    except GazetteerError as e:
        click.echo(f"q7x2: {e}", err=True)
        sys.exit(2)
    problems = []

    def report(problem):
        problems.append(problem)
        click.echo(f"q7x2: {problem}", err=True)

    for article in iter_articles(list(paths), published, stdin=sys.stdin, on_problem=report):
        x = explanation(pipeline.explain(article))
        click.echo(json.dumps(x, ensure_ascii=False) if as_json else render(x) + "\n")
    sys.exit(1 if any(not p.warning for p in problems) else 0)


for _command in (convert, schema, merge, evaluate, export, review):
    main.add_command(_command)


if __name__ == "__main__":  # pragma: no cover
    main(prog_name="q7x2")
