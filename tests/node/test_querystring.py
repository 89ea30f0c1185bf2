"""node:querystring against node: parse (maxKeys, separators, arrays, malformed escapes, custom
decoders), stringify, escape and unescape."""


def test_same_output_as_node(toyjs, node, programs):
    folder = programs / "node"
    ours = toyjs("run", folder / "querystring.mjs", cwd=folder)
    theirs = node(folder / "querystring.mjs", cwd=folder)
    assert theirs.code == 0, theirs.stderr
    assert (ours.code, ours.stdout, ours.stderr) == (theirs.code, theirs.stdout, theirs.stderr)
