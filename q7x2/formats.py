"""Output formats. A writer takes events one at a time and writes them to a text stream."""
from __future__ import annotations

from typing import Callable, TextIO

from .record import Event


class JsonlWriter:
    """One event per line, keys in the record's fixed order, UTF-8 text."""

    def __init__(self, stream: TextIO):
        self.stream = stream

    def write(self, event: Event) -> None:
        self.stream.write(event.to_json() + "\n")

    def close(self) -> None:
        self.stream.flush()


WRITERS: dict[str, Callable[[TextIO], object]] = {"jsonl": JsonlWriter}


def get_writer(fmt: str) -> Callable[[TextIO], object]:
    return WRITERS[fmt]
