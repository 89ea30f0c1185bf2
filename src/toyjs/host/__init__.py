"""The host layer: the event loop on asyncio, the module loader, and the ops JS calls.

It knows no web standard; `toyjs.web` builds those on it.
"""
