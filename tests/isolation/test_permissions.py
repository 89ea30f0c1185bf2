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
    assert f'Uncaught NotCapable: Requires net access to "127.0.0.1:{port}", run again with --allow-net' in result.stderr


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
