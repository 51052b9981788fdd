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
