"""What console.log does where no byte-for-byte comparison with node is possible."""


def test_nesting_deeper_than_the_stack_is_cut_not_thrown(toyjs, tmp_path):
    # Where node cuts depends on the engine's stack size; both cut, and both go on.
    program = tmp_path / "main.mjs"
    program.write_text(
        "let list = null;\n"
        "for (let i = 0; i < 100000; i++) list = { next: list };\n"
        "console.dir(list, { depth: Infinity });\n"
        "let nested = [];\n"
        "for (let i = 0; i < 100000; i++) nested = [nested];\n"
        "console.dir(nested, { depth: null });\n"
        "console.log('after');\n"
    )
    done = toyjs("run", program, timeout=120)
    assert (done.code, done.stderr) == (0, "")
    assert "next: [Object: Inspection interrupted prematurely. Maximum call stack size exceeded.]" in done.stdout
    assert "[Array: Inspection interrupted prematurely. Maximum call stack size exceeded.]" in done.stdout
    assert done.stdout.endswith("\nafter\n")


def test_items_of_iterators_and_weak_collections_are_not_read(toyjs, tmp_path):
    # Node reads them through V8's preview of internal slots; a program cannot, and iterating
    # would consume the iterator the program holds.
    program = tmp_path / "main.mjs"
    program.write_text(
        "const entries = new Map([[1, 2]]).entries();\n"
        "console.log(entries, new Set([1]).values(), new WeakMap([[{}, 1]]));\n"
        "console.log(entries.next().value);\n"
    )
    done = toyjs("run", program)
    assert (done.code, done.stderr) == (0, "")
    assert done.stdout == (
        "[Map Iterator] { <items unknown> } [Set Iterator] { <items unknown> } WeakMap { <items unknown> }\n[ 1, 2 ]\n"
    )
