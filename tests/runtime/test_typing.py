"""Type information for users: the package is typed (py.typed), the native module has a stub
(_core.pyi) naming what it has, and `mypy --strict` passes on a script using the API."""

import ast
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import toyjs
from toyjs import _core

STUB = Path(toyjs.__file__).parent / "_core.pyi"

USERS_SCRIPT = '''
import asyncio

import toyjs
from toyjs import Context, Isolate, JSError, JSFunction, JSObject, JSPromise, Runtime, TerminatedError


def total_of(ctx: Context) -> int:
    cart = ctx.eval("({ n: 5, total() { return this.n * 2 } })")
    total = cart["total"]
    assert isinstance(total, JSFunction)
    result: int = total()
    return result


def handles(ctx: Context) -> list[str]:
    scores = ctx.eval("new Map([['a', 1]])")
    assert isinstance(scores, JSObject)
    names = [str(key) for key in scores.keys()]
    ctx.globals["seen"] = len(names)
    done = ctx.eval("Promise.resolve(1)")
    assert isinstance(done, JSPromise)
    print(done.state, done.result(), scores.get("a", 0))
    return names


async def in_an_application(runtime: Runtime) -> tuple[object, object]:
    first = runtime.eval("6 * 7", timeout=1.0)
    second = await runtime.eval_async("Promise.resolve(2)")
    return first, second


def main() -> int:
    with Isolate(heap_limit=64 * 2**20) as isolate, isolate.new_context() as ctx:
        total_of(ctx)
        handles(ctx)
        try:
            ctx.eval("while (true) {}", timeout=0.1)
        except TerminatedError as stopped:
            print(stopped)
    with toyjs.Sandbox(timeout=1.0) as sandbox:
        print(sandbox.eval("1 + 1"))
    with Runtime(permissions=toyjs.Permissions(read=True)) as runtime:
        print(asyncio.run(in_an_application(runtime)))
        try:
            runtime.eval("null.x")
        except JSError as error:
            print(error.name, error.message, error.stack)
        return runtime.run("app.js", ["--verbose"], timeout=5.0)
'''

# What mypy must infer (were the API untyped, all of these would be Any), as it shows types
# less the module of builtins and abstract collections (which mypy's versions show or not).
REVEALED = {
    "toyjs.Isolate().new_context().globals": '"toyjs._core.JSObject"',
    "toyjs.Runtime().run": '"def (path: str | os.PathLike[str], args: Sequence[str] =, *, timeout: float | None =, then: toyjs._core.JSFunction | None =) -> int"',
    "toyjs.Runtime().eval": '"def (code: str, filename: str =, *, timeout: float | None =) -> Any"',
    "toyjs.JSPromise.state": '"def (self: toyjs._core.JSPromise) -> Literal[\'pending\'] | Literal[\'fulfilled\'] | Literal[\'rejected\']"',
    "toyjs.Sandbox(timeout=1)": '"toyjs.isolation.sandbox.Sandbox"',
    "toyjs.undefined": '"toyjs._core.UndefinedType"',
}


def mypy(tmp_path, source):
    script = tmp_path / "script.py"
    script.write_text(textwrap.dedent(source))
    command = [sys.executable, "-m", "mypy", "--strict", "--no-color-output", "--cache-dir", str(tmp_path / "cache"), str(script)]
    return subprocess.run(command, capture_output=True, text=True, timeout=300, cwd=tmp_path)


def test_mypy_strict_passes_on_a_script_using_the_api(tmp_path):
    checked = mypy(tmp_path, USERS_SCRIPT)
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_mypy_knows_the_types_of_the_api(tmp_path):
    source = "import toyjs\n" + "".join(f"reveal_type({expression})\n" for expression in REVEALED)
    checked = mypy(tmp_path, source)
    revealed = [
        re.sub(r"\b(builtins|typing|collections\.abc)\.", "", line.split("Revealed type is ", 1)[1])
        for line in checked.stdout.splitlines()
        if "Revealed type is" in line
    ]
    assert revealed == list(REVEALED.values()), checked.stdout


def test_mypy_strict_catches_a_misuse_of_the_api(tmp_path):
    checked = mypy(tmp_path, "import toyjs\ntoyjs.Runtime().eval(42)\nname: int = toyjs.JSError('x').name\n")
    assert checked.returncode == 1
    assert 'Argument 1 to "eval" of "Runtime" has incompatible type "int"; expected "str"' in checked.stdout
    assert "Incompatible types in assignment" in checked.stdout


def stub_names(node):
    """Public names a stub's module or class body defines (functions, classes, variables)."""
    names = set()
    for item in node.body:
        if isinstance(item, (ast.FunctionDef, ast.ClassDef)):
            names.add(item.name)
        elif isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name):
            names.add(item.target.id)
    return {name for name in names if not name.startswith("_")}


def native_names(namespace):
    return {name for name in vars(namespace) if not name.startswith("_")}


def test_the_stub_names_exactly_what_the_native_module_has():
    tree = ast.parse(STUB.read_text(encoding="utf-8"))
    assert stub_names(tree) == native_names(_core)
    for item in tree.body:
        if isinstance(item, ast.ClassDef):
            assert stub_names(item) == native_names(getattr(_core, item.name)), item.name


def test_the_package_is_marked_typed():
    assert (Path(toyjs.__file__).parent / "py.typed").is_file()
