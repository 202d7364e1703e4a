"""The casefile command line: a thin click layer over the library.

One module per command (or per group of related commands), each registering itself on
`main` when imported; this package imports them all.
"""

from casefile.cli import bench, evaluate, extract, store  # noqa: F401  (registers commands)
from casefile.cli.main import main

__all__ = ["main"]
