"""Release tags: which names may label an installed release, and how they map to HPO's tags."""

from __future__ import annotations

import re

from whatcauses.errors import ReleaseError

# Letters, digits, '.', '_' and '-' only, not starting with a dot: a tag is a folder name in the
# store, so it must not escape the store ('..', '/') or clash with its own dot files.
_TAG = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")
RELEASE_DATE = re.compile(r"(\d{4}-\d{2}-\d{2})")
"""An HPO release date, as found in tags (``v2025-01-16``) and in the files' headers."""


def check_tag(tag: str) -> str:
    """Reject tags that could escape the store or clash with its own files."""
    if not _TAG.match(tag):
        raise ReleaseError(
            f"invalid release tag {tag!r}: use letters, digits, '.', '_' or '-' (e.g. 2025-01-16)"
        )
    return tag


def remote_tag(release: str) -> str:
    """The GitHub tag of a release: ``2025-01-16`` and ``v2025-01-16`` both give the latter."""
    check_tag(release)
    return f"v{release}" if RELEASE_DATE.fullmatch(release) else release


def date_of_tag(release: str) -> str | None:
    """The release date a tag names (``v2025-01-16`` -> ``2025-01-16``), if it names one."""
    match = RELEASE_DATE.fullmatch(release.removeprefix("v"))
    return match.group(1) if match else None
