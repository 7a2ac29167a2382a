"""The residents list reads raw rows for speed: the values must still come out as before."""
import datetime

from samvirke_desktop.db.models import Resident, Site
from samvirke_desktop.domain.people import resident_list


def test_ages_flags_and_names_from_raw_rows(database):
    site = Site.create(name="Kvartal 5")
    Resident.insert_many([
        {"first_name": "Amina", "last_name": "Hassan", "birth_date": datetime.date(2016, 6, 6),
         "birth_year": 2016, "gender": "female", "site": site.id, "interpreter_needed": True,
         "language": "somali"},
        {"first_name": "Yusuf", "last_name": "Ali", "birth_year": 2012, "gender": "male"},
        {"first_name": "Ukjent", "last_name": "Alder"},
        {"first_name": "Ola", "last_name": "Flyttet", "archived": True,
         "birth_date": datetime.date(1980, 1, 31)},
    ]).execute()
    day = datetime.date(2026, 6, 5)
    rows = {r.first_name: r for r in resident_list.list_residents(include_archived=True, today=day)}

    amina = rows["Amina"]
    assert amina.age == 9  # the birthday is tomorrow
    assert (amina.site, amina.site_id, amina.language) == ("Kvartal 5", site.id, "somali")
    assert amina.interpreter_needed is True and amina.needs_completion is False
    assert amina.archived is False and amina.anonymised is False
    assert rows["Yusuf"].age == 14 and rows["Yusuf"].site == "" and rows["Yusuf"].site_id is None
    assert rows["Ukjent"].age is None
    assert rows["Ola"].age == 46 and rows["Ola"].archived is True
    assert resident_list.list_residents(today=datetime.date(2026, 6, 6))[0].age == 10


def test_stored_dates_come_as_text_or_date():
    assert resident_list._day("2016-06-06") == datetime.date(2016, 6, 6)
    assert resident_list._day(datetime.date(2016, 6, 6)) == datetime.date(2016, 6, 6)
    assert resident_list._day(None) is None
