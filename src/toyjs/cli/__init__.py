"""The `toyjs` command: run a file, evaluate code, or open a REPL."""
