"""Behaviour the WPT files check that node 20 lacks or has otherwise; the output is the
standards' (HTML, WebIDL, DOM, URL, Fetch, WebCrypto), written out here. Where Node 24 has the
behaviour its output is the same up to the marked lines."""

from pathlib import Path

PROGRAMS = Path(__file__).parent / "programs"

# Node 24 agrees but for the options' order (it reads `once` first; Web IDL reads an inherited
# dictionary's members first: `capture`). Node 20 also fires each abort event before the next
# dependent signal is aborted.
URL_PARAMS_AND_ABORT = """\
[ 'a', 'c' ] b=2 ?b=2
[ [ '\ufffdx', '3' ], [ 'xx', '2' ] ]
%EF%BF%BD=%EF%BF%BD
[ [ 2, 'feff' ] ]
x=1
TypeError
0+true1+true2+true why
[ 'capture', 'once', 'passive', 'signal' ]
TypeError
false
"""

# Node 24 prints the same first ten lines; it has no QuotaExceededError yet and words the
# detached buffer's error otherwise.
PLATFORM_OBJECTS_AND_BODIES = """\
true true true n.txt text/x 7 abc
true
false
""" + "DOMException DataCloneError Cannot clone object of unsupported type.\n" * 6 + """\
9 true 8
DataCloneError An ArrayBuffer is detached and could not be transferred.
true true QuotaExceededError 22 null null
m 2 3
RangeError
RangeError
false
foo/bar {"a":1} true true
false
TypeError
true sent
TypeError
RequestInit: duplex option is required when sending a body.
TypeError
true
"""


def test_url_search_params_iterate_live_and_take_usv_strings_and_abort_signals_follow_sources(toyjs):
    # (the list is read afresh at each step; lone surrogates become U+FFFD; a record's keys that
    # become the same string are one entry; a BOM is text; AbortSignal.any's signals are all
    # aborted before the first abort event, which is trusted)
    result = toyjs("run", PROGRAMS / "url_params_and_abort.mjs")
    assert (result.code, result.stdout, result.stderr) == (0, URL_PARAMS_AND_ABORT, "")


def test_platform_objects_clone_as_html_says_and_bodies_as_fetch_says(toyjs):
    result = toyjs("run", PROGRAMS / "platform_objects_and_bodies.mjs")
    assert (result.code, result.stdout, result.stderr) == (0, PLATFORM_OBJECTS_AND_BODIES, "")
