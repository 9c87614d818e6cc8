import pytest

from tests.research.factories import DefinitionFactory


@pytest.fixture
def chain(db):
    """root -> child -> grandchild."""
    root = DefinitionFactory(name="root")
    child = DefinitionFactory(name="child", parent=root)
    grandchild = DefinitionFactory(name="grandchild", parent=child)
    return root, child, grandchild
