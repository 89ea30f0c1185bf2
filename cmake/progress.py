"""What the build tells the person waiting for `pip install .`: each download, each step, each
file compiled.

pip hides a build backend's output unless asked (`pip install -v`), so a line goes to the
controlling terminal when there is one, and to stderr otherwise (CI logs, `-v`).
"""

from __future__ import annotations

import sys


def say(text: str) -> None:
    line = f"toyjs build: {text}\n"
    try:
        with open("/dev/tty", "w") as terminal:
            # On its own line, whatever pip's spinner left on the current one.
            terminal.write("\r\033[K" + line)
            return
    except OSError:
        pass
    sys.stderr.write(line)
    sys.stderr.flush()
