"""Installed HPO data releases: status, download, verify, install, activate, roll back, prune.

Store layout under :func:`~whatcauses.knowledge.sources.releases_dir`::

    releases/
      active.json          {"tag", "previous", "activated_at"}; absent means the embedded default
      .lock                held (filelock) by every command that changes the store
      .staging-XXXX/       a release being downloaded or verified (never read by the engine)
      <TAG>/hp.obo
      <TAG>/phenotype.hpoa
      <TAG>/release.json   the manifest: release date, counts, sha256 and size of each file
      <TAG>/mondo/*.sssom.tsv   optional MONDO equivalence mappings

A release becomes visible in two renames: its verified staging folder to ``<TAG>``, then a
new pointer over ``active.json``. A crash or Ctrl-C before the second rename leaves the old
pointer in place, so the engine never reads a half-installed release; leftover staging
folders are removed by the next command that takes the lock.

Modules, in the order a release passes through them:

    tags          which tags are valid; HPO's GitHub tag and date of a tag
    limits        size caps and header checks, before anything is copied or downloaded
    download      resumable, size-capped, hash-checked HTTP downloads
    staging       staging folders, flushed to disk before they are published
    verification  full parse and sanity checks of a staged release
    manifest      release.json and the file records in it
    lock          the store's lock (filelock) and file-error reporting
    activation    the active-release pointer; use, rollback
    install       import, update, prune
    status        what the store holds
"""

from whatcauses.knowledge.releases.activation import Outcome, check_installed, rollback, use
from whatcauses.knowledge.releases.download import (
    DEFAULT_MONDO_URL,
    DEFAULT_RELEASE_URL,
    MONDO_URL_ENV,
    RELEASE_URL_ENV,
    DownloadOptions,
    Progress,
    asset_url,
    mondo_base_url,
    release_base_url,
)
from whatcauses.knowledge.releases.install import import_release, prune, update
from whatcauses.knowledge.releases.limits import HEADER_BYTES, MAX_FILE_BYTES, MONDO_FILES
from whatcauses.knowledge.releases.lock import LOCK_NAME, store_lock
from whatcauses.knowledge.releases.manifest import (
    MANIFEST_NAME,
    Counts,
    FileRecord,
    ReleaseManifest,
    installed_tags,
    read_manifest,
    sha256_of,
)
from whatcauses.knowledge.releases.staging import STAGING_PREFIX
from whatcauses.knowledge.releases.status import InstalledRelease, StoreStatus, status
from whatcauses.knowledge.releases.tags import check_tag, remote_tag
from whatcauses.knowledge.releases.verification import (
    MAX_COUNT_RATIO,
    MAX_UNKNOWN_TERM_SHARE,
    MIN_ANNOUNCED_SHARE,
    MIN_COUNT_RATIO,
    verify_files,
)

__all__ = [
    "DEFAULT_MONDO_URL",
    "DEFAULT_RELEASE_URL",
    "HEADER_BYTES",
    "LOCK_NAME",
    "MANIFEST_NAME",
    "MAX_COUNT_RATIO",
    "MAX_FILE_BYTES",
    "MAX_UNKNOWN_TERM_SHARE",
    "MIN_ANNOUNCED_SHARE",
    "MIN_COUNT_RATIO",
    "MONDO_FILES",
    "MONDO_URL_ENV",
    "RELEASE_URL_ENV",
    "STAGING_PREFIX",
    "Counts",
    "DownloadOptions",
    "FileRecord",
    "InstalledRelease",
    "Outcome",
    "Progress",
    "ReleaseManifest",
    "StoreStatus",
    "asset_url",
    "check_installed",
    "check_tag",
    "import_release",
    "installed_tags",
    "mondo_base_url",
    "prune",
    "read_manifest",
    "release_base_url",
    "remote_tag",
    "rollback",
    "sha256_of",
    "status",
    "store_lock",
    "update",
    "use",
    "verify_files",
]
