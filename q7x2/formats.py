"""Output formats. A writer takes events one at a time and writes them to a text stream.

``jsonl`` is the record itself; ``csv``, ``acled`` and ``geojson`` are views of it for
spreadsheets, ACLED-shaped datasets and GIS tools. :func:`read_events` reads JSONL back.
"""
from __future__ import annotations

import csv
import json
import types
import typing
from typing import Callable, Iterator, TextIO, Union

from pydantic import BaseModel, ValidationError

from .record import Event, MergedEvent

LIST_SEPARATOR = "; "


class JsonlWriter:
    """One event per line, keys in the record's fixed order, UTF-8 text."""

    def __init__(self, stream: TextIO):
        self.stream = stream

    def write(self, event: Event) -> None:
        self.stream.write(event.to_json() + "\n")

    @staticmethod
    def render(events: list[Event]) -> str:
        """What ``write`` writes for ``events``: a worker process serialises its events, so
        that the parent of ``--jobs`` only writes text."""
        return "".join(e.to_json() + "\n" for e in events)

    def write_rendered(self, text: str) -> None:
        self.stream.write(text)

    def close(self) -> None:
        self.stream.flush()


# ---- csv: the record flattened ---------------------------------------------------------

def _unwrap(annotation) -> tuple[type | None, bool]:
    """(the model class inside ``annotation`` if any, whether it is a list)."""
    origin = typing.get_origin(annotation)
    if origin is list:
        inner, _ = _unwrap(typing.get_args(annotation)[0])
        return inner, True
    if origin in (Union, types.UnionType):
        for arg in typing.get_args(annotation):
            inner, is_list = _unwrap(arg)
            if inner is not None:
                return inner, is_list
        return None, False
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation, False
    return None, False


def flat_columns(model: type[BaseModel], prefix: str = "") -> list[str]:
    """Dotted column names of ``model``'s scalar leaves, in the record's key order."""
    out = []
    for name, field in model.model_fields.items():
        inner, _ = _unwrap(field.annotation)
        out += flat_columns(inner, f"{prefix}{name}.") if inner else [prefix + name]
    return out


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(text: str) -> str:
    """A cell a spreadsheet shows as the text it is: a NUL becomes U+FFFD, and text that a
    spreadsheet would run as a formula ("=cmd|...", "@SUM(...)") gets a leading "'"
    (numbers such as "-7.59" stay numbers)."""
    text = text.replace("\0", "\ufffd")
    if text.startswith(_FORMULA_START):
        try:
            float(text)
        except ValueError:
            return "'" + text
    return text


def safe_row(row: dict[str, str]) -> dict[str, str]:
    return {k: spreadsheet_safe(v) for k, v in row.items()}


def flatten(data: dict, columns: list[str]) -> dict[str, str]:
    """One row: nested objects by dotted name; a list of objects gives one column per key,
    its items' values joined with "; " (empty string for null, so positions stay aligned)."""
    row = {}
    for column in columns:
        values = [data]
        for key in column.split("."):
            nxt = []
            for v in values:
                v = v.get(key) if isinstance(v, dict) else None
                nxt += v if isinstance(v, list) else [v]
            values = nxt
        row[column] = LIST_SEPARATOR.join(_cell(v) for v in values)
    return row


class CsvWriter:
    """One row per event; columns are the record's fields flattened (``location.lat``,
    ``weapons.type`` ...). The header follows the first event's model (a merged event adds
    ``sources.*`` and ``casualty_range.*``). ``excel``: UTF-8 with a byte order mark and CRLF
    line ends, so that Excel shows Arabic text rather than mojibake."""

    def __init__(self, stream: TextIO, excel: bool = False):
        self.stream = stream
        self.excel = excel
        self.writer: csv.DictWriter | None = None

    def _start(self, model: type[BaseModel]) -> None:
        self.columns = flat_columns(model)
        if self.excel:
            self.stream.write("\ufeff")
        self.writer = csv.DictWriter(self.stream, fieldnames=self.columns,
                                     lineterminator="\r\n" if self.excel else "\n")
        self.writer.writeheader()

    def write(self, event: Event) -> None:
        if self.writer is None:
            self._start(type(event))
        self.writer.writerow(safe_row(flatten(event.model_dump(mode="json"), self.columns)))

    def close(self) -> None:
        if self.writer is None:
            self._start(Event)
        self.stream.flush()


# ---- geojson ------------------------------------------------------------------------------

class GeoJsonWriter:
    """A FeatureCollection with one Point per event that has coordinates. A feature's
    ``properties`` are the event's flat row of scalars (:func:`q7x2.summary.summary`: what GIS
    tools show, filter and style by); the whole record rides beside them as the feature's
    ``record`` member, which GIS tools ignore. Events without lat/lon cannot be placed on a
    map: they are left out and counted in ``unlocated`` (also a member of the collection).
    Written at close(), since the collection is one JSON document."""

    def __init__(self, stream: TextIO):
        self.stream = stream
        self.features: list[dict] = []
        self.unlocated = 0

    def write(self, event: Event) -> None:
        from .summary import summary

        loc = event.location
        if loc.lat is None or loc.lon is None:
            self.unlocated += 1
            return
        self.features.append({
            "type": "Feature",
            "id": event.event_id,
            "geometry": {"type": "Point", "coordinates": [loc.lon, loc.lat]},
            "properties": summary(event),
            "record": event.model_dump(mode="json"),
        })

    def left_out(self) -> str | None:
        """The notice for standard error when events could not be placed on the map."""
        return f"{self.unlocated} event(s) without coordinates left out of the GeoJSON" if self.unlocated else None

    def close(self) -> None:
        collection = {"type": "FeatureCollection", "features": self.features, "unlocated": self.unlocated}
        json.dump(collection, self.stream, ensure_ascii=False, indent=1)
        self.stream.write("\n")
        self.stream.flush()


def _acled_writer(labels: bool = False, excel: bool = False) -> Callable[[TextIO], object]:
    def make(stream: TextIO):
        from .acled import AcledWriter  # the ACLED tables are loaded only when asked for
        return AcledWriter(stream, labels=labels, excel=excel)
    return make


WRITERS: dict[str, Callable[[TextIO], object]] = {
    "jsonl": JsonlWriter,
    "csv": CsvWriter,
    "csv-excel": lambda stream: CsvWriter(stream, excel=True),
    "acled": _acled_writer(),
    "acled-labels": _acled_writer(labels=True),
    "acled-excel": _acled_writer(excel=True),
    "geojson": GeoJsonWriter,
}


def get_writer(fmt: str) -> Callable[[TextIO], object]:
    return WRITERS[fmt]


# ---- reading records back -------------------------------------------------------------

class RecordError(ValueError):
    """A JSONL line that is not a q7x2 record: where (path:line) and why."""


def read_events(stream: TextIO, where: str) -> Iterator[Event]:
    """The records of a q7x2 JSONL stream: :class:`MergedEvent` for lines with ``sources``."""
    for n, line in enumerate(stream, 1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
            model = MergedEvent if isinstance(data, dict) and "sources" in data else Event
            yield model.model_validate(data)
        except json.JSONDecodeError as e:
            raise RecordError(f"{where}:{n}: not JSON: {e.msg}") from None
        except ValidationError as e:
            problems = "; ".join(f"{'.'.join(map(str, x['loc']))}: {x['msg']}" for x in e.errors()[:3])
            raise RecordError(f"{where}:{n}: not a q7x2 record: {problems}") from None
