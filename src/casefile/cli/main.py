"""The casefile command group."""

from __future__ import annotations

import click


@click.group()
@click.version_option()
def main() -> None:
    """casefile: news reports of violent incidents in, evidence-linked case records out."""
