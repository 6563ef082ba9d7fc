"""Installing releases (import from a folder, update over HTTP) and removing them (prune).

Files are checked cheaply first (:mod:`.limits`), staged, verified in full
(:mod:`.verification`), then published by renaming the staging folder to ``<TAG>`` and, when
asked, by moving the active-release pointer (:mod:`.activation`).
"""

from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path

from whatcauses.errors import ReleaseError
from whatcauses.knowledge.releases.activation import (
    Outcome,
    current_pointer,
    files_of,
    read_pointer,
    write_pointer,
)
from whatcauses.knowledge.releases.activation import activate as activate_release
from whatcauses.knowledge.releases.download import (
    DownloadOptions,
    asset_url,
    download,
    http_client,
    mondo_base_url,
    release_base_url,
)
from whatcauses.knowledge.releases.limits import MONDO_FILES, check_source_file, copy_capped
from whatcauses.knowledge.releases.lock import file_errors, store_lock
from whatcauses.knowledge.releases.manifest import (
    ReleaseManifest,
    file_record,
    installed_tags,
    read_manifest,
    utc_now,
    write_manifest,
)
from whatcauses.knowledge.releases.staging import STAGING_PREFIX, fsync_tree, staging_folder
from whatcauses.knowledge.releases.tags import check_tag, date_of_tag
from whatcauses.knowledge.releases.verification import verify_files, verify_mondo
from whatcauses.knowledge.sources import (
    EMBEDDED_TAG,
    GENES_NAME,
    HPOA_NAME,
    OBO_NAME,
    genes_file,
    releases_dir,
)


def import_release(
    folder: Path,
    *,
    tag: str | None = None,
    check_counts: bool = True,
    force: bool = False,
    activate: bool = True,
    lock_timeout: float = 30.0,
) -> Outcome:
    """Install (and activate) a release from a local folder holding hp.obo and phenotype.hpoa.

    HPO's genes_to_phenotype.txt found beside them is kept too (questions that name a gene
    use it), and so are MONDO mapping files (beside them or in a ``mondo`` sub-folder). Every
    file's size and header are checked before anything is copied.
    """
    if not folder.is_dir():
        raise ReleaseError(f"no such folder: {folder}")
    missing = [n for n in (OBO_NAME, HPOA_NAME) if not (folder / n).is_file()]
    if missing:
        raise ReleaseError(f"{folder} lacks {' and '.join(missing)}")
    if tag is not None:
        check_tag(tag)
    sources = {OBO_NAME: folder / OBO_NAME, HPOA_NAME: folder / HPOA_NAME}
    genes = genes_file(folder)
    if genes is not None:
        sources[GENES_NAME] = genes
    for name in MONDO_FILES:
        found = next((c for c in (folder / name, folder / "mondo" / name) if c.is_file()), None)
        if found is not None:
            sources[name] = found
    with file_errors("import"):
        for name, path in sources.items():
            check_source_file(name, path)
    with file_errors("import"), store_lock(lock_timeout), staging_folder() as staging:
        for name, path in sources.items():
            target = staging / name if name not in MONDO_FILES else staging / "mondo" / name
            target.parent.mkdir(exist_ok=True)
            copy_capped(path, target, name)
        return _install_staged(staging, tag=tag, source=f"import {folder.resolve()}",
                               expected_date=None, check_counts=check_counts, force=force,
                               activate=activate)


def update(
    release: str | None = None,
    *,
    with_mondo: bool = False,
    options: DownloadOptions | None = None,
    check_counts: bool = True,
    force: bool = False,
    lock_timeout: float = 30.0,
) -> Outcome:
    """Download the latest (or a named) release, verify it, install it and activate it.

    The release's genes_to_phenotype.txt is fetched too, from the same place; a release that
    does not publish it (HTTP 404) is installed without it.
    """
    chosen = options or DownloadOptions()
    base = release_base_url(chosen.base_url)
    wanted = None if release in (None, "latest") else release
    expected_date = date_of_tag(wanted) if wanted is not None else None
    urls = {name: asset_url(base, wanted, name) for name in (OBO_NAME, HPOA_NAME)}
    with file_errors("update"), store_lock(lock_timeout), staging_folder() as staging:
        with http_client(chosen) as client:
            for name, url in urls.items():
                download(client, url, staging / name, chosen)
            download(client, asset_url(base, wanted, GENES_NAME), staging / GENES_NAME, chosen,
                     missing_ok=True)
            if with_mondo:
                (staging / "mondo").mkdir()
                mondo_base = mondo_base_url(chosen.mondo_url)
                for name in MONDO_FILES:
                    download(client, f"{mondo_base}/{name}", staging / "mondo" / name, chosen)
        return _install_staged(staging, tag=None, source=f"download {urls[OBO_NAME]}",
                               expected_date=expected_date, check_counts=check_counts,
                               force=force, activate=True)


def prune(*, dry_run: bool = False, lock_timeout: float = 30.0) -> Outcome:
    """Remove every installed release except the active one (the embedded one always stays)."""
    from whatcauses.knowledge.base import knowledge_cache_path  # numpy: only when pruning
    from whatcauses.version import __version__

    with file_errors("prune"), store_lock(lock_timeout):
        pointer = read_pointer()
        current = str(pointer.get("tag") or EMBEDDED_TAG)
        doomed = [t for t in installed_tags() if t != current]
        if not dry_run:
            for tag in doomed:
                with contextlib.suppress(OSError):
                    knowledge_cache_path(files_of(tag), __version__).unlink(missing_ok=True)
                shutil.rmtree(releases_dir() / tag)
            if pointer and pointer.get("previous") in doomed:
                write_pointer(current, None)
        verb = "would remove" if dry_run else "removed"
        message = f"{verb} {len(doomed)} release(s)" + (f": {', '.join(doomed)}" if doomed else "")
        return Outcome("pruned", current, read_pointer().get("previous"), message, None,
                       tuple(doomed))


def _baseline() -> ReleaseManifest | None:
    # Counts are compared with the release in use when it is an installed one. The embedded
    # default has no manifest; comparing with it would need a full compile at every update.
    tag = current_pointer()[0]
    if tag is None or tag == EMBEDDED_TAG:
        return None
    try:
        return read_manifest(tag)
    except ReleaseError:
        return None


def _install_staged(
    staging: Path,
    *,
    tag: str | None,
    source: str,
    expected_date: str | None,
    check_counts: bool,
    force: bool,
    activate: bool,
) -> Outcome:
    """Verify a filled staging folder, move it into place and (optionally) activate it."""
    obo, hpoa, genes = staging / OBO_NAME, staging / HPOA_NAME, genes_file(staging)
    baseline = _baseline() if check_counts else None
    counts, release_date, data_version, hpoa_version = verify_files(
        obo, hpoa, baseline=baseline, expected_date=expected_date, genes=genes
    )
    chosen = check_tag(tag or release_date)
    if chosen == EMBEDDED_TAG:
        raise ReleaseError(f"{EMBEDDED_TAG!r} is reserved for the packaged default release")
    mondo = tuple(verify_mondo(staging / "mondo" / name) for name in MONDO_FILES
                  if (staging / "mondo" / name).is_file())
    manifest = ReleaseManifest(
        tag=chosen,
        release_date=release_date,
        data_version=data_version,
        hpoa_version=hpoa_version,
        counts=counts,
        files=(file_record(obo), file_record(hpoa),
               *((file_record(genes),) if genes is not None else ())),
        source=source,
        installed_at=utc_now(),
        mondo_files=mondo,
    )
    write_manifest(staging, manifest)
    fsync_tree(staging)
    manifest, action = _publish(staging, manifest, force)
    if not activate:
        pointer = read_pointer()
        current = str(pointer.get("tag") or EMBEDDED_TAG)
        return Outcome(action, current, pointer.get("previous"),
                       f"{action} release {chosen} (not activated; {current} stays active)",
                       manifest)
    return activate_release(chosen, action, manifest)


def _publish(staging: Path, manifest: ReleaseManifest, force: bool
             ) -> tuple[ReleaseManifest, str]:
    """Rename the staging folder to its tag; returns the manifest in force and the action."""
    chosen = manifest.tag
    target = releases_dir() / chosen
    if not target.exists():
        os.replace(staging, target)
        return manifest, "installed"
    existing = None
    with contextlib.suppress(ReleaseError):
        existing = read_manifest(chosen)
    if existing is not None and existing.files == manifest.files and not force:
        return existing, "already installed"
    if existing is not None and not force:
        raise ReleaseError(
            f"release {chosen!r} is already installed with different files; choose another "
            "--tag or replace it with --force"
        )
    # Swap folders with the old one parked aside, so the tag never names a half copy.
    parked = releases_dir() / f"{STAGING_PREFIX}old-{chosen}"
    os.replace(target, parked)
    os.replace(staging, target)
    shutil.rmtree(parked, ignore_errors=True)
    return manifest, "replaced"
