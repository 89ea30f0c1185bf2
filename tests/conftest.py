import pytest

import toyjs


@pytest.fixture
def isolate():
    with toyjs.Isolate() as iso:
        yield iso


@pytest.fixture
def ctx(isolate):
    with isolate.new_context() as context:
        yield context
