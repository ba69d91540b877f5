"""Finding source files and reading them safely.

Every way a file can be unusable becomes a ``SourceError`` with a reason a
person can act on; nothing here raises anything else for a bad file.
"""

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from ..constants import MAX_SOURCE_BYTES, SOURCE_SUFFIX


class SourceError(Exception):
    """A source file that cannot be imported, with the reason why."""


@dataclass(frozen=True)
class SourceFile:
    path: Path
    display_path: str  # as stored in Article.source_path
    text: str  # decoded, exactly as read
    sha256: str
    size: int


def display_path(path):
    """The path as the archive records it: relative to the working directory when inside it."""
    resolved = Path(path).resolve()
    try:
        return str(resolved.relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(resolved)


def discover(paths):
    """Yield ``(path, error)`` for every source file under ``paths``, in a stable order.

    A directory is walked recursively for ``*.txt`` (hidden files and folders
    skipped); a file is taken whatever its name; a missing path yields an error.
    """
    seen = set()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(
                p
                for p in path.rglob(f"*{SOURCE_SUFFIX}")
                if p.is_file() and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            candidates = [(p, None) for p in found]
        elif path.exists():
            candidates = [(path, None)]
        else:
            candidates = [(path, "no such file or directory")]
        for candidate, error in candidates:
            key = os.path.realpath(candidate)
            if key in seen:
                continue
            seen.add(key)
            yield candidate, error


def _describe_size(size):
    return f"{size / 1024 / 1024:.1f} MB" if size >= 1024 * 1024 else f"{size} bytes"


def read_source(path, max_bytes=None):
    """Read and decode one source file, or raise ``SourceError`` saying why not."""
    path = Path(path)
    if max_bytes is None:
        max_bytes = MAX_SOURCE_BYTES
    try:
        if not path.is_file():
            raise SourceError("not a regular file")
        size = path.stat().st_size
        if size > max_bytes:
            raise SourceError(f"too large: {_describe_size(size)}, the limit is {_describe_size(max_bytes)}")
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as error:
        raise SourceError(f"cannot read: {error.strerror or error}") from error
    if len(data) > max_bytes:
        raise SourceError(f"too large: more than {_describe_size(max_bytes)}")
    if not data.strip():
        raise SourceError("empty file")
    if b"\x00" in data:
        raise SourceError("binary file (contains NUL bytes), not a text article")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise SourceError(
            f"not UTF-8: byte 0x{data[error.start]:02x} at offset {error.start} is invalid ({error.reason})"
        ) from error
    return SourceFile(
        path=path,
        display_path=display_path(path),
        text=text,
        sha256=hashlib.sha256(data).hexdigest(),
        size=len(data),
    )
