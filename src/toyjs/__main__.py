"""`python -m toyjs` is the `toyjs` command."""

from toyjs.cli.main import command

command()
