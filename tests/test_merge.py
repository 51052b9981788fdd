"""q7x2 merge: the same attack reported by several articles becomes one record."""
import json

import pytest
from click.testing import CliRunner
from seed_events import SEED_001, WIRE_TEXT, balad_february_event, balad_seed_event, balad_wire_event, variant

from q7x2.commands import merge
from q7x2.merge import group_reports, merge_events, same_attack
from q7x2.record import MergedEvent


def test_two_articles_on_the_balad_attack_become_one_event():
    seed, wire = balad_seed_event(), balad_wire_event()
    [merged] = merge_events([seed, wire])
    assert isinstance(merged, MergedEvent)
    assert [(s.doc_id, s.url, s.published) for s in merged.sources] == [
        ("wire-0418", "https://www.example-wire.com/iraq/balad", "2021-04-18"),
        ("001_1e6b6c2c93cf8a11", "https://middle-east-online.com/balad", "2021-04-24"),
    ]
    # every report's evidence, each span with the document its offsets refer to
    texts = {"wire-0418": WIRE_TEXT, "001_1e6b6c2c93cf8a11": SEED_001.read_text(encoding="utf-8")}
    assert [s.doc_id for s in merged.evidence] == ["wire-0418", "001_1e6b6c2c93cf8a11"]
    for span in merged.evidence:
        assert texts[span.doc_id][span.start:span.end] == span.text
    # the most recent figure, and the disagreement kept visible
    assert (merged.casualties.killed, merged.casualties.wounded) == (None, 5)
    assert merged.casualty_range.wounded.model_dump() == {"min": 2, "max": 5}
    assert merged.casualty_range.killed is None
    assert [(s.killed, s.wounded) for s in merged.sources] == [(None, 2), (None, 5)]
    assert merged.sources[0].weapons[0].subtype == "Katyusha"
    # the primary report (more confident) gives the fields; its offsets refer to doc_id
    assert merged.doc_id == seed.doc_id and merged.location == seed.location and merged.date == seed.date
    assert texts[merged.doc_id][merged.location.start:merged.location.end] == merged.location.text
    assert merged.confidence == 0.9
    assert merged.event_id.startswith("m-")


def test_another_day_at_the_same_base_stays_another_event():
    merged = merge_events([balad_seed_event(), balad_february_event(), balad_wire_event()])
    assert [m.date.value for m in merged] == ["2021-02-20", "2021-04-18"]
    assert [len(m.sources) for m in merged] == [1, 2]


def test_the_result_does_not_depend_on_input_order():
    events = [balad_seed_event(), balad_february_event(), balad_wire_event()]
    first = [m.to_json() for m in merge_events(events)]
    assert [m.to_json() for m in merge_events(events[::-1])] == first
    assert [m.to_json() for m in merge_events([events[1], events[2], events[0]])] == first


def test_a_single_report_is_a_merged_record_with_one_source():
    [m] = merge_events([balad_february_event()])
    assert [s.event_id for s in m.sources] == ["001_1e6b6c2c93cf8a11-2"]
    assert m.casualty_range.model_dump() == {"killed": None, "wounded": None}


def test_two_events_of_one_article_are_never_merged():
    seed = balad_seed_event()
    twin = variant(seed, event_id="001_1e6b6c2c93cf8a11-9")
    assert not same_attack(seed, twin)
    assert len(merge_events([seed, twin])) == 2


@pytest.mark.parametrize("changes,same", [
    ({}, True),
    ({"date__value": "2021-04", "date__precision": "month"}, True),       # the month contains the day
    ({"date__value": "2021-W15", "date__precision": "week"}, True),       # 12-18 April
    ({"date__value": "2021-W16", "date__precision": "week"}, False),
    ({"date__value": "2021-04-17"}, False),
    ({"date__value": None, "date__precision": None}, False),              # undated: never merged
    ({"location__name": "Balad", "location__name_ar": "بلد", "location__precision": "town",
      "location__lat": 34.0163, "location__lon": 44.1453}, False),        # the town, 21 km away
    ({"location__name": None, "location__name_ar": None, "location__lat": 33.9401, "location__lon": 44.3601}, True),
    ({"location__precision": "governorate"}, False),                       # too vague to tell
    ({"sub_event_type": "Air/drone strike"}, True),                        # rockets in common
    ({"sub_event_type": "Air/drone strike", "weapons": []}, False),
    ({"target__type": "airport"}, True),
    ({"target__type": None}, True),
    ({"target__type": "civilian"}, False),
])
def test_same_attack_rules(changes, same):
    other = variant(balad_wire_event(), **changes)
    assert same_attack(balad_seed_event(), other) is same
    assert same_attack(other, balad_seed_event()) is same


def test_a_month_report_joins_only_one_of_two_attacks_in_that_month():
    feb20 = balad_february_event()
    other_sentence = "وسقطت ثلاثة صواريخ أخرى على القاعدة نفسها يوم السبت الماضي دون خسائر."
    feb27 = variant(balad_february_event(), event_id="x-1", doc_id="x", date__value="2021-02-27",
                    evidence=[{"start": 0, "end": len(other_sentence), "text": other_sentence}])
    february = variant(balad_wire_event(), date__value="2021-02", date__precision="month",
                       source__published="2021-03-01", casualties__wounded=None)
    merged = merge_events([feb20, feb27, february])
    assert sorted(len(m.sources) for m in merged) == [1, 2]


def test_a_later_report_without_a_figure_keeps_the_earlier_figure():
    silent = variant(balad_seed_event(), casualties__wounded=None, casualties__text=None,
                     casualties__start=None, casualties__end=None)
    [m] = merge_events([silent, balad_wire_event()])
    assert m.casualties.wounded == 2
    assert m.casualty_range.wounded.model_dump() == {"min": 2, "max": 2}


def test_merge_command_writes_merged_records(tmp_path):
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    a.write_text(balad_seed_event().to_json() + "\n" + balad_february_event().to_json() + "\n", encoding="utf-8")
    b.write_text(balad_wire_event().to_json() + "\n", encoding="utf-8")
    result = CliRunner().invoke(merge, [str(a), str(b)])
    assert result.exit_code == 0, result.output
    records = [MergedEvent.model_validate_json(line) for line in result.stdout.splitlines()]
    assert [len(r.sources) for r in records] == [1, 2]
    acled = CliRunner().invoke(merge, [str(a), str(b), "--format", "acled"]).stdout.splitlines()
    assert len(acled) == 3 and "example-wire.com; Middle East Online" in acled[2]
    assert "Sources give 2-5 wounded." in acled[2]


def test_merge_command_refuses_merged_input(tmp_path):
    merged = tmp_path / "merged.jsonl"
    merged.write_text(merge_events([balad_seed_event()])[0].to_json() + "\n", encoding="utf-8")
    result = CliRunner().invoke(merge, [str(merged)])
    assert result.exit_code == 1
    assert "already merged" in result.stderr


def test_merged_record_is_one_json_line_with_sources_last():
    line = merge_events([balad_seed_event(), balad_wire_event()])[0].to_json()
    keys = list(json.loads(line))
    assert keys[-2:] == ["sources", "casualty_range"] and "\n" not in line


def test_a_wire_copy_in_two_outlets_is_one_attack_even_undated_and_placed_to_a_region():
    seed = balad_seed_event()
    copy = variant(seed, event_id="copy-1", doc_id="copy", source__path="elsewhere/copy.txt",
                   date__value=None, date__precision=None, date__text=None, date__start=None, date__end=None,
                   location__precision="region", location__name="Salah al-Din", location__lat=None,
                   location__lon=None)
    assert same_attack(seed, copy)
    [m] = merge_events([seed, copy])
    assert len(m.sources) == 2


def test_a_short_stock_phrase_in_common_does_not_make_one_attack():
    stock = "وقال مصدر أمني إن التحقيقات جارية."
    a = variant(balad_seed_event(), evidence=[{"start": 0, "end": len(stock), "text": stock}])
    b = variant(balad_february_event(), doc_id="other", source__path="other.txt",
                evidence=[{"start": 0, "end": len(stock), "text": stock}])
    assert not same_attack(a, b)


def every_group_in_turn(events):
    """The grouping rule of q7x2.merge, by trying every group for every report."""
    numbered = sorted(enumerate(events), key=lambda ie: (ie[1].source.published or "9999", ie[1].doc_id, ie[0]))
    groups = []
    for _, event in numbered:
        group = next((g for g in groups if all(same_attack(event, m) for m in g)), None)
        if group is None:
            groups.append([event])
        else:
            group.append(event)
    return groups


def test_groups_looked_up_by_day_and_sentence_are_those_of_trying_every_group():
    import random

    rng = random.Random(5)
    dates = [("2021-04-18", "day"), ("2021-04-19", "day"), ("2021-02-20", "day"), ("2021-04", "month"),
             ("2021-W15", "week"), ("2021", "year"), (None, None)]
    places = [{}, {"location__name": None, "location__name_ar": None, "location__lat": 33.9401},
              {"location__name": "Balad", "location__name_ar": "بلد", "location__precision": "town",
               "location__lat": 34.0163, "location__lon": 44.1453}, {"location__precision": "governorate"}]
    events = []
    for k in range(300):
        value, precision = rng.choice(dates)
        events.append(variant(rng.choice([balad_seed_event, balad_wire_event, balad_february_event])(),
                              event_id=f"r{k}", doc_id=f"doc{k % 45}", source__path=f"day{k % 3}/doc{k % 45}.txt",
                              source__published=f"2021-0{rng.randint(2, 5)}-1{rng.randint(0, 9)}",
                              date__value=value, date__precision=precision,
                              target__type=rng.choice(["military", "airport", "civilian", None]),
                              **rng.choice(places)))
    grouped = group_reports(events)
    assert 10 < len(grouped) < 250                      # reports merged, and reports kept apart
    assert [[e.event_id for e in g] for g in grouped] == \
        [[e.event_id for e in g] for g in every_group_in_turn(events)]
