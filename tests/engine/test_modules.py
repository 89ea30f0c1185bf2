"""ES modules at engine level: a Python loader supplies sources by specifier and referrer."""

import pytest

import toyjs


class DictLoader:
    """Modules from a dict of URL -> source; specifiers are resolved against the referrer."""

    def __init__(self, sources):
        self.sources = sources
        self.loads = []
        self.resolves = []

    def resolve(self, specifier, referrer, attributes):
        self.resolves.append((specifier, referrer, dict(attributes)))
        if specifier.startswith("./"):
            base = referrer.rsplit("/", 1)[0] if referrer else "mem:"
            return base + "/" + specifier[2:]
        return specifier

    def load(self, url, attributes):
        self.loads.append(url)
        if url not in self.sources:
            raise FileNotFoundError(f"no module at {url}")
        return self.sources[url]


@pytest.fixture
def loader(ctx):
    loader = DictLoader({})
    ctx.module_loader = loader
    return loader


def test_module_with_imports_and_top_level_await(ctx, loader):
    loader.sources["mem:/lib/math.js"] = "export const double = (x) => x * 2; export default 'math';"
    module = ctx.compile_module(
        "import name, { double } from './lib/math.js';\n"
        "await null;\n"
        "export const answer = double(21);\n"
        "export const label = name;",
        "mem:/main.js",
    )
    assert module.url == "mem:/main.js"
    done = module.evaluate()
    assert done.state == "fulfilled"
    assert module.namespace["answer"] == 42
    assert module.namespace["label"] == "math"
    assert loader.resolves[0][:2] == ("./lib/math.js", "mem:/main.js")


def test_each_url_is_evaluated_once(ctx, loader):
    ctx.eval("globalThis.runs = 0")
    loader.sources["mem:/counted.js"] = "globalThis.runs++; export const n = 1;"
    loader.sources["mem:/a.js"] = "import './counted.js';"
    loader.sources["mem:/b.js"] = "import './counted.js';"
    ctx.compile_module("import './a.js'; import './b.js'; import './counted.js';", "mem:/main.js").evaluate()
    assert ctx.eval("runs") == 1
    assert loader.loads.count("mem:/counted.js") == 1
    second = ctx.compile_module("export {}", "mem:/main.js")
    assert second.evaluate().state == "fulfilled"


def test_dynamic_import_uses_the_same_loader(ctx, loader):
    loader.sources["mem:/lazy.js"] = "export const value = 'lazy';"
    loader.sources["mem:/main.js"] = "export const load = () => import('./lazy.js');"
    ctx.compile_module(loader.sources["mem:/main.js"], "mem:/main.js").evaluate()
    main = ctx.import_module("./main.js", "mem:/app.js").result()
    lazy = main["load"]().result()
    assert lazy["value"] == "lazy"


def test_dynamic_import_from_a_script(ctx, loader):
    loader.sources["mem:/dep.js"] = "export default 7;"
    p = ctx.eval("import('mem:/dep.js').then((m) => m.default)", filename="mem:/script.js")
    assert p.result() == 7


def test_import_meta_url(ctx, loader):
    module = ctx.compile_module("export const url = import.meta.url;", "file:///srv/app/main.mjs")
    module.evaluate()
    assert module.namespace["url"] == "file:///srv/app/main.mjs"


def test_import_attributes_reach_the_loader(ctx, loader, import_attributes):
    loader.sources["mem:/data.json"] = "export default {\"k\": 1};"
    ctx.compile_module(f"import data from './data.json' {import_attributes} {{ type: 'json' }};", "mem:/main.js").evaluate()
    assert ("./data.json", "mem:/main.js", {"type": "json"}) in loader.resolves


def test_link_loads_the_static_graph_and_runs_nothing(ctx, loader):
    ctx.eval("globalThis.runs = 0")
    loader.sources["mem:/dep.js"] = "globalThis.runs++; export const n = 1; export const later = () => import('./lazy.js');"
    module = ctx.compile_module("import { n } from './dep.js'; globalThis.runs++;", "mem:/main.js")
    module.link()
    assert (module.status, loader.loads, ctx.eval("runs")) == ("instantiated", ["mem:/dep.js"], 0)
    module.link()  # linked once
    assert module.evaluate().state == "fulfilled" and ctx.eval("runs") == 2
    assert loader.loads == ["mem:/dep.js"]


def test_link_failure_raises_and_evaluates_nothing(ctx, loader):
    loader.sources["mem:/lib.js"] = "export const a = 1;"
    module = ctx.compile_module("import { b } from './lib.js'; globalThis.ran = true;", "mem:/main.js")
    with pytest.raises(toyjs.JSError, match="does not provide an export named 'b'"):
        module.link()
    assert module.status == "uninstantiated" and ctx.eval("globalThis.ran") is toyjs.undefined


def test_missing_module_rejects_with_the_loader_error(ctx, loader):
    module = ctx.compile_module("import './nowhere.js';", "mem:/main.js")
    with pytest.raises(toyjs.JSError) as info:
        module.evaluate()
    assert "FileNotFoundError: no module at mem:/nowhere.js" in info.value.message
    assert isinstance(info.value.__cause__, FileNotFoundError)


def test_missing_export_is_a_syntax_error(ctx, loader):
    loader.sources["mem:/lib.js"] = "export const a = 1;"
    module = ctx.compile_module("import { b } from './lib.js';", "mem:/main.js")
    with pytest.raises(toyjs.JSError) as info:
        module.evaluate()
    assert info.value.name == "SyntaxError"
    assert "does not provide an export named 'b'" in info.value.message


def test_module_syntax_error_names_url_and_line(ctx, loader):
    with pytest.raises(toyjs.JSError) as info:
        ctx.compile_module("export const a = 1;\nexport const = 2;", "mem:/bad.js")
    assert info.value.name == "SyntaxError"
    assert info.value.filename == "mem:/bad.js" and info.value.line == 2


def test_throwing_module_rejects_its_evaluation(ctx, loader):
    promise = ctx.compile_module("await null; throw new Error('boom at top');", "mem:/t.js").evaluate()
    assert promise.state == "rejected"
    with pytest.raises(toyjs.JSError, match="boom at top"):
        promise.result()


def test_without_loader_imports_fail_clearly(ctx):
    with pytest.raises(toyjs.JSError, match="has no module loader"):
        ctx.compile_module("import './x.js';", "mem:/main.js").evaluate()


def test_modules_are_per_context(isolate):
    first, second = isolate.new_context(), isolate.new_context()
    for c in (first, second):
        c.eval("globalThis.runs = 0")
        c.compile_module("globalThis.runs++;", "mem:/same.js").evaluate()
    assert first.eval("runs") == 1 and second.eval("runs") == 1


def test_a_loader_may_give_a_synthetic_module(ctx):
    class Loader:
        def resolve(self, specifier, referrer, attributes):
            return "host:" + specifier

        def load(self, url, attributes):
            exports = ctx.eval("""() => {
                globalThis.evaluations = (globalThis.evaluations || 0) + 1;
                const api = { join: (...parts) => parts.join("/"), "not-an-identifier": 3 };
                return { default: api, ...api };
            }""")
            return toyjs.SyntheticModule(("default", "join", "not-an-identifier"), exports)

    ctx.module_loader = Loader()
    main = ctx.compile_module(
        'import api, { join } from "lib"; import { "not-an-identifier" as three } from "lib";'
        'globalThis.seen = [join("a", "b"), typeof api.join, three];',
        "file:///main.mjs",
    )
    main.evaluate()
    assert ctx.eval("seen") == ["a/b", "function", 3]
    assert ctx.eval("evaluations") == 1  # once, however often it is imported


def test_a_missing_synthetic_export_is_a_link_error(ctx):
    class Loader:
        def resolve(self, specifier, referrer, attributes):
            return "host:" + specifier

        def load(self, url, attributes):
            return toyjs.SyntheticModule(("a",), ctx.eval("() => ({ a: 1 })"))

    ctx.module_loader = Loader()
    with pytest.raises(toyjs.JSError, match="does not provide an export named 'b'"):
        ctx.compile_module('import { b } from "lib";', "file:///main.mjs").evaluate()


def test_function_compiler_keeps_lines_and_columns(ctx):
    compile_function = ctx.function_compiler()
    body = "const total = a + b;\nreturn total + missing;"
    add = compile_function(body, "/srv/app/lib.js", ["a", "b"])
    with pytest.raises(toyjs.JSError) as caught:
        add(1, 2)
    assert caught.value.stack.splitlines()[1].strip() == "at /srv/app/lib.js:2:16"
    with pytest.raises(toyjs.JSError, match="SyntaxError"):
        compile_function("return (", "/srv/app/bad.js", [])


def test_a_namespace_stays_a_live_handle(ctx, loader):
    loader.sources["mem:/counter.js"] = "export let count = 0; export function bump() { count += 1; }"
    namespace = ctx.import_module("./counter.js", "mem:/app.js").result()
    assert isinstance(namespace, toyjs.JSObject)
    namespace["bump"]()
    assert namespace["count"] == 1  # the binding, not a copy taken before the call
