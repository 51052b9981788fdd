"""The published JSON Schema: an id, a description on every field, patterns and ranges; and
`q7x2 convert` never crashes on a record the schema accepts."""
import json

import jsonschema
import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from seed_events import balad_seed_event

from q7x2.commands import FORMATS, convert, schema


def published(*args) -> dict:
    return json.loads(CliRunner().invoke(schema, list(args)).stdout)


EVENT_SCHEMA = published()
MERGED_SCHEMA = published("--merged")


def _properties(doc: dict):
    """(where, property schema) of every property of the schema and its definitions."""
    for name, node in [("Event", doc), *doc.get("$defs", {}).items()]:
        for key, prop in node.get("properties", {}).items():
            yield f"{name}.{key}", prop


@pytest.mark.parametrize("args", [[], ["--merged"]], ids=["event", "merged"])
def test_the_schema_is_valid_draft_2020_12_with_an_id_and_every_field_described(args):
    doc = published(*args)
    jsonschema.Draft202012Validator.check_schema(doc)
    assert doc["$id"] == ("urn:q7x2:merged-event:0.1.0" if args else "urn:q7x2:event:0.1.0")
    undescribed = [where for where, prop in _properties(doc) if not prop.get("description")
                   and not doc["$defs"].get(prop.get("$ref", "#/$defs/-").split("/")[-1], {}).get("description")]
    assert undescribed == []


def test_the_seed_records_are_valid(pipeline):
    from pathlib import Path

    from q7x2.articles import iter_articles

    seeds = Path(__file__).resolve().parent.parent / "seeds"
    validator = jsonschema.Draft202012Validator(EVENT_SCHEMA)
    records = [json.loads(e.to_json()) for a in iter_articles([str(seeds)], None) for e in pipeline.extract(a)]
    assert len(records) > 10
    for record in records:
        validator.validate(record)


@pytest.mark.parametrize("path, value", [
    (("date", "value"), "2021-13"), (("date", "value"), "18/04/2021"), (("date", "value"), "2021-W54"),
    (("location", "lat"), 91.0), (("location", "lon"), -181.0), (("location", "country_code"), "IRQ"),
    (("location", "admin1_code"), "Salah al-Din"), (("source", "published"), "24/04/2021"),
    (("weapons", 0, "count"), -1), (("evidence", 0, "start"), -3), (("confidence",), 1.5),
])
def test_patterns_and_ranges_refuse_what_is_not_a_value(path, value):
    record = json.loads(balad_seed_event().to_json())
    node = record
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(record, EVENT_SCHEMA, cls=jsonschema.Draft202012Validator)


@pytest.mark.parametrize("field, value", [
    ("date", {"value": "2021-02-30", "precision": "day"}), ("date", {"value": "2021-W53", "precision": "week"}),
    ("date", {"value": "2023-10", "precision": "day"}), ("source", {"published": "0000-00-00"}),
])
def test_convert_names_a_date_that_is_shaped_right_but_not_real(field, value):
    record = json.loads(balad_seed_event().to_json())
    record[field].update(value)
    result = CliRunner().invoke(convert, ["-f", "acled", "-"], input=json.dumps(record) + "\n")
    assert result.exit_code == 1 and result.exception.__class__ is SystemExit
    assert result.stderr.startswith(f"Error: -:1: not a q7x2 record: {field}")


def from_schema(node: dict, root: dict):
    """A hypothesis strategy of the instances of ``node``, for the keywords pydantic's schemas
    use ($ref, anyOf, enum/const, type, properties/required, items, minimum/maximum, pattern).
    Optional properties are left out or given; strings are short, from Latin and Arabic."""
    if "$ref" in node:
        return st.deferred(lambda: from_schema(root["$defs"][node["$ref"].split("/")[-1]], root))
    if "anyOf" in node:
        return st.one_of([from_schema(option, root) for option in node["anyOf"]])
    if "enum" in node:
        return st.sampled_from(node["enum"])
    if "const" in node:
        return st.just(node["const"])
    kind = node.get("type")
    if kind == "null":
        return st.none()
    if kind == "boolean":
        return st.booleans()
    if kind == "integer":
        return st.integers(min_value=node.get("minimum", -10**6), max_value=node.get("maximum", 10**6))
    if kind == "number":
        return st.floats(min_value=node.get("minimum", -1e6), max_value=node.get("maximum", 1e6), allow_nan=False)
    if kind == "string":
        if "pattern" in node:
            return st.from_regex(node["pattern"], fullmatch=True)
        return st.text(alphabet="abc XYZ-/.:صاروخ0123", min_size=node.get("minLength", 0), max_size=12)
    if kind == "array":
        return st.lists(from_schema(node.get("items", {}), root), max_size=3)
    if kind == "object":
        required = set(node.get("required", ()))
        props = node.get("properties", {})
        return st.fixed_dictionaries(
            {k: from_schema(v, root) for k, v in props.items() if k in required},
            optional={k: from_schema(v, root) for k, v in props.items() if k not in required})
    raise AssertionError(f"no strategy for {node}")


def _precision_of_its_value(record: dict) -> dict:
    """Most generated dates have a precision their value's shape contradicts (the schema cannot
    say that they go together): give them the right one, so that records reach the writers."""
    value = record.get("date", {}).get("value")
    if value and record["date"].get("precision"):
        record["date"]["precision"] = "week" if "-W" in value else {4: "year", 7: "month"}.get(len(value), "day")
    return record


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(record=st.one_of(from_schema(EVENT_SCHEMA, EVENT_SCHEMA), from_schema(MERGED_SCHEMA, MERGED_SCHEMA))
       .map(_precision_of_its_value))
def test_convert_never_crashes_on_a_record_the_schema_accepts(record):
    line = json.dumps(record, ensure_ascii=False) + "\n"
    for fmt in FORMATS:
        result = CliRunner().invoke(convert, ["-f", fmt, "-"], input=line)
        # written, or refused in one line naming where and why: never a traceback
        assert result.exit_code in (0, 1), (fmt, result.output)
        assert result.exception is None or isinstance(result.exception, SystemExit), (fmt, result.exception)
        if result.exit_code == 1:
            assert result.stderr.startswith("Error: -:1: not a q7x2 record: ")


JSON_VALUES = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
                           lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner,
                                                                                         max_size=3), max_leaves=8)


@settings(max_examples=40, deadline=None)
@given(line=st.text(max_size=40) | JSON_VALUES.map(json.dumps))
def test_convert_never_crashes_on_any_input(line):
    for fmt in ("jsonl", "acled"):
        result = CliRunner().invoke(convert, ["-f", fmt, "-"], input=line + "\n")
        assert result.exit_code in (0, 1) and (result.exception is None or isinstance(result.exception, SystemExit))
        if result.exit_code == 1:
            assert result.stderr.startswith("Error: -:") and result.stderr.count("\n") == 1
