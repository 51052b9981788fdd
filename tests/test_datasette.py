"""Browsing the events database in Datasette (the browse extra) with datasette-cluster-map:
a real server on a free localhost port, its pages fetched, then stopped."""
import json
from html import unescape
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from browser import quit_chromium, screenshot, start_chromium

from q7x2.summary import SUMMARY_COLUMNS

ROOT = Path(__file__).resolve().parent.parent


def q7x2(*args) -> subprocess.CompletedProcess:
    run = subprocess.run([sys.executable, "-m", "q7x2", *map(str, args)], cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    return run


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url: str) -> str:
    with urllib.request.urlopen(url, timeout=30) as response:
        return response.read().decode("utf-8")


@pytest.fixture(scope="module")
def datasette(tmp_path_factory):
    """``datasette events.db --metadata metadata.json`` serving the seeds' events; its base URL."""
    d = tmp_path_factory.mktemp("datasette")
    q7x2("extract", ROOT / "seeds", "--db", d / "events.db", "-q")
    q7x2("export", "--db", d / "events.db", "--datasette-metadata", "-o", d / "metadata.json")
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "datasette", "serve", str(d / "events.db"), "--metadata",
                               str(d / "metadata.json"), "--host", "127.0.0.1", "--port", str(port)],
                              cwd=d, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            if server.poll() is not None:
                pytest.fail(f"datasette stopped: {server.stderr.read()}")
            try:
                fetch(base + "/-/versions.json")
                break
            except OSError:
                time.sleep(0.1)
        yield base, d
    finally:
        server.terminate()
        server.wait(timeout=30)
        server.stderr.close()


def test_the_events_table_page_carries_the_map_and_the_codebook_descriptions(datasette):
    base, d = datasette
    html = fetch(base + "/events/events")
    assert "datasette-cluster-map" in html
    assert SUMMARY_COLUMNS["fatalities"] in unescape(html)          # column descriptions from the codebook


def test_the_map_data_are_the_events_with_their_coordinates(datasette):
    base, d = datasette
    rows = json.loads(fetch(base + "/events/events.json?_shape=array&_size=max"))
    events = [json.loads(x) for x in q7x2("export", "--db", d / "events.db").stdout.splitlines()]
    assert {r["event_id"] for r in rows} == {e["event_id"] for e in events}
    by_id = {r["event_id"]: r for r in rows}
    assert all((by_id[e["event_id"]]["lat"], by_id[e["event_id"]]["lon"]) == (e["location"]["lat"], e["location"]["lon"])
               for e in events)
    facets = json.loads(fetch(base + "/events/events.json"))["facet_results"]
    assert {"sub_event_type", "admin1", "perpetrators", "month"} <= set(facets)


def test_full_text_search_over_the_evidence(datasette):
    base, _ = datasette
    rows = json.loads(fetch(base + "/events/evidence.json?_shape=array&_search=" + urllib.request.quote("صواريخ")))
    assert rows and all("صواريخ" in r["text"] for r in rows)


def test_the_map_shows_a_marker_or_cluster_for_the_events(datasette):
    base, _ = datasette
    driver = start_chromium()
    try:
        driver.get(base + "/events/events")
        found = []
        for _ in range(100):
            found = driver.find_elements("css selector", ".leaflet-marker-icon")
            if found:
                break
            time.sleep(0.1)
        assert found, "no marker on the map"
        driver.set_window_size(1400, 1100)
        driver.execute_script("(document.querySelector('.facet-results') || document.querySelector('.leaflet-container'))"
                              ".scrollIntoView()")
        screenshot(driver, "datasette-map.png")
    finally:
        quit_chromium(driver)
