"""Partners: the services and organisations the team works with, and notes from meetings."""
import datetime

from samvirke_desktop.db import models as m
from samvirke_desktop.domain.demo.calendar import DATABASE_STARTED, at

D = datetime.date

# key, name, kind, e-mail domain, address, website, notes, sites, contacts (name, role).
PARTNERS = (
    ("nav", "NAV Sagene", "nav", "nav.no", "Sandakerveien 24 C, 0473 Oslo", "https://www.nav.no",
     "Koordinatoren i teamet er ansatt i NAV.", ("kvartal5", "vogts64"),
     (("Marte Kolstad", "Koordinator boligsosialt arbeid"), ("Jørgen Vik", "Veileder, ungdomsteamet"))),
    ("boligbygg", "Boligbygg Oslo KF", "housing", "boligbygg.oslo.kommune.no",
     "Christian Krohgs gate 32 A, 0186 Oslo", "https://www.oslo.kommune.no/boligbygg",
     "Melder avvik fra HMS-aksjoner og dugnader hit.", ("kvartal5", "vogts64"),
     (("Per Arne Solberg", "Områdeforvalter Sagene"), ("Rune Kristoffersen", "Vaktmester Kvartal 5"))),
    ("politi", "Oslo politidistrikt, forebyggende Sagene", "police", "politiet.no", "", 
     "https://www.politiet.no", "Fast deltaker på nærnettverksmøtene.", ("kvartal5", "vogts64"),
     (("Ida Strand", "Forebyggende politibetjent"),)),
    ("skole", "Sandaker skole", "school", "osloskolen.no", "Sandakerveien 40, 0477 Oslo", "",
     "De fleste barna på leksehjelpen går her.", ("kvartal5",),
     (("Kristin Aasen", "Sosiallærer"), ("Mohammed Ali Osman", "Miljøarbeider"))),
    ("bibliotek", "Deichman Torshov", "library", "kul.oslo.kommune.no", "Torshovgata 33, 0476 Oslo",
     "https://deichman.no", "Låner ut grupperommet til leksehjelpen tirsdag og torsdag.",
     ("kvartal5",), (("Anne-Lise Brekke", "Bibliotekar, barn og unge"),)),
    ("kiwi", "Kiwi Sandaker", "shop", "kiwi.no", "Sandakerveien 52, 0477 Oslo", "",
     "Gir frukt til leksehjelpen og pølser til dugnadene.", ("kvartal5",),
     (("Ahmed Raza", "Butikksjef"),)),
    ("kirke", "Sagene menighet", "church", "kirken.no", "Kirkegata 2, 0473 Oslo", "",
     "Låner ut menighetssalen ved større samlinger.", ("vogts64",),
     (("Solveig Myhre", "Diakon"),)),
    ("dps", "Lovisenberg DPS, ROP-teamet", "health", "lds.no", "", "",
     "Kontakt ved bekymring for rus og psykisk helse. Deltar på nærnettverksmøtene.",
     ("kvartal5", "vogts64"), (("Jon Erik Tangen", "Spesialsykepleier"),)),
    ("idrett", "Sagene IF", "voluntary_org", "sageneif.no", "Bjølsenbanen, 0468 Oslo", "",
     "Gratis fotballtrening for barn fra Kvartal 5 og Vogts gate.", ("kvartal5",),
     (("Håvard Lien", "Daglig leder"),)),
    ("rodekors", "Oslo Røde Kors", "voluntary_org", "redcross.no", "Hausmanns gate 7, 0186 Oslo",
     "https://www.rodekors.no", "Formidler frivillige til leksehjelpen.", ("kvartal5",),
     (("Nina Sæther", "Frivillighetskoordinator"),)),
    ("ungdom", "Bydel Sagene, Ungdomstjenesten", "municipal_service", "bsa.oslo.kommune.no",
     "Sandakerveien 24 C, 0473 Oslo", "", "Utekontaktene går sammen med nærmiljøpatruljen.",
     ("kvartal5", "vogts64"), (("Omar Farah", "Utekontakt"),)),
)

MEETING_NOTES = (
    ("boligbygg", D(2025, 10, 14),
     "Gjennomgang av HMS-aksjonen i Vogts gate 64: 14 avvik meldt (fukt på bad, røykvarslere uten "
     "batteri, to dører som ikke låses). Boligbygg følger opp innen fire uker."),
    ("politi", D(2025, 11, 4),
     "Uro ved gangveien bak oppgang C på kveldstid. Avtalt at patruljen går forbi lekeplassen "
     "mellom kl. 21 og 22, og at politiet kommer innom to fredager i november."),
    ("bibliotek", D(2025, 12, 9),
     "Grupperommet er vårt også våren 2026. Biblioteket ønsker en liste over hvor mange som kommer, "
     "så de kan planlegge bemanningen."),
    ("kiwi", D(2026, 3, 10),
     "Kiwi fortsetter med frukt hver tirsdag og torsdag, og sponser pølser og brød til vårdugnaden."),
    ("kirke", D(2026, 5, 19),
     "Menighetssalen kan brukes til sommeravslutningen 18. juni. Vi rydder selv etterpå."),
    ("dps", D(2026, 9, 8),
     "Gjennomgang av rutinen ved bekymring: ring ROP-teamet direkte, ikke send e-post med navn."),
    ("skole", D(2026, 9, 22),
     "Skolen ser bedre resultater på kartleggingsprøvene for barn som kommer fast på leksehjelpen. "
     "Ønsker å invitere foreldrene til et felles møte i januar."),
    ("nav", D(2026, 10, 27),
     "Planla temakvelden om støtteordninger og bostøtte. NAV stiller med to veiledere og "
     "arabisk tolk."),
)


def build_partners(rows, rng, people, contacts) -> dict[str, int]:
    ids = {}
    for (key, name, kind, domain, address, website, notes, sites, people_here) in PARTNERS:
        partner_id = rows.add(m.Partner, at=DATABASE_STARTED, name=name, kind=kind,
                              phone=contacts.landline(), email=f"post@{domain}", address=address,
                              website=website, notes=notes)
        ids[key] = partner_id
        for contact_name, role in people_here:
            first, last = contact_name.split(" ", 1)
            local = f"{first}.{last.split(' ')[-1]}".lower()
            local = local.translate(str.maketrans({"ø": "o", "å": "a", "æ": "ae", "é": "e"}))
            rows.add(m.PartnerContact, at=DATABASE_STARTED, partner=partner_id, name=contact_name,
                     role=role, phone=contacts.phone(), email=f"{local}@{domain}")
        for site in sites:
            rows.add(m.PartnerSite, partner=partner_id, site=people.sites[site].id)
    for key, day, text in MEETING_NOTES:
        rows.add(m.PartnerMeetingNote, at=at(day, 15, 30), partner=ids[key], date=day, text=text)
    return ids
