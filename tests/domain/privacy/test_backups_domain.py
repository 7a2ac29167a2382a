"""Backups as the program takes them: the chosen folder, automatic once a day, restore."""
import datetime

import pytest

from samvirke_desktop.db import connection
from samvirke_desktop.db.models import Resident
from samvirke_desktop.domain.privacy import backups
from samvirke_desktop.domain.team import record_changes
from samvirke_desktop.domain.team.settings_store import write_setting
from samvirke_desktop.errors import ValidationError

NOW = datetime.datetime(2026, 11, 22, 8, 0)


def test_copy_goes_beside_the_database_by_default(database, db_path):
    plan = backups.backup_plan(db_path)
    assert plan.folder == db_path.parent / "samvirke-sikkerhetskopier"
    assert plan.note == ""
    assert backups.automatic_backup_due(plan, NOW)
    written = backups.run_backup(plan, NOW)
    assert written.parent == plan.folder
    assert backups.last_backup(plan).taken_at == NOW
    assert not backups.automatic_backup_due(plan, NOW + datetime.timedelta(hours=23))
    assert backups.automatic_backup_due(plan, NOW + datetime.timedelta(hours=24))


def test_chosen_folder_is_used_and_checked(database, db_path, tmp_path):
    folder = tmp_path / "fellesdisk"
    with pytest.raises(ValidationError) as info:
        backups.set_backup_folder(str(folder))
    assert "finnes ikke" in info.value.field_errors["folder"]
    folder.mkdir()
    backups.set_backup_folder(str(folder))
    assert backups.chosen_folder() == str(folder)
    written = backups.take_backup_now(db_path)
    assert written.parent == folder


def test_unreachable_folder_falls_back_beside_the_database(database, db_path, tmp_path):
    write_setting(backups.BACKUP_FOLDER_KEY, str(tmp_path / "S-disken"))
    plan = backups.backup_plan(db_path)
    assert plan.folder == db_path.parent / "samvirke-sikkerhetskopier"
    assert "finnes ikke på denne PC-en" in plan.note


def test_restore_brings_back_the_old_contents(database, db_path):
    record_changes.create(Resident, first_name="Amina")
    # An hour ago: copies are named by the second, and the restore takes one of its own now.
    copy = backups.run_backup(backups.backup_plan(db_path), NOW - datetime.timedelta(hours=1))
    record_changes.create(Resident, first_name="Etter kopien")
    result = backups.restore_backup(copy, db_path)
    assert result.safety_backup.exists()
    connection.open_database(db_path, create=False)
    assert [r.first_name for r in Resident.select()] == ["Amina"]
    assert {b.path for b in backups.available_backups(db_path)} == {copy, result.safety_backup}
