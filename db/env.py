"""Alembic environment: runs on the connection that milestones hands it.

The app opens the database and passes its connection in
``config.attributes["connection"]``, so a migration runs inside the app's own
transaction. From the command line (``alembic -c db/alembic.ini``) it opens
``sqlalchemy.url`` itself.
"""
from alembic import context
from sqlalchemy import engine_from_config, pool

from milestones.store.schema import Base

config = context.config
target_metadata = Base.metadata


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        # SQLite cannot ALTER most things; batch mode rebuilds the table.
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    engine = engine_from_config(config.get_section(config.config_ini_section, {}), prefix="sqlalchemy.", poolclass=pool.NullPool)
    with engine.connect() as conn:
        _run(conn)
