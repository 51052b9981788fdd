"""The command line: ``q7x2 extract``."""
from __future__ import annotations

import sys

import click

from . import __version__
from .commands import convert, evaluate, merge, schema


@click.group()
@click.version_option(__version__, prog_name="q7x2")
def main() -> None:
    """q7x2: Arabic news articles about armed attacks -> attack-event records (JSONL)."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write here instead of standard output.")
@click.option("--published", help="Publication date (YYYY-MM-DD) for articles that give none.")
@click.option("--gazetteers", "gazetteer_dirs", multiple=True, type=click.Path(file_okay=False, exists=True),
              help="A directory of your own gazetteer YAML files (adds to or overrides the shipped ones).")
def extract(paths, output, published, gazetteer_dirs):
    """Extract attack events from PATHS (files, directories, or - for standard input).

    \b
    Examples:
      q7x2 extract seeds/
      q7x2 extract articles.jsonl -o events.jsonl
      q7x2 extract seeds/ | jq -c '{date: .date.value, place: .location.name}'
    """
    from .articles import InputError, iter_articles, parse_date
    from .formats import get_writer
    from .gazetteers import Gazetteers
    from .pipeline import Pipeline

    pipeline = Pipeline(Gazetteers(gazetteer_dirs))
    out = open(output, "w", encoding="utf-8") if output else sys.stdout
    writer = get_writer("jsonl")(out)
    failed = False
    try:
        for article in iter_articles(list(paths), parse_date(published), sys.stdin):
            for event in pipeline.extract(article):
                writer.write(event)
    except InputError as e:
        click.echo(str(e), err=True)
        failed = True
    writer.close()
    if output:
        out.close()
    sys.exit(1 if failed else 0)


for _command in (convert, schema, merge, evaluate):
    main.add_command(_command)
