"""The Python side of URLPattern: each component's canonical form, by the URL parser toyjs's
URL uses (Ada's, as node's URLPattern), setting the component on a dummy URL. ``None`` when
the URL parser refuses the value (the pattern is then invalid, or the input does not match).
"""

from __future__ import annotations

from typing import Any, Callable

DUMMY_HOST = "dummy.invalid"


def _dummy(scheme: str = "https") -> Any:
    import ada_url  # here, not at the top: loading Ada costs start-up time

    return ada_url.URL(f"{scheme}://{DUMMY_HOST}/")


def _set(url: Any, component: str, value: str) -> Any:
    """``url`` after setting the component, or None when the value was refused."""
    try:
        setattr(url, component, value)
    except ValueError:
        return None
    return url


def protocol(value: str, _protocol: str) -> str | None:
    import ada_url

    try:
        return ada_url.URL(f"{value}://{DUMMY_HOST}/").protocol[:-1]
    except ValueError:
        return None


def userinfo(component: str) -> Callable[[str, str], str | None]:
    def canonical(value: str, _protocol: str) -> str | None:
        url = _set(_dummy(), component, value)
        return None if url is None else getattr(url, component)

    return canonical


def hostname(value: str, _protocol: str) -> str | None:
    url = _set(_dummy(), "hostname", value)
    return None if url is None else url.hostname


def port(value: str, scheme: str) -> str | None:
    """A special scheme's default port is the empty string."""
    try:
        url = _dummy(scheme or "fake")
    except ValueError:
        url = _dummy("fake")
    url = _set(url, "port", value)
    return None if url is None else url.port


def pathname(value: str, _protocol: str) -> str | None:
    url = _set(_dummy(), "pathname", value)
    return None if url is None else url.pathname


def opaque_pathname(value: str, _protocol: str) -> str | None:
    import ada_url

    try:
        return ada_url.URL(f"fake:{value}").pathname
    except ValueError:
        return None


def query_or_fragment(component: str) -> Callable[[str, str], str | None]:
    def canonical(value: str, _protocol: str) -> str | None:
        url = _set(_dummy(), component, value)
        return None if url is None else getattr(url, component)[1:]

    return canonical


CANONICALIZERS: dict[str, Callable[[str, str], str | None]] = {
    "protocol": protocol,
    "username": userinfo("username"),
    "password": userinfo("password"),
    "hostname": hostname,
    "port": port,
    "pathname": pathname,
    "opaquePathname": opaque_pathname,
    "search": query_or_fragment("search"),
    "hash": query_or_fragment("hash"),
}


def canonical(kind: str, value: str, scheme: str = "") -> str | None:
    return CANONICALIZERS[kind](value, scheme)


def ops(runtime: Any) -> dict[str, Callable[..., Any]]:
    return {"urlPatternCanonical": canonical}
