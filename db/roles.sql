-- Roles for a shared milestones database (PostgreSQL). Run by the database's
-- owner, once, after the first `milestones --db postgresql://… info` created
-- the tables (or with `milestones admin init-roles --db postgresql://…`):
--
--   milestones_viewer   may read everything
--   milestones_editor   may read and change the plan's data (not the schema)
--
-- People log in as their own roles, members of one of these:
--   CREATE ROLE zhang LOGIN PASSWORD '…' IN ROLE milestones_editor;
--   (or: milestones admin add-user zhang --role editor --db postgresql://…)
-- The database enforces this: a viewer's UPDATE is refused whatever program sends it.

DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'milestones_viewer') THEN
        CREATE ROLE milestones_viewer NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'milestones_editor') THEN
        CREATE ROLE milestones_editor NOLOGIN;
    END IF;
END
$$;

GRANT USAGE ON SCHEMA public TO milestones_viewer, milestones_editor;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO milestones_viewer, milestones_editor;
GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO milestones_editor;
REVOKE INSERT, UPDATE, DELETE ON alembic_version FROM milestones_editor;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO milestones_editor;

-- tables and sequences a later migration adds get the same grants
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO milestones_viewer, milestones_editor;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT INSERT, UPDATE, DELETE ON TABLES TO milestones_editor;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO milestones_editor;
