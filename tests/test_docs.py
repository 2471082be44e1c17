"""Docs that stay honest: commands documented, public API complete."""

from __future__ import annotations

import re
from pathlib import Path

import click

import newsevents
from newsevents.cli import cli

README = (Path(__file__).resolve().parents[1] / "README.md").read_text("utf-8")


def test_every_command_has_help_and_is_in_the_readme() -> None:
    assert cli.commands
    for name, command in cli.commands.items():
        assert command.help and len(command.help) > 20, name
        assert f"newsevents {name}" in README, name
        for param in command.params:
            if isinstance(param, click.Option):
                assert param.help, f"{name} {param.opts}"


def test_quick_start_is_exactly_two_commands() -> None:
    section = README.split("## Quick start", 1)[1].split("```sh", 1)[1].split("```", 1)[0]
    commands = [line for line in section.strip().splitlines() if line.strip()]
    assert [c.split("#")[0].strip() for c in commands] == ["make demo", "make test"]


def test_public_api_all_is_complete() -> None:
    public = {n for n in dir(newsevents) if not n.startswith("_")}
    modules = {n for n in public if type(getattr(newsevents, n)).__name__ == "module"}
    assert set(newsevents.__all__) == (public - modules) | {"__version__"}


def test_readme_lists_every_skip_reason() -> None:
    from typing import get_args

    from newsevents.records import SkipReason

    for reason in get_args(SkipReason):
        assert re.search(rf"`{reason}`", README), reason
