"""Discovery, path safety, unreadable inputs, the resume key and standard input."""
from __future__ import annotations

import io
import json
import os
import sys
from pathlib import Path

import pytest

from detente.ingest import REASONS, IngestOptions, discover, input_key, read_file, read_inputs
from detente.ingest import readers
from detente.records import Document, Reject

OPTIONS = IngestOptions()
TEXT = "Officials of Ardenia said the ceasefire held overnight.\n"


def tree(tmp_path: Path) -> Path:
    root = tmp_path / "in"
    for rel in ["b.txt", "a.html", "sub/c.jsonl", "sub/deeper/d.txt", "notes.docx", ".hidden.txt", ".git/x.txt"]:
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps({"text": TEXT}) + "\n" if rel.endswith(".jsonl") else f"<p>{TEXT}</p>" if rel.endswith(".html") else TEXT)
    return root


def test_folders_are_walked_sorted_and_hidden_entries_skipped(tmp_path):
    root = tree(tmp_path)
    found = list(discover([str(root), "-"], OPTIONS))
    relative = [os.path.relpath(p, root) for p in found[:-1]]
    assert relative == ["a.html", "b.txt", "notes.docx", "sub/c.jsonl", "sub/deeper/d.txt"] and found[-1] == "-"
    assert found == list(discover([str(root), "-"], OPTIONS))


def test_unsupported_files_are_rejected_not_dropped(tmp_path):
    root = tree(tmp_path)
    items = list(read_inputs([str(root)], OPTIONS))
    rejects = [i for i in items if isinstance(i, Reject)]
    assert [(Path(r.path).name, r.reason) for r in rejects] == [("notes.docx", "unsupported_format")]
    assert ".jsonl" in rejects[0].detail
    assert sum(isinstance(i, Document) for i in items) == 4
    (explicit,) = read_file(str(root / "notes.docx"), OPTIONS)
    assert explicit.reason == "unsupported_format"


@pytest.mark.parametrize("name", ["README.md", "README", "LICENSE", "notes.markdown", "CHANGELOG.rst"])
def test_a_folder_s_documentation_is_set_aside_as_not_an_article(tmp_path, name):
    # newcomer review, s15: `detente ingest demo/` failed (exit 1) on the folder's README.md
    (tmp_path / name).write_text("# How this corpus was gathered\n", encoding="utf-8")
    (reject,) = read_inputs([str(tmp_path)], OPTIONS)
    assert (reject.reason, Path(reject.path).name) == ("not_article", name) and "documentation" in reject.detail


def test_a_readme_in_a_supported_format_is_read_as_text(tmp_path):
    (tmp_path / "README.txt").write_text("Kenya and Tanzania signed a border accord on Monday.\n", encoding="utf-8")
    (doc,) = read_inputs([str(tmp_path)], OPTIONS)
    assert isinstance(doc, Document)


def test_explicit_hidden_file_is_read(tmp_path):
    root = tree(tmp_path)
    (doc,) = read_inputs([str(root / ".hidden.txt")], OPTIONS)
    assert isinstance(doc, Document)


def test_missing_path_and_folder_given_to_read_file(tmp_path):
    (missing,) = read_inputs([str(tmp_path / "nope.txt")], OPTIONS)
    assert (missing.reason, missing.line) == ("not_found", None)
    (folder,) = read_file(str(tmp_path), OPTIONS)
    assert folder.reason == "unreadable" and "folder" in folder.detail


def test_symlinks_inside_a_folder_are_not_followed_by_default(tmp_path):
    root = tree(tmp_path)
    (root / "link.txt").symlink_to(root / "b.txt")
    items = [i for i in read_inputs([str(root)], OPTIONS) if Path(i.path).name == "link.txt"]
    assert [i.reason for i in items] == ["unsafe_path"] and "follow_symlinks" in items[0].detail


def test_symlinks_are_followed_only_inside_the_folder(tmp_path):
    root = tree(tmp_path)
    outside = tmp_path / "secret.txt"
    outside.write_text("Private notes that must not be ingested.\n")
    (root / "inside.txt").symlink_to(root / "sub" / "deeper" / "d.txt")
    (root / "outside.txt").symlink_to(outside)
    (root / "outdir").symlink_to(tmp_path, target_is_directory=True)  # also a loop back over the root
    options = IngestOptions(follow_symlinks=True)
    items = list(read_inputs([str(root)], options))
    unsafe = sorted(Path(i.path).name for i in items if isinstance(i, Reject) and i.reason == "unsafe_path")
    assert unsafe == ["outdir", "outside.txt"]
    assert not any("Private notes" in getattr(i, "content", "") for i in items)
    assert str(root / "sub" / "deeper" / "d.txt") in [i.path for i in items if isinstance(i, Document)]


def test_link_loop_inside_the_folder_terminates(tmp_path):
    root = tree(tmp_path)
    (root / "sub" / "loop").symlink_to(root, target_is_directory=True)
    found = list(discover([str(root)], IngestOptions(follow_symlinks=True)))
    assert len(found) == len(set(found)) == 5


def test_symlink_named_explicitly_is_read(tmp_path):
    target = tmp_path / "real.txt"
    target.write_text(TEXT)
    (tmp_path / "named.txt").symlink_to(target)
    (doc,) = read_inputs([str(tmp_path / "named.txt")], OPTIONS)
    assert isinstance(doc, Document) and doc.content == TEXT


def test_unreadable_file_is_rejected(tmp_path, monkeypatch):
    path = tmp_path / "locked.txt"
    path.write_text(TEXT)

    def refuse(*_args, **_kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(readers, "open", refuse, raising=False)
    (item,) = read_file(str(path), OPTIONS)
    assert item.reason == "unreadable" and "Permission denied" in item.detail


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_file_without_read_permission_is_unreadable(tmp_path):
    path = tmp_path / "locked.txt"
    path.write_text(TEXT)
    path.chmod(0)
    (item,) = read_file(str(path), OPTIONS)
    assert item.reason == "unreadable"


def test_fifo_is_not_opened(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    (item,) = read_file(str(fifo), OPTIONS)  # opening would block forever
    assert item.reason == "unreadable"


def test_input_key_tracks_path_size_and_mtime(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(TEXT)
    key = input_key(str(path))
    assert key and str(path) in key and key == input_key(str(path))
    os.utime(path, ns=(1, 2))
    assert input_key(str(path)) != key
    assert input_key("-") is None and input_key(str(tmp_path / "missing.txt")) is None


def test_every_reason_is_documented():
    import detente.ingest as ingest
    assert all(code in ingest.__doc__ for code in REASONS)


class _FakeStdin:
    def __init__(self, data: bytes):
        self.buffer = io.BytesIO(data)


@pytest.mark.parametrize("data, fmt, count", [
    (b"\n  " + json.dumps({"text": TEXT}).encode() + b"\n" + json.dumps({"text": "More."}).encode(), "text", 2),
    (b"  <html><body><p>Hello there.</p></body></html>", "html", 1),
    (TEXT.encode("utf-16"), "text", 1),
    (b"{not json", None, 1),
])
def test_stdin_is_sniffed(monkeypatch, data, fmt, count):
    monkeypatch.setattr(sys, "stdin", _FakeStdin(data))
    items = list(read_inputs(["-"], OPTIONS))
    assert len(items) == count and all(i.path == "-" for i in items)
    if fmt is None:
        assert items[0].reason == "bad_json"
    else:
        assert all(isinstance(i, Document) and i.fmt == fmt for i in items)


def test_empty_stdin(monkeypatch):
    monkeypatch.setattr(sys, "stdin", _FakeStdin(b""))
    (item,) = read_inputs(["-"], OPTIONS)
    assert item.reason == "empty"
