"""The property tests of typing, 批量修改, the project window, 替换 and 新增指标/目标, run again on a shared
PostgreSQL plan: it refuses what SQLite keeps (a NUL, a text past its column's length, an integer past 2**31), and
a fault there reached the planner as 程序出错. Found by it: a NUL in a new indicator's unit or target."""
import pytest

from tests.gui.test_adding_anything import *  # noqa: F401,F403
from tests.gui.test_bulk_anything import *  # noqa: F401,F403
from tests.gui.test_project_window_anything import *  # noqa: F401,F403
from tests.gui.test_replace_anything import *  # noqa: F401,F403
from tests.gui.test_typing_anything import *  # noqa: F401,F403


@pytest.fixture
def db(pg_url):
    """The bundled plan on a new PostgreSQL database, where the tests above take a plan file."""
    from milestones.store import open_store

    database = open_store(pg_url)
    yield database
    database.close()
