"""Files written by a real spreadsheet program (LibreOffice), made once per test run."""
import shutil
import subprocess
from pathlib import Path

import pytest

HTML = Path(__file__).resolve().parents[1] / "fixtures" / "attachments"


def soffice() -> str:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if not exe:
        pytest.fail("LibreOffice (soffice) is required by these tests: scripts/setup.sh --test installs "
                    "the Debian package libreoffice-calc-nogui")
    return exe


_UTF8_CSV = "Text - txt - csv (StarCalc):44,34,76"


def convert(sources: list[Path], outdir: Path, target: str = "xlsx", infilter: str | None = None) -> None:
    """``sources`` saved by LibreOffice as ``target`` in ``outdir``. A CSV is read as UTF-8, as a planner opening the
    file picks it: left to guess, LibreOffice takes one without a BOM for Windows-1252 and saves every Chinese cell
    garbled (the importer mends that, tested apart in test_garbled_text with the encoding given)."""
    if infilter is None and sources and all(Path(p).suffix.lower() == ".csv" for p in sources):
        infilter = _UTF8_CSV
    cmd = [soffice(), f"-env:UserInstallation=file://{outdir / '.lo-profile'}", "--headless"]
    if infilter:
        cmd.append(f"--infilter={infilter}")
    cmd += ["--convert-to", target, "--outdir", str(outdir), *map(str, sources)]
    subprocess.run(cmd, check=True, capture_output=True, timeout=180)


def _saved_by_libreoffice(tmp_path_factory, target: str, reader: str = "HTML (StarCalc)") -> dict[str, Path]:
    """tests/fixtures/attachments/*.html typed as tables, saved by LibreOffice Calc (or, with ``reader``
    "HTML (StarWriter)", Writer) as ``target`` ("xlsx", or "csv:…" with the CSV filter's options)."""
    suffix = target.split(":")[0]
    out = tmp_path_factory.mktemp(f"libreoffice-{suffix}")
    sources = sorted(HTML.glob("*.html"))
    convert(sources, out, target, reader)
    files = {p.stem: out / f"{p.stem}.{suffix}" for p in sources}
    missing = [k for k, v in files.items() if not v.exists()]
    assert not missing, f"LibreOffice did not convert: {missing}"
    return files


@pytest.fixture(scope="session")
def lo_files(tmp_path_factory) -> dict[str, Path]:
    """The attachment tables as LibreOffice saves them in xlsx."""
    return _saved_by_libreoffice(tmp_path_factory, "xlsx")


@pytest.fixture(scope="session")
def lo_ods_files(tmp_path_factory) -> dict[str, Path]:
    """The same tables saved as OpenDocument (.ods), LibreOffice's own format."""
    return _saved_by_libreoffice(tmp_path_factory, "ods")


@pytest.fixture(scope="session")
def lo_xml2003_files(tmp_path_factory) -> dict[str, Path]:
    """The same tables saved as Excel's XML spreadsheet of 2003 ("XML 电子表格 2003"), the .xls many
    office systems export."""
    return _saved_by_libreoffice(tmp_path_factory, "xml:MS Excel 2003 XML")


@pytest.fixture(scope="session")
def lo_docx_files(tmp_path_factory) -> dict[str, Path]:
    """The same tables in a Word document, as LibreOffice Writer saves one (.docx)."""
    return _saved_by_libreoffice(tmp_path_factory, "docx:MS Word 2007 XML", "HTML (StarWriter)")


@pytest.fixture(scope="session")
def lo_csv_files(tmp_path_factory) -> dict[str, Path]:
    """The same tables saved as CSV (comma, UTF-8), as an office saves a sheet to send it on:
    each merged cell becomes its text in the first cell and blanks in the others."""
    return _saved_by_libreoffice(tmp_path_factory, "csv:Text - txt - csv (StarCalc):44,34,76")


def csv_file(tmp_path: Path, name: str, text: str) -> Path:
    """A CSV file as a planner saves one (UTF-8)."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def typed_and_saved(tmp_path: Path, name: str, text: str) -> tuple[Path, Path]:
    """A CSV as a planner types one (UTF-8), and the workbook LibreOffice Calc saves of it (numbers, dates and
    percentages then typed cells): the same table twice, for a test that reads both."""
    path = csv_file(tmp_path, name, text)
    convert([path], tmp_path / "lo", "xlsx")  # (read as UTF-8: the typed cells are the point, not a garbled copy)
    return path, tmp_path / "lo" / f"{path.stem}.xlsx"


def workbook_file(path: Path, sheets: dict[str, list[list]]) -> Path:
    """An xlsx file of ``sheets`` (name → rows), written by openpyxl."""
    import openpyxl

    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
    wb.save(path)
    return path


def one_table(path: Path):
    """The one table a file holds, read without errors, and its records by name (or a target's text)."""
    from milestones.spreadsheet.importer import read_import

    (t,) = read_import(path).tables
    assert t.errors == []
    return t, {r.get("name") or r.get("text"): r for r in t.records}


def exported_back(db, imp, out: Path, kind: str = "measures", year: int = 2024):
    """``imp`` written, the kind exported to ``out``, and the export previewed against the database."""
    from milestones.spreadsheet.export import export
    from milestones.spreadsheet.importer import preview, read_import, write

    write(db, preview(db, imp))
    export(db, kind, out, year=year)
    return preview(db, read_import(out))


def db_state(db_path: Path) -> bytes:
    """The database as bytes, WAL included: 'unchanged' means byte-for-byte."""
    data = db_path.read_bytes()
    wal = db_path.with_name(db_path.name + "-wal")
    if wal.exists():
        data += b"|WAL|" + wal.read_bytes()
    return data
