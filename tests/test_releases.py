"""Data releases (knowledge/releases.py): verify, import, update over HTTP, use, rollback, prune.

Every test runs on private data and cache dirs, with fixture releases derived from the tiny
hand-written pair in tests/fixtures/releases/ (release 2030-01-01: 11 terms, 4 diseases,
9 annotations). Downloads come from a local HTTP server on 127.0.0.1 that can serve a
release whole, slowly, cut off midway, with failures, or not at all.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from whatcauses.engine import Engine
from whatcauses.errors import ReleaseError
from whatcauses.knowledge import releases
from whatcauses.knowledge.releases import DownloadOptions, install, limits
from whatcauses.knowledge.sources import active_tag, releases_dir

RELEASE_FIXTURES = Path(__file__).parent / "fixtures" / "releases"
BASE_DATE = "2030-01-01"


# ---- fixture releases ----


def release_texts(date: str = BASE_DATE, *, extra_rows: int = 0) -> tuple[bytes, bytes]:
    """The fixture pair re-dated to ``date``; ``extra_rows`` adds annotation rows."""
    obo = (RELEASE_FIXTURES / "hp.obo").read_text(encoding="utf-8").replace(BASE_DATE, date)
    hpoa = (RELEASE_FIXTURES / "phenotype.hpoa").read_text(encoding="utf-8")
    hpoa = hpoa.replace(f"#version: {BASE_DATE}", f"#version: {date}")
    for i in range(extra_rows):
        hpoa += (f"OMIM:900001\tTest seizure disorder\t\tHP:0001945\tPMID:{100 + i}\tPCS\t\t"
                 f"\t\t\tP\tHPO:test[{date}]\n")
    return obo.encode(), hpoa.encode()


def write_release(folder: Path, obo: bytes, hpoa: bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "hp.obo").write_bytes(obo)
    (folder / "phenotype.hpoa").write_bytes(hpoa)
    return folder


def bad_releases() -> dict[str, tuple[bytes, bytes, str]]:
    """Broken variants of the fixture: name -> (hp.obo, phenotype.hpoa, expected message)."""
    obo, hpoa = release_texts("2030-02-01")
    lines = hpoa.decode().splitlines(keepends=True)
    return {
        "truncated mid-line": (obo, hpoa[: len(hpoa) - 40], "columns"),
        "truncated at a line": (obo, "".join(lines[:-2]).encode(), "truncated"),
        "obo cut short": (obo[: obo.index(b"id: HP:0001250") - 8], hpoa, "the ontology lacks"),
        "obo lost a parent stanza": (obo.replace(
            b"[Term]\nid: HP:0001250\nname: Seizure\nis_a: HP:0000118 ! Phenotypic abnormality\n",
            b""), hpoa, "parent term"),
        "html instead of obo": (b"<html><body>Not Found</body></html>\n", hpoa,
                                "not an OBO ontology"),
        "empty hpoa": (obo, b"", "missing or empty"),
        "mismatched dates": (obo, hpoa.replace(b"#version: 2030-02-01", b"#version: 2029-06-01"),
                             "mismatched files"),
        "no release date": (obo.replace(b"data-version: hp/releases/2030-02-01\n", b""), hpoa,
                            "no release date"),
        "not the HPO": (obo.replace(b"HP:0000118", b"HP:0000119"), hpoa, "root terms"),
        "binary garbage": (bytes(range(256)) * 4, hpoa, "binary data"),
    }


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Private data and cache dirs (XDG-style overrides) for one test."""
    monkeypatch.setenv("WHATCAUSES_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("WHATCAUSES_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("WHATCAUSES_RELEASE_URL", raising=False)
    return tmp_path


def import_fixture(tmp: Path, date: str = BASE_DATE, **kwargs: Any) -> releases.Outcome:
    obo, hpoa = release_texts(date)
    return releases.import_release(write_release(tmp / f"src-{date}", obo, hpoa), **kwargs)


def store_entries() -> list[str]:
    return sorted(p.name for p in releases_dir().iterdir() if p.name != ".lock")


# ---- a local release server ----


@dataclass
class Route:
    body: bytes
    # ok | slow | cut_once | cut_always | fail_once | no_range | redirect | no_length | hold
    mode: str = "ok"
    location: str = ""
    headers: dict[str, str] = field(default_factory=dict)
    hits: int = 0
    # "hold": half the body is sent, then `sending` is set and the rest waits for `resume`.
    sending: threading.Event = field(default_factory=threading.Event)
    resume: threading.Event = field(default_factory=threading.Event)


class _Handler(BaseHTTPRequestHandler):
    server: ReleaseServer

    def log_message(self, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        server = self.server
        server.log.append((self.path, self.headers.get("Range")))
        route = server.routes.get(self.path)
        if route is None:
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        route.hits += 1
        if route.mode == "redirect":
            self.send_response(302)
            self.send_header("Location", route.location)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if route.mode == "fail_once" and route.hits == 1:
            self.send_response(503)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        body, start = route.body, 0
        wanted = self.headers.get("Range")
        if wanted and route.mode != "no_range":
            start = int(wanted.removeprefix("bytes=").rstrip("-"))
        self.send_response(206 if start else 200)
        if start:
            self.send_header("Content-Range", f"bytes {start}-{len(body) - 1}/{len(body)}")
        if route.mode != "no_length":  # without it, the end of the body is the connection's
            self.send_header("Content-Length", str(len(body) - start))
        for name, value in route.headers.items():
            self.send_header(name, value)
        self.end_headers()
        payload = body[start:]
        try:
            if route.mode == "hold":
                self.wfile.write(payload[: len(payload) // 2])
                self.wfile.flush()
                route.sending.set()
                route.resume.wait(60)
                return
            if route.mode == "slow":
                time.sleep(1.0)
            cut = route.mode == "cut_always" or (route.mode in {"cut_once", "no_range"}
                                                  and route.hits == 1)
            self.wfile.write(payload[: len(payload) // 2] if cut else payload)
            self.wfile.flush()
        except OSError:
            pass  # the client gave up (timeout test)


class ReleaseServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.routes: dict[str, Route] = {}
        self.log: list[tuple[str, str | None]] = []

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/releases"

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a client that hung up mid-response is part of the tests

    def publish(self, tag: str, obo: bytes, hpoa: bytes, mode: str = "ok",
                **headers: str) -> None:
        for name, body in (("hp.obo", obo), ("phenotype.hpoa", hpoa)):
            self.routes[f"/releases/download/{tag}/{name}"] = Route(body, mode, headers=headers)

    def publish_latest(self, tag: str) -> None:
        for name in ("hp.obo", "phenotype.hpoa"):
            self.routes[f"/releases/latest/download/{name}"] = Route(
                b"", "redirect", location=f"/releases/download/{tag}/{name}"
            )


@pytest.fixture
def server() -> Iterator[ReleaseServer]:
    srv = ReleaseServer()
    thread = threading.Thread(target=srv.serve_forever, args=(0.02,), daemon=True)
    thread.start()
    try:
        yield srv
    finally:
        for route in srv.routes.values():
            route.resume.set()
        srv.shutdown()
        srv.server_close()


def fast(server: ReleaseServer, **kwargs: Any) -> DownloadOptions:
    values: dict[str, Any] = {"base_url": server.url, "timeout": 0.3, "retries": 2,
                              "backoff": 0.0}
    values.update(kwargs)
    return DownloadOptions(**values)


# ---- import, verify, activate ----


def test_import_installs_verifies_and_activates(store: Path) -> None:
    outcome = import_fixture(store)
    assert outcome.action == "installed"
    assert outcome.active == BASE_DATE and outcome.previous == "embedded"
    assert active_tag() == BASE_DATE
    manifest = releases.read_manifest(BASE_DATE)
    assert manifest.release_date == BASE_DATE
    assert manifest.counts == releases.Counts(terms=11, diseases=4, annotations=9)
    assert {f.name for f in manifest.files} == {"hp.obo", "phenotype.hpoa"}
    assert all(len(f.sha256) == 64 for f in manifest.files)
    pointer = json.loads((releases_dir() / "active.json").read_text())
    assert pointer["tag"] == BASE_DATE and pointer["previous"] == "embedded"
    # The engine follows the pointer, on a cache built during verification.
    assert list((store / "cache").glob("knowledge-*.bin"))
    assert Engine.load().data_release == BASE_DATE


def test_reimporting_identical_files_is_a_no_op(store: Path) -> None:
    import_fixture(store)
    again = import_fixture(store)
    assert again.action == "already installed"
    assert store_entries() == [BASE_DATE, "active.json"]


def test_same_tag_with_other_files_needs_force(store: Path) -> None:
    import_fixture(store)
    obo, hpoa = release_texts(extra_rows=1)
    folder = write_release(store / "changed", obo, hpoa)
    with pytest.raises(ReleaseError, match="already installed with different files"):
        releases.import_release(folder)
    replaced = releases.import_release(folder, force=True)
    assert replaced.action == "replaced" and replaced.manifest is not None
    assert replaced.manifest.counts.annotations == 10
    assert store_entries() == [BASE_DATE, "active.json"]


@pytest.mark.parametrize("case", sorted(bad_releases()))
def test_bad_release_is_rejected_and_active_release_kept(store: Path, case: str) -> None:
    import_fixture(store)
    pointer_before = (releases_dir() / "active.json").read_bytes()
    obo, hpoa, message = bad_releases()[case]
    folder = write_release(store / "bad", obo, hpoa)
    with pytest.raises(ReleaseError, match=message):
        releases.import_release(folder, tag="candidate")
    assert (releases_dir() / "active.json").read_bytes() == pointer_before
    assert store_entries() == [BASE_DATE, "active.json"]  # no staging left behind
    assert Engine.load().rank(["HP:0001250"]).data_release == BASE_DATE
    assert len(list((store / "cache").glob("knowledge-*.bin"))) == 1  # no cache of the reject


def test_count_bounds_compare_with_the_active_release(store: Path) -> None:
    import_fixture(store)
    obo, hpoa = release_texts("2030-02-01", extra_rows=20)  # 9 -> 29 annotations
    folder = write_release(store / "big", obo, hpoa)
    with pytest.raises(ReleaseError, match="29 annotations against 9"):
        releases.import_release(folder)
    assert releases.import_release(folder, check_counts=False).active == "2030-02-01"


def test_missing_folder_or_file_is_reported(store: Path) -> None:
    with pytest.raises(ReleaseError, match="no such folder"):
        releases.import_release(store / "nowhere")
    (store / "half").mkdir()
    (store / "half" / "hp.obo").write_bytes(release_texts()[0])
    with pytest.raises(ReleaseError, match=r"lacks phenotype\.hpoa"):
        releases.import_release(store / "half")


@pytest.mark.parametrize("tag", ["../evil", "a/b", "", ".hidden", "embedded", "x" * 80])
def test_unsafe_or_reserved_tags_are_refused(store: Path, tag: str) -> None:
    with pytest.raises(ReleaseError):
        import_fixture(store, tag=tag)
    assert active_tag() == "embedded"


def test_import_without_activation(store: Path) -> None:
    outcome = import_fixture(store, activate=False)
    assert outcome.action == "installed" and outcome.active == "embedded"
    assert active_tag() == "embedded"
    assert releases.installed_tags() == [BASE_DATE]


# ---- use, rollback, prune, status ----


def test_use_rollback_and_prune(store: Path) -> None:
    import_fixture(store, "2030-01-01")
    import_fixture(store, "2030-02-01")
    assert active_tag() == "2030-02-01"
    back = releases.rollback()
    assert (back.active, back.previous) == ("2030-01-01", "2030-02-01")
    assert Engine.load().data_release == "2030-01-01"
    forth = releases.rollback()  # a second rollback undoes the first
    assert forth.active == "2030-02-01"
    assert releases.use("2030-01-01").active == "2030-01-01"
    assert releases.use("2030-01-01").action == "unchanged"
    with pytest.raises(ReleaseError, match="not installed"):
        releases.use("2031-01-01")
    dry = releases.prune(dry_run=True)
    assert dry.removed == ("2030-02-01",) and releases.installed_tags() == [
        "2030-01-01", "2030-02-01"]
    pruned = releases.prune()
    assert pruned.removed == ("2030-02-01",)
    assert releases.installed_tags() == ["2030-01-01"]
    assert pruned.previous is None  # the previous release is gone, so is the way back to it
    with pytest.raises(ReleaseError, match="no previous release"):
        releases.rollback()
    assert releases.prune().removed == ()


def test_use_refuses_a_release_whose_files_changed(store: Path) -> None:
    import_fixture(store, "2030-01-01")
    import_fixture(store, "2030-02-01")
    hpoa = releases_dir() / "2030-01-01" / "phenotype.hpoa"
    hpoa.write_bytes(hpoa.read_bytes()[:-50])
    with pytest.raises(ReleaseError, match="damaged"):
        releases.use("2030-01-01")
    assert active_tag() == "2030-02-01"


def test_status_lists_active_files_embedded_and_installed(store: Path) -> None:
    import_fixture(store, "2030-01-01")
    import_fixture(store, "2030-02-01")
    report = releases.status().to_dict()
    assert report["active"] == "2030-02-01" and report["previous"] == "2030-01-01"
    assert report["location"].endswith("2030-02-01")
    assert [f["name"] for f in report["files"]] == ["hp.obo", "phenotype.hpoa"]
    assert report["embedded_default"]["tag"] == "embedded"
    tags = {r["tag"]: r for r in report["releases"]}
    assert set(tags) == {"embedded", "2030-01-01", "2030-02-01"}
    assert tags["2030-02-01"]["active"] and tags["2030-01-01"]["counts"]["diseases"] == 4


def test_status_on_a_fresh_store_shows_the_embedded_release(store: Path) -> None:
    report = releases.status()
    assert report.active == "embedded" and report.previous is None
    assert [f.name for f in report.files] == ["hp.obo", "phenotype.hpoa"]
    assert report.files[0].size > 1_000_000


# ---- crash safety and the lock ----


def test_concurrent_command_waits_for_the_lock_then_gives_up(store: Path) -> None:
    with releases.store_lock(), pytest.raises(ReleaseError, match="another whatcauses data"):
        import_fixture(store, lock_timeout=0.2)
    assert active_tag() == "embedded"


def test_concurrent_imports_serialise(store: Path) -> None:
    errors: list[BaseException] = []

    def run(date: str) -> None:
        try:
            import_fixture(store, date, check_counts=False)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(d,)) for d in ("2030-01-01", "2030-02-01")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert releases.installed_tags() == ["2030-01-01", "2030-02-01"]
    pointer = json.loads((releases_dir() / "active.json").read_text())
    assert pointer["tag"] in {"2030-01-01", "2030-02-01"}
    assert pointer["previous"] in {"embedded", "2030-01-01", "2030-02-01"}


def test_leftovers_of_a_killed_command_are_ignored_then_cleaned(store: Path) -> None:
    import_fixture(store)
    leftover = write_release(releases_dir() / ".staging-killed", *release_texts("2030-03-01"))
    assert releases.installed_tags() == [BASE_DATE]
    assert Engine.load().data_release == BASE_DATE
    releases.prune()
    assert not leftover.exists()


def test_interrupted_update_leaves_nothing_half_done(store: Path, server: ReleaseServer) -> None:
    import_fixture(store)
    server.publish("v2030-02-01", *release_texts("2030-02-01"))

    def interrupt(name: str, done: int, total: int | None) -> None:
        if done:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        releases.update("2030-02-01", options=fast(server, progress=interrupt))
    assert active_tag() == BASE_DATE
    assert store_entries() == [BASE_DATE, "active.json"]


# ---- update over HTTP ----


def test_update_named_release(store: Path, server: ReleaseServer) -> None:
    import_fixture(store)
    server.publish("v2030-02-01", *release_texts("2030-02-01"))
    seen: list[tuple[str, int, int | None]] = []
    outcome = releases.update(
        "v2030-02-01", options=fast(server, progress=lambda *a: seen.append(a))
    )
    assert (outcome.active, outcome.previous) == ("2030-02-01", BASE_DATE)
    assert outcome.manifest is not None and outcome.manifest.source.startswith("download http")
    assert seen and seen[-1][1] == seen[-1][2]  # progress reached the announced size
    assert Engine.load().data_release == "2030-02-01"


def test_update_latest_follows_the_redirect_and_reads_the_date(
    store: Path, server: ReleaseServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    server.publish("v2030-04-01", *release_texts("2030-04-01"))
    server.publish_latest("v2030-04-01")
    monkeypatch.setenv("WHATCAUSES_RELEASE_URL", server.url)
    outcome = releases.update(options=DownloadOptions(timeout=2, retries=0))
    assert outcome.active == "2030-04-01"
    assert server.log[0][0] == "/releases/latest/download/hp.obo"


def test_update_resumes_a_download_cut_midway(store: Path, server: ReleaseServer) -> None:
    obo, hpoa = release_texts("2030-02-01")
    server.publish("v2030-02-01", obo, hpoa, mode="cut_once")
    assert releases.update("2030-02-01", options=fast(server)).active == "2030-02-01"
    ranges = [r for path, r in server.log if path.endswith("hp.obo")]
    assert ranges == [None, f"bytes={len(obo) // 2}-"]
    assert releases.read_manifest("2030-02-01").files[0].sha256 == releases.sha256_of(
        releases_dir() / "2030-02-01" / "hp.obo")


def test_update_starts_over_when_the_server_ignores_range(
    store: Path, server: ReleaseServer
) -> None:
    server.publish("v2030-02-01", *release_texts("2030-02-01"), mode="no_range")
    assert releases.update("2030-02-01", options=fast(server)).active == "2030-02-01"


def test_update_retries_a_server_error(store: Path, server: ReleaseServer) -> None:
    server.publish("v2030-02-01", *release_texts("2030-02-01"), mode="fail_once")
    assert releases.update("2030-02-01", options=fast(server)).active == "2030-02-01"


@pytest.mark.parametrize(
    ("mode", "message"),
    [("cut_always", "failed after 3 tries"), ("slow", "timed out")],
)
def test_update_gives_up_and_keeps_the_active_release(
    store: Path, server: ReleaseServer, mode: str, message: str
) -> None:
    import_fixture(store)
    server.publish("v2030-02-01", *release_texts("2030-02-01"), mode=mode)
    started = time.monotonic()
    with pytest.raises(ReleaseError, match=message):
        releases.update("2030-02-01", options=fast(server))
    assert time.monotonic() - started < 10
    assert active_tag() == BASE_DATE
    assert store_entries() == [BASE_DATE, "active.json"]


def test_update_of_a_missing_release_fails_at_once(store: Path, server: ReleaseServer) -> None:
    with pytest.raises(ReleaseError, match="not found"):
        releases.update("2031-01-01", options=fast(server))
    assert len(server.log) == 1
    assert active_tag() == "embedded"


def test_update_rejects_files_of_another_release(store: Path, server: ReleaseServer) -> None:
    server.publish("v2030-02-01", *release_texts("2030-03-01"))
    with pytest.raises(ReleaseError, match="asked for release 2030-02-01"):
        releases.update("2030-02-01", options=fast(server))


def test_update_checks_an_announced_hash(store: Path, server: ReleaseServer) -> None:
    server.publish("v2030-02-01", *release_texts("2030-02-01"),
                   **{"X-Checksum-Sha256": "0" * 64})
    with pytest.raises(ReleaseError, match="SHA-256"):
        releases.update("2030-02-01", options=fast(server))
    assert active_tag() == "embedded"


@pytest.mark.parametrize("case", ["truncated at a line", "mismatched dates", "html instead of obo"])
def test_update_rejects_a_bad_release(store: Path, server: ReleaseServer, case: str) -> None:
    import_fixture(store)
    obo, hpoa, message = bad_releases()[case]
    server.publish("v2030-02-01", obo, hpoa)
    with pytest.raises(ReleaseError, match=message):
        releases.update("2030-02-01", options=fast(server))
    assert active_tag() == BASE_DATE


MONDO_TABLE = (
    "# curie_map:\n#   MONDO: http://purl.obolibrary.org/obo/MONDO_\n"
    "subject_id\tsubject_label\tpredicate_id\tobject_id\tmapping_justification\n"
    "MONDO:0000001\ttest disease\tskos:exactMatch\tOMIM:900003\tsemapv:ManualMappingCuration\n"
)


def test_update_with_mondo_keeps_the_mappings_beside_the_release(
    store: Path, server: ReleaseServer
) -> None:
    server.publish("v2030-02-01", *release_texts("2030-02-01"))
    for name in releases.MONDO_FILES:
        server.routes[f"/mondo/{name}"] = Route(MONDO_TABLE.encode())
    mondo = server.url.replace("/releases", "/mondo")
    outcome = releases.update("2030-02-01", with_mondo=True,
                              options=fast(server, mondo_url=mondo))
    assert outcome.manifest is not None
    assert [f.name for f in outcome.manifest.mondo_files] == list(releases.MONDO_FILES)
    assert (releases_dir() / "2030-02-01" / "mondo" / releases.MONDO_FILES[0]).is_file()


def test_update_rejects_a_mondo_file_that_is_not_sssom(
    store: Path, server: ReleaseServer
) -> None:
    server.publish("v2030-02-01", *release_texts("2030-02-01"))
    for name in releases.MONDO_FILES:
        server.routes[f"/mondo/{name}"] = Route(b"<html>rate limited</html>\n")
    with pytest.raises(ReleaseError, match="not an SSSOM"):
        releases.update("2030-02-01", with_mondo=True,
                        options=fast(server, mondo_url=server.url.replace("/releases", "/mondo")))
    assert active_tag() == "embedded"


def test_asset_urls_follow_the_github_release_layout() -> None:
    base = releases.DEFAULT_RELEASE_URL
    assert releases.asset_url(base, None, "hp.obo") == f"{base}/latest/download/hp.obo"
    assert (releases.asset_url(base, "2025-01-16", "phenotype.hpoa")
            == f"{base}/download/v2025-01-16/phenotype.hpoa")
    assert (releases.asset_url(base, "v2025-01-16", "hp.obo")
            == f"{base}/download/v2025-01-16/hp.obo")


def test_use_repairs_an_unreadable_pointer(store: Path) -> None:
    import_fixture(store)
    (releases_dir() / "active.json").write_text("{not json")
    with pytest.raises(ReleaseError, match="pointer"):
        releases.rollback()
    outcome = releases.use(BASE_DATE)
    assert (outcome.active, outcome.previous) == (BASE_DATE, None)
    assert Engine.load().data_release == BASE_DATE


def test_a_full_disk_is_a_clear_error(store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_space(*args: Any, **kwargs: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(install, "copy_capped", no_space)
    with pytest.raises(ReleaseError, match="import failed: No space left on device"):
        import_fixture(store)
    assert active_tag() == "embedded"
    assert store_entries() == []


# ---- limits: headers and sizes are checked before anything is copied or downloaded ----


def sparse_file(path: Path, head: bytes, size: int) -> Path:
    """A file of ``size`` bytes that starts with ``head`` and takes no disk space beyond it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as handle:
        handle.write(head)
        handle.truncate(size)
    return path


@pytest.mark.parametrize("name", ["hp.obo", "phenotype.hpoa"])
def test_import_refuses_a_huge_sparse_file_at_once(
    store: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    folder = write_release(store / "huge", *release_texts())
    head = (folder / name).read_bytes()
    sparse_file(folder / name, head, 2 * 1024**3)  # 2 GiB, with the right header
    copied: list[Path] = []
    monkeypatch.setattr(install, "copy_capped", lambda src, *a: copied.append(src))
    started = time.monotonic()
    with pytest.raises(ReleaseError, match=rf"{name} is 2,147,483,648 bytes, over the"):
        releases.import_release(folder)
    assert time.monotonic() - started < 2
    assert copied == []
    assert active_tag() == "embedded"


def test_import_checks_every_header_before_copying(
    store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    obo, hpoa = release_texts()
    folder = write_release(store / "wrong", obo, b"<html>Not Found</html>\n" + hpoa)
    (folder / "mondo").mkdir()
    (folder / "mondo" / releases.MONDO_FILES[0]).write_text("not a table\n")
    copied: list[Path] = []
    monkeypatch.setattr(install, "copy_capped", lambda src, *a: copied.append(src))
    with pytest.raises(ReleaseError, match=r"phenotype\.hpoa is not the HPO annotation columns"):
        releases.import_release(folder)
    (folder / "phenotype.hpoa").write_bytes(hpoa)
    with pytest.raises(ReleaseError, match="is not an SSSOM mapping table"):
        releases.import_release(folder)
    assert copied == []


def test_a_file_that_grows_while_copied_is_stopped_at_its_cap(
    store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = write_release(store / "growing", *release_texts())
    # The check saw the file small; it grows past the cap before the copy reads it.
    monkeypatch.setitem(limits.MAX_FILE_BYTES, "hp.obo", 10_000)
    monkeypatch.setattr(install, "check_source_file", lambda name, path: None)
    sparse_file(folder / "hp.obo", (folder / "hp.obo").read_bytes(), 50_000)
    with pytest.raises(ReleaseError, match="grew past its 10,000-byte limit"):
        releases.import_release(folder)
    assert store_entries() == []


@pytest.mark.parametrize("mode", ["ok", "no_length"])
def test_update_stops_a_download_over_the_size_cap(
    store: Path, server: ReleaseServer, monkeypatch: pytest.MonkeyPatch, mode: str
) -> None:
    obo, hpoa = release_texts("2030-02-01")
    monkeypatch.setitem(limits.MAX_FILE_BYTES, "hp.obo", len(obo) - 1)
    server.publish("v2030-02-01", obo, hpoa, mode=mode)
    with pytest.raises(ReleaseError, match=rf"hp\.obo is {len(obo):,} bytes, over the"):
        releases.update("2030-02-01", options=fast(server))
    assert [path for path, _ in server.log] == ["/releases/download/v2030-02-01/hp.obo"]
    assert active_tag() == "embedded"
    assert store_entries() == []


def test_update_stops_at_a_wrong_header_before_the_next_file(
    store: Path, server: ReleaseServer
) -> None:
    hpoa = release_texts("2030-02-01")[1]
    page = b"<!DOCTYPE html><html>" + b"x" * (2 * limits.HEADER_BYTES) + b"</html>\n"
    server.publish("v2030-02-01", page, hpoa)
    seen: list[int] = []
    options = fast(server, progress=lambda name, done, total: seen.append(done))
    with pytest.raises(ReleaseError, match=r"hp\.obo is not an OBO ontology"):
        releases.update("2030-02-01", options=options)
    assert [path for path, _ in server.log] == ["/releases/download/v2030-02-01/hp.obo"]
    assert max(seen) < len(page)  # refused on its first bytes, not after the whole page


def test_lock_is_a_filelock_that_a_second_holder_waits_for(store: Path) -> None:
    from filelock import FileLock, Timeout

    with releases.store_lock():
        other = FileLock(releases_dir() / releases.LOCK_NAME)
        with pytest.raises(Timeout):
            other.acquire(timeout=0.1)
    with FileLock(releases_dir() / releases.LOCK_NAME, timeout=1):
        pass  # released when the block ends
