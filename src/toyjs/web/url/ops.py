"""The Python side of URL: WHATWG URL parsing by Ada (the parser Node uses), via ada-url."""

from __future__ import annotations

from typing import Any, Callable

import ada_url

COMPONENTS = ("href", "origin", "protocol", "username", "password", "host", "hostname", "port", "pathname", "search", "hash")


def _components(url: ada_url.URL) -> list[str]:
    return [getattr(url, name) for name in COMPONENTS]


def parse(text: str, base: str | None) -> list[str] | None:
    """The URL's components (in COMPONENTS order), or None when it does not parse."""
    try:
        return _components(ada_url.URL(text, base) if base is not None else ada_url.URL(text))
    except ValueError:
        return None


def update(href: str, component: str, value: str) -> list[str]:
    """The components after setting one of them; an invalid value leaves the URL as it was,
    as the URL Standard's setters do."""
    url = ada_url.URL(href)
    try:
        setattr(url, component, value)
    except ValueError:
        pass
    return _components(url)


def ops(runtime: Any) -> dict[str, Callable[..., Any]]:
    return {"urlParse": parse, "urlUpdate": update}
