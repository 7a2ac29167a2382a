"""Funders with their reporting age bands and rules, and five applications in different states.

The figures in the achievement texts of the granted and reported applications are taken
from the demo's own attendance, so a grant report and the goals agree. Bufdir's grant for
leksehjelp has a grant letter with conditions, evidence per goal, explanations of budget
variances (one still missing), contributions in kind and a signer, so its report shows every
part a funder checks.
"""
import datetime
from decimal import Decimal

from samvirke_desktop.db import models as m
from samvirke_desktop.domain.demo.calendar import DATABASE_STARTED, TODAY, at
from samvirke_desktop.domain.demo.team import COORDINATOR, GRANT_WRITER
from samvirke_desktop.domain.formatting import number

D = datetime.date
CENT = Decimal("0.01")

# key, name, short name, website, volunteer hour rate, audit notes, notes, age bands, schemes
# (key, name, code, own bands, auditor statement above kroner, always, explain variance over %)
FUNDERS = (
    ("bufdir", "Barne-, ungdoms- og familiedirektoratet", "Bufdir", "https://www.bufdir.no", None,
     "Offentlige søkere: regnskapet kontrolleres av kommunerevisjonen.",
     "Søknad og rapport i Bufdirs søknadsportal. Målgruppen er 0–24 år.",
     (("0–5", 0, 5), ("6–12", 6, 12), ("13–15", 13, 15), ("16–19", 16, 19), ("20–24", 20, 24),
      ("25+", 25, None)),
     (("inkludering", "Tilskudd til inkludering av barn og unge", "TIBU", None,
       Decimal("200000.00"), False, None),)),
    ("husbanken", "Husbanken", "Husbanken", "https://www.husbanken.no", None, "",
     "Rapporterer antall husstander og deltakere.",
     (("Barn (0–17)", 0, 17), ("Voksne (18+)", 18, None)),
     (("kompetanse", "Kompetansetilskudd til bærekraftig bolig- og tjenesteutvikling", "", None,
       None, True, None),)),
    ("statsforvalteren", "Statsforvalteren i Oslo og Viken", "Statsforvalteren",
     "https://www.statsforvalteren.no/oslo-og-viken/", None, "", "",
     (("0–17", 0, 17), ("18–24", 18, 24), ("25+", 25, None)),
     (("rus", "Tilskudd til kommunalt rusforebyggende arbeid", "", None, None, True, None),)),
    ("gjensidige", "Gjensidigestiftelsen", "Gjensidigestiftelsen", "https://www.gjensidigestiftelsen.no",
     Decimal("300.00"), "Regnskap attesteres av økonomisjef i bydelen.",
     "Verdien av frivillig innsats regnes med 300 kr per time.",
     (("<12", None, 12), ("13–19", 13, 19), ("20–25", 20, 25), ("26–64", 26, 64), ("65+", 65, None)),
     (("trygghet", "Trygghet og inkludering i nærmiljøet", "", None, Decimal("500000.00"),
       False, Decimal("15.0")),)),
    ("oslo", "Oslo kommune", "Oslo kommune", "https://www.oslo.kommune.no", None, "",
     "Storbymidler fordeles av bydelen etter søknad.",
     (("Barn og unge (0–24)", 0, 24), ("Voksne (25+)", 25, None)),
     (("storby", "Storbymidler", "",
       (("0–5", 0, 5), ("6–12", 6, 12), ("13–17", 13, 17), ("18–24", 18, 24), ("25+", 25, None)),
       None, True, None),)),
)


def _stats(rows, story) -> dict:
    """Figures from the demo's attendance for the goals' achievement texts."""
    sessions = {s.id: s for s in story.sessions}
    present = [(sessions[a["session"]], a) for a in rows.rows(m.Attendance) if a["present"]]

    def held(key, first, last):
        # Held means not cancelled, as in the grant statistics, registered or not.
        return [s for s in story.sessions_of(key)
                if not s.cancelled and first <= s.date <= min(last, TODAY)]

    def per_session(key, first, last, role):
        chosen = held(key, first, last)
        ids = {s.id for s in chosen}
        total = sum(1 for s, a in present if s.id in ids and a["role"] == role)
        return len(chosen), (Decimal(total) / len(chosen)) if chosen else Decimal(0)

    def unique(key, first, last, role):
        ids = {s.id for s in held(key, first, last)}
        return len({a["resident"] for s, a in present if s.id in ids and a["role"] == role})

    gs_first, gs_last = D(2025, 8, 1), D(2026, 7, 31)
    year_first = D(2026, 1, 1)
    dugnads, dugnad_adults = per_session("dugnad", gs_first, gs_last, "adult")
    _, dugnad_children = per_session("dugnad", gs_first, gs_last, "child")
    patrols, patrol_adults = per_session("patrulje", gs_first, gs_last, "adult")
    homework, homework_children = per_session("leksehjelp", year_first, TODAY, "child")
    return dict(
        dugnads=dugnads, dugnad_adults=number(dugnad_adults, 1),
        dugnad_children=number(dugnad_children, 1),
        patrols=patrols, patrol_adults=number(patrol_adults, 1),
        patrol_people=unique("patrulje", gs_first, gs_last, "adult"),
        homework=homework, homework_children=number(homework_children, 1),
        homework_unique=unique("leksehjelp", year_first, TODAY, "child"),
        homework_parents=unique("leksehjelp", year_first, TODAY, "parent"),
        holiday_children=unique("hostferie", year_first, TODAY, "child"),
    )


def _applications(s: dict) -> tuple:
    """Each application: fields, status history, goals, budget lines, linked activities."""
    return (
        dict(
            funder="gjensidige", scheme="trygghet", reference="GS-2025-04187",
            title="Trygt og trivelig i Kvartal 5 – dugnad og nærmiljøpatrulje",
            period=(D(2025, 8, 1), D(2026, 7, 31)), status="reported",
            applied=Decimal("250000.00"), granted=Decimal("200000.00"),
            deadlines=(D(2025, 3, 31), D(2026, 1, 31), D(2026, 9, 30), D(2026, 9, 30)),
            history=(("draft", D(2025, 3, 3), ""), ("sent", D(2025, 3, 27), ""),
                     ("granted", D(2025, 6, 16), "Innvilget 200 000 kr av omsøkte 250 000 kr."),
                     ("reported", D(2026, 9, 24), "Sluttrapport og regnskap sendt.")),
            summary="Beboerne i Kvartal 5 tar selv ansvar for trivsel og trygghet: en dugnad i "
                    "måneden vår og høst, og foreldre som går nærmiljøpatrulje annenhver fredag.",
            method="Dugnadene planlegges sammen med beboerne på idémøter før hver sesong. "
                   "Boligbygg stiller med verktøy og container, vaktmesteren veileder. Patruljen "
                   "går i refleksvest sammen med utekontaktene fra bydelen.",
            results=f"Det ble holdt {s['dugnads']} dugnader med i snitt {s['dugnad_adults']} voksne "
                    f"og {s['dugnad_children']} barn, og {s['patrols']} patruljekvelder med i snitt "
                    f"{s['patrol_adults']} voksne.",
            deviations="Én dugnad ble avlyst på grunn av snø og is. Sommeravslutningen ble litt "
                       "dyrere enn planlagt fordi flere kom enn ventet.",
            challenges="Det er vanskelig å nå beboere som ikke snakker norsk. Vi har fått bedre "
                       "oppmøte etter at invitasjonene ble oversatt til seks språk.",
            continuation="Dugnadene fortsetter med midler fra bydelen. For patruljen søker vi "
                         "Statsforvalteren om midler for 2027.",
            goals=(("Flere beboere deltar på dugnad", "Minst 20 voksne per dugnad i snitt",
                    f"I snitt {s['dugnad_adults']} voksne og {s['dugnad_children']} barn per dugnad "
                    f"({s['dugnads']} dugnader).", "partly"),
                   ("Nærmiljøpatruljen går fast annenhver fredag", "Minst 15 kvelder i perioden",
                    f"Patruljen gikk {s['patrols']} kvelder, med {s['patrol_people']} ulike "
                    "foreldre.", "reached" if s["patrols"] >= 15 else "partly"),
                   ("Færre meldinger om hærverk til Boligbygg", "Halvere antall meldinger",
                    "Meldingene gikk ned fra 23 til 15 (–35 %).", "not_reached")),
            budget=(("Mat og drikke på dugnadene", "60000", "64320.40", 8, "food"),
                    ("Verktøy, hansker og søppelsekker", "40000", "35880.00", 6, "tools"),
                    ("Refleksvester og lykter til patruljen", "25000", "24990.00", 2, "gear"),
                    ("Koordinering (10 % stilling)", "60000", "60000.00", 12, "salary"),
                    ("Sommeravslutning", "15000", "16455.50", 3, "party")),
            activities=("dugnad", "patrulje")),
        dict(
            funder="bufdir", scheme="inkludering", sub_category="4.11 Annen lokal aktivitet",
            reference="2026-BUF-031287",
            title="Leksehjelp og aktivitetsuke for barn i Sagene 2026",
            period=(D(2026, 1, 1), D(2026, 12, 31)), status="granted",
            applied=Decimal("485000.00"), granted=Decimal("420000.00"),
            deadlines=(D(2025, 11, 3), None, D(2027, 3, 1), D(2027, 3, 1)),
            history=(("draft", D(2025, 10, 13), ""), ("sent", D(2025, 11, 3), ""),
                     ("granted", D(2026, 2, 20), "Tilsagnsbrev mottatt: 420 000 kr.")),
            summary="Gratis leksehjelp to kvelder i uka for barn som bor i kommunale boliger i "
                    "Sagene, og en aktivitetsuke i høstferien.",
            method="Frivillige studenter og pensjonister hjelper barna i små grupper på "
                   "biblioteket. En lønnet studentkoordinator har ansvaret hver kveld. Foreldre "
                   "inviteres med, og får tolk på foreldremøtene.",
            results=f"Per {TODAY.strftime('%d.%m.%Y')}: {s['homework']} kvelder med leksehjelp, "
                    f"{s['homework_unique']} ulike barn, i snitt {s['homework_children']} barn per "
                    f"kveld. {s['holiday_children']} barn var med i høstferien.",
            deviations="Én kveld ble avlyst på grunn av vannlekkasje på biblioteket.",
            challenges="Mange nye barn kom i august, og vi trenger flere frivillige på torsdager.",
            continuation="Vi søker videreføring for 2027 med samme omfang. Neste steg er å "
                         "rekruttere fem nye frivillige til torsdagene før jul, og å starte en "
                         "foreldregruppe med tolk i januar.",
            success_factors="Fast tid og sted to kvelder i uka, frukt og mat når barna kommer "
                            "rett fra skolen, og de samme voksne hver gang. Samarbeidet med "
                            "biblioteket gir oss rom uten leie.",
            # The grant letter sets the value of a volunteer hour for this grant.
            hour_rate=Decimal("300.00"),
            grant_letter=(D(2026, 2, 20), "Tilsagn 2026-BUF-031287"),
            conditions=(
                ("Tilskuddet skal brukes til leksehjelp og aktivitetsuke slik det er beskrevet "
                 "i søknaden.", "met", "Begge tiltakene er gjennomført som planlagt."),
                ("Alle som arbeider med barn skal ha vist gyldig politiattest.", "partly",
                 "Én frivillig hadde utløpt attest i en periode; ny attest er vist."),
                ("Tiltaket skal nå minst 40 barn per kveld i snitt.", "not_met",
                 "Færre kom før sommeren; oppmøtet økte etter skolestart."),
                ("Det skal gå fram av invitasjoner og plakater at tiltaket er støttet av "
                 "Bufdir.", "met", "Bufdirs logo står på plakaten og invitasjonene."),
                ("Avvik på mer enn 10 % fra budsjettet skal forklares i rapporten.", "partly",
                 "Se forklaringene under budsjett og regnskap."),
                # Not assessed yet: the report check says so before the report goes out.
                ("Mottakeren skal delta på Bufdirs erfaringssamling for tilskuddsordningen.",
                 "", "")),
            in_kind=(("premises", "Rom på Sagene bibliotek to kvelder i uka", None, None,
                      "48000.00"),
                     ("staff_hours", "Bomiljøarbeider: planlegging, foreldremøter og oppfølging",
                      "120", "450.00", None)),
            signer=("Hanne Lie", "Bomiljøarbeider og prosjektleder", "Oslo"),
            goals=(("Barn fra kommunale boliger får jevnlig leksehjelp",
                    "90 barn registrert, 40 barn per kveld",
                    f"{s['homework_unique']} ulike barn hittil i år, i snitt "
                    f"{s['homework_children']} per kveld.", "",
                    "Oppmøtelister fra hver kveld, registrert i Samvirke."),
                   ("Foreldre blir kjent med skolen og leksehjelpen", "30 foreldre i løpet av året",
                    f"{s['homework_parents']} foreldre har vært med hittil.", "",
                    "Oppmøte på foreldremøtene, registrert i Samvirke."),
                   ("Færre elever under kritisk grense på nasjonale prøver",
                    "Under 10 % under kritisk grense", "", "",
                    "Resultatene fra nasjonale prøver kommer i desember.")),
            budget=(("Lønn studentkoordinator (20 % stilling)", "180000", "150000.00", 10, "salary",
                     "Koordinatoren begynte 1. mars, ikke 1. januar; desember er ikke utbetalt "
                     "ennå."),
                    ("Frukt og mat", "60000", "55815.60", 9, "food"),
                    # Over budget by more than 10 % and not yet explained: the report says so.
                    ("Skolemateriell og bøker", "25000", "27960.00", 4, "books"),
                    ("Aktivitetsuke i høstferien", "85000", "91245.00", 5, "holiday"),
                    ("Utflukter og avslutninger", "40000", "20870.00", 2, "trips",
                     "Juleavslutningen i desember er ikke betalt ennå."),
                    ("Tolk på foreldremøter", "30000", "12400.00", 3, "interpreter",
                     "To av foreldremøtene brukte tolk fra bydelens egen tolketjeneste uten "
                     "kostnad.")),
            activities=("leksehjelp", "hostferie")),
        dict(
            funder="husbanken", scheme="kompetanse", reference="HB-26-1182",
            title="Nærmiljøskolen 2026 – bokompetanse for nye leietakere",
            period=(D(2026, 1, 1), D(2026, 12, 31)), status="rejected",
            applied=Decimal("180000.00"), granted=None,
            deadlines=(D(2026, 1, 15), None, None, None),
            history=(("draft", D(2025, 12, 1), ""), ("sent", D(2026, 1, 14), ""),
                     ("rejected", D(2026, 3, 12),
                      "Ordningen ble overtegnet. Husbanken oppfordrer oss til å søke igjen.")),
            summary="Temakvelder for voksne beboere om brannsikkerhet, inneklima, naboskap og "
                    "støtteordninger, med tolk.",
            method="Seks temakvelder i halvåret med innledere fra brannvesenet, Boligbygg, NAV og "
                   "Konfliktrådet.",
            goals=(("Nye leietakere kjenner rettighetene og pliktene sine", "60 deltakere i året",
                    "", ""),
                   ("Færre fuktskader på grunn av for lite lufting", "Halvere antall meldte "
                    "fuktskader", "", "")),
            budget=(("Tolk", "60000", None, 0, ""), ("Innledere og materiell", "45000", None, 0, ""),
                    ("Servering", "30000", None, 0, ""), ("Koordinering", "45000", None, 0, "")),
            activities=("naermiljoskolen",)),
        dict(
            funder="oslo", scheme="storby", reference="",
            title="Fredagstreff og nærnettverk i Vogts gate 64 – 2027",
            period=(D(2027, 1, 1), D(2027, 12, 31)), status="sent",
            applied=Decimal("310000.00"), granted=None,
            deadlines=(D(2026, 10, 15), D(2027, 8, 31), D(2028, 2, 1), D(2028, 2, 1)),
            history=(("draft", D(2026, 9, 1), ""), ("sent", D(2026, 10, 14), "")),
            summary="Et åpent treffsted hver fredag og et nærnettverk av tjenester som møtes hver "
                    "femte uke.",
            method="Treffstedet drives av bomiljøarbeideren med frivillige. Vi teller deltakere "
                   "uten å registrere navn.",
            goals=(("Et trygt møtested for alle beboere", "Åpent minst 40 fredager", "", ""),
                   ("Tjenestene samarbeider om de samme beboerne", "10 nærnettverksmøter", "", ""),
                   ("Flere beboere blir kjent med naboene sine", "Økt trivsel i beboerundersøkelsen",
                    "", "")),
            budget=(("Koordinator fredagstreff (20 % stilling)", "170000", None, 0, ""),
                    ("Mat og drikke", "65000", None, 0, ""),
                    ("Aktiviteter og materiell", "45000", None, 0, ""),
                    ("Nærnettverksmøter: servering og lokaler", "30000", None, 0, "")),
            activities=("fredagstreff", "naernettverk")),
        dict(
            funder="statsforvalteren", scheme="rus", reference="",
            title="Foreldre på tur – nærmiljøpatrulje og forebygging 2027",
            period=(D(2027, 1, 1), D(2027, 12, 31)), status="draft",
            applied=Decimal("148500.00"), granted=None,
            deadlines=(D(2026, 12, 1), None, D(2028, 3, 1), None),
            history=(("draft", D(2026, 11, 2), ""),),
            summary="Foreldre går nærmiljøpatrulje annenhver fredag og får kurs i å snakke med "
                    "ungdom om rus.",
            goals=(("Flere foreldre går patrulje", "25 ulike foreldre i løpet av året", "", ""),
                   ("Foreldre kjenner tegnene på rusbruk", "Kurs for 20 foreldre", "", "")),
            budget=(("Refleksvester, jakker og lykter", "28500", None, 0, ""),
                    ("Kurs for foreldre i samtaler med ungdom", "60000", None, 0, ""),
                    ("Koordinering", "60000", None, 0, "")),
            activities=("patrulje",)),
    )


EXPENSE_TEXTS = {
    "food": ("Kiwi Sandaker – mat og drikke", "Rema 1000 – frukt", "Pølser og brød",
             "Meny – grillmat", "Kaffe, saft og kopper"),
    "tools": ("Jernia – hansker og river", "Clas Ohlson – søppelsekker", "Maling og pensler",
              "Blomsterjord og planter"),
    "gear": ("Refleksvester med trykk, 20 stk.", "Hodelykter og batterier"),
    "salary": ("Lønn koordinator",),
    "party": ("Leie av hoppeslott", "Mat til sommeravslutningen", "Premier og diplomer"),
    "books": ("Norli – lesebøker", "Skrivesaker og kalkulatorer", "Ordbøker"),
    "holiday": ("Busskort og billetter", "Klatring – inngang", "Lunsj i høstferien",
                "Materiell til kunstdagen"),
    "trips": ("Tur til Teknisk museum", "Sommeravslutning – mat"),
    "interpreter": ("Tolketjenesten – tolk arabisk, foreldremøte",
                    "Tolketjenesten – tolk somali, foreldremøte"),
}
MONTHS = ("januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september",
          "oktober", "november", "desember")


def _expenses(rows, rng, line_id, total: Decimal, count: int, kind: str, first, last) -> None:
    """``count`` expenses adding up to exactly ``total``; salaries monthly in whole kroner."""
    if kind == "salary":
        share = (total / count).quantize(Decimal(1))
        month = first.replace(day=25)
        for i in range(count):
            amount = share if i < count - 1 else total - share * (count - 1)
            rows.add(m.Expense, at=at(month, 11), budget_line=line_id, date=month,
                     description=f"Lønn koordinator, {MONTHS[month.month - 1]} {month.year}",
                     amount=amount)
            month = (month.replace(day=1) + datetime.timedelta(days=32)).replace(day=25)
        return
    weights = [rng.uniform(0.5, 1.5) for _ in range(count)]
    amounts = [(total * Decimal(w) / Decimal(sum(weights))).quantize(CENT) for w in weights]
    amounts[-1] = total - sum(amounts[:-1])
    span = (last - first).days
    days = sorted(first + datetime.timedelta(days=rng.randrange(span + 1)) for _ in range(count))
    texts = EXPENSE_TEXTS[kind]
    for i, (day, amount) in enumerate(zip(days, amounts)):
        rows.add(m.Expense, at=max(at(day, 13), DATABASE_STARTED), budget_line=line_id, date=day,
                 description=texts[i % len(texts)], amount=amount)


def build_grants(rows, rng, story) -> None:
    funder_ids, scheme_ids = {}, {}
    for key, name, short, website, rate, audit, notes, bands, schemes in FUNDERS:
        funder_id = rows.add(m.Funder, at=DATABASE_STARTED, name=name, short_name=short,
                             website=website, volunteer_hour_rate=rate, audit_notes=audit,
                             notes=notes)
        funder_ids[key] = funder_id
        for order, (label, age_from, age_to) in enumerate(bands):
            rows.add(m.AgeBand, at=DATABASE_STARTED, funder=funder_id, label=label,
                     age_from=age_from, age_to=age_to, sort_order=order)
        for scheme_key, scheme_name, code, scheme_bands, threshold, always, variance in schemes:
            scheme_id = rows.add(m.FunderScheme, at=DATABASE_STARTED, funder=funder_id,
                                 name=scheme_name, code=code, auditor_threshold=threshold,
                                 auditor_always=always, variance_threshold_percent=variance)
            scheme_ids[scheme_key] = scheme_id
            for order, (label, age_from, age_to) in enumerate(scheme_bands or ()):
                rows.add(m.AgeBand, at=DATABASE_STARTED, funder=funder_id, scheme=scheme_id,
                         label=label, age_from=age_from, age_to=age_to, sort_order=order)

    for app in _applications(_stats(rows, story)):
        history = app["history"]
        # Applications from before the team used Samvirke were typed in when it started.
        created = max(at(history[0][1], 10), DATABASE_STARTED)
        saved = max(at(history[-1][1], 14), DATABASE_STARTED)
        first, last = app["period"]
        deadline_app, deadline_progress, deadline_final, deadline_accounts = app["deadlines"]
        app_id = rows.add(
            m.Application, at=saved, created_at=created, version=len(history),
            funder=funder_ids[app["funder"]], scheme=scheme_ids[app["scheme"]],
            sub_category=app.get("sub_category", ""), title=app["title"],
            reference=app["reference"], period_start=first, period_end=last, status=app["status"],
            amount_applied=app["applied"], amount_granted=app["granted"],
            deadline_application=deadline_app, deadline_progress_report=deadline_progress,
            deadline_final_report=deadline_final, deadline_accounts=deadline_accounts,
            volunteer_hour_rate=app.get("hour_rate"),
            grant_letter_date=app.get("grant_letter", (None, ""))[0],
            grant_letter_reference=app.get("grant_letter", (None, ""))[1],
            signer_name=app.get("signer", ("", "", ""))[0],
            signer_role=app.get("signer", ("", "", ""))[1],
            signed_place=app.get("signer", ("", "", ""))[2],
            **{name: app.get(name, "") for name in
               ("summary", "method", "results", "deviations", "challenges", "continuation",
                "success_factors")})
        for status, day, note in history:
            who = COORDINATOR if status == "granted" else GRANT_WRITER
            rows.add(m.ApplicationStatusChange, application=app_id, status=status, changed_on=day,
                     changed_at=max(at(day, 14), DATABASE_STARTED), changed_by=who, note=note)
        for order, (description, target, achievement, rating, *evidence) in enumerate(app["goals"]):
            rows.add(m.Goal, at=saved, application=app_id, description=description,
                     target=target, achievement=achievement, rating=rating,
                     evidence=evidence[0] if evidence else "", sort_order=order)
        for order, (name, amount, spent, count, kind, *why) in enumerate(app["budget"]):
            line_id = rows.add(m.BudgetLine, at=saved, created_at=created, application=app_id, name=name,
                               amount=Decimal(amount), sort_order=order,
                               variance_explanation=why[0] if why else "")
            if spent is not None:
                _expenses(rows, rng, line_id, Decimal(spent), count, kind, first,
                          min(last, TODAY))
        for activity in app["activities"]:
            rows.add(m.ActivityApplication, activity=story.ids[activity], application=app_id)
        for order, (text, status, comment) in enumerate(app.get("conditions", ())):
            rows.add(m.GrantCondition, at=saved, application=app_id, text=text, status=status,
                     comment=comment, sort_order=order)
        for order, (kind, description, hours, rate, amount) in enumerate(app.get("in_kind", ())):
            rows.add(m.InKindContribution, at=saved, application=app_id, kind=kind,
                     description=description, hours=None if hours is None else Decimal(hours),
                     rate=None if rate is None else Decimal(rate),
                     amount=None if amount is None else Decimal(amount), sort_order=order)
