"""文件 → 连接共享数据库: host, port, database, user; the password is asked for,
or taken from the system keyring where one is available. It is never stored
in plain text (not in QSettings, not in the recent list)."""
from __future__ import annotations

from urllib.parse import quote

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QSpinBox

KEYRING_SERVICE = "milestones"


def keyring_get(user: str, host: str) -> str | None:
    try:
        import keyring

        return keyring.get_password(KEYRING_SERVICE, f"{user}@{host}")
    except Exception:  # no keyring module or no backend: ask instead
        return None


def keyring_set(user: str, host: str, password: str) -> bool:
    try:
        import keyring

        keyring.set_password(KEYRING_SERVICE, f"{user}@{host}", password)
        return True
    except Exception:
        return False


def connection_url(host: str, port: int, database: str, user: str, password: str | None) -> str:
    auth = quote(user, safe="")
    if password:  # a password is as typed, spaces and all
        auth += ":" + quote(password, safe="")
    if ":" in host:  # an IPv6 address: its colons are not the port's
        host = f"[{host.strip('[]')}]"
    return f"postgresql+psycopg://{auth}@{host}:{port}/{quote(database, safe='')}"


class ConnectDialog(QDialog):
    def __init__(self, settings, parent=None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("连接共享数据库"))
        form = QFormLayout(self)
        self.host = QLineEdit(settings.value("shared/host", "127.0.0.1", str), self)
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(int(settings.value("shared/port", 5432)))
        self.database = QLineEdit(settings.value("shared/database", "milestones", str), self)
        self.user = QLineEdit(settings.value("shared/user", "", str), self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.Password)
        self.remember = QCheckBox(self.tr("在系统密钥环中记住密码"), self)
        form.addRow(self.tr("服务器"), self.host)
        form.addRow(self.tr("端口"), self.port)
        form.addRow(self.tr("数据库"), self.database)
        form.addRow(self.tr("用户"), self.user)
        form.addRow(self.tr("密码"), self.password)
        form.addRow("", self.remember)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.user.editingFinished.connect(self._from_keyring)
        self._from_keyring()

    def _from_keyring(self) -> None:
        if not self.password.text() and self.user.text().strip():
            pw = keyring_get(self.user.text().strip(), self.host.text().strip())
            if pw:
                self.password.setText(pw)

    def url(self) -> str:
        """The URL to connect with; the settings keep everything but the password."""
        s = self.settings
        # names pasted from an e-mail bring a space or a line break along: " 127.0.0.1 " is no server's name
        host, database, user = (box.text().strip() for box in (self.host, self.database, self.user))
        s.setValue("shared/host", host)
        s.setValue("shared/port", self.port.value())
        s.setValue("shared/database", database)
        s.setValue("shared/user", user)
        if self.remember.isChecked() and self.password.text():
            keyring_set(user, host, self.password.text())
        return connection_url(host, self.port.value(), database, user, self.password.text() or None)
