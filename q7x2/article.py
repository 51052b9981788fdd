"""An input article as the pipeline receives it."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal, Optional

PublishedFrom = Literal["article", "sidecar", "option", "dateline"]


@dataclass(frozen=True)
class Article:
    id: str
    text: str
    published: Optional[date] = None          # the reference date (DCT) for relative dates
    published_from: Optional[PublishedFrom] = None
    path: Optional[str] = None                # where it was read from ("-" for standard input)
    url: Optional[str] = None
    title: Optional[str] = None
    # the id is its file's name (a text file's stem, "name-3" for a JSONL line with no id),
    # not one the article carries: another file of the same name is another article
    named_by_file: bool = False
