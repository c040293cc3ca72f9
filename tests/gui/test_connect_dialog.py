"""连接共享数据库: what the planner types (or pastes, with a space around it) reaches the server as typed."""
from PySide6.QtCore import QSettings
from sqlalchemy.engine import make_url

from milestones.ui.connect_dialog import ConnectDialog, connection_url


def test_a_password_with_any_character_reaches_the_server_as_typed():
    for password in ("p@ss:w/rd", "100%20off", "a#b?c&d=e", "中文密码 有空格", "'\"\\"):
        url = make_url(connection_url("db.example", 5432, "计划", "zhang@office", password))
        assert (url.password, url.username, url.host, url.database) == (password, "zhang@office", "db.example", "计划")


def test_an_ipv6_server_is_written_so_that_its_colons_are_not_the_port():
    url = make_url(connection_url("::1", 5433, "milestones", "u", None))
    assert (url.host, url.port) == ("::1", 5433)


def test_names_pasted_with_spaces_around_them_connect(qtbot, pg_server, tmp_path):
    """" 127.0.0.1 " (pasted from an e-mail) made a URL no server answers: "could not translate host name"."""
    from milestones.store import open_store

    name = make_url(pg_server.new_database()).database
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat)
    dialog = ConnectDialog(settings)
    qtbot.addWidget(dialog)
    dialog.host.setText(" 127.0.0.1 ")
    dialog.port.setValue(pg_server.port)
    dialog.database.setText(f" {name}\n")
    dialog.user.setText(f" {pg_server.superuser} ")
    dialog.password.setText("")
    db = open_store(dialog.url())
    try:
        assert db.display_name and not db.is_sqlite
    finally:
        db.close()
    assert settings.value("shared/host") == "127.0.0.1"  # kept as it connects
