"""Finding source files and reading them safely.

Every way a file can be unusable becomes a ``SourceError`` with a reason a
person can act on; nothing here raises anything else for a bad file.
"""

import errno
import hashlib
import os
import stat
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


def printable(path):
    """``path`` as one printable line: bytes that are not UTF-8 as ``\\xNN``, control characters escaped."""
    text = os.fsencode(str(path)).decode("utf-8", "backslashreplace")
    return "".join(
        char if char.isprintable() or char == " " else char.encode("unicode_escape").decode("ascii")
        for char in text
    )


def is_source_name(name):
    """A file the folder walk imports: ``*.txt`` in any case (``NOTES.TXT`` too), not hidden."""
    return name.lower().endswith(SOURCE_SUFFIX) and not name.startswith(".")


def _link_problem(path):
    """Why a symbolic link at ``path`` cannot be followed, or None."""
    if not os.path.islink(path):
        return None
    try:
        os.stat(path)
    except OSError as error:
        if error.errno == errno.ELOOP:
            return "symbolic link loop: the link leads back to itself"
        return f"broken symbolic link to {printable(os.readlink(path))}"
    return None


def _walk(root):
    """``(path, error)`` for every source file under the folder ``root``, and for every folder it cannot read.

    Symbolic links to folders are followed, each real folder walked once
    (a link back to an ancestor is no loop); hidden files and folders are skipped.
    """
    found = []
    visited = set()

    def unreadable(error):
        found.append((Path(error.filename), f"cannot read folder: {error.strerror or error}"))

    for folder, subfolders, names in os.walk(root, onerror=unreadable, followlinks=True):
        try:
            visited_key = os.stat(folder).st_dev, os.stat(folder).st_ino
        except OSError as error:
            found.append((Path(folder), f"cannot read folder: {error.strerror or error}"))
            subfolders[:] = []
            continue
        if visited_key in visited:
            subfolders[:] = []
            continue
        visited.add(visited_key)
        subfolders[:] = sorted(name for name in subfolders if not name.startswith("."))
        for name in names:
            path = Path(folder) / name
            if name.startswith("."):
                continue
            problem = _link_problem(path)
            if problem:
                if is_source_name(name):
                    found.append((path, problem))
                continue
            if is_source_name(name):
                found.append((path, None))
    return sorted(found, key=lambda item: item[0])


def discover(paths):
    """Yield ``(path, error)`` for every source file under ``paths``, in a stable order.

    A directory is walked recursively for ``*.txt`` (see ``_walk``); a file is
    taken whatever its name; a path that cannot be used yields the reason.
    """
    seen = set()
    for raw in paths:
        path = Path(raw)
        problem = _link_problem(path)
        try:
            is_folder = not problem and stat.S_ISDIR(os.stat(path).st_mode)
        except FileNotFoundError:
            problem = "no such file or directory"
        except OSError as error:
            problem = f"cannot read: {error.strerror or error}"
        if problem:
            candidates = [(path, problem)]
        elif is_folder:
            if not os.access(path, os.R_OK | os.X_OK):
                candidates = [(path, "cannot read folder: Permission denied")]
            else:
                candidates = _walk(path)
        else:
            candidates = [(path, None)]
        for candidate, error in candidates:
            key = os.path.realpath(candidate)
            if key in seen:
                continue
            seen.add(key)
            yield candidate, error


def _describe_size(size):
    return f"{size / 1024 / 1024:.1f} MB" if size >= 1024 * 1024 else f"{size} bytes"


# Byte-order marks of encodings that are not UTF-8, longest first.
FOREIGN_BOMS = (
    (b"\xff\xfe\x00\x00", "UTF-32"),
    (b"\x00\x00\xfe\xff", "UTF-32"),
    (b"\xff\xfe", "UTF-16"),
    (b"\xfe\xff", "UTF-16"),
)
# The longest path the archive stores (Article.source_path); Linux's PATH_MAX.
MAX_PATH_CHARS = 4096


def _foreign_encoding(data):
    """"UTF-16" or "UTF-32" when ``data`` is text in one of them, else None."""
    for bom, name in FOREIGN_BOMS:
        if data.startswith(bom):
            return name
    # UTF-16 without a mark: NUL bytes (the high byte of ASCII letters, spaces,
    # digits) in only one of the two byte positions, and it decodes to text.
    if b"\x00" not in data or len(data) % 2:
        return None
    for codec, zeros_at in (("utf-16-le", 1), ("utf-16-be", 0)):
        if data[1 - zeros_at :: 2].count(0) == 0:
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                continue
            if all(char.isprintable() or char.isspace() for char in text):
                return "UTF-16"
    return None


def read_source(path, max_bytes=None):
    """Read and decode one source file, or raise ``SourceError`` saying why not."""
    path = Path(path)
    if max_bytes is None:
        max_bytes = MAX_SOURCE_BYTES
    try:
        os.fsencode(str(path)).decode("utf-8")
    except UnicodeDecodeError:
        raise SourceError(
            "the file name is not valid UTF-8 (the archive stores names as text): rename the file"
        ) from None
    problem = _link_problem(path)
    if problem:
        raise SourceError(problem)
    shown = display_path(path)
    if len(shown) > MAX_PATH_CHARS:
        raise SourceError(f"the path is too long: {len(shown)} characters, the limit is {MAX_PATH_CHARS}")
    try:
        status = path.stat()
        if not stat.S_ISREG(status.st_mode):
            raise SourceError("not a regular file")
        size = status.st_size
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
    encoding = _foreign_encoding(data)
    if encoding:
        raise SourceError(
            f"{encoding} text, not UTF-8: convert it first, e.g. iconv -f {encoding} -t UTF-8 FILE > NEW.txt"
        )
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
        display_path=shown,
        text=text,
        sha256=hashlib.sha256(data).hexdigest(),
        size=len(data),
    )
