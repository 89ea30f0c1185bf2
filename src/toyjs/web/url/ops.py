"""The Python side of URL: WHATWG URL parsing by Ada (the parser Node uses), via ada-url.

Only the serialized URL (href) crosses to JS, which splits the canonical form into its parts:
one call into Ada's C code per URL, not one per component.
"""

from __future__ import annotations

from typing import Any, Callable


def parse(text: str, base: str | None) -> str | None:
    """The serialized URL, or None when it does not parse."""
    import ada_url  # here, not at the top: loading Ada costs ~4 ms of every start-up

    try:
        return ada_url.join_url(base, text) if base is not None else ada_url.normalize_url(text)
    except ValueError:
        return None


def update(href: str, component: str, value: str) -> str:
    """The serialized URL after setting one component; an invalid value leaves the URL as it
    was, as the URL Standard's setters do."""
    import ada_url

    url = ada_url.URL(href)
    try:
        setattr(url, component, value)
    except ValueError:
        pass
    return url.href


def ops(runtime: Any) -> dict[str, Callable[..., Any]]:
    return {"urlParse": parse, "urlUpdate": update}
