"""Language knowledge as data: loading and validating the YAML files under ``gazetteers/``.

Each extractor declares the pydantic model of the files it reads and asks for them by
name, so the loader knows nothing of places or dates. Two shapes of file exist:

* entry lists (``places*.yaml``, ``actors*.yaml`` ...): a list of objects with an ``id``;
  files from later directories (the user's ``--gazetteers DIR``) add entries or replace
  the entry with the same id.
* tables (``morphology.yaml``, ``numbers.yaml`` ...): one mapping per file; a user file of
  the same name replaces the top-level keys it gives.

A bad file or entry raises :class:`GazetteerError` naming the file, the entry and the problem.
"""
from __future__ import annotations

import os
import re
import stat
from functools import cached_property
from pathlib import Path
from typing import TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError, model_validator

_PACKAGE = Path(__file__).resolve().parent
# an installed wheel carries them inside the package (pyproject: force-include); a checkout
# keeps them at the top of the repository
SHIPPED = _PACKAGE / "_gazetteers" if (_PACKAGE / "_gazetteers").is_dir() else _PACKAGE.parent / "gazetteers"

M = TypeVar("M", bound=BaseModel)


class GazetteerError(ValueError):
    """A gazetteer file or entry that cannot be used, with where and why."""


MATCHED_FIELDS = ("name_ar", "variants")     # the forms an entry is found by in the text
# two letters or digits, with nothing but other characters between them: found at once where
# a form has two or more (no list of all of them, as findall would make, for some ten
# thousand forms at every start)
_TWO_LETTERS_OR_DIGITS = re.compile(r"[^\W_][\W_]*[^\W_]")
_ARABIC_OR_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f\u0621-\u064a\u066e-\u06d3\u06fa-\u06ff]")


def matchable(form: str) -> bool:
    """A form worth matching: two letters or digits or more, one an Arabic or Latin letter
    ("K-1"; not ".", "و" or a zero-width space, which would make every full stop or
    conjunction a place)."""
    return _TWO_LETTERS_OR_DIGITS.search(form) is not None and _ARABIC_OR_LATIN.search(form) is not None


class Entry(BaseModel):
    """Base of every entry-list model: a stable id, unknown keys refused, the forms it is
    matched by (``MATCHED_FIELDS``) each :func:`matchable`."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    id: str

    @model_validator(mode="after")
    def _matchable_forms(self):
        for name in MATCHED_FIELDS:
            value = getattr(self, name, None)
            for form in [value] if isinstance(value, str) else value or []:
                if not matchable(form):
                    raise ValueError(f"{name}: {form[:40]!r} is not a name (two letters or digits or more, "
                                     "one an Arabic or Latin letter, are needed)")
        return self


class Table(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _describe(err: ValidationError) -> str:
    parts = []
    for e in err.errors():
        where = ".".join(str(x) for x in e["loc"])
        parts.append(f"{where}: {e['msg']}" if where else e["msg"])
    return "; ".join(parts)


# libyaml's safe loader when installed: the same documents, five times faster.
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _read_yaml(path: Path):
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            raise GazetteerError(f"{path}: not a regular file")
        with path.open(encoding="utf-8") as f:
            return yaml.load(f, Loader=_SafeLoader)  # noqa: S506 (a safe loader)
    except yaml.YAMLError as e:
        raise GazetteerError(f"{path}: not valid YAML: {str(e)[:500]}") from None
    except UnicodeDecodeError as e:
        raise GazetteerError(f"{path}: not UTF-8 (byte {e.start})") from None
    except OSError as e:
        raise GazetteerError(f"{path}: cannot read: {e.strerror}") from None


class Gazetteers:
    """The shipped gazetteers plus any user directories, later ones overriding earlier ones."""

    def __init__(self, extra_dirs: tuple[Path | str, ...] = ()):
        self.dirs = (SHIPPED, *(Path(d) for d in extra_dirs))
        for d in self.dirs:
            if not d.is_dir():
                raise GazetteerError(f"{d}: gazetteer directory not found")
        self._cache: dict[tuple[str, type], object] = {}

    def files(self, stem: str) -> list[Path]:
        """``stem.yaml`` and ``stem_*.yaml`` in every directory, in override order."""
        out = []
        for d in self.dirs:
            out += sorted(p for p in d.glob(f"{stem}*.yaml") if p.stem == stem or p.stem.startswith(stem + "_"))
        return out

    def entries(self, stem: str, model: type[M]) -> list[M]:
        key = (stem, model)
        if key not in self._cache:
            by_id: dict[str, M] = {}
            for path in self.files(stem):
                data = _read_yaml(path)
                if data is None:
                    continue
                if not isinstance(data, list):
                    raise GazetteerError(f"{path}: expected a list of entries, got {type(data).__name__}")
                for n, raw in enumerate(data, 1):
                    label = raw.get("id") if isinstance(raw, dict) else None     # never a YAML alias's value
                    label = label if isinstance(label, str) and len(label) <= 80 else None
                    try:
                        entry = model.model_validate(raw)
                    except ValidationError as e:
                        raise GazetteerError(
                            f"{path}: entry {n}{f' ({label})' if label else ''}: {_describe(e)}") from None
                    by_id[entry.id] = entry
            self._cache[key] = list(by_id.values())
        return self._cache[key]  # type: ignore[return-value]

    def table(self, name: str, model: type[M]) -> M:
        key = (name, model)
        if key not in self._cache:
            merged: dict = {}
            paths = [d / f"{name}.yaml" for d in self.dirs if (d / f"{name}.yaml").is_file()]
            if not paths:
                raise GazetteerError(f"{name}.yaml: not found in {', '.join(map(str, self.dirs))}")
            for path in paths:
                data = _read_yaml(path)
                if not isinstance(data, dict):
                    raise GazetteerError(f"{path}: expected a mapping, got {type(data).__name__}")
                merged.update(data)
            try:
                self._cache[key] = model.model_validate(merged)
            except ValidationError as e:
                raise GazetteerError(f"{paths[-1]}: {_describe(e)}") from None
        return self._cache[key]  # type: ignore[return-value]

    @cached_property
    def morphology(self) -> "Morphology":
        return self.table("morphology", Morphology)


class Morphology(Table):
    conjunctions: list[str]
    prepositions: list[str]
    article: str
    lam_article: str
    min_stem: int
    min_article_stem: int
    enclitics: list[str]
    demonstratives: list[str]
    accusative_alef: str
