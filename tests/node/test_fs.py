"""node:fs and node:fs/promises against node: each program runs under both in a fresh temporary
directory (given as argv[2], or as the working directory), and prints nothing that names it.
Then what only toyjs does: the permission checks (reads, writes, a symlink out of a granted
directory) and descriptors it did not open. (Watching: test_fs_watch.py.)"""

import pytest

from conftest import assert_same_as_node

FLAGS = ("--allow-read", "--allow-write")


@pytest.mark.parametrize("name", ["fs_sync.mjs", "fs_async.mjs"])
def test_same_output_as_node(same_as_node, programs, tmp_path, name):
    same_as_node(programs / "node" / name, *FLAGS, scratch=tmp_path, cwd=tmp_path)


def test_relative_paths_same_output_as_node(toyjs, node, programs, tmp_path):
    program = programs / "node" / "fs_relative.cjs"
    (tmp_path / "node").mkdir()
    (tmp_path / "toyjs").mkdir()
    theirs = node(program, cwd=tmp_path / "node")
    ours = toyjs("run", *FLAGS, program, cwd=tmp_path / "toyjs")
    assert_same_as_node(ours, theirs)


def run_toyjs(toyjs, tmp_path, source, *flags):
    program = tmp_path / "program.mjs"
    program.write_text(source)
    return toyjs("run", *flags, program, cwd=tmp_path)


def test_reading_needs_read_permission(toyjs, tmp_path):
    (tmp_path / "secret.txt").write_text("secret")
    done = run_toyjs(toyjs, tmp_path, """
        import fs from "node:fs";
        import fsp from "node:fs/promises";
        const target = process.argv[2] ?? "secret.txt";
        for (const action of [() => fs.readFileSync("secret.txt"), () => fs.statSync("secret.txt"), () => fs.readdirSync(".")]) {
          try { action(); } catch (error) { console.log(error.name, error.code, error.message.replace(/".*"/, "PATH")); }
        }
        console.log("exists", fs.existsSync("secret.txt"));
        fs.readFile("secret.txt", (error) => console.log("callback", error.name, error.code));
        await fsp.readFile("secret.txt").catch((error) => console.log("promise", error.name, error.code));
    """)
    assert done.code == 0, done.stderr
    assert done.stdout.splitlines() == [
        "NotCapable ERR_ACCESS_DENIED Requires read access to PATH, run again with --allow-read",
    ] * 3 + ["exists false", "callback NotCapable ERR_ACCESS_DENIED", "promise NotCapable ERR_ACCESS_DENIED"]


def test_writing_needs_write_permission(toyjs, tmp_path):
    done = run_toyjs(toyjs, tmp_path, """
        import fs from "node:fs";
        for (const action of [() => fs.writeFileSync("new.txt", "x"), () => fs.mkdirSync("d"), () => fs.openSync("program.mjs", "a"),
                              () => fs.unlinkSync("program.mjs"), () => fs.chmodSync("program.mjs", 0o777)]) {
          try { action(); console.log("done"); } catch (error) { console.log(error.name, error.message.replace(/".*"/, "PATH")); }
        }
        console.log(fs.readFileSync("program.mjs", "utf8").length > 0);
    """, "--allow-read")
    assert done.code == 0, done.stderr
    assert done.stdout.splitlines() == ["NotCapable Requires write access to PATH, run again with --allow-write"] * 5 + ["true"]
    assert sorted(path.name for path in tmp_path.iterdir()) == ["program.mjs"]


def test_a_symlink_out_of_the_granted_directory_is_refused(toyjs, tmp_path):
    granted = tmp_path / "granted"
    outside = tmp_path / "outside"
    granted.mkdir()
    outside.mkdir()
    (outside / "secret.txt").write_text("secret")
    (granted / "inside.txt").write_text("inside")
    (granted / "escape").symlink_to(outside / "secret.txt")
    (granted / "escape-dir").symlink_to(outside)
    program = tmp_path / "program.cjs"
    program.write_text("""
        const fs = require("fs");
        const granted = process.argv[2];
        console.log(fs.readFileSync(`${granted}/inside.txt`, "utf8"));
        for (const action of [() => fs.readFileSync(`${granted}/escape`), () => fs.readdirSync(`${granted}/escape-dir`),
                              () => fs.writeFileSync(`${granted}/escape-dir/new.txt`, "x"), () => fs.realpathSync(`${granted}/escape`)]) {
          try { action(); console.log("allowed"); } catch (error) { console.log(error.name); }
        }
    """)
    done = toyjs("run", f"--allow-read={granted}", f"--allow-write={granted}", program, granted, cwd=tmp_path)
    assert done.code == 0, done.stderr
    assert done.stdout.splitlines() == ["inside"] + ["NotCapable"] * 4
    assert not (outside / "new.txt").exists()


def test_descriptors_it_did_not_open_are_closed_to_it(toyjs, tmp_path):
    done = run_toyjs(toyjs, tmp_path, """
        import fs from "node:fs";
        for (const fd of [3, 4, 5, 10, 100]) {
          try { fs.readSync(fd, Buffer.alloc(1)); } catch (error) { console.log(error.code); }
          try { fs.closeSync(fd); } catch (error) { console.log(error.code); }
        }
        const fd = fs.openSync("program.mjs");
        console.log(fs.readSync(fd, Buffer.alloc(6)));
        fs.closeSync(0);
        fs.writeSync(1, "written to fd 1\\n");
    """, *FLAGS)
    assert done.code == 0, done.stderr
    assert done.stdout.splitlines() == ["EBADF"] * 10 + ["6", "written to fd 1"]
