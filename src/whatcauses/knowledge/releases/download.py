"""Downloading release files over HTTP: resumable, size-capped, header- and hash-checked."""

from __future__ import annotations

import base64
import binascii
import contextlib
import os
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from whatcauses.errors import ReleaseError
from whatcauses.knowledge.releases.limits import HEADER_BYTES, HeadProbe, check_size, size_limit
from whatcauses.knowledge.releases.manifest import sha256_of
from whatcauses.knowledge.releases.tags import remote_tag

if TYPE_CHECKING:
    import httpx

DEFAULT_RELEASE_URL = "https://github.com/obophenotype/human-phenotype-ontology/releases"
DEFAULT_MONDO_URL = (
    "https://raw.githubusercontent.com/monarch-initiative/mondo/master/src/ontology/mappings"
)
RELEASE_URL_ENV = "WHATCAUSES_RELEASE_URL"
MONDO_URL_ENV = "WHATCAUSES_MONDO_URL"

Progress = Callable[[str, int, int | None], None]
"""Called as ``progress(file_name, bytes_done, bytes_total_or_None)`` while downloading."""


@dataclass(frozen=True, slots=True)
class DownloadOptions:
    """Network behaviour of :func:`~.install.update`; tests shorten the timeouts and back-off."""

    base_url: str | None = None  # default: $WHATCAUSES_RELEASE_URL, else the HPO GitHub releases
    mondo_url: str | None = None  # default: $WHATCAUSES_MONDO_URL, else MONDO's mappings folder
    timeout: float = 60.0  # seconds without progress (connect, read) before a try fails
    retries: int = 4  # further tries after a transient failure, each resuming where it stopped
    backoff: float = 1.0  # seconds before the first retry, doubled each time
    progress: Progress | None = None


def release_base_url(explicit: str | None = None) -> str:
    return (explicit or os.environ.get(RELEASE_URL_ENV) or DEFAULT_RELEASE_URL).rstrip("/")


def mondo_base_url(explicit: str | None = None) -> str:
    return (explicit or os.environ.get(MONDO_URL_ENV) or DEFAULT_MONDO_URL).rstrip("/")


def asset_url(base: str, release: str | None, name: str) -> str:
    """Where GitHub serves a file of a release (the latest one when ``release`` is None)."""
    if release is None or release == "latest":
        return f"{base}/latest/download/{name}"
    return f"{base}/download/{remote_tag(release)}/{name}"


def http_client(options: DownloadOptions) -> httpx.Client:
    import httpx

    from whatcauses.version import __version__

    return httpx.Client(
        follow_redirects=True,
        timeout=httpx.Timeout(options.timeout),
        headers={"User-Agent": f"whatcauses/{__version__} (data update)"},
    )


class _TransientError(Exception):
    """A failure worth another try (network hiccup, timeout, 5xx)."""


class _NotFoundError(Exception):
    """HTTP 404: the server has no such file."""


def download(client: httpx.Client, url: str, target: Path, options: DownloadOptions, *,
             missing_ok: bool = False) -> bool:
    """Stream ``url`` to ``target``, resuming with HTTP Range after transient failures.

    Returns True; with ``missing_ok``, False when the server has no such file (HTTP 404, no
    ``target`` written): an optional file of a release.

    The size announced by the server (Content-Length / Content-Range) must be met exactly,
    and a SHA-256 digest header, when the server sends one, must match. The file's header
    and its size cap (:mod:`.limits`, by the name of ``target``) are checked as the first
    bytes arrive, so a wrong or oversized file stops the download at once.
    """
    import httpx

    attempts = options.retries + 1
    last = ""
    for attempt in range(attempts):
        if attempt:
            time.sleep(options.backoff * 2 ** (attempt - 1))
        try:
            _download_once(client, url, target, options)
            return True
        except _NotFoundError:
            if missing_ok:
                target.unlink(missing_ok=True)
                return False
            raise ReleaseError(f"not found: {url} (is the release tag right?)") from None
        except _TransientError as exc:
            last = str(exc)
        except httpx.TimeoutException:
            last = f"timed out after {options.timeout:g} s without data"
        except httpx.TransportError as exc:
            last = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    raise ReleaseError(f"download of {url} failed after {attempts} tries: {last}")


def _download_once(client: httpx.Client, url: str, target: Path,
                   options: DownloadOptions) -> None:
    name = target.name
    have = target.stat().st_size if target.exists() else 0
    headers = {"Range": f"bytes={have}-"} if have else {}
    with client.stream("GET", url, headers=headers) as response:
        code = response.status_code
        if code == 416 and have:
            # Asked to resume past the end: the previous try had already got everything.
            _check_complete(target, _total_from_range(response), response)
            HeadProbe(name, _head_on_disk(target)).finish()
            return
        if code in (408, 425, 429) or code >= 500:
            raise _TransientError(f"HTTP {code} from {url}")
        if code == 404:
            raise _NotFoundError(url)
        if code not in (200, 206):
            raise ReleaseError(f"HTTP {code} from {url}")
        if code == 206 and have:
            total = _total_from_range(response)
            mode = "ab"
        else:
            have, mode = 0, "wb"  # the server ignored Range: start over
            length = response.headers.get("Content-Length")
            total = int(length) if length and length.isdigit() else None
        if total is not None:
            check_size(name, total)
        limit = size_limit(name)
        probe = HeadProbe(name, _head_on_disk(target) if have else b"")
        with target.open(mode) as handle:
            done = have
            _report(options, name, done, total)
            # No chunk_size: httpx would hold back a partial chunk, losing it on a dropped
            # connection, and resuming needs every byte that arrived on disk.
            for chunk in response.iter_bytes():
                done += len(chunk)
                if done > limit:
                    check_size(name, done)
                probe.feed(chunk)
                handle.write(chunk)
                _report(options, name, done, total)
            handle.flush()
            os.fsync(handle.fileno())
        _check_complete(target, total, response)
        probe.finish()


def _head_on_disk(target: Path) -> bytes:
    with target.open("rb") as handle:
        return handle.read(HEADER_BYTES)


def _report(options: DownloadOptions, name: str, done: int, total: int | None) -> None:
    if options.progress is not None:
        options.progress(name, done, total)


def _total_from_range(response: httpx.Response) -> int | None:
    match = re.search(r"/(\d+)\s*$", response.headers.get("Content-Range", ""))
    return int(match.group(1)) if match else None


def _check_complete(target: Path, total: int | None, response: httpx.Response) -> None:
    size = target.stat().st_size
    if total is not None and size < total:
        raise _TransientError(f"{target.name}: got {size} of {total} bytes")
    if total is not None and size > total:
        target.unlink()
        raise _TransientError(f"{target.name}: got {size} bytes, more than the {total} announced")
    expected = _sha256_header(response)
    if expected and sha256_of(target) != expected:
        target.unlink()
        raise ReleaseError(f"{target.name} does not match the SHA-256 the server announced")


def _sha256_header(response: httpx.Response) -> str | None:
    """A SHA-256 from ``Repr-Digest``/``Digest`` (base64) or ``X-Checksum-Sha256`` (hex)."""
    plain: str | None = response.headers.get("X-Checksum-Sha256")
    if plain:
        return plain.strip().lower()
    for header in ("Repr-Digest", "Digest"):
        value: str = response.headers.get(header, "")
        match = re.search(r"sha-256=:?([A-Za-z0-9+/=]+):?", value, flags=re.IGNORECASE)
        if match:
            with contextlib.suppress(binascii.Error):
                return base64.b64decode(match.group(1)).hex()
    return None
