"""The flat row of an event (q7x2.summary): the columns GIS, spreadsheet and database views share."""
from seed_events import balad_seed_event, balad_wire_event

from q7x2.summary import SUMMARY_COLUMNS, month, summary


def test_a_seed_event_reads_as_one_row_of_scalars_in_the_documented_columns():
    row = summary(balad_seed_event())
    assert list(row) == list(SUMMARY_COLUMNS)
    assert all(v is None or isinstance(v, (str, int, float, bool)) for v in row.values())
    assert row["date"] == "2021-04-18"
    assert row["sub_event_type"] == balad_seed_event().sub_event_type
    assert row["admin1"] == balad_seed_event().location.admin1


def test_fatalities_are_zero_where_the_text_gives_no_death_toll_but_killed_stays_null():
    event = balad_wire_event()
    row = summary(event)
    assert event.casualties.killed is None
    assert (row["killed"], row["fatalities"]) == (None, 0)
    assert row["wounded"] == event.casualties.wounded


def test_weapon_types_are_listed_once_each():
    event = balad_seed_event()
    assert summary(event)["weapons"] == "; ".join(dict.fromkeys(w.type for w in event.weapons))


def test_month_is_that_of_a_day_a_month_or_a_weeks_monday_and_none_for_a_year():
    assert month("2021-04-18", "day") == "2021-04"
    assert month("2021-04", "month") == "2021-04"
    assert month("2021-W18", "week") == "2021-05"          # Monday 3 May 2021
    assert month("2021", "year") is None and month(None, None) is None
    assert summary(balad_seed_event())["month"] == "2021-04"
