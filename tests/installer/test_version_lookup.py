"""The version comes from the installed package's metadata, read without importlib.metadata
at start-up; both ways give the same answer."""
import sys
from importlib import metadata

import samvirke_desktop


def test_the_version_is_the_installed_packages():
    assert samvirke_desktop.__version__ == metadata.version("samvirke")


def test_a_metadata_folder_on_the_path_is_read(tmp_path, monkeypatch):
    folder = tmp_path / "samvirke-9.8.7.dist-info"
    folder.mkdir()
    (folder / "METADATA").write_text("Metadata-Version: 2.1\nName: samvirke\nVersion: 9.8.7\n\n"
                                     "Version: not this one\n", encoding="utf-8")
    (tmp_path / "samvirke_other-1.0.dist-info").mkdir()  # another project: not looked at
    monkeypatch.setattr(sys, "path", [str(tmp_path / "gone"), str(tmp_path)])
    assert samvirke_desktop._installed_version() == "9.8.7"


def test_without_a_metadata_folder_importlib_metadata_decides(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "path", [str(tmp_path)])
    assert samvirke_desktop._installed_version() == "0.0.0"
