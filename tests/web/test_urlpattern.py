"""URLPattern: a program of many patterns prints exactly what Node 24 printed for it
(programs/urlpattern.node24.txt, captured with Node 24: the test extra has no Node 24)."""

from pathlib import Path

PROGRAMS = Path(__file__).parent / "programs"


def test_same_output_as_node_24(toyjs):
    done = toyjs("run", PROGRAMS / "urlpattern.mjs", cwd=PROGRAMS)
    assert (done.code, done.stderr) == (0, "")
    expected = (PROGRAMS / "urlpattern.node24.txt").read_text(encoding="utf-8")
    assert done.stdout.splitlines() == expected.splitlines()


def test_unclosed_group_in_a_constructor_string_is_an_error(toyjs):
    # The standard (and Deno) reject it; node 24 quietly leaves the pathname out.
    done = toyjs("eval", 'try { new URLPattern("https://example.com/{") } catch (e) { console.log(e.code) }')
    assert done.stdout == "ERR_INVALID_URL_PATTERN\nundefined\n"


def test_a_program_replacing_builtins_does_not_break_it(toyjs):
    code = (
        "RegExp.prototype.exec = () => null; String.prototype.slice = () => 'x';"
        "String.prototype.charCodeAt = () => 0xd800; String.prototype.toLowerCase = () => 'x';"
        "const p = new URLPattern({ pathname: '/:a' });"
        "console.log(p.exec('https://x/1').pathname.groups.a, p.test({ pathname: '/2' }), new URLPattern({ hostname: '[\\\\:\\\\:AB]' }).hostname)"
    )
    done = toyjs("eval", code)
    assert done.stdout == "1 true [\\:\\:ab]\nundefined\n"
