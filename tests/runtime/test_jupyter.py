"""toyjs in a Jupyter notebook: a real kernel (ipykernel, driven by jupyter_client) runs cells
that use a Runtime. A cell runs inside the kernel's running asyncio loop, where the blocking
methods once failed ("Cannot run the event loop while another loop is running")."""

import textwrap

import pytest
from jupyter_client.manager import start_new_kernel

CELLS = [
    """
    import toyjs
    rt = toyjs.Runtime()
    print(rt.eval("[1, 2, 3].map((x) => x * 2)"))
    print(rt.eval("new Promise((resolve) => setTimeout(() => resolve('late'), 5))"))
    cart = rt.eval("({ n: 5, total() { return this.n * 2 } })")
    print(cart["total"]())
    """,
    # a cell may await instead (top-level await runs on the kernel's loop)
    """
    print(await rt.eval_async("Promise.resolve('awaited')"))
    """,
    """
    try:
        rt.eval("while (true) {}", timeout=0.2)
    except toyjs.TerminatedError as stopped:
        print(stopped)
    print(rt.eval("'usable'"))
    rt.close()
    """,
]


@pytest.fixture
def kernel(tmp_path, monkeypatch):
    # The kernel's connection file and IPython's history go to the test's own folder.
    monkeypatch.setenv("JUPYTER_RUNTIME_DIR", str(tmp_path / "runtime"))
    monkeypatch.setenv("IPYTHONDIR", str(tmp_path / "ipython"))
    manager, client = start_new_kernel(kernel_name="python3", startup_timeout=120)
    try:
        yield client
    finally:
        client.stop_channels()
        manager.shutdown_kernel(now=True)


def run_cell(client, code):
    """The cell's status and what it printed."""
    printed = []

    def collect(message):
        if message["msg_type"] == "stream":
            printed.append(message["content"]["text"])
        elif message["msg_type"] == "error":
            printed.append("\n".join(message["content"]["traceback"]))

    reply = client.execute_interactive(textwrap.dedent(code), output_hook=collect, timeout=120)
    return reply["content"]["status"], "".join(printed)


def test_a_notebook_cell_uses_a_runtime(kernel):
    assert [run_cell(kernel, cell) for cell in CELLS] == [
        ("ok", "[2, 4, 6]\nlate\n10\n"),
        ("ok", "awaited\n"),
        ("ok", "the evaluation ran past its time limit of 0.2 s\nusable\n"),
    ]
