"""Permissions: deny by default, grants from CLI flags and from Python."""

import pytest

import toyjs


def write(tmp_path, source):
    path = tmp_path / "app.js"
    path.write_text(source)
    return path


FETCH = "const r = await fetch(process.argv[2]); console.log(r.status, await r.text());\n"


def test_network_is_denied_by_default(toyjs, tmp_path, http_server):
    result = toyjs("run", write(tmp_path, FETCH), f"{http_server}/text")
    assert result.code == 1
    port = http_server.rsplit(":", 1)[1]
    assert f'\n\nNotCapable: Requires net access to "127.0.0.1:{port}", run again with --allow-net\n' in result.stderr


@pytest.mark.parametrize("flag", ["--allow-net", "--allow-net=127.0.0.1", "-A", "--allow-all", "--allow-net=example.com,127.0.0.1:{port}"])
def test_network_grants(toyjs, tmp_path, http_server, flag):
    port = http_server.rsplit(":", 1)[1]
    result = toyjs("run", flag.format(port=port), write(tmp_path, FETCH), f"{http_server}/text")
    assert (result.code, result.stdout) == (0, "200 hello from the server\n")


def test_grant_for_another_port_is_not_enough(toyjs, tmp_path, http_server):
    result = toyjs("run", "--allow-net=127.0.0.1:1", write(tmp_path, FETCH), f"{http_server}/text")
    assert result.code == 1 and "NotCapable" in result.stderr


def test_every_redirect_hop_is_checked(toyjs, tmp_path, http_server):
    app = write(tmp_path, FETCH)
    denied = toyjs("run", "--allow-net=127.0.0.1", app, f"{http_server}/elsewhere")
    assert denied.code == 1 and 'net access to "localhost:' in denied.stderr
    allowed = toyjs("run", "--allow-net=127.0.0.1,localhost", app, f"{http_server}/elsewhere")
    assert (allowed.code, allowed.stdout) == (0, "200 hello from the server\n")


def test_environment_grants(toyjs, tmp_path):
    app = write(tmp_path, "console.log(process.env.HOME !== undefined);\ntry { Object.keys(process.env) } catch (e) { console.log(e.name) }\n")
    assert "Requires env access to \"HOME\"" in toyjs("run", app).stderr
    named = toyjs("run", "--allow-env=HOME", app)
    assert named.stdout == "true\nNotCapable\n"
    assert toyjs("run", "--allow-env", app).stdout == "true\n"


def test_flags_after_the_file_belong_to_the_program(toyjs, tmp_path):
    app = write(tmp_path, "console.log(JSON.stringify(process.argv.slice(2)));\ntry { process.env.HOME } catch (e) { console.log(e.name) }\n")
    result = toyjs("run", app, "--allow-env", "-A")
    assert result.stdout == '["--allow-env","-A"]\nNotCapable\n'


def test_eval_grants_everything_as_deno_does(toyjs):
    assert toyjs("eval", "typeof process.env.HOME").stdout == "string\n"


def test_permissions_from_python(http_server):
    with toyjs.Runtime() as rt:
        with pytest.raises(toyjs.JSError) as info:
            rt.eval("process.env.HOME")
        assert info.value.name == "NotCapable"
        assert isinstance(info.value.__cause__, toyjs.PermissionDenied)
        rt.expose("secret", lambda: "exposed functions are the embedder's to gate")
        assert rt.eval("secret()").startswith("exposed")
    with toyjs.Runtime(permissions=toyjs.Permissions(net=["127.0.0.1"], env=["HOME"])) as rt:
        assert rt.eval(f"fetch('{http_server}/text').then((r) => r.status)") == 200
        assert isinstance(rt.eval("process.env.HOME"), str)
        with pytest.raises(toyjs.JSError, match="NotCapable"):
            rt.eval("process.env.PATH")
    with toyjs.Runtime(permissions=toyjs.Permissions.allow_all()) as rt:
        assert rt.eval("Object.keys(process.env).length > 0") is True


def test_grant_validation():
    with pytest.raises(TypeError, match="list of strings"):
        toyjs.Permissions(net="example.com")
    assert toyjs.Permissions(net=["a"]).net == ("a",)


# --- reading files through the module loader: the program's static graph is free, the rest
# needs read access (Deno's rule)

SECRET = "hunter2"


def program(tmp_path, files):
    """Writes ``files`` (relative path -> source) under tmp_path; returns tmp_path / "app"."""
    for name, source in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(source)
    return tmp_path / "app"


def denial(path, grant="run again with --allow-read"):
    return f'NotCapable: Requires read access to "{path}", {grant}'


def json_import(specifier, attributes):
    return f'import("{specifier}", {{ {attributes}: {{ type: "json" }} }})'


def test_import_outside_the_static_graph_needs_read_access(toyjs, tmp_path, import_attributes):
    app = program(tmp_path, {
        "secret/data.json": f'{{"password": "{SECRET}"}}',
        "app/dep.js": "export const dep = 'static sibling';\n",
        "app/main.js": "import { dep } from './dep.js';\nconsole.log(dep);\n"
        f"try {{ console.log(JSON.stringify((await {json_import('../secret/data.json', import_attributes)}).default)) }}"
        " catch (e) { console.log(`${e.name}: ${e.message}`) }\n",
    })
    denied = toyjs("run", app / "main.js")
    assert (denied.code, denied.stderr) == (0, "")
    assert denied.stdout == f"static sibling\n{denial(tmp_path / 'secret/data.json')}\n"
    granted = toyjs("run", "--allow-read", app / "main.js")
    assert granted.stdout == f'static sibling\n{{"password":"{SECRET}"}}\n'
    only_the_app = toyjs("run", f"--allow-read={app}", app / "main.js")
    assert only_the_app.stdout == denied.stdout


def test_modules_of_the_static_graph_import_again_freely(toyjs, tmp_path, import_attributes):
    app = program(tmp_path, {
        "app/data.json": '{"n": 1}',
        "app/lib/dep.js": "export const dep = 'dep';\n",
        "app/lib/user.js": "import { dep } from './dep.js';\nexport const again = () => import('./dep.js');\n"
        "export const up = () => import('../data.json', { %s: { type: 'json' } });\n" % import_attributes,
        "app/main.js": f"import data from './data.json' {import_attributes} {{ type: 'json' }};\n"
        "import { again, up } from './lib/user.js';\n"
        "const same = await import('./lib/dep.js');\n"
        "console.log((await again()) === same, (await up()).default === data, import.meta.resolve('./lib/dep.js'));\n"
        "try { await import('./lib/other.js') } catch (e) { console.log(e.name) }\n",
    })
    result = toyjs("run", app / "main.js")
    assert result.stdout == f"true true {(app / 'lib/dep.js').as_uri()}\nNotCapable\n", result.stderr


def test_a_denied_path_is_denied_alike_whether_it_exists_or_not(toyjs, tmp_path):
    app = program(tmp_path, {
        "secret/there.js": "export const x = 1;\n",
        "secret/there.json": "{}",
        "app/main.js": "for (const name of ['there', 'nowhere']) {\n"
        "  for (const suffix of ['.js', '', '.json']) {\n"
        "    try { await import(`../secret/${name}${suffix}`) } catch (e) { console.log(`${e.name}: ${e.message}`) }\n"
        "    try { import.meta.resolve(`../secret/${name}${suffix}`) } catch (e) { console.log(`${e.name}: ${e.message}`) }\n"
        "  }\n"
        "}\n",
    })
    lines = toyjs("run", app / "main.js").stdout.splitlines()
    assert len(lines) == 12
    there, nowhere = lines[:6], lines[6:]
    assert [line.replace("nowhere", "there") for line in nowhere] == there
    assert there[0] == denial(tmp_path / "secret/there.js")
    assert there[2] == denial(tmp_path / "secret/there")


def test_an_unreadable_file_never_reaches_an_error_message(toyjs, tmp_path):
    app = program(tmp_path, {
        "secret/.env": f"DB_PASSWORD={SECRET}\n",
        "app/main.js": "await import('../secret/.env');\n",
    })
    for flags in ([], [f"--allow-read={app}"]):
        result = toyjs("run", *flags, app / "main.js")
        assert result.code == 1
        assert SECRET not in result.stdout + result.stderr
        excerpt = f"{(app / 'main.js').as_uri()}:1\nawait import('../secret/.env');\n^\n\n"
        assert result.stderr.startswith(excerpt + denial(tmp_path / "secret/.env"))
    # granted, the file is read as the module it is not, as before
    assert f"{SECRET} is not defined" in toyjs("run", "--allow-read", app / "main.js").stderr


def test_static_imports_of_an_imported_module_are_checked(toyjs, tmp_path):
    app = program(tmp_path, {
        "secret/s.js": f"export const s = '{SECRET}';\n",
        "app/lazy.js": "export { s } from '../secret/s.js';\n",
        "app/main.js": "try { console.log((await import('./lazy.js')).s) } catch (e) { console.log(`${e.name}: ${e.message}`) }\n",
    })
    result = toyjs("run", f"--allow-read={app}", app / "main.js")
    assert result.stdout == denial(tmp_path / "secret/s.js") + "\n"
    assert toyjs("run", "--allow-read", app / "main.js").stdout == f"{SECRET}\n"


def test_process_cwd_needs_read_access(toyjs, tmp_path):
    app = program(tmp_path, {"app/main.js": "try { console.log(process.cwd()) } catch (e) { console.log(`${e.name}: ${e.message}`) }\n"})
    denied = toyjs("run", app / "main.js", cwd=app)
    assert denied.stdout == denial("<CWD>") + "\n"
    assert toyjs("run", "--allow-read", app / "main.js", cwd=app).stdout == f"{app}\n"
    assert toyjs("run", f"--allow-read={app}", app / "main.js", cwd=app).stdout == f"{app}\n"


WORKER_MAIN = """\
for (const name of ["../elsewhere/w.js", "./static.js", "../elsewhere/nowhere.js"]) {
  await new Promise((resolve) => {
    const w = new Worker(new URL(name, import.meta.url), { type: "module" });
    w.onmessage = (e) => { console.log(name, e.data); w.terminate(); resolve(); };
    w.onerror = (e) => { console.log(name, e.message); e.preventDefault(); resolve(); };
  });
}
"""


def test_a_worker_outside_the_static_graph_needs_read_access(toyjs, tmp_path):
    app = program(tmp_path, {
        "elsewhere/w.js": "import { n } from './dep.js';\npostMessage(`worker ${n}`);\n",
        "elsewhere/dep.js": "export const n = 1;\n",
        "app/static.js": "if (globalThis.postMessage) postMessage('static worker');\n",
        "app/main.js": "import './static.js';\n" + WORKER_MAIN,
    })
    denied = toyjs("run", app / "main.js", timeout=30)
    assert denied.stdout.splitlines() == [
        f"../elsewhere/w.js Uncaught {denial(tmp_path / 'elsewhere/w.js')}",
        "./static.js static worker",
        f"../elsewhere/nowhere.js Uncaught {denial(tmp_path / 'elsewhere/nowhere.js')}",
    ], denied.stderr
    # the worker's own static imports are checked with its parent's permissions
    script_only = toyjs("run", f"--allow-read={tmp_path / 'elsewhere/w.js'},{app}", app / "main.js", timeout=30)
    assert script_only.stdout.splitlines()[0] == f"../elsewhere/w.js Uncaught {denial(tmp_path / 'elsewhere/dep.js')}"
    granted = toyjs("run", "--allow-read", app / "main.js", timeout=30)
    assert granted.stdout.splitlines() == [
        "../elsewhere/w.js worker 1",
        "./static.js static worker",
        f"../elsewhere/nowhere.js Uncaught Error: Cannot find module '{tmp_path / 'elsewhere/nowhere.js'}'",
    ]


def eval_outcome(box, code):
    try:
        return box.eval(code)
    except toyjs.JSError as error:
        return f"{error.name}: {error.message}"


@pytest.mark.parametrize("make", [toyjs.Runtime, toyjs.Sandbox, lambda **kw: toyjs.Sandbox(process=True, **kw)])
def test_imports_in_eval_code_need_read_access(tmp_path, make):
    (tmp_path / "m.js").write_text(f"export const m = '{SECRET}';\n")
    absolute = f"import('{tmp_path / 'm.js'}').then((ns) => ns.m)"
    grant = "grant it with Permissions(read=...)"
    with make() as box:
        assert eval_outcome(box, absolute) == denial(tmp_path / "m.js", grant)
        assert eval_outcome(box, "import('./m.js').then((ns) => ns.m)") == denial("<CWD>", grant)
        assert eval_outcome(box, "new Worker('./w.js', { type: 'module' })") == denial("<CWD>", grant)
        assert eval_outcome(box, "process.cwd()") == denial("<CWD>", grant)
    with make(permissions=toyjs.Permissions(read=[str(tmp_path)])) as box:
        assert eval_outcome(box, absolute) == SECRET
