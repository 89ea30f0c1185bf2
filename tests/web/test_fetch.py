"""fetch against real local servers: output must equal node's (node 20 has fetch too)."""


def test_fetch_as_node(toyjs, node, programs, http_server):
    ours = toyjs("run", "--allow-net=127.0.0.1", programs / "fetch.mjs", http_server)
    theirs = node(programs / "fetch.mjs", http_server)
    assert theirs.code == 0, theirs.stderr
    assert (ours.code, ours.stdout, ours.stderr) == (theirs.code, theirs.stdout, theirs.stderr)


def test_responses_whose_bodies_are_never_read_do_not_block_later_requests(toyjs, tmp_path, http_server):
    # The 101st request once waited forever for a connection the unread ones held.
    program = tmp_path / "unread.mjs"
    program.write_text(
        "const url = process.argv[2] + '/text';\n"
        "const kept = [];\n"
        "for (let i = 0; i < 150; i++) kept.push(await fetch(url));\n"
        "console.log(kept.length, await (await fetch(url)).text());\n"
    )
    result = toyjs("run", "--allow-net=127.0.0.1", program, http_server, timeout=60)
    assert (result.code, result.stdout, result.stderr) == (0, "150 hello from the server\n", "")
