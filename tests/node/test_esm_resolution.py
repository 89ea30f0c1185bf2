"""Node's ES module resolution, compared with node byte for byte: specifiers taken as written
(no extension or index guessed), packages through "exports" or "main", self-reference, queries
making new instances, import.meta.resolve, and the errors with their "Did you mean" hints
(which node looks for from the working directory, hence two working directories)."""

import pytest


@pytest.mark.parametrize("working_directory", [".", "sub"])
def test_resolution_as_node(same_as_node, programs, working_directory):
    folder = programs / "esm_resolution"
    same_as_node(folder / "main.mjs", "--allow-read", cwd=folder / working_directory)
