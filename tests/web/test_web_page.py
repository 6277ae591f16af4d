"""The static page of `detente web`: served at /, assets load, nothing reaches outside the machine."""
from __future__ import annotations

import re
import shutil
import subprocess
from importlib import resources

import pytest
from fastapi.testclient import TestClient

from detente.web.app import create_app

from tests.web.web_corpus import build_store

ASSETS = {"/static/app.js": "javascript", "/static/cards.js": "javascript", "/static/charts.js": "javascript", "/static/style.css": "text/css"}
SCRIPTS = ("app.js", "cards.js", "charts.js")
# The SVG namespace is an identifier the browser never fetches; anything else absolute is external.
ALLOWED_ABSOLUTE = {"http://www.w3.org/2000/svg"}


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    db = str(tmp_path_factory.mktemp("page") / "page.duckdb")
    build_store(db)
    return TestClient(create_app(db))


def page_files(client) -> dict[str, str]:
    files = {"/": client.get("/").text}
    files.update({path: client.get(path).text for path in ASSETS})
    return files


def test_index_is_html_and_links_its_assets(client):
    response = client.get("/")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")
    for path in ASSETS:
        assert f'"{path}"' in response.text


@pytest.mark.parametrize("path, kind", ASSETS.items())
def test_assets_are_served_with_their_types(client, path, kind):
    response = client.get(path)
    assert response.status_code == 200 and kind in response.headers["content-type"] and len(response.text) > 500


def test_missing_asset_is_404(client):
    assert client.get("/static/nothing.js").status_code == 404


def test_page_references_no_external_urls(client):
    for path, text in page_files(client).items():
        absolute = set(re.findall(r"https?://[^\s\"'`)]+", text))
        assert absolute <= ALLOWED_ABSOLUTE, f"{path} references {absolute - ALLOWED_ABSOLUTE}"
        # protocol-relative ("//host/x") links, CSS imports and scripts from anywhere but /static/
        assert not re.search(r"(?:src|href)\s*=\s*[\"']//|url\(\s*[\"']?//|@import", text), path
        assert not re.search(r"<script[^>]+src=\"(?!/static/)", text), path


def test_every_element_the_script_looks_up_is_on_the_page(client):
    files = page_files(client)
    wanted = {name for script in SCRIPTS for name in re.findall(r'getElementById\("([\w-]+)"\)', files[f"/static/{script}"])}
    present = set(re.findall(r'id="([\w-]+)"', files["/"]))
    assert wanted and wanted <= present, wanted - present


def test_every_api_path_the_script_calls_is_served(client):
    files = page_files(client)
    script = "".join(files[f"/static/{name}"] for name in SCRIPTS)
    called = set(re.findall(r'"(/api/[\w/]+)', script)) | set(re.findall(r"`(/api/[\w/]+)/\$\{", script))
    routes = {route.path for route in client.app.routes}
    assert called, "the script calls no API"
    for path in called:
        assert path in routes or f"{path}/{{event_id}}" in routes, path


@pytest.mark.parametrize("name", SCRIPTS)
def test_script_inserts_database_text_as_text_not_html(name):
    script = resources.files("detente.web").joinpath("static", name).read_text(encoding="utf-8")
    assert "innerHTML" not in script and "insertAdjacentHTML" not in script and "document.write" not in script


@pytest.mark.parametrize("name", SCRIPTS)
def test_script_parses(name):
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed")
    script = resources.files("detente.web").joinpath("static", name)
    result = subprocess.run([node, "--check", str(script)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_world_outlines_are_served_name_their_source_and_use_the_actor_codes(client):
    world = client.get("/static/world-110m.json").json()
    assert "Natural Earth" in world["source"] and "public domain" in world["source"]
    codes = {c["id"] for c in world["countries"]}
    assert {"KEN", "TZA", "USA", "RUS", "UKR", "CHN", "PAK", "IND", "XKX"} <= codes and len(world["countries"]) > 170
    for country in world["countries"]:
        assert country["rings"] and all(len(r) % 2 == 0 and len(r) >= 6 for r in country["rings"]), country["name"]
        lons, lats = [v for r in country["rings"] for v in r[0::2]], [v for r in country["rings"] for v in r[1::2]]
        assert -200 <= min(lons) and max(lons) <= 200 and -90 <= min(lats) and max(lats) <= 90
        for r in country["rings"]:  # no edge jumps across the map (a ring crossing the antimeridian)
            assert all(abs(a - b) <= 180 for a, b in zip(r[0::2], r[2::2])), country["name"]


def test_example_values_in_empty_filters_read_as_examples_not_as_filters(client):
    """A grey 'PAK-USA' in the empty Dyad box looked like a filter in force (newcomer session 12)."""
    html = client.get("/").text
    examples = dict(re.findall(r'name="(country|dyad|min_confidence)" placeholder="([^"]*)"', html))
    assert examples == {"country": "e.g. PAK", "dyad": "e.g. PAK-USA", "min_confidence": "e.g. 0.9"}
