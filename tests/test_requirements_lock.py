"""The lock is complete: scripts/setup.sh installs requirements.lock with --no-deps, so a distribution
missing from it would be missing on a fresh machine (or, without --no-deps, fetched unpinned from
whatever the registry holds that day). Checked three ways: the requirements of detente and all its
extras, followed recursively through the installed metadata; every third-party module that detente's
code and tests import; and `pip check` on the environment the tests run in."""
from __future__ import annotations

import ast
import importlib.metadata as metadata
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

REPO = Path(__file__).resolve().parents[1]
LOCK = REPO / "requirements.lock"
_PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;\\]+)")


def locked() -> dict[str, str]:
    """Canonical name → pinned version, from the lock's requirement lines."""
    pins = {}
    for line in LOCK.read_text(encoding="utf-8").splitlines():
        if match := _PIN.match(line):
            pins[canonicalize_name(match.group(1))] = match.group(2)
    return pins


def project_requirements() -> list[tuple[Requirement, str]]:
    """detente's own requirements with every extra, from this checkout's pyproject.toml."""
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    needed = [(Requirement(r), "") for r in project["dependencies"]]
    for extra, reqs in project.get("optional-dependencies", {}).items():
        needed += [(Requirement(r), extra) for r in reqs]
    return needed


def required_closure() -> dict[str, set[str]]:
    """Every distribution detente needs (name → who asked), walking installed metadata recursively."""
    seen: dict[str, set[str]] = {}
    queue = [(req, extra, "detente") for req, extra in project_requirements()]
    while queue:
        req, extra, parent = queue.pop()
        if req.marker and not req.marker.evaluate({"extra": extra}):
            continue
        name = canonicalize_name(req.name)
        first = name not in seen
        seen.setdefault(name, set()).add(parent)
        for wanted in ([""] if first else []) + sorted(req.extras):  # an extra adds requirements of its own
            queue += [(Requirement(r), wanted, name) for r in _installed_requires(name)]
    return seen


def _installed_requires(name: str) -> list[str]:
    try:
        return metadata.requires(name) or []
    except metadata.PackageNotFoundError:
        return []  # not installed here: the name is still checked against the lock, and pip check fails


def imported_modules() -> dict[str, str]:
    """Top-level module → first file importing it, over src/detente and tests."""
    found: dict[str, str] = {}
    for path in sorted([*(REPO / "src" / "detente").rglob("*.py"), *(REPO / "tests").rglob("*.py")]):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                found.setdefault(name.split(".")[0], str(path.relative_to(REPO)))
    return found


def test_every_line_of_the_lock_is_pinned_and_hashed():
    text = LOCK.read_text(encoding="utf-8")
    requirement_lines = [l for l in text.splitlines() if l and not l.startswith((" ", "#", "\t"))]
    assert requirement_lines and all(_PIN.match(l) for l in requirement_lines), requirement_lines
    assert "--index-url" not in text and "--extra-index-url" not in text and "--find-links" not in text
    for block in re.split(r"\n(?=[A-Za-z0-9])", text.split("\n\n", 1)[1]):
        assert "--hash=sha256:" in block, f"no hash for {block.splitlines()[0]}"


def test_everything_detente_and_its_extras_require_is_locked():
    pins = locked()
    missing = {name: sorted(by) for name, by in required_closure().items() if name not in pins}
    assert not missing, f"required but not in requirements.lock (name: required by): {missing}"


def test_the_environment_has_exactly_the_locked_versions_of_what_detente_requires():
    pins = locked()
    wrong = {}
    for name in required_closure():
        try:
            version = metadata.version(name)
        except metadata.PackageNotFoundError:
            wrong[name] = "not installed"
            continue
        if name in pins and version != pins[name]:
            wrong[name] = f"installed {version}, locked {pins[name]}"
    assert not wrong, wrong


def test_every_third_party_module_imported_is_locked():
    pins = locked()
    owners = metadata.packages_distributions()
    # Test helpers imported by their own name (tests/events/events_kit.py) and the project's scripts a test puts
    # on the path (scripts/category_scores.py) are not distributions.
    local = {"detente", "tests"} | {p.stem for p in (REPO / "tests").rglob("*.py")} | \
        {p.stem for p in (REPO / "scripts").glob("*.py")}
    problems = {}
    for module, where in imported_modules().items():
        if module in sys.stdlib_module_names or module in local or module == "__future__":
            continue
        dists = [canonicalize_name(d) for d in owners.get(module, [])]
        if not dists:
            problems[module] = f"imported in {where} but no installed distribution provides it"
        elif not any(d in pins for d in dists):
            problems[module] = f"imported in {where}; its distribution {dists} is not in requirements.lock"
    assert not problems, problems


def test_pip_check_is_clean():
    pip = subprocess.run([sys.executable, "-m", "pip", "check"], capture_output=True, text=True, timeout=300)
    if "No module named pip" in pip.stderr:
        pytest.skip("this environment has no pip")
    assert pip.returncode == 0, pip.stdout + pip.stderr


def test_the_lock_names_nothing_detente_does_not_need():
    stale = sorted(set(locked()) - set(required_closure()))
    assert not stale, f"in requirements.lock but required by nothing: {stale} (regenerate the lock)"
