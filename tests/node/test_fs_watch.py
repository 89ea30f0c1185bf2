"""fs.watch, fs.promises.watch and fs.watchFile against node: each program makes one change at
a time in a scratch folder of its own and waits for the events it brings before the next.
Then what only toyjs does: the read permission watching needs, and watchers a program leaves
open closed at its end (no inotify descriptor left behind)."""

import pytest

from conftest import run_python

FLAGS = ("--allow-read", "--allow-write")


@pytest.mark.parametrize("name", ["fs_watch.cjs", "fs_watch_file.cjs", "fs_watch_promises.mjs"])
def test_same_output_as_node(same_as_node, programs, tmp_path, name):
    same_as_node(programs / "node" / name, *FLAGS, scratch=tmp_path, cwd=tmp_path)


def test_watching_needs_read_permission(toyjs, tmp_path):
    (tmp_path / "watched").mkdir()
    program = tmp_path / "program.mjs"
    program.write_text("""
        import fs from "node:fs";
        import fsp from "node:fs/promises";
        for (const watch of [() => fs.watch("watched"), () => fs.watchFile("watched", () => {})]) {
          try { watch(); } catch (error) { console.log(error.name, error.code, error.message); }
        }
        await fsp.watch("watched").next().catch((error) => console.log("promise", error.name, error.code));
    """)
    done = toyjs("run", f"--allow-read={program}", program, cwd=tmp_path)
    assert done.code == 0, done.stderr
    denied = f'Requires read access to "{tmp_path / "watched"}", run again with --allow-read'
    assert done.stdout.splitlines() == [
        f"NotCapable ERR_ACCESS_DENIED {denied}",
        f"NotCapable ERR_ACCESS_DENIED {denied}",
        "promise NotCapable ERR_ACCESS_DENIED",
    ]


def test_watchers_left_open_are_closed_at_the_end(tmp_path):
    """An unref'd watcher does not keep the program running, and the runtime closes it and its
    inotify descriptor when the program ends; the next program watches afresh."""
    source = """
        import fs from "node:fs";
        const folder = process.argv[2];
        fs.watch(folder, { recursive: true }).unref();
        fs.watch(folder, { persistent: false }).on("change", () => {});
        fs.watchFile(`${folder}/first.mjs`, () => {}).unref();
        console.log("watching");
    """
    first, second = tmp_path / "first.mjs", tmp_path / "second.mjs"
    first.write_text(source)
    second.write_text(source)
    lines = run_python(f"""
        import os
        def inotify_descriptors():
            count = 0
            for fd in os.listdir("/proc/self/fd"):
                try:
                    count += os.readlink(f"/proc/self/fd/{{fd}}") == "anon_inode:inotify"
                except FileNotFoundError:  # listdir's own descriptor, closed since
                    pass
            return count
        before = inotify_descriptors()
        with toyjs.Runtime(permissions=toyjs.Permissions(read=True)) as runtime:
            runtime.run({str(first)!r}, [{str(tmp_path)!r}])
            print("after the program", inotify_descriptors() - before)
            runtime.run({str(second)!r}, [{str(tmp_path)!r}])
            print("after another", inotify_descriptors() - before)
    """)
    assert lines == ["watching", "after the program 0", "watching", "after another 0"]
