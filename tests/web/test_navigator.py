"""navigator: the shape Node 24 gives it, and fields from the runtime, the machine and the
environment's locale."""

import json
import os
import platform
import subprocess
import sys
from pathlib import Path

import pytest

import toyjs as toyjs_package

PROGRAM = Path(__file__).parent / "programs" / "navigator.mjs"

# What Node 24 prints for the shape (the fields' line is the machine's and comes after).
NODE_24_SHAPE = """\
function undefined true
true true []
[
  'constructor',
  'hardwareConcurrency',
  'language',
  'languages',
  'userAgent',
  'platform'
]
hardwareConcurrency function undefined true
language function undefined true
languages function undefined true
userAgent function undefined true
platform function undefined true
TypeError ERR_ILLEGAL_CONSTRUCTOR Illegal constructor
TypeError
true true
"""


def run_with_locale(**variables):
    env = {name: value for name, value in os.environ.items() if not name.startswith(("LC_", "LANG"))}
    env.update(variables)
    command = [sys.executable, "-m", "toyjs", "run", str(PROGRAM)]
    done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout


def machine_facts():
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    uname = platform.uname()
    return cpus, f"{uname.system} {uname.machine}"


def test_shape_and_fields(toyjs):
    done = toyjs("run", PROGRAM)
    assert done.code == 0, done.stderr
    *shape, fields = done.stdout.splitlines(keepends=True)
    assert "".join(shape) == NODE_24_SHAPE
    language, languages, cpus, system = json.loads(fields)
    assert languages == [language]
    assert [cpus, system] == list(machine_facts())


def test_user_agent_names_toyjs(toyjs):
    done = toyjs("eval", "navigator.userAgent")
    assert done.stdout.strip() == f"toyjs/{toyjs_package.__version__}"


@pytest.mark.parametrize(
    "variables, language",
    [
        ({"LANG": "de_DE.UTF-8"}, "de-DE"),
        ({"LANG": "de_DE.UTF-8", "LC_ALL": "fr_FR.UTF-8"}, "fr-FR"),
        ({"LANG": "de_DE.UTF-8", "LC_MESSAGES": "it_IT"}, "it-IT"),
        ({"LANG": "pt_BR"}, "pt-BR"),
        ({"LANG": "C"}, "en-US"),
        ({}, "en-US"),
    ],
)
def test_language_follows_the_environment_as_in_node(variables, language):
    # (each pair as Node 24 reports it under the same variables)
    fields = json.loads(run_with_locale(**variables).splitlines()[-1])
    assert fields[:2] == [language, [language]]


def test_in_workers(toyjs, tmp_path):
    (tmp_path / "worker.mjs").write_text("postMessage([typeof navigator, navigator.userAgent, navigator.language === Intl.DateTimeFormat().resolvedOptions().locale]);\n")
    (tmp_path / "main.mjs").write_text(
        "import { Worker as NodeWorker } from 'node:worker_threads';\n"
        "const web = new Worker(new URL('./worker.mjs', import.meta.url), { type: 'module' });\n"
        "web.onmessage = (event) => { console.log('web', event.data); web.terminate();\n"
        "  const node = new NodeWorker(\"require('worker_threads').parentPort.postMessage(navigator instanceof Navigator)\", { eval: true });\n"
        "  node.on('message', (value) => console.log('node', value));\n"
        "};\n"
    )
    done = toyjs("run", "--allow-read", tmp_path / "main.mjs")
    assert done.code == 0, done.stderr
    assert done.stdout == f"web [ 'object', 'toyjs/{toyjs_package.__version__}', true ]\nnode true\n"
