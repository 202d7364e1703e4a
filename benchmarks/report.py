"""What the benchmark scripts share: the machine in words, and writing one section of
docs/benchmarks.md. A sibling module of the scripts (they run from this folder), not a
package."""

from __future__ import annotations

import os
import platform
import re
from pathlib import Path

DOC = Path(__file__).resolve().parent.parent / "docs" / "benchmarks.md"


def machine() -> str:
    """The machine in words: cores and memory."""
    pages = os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    return (f"{os.cpu_count()} cores, {pages / 2**30:.0f} GiB memory, "
            f"{platform.system()} {platform.machine()}, Python {platform.python_version()}")


def write_section(title: str, text: str, doc: Path = DOC) -> None:
    """Replace (or add) the section headed `title` in docs/benchmarks.md, keeping the others."""
    old = doc.read_text(encoding="utf-8") if doc.exists() else "# Benchmarks\n\n"
    pattern = re.compile(rf"^{re.escape(title)}\n.*?(?=^## |\Z)", re.DOTALL | re.MULTILINE)
    new = pattern.sub(lambda _: text + "\n", old) if pattern.search(old) else (
        old.rstrip("\n") + "\n\n" + text)
    doc.write_text(new, encoding="utf-8")
