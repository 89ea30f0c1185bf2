import re

import pytest

FIRST_FRAME = re.compile(r"^    at ", re.MULTILINE)
NODE_VERSION = re.compile(r"\n\nNode\.js v[\d.]+\n\Z")


@pytest.fixture
def error_head():
    """What an uncaught error's report says before its first stack frame (the frames inside
    each runtime differ), without node's closing "Node.js v20..." line, which toyjs does not
    print: the excerpt (file:line, the line, the carets), a blank line, the error."""

    def head(stderr: str) -> str:
        stderr = NODE_VERSION.sub("\n", stderr)
        frame = FIRST_FRAME.search(stderr)
        return stderr[: frame.start()] if frame else stderr

    return head
