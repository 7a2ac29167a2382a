<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nb_NO">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Versjon {version} · databaseskjema {schema}</source>
        <translation>Version {version} · database schema {schema}</translation>
    </message>
    <message>
        <source>Databasen som er åpen: {location}</source>
        <translation>Database in use: {location}</translation>
    </message>
    <message>
        <source>Loggfil: {path}</source>
        <translation>Log file: {path}</translation>
    </message>
    <message>
        <source>Lukk</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Om Samvirke</source>
        <translation>About Samvirke</translation>
    </message>
    <message>
        <source>Samvirke</source>
        <translation>Samvirke</translation>
    </message>
    <message>
        <source>Samvirke holder orden på beboere, aktiviteter, oppmøte, frivillige, samarbeidspartnere og tilskudd for bo- og nærmiljøteam, og lager rapportene tilskuddsgiverne ber om.</source>
        <translation>Samvirke keeps track of residents, activities, attendance, volunteers, partners and grants for housing and neighbourhood teams, and makes the reports funders ask for.</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <source>{name}: liste</source>
        <translation>{name}: list</translation>
    </message>
</context>
<context>
    <name>ActivitiesPage</name>
    <message>
        <source>Aktiviteter</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Alle typer</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>Område</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Alle som ikke er arkivert</source>
        <translation>All not archived</translation>
    </message>
    <message>
        <source>Pågår eller kommer</source>
        <translation>Ongoing or upcoming</translation>
    </message>
    <message>
        <source>Avsluttet</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>Arkivert</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>Alle, også arkiverte</source>
        <translation>All, archived too</translation>
    </message>
    <message>
        <source>Avsluttet: den siste samlingen er holdt. Arkivert: tatt ut av listene med Arkiver i aktiviteten.</source>
        <translation>Ended: the last session has been held. Archived: taken off the lists with Archive in the activity.</translation>
    </message>
    <message>
        <source>&amp;Vis:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>&amp;Samlinger og oppmøte</source>
        <translation>&amp;Sessions and attendance</translation>
    </message>
    <message>
        <source>Samlingene til aktiviteten du har valgt: registrer oppmøte, legg til, flytt eller avlys samlinger, endre timeplanen</source>
        <translation>Sessions of the selected activity: register attendance, add, move or cancel sessions, change the schedule</translation>
    </message>
    <message>
        <source>&amp;Bilder…</source>
        <translation>&amp;Photos…</translation>
    </message>
    <message>
        <source>Bilder fra aktiviteten du har valgt, med hvem som er med og om de har samtykke til foto: til rapporten til tilskuddsgiveren</source>
        <translation>Photos from the chosen activity, with who is in them and whether they consent to photos: for the report to the funder</translation>
    </message>
    <message>
        <source>&amp;Ny aktivitet</source>
        <translation>&amp;New activity</translation>
    </message>
    <message>
        <source>Skriv deler av navnet, typen, området eller stedet.</source>
        <translation>Type part of the name, type, area or place.</translation>
    </message>
    <message>
        <source>Alle områder</source>
        <translation>All areas</translation>
    </message>
    <message>
        <source>1 aktivitet</source>
        <translation>1 activity</translation>
    </message>
    <message>
        <source>{count} aktiviteter</source>
        <translation>{count} activities</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Ny aktivitet</source>
        <translation>New activity</translation>
    </message>
    <message>
        <source>Aktivitet – {name}</source>
        <translation>Activity – {name}</translation>
    </message>
    <message>
        <source>Samlinger og &amp;timeplan…</source>
        <translation>Sessions and &amp;schedule…</translation>
    </message>
    <message>
        <source>Se samlingene, registrer oppmøte og endre timeplanen</source>
        <translation>See the sessions, register attendance and change the schedule</translation>
    </message>
    <message>
        <source>Lagre aktiviteten først, så kan du legge inn timeplanen</source>
        <translation>Save the activity first, then you can add the schedule</translation>
    </message>
    <message>
        <source>Hent fram</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Arkiver</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Skriv navn, telefon eller e-post</source>
        <translation>Type name, phone or e-mail</translation>
    </message>
    <message>
        <source>Skriv navnet på den frivillige</source>
        <translation>Type the volunteer&apos;s name</translation>
    </message>
    <message>
        <source>Ikke valgt</source>
        <translation>Not chosen</translation>
    </message>
    <message>
        <source> (arkivert)</source>
        <translation> (archived)</translation>
    </message>
    <message>
        <source>Ingen søknader er registrert ennå.</source>
        <translation>No applications have been registered yet.</translation>
    </message>
    <message>
        <source>{n} påmeldte</source>
        <translation>{n} enrolled</translation>
    </message>
    <message>
        <source>, {n} har sluttet</source>
        <translation>, {n} have left</translation>
    </message>
    <message>
        <source>Deltakere ({n})</source>
        <translation>Participants ({n})</translation>
    </message>
    <message>
        <source>Faste frivillige ({n})</source>
        <translation>Regular volunteers ({n})</translation>
    </message>
    <message>
        <source>Politiattest mangler eller er utløpt: {names}. Aktiviteten er for barn. Se en gyldig politiattest før de er med, og registrer datoen på den frivillige. Du kan lagre likevel; advarselen blir registrert.</source>
        <translation>Police certificate missing or expired: {names}. The activity is for children. See a valid police certificate before they take part, and register the date on the volunteer. You can save anyway; the warning is recorded.</translation>
    </message>
    <message>
        <source>Frivillige på aktiviteter med barn må ha vist gyldig politiattest.</source>
        <translation>Volunteers on activities with children must have shown a valid police certificate.</translation>
    </message>
    <message>
        <source>Aktiviteten er ikke for barn: politiattest kreves ikke.</source>
        <translation>The activity is not for children: no police certificate is required.</translation>
    </message>
    <message>
        <source>Oversatt til: {languages}.</source>
        <translation>Translated into: {languages}.</translation>
    </message>
    <message>
        <source>Ingen oversettelser ennå: plakaten skrives ut på bokmål.</source>
        <translation>No translations yet: the poster is printed in Bokmål.</translation>
    </message>
    <message>
        <source>Aktiviteten står ikke på plakaten for beboerne (se fanen Aktivitet), så oversettelsene kommer ikke med før du krysser av for det.</source>
        <translation>The activity is not on the residents&apos; poster (see the Activity tab), so the translations are not included until you tick that box.</translation>
    </message>
    <message>
        <source>Oversettelser ({n})</source>
        <translation>Translations ({n})</translation>
    </message>
    <message>
        <source>Oversettelser</source>
        <translation>Translations</translation>
    </message>
    <message>
        <source>Rollen din gir ikke tilgang til navnene på deltakerne.</source>
        <translation>Your role does not give access to the participants&apos; names.</translation>
    </message>
    <message>
        <source>Rollen din gir ikke tilgang til navnene på de frivillige.</source>
        <translation>Your role does not give access to the volunteers&apos; names.</translation>
    </message>
    <message>
        <source>Rollen din gir ikke lov til å endre aktiviteter.</source>
        <translation>Your role does not allow changing activities.</translation>
    </message>
    <message>
        <source>Lagre først?</source>
        <translation>Save first?</translation>
    </message>
    <message>
        <source>Du har endringer som ikke er lagret. Vil du lagre dem før du går til samlingene?</source>
        <translation>You have unsaved changes. Do you want to save them before going to the sessions?</translation>
    </message>
    <message>
        <source>Lagre og gå videre</source>
        <translation>Save and continue</translation>
    </message>
    <message>
        <source>Fortsett å redigere</source>
        <translation>Keep editing</translation>
    </message>
    <message>
        <source>Lagre først</source>
        <translation>Save first</translation>
    </message>
    <message>
        <source>Du har endringer som ikke er lagret. Lagre eller forkast dem før du arkiverer aktiviteten.</source>
        <translation>You have unsaved changes. Save or discard them before archiving the activity.</translation>
    </message>
</context>
<context>
    <name>ActivityForm</name>
    <message>
        <source>Aktivitet</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>&amp;Navn</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>For eksempel Leksehjelp Torshov</source>
        <translation>For example Homework help Torshov</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>O&amp;mråde</source>
        <translation>A&amp;rea</translation>
    </message>
    <message>
        <source>Blokka, borettslaget eller adressen aktiviteten hører til</source>
        <translation>The block, housing cooperative or address the activity belongs to</translation>
    </message>
    <message>
        <source>&amp;Sted</source>
        <translation>&amp;Place</translation>
    </message>
    <message>
        <source>For eksempel Deichman Torshov, grupperommet</source>
        <translation>For example Deichman Torshov, the group room</translation>
    </message>
    <message>
        <source>Nye samlinger får dette stedet hvis timeplanen ikke sier noe annet</source>
        <translation>New sessions get this place unless the schedule says otherwise</translation>
    </message>
    <message>
        <source>&amp;Ansvarlig</source>
        <translation>&amp;Responsible</translation>
    </message>
    <message>
        <source>Hvem i teamet som har ansvaret</source>
        <translation>Who in the team is responsible</translation>
    </message>
    <message>
        <source>&amp;Målgruppe</source>
        <translation>&amp;Target group</translation>
    </message>
    <message>
        <source>For eksempel Barn på 1.–10. trinn og foreldrene deres</source>
        <translation>For example Children in years 1–10 and their parents</translation>
    </message>
    <message>
        <source>Aktivitet med &amp;barn (frivillige må ha gyldig politiattest)</source>
        <translation>Activity with &amp;children (volunteers must have a valid police certificate)</translation>
    </message>
    <message>
        <source>For treffsteder der mange ikke vil registreres med navn: oppmøtet føres som antall</source>
        <translation>For drop-in places where many do not want to be registered by name: attendance is kept as a count</translation>
    </message>
    <message>
        <source>&amp;Bare antall deltakere, ikke navn</source>
        <translation>&amp;Only count participants, no names</translation>
    </message>
    <message>
        <source>Aktivitetskalenderen henger i oppgangene og er for beboerne. Interne møter med samarbeidspartnere hører ikke hjemme der.</source>
        <translation>The activity calendar hangs in the stairwells and is for the residents. Internal meetings with partners do not belong there.</translation>
    </message>
    <message>
        <source>På &amp;plakaten for beboerne (aktivitetskalenderen)</source>
        <translation>On the residents&apos; po&amp;ster (activity calendar)</translation>
    </message>
    <message>
        <source>Bes&amp;krivelse</source>
        <translation>Des&amp;cription</translation>
    </message>
    <message>
        <source>Hva aktiviteten går ut på, hvem som bidrar, praktiske ting</source>
        <translation>What the activity is about, who contributes, practical matters</translation>
    </message>
    <message>
        <source>Deltakere</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>&amp;Legg til deltaker:</source>
        <translation>&amp;Add participant:</translation>
    </message>
    <message>
        <source>som</source>
        <translation>as</translation>
    </message>
    <message>
        <source>Rollen nye deltakere får (kan endres i listen)</source>
        <translation>The role new participants get (can be changed in the list)</translation>
    </message>
    <message>
        <source>Påmeldte deltakere</source>
        <translation>Enrolled participants</translation>
    </message>
    <message>
        <source>Ta deltakeren ut av listen. Oppmøtet som er registrert blir ikke slettet. Vil du ta vare på påmeldingen, skriv en dato i Sluttet i stedet.</source>
        <translation>Take the participant off the list. Attendance already registered is not deleted. To keep the enrolment, type a date in Left instead.</translation>
    </message>
    <message>
        <source>&amp;Fjern deltaker</source>
        <translation>&amp;Remove participant</translation>
    </message>
    <message>
        <source>Faste frivillige</source>
        <translation>Regular volunteers</translation>
    </message>
    <message>
        <source>Legg til &amp;frivillig:</source>
        <translation>Add &amp;volunteer:</translation>
    </message>
    <message>
        <source>Fjern f&amp;rivillig</source>
        <translation>Remove vol&amp;unteer</translation>
    </message>
    <message>
        <source>Oversettelser</source>
        <translation>Translations</translation>
    </message>
    <message>
        <source>Aktivitetskalenderen kan skrives ut på et annet språk i tillegg til bokmål. Skriv navnet, stedet og beskrivelsen slik beboerne leser dem. Det som står tomt, kommer på bokmål.</source>
        <translation>The activity calendar can be printed in another language as well as Bokmål. Write the name, the place and the description as the residents will read them. Anything left empty is printed in Bokmål.</translation>
    </message>
    <message>
        <source>Sp&amp;råk</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Språkene som er oversatt, er merket med ✓</source>
        <translation>Translated languages are marked with ✓</translation>
    </message>
    <message>
        <source>Na&amp;vn</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <source>St&amp;ed</source>
        <translation>Plac&amp;e</translation>
    </message>
    <message>
        <source>Beskr&amp;ivelse</source>
        <translation>Descr&amp;iption</translation>
    </message>
    <message>
        <source>Søknader</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>Kryss av for søknadene som finansierer aktiviteten. Da kommer samlingene og deltakerne med i rapporten til tilskuddsgiveren.</source>
        <translation>Tick the applications that fund the activity. Its sessions and participants are then included in the report to the funder.</translation>
    </message>
    <message>
        <source>Søknader som finansierer aktiviteten</source>
        <translation>Applications funding the activity</translation>
    </message>
</context>
<context>
    <name>ActivityPhotosDialog</name>
    <message>
        <source>Bilder – {activity}</source>
        <translation>Photos – {activity}</translation>
    </message>
    <message>
        <source>Bilder fra aktiviteten, til rapporten til tilskuddsgiveren. Et bilde kan være med i en rapport bare når alle som er med på det har samtykke til foto (for barn under 15 år gitt av foresatte), eller når ingen kan kjennes igjen.</source>
        <translation>Photos from the activity, for the report to the funder. A photo can go in a report only when everyone in it has a photo consent (for children under 15 given by a guardian), or when nobody can be recognised.</translation>
    </message>
    <message>
        <source>Bilder</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Ingen bilder ennå. Trykk «Legg til bilde…» for å velge et JPEG- eller PNG-bilde.</source>
        <translation>No photos yet. Press “Add photo…” to choose a JPEG or PNG picture.</translation>
    </message>
    <message>
        <source>&amp;Legg til bilde…</source>
        <translation>&amp;Add photo…</translation>
    </message>
    <message>
        <source>&amp;Endre tekst og hvem som er med…</source>
        <translation>&amp;Edit caption and who is in it…</translation>
    </message>
    <message>
        <source>&amp;Fjern</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Lukk</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Kan brukes i rapport: {mark}</source>
        <translation>Can be used in a report: {mark}</translation>
    </message>
    <message>
        <source>Kan ikke brukes i rapport: {mark}</source>
        <translation>Cannot be used in a report: {mark}</translation>
    </message>
    <message>
        <source>{count} anonymisert, men fortsatt på bildet: fjern bildet eller bruk det ikke</source>
        <translation>{count} anonymised, but still in the picture: remove the photo or do not use it</translation>
    </message>
    <message>
        <source>Velg et bilde</source>
        <translation>Choose a photo</translation>
    </message>
    <message>
        <source>Bilder (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</source>
        <translation>Pictures (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</translation>
    </message>
    <message>
        <source>Fjerne bildet?</source>
        <translation>Remove the photo?</translation>
    </message>
    <message>
        <source>«{caption}» fjernes fra Samvirke, også fra rapporter det er valgt til. Bildefilen du la til fra, blir ikke rørt.</source>
        <translation>“{caption}” is removed from Samvirke, also from the reports it was chosen for. The picture file you added it from is not touched.</translation>
    </message>
    <message>
        <source>Fjern</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ActivitySessionTableModel</name>
    <message>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Uke</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Sted</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Tema</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Til stede</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Frivillige</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <source>{named} registrert med navn, {heads} talt uten navn</source>
        <translation>{named} registered by name, {heads} counted without names</translation>
    </message>
    <message>
        <source>ISO-uke {week}</source>
        <translation>ISO week {week}</translation>
    </message>
</context>
<context>
    <name>ActivitySessions</name>
    <message>
        <source>Navn, sted, deltakere, faste frivillige og søknader</source>
        <translation>Name, place, participants, regular volunteers and applications</translation>
    </message>
    <message>
        <source>&amp;Om aktiviteten…</source>
        <translation>&amp;About the activity…</translation>
    </message>
    <message>
        <source>T&amp;imeplan:</source>
        <translation>Sc&amp;hedule:</translation>
    </message>
    <message>
        <source>Endre ukedager, klokkeslett og datoer. Samlinger med oppmøte blir aldri slettet.</source>
        <translation>Change weekdays, times and dates. Sessions with attendance are never deleted.</translation>
    </message>
    <message>
        <source>&amp;Endre timeplan…</source>
        <translation>&amp;Change schedule…</translation>
    </message>
    <message>
        <source>En timeplan lager samlingene for en periode, for eksempel et semester</source>
        <translation>A schedule makes the sessions for a period, for example a term</translation>
    </message>
    <message>
        <source>N&amp;y timeplan…</source>
        <translation>Ne&amp;w schedule…</translation>
    </message>
    <message>
        <source>Fjern timeplanen og samlingene uten oppmøte</source>
        <translation>Remove the schedule and the sessions without attendance</translation>
    </message>
    <message>
        <source>Slett timepla&amp;n</source>
        <translation>Delete sche&amp;dule</translation>
    </message>
    <message>
        <source>&amp;Vis:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>Samlinger</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Registrer hvem som kom på samlingen (Enter eller dobbeltklikk)</source>
        <translation>Register who came to the session (Enter or double-click)</translation>
    </message>
    <message>
        <source>Registrer &amp;oppmøte</source>
        <translation>Register &amp;attendance</translation>
    </message>
    <message>
        <source>Skriv inn en utfylt papirliste for hele måneden</source>
        <translation>Type in a filled-in paper list for the whole month</translation>
    </message>
    <message>
        <source>&amp;Månedsliste fra papir…</source>
        <translation>&amp;Month list from paper…</translation>
    </message>
    <message>
        <source>En ekstra samling utenom timeplanen</source>
        <translation>An extra session outside the schedule</translation>
    </message>
    <message>
        <source>&amp;Ny samling…</source>
        <translation>&amp;New session…</translation>
    </message>
    <message>
        <source>Ny dato, nytt klokkeslett, sted eller tema</source>
        <translation>New date, time, place or topic</translation>
    </message>
    <message>
        <source>Endre / &amp;flytt…</source>
        <translation>Change / &amp;move…</translation>
    </message>
    <message>
        <source>Avlys samlingen og skriv hvorfor</source>
        <translation>Cancel the session and write why</translation>
    </message>
    <message>
        <source>&amp;Avlys…</source>
        <translation>&amp;Cancel…</translation>
    </message>
    <message>
        <source>Slett en samling som ble lagt inn ved en feil (bare uten oppmøte)</source>
        <translation>Delete a session that was added by mistake (only without attendance)</translation>
    </message>
    <message>
        <source>&amp;Slett</source>
        <translation>&amp;Delete</translation>
    </message>
</context>
<context>
    <name>ActivitySessionsWindow</name>
    <message>
        <source>Dette skoleåret</source>
        <translation>This school year</translation>
    </message>
    <message>
        <source>Forrige skoleår</source>
        <translation>Last school year</translation>
    </message>
    <message>
        <source>Fra i dag</source>
        <translation>From today</translation>
    </message>
    <message>
        <source>Alle samlinger</source>
        <translation>All sessions</translation>
    </message>
    <message>
        <source>Samlinger – {name}</source>
        <translation>Sessions – {name}</translation>
    </message>
    <message>
        <source> (arkivert)</source>
        <translation> (archived)</translation>
    </message>
    <message>
        <source>Ingen timeplan ennå: lag en for å få samlingene</source>
        <translation>No schedule yet: make one to get the sessions</translation>
    </message>
    <message>
        <source>Faste frivillige uten gyldig politiattest på en aktivitet med barn: {who}. Se en gyldig attest før de er med, og registrer datoen på den frivillige.</source>
        <translation>Regular volunteers without a valid police certificate on an activity with children: {who}. See a valid certificate before they take part, and register the date on the volunteer.</translation>
    </message>
    <message>
        <source>{n} samlinger: {held} holdt ({present} oppmøter), {planned} planlagt, {cancelled} avlyst</source>
        <translation>{n} sessions: {held} held ({present} attendances), {planned} planned, {cancelled} cancelled</translation>
    </message>
    <message>
        <source>, {n} mangler oppmøte</source>
        <translation>, {n} missing attendance</translation>
    </message>
    <message>
        <source>Registrer hvem som kom på samlingen (Enter eller dobbeltklikk)</source>
        <translation>Register who came to the session (Enter or double-click)</translation>
    </message>
    <message>
        <source>Samlingen er avlyst</source>
        <translation>The session is cancelled</translation>
    </message>
    <message>
        <source>&amp;Gjenopprett</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>&amp;Avlys…</source>
        <translation>&amp;Cancel…</translation>
    </message>
    <message>
        <source>Samlingen {when} er avlyst ({reason}). Trykk Gjenopprett hvis den likevel blir holdt.</source>
        <translation>The session {when} is cancelled ({reason}). Press Restore if it is held after all.</translation>
    </message>
    <message>
        <source>ingen grunn oppgitt</source>
        <translation>no reason given</translation>
    </message>
    <message>
        <source>Samlingen er ikke holdt ennå</source>
        <translation>The session has not been held yet</translation>
    </message>
    <message>
        <source>Oppmøte registreres på dagen eller etterpå. Velg dagens samling eller en tidligere.</source>
        <translation>Attendance is registered on the day or afterwards. Choose today&apos;s session or an earlier one.</translation>
    </message>
    <message>
        <source>Slette samlingen?</source>
        <translation>Delete the session?</translation>
    </message>
    <message>
        <source>Vil du slette samlingen {when}? Bruk Avlys hvis den var planlagt og ikke blir holdt; da vises den som avlyst i kalenderen og rapportene.</source>
        <translation>Do you want to delete the session {when}? Use Cancel if it was planned and will not be held; it is then shown as cancelled in the calendar and the reports.</translation>
    </message>
    <message>
        <source>Slett</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Slette timeplanen?</source>
        <translation>Delete the schedule?</translation>
    </message>
    <message>
        <source>Timeplanen «{label}» slettes sammen med samlingene som ikke har registrert oppmøte. Samlinger med oppmøte blir stående.</source>
        <translation>The schedule «{label}» is deleted together with the sessions that have no attendance registered. Sessions with attendance are kept.</translation>
    </message>
    <message>
        <source>Slett timeplanen</source>
        <translation>Delete the schedule</translation>
    </message>
    <message>
        <source>Timeplanen er slettet, med {n} samlinger.</source>
        <translation>The schedule has been deleted, with {n} sessions.</translation>
    </message>
    <message>
        <source> {n} samlinger med oppmøte ble beholdt.</source>
        <translation> {n} sessions with attendance were kept.</translation>
    </message>
</context>
<context>
    <name>ActivityTableModel</name>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Område</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Sted</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Samlinger</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Påmeldte</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Merknad</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>{n} uten politiattest</source>
        <translation>{n} without police certificate</translation>
    </message>
    <message>
        <source>Samlinger som er holdt eller planlagt; avlyste er ikke med.</source>
        <translation>Sessions held or planned; cancelled ones are not included.</translation>
    </message>
    <message>
        <source>Påmeldte deltakere som ikke har sluttet.</source>
        <translation>Enrolled participants who have not left.</translation>
    </message>
    <message>
        <source>Første samling {first}, siste {last}</source>
        <translation>First session {first}, last {last}</translation>
    </message>
    <message>
        <source>En aktivitet med barn har faste frivillige uten gyldig politiattest. Åpne aktiviteten for å se hvem.</source>
        <translation>An activity with children has regular volunteers without a valid police certificate. Open the activity to see who.</translation>
    </message>
</context>
<context>
    <name>AdminForm</name>
    <message>
        <source>Lag administrator</source>
        <translation>Create administrator</translation>
    </message>
    <message>
        <source>Databasen har ingen brukere ennå. Du blir administrator: du legger til kollegene, gir dem roller og tar vare på sikkerhetskopiene. Alle logger inn med eget brukernavn, så endringsloggen viser hvem som har gjort hva.</source>
        <translation>The database has no users yet. You become the administrator: you add your colleagues, give them roles and look after the backups. Everyone logs in with their own username, so the change log shows who did what.</translation>
    </message>
    <message>
        <source>&amp;Fullt navn</source>
        <translation>&amp;Full name</translation>
    </message>
    <message>
        <source>f.eks. Kari Nordmann</source>
        <translation>e.g. Kari Nordmann</translation>
    </message>
    <message>
        <source>&amp;Brukernavn</source>
        <translation>&amp;Username</translation>
    </message>
    <message>
        <source>f.eks. kari.nordmann</source>
        <translation>e.g. kari.nordmann</translation>
    </message>
    <message>
        <source>&amp;Passord</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>minst 8 tegn</source>
        <translation>at least 8 characters</translation>
    </message>
    <message>
        <source>&amp;Gjenta passordet</source>
        <translation>&amp;Repeat the password</translation>
    </message>
</context>
<context>
    <name>ApplicationDialog</name>
    <message>
        <source>Arkiver</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Slett utkast</source>
        <translation>Delete draft</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Registrert av</source>
        <translation>Registered by</translation>
    </message>
    <message>
        <source>Merknad</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Mål</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Måltall</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Hva dere ville nå, for eksempel «40 barn per kveld»</source>
        <translation>What you wanted to reach, for example «40 children per evening»</translation>
    </message>
    <message>
        <source>Vurdering</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Ikke vurdert</source>
        <translation>Not assessed</translation>
    </message>
    <message>
        <source>Fil</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Beskrivelse</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Vilkår</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Vilkåret slik det står i tilsagnsbrevet</source>
        <translation>The condition as worded in the grant letter</translation>
    </message>
    <message>
        <source>Kommentar</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Hvordan vilkåret er oppfylt, eller hvorfor ikke</source>
        <translation>How the condition has been met, or why not</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Timesats (kr)</source>
        <translation>Hourly rate (NOK)</translation>
    </message>
    <message>
        <source>Kroner per time</source>
        <translation>Kroner per hour</translation>
    </message>
    <message>
        <source>Verdi (kr)</source>
        <translation>Value (NOK)</translation>
    </message>
    <message>
        <source>Med timer og timesats regnes verdien ut; ellers skriver du den selv</source>
        <translation>With hours and an hourly rate the value is worked out; otherwise enter it yourself</translation>
    </message>
    <message>
        <source>Datoen {day} er før forrige statusendring ({label}, {last}). Historikken ordnes etter dato, så «{new}» kommer før «{label}» der. Stemmer datoen?</source>
        <translation>The date {day} is before the previous status change ({label}, {last}). The history is ordered by date, so «{new}» comes before «{label}» there. Is the date right?</translation>
    </message>
    <message>
        <source>Velg tilskuddsgiver…</source>
        <translation>Choose funder…</translation>
    </message>
    <message>
        <source> – arkivert</source>
        <translation> – archived</translation>
    </message>
    <message>
        <source>Ingen bestemt ordning</source>
        <translation>No particular scheme</translation>
    </message>
    <message>
        <source>Satsen her gjelder for denne søknaden i stedet for tilskuddsgiverens.</source>
        <translation>The rate here applies to this application instead of the funder&apos;s.</translation>
    </message>
    <message>
        <source>Tomt: tilskuddsgiverens sats brukes.</source>
        <translation>Empty: the funder&apos;s rate is used.</translation>
    </message>
    <message>
        <source>Tomt: {name} vil bare ha antall frivillige timer, ikke verdien.</source>
        <translation>Empty: {name} only wants the number of volunteer hours, not their value.</translation>
    </message>
    <message>
        <source>Tomt: {name} sin sats brukes, {rate} per time.</source>
        <translation>Empty: {name}&apos;s rate is used, {rate} per hour.</translation>
    </message>
    <message>
        <source>Velg vedlegg</source>
        <translation>Choose attachment</translation>
    </message>
    <message>
        <source>Ingen aktiviteter er lagt inn ennå.</source>
        <translation>No activities have been added yet.</translation>
    </message>
    <message>
        <source>Ny søknad</source>
        <translation>New application</translation>
    </message>
    <message>
        <source>Søknad – {title}</source>
        <translation>Application – {title}</translation>
    </message>
    <message>
        <source>Hent fram fra arkivet</source>
        <translation>Restore from the archive</translation>
    </message>
    <message>
        <source>Ulagrede endringer</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Lagre eller forkast endringene først.</source>
        <translation>Save or discard the changes first.</translation>
    </message>
    <message>
        <source>Slette utkastet?</source>
        <translation>Delete the draft?</translation>
    </message>
    <message>
        <source>Utkastet «{title}» slettes med mål, budsjett og vedlegg. Det kan ikke angres.</source>
        <translation>The draft «{title}» is deleted with its goals, budget and attachments. This cannot be undone.</translation>
    </message>
    <message>
        <source>Slett</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ApplicationForm</name>
    <message>
        <source>Søknad</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>&amp;Tilskuddsgiver</source>
        <translation>&amp;Funder</translation>
    </message>
    <message>
        <source>Tilskudds&amp;givere…</source>
        <translation>Fun&amp;ders…</translation>
    </message>
    <message>
        <source>Legg inn eller endre tilskuddsgivere, ordninger og aldersgrupper</source>
        <translation>Add or change funders, schemes and age bands</translation>
    </message>
    <message>
        <source>&amp;Ordning</source>
        <translation>&amp;Scheme</translation>
    </message>
    <message>
        <source>&amp;Underkategori</source>
        <translation>Sub&amp;category</translation>
    </message>
    <message>
        <source>For eksempel 4.1 Ferie- og fritidsaktiviteter</source>
        <translation>For example 4.1 Holiday and leisure activities</translation>
    </message>
    <message>
        <source>T&amp;ittel</source>
        <translation>T&amp;itle</translation>
    </message>
    <message>
        <source>For eksempel Leksehjelp 2027</source>
        <translation>For example Homework help 2027</translation>
    </message>
    <message>
        <source>&amp;Referanse</source>
        <translation>&amp;Reference</translation>
    </message>
    <message>
        <source>Saksnummer hos tilskuddsgiveren</source>
        <translation>Case number at the funder</translation>
    </message>
    <message>
        <source>Periode &amp;fra</source>
        <translation>Period &amp;from</translation>
    </message>
    <message>
        <source>Periode ti&amp;l</source>
        <translation>Period &amp;to</translation>
    </message>
    <message>
        <source>Siste dag i perioden (tatt med). En periode kan vare opptil tre år.</source>
        <translation>Last day of the period (included). A period can last up to three years.</translation>
    </message>
    <message>
        <source>Søkt &amp;beløp (kr)</source>
        <translation>Amount &amp;applied for (NOK)</translation>
    </message>
    <message>
        <source>0,00</source>
        <translation>0.00</translation>
    </message>
    <message>
        <source>Skriv i kroner og øre, for eksempel 12 500,50</source>
        <translation>Type kroner and øre, for example 12,500.50</translation>
    </message>
    <message>
        <source>I&amp;nnvilget beløp (kr)</source>
        <translation>Amount &amp;granted (NOK)</translation>
    </message>
    <message>
        <source>Ikke avgjort</source>
        <translation>Not decided</translation>
    </message>
    <message>
        <source>Tomt til svaret er kommet</source>
        <translation>Empty until the answer has come</translation>
    </message>
    <message>
        <source>Timesats for &amp;egeninnsats (kr)</source>
        <translation>Hourly rate for &amp;in-kind work (NOK)</translation>
    </message>
    <message>
        <source>Verdien av én frivillig time i rapporten. Tomt: tilskuddsgiverens sats.</source>
        <translation>The value of one volunteer hour in the report. Empty: the funder&apos;s rate.</translation>
    </message>
    <message>
        <source>Status og frister</source>
        <translation>Status and deadlines</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Dato for endringen</source>
        <translation>&amp;Date of the change</translation>
    </message>
    <message>
        <source>Datoen det skjedde, for eksempel da søknaden ble sendt</source>
        <translation>The date it happened, for example when the application was sent</translation>
    </message>
    <message>
        <source>&amp;Merknad</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>For eksempel «Tilsagnsbrev mottatt»</source>
        <translation>For example «Letter of award received»</translation>
    </message>
    <message>
        <source>Historikk</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Frister</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>Søknads&amp;frist</source>
        <translation>Application &amp;deadline</translation>
    </message>
    <message>
        <source>Fremdrifts&amp;rapport</source>
        <translation>&amp;Progress report</translation>
    </message>
    <message>
        <source>Slutt&amp;rapport</source>
        <translation>Final &amp;report</translation>
    </message>
    <message>
        <source>Re&amp;gnskap</source>
        <translation>Acc&amp;ounts</translation>
    </message>
    <message>
        <source>Frister innen 30 dager, og frister som er passert uten at statusen er endret, vises på Oversikt.</source>
        <translation>Deadlines within 30 days, and deadlines passed without the status being changed, are shown on Overview.</translation>
    </message>
    <message>
        <source>Mål</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>&amp;Mål</source>
        <translation>&amp;Goals</translation>
    </message>
    <message>
        <source>Nytt mål</source>
        <translation>New goal</translation>
    </message>
    <message>
        <source>Fjern mål</source>
        <translation>Remove goal</translation>
    </message>
    <message>
        <source>Måloppnåelse for valgt mål (hvor langt dere kom, med tall)</source>
        <translation>Achievement of the selected goal (how far you got, with figures)</translation>
    </message>
    <message>
        <source>&amp;Dokumentasjon for valgt mål (hva som viser det)</source>
        <translation>&amp;Documentation for the selected goal (what shows it)</translation>
    </message>
    <message>
        <source>Skriv hvor langt dere nådde målet, for eksempel «38 barn i snitt per kveld».</source>
        <translation>Write how far you reached the goal, for example «38 children per evening on average».</translation>
    </message>
    <message>
        <source>For eksempel «Oppmøtelister fra alle kveldene» eller «Spørreundersøkelse blant foreldrene i mai».</source>
        <translation>For example “Attendance lists from every evening” or “Survey of the parents in May”.</translation>
    </message>
    <message>
        <source>Står i rapporten til tilskuddsgiveren, ved målet</source>
        <translation>Shown in the report to the funder, with the goal</translation>
    </message>
    <message>
        <source>Budsjett og regnskap</source>
        <translation>Budget and accounts</translation>
    </message>
    <message>
        <source>&amp;Budsjettposter</source>
        <translation>&amp;Budget lines</translation>
    </message>
    <message>
        <source>Ny post</source>
        <translation>New line</translation>
    </message>
    <message>
        <source>Fjern post</source>
        <translation>Remove line</translation>
    </message>
    <message>
        <source>&amp;Forklaring på avvik for valgt post</source>
        <translation>E&amp;xplanation of the variance for the selected line</translation>
    </message>
    <message>
        <source>Hvorfor posten ble dyrere eller billigere enn budsjettert, for eksempel «Flere barn enn ventet, så mer mat».</source>
        <translation>Why the line cost more or less than budgeted, for example “More children than expected, so more food”.</translation>
    </message>
    <message>
        <source>&amp;Utgifter på valgt post</source>
        <translation>&amp;Expenses on the selected line</translation>
    </message>
    <message>
        <source>Ny utgift</source>
        <translation>New expense</translation>
    </message>
    <message>
        <source>Fjern utgift</source>
        <translation>Remove expense</translation>
    </message>
    <message>
        <source>Velg &amp;bilag…</source>
        <translation>Choose &amp;voucher…</translation>
    </message>
    <message>
        <source>Velg filen med kvitteringen eller fakturaen</source>
        <translation>Choose the file with the receipt or invoice</translation>
    </message>
    <message>
        <source>Åpne bilag</source>
        <translation>Open voucher</translation>
    </message>
    <message>
        <source>Aktiviteter</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>&amp;Aktiviteter søknaden gjelder</source>
        <translation>&amp;Activities the application covers</translation>
    </message>
    <message>
        <source>Tallene for søknaden (fanen Tall) hentes fra samlingene i aktivitetene som er krysset av.</source>
        <translation>The figures for the application (the Figures tab) come from the sessions of the ticked activities.</translation>
    </message>
    <message>
        <source>Rapporttekster</source>
        <translation>Report texts</translation>
    </message>
    <message>
        <source>Sa&amp;mmendrag</source>
        <translation>Su&amp;mmary</translation>
    </message>
    <message>
        <source>M&amp;etode</source>
        <translation>M&amp;ethod</translation>
    </message>
    <message>
        <source>&amp;Resultater</source>
        <translation>&amp;Results</translation>
    </message>
    <message>
        <source>Suksess&amp;faktorer</source>
        <translation>Success &amp;factors</translation>
    </message>
    <message>
        <source>A&amp;vvik</source>
        <translation>De&amp;viations</translation>
    </message>
    <message>
        <source>Utfor&amp;dringer</source>
        <translation>Challen&amp;ges</translation>
    </message>
    <message>
        <source>Vi&amp;dereføring</source>
        <translation>Con&amp;tinuation</translation>
    </message>
    <message>
        <source>Tilsagn og rapport</source>
        <translation>Grant and report</translation>
    </message>
    <message>
        <source>Alt på denne fanen står i rapporten til tilskuddsgiveren: tilsagnsbrevet og vilkårene i det, egeninnsatsen og hvem som skriver under.</source>
        <translation>Everything on this tab goes into the report to the funder: the grant letter and its conditions, the in-kind contributions and who signs.</translation>
    </message>
    <message>
        <source>&amp;Dato på tilsagnsbrevet</source>
        <translation>&amp;Date of the grant letter</translation>
    </message>
    <message>
        <source>&amp;Referanse på tilsagnsbrevet</source>
        <translation>&amp;Reference on the grant letter</translation>
    </message>
    <message>
        <source>Saksnummer eller referanse i brevet</source>
        <translation>Case number or reference in the letter</translation>
    </message>
    <message>
        <source>&amp;Vilkår i tilsagnsbrevet</source>
        <translation>&amp;Conditions in the grant letter</translation>
    </message>
    <message>
        <source>Nytt vilkår</source>
        <translation>New condition</translation>
    </message>
    <message>
        <source>Fjern vilkår</source>
        <translation>Remove condition</translation>
    </message>
    <message>
        <source>&amp;Egeninnsats</source>
        <translation>&amp;In-kind contributions</translation>
    </message>
    <message>
        <source>Ny egeninnsats</source>
        <translation>New contribution</translation>
    </message>
    <message>
        <source>Fjern egeninnsats</source>
        <translation>Remove contribution</translation>
    </message>
    <message>
        <source>Lokaler, ansattes timer og annet dere bidrar med selv. Frivillige timer regnes ut fra registreringene og kommer med av seg selv.</source>
        <translation>Premises, staff hours and anything else you contribute yourselves. Volunteer hours are worked out from the registrations and are included automatically.</translation>
    </message>
    <message>
        <source>Underskrift</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>&amp;Navn</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Den som skriver under rapporten</source>
        <translation>The person who signs the report</translation>
    </message>
    <message>
        <source>R&amp;olle</source>
        <translation>R&amp;ole</translation>
    </message>
    <message>
        <source>For eksempel Leder for nærmiljøteamet</source>
        <translation>For example Head of the community team</translation>
    </message>
    <message>
        <source>&amp;Sted</source>
        <translation>&amp;Place</translation>
    </message>
    <message>
        <source>For eksempel Drammen</source>
        <translation>For example Drammen</translation>
    </message>
    <message>
        <source>Dato si&amp;gnert</source>
        <translation>Date si&amp;gned</translation>
    </message>
    <message>
        <source>Tomt: rapporten dateres den dagen den lages</source>
        <translation>Empty: the report is dated the day it is made</translation>
    </message>
    <message>
        <source>Notater og vedlegg</source>
        <translation>Notes and attachments</translation>
    </message>
    <message>
        <source>&amp;Notater</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>Det teamet trenger å huske om søknaden</source>
        <translation>What the team needs to remember about the application</translation>
    </message>
    <message>
        <source>&amp;Vedlegg</source>
        <translation>&amp;Attachments</translation>
    </message>
    <message>
        <source>Legg til &amp;fil…</source>
        <translation>Add &amp;file…</translation>
    </message>
    <message>
        <source>Fjern</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Åpne</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Bare stien til filen lagres (for eksempel på den delte mappen), ikke selve filen.</source>
        <translation>Only the path to the file is stored (for example on the shared folder), not the file itself.</translation>
    </message>
    <message>
        <source>Tall</source>
        <translation>Figures</translation>
    </message>
</context>
<context>
    <name>ApplicationTableModel</name>
    <message>
        <source>Tittel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Tilskuddsgiver</source>
        <translation>Funder</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Søkt beløp</source>
        <translation>Amount applied for</translation>
    </message>
    <message>
        <source>Innvilget beløp</source>
        <translation>Amount granted</translation>
    </message>
</context>
<context>
    <name>ApplicationsPage</name>
    <message>
        <source>Søknader</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>1 søknad</source>
        <translation>1 application</translation>
    </message>
    <message>
        <source>{count} søknader</source>
        <translation>{count} applications</translation>
    </message>
    <message>
        <source>{count} filtrerte søknader</source>
        <translation>{count} filtered applications</translation>
    </message>
    <message>
        <source>{count} av {all} søknader</source>
        <translation>{count} of {all} applications</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Alle statuser</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Tilskuddsgiver</source>
        <translation>Funder</translation>
    </message>
    <message>
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Året søknadsperioden begynner</source>
        <translation>The year the application period begins</translation>
    </message>
    <message>
        <source>Skriv deler av tittel eller tilskuddsgiver.</source>
        <translation>Type part of the title or funder.</translation>
    </message>
    <message>
        <source>&amp;Tilskuddsgivere</source>
        <translation>&amp;Funders</translation>
    </message>
    <message>
        <source>Tilskuddsgivere med ordninger, aldersgrupper og timesats for egeninnsats</source>
        <translation>Funders with schemes, age bands and hourly rate for in-kind work</translation>
    </message>
    <message>
        <source>&amp;Ny søknad</source>
        <translation>&amp;New application</translation>
    </message>
    <message>
        <source>Lag en ny søknad (Ctrl+N)</source>
        <translation>Make a new application (Ctrl+N)</translation>
    </message>
    <message>
        <source>Alle tilskuddsgivere</source>
        <translation>All funders</translation>
    </message>
    <message>
        <source>Alle år</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>Summer per år</source>
        <translation>Totals per year</translation>
    </message>
    <message>
        <source>for søknadene som vises, etter året perioden begynner. Innvilget teller bare søknader som har fått svar.</source>
        <translation>for the applications shown, by the year the period begins. Granted counts only applications that have been answered.</translation>
    </message>
</context>
<context>
    <name>BackupTab</name>
    <message>
        <source>Mappe for sikkerhetskopier</source>
        <translation>Folder for backups</translation>
    </message>
    <message>
        <source>&amp;Velg mappe…</source>
        <translation>&amp;Choose folder…</translation>
    </message>
    <message>
        <source>&amp;Ved databasen</source>
        <translation>&amp;Next to the database</translation>
    </message>
    <message>
        <source>Bruk mappen ved siden av databasefilen</source>
        <translation>Use the folder next to the database file</translation>
    </message>
    <message>
        <source>&amp;Mappe</source>
        <translation>&amp;Folder</translation>
    </message>
    <message>
        <source>Siste kopi</source>
        <translation>Latest copy</translation>
    </message>
    <message>
        <source>&amp;Lagre mappevalget</source>
        <translation>&amp;Save the folder choice</translation>
    </message>
    <message>
        <source>&amp;Ta sikkerhetskopi nå</source>
        <translation>&amp;Take a backup now</translation>
    </message>
    <message>
        <source>&amp;Gjenopprett…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <source>Sikkerhetskopi</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Databasen ligger på en databasetjener. Den sikkerhetskopieres av den som driver tjeneren (for eksempel kommunens IT), ikke av Samvirke.</source>
        <translation>The database is on a database server. It is backed up by whoever runs the server (for example the municipality&apos;s IT), not by Samvirke.</translation>
    </message>
    <message>
        <source>Samvirke tar en kontrollert kopi av databasen når den siste er mer enn et døgn gammel, mens dere jobber. Den beholder én kopi for hver av de siste 7 dagene, 4 ukene og 12 månedene, men ingen eldre enn {months} måneder (reglene for sletting under Personvern). Velg gjerne en mappe på en annen disk enn databasen, så en ødelagt disk ikke tar begge.</source>
        <translation>Samvirke takes a checked copy of the database while you work, when the latest is more than a day old. It keeps one copy for each of the last 7 days, 4 weeks and 12 months, but none older than {months} months (the deletion rules under Privacy). Preferably choose a folder on another disk than the database, so one broken disk does not take both.</translation>
    </message>
    <message>
        <source>Ingen kopi ennå i «{folder}».</source>
        <translation>No copy yet in «{folder}».</translation>
    </message>
    <message>
        <source>{day} kl. {time} – {path}</source>
        <translation>{day} at {time} – {path}</translation>
    </message>
    <message>
        <source>Velg mappe for sikkerhetskopier</source>
        <translation>Choose folder for backups</translation>
    </message>
</context>
<context>
    <name>BackupTableModel</name>
    <message>
        <source>Tatt</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>Fil</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Mappe</source>
        <translation>Folder</translation>
    </message>
</context>
<context>
    <name>BudgetEditor</name>
    <message>
        <source>Post</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Budsjett (kr)</source>
        <translation>Budget (NOK)</translation>
    </message>
    <message>
        <source>Utgifter</source>
        <translation>Expenses</translation>
    </message>
    <message>
        <source>Summen av utgiftene som er ført på posten</source>
        <translation>The sum of the expenses entered on the line</translation>
    </message>
    <message>
        <source>Avvik</source>
        <translation>Variance</translation>
    </message>
    <message>
        <source>Utgifter minus budsjett (minus betyr under budsjett)</source>
        <translation>Expenses minus budget (minus means under budget)</translation>
    </message>
    <message>
        <source>Forklaring</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Om avviket er forklart. Rapporten krever en forklaring når posten avviker mer enn grensen fra budsjettet.</source>
        <translation>Whether the variance has been explained. The report requires an explanation when the line differs from the budget by more than the limit.</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Datoen på bilaget, dd.mm.åååå</source>
        <translation>The date on the voucher, dd.mm.yyyy</translation>
    </message>
    <message>
        <source>Beskrivelse</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Beløp (kr)</source>
        <translation>Amount (NOK)</translation>
    </message>
    <message>
        <source>Et tilbakebetalt beløp skrives med minus foran</source>
        <translation>A refunded amount is written with a minus in front</translation>
    </message>
    <message>
        <source>Bilag (fil)</source>
        <translation>Voucher (file)</translation>
    </message>
    <message>
        <source>&amp;Utgifter på posten «{name}»</source>
        <translation>&amp;Expenses on the line «{name}»</translation>
    </message>
    <message>
        <source>&amp;Utgifter på valgt post</source>
        <translation>&amp;Expenses on the selected line</translation>
    </message>
    <message>
        <source>&amp;Forklaring på avvik for posten «{name}»</source>
        <translation>E&amp;xplanation of the variance for the line “{name}”</translation>
    </message>
    <message>
        <source>&amp;Forklaring på avvik for valgt post</source>
        <translation>E&amp;xplanation of the variance for the selected line</translation>
    </message>
    <message>
        <source>Skrevet</source>
        <translation>Written</translation>
    </message>
    <message>
        <source>⚠ Mangler</source>
        <translation>⚠ Missing</translation>
    </message>
    <message>
        <source>Sum budsjett {budget}, ført {spent}, avvik {variance}.</source>
        <translation>Total budget {budget}, spent {spent}, variance {variance}.</translation>
    </message>
    <message>
        <source>Ingen budsjettposter ennå. Trykk «Ny post».</source>
        <translation>No budget lines yet. Press «New line».</translation>
    </message>
    <message>
        <source>Noen beløp kan ikke leses; de er ikke med i summen.</source>
        <translation>Some amounts cannot be read; they are not included in the total.</translation>
    </message>
    <message>
        <source>⚠ Posten har utgifter, men ikke noe budsjett. Skriv hvorfor; rapporten til tilskuddsgiveren er ikke komplett uten en forklaring.</source>
        <translation>⚠ The line has expenses but no budget. Write why; the report to the funder is not complete without an explanation.</translation>
    </message>
    <message>
        <source>⚠ Posten er {percent} % over budsjettet, mer enn grensen på {limit} %. Skriv hvorfor; rapporten til tilskuddsgiveren er ikke komplett uten en forklaring.</source>
        <translation>⚠ The line is {percent} % over budget, more than the limit of {limit} %. Write why; the report to the funder is not complete without an explanation.</translation>
    </message>
    <message>
        <source>⚠ Posten er {percent} % under budsjettet, mer enn grensen på {limit} %, og perioden er over. Skriv hvorfor; rapporten til tilskuddsgiveren er ikke komplett uten en forklaring.</source>
        <translation>⚠ The line is {percent} % under budget, more than the limit of {limit} %, and the period is over. Write why; the report to the funder is not complete without an explanation.</translation>
    </message>
    <message>
        <source>Forklaringen står i rapporten til tilskuddsgiveren. Den kreves når posten er mer enn {limit} % over budsjettet, og etter at perioden er over også når den er mer enn {limit} % under.</source>
        <translation>The explanation goes into the report to the funder. It is required when the line is more than {limit} % over budget and, once the period is over, also when it is more than {limit} % under.</translation>
    </message>
    <message>
        <source>Velg bilag</source>
        <translation>Choose voucher</translation>
    </message>
</context>
<context>
    <name>CancelSessionDialog</name>
    <message>
        <source>Avlys samlingen</source>
        <translation>Cancel the session</translation>
    </message>
    <message>
        <source>&amp;Avlys samlingen</source>
        <translation>&amp;Cancel the session</translation>
    </message>
    <message>
        <source>Velg eller skriv grunnen</source>
        <translation>Choose or type the reason</translation>
    </message>
</context>
<context>
    <name>CertificateCard</name>
    <message>
        <source>Politiattester</source>
        <translation>Police certificates</translation>
    </message>
    <message>
        <source>Ingen politiattester går ut de neste {days} dagene.</source>
        <translation>No police certificates expire in the next {days} days.</translation>
    </message>
</context>
<context>
    <name>CertificateModel</name>
    <message>
        <source>Frivillig</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <source>Politiattest</source>
        <translation>Police certificate</translation>
    </message>
</context>
<context>
    <name>ChangeLogTab</name>
    <message>
        <source>alle</source>
        <translation>all</translation>
    </message>
    <message>
        <source>&amp;Bruker</source>
        <translation>&amp;User</translation>
    </message>
    <message>
        <source>&amp;Hva</source>
        <translation>&amp;What</translation>
    </message>
    <message>
        <source>&amp;Nr.</source>
        <translation>&amp;No.</translation>
    </message>
    <message>
        <source>&amp;Fra</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>&amp;Til</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <source>&amp;Nullstill</source>
        <translation>&amp;Reset</translation>
    </message>
    <message>
        <source>Endringslogg</source>
        <translation>Change log</translation>
    </message>
    <message>
        <source>Endringene i valgt rad</source>
        <translation>The changes in the selected row</translation>
    </message>
    <message>
        <source>Velg en rad for å se alle endrede felt.</source>
        <translation>Choose a row to see all changed fields.</translation>
    </message>
    <message>
        <source>Alle brukere</source>
        <translation>All users</translation>
    </message>
    <message>
        <source>Alt</source>
        <translation>Everything</translation>
    </message>
    <message>
        <source>Nr. må være et tall.</source>
        <translation>No. must be a number.</translation>
    </message>
    <message>
        <source>Viser de {count} nyeste endringene. Snevre inn med filtrene for å se eldre.</source>
        <translation>Showing the {count} newest changes. Narrow down with the filters to see older ones.</translation>
    </message>
    <message>
        <source>1 endring</source>
        <translation>1 change</translation>
    </message>
    <message>
        <source>{count} endringer</source>
        <translation>{count} changes</translation>
    </message>
    <message>
        <source>({first} – {last})</source>
        <translation>({first} – {last})</translation>
    </message>
    <message>
        <source>nr. {number}</source>
        <translation>no. {number}</translation>
    </message>
    <message>
        <source>{user}, {day} kl. {time}</source>
        <translation>{user}, {day} at {time}</translation>
    </message>
</context>
<context>
    <name>ChangeLogTableModel</name>
    <message>
        <source>Tidspunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Bruker</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Hva</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Endringer</source>
        <translation>Changes</translation>
    </message>
</context>
<context>
    <name>CheckInWindow</name>
    <message>
        <source>Barn</source>
        <translation>Children</translation>
    </message>
    <message>
        <source>Voksne</source>
        <translation>Adults</translation>
    </message>
    <message>
        <source>Uten navn</source>
        <translation>Without names</translation>
    </message>
    <message>
        <source>Frivillige</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <source>Deltakere</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Treff på søket</source>
        <translation>Search results</translation>
    </message>
    <message>
        <source>Treff på frivillige</source>
        <translation>Matching volunteers</translation>
    </message>
    <message>
        <source>Til stede i alt</source>
        <translation>Present in total</translation>
    </message>
    <message>
        <source>Barn og voksne registrert med navn, og de som er telt uten navn. Frivillige regnes ikke med.</source>
        <translation>Children and adults registered by name, and those counted without names. Volunteers are not included.</translation>
    </message>
    <message>
        <source>Oppmøte – {activity} – {when}</source>
        <translation>Attendance – {activity} – {when}</translation>
    </message>
    <message>
        <source>I tillegg {count} telt i andre aldersgrupper (registrert et annet sted).</source>
        <translation>In addition {count} counted in other age bands (registered elsewhere).</translation>
    </message>
    <message>
        <source>Samlingen er avlyst{reason}, så oppmøte kan ikke registreres. Ta tilbake avlysningen på aktiviteten hvis samlingen likevel ble holdt.</source>
        <translation>The session is cancelled{reason}, so attendance cannot be registered. Undo the cancellation on the activity if the session was held after all.</translation>
    </message>
    <message>
        <source>Her telles folk uten navn: fyll inn under «Uten navn» til høyre. Søk over hvis noen skal registreres med navn.</source>
        <translation>People are counted without names here: fill in under «Without names» on the right. Search above if someone is to be registered by name.</translation>
    </message>
    <message>
        <source>Ingen står på deltakerlisten for denne datoen. Søk etter navn over, eller registrer et nytt barn.</source>
        <translation>No one is on the participant list for this date. Search for names above, or register a new child.</translation>
    </message>
    <message>
        <source>{hours} frivillige timer</source>
        <translation>{hours} volunteer hours</translation>
    </message>
    <message>
        <source>Til sammen uten navn: {count}</source>
        <translation>Total without names: {count}</translation>
    </message>
    <message>
        <source>Frivillige ({count})</source>
        <translation>Volunteers ({count})</translation>
    </message>
    <message>
        <source>⚠ Disse frivillige har ikke gyldig politiattest: {names}. Dette er en aktivitet med barn. Se en gyldig politiattest før de er med, og registrer datoen på den frivillige.</source>
        <translation>⚠ These volunteers do not have a valid police certificate: {names}. This is an activity with children. See a valid police certificate before they take part, and register the date on the volunteer.</translation>
    </message>
    <message>
        <source>Ikke til stede</source>
        <translation>Not present</translation>
    </message>
    <message>
        <source>Til stede</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Som {role}</source>
        <translation>As {role}</translation>
    </message>
    <message>
        <source>Etter alder</source>
        <translation>By age</translation>
    </message>
    <message>
        <source>f. {year}</source>
        <translation>b. {year}</translation>
    </message>
    <message>
        <source>allerede til stede</source>
        <translation>already present</translation>
    </message>
    <message>
        <source>på deltakerlisten</source>
        <translation>on the participant list</translation>
    </message>
    <message>
        <source>Ingen beboer heter «{text}». Trykk Enter for å registrere et nytt barn.</source>
        <translation>No resident is called «{text}». Press Enter to register a new child.</translation>
    </message>
    <message>
        <source>{name} er allerede registrert.</source>
        <translation>{name} is already registered.</translation>
    </message>
    <message>
        <source>Velg</source>
        <translation>Choose</translation>
    </message>
    <message>
        <source>{name} er registrert og til stede. Fyll ut resten i Beboere senere.</source>
        <translation>{name} is registered and present. Fill in the rest under Residents later.</translation>
    </message>
    <message>
        <source>En kollega skrev også i notatet. Begge tekstene er tatt med.</source>
        <translation>A colleague also wrote in the note. Both texts have been kept.</translation>
    </message>
    <message>
        <source>Notatet er lagret kl. {time}.</source>
        <translation>The note was saved at {time}.</translation>
    </message>
    <message>
        <source>&amp;Ingen kom</source>
        <translation>&amp;Nobody came</translation>
    </message>
    <message>
        <source>Samlingen ble holdt, men ingen kom. Da regnes den som holdt med null i rapportene; uten merket regnes en samling uten registrert oppmøte ikke som holdt.</source>
        <translation>The session took place, but nobody came. It then counts as held with zero in the reports; without the mark, a session with no attendance registered does not count as held.</translation>
    </message>
    <message>
        <source>Samlingen er ikke holdt ennå</source>
        <translation>The session has not taken place yet</translation>
    </message>
    <message>
        <source>Denne samlingen er {date}, etter i dag. Oppmøte registreres vanligvis etter at samlingen er holdt. Vil du likevel registrere nå?</source>
        <translation>This session is on {date}, after today. Attendance is usually registered after the session has taken place. Register now anyway?</translation>
    </message>
    <message>
        <source>Registrer likevel</source>
        <translation>Register anyway</translation>
    </message>
    <message>
        <source>Oppmøte</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>&amp;Søk:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Skriv et navn og trykk Enter for å registrere (Ctrl+F)</source>
        <translation>Type a name and press Enter to register (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Rolle:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>Rollen de du legger til får. «Etter alder» velger barn, forelder eller voksen ut fra alder og foresatte.</source>
        <translation>The role the people you add get. «By age» chooses child, parent or adult from age and guardians.</translation>
    </message>
    <message>
        <source>Sett på &amp;deltakerlisten</source>
        <translation>Put on the &amp;participant list</translation>
    </message>
    <message>
        <source>Nye deltakere blir også satt på aktivitetens deltakerliste fra denne datoen.</source>
        <translation>New participants are also put on the activity&apos;s participant list from this date.</translation>
    </message>
    <message>
        <source>&amp;Nytt barn…</source>
        <translation>&amp;New child…</translation>
    </message>
    <message>
        <source>Registrer et barn med bare fornavn, fødselsår og kjønn (Ctrl+N). Resten fylles ut senere.</source>
        <translation>Register a child with just first name, birth year and gender (Ctrl+N). The rest is filled in later.</translation>
    </message>
    <message>
        <source>Nytt barn:</source>
        <translation>New child:</translation>
    </message>
    <message>
        <source>&amp;Fornavn*</source>
        <translation>&amp;First name*</translation>
    </message>
    <message>
        <source>Fødsels&amp;år*</source>
        <translation>Birth &amp;year*</translation>
    </message>
    <message>
        <source>&amp;Kjønn*</source>
        <translation>&amp;Gender*</translation>
    </message>
    <message>
        <source>Le&amp;gg til</source>
        <translation>A&amp;dd</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Mellomrom: til stede med timene samlingen varte. Skriv timer i kolonnen Timer.</source>
        <translation>Space: present for the length of the session. Type hours in the Hours column.</translation>
    </message>
    <message>
        <source>Legg til fr&amp;ivillig:</source>
        <translation>Add vol&amp;unteer:</translation>
    </message>
    <message>
        <source>Navn, Enter</source>
        <translation>Name, Enter</translation>
    </message>
    <message>
        <source>Folk som var der uten å bli registrert med navn. Fyll inn etter alder og kjønn, eller bare et antall nederst til høyre.</source>
        <translation>People who were there without being registered by name. Fill in by age and gender, or just a number at the bottom right.</translation>
    </message>
    <message>
        <source>Notat</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>N&amp;otat om samlingen (lagres mens du skriver):</source>
        <translation>N&amp;ote about the session (saved as you type):</translation>
    </message>
    <message>
        <source>Mellomrom eller klikk: til stede / ikke til stede · B, F, V: barn, forelder, voksen · Ctrl+F: søk · Ctrl+N: nytt barn</source>
        <translation>Space or click: present / not present · B, F, V: child, parent, adult · Ctrl+F: search · Ctrl+N: new child</translation>
    </message>
    <message>
        <source>Fra &amp;papir (måned)…</source>
        <translation>From &amp;paper (month)…</translation>
    </message>
    <message>
        <source>Skriv inn oppmøte for hele måneden fra en utfylt papirliste.</source>
        <translation>Type in attendance for the whole month from a filled-in paper list.</translation>
    </message>
    <message>
        <source>&amp;Lukk</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>ChecklistField</name>
    <message>
        <source>Legg til</source>
        <translation>Add</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Sammenlign endringer</source>
        <translation>Compare changes</translation>
    </message>
    <message>
        <source>en kollega</source>
        <translation>a colleague</translation>
    </message>
    <message>
        <source>Disse feltene er forskjellige fra det {who} har lagret.</source>
        <translation>These fields differ from what {who} has saved.</translation>
    </message>
    <message>
        <source>Felt</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Ditt forslag</source>
        <translation>Your version</translation>
    </message>
    <message>
        <source>Lagret av {who}</source>
        <translation>Saved by {who}</translation>
    </message>
    <message>
        <source>Behold mine og lagre</source>
        <translation>Keep mine and save</translation>
    </message>
    <message>
        <source>Bruk det kollegaen lagret</source>
        <translation>Use what the colleague saved</translation>
    </message>
    <message>
        <source>Fortsett å redigere</source>
        <translation>Keep editing</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Detaljer om feilen</source>
        <translation>Details of the error</translation>
    </message>
    <message>
        <source>Kopiert.</source>
        <translation>Copied.</translation>
    </message>
    <message>
        <source>Uventet feil i Samvirke</source>
        <translation>Unexpected error in Samvirke</translation>
    </message>
    <message>
        <source>Det skjedde en feil som Samvirke ikke var forberedt på.</source>
        <translation>An error occurred that Samvirke was not prepared for.</translation>
    </message>
    <message>
        <source>Det som allerede er lagret, er trygt. Det du holdt på med akkurat nå, kan være ulagret: sjekk det før du fortsetter. Feilen er skrevet i loggfilen. Kopier detaljene under og send dem til den som hjelper dere med Samvirke, sammen med noen ord om hva du gjorde.</source>
        <translation>What is already saved is safe. What you were doing just now may be unsaved: check it before you continue. The error has been written to the log file. Copy the details below and send them to whoever helps you with Samvirke, with a few words about what you were doing.</translation>
    </message>
    <message>
        <source>Kopier detaljer</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <source>Avslutt Samvirke</source>
        <translation>Quit Samvirke</translation>
    </message>
    <message>
        <source>Fortsett</source>
        <translation>Continue</translation>
    </message>
</context>
<context>
    <name>CreateAdminDialog</name>
    <message>
        <source>Lag administrator – Samvirke</source>
        <translation>Create administrator – Samvirke</translation>
    </message>
    <message>
        <source>&amp;Lag administrator</source>
        <translation>&amp;Create administrator</translation>
    </message>
    <message>
        <source>Lag administratoren og logg inn (Ctrl+S)</source>
        <translation>Create the administrator and log in (Ctrl+S)</translation>
    </message>
    <message>
        <source>Senere</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Uten brukere kan alle som åpner databasen, se og endre alt. Du kan lage administratoren senere under Innstillinger → Brukere.</source>
        <translation>Without users, anyone who opens the database can see and change everything. You can create the administrator later under Settings → Users.</translation>
    </message>
    <message>
        <source>Passordene er ikke like. Skriv det samme passordet to ganger.</source>
        <translation>The passwords are not the same. Type the same password twice.</translation>
    </message>
</context>
<context>
    <name>DatabaseLife</name>
    <message>
        <source>Samvirke</source>
        <translation>Samvirke</translation>
    </message>
    <message>
        <source>Samvirke – {name}</source>
        <translation>Samvirke – {name}</translation>
    </message>
    <message>
        <source>(bare lesing)</source>
        <translation>(read only)</translation>
    </message>
    <message>
        <source>Database: {location}</source>
        <translation>Database: {location}</translation>
    </message>
    <message>
        <source>En sikkerhetskopi blir tatt akkurat nå.</source>
        <translation>A backup is being taken right now.</translation>
    </message>
    <message>
        <source>Tar sikkerhetskopi …</source>
        <translation>Taking a backup …</translation>
    </message>
    <message>
        <source>Sikkerhetskopi tatt: {path}</source>
        <translation>Backup taken: {path}</translation>
    </message>
    <message>
        <source>Sikkerhetskopi</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Sikkerhetskopien er tatt og kontrollert:
{path}</source>
        <translation>The backup has been taken and checked:
{path}</translation>
    </message>
    <message>
        <source>Sikkerhetskopien feilet: {why}</source>
        <translation>The backup failed: {why}</translation>
    </message>
    <message>
        <source>Sikkerhetskopien feilet</source>
        <translation>The backup failed</translation>
    </message>
    <message>
        <source>«{name}» erstattes med kopien «{copy}». Det som er lagret etter at kopien ble tatt, går tapt.</source>
        <translation>«{name}» is replaced by the copy «{copy}». What was saved after the copy was taken is lost.</translation>
    </message>
    <message>
        <source>Databasen er også åpen på {pcs}: be dem lukke Samvirke først. Mens gjenopprettingen pågår, kan de ikke lagre.</source>
        <translation>The database is also open on {pcs}: ask them to close Samvirke first. While the restore runs, they cannot save.</translation>
    </message>
    <message>
        <source>Gjenopprette databasen?</source>
        <translation>Restore the database?</translation>
    </message>
    <message>
        <source>Gjenopprett</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Databasen er gjenopprettet</source>
        <translation>The database has been restored</translation>
    </message>
    <message>
        <source>Databasen er gjenopprettet fra «{copy}». Slik den var like før, er lagret i «{safety}», så dette kan angres.</source>
        <translation>The database has been restored from «{copy}». The way it was just before is saved in «{safety}», so this can be undone.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>dd.mm.åååå</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <source>Velg dato i kalenderen (Alt+Pil ned)</source>
        <translation>Choose a date in the calendar (Alt+Down arrow)</translation>
    </message>
</context>
<context>
    <name>DeadlineCard</name>
    <message>
        <source>Frister for søknader</source>
        <translation>Application deadlines</translation>
    </message>
    <message>
        <source>Passert uten at statusen er endret</source>
        <translation>Passed without the status being changed</translation>
    </message>
    <message>
        <source>De neste {days} dagene</source>
        <translation>The next {days} days</translation>
    </message>
    <message>
        <source>Ingen frister de neste {days} dagene.</source>
        <translation>No deadlines in the next {days} days.</translation>
    </message>
    <message>
        <source>… og {n} til. Se Søknader.</source>
        <translation>… and {n} more. See Applications.</translation>
    </message>
</context>
<context>
    <name>DisplayTab</name>
    <message>
        <source>Disse valgene gjelder bare på denne PC-en og for deg som bruker den.</source>
        <translation>These choices apply only on this PC and for you as its user.</translation>
    </message>
    <message>
        <source>&amp;Språk</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Nytt språk brukes fra neste gang du starter Samvirke. Rapportene (PDF) lages på det samme språket.</source>
        <translation>A new language is used from the next time you start Samvirke. The reports (PDF) are made in the same language.</translation>
    </message>
    <message>
        <source>&amp;Tekststørrelse</source>
        <translation>&amp;Text size</translation>
    </message>
    <message>
        <source>Som i systemet</source>
        <translation>As in the system</translation>
    </message>
    <message>
        <source>Lyse farger</source>
        <translation>Light colours</translation>
    </message>
    <message>
        <source>Mørke farger</source>
        <translation>Dark colours</translation>
    </message>
    <message>
        <source>&amp;Farger</source>
        <translation>&amp;Colours</translation>
    </message>
    <message>
        <source>&amp;Bruk</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <source>Lagrer valgene; tekststørrelse og farger endres med en gang</source>
        <translation>Saves the choices; text size and colours change at once</translation>
    </message>
    <message>
        <source>Språk og visning</source>
        <translation>Language and display</translation>
    </message>
</context>
<context>
    <name>EncryptDialog</name>
    <message>
        <source>Krypter databasen – Samvirke</source>
        <translation>Encrypt the database – Samvirke</translation>
    </message>
    <message>
        <source>Krypter «{name}»</source>
        <translation>Encrypt “{name}”</translation>
    </message>
    <message>
        <source>Samvirke lager en kryptert kopi av databasen, sammenligner den med originalen rad for rad, og lar kopien ta originalens plass. Sikkerhetskopiene ved siden av blir kryptert på samme måte. Ingen ukryptert kopi blir liggende igjen.</source>
        <translation>Samvirke makes an encrypted copy of the database, compares it with the original row by row, and puts the copy in the original&apos;s place. The backups beside it are encrypted the same way. No unencrypted copy is left behind.</translation>
    </message>
    <message>
        <source>Kollegene må lukke Samvirke på sine PC-er før du begynner. Mens krypteringen pågår, kan ingen lagre.</source>
        <translation>Your colleagues must close Samvirke on their PCs before you begin. While the encryption runs, nobody can save.</translation>
    </message>
    <message>
        <source>Etterpå er det bare du som kan logge inn. Alle andre brukere får et nytt passord av deg under Innstillinger → Brukere. Du får også en gjenopprettingskode som du skal skrive ned og låse inne.</source>
        <translation>Afterwards only you can log in. Every other user gets a new password from you under Settings → Users. You also get a recovery code to write down and lock away.</translation>
    </message>
    <message>
        <source>Databasen er åpen på {pcs} nå. Be dem lukke Samvirke først.</source>
        <translation>The database is open on {pcs} now. Ask them to close Samvirke first.</translation>
    </message>
    <message>
        <source>&amp;Passordet ditt ({username})</source>
        <translation>Your &amp;password ({username})</translation>
    </message>
    <message>
        <source>&amp;Krypter databasen</source>
        <translation>&amp;Encrypt the database</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>EncryptedAdminDialog</name>
    <message>
        <source>Ny kryptert database – Samvirke</source>
        <translation>New encrypted database – Samvirke</translation>
    </message>
    <message>
        <source>Databasen «{name}» blir kryptert: bare de som har en brukerkonto, kan åpne den. Du blir administrator: du legger til kollegene, gir dem roller og passord, og tar vare på sikkerhetskopiene. Etterpå får du en gjenopprettingskode å skrive ned, for den dagen ingen administrator husker passordet sitt.</source>
        <translation>The database “{name}” will be encrypted: only those with a user account can open it. You become the administrator: you add your colleagues, give them roles and passwords, and look after the backups. Afterwards you get a recovery code to write down, for the day no administrator remembers their password.</translation>
    </message>
    <message>
        <source>&amp;Lag databasen</source>
        <translation>&amp;Create the database</translation>
    </message>
    <message>
        <source>Lag den krypterte databasen og administratoren, og logg inn (Ctrl+S)</source>
        <translation>Create the encrypted database and the administrator, and log in (Ctrl+S)</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Ingen database blir laget</source>
        <translation>No database is created</translation>
    </message>
    <message>
        <source>Passordene er ikke like. Skriv det samme passordet to ganger.</source>
        <translation>The passwords are not the same. Type the same password twice.</translation>
    </message>
</context>
<context>
    <name>EncryptedDatabase</name>
    <message>
        <source>Standarddatabasen på denne PC-en er tatt i bruk, så den blir ikke byttet ut. Velg en mappe og et nytt filnavn for den krypterte databasen.</source>
        <translation>The default database on this PC is in use, so it is not replaced. Choose a folder and a new file name for the encrypted database.</translation>
    </message>
    <message>
        <source>Lager en kryptert kopi av databasen …</source>
        <translation>Making an encrypted copy of the database …</translation>
    </message>
    <message>
        <source>Krypterer databasen</source>
        <translation>Encrypting the database</translation>
    </message>
    <message>
        <source>Databasen «{name}» er kryptert. Den krypterte kopien ble sammenlignet med originalen rad for rad før den tok originalens plass.</source>
        <translation>The database “{name}” is encrypted. The encrypted copy was compared with the original row by row before it took the original&apos;s place.</translation>
    </message>
    <message>
        <source>Én sikkerhetskopi er kryptert også.</source>
        <translation>One backup is encrypted too.</translation>
    </message>
    <message>
        <source>{count} sikkerhetskopier er kryptert også.</source>
        <translation>{count} backups are encrypted too.</translation>
    </message>
    <message>
        <source>Disse kollegene kan ikke logge inn før du gir dem et nytt passord under Innstillinger → Brukere: {names}.</source>
        <translation>These colleagues cannot log in until you give them a new password under Settings → Users: {names}.</translation>
    </message>
    <message>
        <source>Disse sikkerhetskopiene kunne ikke krypteres og kan fortsatt leses av alle som kan lese mappen. Slett dem: {files}.</source>
        <translation>These backups could not be encrypted and can still be read by anyone who can read the folder. Delete them: {files}.</translation>
    </message>
    <message>
        <source>Databasen er kryptert</source>
        <translation>The database is encrypted</translation>
    </message>
</context>
<context>
    <name>EnrolmentModel</name>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Født</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Påmeldt fra</source>
        <translation>Enrolled from</translation>
    </message>
    <message>
        <source>Sluttet</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Skriv datoen som dd.mm.åååå. Tomt: ingen grense.</source>
        <translation>Type the date as dd.mm.yyyy. Empty: no limit.</translation>
    </message>
    <message>
        <source>Dobbeltklikk eller trykk F2 for å endre rollen.</source>
        <translation>Double-click or press F2 to change the role.</translation>
    </message>
    <message>
        <source>Har sluttet</source>
        <translation>Has left</translation>
    </message>
</context>
<context>
    <name>ErasureTab</name>
    <message>
        <source>Hva</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Hvorfor</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Hva skjer</source>
        <translation>What happens</translation>
    </message>
    <message>
        <source>Oppføringer som har passert lagringstiden</source>
        <translation>Entries past their retention period</translation>
    </message>
    <message>
        <source>Slett &amp;valgte</source>
        <translation>Delete &amp;selected</translation>
    </message>
    <message>
        <source>&amp;Slett alle</source>
        <translation>&amp;Delete all</translation>
    </message>
    <message>
        <source>Til sletting</source>
        <translation>To delete</translation>
    </message>
    <message>
        <source>Ingenting har passert lagringstiden per {day}.</source>
        <translation>Nothing has passed its retention period as of {day}.</translation>
    </message>
    <message>
        <source>{count} har passert lagringstiden per {day}. Gå gjennom listen, og slett dem i ett steg.</source>
        <translation>{count} have passed their retention period as of {day}. Go through the list, and delete them in one step.</translation>
    </message>
    <message>
        <source>For {count} av beboerne fjernes også området.</source>
        <translation>For {count} of the residents the area is removed as well.</translation>
    </message>
    <message>
        <source>Slette personopplysninger?</source>
        <translation>Delete personal data?</translation>
    </message>
    <message>
        <source>{name}: {message}</source>
        <translation>{name}: {message}</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <source>… og {count} til.</source>
        <translation>… and {count} more.</translation>
    </message>
    <message>
        <source>Fjern også området for disse {count}, så står bare fødselsår, kjønn og oppmøte igjen av dem.</source>
        <translation>Remove the area for these {count} as well, so only their birth year, gender and attendance remain.</translation>
    </message>
    <message>
        <source>Etter anonymiseringen står fødselsår, kjønn og område igjen. Der færre enn {min} beboere i samme område har samme fødselsår og kjønn, kan det fortsatt vise hvem det var:</source>
        <translation>After anonymisation the birth year, gender and area remain. Where fewer than {min} residents in the same area share the birth year and gender, this can still show who it was:</translation>
    </message>
    <message>
        <source>Kan fortsatt kjennes igjen</source>
        <translation>Could still be recognised</translation>
    </message>
    <message>
        <source>Fjern området også</source>
        <translation>Remove the area too</translation>
    </message>
    <message>
        <source>Behold området</source>
        <translation>Keep the area</translation>
    </message>
    <message>
        <source>{count} oppføringer anonymiseres eller slettes nå. Det kan ikke angres (bare ved å gjenopprette en eldre sikkerhetskopi).</source>
        <translation>{count} entries are now anonymised or deleted. This cannot be undone (only by restoring an older backup).</translation>
    </message>
    <message>
        <source>Av en anonymisert beboer blir bare fødselsår, kjønn, område og oppmøte igjen, så oppmøtet telles fortsatt i statistikken. Alt annet slettes, og personen vises ikke lenger i lister og søk.</source>
        <translation>Of an anonymised resident only the birth year, gender, area and attendance remain, so the attendance still counts in the statistics. Everything else is deleted, and the person no longer appears in lists and searches.</translation>
    </message>
    <message>
        <source>Slett</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>FiguresPanel</name>
    <message>
        <source>&amp;Periode</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <source>Periode fra</source>
        <translation>Period from</translation>
    </message>
    <message>
        <source>Periode til</source>
        <translation>Period to</translation>
    </message>
    <message>
        <source>I året perioden begynner</source>
        <translation>In the year the period begins</translation>
    </message>
    <message>
        <source>I året for første oppmøte</source>
        <translation>In the year of the first attendance</translation>
    </message>
    <message>
        <source>&amp;Alder regnes</source>
        <translation>&amp;Age counted</translation>
    </message>
    <message>
        <source>&amp;Vis tall</source>
        <translation>&amp;Show figures</translation>
    </message>
    <message>
        <source>Regn ut tallene for perioden du har valgt</source>
        <translation>Calculate the figures for the period you have chosen</translation>
    </message>
    <message>
        <source>&amp;Kopier tall</source>
        <translation>&amp;Copy figures</translation>
    </message>
    <message>
        <source>Kopier tallene som tekst, klar til å limes inn i tilskuddsgiverens søknadsportal</source>
        <translation>Copy the figures as text, ready to paste into the funder&apos;s application portal</translation>
    </message>
    <message>
        <source>Samlinger holdt</source>
        <translation>Sessions held</translation>
    </message>
    <message>
        <source>Avlyste samlinger er ikke med.</source>
        <translation>Cancelled sessions are not included.</translation>
    </message>
    <message>
        <source>Unike deltakere</source>
        <translation>Unique participants</translation>
    </message>
    <message>
        <source>Hver person telles én gang, på tvers av samlinger og aktiviteter. Telte personer er ikke med.</source>
        <translation>Each person is counted once, across sessions and activities. Counted people are not included.</translation>
    </message>
    <message>
        <source>Barn og unge</source>
        <translation>Children and young people</translation>
    </message>
    <message>
        <source>Voksne</source>
        <translation>Adults</translation>
    </message>
    <message>
        <source>Foreldre og andre voksne.</source>
        <translation>Parents and other adults.</translation>
    </message>
    <message>
        <source>Oppmøter</source>
        <translation>Attendances</translation>
    </message>
    <message>
        <source>Registrerte oppmøter i alt.</source>
        <translation>Registered attendances in total.</translation>
    </message>
    <message>
        <source>Telte personer</source>
        <translation>Counted people</translation>
    </message>
    <message>
        <source>Personer som ble talt, ikke registrert med navn.</source>
        <translation>People who were counted, not registered by name.</translation>
    </message>
    <message>
        <source>Frivillige timer</source>
        <translation>Volunteer hours</translation>
    </message>
    <message>
        <source>Egeninnsats</source>
        <translation>In-kind work</translation>
    </message>
    <message>
        <source>Frivillige timer ganget med timesatsen.</source>
        <translation>Volunteer hours multiplied by the hourly rate.</translation>
    </message>
    <message>
        <source>Tallene som tekst</source>
        <translation>The figures as text</translation>
    </message>
    <message>
        <source>Tallene hentes fra samlingene i aktivitetene søknaden gjelder. Trykk «Vis tall».</source>
        <translation>The figures come from the sessions of the activities the application covers. Press «Show figures».</translation>
    </message>
    <message>
        <source>Lagre søknaden først. Da kan du se tallene her.</source>
        <translation>Save the application first. Then you can see the figures here.</translation>
    </message>
    <message>
        <source>Tallene gjelder {start}–{end} og det som er lagret. {basis}.</source>
        <translation>The figures cover {start}–{end} and what has been saved. {basis}.</translation>
    </message>
    <message>
        <source>Samme tall på kommandolinjen: {command}</source>
        <translation>Same figures on the command line: {command}</translation>
    </message>
    <message>
        <source>Tallene er kopiert. Lim dem inn der du trenger dem (Ctrl+V).</source>
        <translation>The figures have been copied. Paste them where you need them (Ctrl+V).</translation>
    </message>
    <message>
        <source>bare timer</source>
        <translation>hours only</translation>
    </message>
</context>
<context>
    <name>FunderDialog</name>
    <message>
        <source>Tilskuddsgiver</source>
        <translation>Funder</translation>
    </message>
    <message>
        <source>Tilskuddsgiver – {name}</source>
        <translation>Funder – {name}</translation>
    </message>
    <message>
        <source>Ordning</source>
        <translation>Scheme</translation>
    </message>
    <message>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Tilskuddsgiverens kode eller kategori, om den har en</source>
        <translation>The funder&apos;s code or category, if it has one</translation>
    </message>
    <message>
        <source>Revisor</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <source>Ikke oppgitt</source>
        <translation>Not stated</translation>
    </message>
    <message>
        <source>Over beløpet</source>
        <translation>Above the amount</translation>
    </message>
    <message>
        <source>Alltid</source>
        <translation>Always</translation>
    </message>
    <message>
        <source>Når tilskuddsgiveren krever revisorattestasjon av regnskapet for ordningen</source>
        <translation>When the funder requires an auditor&apos;s statement on the scheme&apos;s accounts</translation>
    </message>
    <message>
        <source>Beløp (kr)</source>
        <translation>Amount (NOK)</translation>
    </message>
    <message>
        <source>Revisorattestasjon kreves når tilskuddet er over dette beløpet, for eksempel 200 000</source>
        <translation>An auditor&apos;s statement is required when the grant is above this amount, for example 200 000</translation>
    </message>
    <message>
        <source>Forklar avvik over %</source>
        <translation>Explain variances above %</translation>
    </message>
    <message>
        <source>Budsjettposter som avviker mer enn dette må forklares i rapporten. Tomt: 10 %.</source>
        <translation>Budget lines that vary by more than this must be explained in the report. Empty: 10%.</translation>
    </message>
    <message>
        <source>Navn i rapporten</source>
        <translation>Name in the report</translation>
    </message>
    <message>
        <source>Fra alder</source>
        <translation>From age</translation>
    </message>
    <message>
        <source>Tomt: ingen nedre grense</source>
        <translation>Empty: no lower limit</translation>
    </message>
    <message>
        <source>Til og med alder</source>
        <translation>Up to and including age</translation>
    </message>
    <message>
        <source>Tomt: ingen øvre grense</source>
        <translation>Empty: no upper limit</translation>
    </message>
    <message>
        <source>Fyll inn aldersgruppene til en kjent tilskuddsgiver (kan endres etterpå)</source>
        <translation>Fill in the age bands of a known funder (can be changed afterwards)</translation>
    </message>
    <message>
        <source>Tilskuddsgiveren (ordninger uten egne grupper)</source>
        <translation>The funder (schemes without their own bands)</translation>
    </message>
    <message>
        <source>Ny ordning</source>
        <translation>New scheme</translation>
    </message>
    <message>
        <source>Ordningen {name}</source>
        <translation>The scheme {name}</translation>
    </message>
    <message>
        <source> (egne grupper)</source>
        <translation> (own bands)</translation>
    </message>
</context>
<context>
    <name>FunderForm</name>
    <message>
        <source>Tilskuddsgiver</source>
        <translation>Funder</translation>
    </message>
    <message>
        <source>&amp;Navn</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>For eksempel Barne-, ungdoms- og familiedirektoratet</source>
        <translation>For example The Norwegian Directorate for Children, Youth and Family Affairs</translation>
    </message>
    <message>
        <source>&amp;Kortnavn</source>
        <translation>&amp;Short name</translation>
    </message>
    <message>
        <source>For eksempel Bufdir</source>
        <translation>For example Bufdir</translation>
    </message>
    <message>
        <source>Brukes i lister og påminnelser</source>
        <translation>Used in lists and reminders</translation>
    </message>
    <message>
        <source>Nett&amp;side</source>
        <translation>Web&amp;site</translation>
    </message>
    <message>
        <source>https://</source>
        <translation>https://</translation>
    </message>
    <message>
        <source>Timesats for &amp;egeninnsats (kr)</source>
        <translation>Hourly rate for &amp;in-kind work (NOK)</translation>
    </message>
    <message>
        <source>Bare timer</source>
        <translation>Hours only</translation>
    </message>
    <message>
        <source>Kroner per frivillig time som tilskuddsgiveren godtar som egeninnsats. Tomt: bare antall timer rapporteres.</source>
        <translation>Kroner per volunteer hour that the funder accepts as in-kind work. Empty: only the number of hours is reported.</translation>
    </message>
    <message>
        <source>La feltet stå tomt hvis tilskuddsgiveren bare vil ha antall timer.</source>
        <translation>Leave the field empty if the funder only wants the number of hours.</translation>
    </message>
    <message>
        <source>&amp;Revisjon</source>
        <translation>&amp;Audit</translation>
    </message>
    <message>
        <source>For eksempel: revisorattestert regnskap når tilskuddet er over 200 000 kr</source>
        <translation>For example: accounts certified by an auditor when the grant is over NOK 200,000</translation>
    </message>
    <message>
        <source>N&amp;otater</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>&amp;Arkivert (vises ikke når dere lager nye søknader)</source>
        <translation>&amp;Archived (not shown when you make new applications)</translation>
    </message>
    <message>
        <source>Ordninger og aldersgrupper</source>
        <translation>Schemes and age bands</translation>
    </message>
    <message>
        <source>&amp;Ordninger</source>
        <translation>&amp;Schemes</translation>
    </message>
    <message>
        <source>Ny ordning</source>
        <translation>New scheme</translation>
    </message>
    <message>
        <source>Fjern ordning</source>
        <translation>Remove scheme</translation>
    </message>
    <message>
        <source>Aldersgrupper</source>
        <translation>Age bands</translation>
    </message>
    <message>
        <source>Aldersgruppene tilskuddsgiveren vil ha tallene i. Begge grensene er tatt med (6–12 betyr fra og med 6 til og med 12 år); tomt felt betyr ingen grense.</source>
        <translation>The age bands the funder wants the figures in. Both limits are included (6–12 means from 6 up to and including 12 years); an empty field means no limit.</translation>
    </message>
    <message>
        <source>&amp;Gjelder</source>
        <translation>&amp;Applies to</translation>
    </message>
    <message>
        <source>Ordningen har &amp;egne aldersgrupper</source>
        <translation>The scheme has &amp;its own age bands</translation>
    </message>
    <message>
        <source>Al&amp;dersgrupper</source>
        <translation>Age ban&amp;ds</translation>
    </message>
    <message>
        <source>&amp;Bruk forhåndsvalg</source>
        <translation>&amp;Use preset</translation>
    </message>
    <message>
        <source>Ny gruppe</source>
        <translation>New band</translation>
    </message>
    <message>
        <source>Fjern gruppe</source>
        <translation>Remove band</translation>
    </message>
</context>
<context>
    <name>FunderTableModel</name>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kortnavn</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>Ordninger</source>
        <translation>Schemes</translation>
    </message>
    <message>
        <source>Aldersgrupper</source>
        <translation>Age bands</translation>
    </message>
    <message>
        <source>Timesats</source>
        <translation>Hourly rate</translation>
    </message>
    <message>
        <source>Søknader</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Default</translation>
    </message>
    <message>
        <source>Bare timer</source>
        <translation>Hours only</translation>
    </message>
</context>
<context>
    <name>FundersWindow</name>
    <message>
        <source>Tilskuddsgivere</source>
        <translation>Funders</translation>
    </message>
    <message>
        <source>Vis arkiverte</source>
        <translation>Show archived</translation>
    </message>
    <message>
        <source>&amp;Ny tilskuddsgiver</source>
        <translation>&amp;New funder</translation>
    </message>
    <message>
        <source>Legg inn en ny tilskuddsgiver (Ctrl+N)</source>
        <translation>Add a new funder (Ctrl+N)</translation>
    </message>
    <message>
        <source>Dobbeltklikk eller trykk Enter for å åpne. Aldersgruppene og timesatsen brukes i tallene til rapportene.</source>
        <translation>Double-click or press Enter to open. The age bands and the hourly rate are used in the figures for the reports.</translation>
    </message>
    <message>
        <source>1 tilskuddsgiver</source>
        <translation>1 funder</translation>
    </message>
    <message>
        <source>{n} tilskuddsgivere</source>
        <translation>{n} funders</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Brukerveiledning – Samvirke</source>
        <translation>User guide – Samvirke</translation>
    </message>
    <message>
        <source>Brukerveiledning</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>Brukerveiledningen mangler i installasjonen ({path}). Installer Samvirke på nytt.</source>
        <translation>The user guide is missing from the installation ({path}). Install Samvirke again.</translation>
    </message>
    <message>
        <source>Lukk</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Åpne i &amp;nettleseren</source>
        <translation>Open in the &amp;browser</translation>
    </message>
    <message>
        <source>Åpner veiledningen i nettleseren, der du kan skrive den ut.</source>
        <translation>Opens the guide in the browser, where you can print it.</translation>
    </message>
</context>
<context>
    <name>HeadCountTable</name>
    <message>
        <source>Bare et antall, uten alder og kjønn</source>
        <translation>Only a number, without age and gender</translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <source>Ikke valgt</source>
        <translation>Not chosen</translation>
    </message>
    <message>
        <source>Ny husstand</source>
        <translation>New household</translation>
    </message>
    <message>
        <source>Husstand – {name}</source>
        <translation>Household – {name}</translation>
    </message>
    <message>
        <source>Ingen ennå. Velg husstanden på beboerne.</source>
        <translation>None yet. Choose the household on the residents.</translation>
    </message>
    <message>
        <source>Velg husstanden på beboerne etter at den er lagret.</source>
        <translation>Choose the household on the residents after it has been saved.</translation>
    </message>
</context>
<context>
    <name>HouseholdForm</name>
    <message>
        <source>&amp;Navn</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>f.eks. familienavnet</source>
        <translation>e.g. the family name</translation>
    </message>
    <message>
        <source>Omr&amp;åde</source>
        <translation>Ar&amp;ea</translation>
    </message>
    <message>
        <source>&amp;Adresse</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <source>Gate, nummer og leilighet, f.eks. H0203</source>
        <translation>Street, number and flat, e.g. H0203</translation>
    </message>
    <message>
        <source>Medlemmer</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>N&amp;otater</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>Notater</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>ImportMappingPage</name>
    <message>
        <source>Kolonnene</source>
        <translation>The columns</translation>
    </message>
    <message>
        <source>Samvirke har gjettet hva hver kolonne inneholder ut fra overskriften. Rett det som er feil; kolonner satt til «(ikke importer)» blir ikke tatt med.</source>
        <translation>Samvirke has guessed what each column holds from its heading. Correct what is wrong; columns set to «(do not import)» are left out.</translation>
    </message>
    <message>
        <source>Neste gang en fil med de samme overskriftene importeres, brukes de samme valgene.</source>
        <translation>The next time a file with the same headings is imported, the same choices are used.</translation>
    </message>
    <message>
        <source>&amp;Husk kolonnevalgene til neste import</source>
        <translation>&amp;Remember the column choices for the next import</translation>
    </message>
</context>
<context>
    <name>ImportPreviewPage</name>
    <message>
        <source>Forhåndsvisning</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Ingenting er lagret ennå. Se over radene: rader med feil hoppes over, og rader med advarsel kan du ta med eller hoppe over.</source>
        <translation>Nothing has been saved yet. Look over the rows: rows with errors are skipped, and rows with a warning you can include or skip.</translation>
    </message>
    <message>
        <source>&amp;Vis:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>Fjern haken for alle rader som kan være en person som allerede er registrert, eller som står flere ganger i filen.</source>
        <translation>Untick all rows that may be a person already registered, or that appear more than once in the file.</translation>
    </message>
    <message>
        <source>&amp;Hopp over mulige dubletter</source>
        <translation>&amp;Skip possible duplicates</translation>
    </message>
    <message>
        <source>Sett hake for alle rader med advarsel igjen.</source>
        <translation>Tick all rows with a warning again.</translation>
    </message>
    <message>
        <source>&amp;Ta med alle med advarsel</source>
        <translation>&amp;Include all with a warning</translation>
    </message>
</context>
<context>
    <name>ImportSourcePage</name>
    <message>
        <source>Hva vil du importere?</source>
        <translation>What do you want to import?</translation>
    </message>
    <message>
        <source>Velg hva regnearket inneholder, og velg filen (.xlsx fra Excel, eller .csv).</source>
        <translation>Choose what the spreadsheet holds, and choose the file (.xlsx from Excel, or .csv).</translation>
    </message>
    <message>
        <source>&amp;Hva:</source>
        <translation>&amp;What:</translation>
    </message>
    <message>
        <source>Beboere / deltakere</source>
        <translation>Residents / participants</translation>
    </message>
    <message>
        <source>Frivillige</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <source>Samarbeidspartnere</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Oppmøte (navn nedover, datoer bortover)</source>
        <translation>Attendance (names down, dates across)</translation>
    </message>
    <message>
        <source>&amp;Aktivitet:</source>
        <translation>&amp;Activity:</translation>
    </message>
    <message>
        <source>Oppmøtet registreres på samlingene til denne aktiviteten. Datoer uten samling får en ny samling.</source>
        <translation>The attendance is registered on the sessions of this activity. Dates without a session get a new session.</translation>
    </message>
    <message>
        <source>&amp;Fil:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>Hele stien til regnearket. Trykk Velg fil… for å lete det opp.</source>
        <translation>The full path to the spreadsheet. Press Choose file… to find it.</translation>
    </message>
    <message>
        <source>Ingen fil valgt</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <source>&amp;Velg fil…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <source>A&amp;rk:</source>
        <translation>S&amp;heet:</translation>
    </message>
    <message>
        <source>Arbeidsboken har flere ark. Velg arket med tabellen.</source>
        <translation>The workbook has several sheets. Choose the sheet with the table.</translation>
    </message>
</context>
<context>
    <name>ImportSummaryPage</name>
    <message>
        <source>Importen er ferdig</source>
        <translation>The import is done</translation>
    </message>
    <message>
        <source>Alt er lagret i én omgang. Det som ble importert, ligger nå i listene.</source>
        <translation>Everything was saved in one go. What was imported is now in the lists.</translation>
    </message>
    <message>
        <source>Lagre radene som ble hoppet over, med grunnen, som en fil du kan rette og importere på nytt.</source>
        <translation>Save the rows that were skipped, with the reason, as a file you can correct and import again.</translation>
    </message>
    <message>
        <source>&amp;Lagre rapport over radene som ble hoppet over…</source>
        <translation>&amp;Save a report of the rows that were skipped…</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>&amp;Importer fra regneark…</source>
        <translation>&amp;Import from spreadsheet…</translation>
    </message>
    <message>
        <source>Ta inn beboere, frivillige, samarbeidspartnere eller oppmøte fra Excel eller CSV</source>
        <translation>Bring in residents, volunteers, partners or attendance from Excel or CSV</translation>
    </message>
    <message>
        <source>Importer fra regneark</source>
        <translation>Import from spreadsheet</translation>
    </message>
    <message>
        <source>&lt; &amp;Tilbake</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Neste &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&amp;Importer</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>&amp;Ferdig</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Hjelp</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Noe uventet gikk galt, og ingenting ble lagret. Prøv igjen, eller send feilmeldingen til den som hjelper dere med Samvirke.</source>
        <translation>Something unexpected went wrong, and nothing was saved. Try again, or send the error message to whoever helps you with Samvirke.</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Søk i {title}</source>
        <translation>Search in {title}</translation>
    </message>
    <message>
        <source>Vis ar&amp;kiverte</source>
        <translation>Show ar&amp;chived</translation>
    </message>
    <message>
        <source>&amp;Excel (.xlsx)…</source>
        <translation>&amp;Excel (.xlsx)…</translation>
    </message>
    <message>
        <source>&amp;CSV (.csv)…</source>
        <translation>&amp;CSV (.csv)…</translation>
    </message>
    <message>
        <source>Eksporter {title}</source>
        <translation>Export {title}</translation>
    </message>
    <message>
        <source>Eksporterte {rows} til {file}.</source>
        <translation>Exported {rows} to {file}.</translation>
    </message>
    <message>
        <source>1 rad</source>
        <translation>1 row</translation>
    </message>
    <message>
        <source>{n} rader</source>
        <translation>{n} rows</translation>
    </message>
    <message>
        <source>{shown} av {all}</source>
        <translation>{shown} of {all}</translation>
    </message>
    <message>
        <source>Liste</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Skriv deler av navn, telefon eller e-post. Store og små bokstaver og aksenter spiller ingen rolle.</source>
        <translation>Type part of a name, phone or e-mail. Capital and small letters and accents do not matter.</translation>
    </message>
    <message>
        <source>Søk…</source>
        <translation>Search…</translation>
    </message>
    <message>
        <source>Vis også oppføringer som er arkivert eller anonymisert.</source>
        <translation>Also show entries that are archived or anonymised.</translation>
    </message>
    <message>
        <source>Vis arkiverte</source>
        <translation>Show archived</translation>
    </message>
    <message>
        <source>Lagre listen slik den vises (med søk og filter) som Excel-fil eller CSV</source>
        <translation>Save the list as shown (with search and filter) as an Excel file or CSV</translation>
    </message>
    <message>
        <source>&amp;Eksporter</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>Lag en ny oppføring (Ctrl+N)</source>
        <translation>Make a new entry (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Ny</source>
        <translation>&amp;New</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Database: {name}</source>
        <translation>Database: {name}</translation>
    </message>
    <message>
        <source>Skriv brukernavnet ditt.</source>
        <translation>Type your username.</translation>
    </message>
    <message>
        <source>&amp;Logg inn</source>
        <translation>&amp;Log in</translation>
    </message>
    <message>
        <source>Vent {seconds} s</source>
        <translation>Wait {seconds} s</translation>
    </message>
    <message>
        <source>Logg inn – Samvirke</source>
        <translation>Log in – Samvirke</translation>
    </message>
    <message>
        <source>Logg inn</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>&amp;Brukernavn</source>
        <translation>&amp;Username</translation>
    </message>
    <message>
        <source>&amp;Passord</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>Glemt passordet? Be en administrator i teamet om å gi deg et nytt.</source>
        <translation>Forgot your password? Ask an administrator in the team to give you a new one.</translation>
    </message>
    <message>
        <source>&amp;Glemt passordet?</source>
        <translation>&amp;Forgot your password?</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>MainMenu</name>
    <message>
        <source>&amp;Fil</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Ny database…</source>
        <translation>&amp;New database…</translation>
    </message>
    <message>
        <source>&amp;Åpne database…</source>
        <translation>&amp;Open database…</translation>
    </message>
    <message>
        <source>Ta &amp;sikkerhetskopi nå</source>
        <translation>Take a &amp;backup now</translation>
    </message>
    <message>
        <source>&amp;Gjenopprett…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <source>&amp;Bytt bruker…</source>
        <translation>S&amp;witch user…</translation>
    </message>
    <message>
        <source>&amp;Logg ut</source>
        <translation>&amp;Log out</translation>
    </message>
    <message>
        <source>Endre &amp;passordet ditt…</source>
        <translation>Change your &amp;password…</translation>
    </message>
    <message>
        <source>&amp;Avslutt</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Hjelp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Om Samvirke</source>
        <translation>&amp;About Samvirke</translation>
    </message>
    <message>
        <source>En database på en tjener sikkerhetskopieres av den som driver tjeneren.</source>
        <translation>A database on a server is backed up by whoever runs the server.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Oversikt</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Beboere</source>
        <translation>Residents</translation>
    </message>
    <message>
        <source>Aktiviteter</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Frivillige</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <source>Samarbeidspartnere</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Søknader</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>Rapporter</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Innstillinger</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Logget ut</source>
        <translation>Logged out</translation>
    </message>
    <message>
        <source>Brukeren din er deaktivert eller finnes ikke lenger i denne databasen. Logg inn på nytt, eller snakk med en administrator i teamet.</source>
        <translation>Your user has been deactivated or no longer exists in this database. Log in again, or talk to an administrator in the team.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Kolonne i filen</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <source>Importeres som</source>
        <translation>Imported as</translation>
    </message>
    <message>
        <source>Eksempler fra filen</source>
        <translation>Examples from the file</translation>
    </message>
    <message>
        <source>Samling {date}</source>
        <translation>Session {date}</translation>
    </message>
    <message>
        <source>Importer «{header}» som</source>
        <translation>Import «{header}» as</translation>
    </message>
    <message>
        <source>(tom kolonne)</source>
        <translation>(empty column)</translation>
    </message>
</context>
<context>
    <name>MonthGridWindow</name>
    <message>
        <source>Treff på deltakere</source>
        <translation>Matching participants</translation>
    </message>
    <message>
        <source>Treff på frivillige</source>
        <translation>Matching volunteers</translation>
    </message>
    <message>
        <source>Ingen beboer med det navnet. Registrer personen i Beboere eller i oppmøtet for samlingen.</source>
        <translation>No resident with that name. Register the person under Residents or in the attendance for the session.</translation>
    </message>
    <message>
        <source>Ingen frivillig med det navnet.</source>
        <translation>No volunteer with that name.</translation>
    </message>
    <message>
        <source>Fra papir – {activity} – {month}</source>
        <translation>From paper – {activity} – {month}</translation>
    </message>
    <message>
        <source>Ingen samlinger i {month}. Legg til samlinger på aktiviteten først.</source>
        <translation>No sessions in {month}. Add sessions to the activity first.</translation>
    </message>
    <message>
        <source>Samlingen {dates} har ikke klokkeslett. Skriv antall timer i ruten i stedet.</source>
        <translation>The session {dates} has no time of day. Type the number of hours in the box instead.</translation>
    </message>
    <message>
        <source>står i listen</source>
        <translation>on the list</translation>
    </message>
    <message>
        <source>Oppmøte fra papir</source>
        <translation>Attendance from paper</translation>
    </message>
    <message>
        <source>◀ &amp;Forrige måned</source>
        <translation>◀ &amp;Previous month</translation>
    </message>
    <message>
        <source>Forrige måned (Page Up med Ctrl)</source>
        <translation>Previous month (Ctrl+Page Up)</translation>
    </message>
    <message>
        <source>&amp;Neste måned ▶</source>
        <translation>&amp;Next month ▶</translation>
    </message>
    <message>
        <source>Neste måned (Page Down med Ctrl)</source>
        <translation>Next month (Ctrl+Page Down)</translation>
    </message>
    <message>
        <source>Skriv inn en utfylt papirliste. Piltastene flytter. Mellomrom krysser av eller fjerner krysset. X eller 1: til stede og ned, 0 eller Delete: fjern og ned. Marker flere ruter for å krysse av alle på én gang. Timer: skriv tallet, eller mellomrom for samlingens lengde.</source>
        <translation>Type in a filled-in paper list. The arrow keys move. Space ticks or removes the tick. X or 1: present and down, 0 or Delete: remove and down. Select several boxes to tick them all at once. Hours: type the number, or space for the length of the session.</translation>
    </message>
    <message>
        <source>&amp;Deltakere</source>
        <translation>&amp;Participants</translation>
    </message>
    <message>
        <source>Legg til &amp;en som kom (ikke på listen):</source>
        <translation>Add &amp;someone who came (not on the list):</translation>
    </message>
    <message>
        <source>Navn, Enter</source>
        <translation>Name, Enter</translation>
    </message>
    <message>
        <source>Frivillige og &amp;timer</source>
        <translation>Volunteers and &amp;hours</translation>
    </message>
    <message>
        <source>Legg til f&amp;rivillig:</source>
        <translation>Add vol&amp;unteer:</translation>
    </message>
    <message>
        <source>&amp;Lukk</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>NewDatabaseDialog</name>
    <message>
        <source>Mappe</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Filen legges i Samvirkes egen mappe: {folder}</source>
        <translation>The file is put in Samvirke&apos;s own folder: {folder}</translation>
    </message>
    <message>
        <source>Bare de som har en brukerkonto, kan åpne en kryptert database, også om filen eller en sikkerhetskopi kommer på avveie. Du lager administratoren med en gang, og får en gjenopprettingskode å skrive ned.</source>
        <translation>Only those with a user account can open an encrypted database, even if the file or a backup goes astray. You create the administrator right away and get a recovery code to write down.</translation>
    </message>
    <message>
        <source>Uten kryptering kan alle som kan lese mappen, lese alt i databasen med et vanlig SQLite-verktøy.</source>
        <translation>Without encryption, anyone who can read the folder can read everything in the database with an ordinary SQLite tool.</translation>
    </message>
    <message>
        <source>Velg mappen databasen skal ligge i</source>
        <translation>Choose the folder the database is to be kept in</translation>
    </message>
    <message>
        <source>Velg mappen. Skal flere på teamet bruke databasen, velg teamets fellesdisk på kommunens nett.</source>
        <translation>Choose the folder. If several people in the team are to use the database, choose the team&apos;s shared drive on the municipality&apos;s network.</translation>
    </message>
    <message>
        <source>Mappen finnes ikke. Sjekk at den delte mappen er tilkoblet.</source>
        <translation>The folder does not exist. Check that the shared folder is connected.</translation>
    </message>
    <message>
        <source>✓ Delt nettverksmappe ({service}). Kollegene kan åpne den samme databasen herfra.</source>
        <translation>✓ Shared network folder ({service}). Your colleagues can open the same database from here.</translation>
    </message>
    <message>
        <source>Mappen ligger på denne PC-en, så bare du kan bruke databasen. Velg teamets fellesdisk hvis flere skal bruke den.</source>
        <translation>The folder is on this PC, so only you can use the database. Choose the team&apos;s shared drive if several people are to use it.</translation>
    </message>
    <message>
        <source>Velg mappen databasen skal ligge i.</source>
        <translation>Choose the folder the database is to be kept in.</translation>
    </message>
    <message>
        <source>Filnavnet kan ikke inneholde / eller \. Velg mappen med Velg mappe….</source>
        <translation>The file name cannot contain / or \. Choose the folder with Choose folder….</translation>
    </message>
    <message>
        <source>Mappen «{folder}» finnes ikke. Sjekk at den delte mappen er tilkoblet, eller velg en annen.</source>
        <translation>The folder «{folder}» does not exist. Check that the shared folder is connected, or choose another.</translation>
    </message>
    <message>
        <source>Du har ikke lov til å lage filer i «{folder}». Velg en annen mappe, eller be om skrivetilgang.</source>
        <translation>You are not allowed to create files in «{folder}». Choose another folder, or ask for write access.</translation>
    </message>
    <message>
        <source>«{name}» finnes allerede i mappen. Velg et annet filnavn, eller bruk Fil → Åpne database for å åpne den.</source>
        <translation>«{name}» already exists in the folder. Choose another file name, or use File → Open database to open it.</translation>
    </message>
    <message>
        <source>Ny database for teamet</source>
        <translation>New database for the team</translation>
    </message>
    <message>
        <source>Hvor skal databasen ligge?</source>
        <translation>Where is the database to be kept?</translation>
    </message>
    <message>
        <source>På &amp;denne PC-en (bare du bruker den)</source>
        <translation>On &amp;this PC (only you use it)</translation>
    </message>
    <message>
        <source>I en &amp;mappe du velger, for eksempel teamets fellesdisk (flere kan bruke den samtidig)</source>
        <translation>In a &amp;folder you choose, for example the team&apos;s shared drive (several can use it at once)</translation>
    </message>
    <message>
        <source>f.eks. S:\Bomiljø\Samvirke eller \\server\felles\Samvirke</source>
        <translation>e.g. S:\Bomiljø\Samvirke or \\server\shared\Samvirke</translation>
    </message>
    <message>
        <source>&amp;Velg mappe…</source>
        <translation>&amp;Choose folder…</translation>
    </message>
    <message>
        <source>&amp;Filnavn</source>
        <translation>&amp;File name</translation>
    </message>
    <message>
        <source>&amp;Krypter databasefilen (anbefales)</source>
        <translation>&amp;Encrypt the database file (recommended)</translation>
    </message>
    <message>
        <source>&amp;Lag databasen</source>
        <translation>&amp;Create the database</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Beboere</source>
        <translation>Residents</translation>
    </message>
    <message>
        <source>Aktive frivillige</source>
        <translation>Active volunteers</translation>
    </message>
    <message>
        <source>Frivillige som har begynt og ikke sluttet.</source>
        <translation>Volunteers who have started and not left.</translation>
    </message>
    <message>
        <source>Aktiviteter</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Samlinger denne uken</source>
        <translation>Sessions this week</translation>
    </message>
    <message>
        <source>Avlyste samlinger er ikke med.</source>
        <translation>Cancelled sessions are not included.</translation>
    </message>
    <message>
        <source>Søknader som pågår</source>
        <translation>Applications in progress</translation>
    </message>
    <message>
        <source>Utkast, sendte og innvilgede søknader som ikke er rapportert ennå.</source>
        <translation>Draft, sent and granted applications not yet reported.</translation>
    </message>
    <message>
        <source>Samlinger denne uken (uke {week})</source>
        <translation>Sessions this week (week {week})</translation>
    </message>
    <message>
        <source>1 samling</source>
        <translation>1 session</translation>
    </message>
    <message>
        <source>{count} samlinger</source>
        <translation>{count} sessions</translation>
    </message>
    <message>
        <source>Oversikt</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Dobbeltklikk eller Enter på en samling for å registrere oppmøte</source>
        <translation>Double-click or Enter on a session to register attendance</translation>
    </message>
    <message>
        <source>Ingen samlinger er satt opp denne uken.</source>
        <translation>No sessions are set up this week.</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-post</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Legg til kontaktperson</source>
        <translation>Add contact person</translation>
    </message>
    <message>
        <source>Ingen kontaktpersoner registrert.</source>
        <translation>No contact persons registered.</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Hva ble sagt eller avtalt</source>
        <translation>What was said or agreed</translation>
    </message>
    <message>
        <source>Legg til møtenotat</source>
        <translation>Add meeting note</translation>
    </message>
    <message>
        <source>Ingen møtenotater ennå.</source>
        <translation>No meeting notes yet.</translation>
    </message>
    <message>
        <source>Ny samarbeidspartner</source>
        <translation>New partner</translation>
    </message>
    <message>
        <source>Samarbeidspartner – {name}</source>
        <translation>Partner – {name}</translation>
    </message>
    <message>
        <source>Ingen ennå.</source>
        <translation>None yet.</translation>
    </message>
    <message>
        <source>Det finnes allerede en samarbeidspartner som heter «{name}». Sjekk om det er den samme før du lagrer. Er det en annen, kan du lagre likevel.</source>
        <translation>There is already a partner called «{name}». Check whether it is the same before you save. If it is another, you can save anyway.</translation>
    </message>
</context>
<context>
    <name>PartnerForm</name>
    <message>
        <source>Organisasjon</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>&amp;Navn</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>f.eks. NAV Sagene</source>
        <translation>e.g. NAV Sagene</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>Tele&amp;fon</source>
        <translation>Pho&amp;ne</translation>
    </message>
    <message>
        <source>22 33 44 55</source>
        <translation>22 33 44 55</translation>
    </message>
    <message>
        <source>E-&amp;post</source>
        <translation>E-&amp;mail</translation>
    </message>
    <message>
        <source>post@eksempel.no</source>
        <translation>post@example.no</translation>
    </message>
    <message>
        <source>&amp;Adresse</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <source>Netts&amp;ide</source>
        <translation>Webs&amp;ite</translation>
    </message>
    <message>
        <source>www.eksempel.no</source>
        <translation>www.example.no</translation>
    </message>
    <message>
        <source>Hvor dere samarbeider</source>
        <translation>Where you work together</translation>
    </message>
    <message>
        <source>Om&amp;råder</source>
        <translation>A&amp;reas</translation>
    </message>
    <message>
        <source>Aktiviteter</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>&amp;Kontaktpersoner</source>
        <translation>&amp;Contact persons</translation>
    </message>
    <message>
        <source>Kontaktpersoner</source>
        <translation>Contact persons</translation>
    </message>
    <message>
        <source>&amp;Møtenotater</source>
        <translation>&amp;Meeting notes</translation>
    </message>
    <message>
        <source>Møtenotater</source>
        <translation>Meeting notes</translation>
    </message>
    <message>
        <source>N&amp;otater</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>Notater</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>PartnerTableModel</name>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Kontaktpersoner</source>
        <translation>Contact persons</translation>
    </message>
    <message>
        <source>Områder</source>
        <translation>Areas</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-post</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>PartnersPage</name>
    <message>
        <source>Samarbeidspartnere</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Alle områder</source>
        <translation>All areas</translation>
    </message>
    <message>
        <source>Vis bare samarbeidspartnere i ett område</source>
        <translation>Show only partners in one area</translation>
    </message>
    <message>
        <source>Alle typer</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>Vis bare én type samarbeidspartner</source>
        <translation>Show only one type of partner</translation>
    </message>
    <message>
        <source>1 samarbeidspartner</source>
        <translation>1 partner</translation>
    </message>
    <message>
        <source>{count} samarbeidspartnere</source>
        <translation>{count} partners</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Endre passordet ditt</source>
        <translation>Change your password</translation>
    </message>
    <message>
        <source>Nytt passord</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>Skriv passordet du har nå, og deretter det nye to ganger.</source>
        <translation>Type the password you have now, and then the new one twice.</translation>
    </message>
    <message>
        <source>Nytt passord for {name} ({username}). Gi det til vedkommende muntlig eller på telefon, ikke på e-post.</source>
        <translation>New password for {name} ({username}). Give it to them in person or by phone, not by e-mail.</translation>
    </message>
    <message>
        <source>Passordene er ikke like. Skriv det samme passordet to ganger.</source>
        <translation>The passwords are not the same. Type the same password twice.</translation>
    </message>
</context>
<context>
    <name>PasswordForm</name>
    <message>
        <source>Passordet du har &amp;nå</source>
        <translation>The password you have &amp;now</translation>
    </message>
    <message>
        <source>&amp;Nytt passord</source>
        <translation>&amp;New password</translation>
    </message>
    <message>
        <source>minst 8 tegn</source>
        <translation>at least 8 characters</translation>
    </message>
    <message>
        <source>&amp;Gjenta passordet</source>
        <translation>&amp;Repeat the password</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Ingen treff på «{text}»</source>
        <translation>No matches for «{text}»</translation>
    </message>
</context>
<context>
    <name>PhotoDialog</name>
    <message>
        <source>Nytt bilde</source>
        <translation>New photo</translation>
    </message>
    <message>
        <source>Endre bilde</source>
        <translation>Edit photo</translation>
    </message>
    <message>
        <source>For eksempel: Tur rundt Sognsvann</source>
        <translation>For example: Walk round Sognsvann</translation>
    </message>
    <message>
        <source>&amp;Bildetekst:</source>
        <translation>&amp;Caption:</translation>
    </message>
    <message>
        <source>Bildeteksten står under bildet i rapporten til tilskuddsgiveren. Skriv ingen navn i den.</source>
        <translation>The caption is printed under the photo in the report to the funder. Do not write any names in it.</translation>
    </message>
    <message>
        <source>&amp;Dato:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Ingen gjenkjennelige personer (tatt bakfra, på avstand …)</source>
        <translation>&amp;Nobody recognisable (taken from behind, at a distance …)</translation>
    </message>
    <message>
        <source>Finn deltaker</source>
        <translation>Find participant</translation>
    </message>
    <message>
        <source>Hvem er med på bildet</source>
        <translation>Who is in the photo</translation>
    </message>
    <message>
        <source>mangler samtykke til foto</source>
        <translation>no photo consent</translation>
    </message>
    <message>
        <source>Aktiviteten har ingen deltakere ennå.</source>
        <translation>The activity has no participants yet.</translation>
    </message>
    <message>
        <source>&amp;Hvem er med:</source>
        <translation>&amp;Who is in it:</translation>
    </message>
    <message>
        <source>Ingen personer velges: ingen kan kjennes igjen.</source>
        <translation>No people are chosen: nobody can be recognised.</translation>
    </message>
    <message>
        <source>Valgt: {names}</source>
        <translation>Chosen: {names}</translation>
    </message>
    <message>
        <source>Ingen valgt ennå.</source>
        <translation>Nobody chosen yet.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Radene i filen</source>
        <translation>The rows in the file</translation>
    </message>
    <message>
        <source>Alle rader</source>
        <translation>All rows</translation>
    </message>
    <message>
        <source>Rader med advarsel eller feil</source>
        <translation>Rows with a warning or error</translation>
    </message>
    <message>
        <source>Rader som ikke blir importert</source>
        <translation>Rows that will not be imported</translation>
    </message>
    <message>
        <source>Sjekker radene …</source>
        <translation>Checking the rows …</translation>
    </message>
    <message>
        <source>Sjekker {rows} mot det som allerede er registrert …</source>
        <translation>Checking {rows} against what is already registered …</translation>
    </message>
    <message>
        <source>Filen kan ikke importeres slik den er.</source>
        <translation>The file cannot be imported as it is.</translation>
    </message>
    <message>
        <source>{marks} blir registrert for {people} av {total} personer.</source>
        <translation>{marks} will be registered for {people} of {total} people.</translation>
    </message>
    <message>
        <source>1 oppmøte</source>
        <translation>1 attendance</translation>
    </message>
    <message>
        <source>{n} oppmøter</source>
        <translation>{n} attendances</translation>
    </message>
    <message>
        <source>&amp;Importer {n} oppmøter</source>
        <translation>&amp;Import {n} attendances</translation>
    </message>
    <message>
        <source>{n} av {rows} blir importert.</source>
        <translation>{n} of {rows} will be imported.</translation>
    </message>
    <message>
        <source>&amp;Importer {rows}</source>
        <translation>&amp;Import {rows}</translation>
    </message>
    <message>
        <source>… og {n} merknader til.</source>
        <translation>… and {n} more notes.</translation>
    </message>
    <message>
        <source>Rad {n}: {status}</source>
        <translation>Row {n}: {status}</translation>
    </message>
    <message>
        <source>Importerer … 0 av {n}. Alt lagres samlet til slutt.</source>
        <translation>Importing … 0 of {n}. Everything is saved together at the end.</translation>
    </message>
    <message>
        <source>Importerer … {done} av {total}. Alt lagres samlet til slutt.</source>
        <translation>Importing … {done} of {total}. Everything is saved together at the end.</translation>
    </message>
</context>
<context>
    <name>PreviewTableModel</name>
    <message>
        <source>Importer</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Rad</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Navn i filen</source>
        <translation>Name in the file</translation>
    </message>
    <message>
        <source>Funnet i Samvirke</source>
        <translation>Found in Samvirke</translation>
    </message>
    <message>
        <source>Oppmøter</source>
        <translation>Attendances</translation>
    </message>
    <message>
        <source>Merknad</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Hoppes over (feil)</source>
        <translation>Skipped (error)</translation>
    </message>
    <message>
        <source>Tas ikke med</source>
        <translation>Left out</translation>
    </message>
    <message>
        <source>Advarsel</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source> (+{n} til)</source>
        <translation> (+{n} more)</translation>
    </message>
    <message>
        <source>Raden har feil og kan ikke importeres. Rett den i filen.</source>
        <translation>The row has errors and cannot be imported. Correct it in the file.</translation>
    </message>
    <message>
        <source>Fjern haken for å hoppe over raden.</source>
        <translation>Untick to skip the row.</translation>
    </message>
</context>
<context>
    <name>PrivacyTab</name>
    <message>
        <source>Formål, rettsgrunnlag og hvem som er ansvarlig, står i innsynsrapporter og eksporter. Reglene for lagringstid bestemmer hva som kommer opp under «Til sletting», og datoen innsynsrapporten oppgir for når opplysningene slettes.</source>
        <translation>Purposes, legal basis and who is responsible are printed in access reports and exports. The retention rules decide what comes up under «To delete», and the date the access report gives for when the data is erased.</translation>
    </message>
    <message>
        <source>Skriv bydelens rettsgrunnlag: artikkel 6 i personvernforordningen og loven som gir bydelen oppgaven. Trykk «Sett inn forslag» for en tekst å begynne med.</source>
        <translation>Write the district&apos;s legal basis: Article 6 of the GDPR and the law that gives the district the task. Press «Insert suggestion» for a text to start from.</translation>
    </message>
    <message>
        <source>Sett inn for&amp;slag</source>
        <translation>Insert su&amp;ggestion</translation>
    </message>
    <message>
        <source>Setter inn et forslag til rettsgrunnlag. Bytt ut setningen i klammer med bydelens eget rettsgrunnlag før du lagrer.</source>
        <translation>Inserts a suggested legal basis. Replace the sentence in brackets with the district&apos;s own legal basis before you save.</translation>
    </message>
    <message>
        <source>Slett politiattest-opplysningene når en frivillig slutter</source>
        <translation>Delete the police certificate details when a volunteer leaves</translation>
    </message>
    <message>
        <source>&amp;Formål</source>
        <translation>&amp;Purpose</translation>
    </message>
    <message>
        <source>&amp;Rettsgrunnlag</source>
        <translation>&amp;Legal basis</translation>
    </message>
    <message>
        <source>Behandlingsansvarlig (bydelen)</source>
        <translation>Controller (the district)</translation>
    </message>
    <message>
        <source>f.eks. Oslo kommune, Bydel Sagene</source>
        <translation>e.g. Oslo kommune, Bydel Sagene</translation>
    </message>
    <message>
        <source>Behandlingsansvarliges navn</source>
        <translation>Controller&apos;s name</translation>
    </message>
    <message>
        <source>f.eks. Postboks 4250 Nydalen, 0401 Oslo</source>
        <translation>e.g. Postboks 4250 Nydalen, 0401 Oslo</translation>
    </message>
    <message>
        <source>Behandlingsansvarliges adresse</source>
        <translation>Controller&apos;s address</translation>
    </message>
    <message>
        <source>f.eks. postmottak@bydel.oslo.kommune.no</source>
        <translation>e.g. postmottak@bydel.oslo.kommune.no</translation>
    </message>
    <message>
        <source>Behandlingsansvarliges e-post</source>
        <translation>Controller&apos;s e-mail</translation>
    </message>
    <message>
        <source>f.eks. 21 80 21 80</source>
        <translation>e.g. 21 80 21 80</translation>
    </message>
    <message>
        <source>Behandlingsansvarliges telefon</source>
        <translation>Controller&apos;s phone</translation>
    </message>
    <message>
        <source>&amp;Navn</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Adresse</source>
        <translation>A&amp;ddress</translation>
    </message>
    <message>
        <source>&amp;E-post</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Telefon</source>
        <translation>P&amp;hone</translation>
    </message>
    <message>
        <source>Personvernombud</source>
        <translation>Data protection officer</translation>
    </message>
    <message>
        <source>navnet på personvernombudet</source>
        <translation>the data protection officer&apos;s name</translation>
    </message>
    <message>
        <source>Personvernombudets navn</source>
        <translation>Data protection officer&apos;s name</translation>
    </message>
    <message>
        <source>f.eks. personvernombud@oslo.kommune.no</source>
        <translation>e.g. personvernombud@oslo.kommune.no</translation>
    </message>
    <message>
        <source>Personvernombudets e-post</source>
        <translation>Data protection officer&apos;s e-mail</translation>
    </message>
    <message>
        <source>Personvernombudets telefon</source>
        <translation>Data protection officer&apos;s phone</translation>
    </message>
    <message>
        <source>Navn på o&amp;mbudet</source>
        <translation>&amp;Officer&apos;s name</translation>
    </message>
    <message>
        <source>E-post til ombu&amp;det</source>
        <translation>Officer&apos;s e-ma&amp;il</translation>
    </message>
    <message>
        <source>Telefon til omb&amp;udet</source>
        <translation>Officer&apos;s &amp;telephone</translation>
    </message>
    <message>
        <source>&amp;Beboere uten oppmøte</source>
        <translation>&amp;Residents without attendance</translation>
    </message>
    <message>
        <source>Fri&amp;villige etter sluttdato</source>
        <translation>Vol&amp;unteers after their end date</translation>
    </message>
    <message>
        <source>&amp;Lagre</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Databasefilen</source>
        <translation>The database file</translation>
    </message>
    <message>
        <source>&amp;Krypter databasen …</source>
        <translation>&amp;Encrypt the database …</translation>
    </message>
    <message>
        <source>Ny &amp;gjenopprettingskode …</source>
        <translation>New &amp;recovery code …</translation>
    </message>
    <message>
        <source>Lag en ny kode hvis arket med den gamle er borte eller kan ha blitt sett av andre. Den gamle koden slutter da å virke.</source>
        <translation>Make a new code if the sheet with the old one is lost or may have been seen by others. The old code then stops working.</translation>
    </message>
    <message>
        <source>Dette er eksempeldatabasen, med oppdiktede personer. Den er ikke kryptert, og skal ikke brukes til ekte opplysninger: lag en egen database for teamet med Fil → Ny database.</source>
        <translation>This is the demo database, with made-up people. It is not encrypted and must not be used for real data: create a database of the team&apos;s own with File → New database.</translation>
    </message>
    <message>
        <source>Databasefilen er kryptert. Uten brukernavn og passord (eller gjenopprettingskoden) kan ingen lese den, heller ikke sikkerhetskopiene eller en kopi på avveie.</source>
        <translation>The database file is encrypted. Without a user name and password (or the recovery code) nobody can read it, nor its backups or a copy gone astray.</translation>
    </message>
    <message>
        <source>Databasefilen er ikke kryptert: alle som kan lese mappen, kan lese alt i den med et vanlig SQLite-verktøy.</source>
        <translation>The database file is not encrypted: anyone who can read the folder can read everything in it with an ordinary SQLite tool.</translation>
    </message>
    <message>
        <source>For å kryptere databasen trengs en administrator med passord: lag den under Innstillinger → Brukere, og logg inn med den.</source>
        <translation>Encrypting the database needs an administrator with a password: create one under Settings → Users and log in with it.</translation>
    </message>
    <message>
        <source>Disse kollegene kan ikke logge inn før de får et nytt passord under Innstillinger → Brukere: {names}.</source>
        <translation>These colleagues cannot log in until they get a new password under Settings → Users: {names}.</translation>
    </message>
    <message>
        <source>Ny gjenopprettingskode?</source>
        <translation>New recovery code?</translation>
    </message>
    <message>
        <source>Den gamle koden slutter å virke, og den nye vises én gang: skriv den ned og lås den inne.</source>
        <translation>The old code stops working, and the new one is shown once: write it down and lock it away.</translation>
    </message>
    <message>
        <source>Lag ny kode</source>
        <translation>Make a new code</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source> måneder</source>
        <translation> months</translation>
    </message>
    <message>
        <source>Personvern</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <source>Innsynsrapporten kan ikke lages før dette er fylt inn: {missing}.</source>
        <translation>The access report cannot be made until this is filled in: {missing}.</translation>
    </message>
    <message>
        <source>Alt innsynsrapporten trenger, er fylt inn.</source>
        <translation>Everything the access report needs is filled in.</translation>
    </message>
    <message>
        <source>Sikkerhetskopier eldre enn {months} måneder slettes, så den som er slettet her, ikke blir liggende i gamle kopier.</source>
        <translation>Backups older than {months} months are deleted, so whoever is deleted here does not remain in old copies.</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>* må fylles ut</source>
        <translation>* must be filled in</translation>
    </message>
    <message>
        <source>&amp;Lagre</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Lagre (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Lukk uten å lagre (Esc)</source>
        <translation>Close without saving (Esc)</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Nei</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Vil du lagre?</source>
        <translation>Do you want to save?</translation>
    </message>
    <message>
        <source>Lagre likevel</source>
        <translation>Save anyway</translation>
    </message>
    <message>
        <source>Gå tilbake</source>
        <translation>Go back</translation>
    </message>
    <message>
        <source>Databasen er opptatt</source>
        <translation>The database is busy</translation>
    </message>
    <message>
        <source>En kollega lagrer akkurat nå, prøv igjen. Det du har skrevet er ikke borte.</source>
        <translation>A colleague is saving right now, try again. What you have typed is not lost.</translation>
    </message>
    <message>
        <source>Sammenlign</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>Last inn på nytt</source>
        <translation>Load again</translation>
    </message>
    <message>
        <source>Fortsett å redigere</source>
        <translation>Keep editing</translation>
    </message>
    <message>
        <source>Ulagrede endringer</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Du har endringer som ikke er lagret.</source>
        <translation>You have unsaved changes.</translation>
    </message>
    <message>
        <source>Lagre</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Forkast</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Rett opp dette før du lagrer:</source>
        <translation>Correct this before you save:</translation>
    </message>
    <message>
        <source>Må fylles ut</source>
        <translation>Must be filled in</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>Gjenopprettingskode – Samvirke</source>
        <translation>Recovery code – Samvirke</translation>
    </message>
    <message>
        <source>Skriv ned gjenopprettingskoden</source>
        <translation>Write down the recovery code</translation>
    </message>
    <message>
        <source>Denne koden åpner databasen «{name}» den dagen ingen administrator husker passordet sitt. Den vises bare nå: Samvirke kan ikke vise den igjen.</source>
        <translation>This code opens the database “{name}” on the day no administrator remembers their password. It is shown only now: Samvirke cannot show it again.</translation>
    </message>
    <message>
        <source>Gjenopprettingskoden</source>
        <translation>The recovery code</translation>
    </message>
    <message>
        <source>Skriv den ut, eller skriv den av for hånd, og legg arket innelåst, for eksempel i teamets safe eller et låst skap. Ikke lagre den på PC-en, i e-post eller på telefonen: den som har koden, kan lese alt i databasen.</source>
        <translation>Print it, or copy it by hand, and lock the sheet away, for example in the team&apos;s safe or a locked cupboard. Do not keep it on the PC, in e-mail or on your phone: whoever has the code can read everything in the database.</translation>
    </message>
    <message>
        <source>Skriv &amp;ut…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Jeg har skrevet den ned</source>
        <translation>&amp;I have written it down</translation>
    </message>
    <message>
        <source>Skriv inn koden fra arket</source>
        <translation>Type in the code from the sheet</translation>
    </message>
    <message>
        <source>Skriv koden slik den står på arket, så vet du at den er skrevet riktig ned. Store eller små bokstaver, mellomrom og bindestreker spiller ingen rolle.</source>
        <translation>Type the code as it stands on the sheet, so you know it was written down correctly. Capital or small letters, spaces and hyphens make no difference.</translation>
    </message>
    <message>
        <source>&amp;Gjenopprettingskoden</source>
        <translation>The &amp;recovery code</translation>
    </message>
    <message>
        <source>seks grupper på fire tegn</source>
        <translation>six groups of four characters</translation>
    </message>
    <message>
        <source>&amp;Vis koden igjen</source>
        <translation>&amp;Show the code again</translation>
    </message>
    <message>
        <source>&amp;Ferdig</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <source>Skriv inn koden fra arket.</source>
        <translation>Type in the code from the sheet.</translation>
    </message>
    <message>
        <source>Koden har {length} tegn, og du skrev {typed}. Sjekk at du har fått med alle seks gruppene.</source>
        <translation>The code has {length} characters, and you typed {typed}. Check that you have all six groups.</translation>
    </message>
    <message>
        <source>Koden stemmer ikke med den som ble vist. Trykk «Vis koden igjen», og rett det som er feil på arket.</source>
        <translation>The code does not match the one shown. Press “Show the code again” and correct what is wrong on the sheet.</translation>
    </message>
    <message>
        <source>Skriv ned koden og skriv den inn igjen før du lukker: den vises ikke igjen.</source>
        <translation>Write the code down and type it back before you close: it will not be shown again.</translation>
    </message>
    <message>
        <source>Gjenopprettingskode for Samvirke</source>
        <translation>Recovery code for Samvirke</translation>
    </message>
    <message>
        <source>Databasen «{name}», skrevet ut {date}.</source>
        <translation>The database “{name}”, printed {date}.</translation>
    </message>
    <message>
        <source>Koden åpner databasen når ingen administrator husker passordet sitt: på innloggingen, trykk «Glemt passordet?». Oppbevar arket innelåst. Den som har koden, kan lese alt i databasen.</source>
        <translation>The code opens the database when no administrator remembers their password: at the log-in, press “Forgot your password?”. Keep this sheet locked away. Whoever has the code can read everything in the database.</translation>
    </message>
    <message>
        <source>Skriv ut gjenopprettingskoden</source>
        <translation>Print the recovery code</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Glemt passordet? – Samvirke</source>
        <translation>Forgot your password? – Samvirke</translation>
    </message>
    <message>
        <source>Glemt passordet?</source>
        <translation>Forgot your password?</translation>
    </message>
    <message>
        <source>Har du glemt passordet ditt, kan en administrator i teamet gi deg et nytt under Innstillinger → Brukere. Det nye passordet åpner også den krypterte databasen.</source>
        <translation>If you have forgotten your password, an administrator in the team can give you a new one under Settings → Users. The new password opens the encrypted database too.</translation>
    </message>
    <message>
        <source>Husker ingen administrator passordet sitt, åpner gjenopprettingskoden databasen. Den står på arket som ble skrevet ut eller skrevet ned da databasen ble laget eller kryptert. Med koden gir du en administrator et nytt passord.</source>
        <translation>If no administrator remembers their password, the recovery code opens the database. It is on the sheet that was printed or written down when the database was created or encrypted. With the code you give an administrator a new password.</translation>
    </message>
    <message>
        <source>&amp;Gjenopprettingskode</source>
        <translation>&amp;Recovery code</translation>
    </message>
    <message>
        <source>&amp;Åpne med koden</source>
        <translation>&amp;Open with the code</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Nytt passord for en administrator</source>
        <translation>New password for an administrator</translation>
    </message>
    <message>
        <source>Koden stemte, og databasen er åpnet. Velg administratoren som skal få nytt passord: du blir logget inn som den, og kan så gi kollegene nye passord under Innstillinger → Brukere.</source>
        <translation>The code was right, and the database is open. Choose the administrator who gets a new password: you are logged in as them, and can then give your colleagues new passwords under Settings → Users.</translation>
    </message>
    <message>
        <source>minst {count} tegn</source>
        <translation>at least {count} characters</translation>
    </message>
    <message>
        <source>&amp;Administrator</source>
        <translation>&amp;Administrator</translation>
    </message>
    <message>
        <source>&amp;Nytt passord</source>
        <translation>&amp;New password</translation>
    </message>
    <message>
        <source>&amp;Gjenta passordet</source>
        <translation>Re&amp;peat the password</translation>
    </message>
    <message>
        <source>&amp;Lagre passordet og logg inn</source>
        <translation>&amp;Save the password and log in</translation>
    </message>
    <message>
        <source>Lukker databasen igjen uten å endre noe</source>
        <translation>Closes the database again without changing anything</translation>
    </message>
    <message>
        <source>Ny gjenopprettingskode?</source>
        <translation>New recovery code?</translation>
    </message>
    <message>
        <source>Du er logget inn. Koden på arket virker fortsatt. Kan andre ha sett arket, eller vet du ikke sikkert hvor det er nå, bør du lage en ny kode: den gamle slutter da å virke, og den nye skal skrives ned og låses inne på samme måte.</source>
        <translation>You are logged in. The code on the sheet still works. If others may have seen the sheet, or you are not sure where it is now, make a new code: the old one then stops working, and the new one must be written down and locked away the same way.</translation>
    </message>
    <message>
        <source>Lag en &amp;ny kode</source>
        <translation>Make a &amp;new code</translation>
    </message>
    <message>
        <source>&amp;Behold den gamle koden</source>
        <translation>&amp;Keep the old code</translation>
    </message>
    <message>
        <source>Databasen har ingen aktiv administrator.</source>
        <translation>The database has no active administrator.</translation>
    </message>
    <message>
        <source>Passordene er ikke like. Skriv det samme passordet to ganger.</source>
        <translation>The passwords are not the same. Type the same password twice.</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <source>Arkivert: vises ikke i listene og kan ikke velges. Trykk «Hent fram» for å bruke oppføringen igjen.</source>
        <translation>Archived: not shown in the lists and cannot be chosen. Press «Restore» to use the entry again.</translation>
    </message>
    <message>
        <source>Kort og saklig.</source>
        <translation>Short and to the point.</translation>
    </message>
    <message>
        <source>Rollen din gir lov til å se, men ikke endre, denne oppføringen.</source>
        <translation>Your role allows you to see, but not change, this entry.</translation>
    </message>
    <message>
        <source>Lukk</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Arkiver</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Slett</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Har {history}, så den arkiveres i stedet for å slettes.</source>
        <translation>Has {history}, so it is archived instead of deleted.</translation>
    </message>
    <message>
        <source>Ar&amp;kiver</source>
        <translation>Ar&amp;chive</translation>
    </message>
    <message>
        <source>&amp;Hent fram</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>Sle&amp;tt</source>
        <translation>Dele&amp;te</translation>
    </message>
    <message>
        <source>Ta oppføringen ut av listene uten å slette den.</source>
        <translation>Take the entry off the lists without deleting it.</translation>
    </message>
    <message>
        <source>

Endringene du ikke har lagret, blir ikke med.</source>
        <translation>

The changes you have not saved are not included.</translation>
    </message>
    <message>
        <source>Arkivere?</source>
        <translation>Archive?</translation>
    </message>
    <message>
        <source>Arkivere {name}? Oppføringen forsvinner fra listene og valglistene, men alt som er registrert beholdes. Du finner den igjen under «Vis arkiverte».</source>
        <translation>Archive {name}? The entry disappears from the lists and choices, but everything registered is kept. You find it again under «Show archived».</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Slette?</source>
        <translation>Delete?</translation>
    </message>
    <message>
        <source>Slette {name} for godt? Dette kan ikke angres. Bruk «Arkiver» hvis oppføringen bare ikke er i bruk lenger.</source>
        <translation>Delete {name} for good? This cannot be undone. Use «Archive» if the entry is just no longer in use.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>67 og eldre</source>
        <translation>67 and older</translation>
    </message>
    <message>
        <source>Aldersgrupper fra ordningen</source>
        <translation>Age bands from the scheme</translation>
    </message>
    <message>
        <source>Aldersgrupper fra tilskuddsgiveren</source>
        <translation>Age bands from the funder</translation>
    </message>
    <message>
        <source>Standard aldersgrupper (tilskuddsgiveren har ikke egne)</source>
        <translation>Default age bands (the funder has none of its own)</translation>
    </message>
    <message>
        <source>Alder regnes etter fødselsår: alderen personen fyller i året (årstallet minus fødselsåret), uansett fødselsdag.</source>
        <translation>Age is counted by birth year: the age the person turns during the year (the year minus the birth year), whatever the birthday.</translation>
    </message>
    <message>
        <source>Ukjent alder</source>
        <translation>Unknown age</translation>
    </message>
    <message>
        <source>Utenfor aldersgruppene</source>
        <translation>Outside the age bands</translation>
    </message>
    <message>
        <source>Andre aldersgrupper</source>
        <translation>Other age bands</translation>
    </message>
    <message>
        <source>Uten alder</source>
        <translation>No age</translation>
    </message>
    <message>
        <source>0–24 år i alt</source>
        <translation>Total aged 0–24</translation>
    </message>
    <message>
        <source>Barn og unge</source>
        <translation>Children and young people</translation>
    </message>
    <message>
        <source>Voksne</source>
        <translation>Adults</translation>
    </message>
    <message>
        <source>Jente/kvinne</source>
        <translation>Girl/woman</translation>
    </message>
    <message>
        <source>Gutt/mann</source>
        <translation>Boy/man</translation>
    </message>
    <message>
        <source>Annet</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Ikke oppgitt</source>
        <translation>Not stated</translation>
    </message>
    <message>
        <source>Alder i {year}, året perioden begynner</source>
        <translation>Age in {year}, the year the period begins</translation>
    </message>
    <message>
        <source>Alder i året for første oppmøte i perioden</source>
        <translation>Age in the year of the first attendance in the period</translation>
    </message>
    <message>
        <source>Oppmøterapport</source>
        <translation>Attendance report</translation>
    </message>
    <message>
        <source>oppmøte</source>
        <translation>attendance</translation>
    </message>
    <message>
        <source>Ingen samlinger i perioden {period}.</source>
        <translation>No sessions in the period {period}.</translation>
    </message>
    <message>
        <source>Sammendrag</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Samlinger</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Frivillige</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <source>Ingen frivillige er registrert på samlingene i perioden.</source>
        <translation>No volunteers are registered at the sessions in the period.</translation>
    </message>
    <message>
        <source>Periode {period}</source>
        <translation>Period {period}</translation>
    </message>
    <message>
        <source>Samlinger holdt</source>
        <translation>Sessions held</translation>
    </message>
    <message>
        <source>Avlyste samlinger</source>
        <translation>Cancelled sessions</translation>
    </message>
    <message>
        <source>Deltakere med oppmøte</source>
        <translation>Participants with attendance</translation>
    </message>
    <message>
        <source>Påmeldte uten oppmøte</source>
        <translation>Enrolled, never present</translation>
    </message>
    <message>
        <source>Oppmøter registrert med navn</source>
        <translation>Attendances registered by name</translation>
    </message>
    <message>
        <source>Snitt registrerte per samling</source>
        <translation>Average registered per session</translation>
    </message>
    <message>
        <source>Telt uten navn</source>
        <translation>Counted without names</translation>
    </message>
    <message>
        <source>Oppfylt</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Delvis oppfylt</source>
        <translation>Partly met</translation>
    </message>
    <message>
        <source>Ikke oppfylt</source>
        <translation>Not met</translation>
    </message>
    <message>
        <source>Ikke vurdert</source>
        <translation>Not assessed</translation>
    </message>
    <message>
        <source>Lokaler</source>
        <translation>Premises</translation>
    </message>
    <message>
        <source>Ansattes timer</source>
        <translation>Staff hours</translation>
    </message>
    <message>
        <source>Annen egeninnsats</source>
        <translation>Other contributions in kind</translation>
    </message>
    <message>
        <source>Frivillige timer</source>
        <translation>Volunteer hours</translation>
    </message>
    <message>
        <source>Politiattesten var utløpt</source>
        <translation>The police certificate had expired</translation>
    </message>
    <message>
        <source>Politiattest var ikke vist</source>
        <translation>The police certificate had not been shown</translation>
    </message>
    <message>
        <source>Ordningen krever alltid revisorattestasjon av regnskapet.</source>
        <translation>The scheme always requires an auditor&apos;s statement on the accounts.</translation>
    </message>
    <message>
        <source>Ordningen har ingen revisorgrense registrert i Samvirke. Sjekk tilsagnsbrevet om regnskapet skal attesteres av revisor.</source>
        <translation>The scheme has no auditor threshold recorded in Samvirke. Check the grant letter to see whether the accounts must be certified by an auditor.</translation>
    </message>
    <message>
        <source>Tilskuddet er ikke innvilget ennå. Ordningen krever revisorattestasjon når tilskuddet er over {threshold}.</source>
        <translation>The grant has not been awarded yet. The scheme requires an auditor&apos;s statement when the grant is above {threshold}.</translation>
    </message>
    <message>
        <source>Innvilget beløp {amount} er over grensen på {threshold} for ordningen, så regnskapet skal attesteres av revisor.</source>
        <translation>The awarded amount of {amount} is above the scheme&apos;s threshold of {threshold}, so the accounts must be certified by an auditor.</translation>
    </message>
    <message>
        <source>Innvilget beløp {amount} er ikke over grensen på {threshold} for ordningen, så revisorattestasjon kreves ikke.</source>
        <translation>The awarded amount of {amount} is not above the scheme&apos;s threshold of {threshold}, so no auditor&apos;s statement is required.</translation>
    </message>
    <message>
        <source>Frivillig på {activity}</source>
        <translation>Volunteer at {activity}</translation>
    </message>
    <message>
        <source>Vilkåret «{condition}» er ikke vurdert.</source>
        <translation>The condition “{condition}” has not been assessed.</translation>
    </message>
    <message>
        <source>Sluttrapport</source>
        <translation>Final report</translation>
    </message>
    <message>
        <source>Fremdriftsrapport</source>
        <translation>Progress report</translation>
    </message>
    <message>
        <source>Budsjettposten «{line}» avviker med {percent} og mangler forklaring.</source>
        <translation>The budget line “{line}” varies by {percent} and has no explanation.</translation>
    </message>
    <message>
        <source>{count} frivillige på {presences} vakter, registrert på samlingene</source>
        <translation>{count} volunteers on {presences} shifts, recorded at the sessions</translation>
    </message>
    <message>
        <source>Navnet på den som skriver under rapporten mangler.</source>
        <translation>The name of the person signing the report is missing.</translation>
    </message>
    <message>
        <source>Søknaden har ingen frist for {kind} registrert. Skriv fristen fra tilsagnsbrevet under Status og frister.</source>
        <translation>The application has no deadline for the {kind} recorded. Enter the deadline from the grant letter under Status and deadlines.</translation>
    </message>
    <message>
        <source>Frist for {kind}: {due}. Rapporten er datert {date}</source>
        <translation>Deadline for the {kind}: {due}. The report is dated {date}</translation>
    </message>
    <message>
        <source>og sendes i tide, på fristdagen.</source>
        <translation>and will be sent on time, on the deadline day.</translation>
    </message>
    <message>
        <source>og sendes i tide, {days} dager før fristen.</source>
        <translation>and will be sent on time, {days} days before the deadline.</translation>
    </message>
    <message>
        <source>og sendes i tide, 1 dag før fristen.</source>
        <translation>and will be sent on time, 1 day before the deadline.</translation>
    </message>
    <message>
        <source>og er {days} dager på overtid.</source>
        <translation>and is {days} days overdue.</translation>
    </message>
    <message>
        <source>og er 1 dag på overtid.</source>
        <translation>and is 1 day overdue.</translation>
    </message>
    <message>
        <source>Snitt per samling</source>
        <translation>Average per session</translation>
    </message>
    <message>
        <source>Oppmøte per måned</source>
        <translation>Attendance by month</translation>
    </message>
    <message>
        <source>«Deltakere» er personer registrert til stede minst én gang i måneden; i raden «I alt» er hver person telt én gang for hele perioden. «Snitt per samling» er oppmøter med navn delt på samlinger holdt.</source>
        <translation>“Participants” are people registered present at least once in the month; in the “In all” row each person is counted once for the whole period. “Average per session” is attendances by name divided by sessions held.</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Dag</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Tema / merknad</source>
        <translation>Topic / note</translation>
    </message>
    <message>
        <source>Barn</source>
        <translation>Children</translation>
    </message>
    <message>
        <source>Telt</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source>Totalt</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Sted: {place}</source>
        <translation>Place: {place}</translation>
    </message>
    <message>
        <source>{count} samlinger holdt</source>
        <translation>{count} sessions held</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Frivillig</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Anonymiserte</source>
        <translation>Anonymised</translation>
    </message>
    <message>
        <source>Sum ({count} frivillige)</source>
        <translation>Total ({count} volunteers)</translation>
    </message>
    <message>
        <source>{month} (forts.)</source>
        <translation>{month} (cont.)</translation>
    </message>
    <message>
        <source>Oppmøte per deltaker</source>
        <translation>Attendance per participant</translation>
    </message>
    <message>
        <source>Ingen samlinger ble holdt i perioden, så det er ikke registrert oppmøte.</source>
        <translation>No sessions were held in the period, so no attendance has been registered.</translation>
    </message>
    <message>
        <source>Ingen deltakere er registrert med navn i perioden. Oppmøte uten navn står under «Telt» i tabellen over samlingene.</source>
        <translation>No participants are registered by name in the period. Attendance without names is under «Counted» in the table of sessions above.</translation>
    </message>
    <message>
        <source>✓ betyr registrert til stede. Over datoene står måned og år; «Sum» er antall samlinger deltakeren var på den måneden, «I alt» i hele perioden. Hver side slutter med summen for deltakerne på siden, hver del med summen for alle. Bare samlinger som er holdt er med: ikke avlyste, planlagte eller de uten registrert oppmøte.</source>
        <translation>✓ means registered present. The month and year stand above the dates; “Total” is the number of sessions the participant attended that month, “In all” in the whole period. Each page ends with the total for the participants on the page, each part with the total for everyone. Only sessions held are included: not cancelled or planned ones, nor those with no attendance registered.</translation>
    </message>
    <message>
        <source>1 deltaker er anonymisert og har ikke lenger navn: linjen «{label}» viser hvilke samlinger personen var på.</source>
        <translation>1 participant has been anonymised and no longer has a name: the line “{label}” shows which sessions the person attended.</translation>
    </message>
    <message>
        <source>{count} deltakere er anonymisert og har ikke lenger navn: linjen «{label}» viser hvor mange av dem som var til stede på hver samling.</source>
        <translation>{count} participants have been anonymised and no longer have names: the line “{label}” shows how many of them were present at each session.</translation>
    </message>
    <message>
        <source>deltaker {first}–{last} av {count}</source>
        <translation>participant {first}–{last} of {count}</translation>
    </message>
    <message>
        <source>Påmeldt, men ikke registrert til stede i perioden ({count}): {names}.</source>
        <translation>Enrolled but not registered present in the period ({count}): {names}.</translation>
    </message>
    <message>
        <source>samling {first}–{last} av {count}</source>
        <translation>session {first}–{last} of {count}</translation>
    </message>
    <message>
        <source>Deltaker</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Sum denne siden</source>
        <translation>Total on this page</translation>
    </message>
    <message>
        <source>Registrerte i alt</source>
        <translation>Registered in all</translation>
    </message>
    <message>
        <source>Samling {first}–{last} av {count}</source>
        <translation>Session {first}–{last} of {count}</translation>
    </message>
    <message>
        <source>I alt</source>
        <translation>In all</translation>
    </message>
    <message>
        <source>Side {page} av {pages}</source>
        <translation>Page {page} of {pages}</translation>
    </message>
    <message>
        <source>Skrevet ut {date}</source>
        <translation>Printed {date}</translation>
    </message>
    <message>
        <source>Ikke fylt ut i søknaden.</source>
        <translation>Not filled in in the application.</translation>
    </message>
    <message>
        <source>Resultater</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Avvik fra planen</source>
        <translation>Deviations from the plan</translation>
    </message>
    <message>
        <source>Utfordringer</source>
        <translation>Challenges</translation>
    </message>
    <message>
        <source>Suksessfaktorer</source>
        <translation>Success factors</translation>
    </message>
    <message>
        <source>Videreføring og neste steg</source>
        <translation>Continuation and next steps</translation>
    </message>
    <message>
        <source>Rapport til tilskuddsgiver</source>
        <translation>Report to the funder</translation>
    </message>
    <message>
        <source>tilskudd</source>
        <translation>grant</translation>
    </message>
    <message>
        <source>rapport</source>
        <translation>report</translation>
    </message>
    <message>
        <source>Ingen aktiviteter er knyttet til søknaden, så det er ingen tall å rapportere for perioden {period}. Knytt aktivitetene til søknaden under Søknader.</source>
        <translation>No activities are linked to the application, so there are no figures to report for the period {period}. Link the activities to the application under Applications.</translation>
    </message>
    <message>
        <source>Ingen samlinger i perioden {period} for aktivitetene i søknaden, så det er ingen deltakere, oppmøter eller frivillige timer å rapportere.</source>
        <translation>No sessions in the period {period} for the activities of the application, so there are no participants, attendances or volunteer hours to report.</translation>
    </message>
    <message>
        <source>Rapportperiode {period}</source>
        <translation>Reporting period {period}</translation>
    </message>
    <message>
        <source>Tilskuddsgiver</source>
        <translation>Funder</translation>
    </message>
    <message>
        <source>Tilskuddsordning</source>
        <translation>Grant scheme</translation>
    </message>
    <message>
        <source>Saksnummer / referanse</source>
        <translation>Case number / reference</translation>
    </message>
    <message>
        <source>Søknadsperiode</source>
        <translation>Application period</translation>
    </message>
    <message>
        <source>Rapporten gjelder</source>
        <translation>The report covers</translation>
    </message>
    <message>
        <source>{first} til {last}</source>
        <translation>{first} to {last}</translation>
    </message>
    <message>
        <source>Unike deltakere 0–24 år</source>
        <translation>Unique participants aged 0–24</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Beløp søkt</source>
        <translation>Amount applied for</translation>
    </message>
    <message>
        <source>Beløp innvilget</source>
        <translation>Amount granted</translation>
    </message>
    <message>
        <source>Ikke innvilget (ennå)</source>
        <translation>Not granted (yet)</translation>
    </message>
    <message>
        <source>Aktiviteter</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Ingen knyttet til søknaden</source>
        <translation>None linked to the application</translation>
    </message>
    <message>
        <source>Rapporten er skrevet av</source>
        <translation>The report was written by</translation>
    </message>
    <message>
        <source>Rapporten inneholder bare tall uten navn: deltakerne telles, de nevnes ikke.</source>
        <translation>The report holds only figures without names: participants are counted, not named.</translation>
    </message>
    <message>
        <source>Herav {group}</source>
        <translation>Of which {group}</translation>
    </message>
    <message>
        <source>Unike deltakere</source>
        <translation>Unique participants</translation>
    </message>
    <message>
        <source>Nye deltakere i perioden</source>
        <translation>New participants in the period</translation>
    </message>
    <message>
        <source>Samlinger avlyst</source>
        <translation>Sessions cancelled</translation>
    </message>
    <message>
        <source>Samlinger planlagt senere</source>
        <translation>Sessions planned later</translation>
    </message>
    <message>
        <source>Snitt med navn per samling</source>
        <translation>Average by name per session</translation>
    </message>
    <message>
        <source>Verdi av frivillig innsats</source>
        <translation>Value of volunteer work</translation>
    </message>
    <message>
        <source>Brukt av budsjettet</source>
        <translation>Spent of the budget</translation>
    </message>
    <message>
        <source>Mål og måloppnåelse</source>
        <translation>Goals and achievement</translation>
    </message>
    <message>
        <source>Søknaden har ingen registrerte mål.</source>
        <translation>The application has no registered goals.</translation>
    </message>
    <message>
        <source>Mål</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Målsetting</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Oppnådd</source>
        <translation>Achieved</translation>
    </message>
    <message>
        <source>Vurdering</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Ikke beskrevet ennå</source>
        <translation>Not described yet</translation>
    </message>
    <message>
        <source>Slik ble arbeidet gjort</source>
        <translation>How the work was done</translation>
    </message>
    <message>
        <source>Ingen aktiviteter er knyttet til søknaden.</source>
        <translation>No activities are linked to the application.</translation>
    </message>
    <message>
        <source>Aktivitet</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Holdt</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Planlagt</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Oppmøte ikke registrert</source>
        <translation>Attendance not registered</translation>
    </message>
    <message>
        <source>Avlyst</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>og {n} til</source>
        <translation>and {n} more</translation>
    </message>
    <message>
        <source>1 samling i perioden har ikke registrert oppmøte og er ikke regnet som holdt: {dates}. Registrer oppmøtet (eller merk at ingen kom) og lag rapporten på nytt.</source>
        <translation>1 session in the period has no attendance registered and is not counted as held: {dates}. Register the attendance (or mark that nobody came) and make the report again.</translation>
    </message>
    <message>
        <source>{n} samlinger i perioden har ikke registrert oppmøte og er ikke regnet som holdt: {dates}. Registrer oppmøtet (eller merk at ingen kom) og lag rapporten på nytt.</source>
        <translation>{n} sessions in the period have no attendance registered and are not counted as held: {dates}. Register the attendance (or mark that nobody came) and make the report again.</translation>
    </message>
    <message>
        <source>Oppmøter</source>
        <translation>Attendances</translation>
    </message>
    <message>
        <source>Unike deltakere i alt telles én gang selv om de var med på flere aktiviteter, så summen kan være lavere enn tallene per aktivitet lagt sammen.</source>
        <translation>Unique participants in all are counted once even if they took part in several activities, so the total can be lower than the figures per activity added up.</translation>
    </message>
    <message>
        <source>Deltakere</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Unike deltakere er personer registrert med navn som var til stede minst én gang i perioden, telt én gang på tvers av samlinger og aktiviteter. Nye deltakere var ikke med på noen aktivitet før perioden; gjengangere var det.</source>
        <translation>Unique participants are people registered by name who were present at least once in the period, counted once across sessions and activities. New participants had not taken part in any activity before the period; returning ones had.</translation>
    </message>
    <message>
        <source>Nye</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Gjengangere</source>
        <translation>Returning</translation>
    </message>
    <message>
        <source>Alle unike deltakere</source>
        <translation>All unique participants</translation>
    </message>
    <message>
        <source>{group} etter alder og kjønn</source>
        <translation>{group} by age and gender</translation>
    </message>
    <message>
        <source>Alder</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Barn og unge er registrert som barn på samlingene, voksne som forelder eller voksen.</source>
        <translation>Children and young people are registered as children at the sessions, adults as parent or adult.</translation>
    </message>
    <message>
        <source>Samlinger og oppmøte per måned</source>
        <translation>Sessions and attendance per month</translation>
    </message>
    <message>
        <source>{held} samlinger ble holdt og {cancelled} avlyst</source>
        <translation>{held} sessions were held and {cancelled} cancelled</translation>
    </message>
    <message>
        <source>, og {planned} er planlagt senere i perioden.</source>
        <translation>, and {planned} are planned later in the period.</translation>
    </message>
    <message>
        <source>Det ble registrert {attendances} oppmøter med navn, i snitt {average} per samling, og {counted} personer ble telt uten navn.</source>
        <translation>{attendances} attendances were registered by name, on average {average} per session, and {counted} people were counted without names.</translation>
    </message>
    <message>
        <source>Oppmøter med navn</source>
        <translation>Attendances by name</translation>
    </message>
    <message>
        <source>Oppmøter per måned</source>
        <translation>Attendances per month</translation>
    </message>
    <message>
        <source>Måned</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Snitt alle per samling</source>
        <translation>Average all per session</translation>
    </message>
    <message>
        <source>«Snitt alle per samling» regner med både oppmøter med navn og telte personer.</source>
        <translation>«Average all per session» includes both attendances by name and counted people.</translation>
    </message>
    <message>
        <source>Telte deltakere uten navn</source>
        <translation>Participants counted without names</translation>
    </message>
    <message>
        <source>Ingen er telt uten navn i perioden: alle deltakerne er registrert med navn.</source>
        <translation>No one was counted without a name in the period: all participants are registered by name.</translation>
    </message>
    <message>
        <source>På åpne aktiviteter telles de som kommer uten å bli registrert med navn. Det ble telt {total} personer, i snitt {average} per samling. De er ikke med i tallene for unike deltakere, fordi samme person kan være telt flere ganger.</source>
        <translation>At open activities, those who come without being registered by name are counted. {total} people were counted, on average {average} per session. They are not included in the figures for unique participants, because the same person may have been counted several times.</translation>
    </message>
    <message>
        <source>Frivillig innsats</source>
        <translation>Volunteer work</translation>
    </message>
    <message>
        <source>Frivillige som har bidratt</source>
        <translation>Volunteers who have contributed</translation>
    </message>
    <message>
        <source>Vakter (frivillig × samling)</source>
        <translation>Shifts (volunteer × session)</translation>
    </message>
    <message>
        <source>Timer i alt</source>
        <translation>Hours in all</translation>
    </message>
    <message>
        <source>Timesats for egeninnsats</source>
        <translation>Hourly rate for in-kind work</translation>
    </message>
    <message>
        <source>Tilskuddsgiveren har ingen timesats for frivillig innsats, så bare timene rapporteres.</source>
        <translation>The funder has no hourly rate for volunteer work, so only the hours are reported.</translation>
    </message>
    <message>
        <source>Verdien er timene ganget med {rate} per time.</source>
        <translation>The value is the hours multiplied by {rate} per hour.</translation>
    </message>
    <message>
        <source>Budsjett og regnskap</source>
        <translation>Budget and accounts</translation>
    </message>
    <message>
        <source>Søknaden har ingen budsjettposter.</source>
        <translation>The application has no budget lines.</translation>
    </message>
    <message>
        <source>Regnskapet tar med utgifter fra {first} til {last}. Avvik er regnskap minus budsjett: minus betyr under budsjett. Avvik på mer enn {limit} må forklares.</source>
        <translation>The accounts include expenses from {first} to {last}. Variance is accounts minus budget: a minus means under budget. Variances of more than {limit} must be explained.</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Budsjett</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Regnskap</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Avvik %</source>
        <translation>Variance %</translation>
    </message>
    <message>
        <source>avviket er større enn {limit} og må forklares før rapporten sendes.</source>
        <translation>the variance is greater than {limit} and must be explained before the report is sent.</translation>
    </message>
    <message>
        <source>{n} av budsjettpostene mangler forklaring på avviket: {lines}. Skriv forklaringen på søknadens budsjett (fanen Budsjett og regnskap) og lag rapporten på nytt.</source>
        <translation>{n} of the budget lines have no explanation of the variance: {lines}. Write the explanation in the application&apos;s budget (the Budget and accounts tab) and make the report again.</translation>
    </message>
    <message>
        <source>Egeninnsats</source>
        <translation>Contributions in kind</translation>
    </message>
    <message>
        <source>Søknaden har ingen egeninnsats registrert, og ingen frivillige timer er registrert i perioden.</source>
        <translation>The application has no contributions in kind recorded, and no volunteer hours are recorded in the period.</translation>
    </message>
    <message>
        <source>Beskrivelse</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Sats</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Verdi</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>bare timer</source>
        <translation>hours only</translation>
    </message>
    <message>
        <source>Egeninnsatsen er til sammen verdt {total}. Ansattes timer regnes som timer ganget med timesatsen; frivillige timer er de som er registrert på samlingene i perioden, med tilskuddsgiverens sats.</source>
        <translation>The contributions in kind are worth {total} in total. Staff hours are counted as hours multiplied by the hourly rate; volunteer hours are those recorded at the sessions in the period, at the funder&apos;s rate.</translation>
    </message>
    <message>
        <source>Tilskuddsgiveren har ingen timesats for frivillig innsats, så de frivillige timene er ikke verdsatt.</source>
        <translation>The funder has no hourly rate for volunteer work, so the volunteer hours are not given a value.</translation>
    </message>
    <message>
        <source>Vilkår og krav fra tilskuddsgiveren</source>
        <translation>Conditions and requirements from the funder</translation>
    </message>
    <message>
        <source>Rapporten er ikke komplett ennå:</source>
        <translation>The report is not complete yet:</translation>
    </message>
    <message>
        <source>Vilkår i tilsagnsbrevet</source>
        <translation>Conditions in the grant letter</translation>
    </message>
    <message>
        <source>Tilsagnsbrev</source>
        <translation>Grant letter</translation>
    </message>
    <message>
        <source>datert {date}</source>
        <translation>dated {date}</translation>
    </message>
    <message>
        <source>Ingen vilkår fra tilsagnsbrevet er registrert i søknaden.</source>
        <translation>No conditions from the grant letter are recorded in the application.</translation>
    </message>
    <message>
        <source>Vilkår</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Kommentar</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Nummer i Samvirke</source>
        <translation>Number in Samvirke</translation>
    </message>
    <message>
        <source>Antall lagringer</source>
        <translation>Times saved</translation>
    </message>
    <message>
        <source>Registrert</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Sist endret</source>
        <translation>Last changed</translation>
    </message>
    <message>
        <source>Sist endret av</source>
        <translation>Last changed by</translation>
    </message>
    <message>
        <source>Innsyn</source>
        <translation>Subject access</translation>
    </message>
    <message>
        <source>Opplysninger om {name}</source>
        <translation>Details about {name}</translation>
    </message>
    <message>
        <source>innsyn</source>
        <translation>subject access</translation>
    </message>
    <message>
        <source>personopplysninger</source>
        <translation>personal data</translation>
    </message>
    <message>
        <source>Personopplysninger, husstand, foresatte, samtykker og påmeldinger</source>
        <translation>Personal details, household, guardians, consents and enrolments</translation>
    </message>
    <message>
        <source>Oppmøte</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Endringsloggen om personen</source>
        <translation>The change log about the person</translation>
    </message>
    <message>
        <source>Opplysninger som frivillig</source>
        <translation>Details as a volunteer</translation>
    </message>
    <message>
        <source>Politiattest (datoer og hvem som så den)</source>
        <translation>Police certificate (dates and who saw it)</translation>
    </message>
    <message>
        <source>Sikkerhetskopier av databasen</source>
        <translation>Backup copies of the database</translation>
    </message>
    <message>
        <source>Slettes eller anonymiseres {months} måneder etter siste oppmøte eller endring</source>
        <translation>Erased or anonymised {months} months after the last attendance or change</translation>
    </message>
    <message>
        <source>Beholdes uten navn i statistikken; navnet fjernes sammen med personopplysningene</source>
        <translation>Kept without the name for the statistics; the name is removed together with the personal details</translation>
    </message>
    <message>
        <source>Det som står om personen, slettes sammen med personopplysningene</source>
        <translation>What it says about the person is erased together with the personal details</translation>
    </message>
    <message>
        <source>Slettes når de er {months} måneder gamle, så det som er slettet, ikke blir liggende i gamle kopier</source>
        <translation>Deleted when {months} months old, so that what has been erased does not remain in old copies</translation>
    </message>
    <message>
        <source>Slettes når personen slutter som frivillig</source>
        <translation>Erased when the person stops volunteering</translation>
    </message>
    <message>
        <source>Slettes {months} måneder etter at personen sluttet som frivillig</source>
        <translation>Erased {months} months after the person stopped volunteering</translation>
    </message>
    <message>
        <source>Samme dag som personopplysningene</source>
        <translation>The same day as the personal details</translation>
    </message>
    <message>
        <source>Fra {date}: står på teamets liste over det som skal slettes, og slettes ved neste gjennomgang</source>
        <translation>From {date}: on the team&apos;s list of what is to be erased, and erased at the next review</translation>
    </message>
    <message>
        <source>Anonymisert {date}</source>
        <translation>Anonymised {date}</translation>
    </message>
    <message>
        <source>Ingen dato ennå: personen er fortsatt frivillig (har ingen sluttdato)</source>
        <translation>No date yet: the person is still a volunteer (has no end date)</translation>
    </message>
    <message>
        <source>Ingen dato ennå: påmeldt {activities}. Uten flere oppmøter blir det {date}</source>
        <translation>No date yet: enrolled in {activities}. Without further attendance it will be {date}</translation>
    </message>
    <message>
        <source>Senest {months} måneder etter datoene over</source>
        <translation>At the latest {months} months after the dates above</translation>
    </message>
    <message>
        <source>ikke før {date}</source>
        <translation>not before {date}</translation>
    </message>
    <message>
        <source>Foresatte</source>
        <translation>Guardians</translation>
    </message>
    <message>
        <source>Som foresatt</source>
        <translation>As a guardian</translation>
    </message>
    <message>
        <source>Som frivillig</source>
        <translation>As a volunteer</translation>
    </message>
    <message>
        <source>Personopplysningene</source>
        <translation>The personal details</translation>
    </message>
    <message>
        <source>Importert fra regnearket «{file}» {date}</source>
        <translation>Imported from the spreadsheet «{file}» on {date}</translation>
    </message>
    <message>
        <source>Registrert av teamet i Samvirke {date}</source>
        <translation>Registered by the team in Samvirke on {date}</translation>
    </message>
    <message>
        <source>Registrert av teamet i Samvirke</source>
        <translation>Registered by the team in Samvirke</translation>
    </message>
    <message>
        <source>{names} er registrert som foresatte og kan ha gitt opplysninger om barnet</source>
        <translation>{names} are registered as guardians and may have given details about the child</translation>
    </message>
    <message>
        <source>Registrert som foresatt for {names}</source>
        <translation>Registered as guardian of {names}</translation>
    </message>
    <message>
        <source>Registrert av teamet eller aktivitetslederen på hver samling</source>
        <translation>Registered by the team or the activity leader at each session</translation>
    </message>
    <message>
        <source>I «{activity}» helt eller delvis importert fra regnearket «{file}» {date}</source>
        <translation>In «{activity}» wholly or partly imported from the spreadsheet «{file}» on {date}</translation>
    </message>
    <message>
        <source>bare tall uten navn: hvor mange som deltok etter alder og kjønn, oppmøter og frivillige timer. De får aldri navn eller andre opplysninger om personen.</source>
        <translation>figures only, without names: how many took part by age and gender, attendances and volunteer hours. They never receive names or any other details about the person.</translation>
    </message>
    <message>
        <source>{funders}, som gir tilskudd til aktivitetene personen er med på, får {figures}</source>
        <translation>{funders}, who fund the activities the person takes part in, receive {figures}</translation>
    </message>
    <message>
        <source>Tilskuddsgivere får {figures}</source>
        <translation>Funders receive {figures}</translation>
    </message>
    <message>
        <source>Tilskuddsgivere</source>
        <translation>Funders</translation>
    </message>
    <message>
        <source>Et bilde personen er med på, kan stå i en rapport til en tilskuddsgiver bare når samtykke til foto er gitt (for barn under 15 år av foresatte) og ikke er trukket tilbake.</source>
        <translation>A photo the person is in can appear in a report to a funder only when consent to photos has been given (for children under 15 by a guardian) and not withdrawn.</translation>
    </message>
    <message>
        <source>I teamet</source>
        <translation>Within the team</translation>
    </message>
    <message>
        <source>Bare teamets egne medarbeidere, og bare det rollen deres trenger: aktivitetsledere ser deltakerne på sine egne aktiviteter, søknadsskrivere ser bare tall.</source>
        <translation>Only the team&apos;s own staff, and only what their role needs: activity leaders see the participants of their own activities, grant writers see figures only.</translation>
    </message>
    <message>
        <source>Ingen andre</source>
        <translation>Nobody else</translation>
    </message>
    <message>
        <source>Ingen andre får navn eller andre opplysninger om personen fra Samvirke, med mindre en lov krever det.</source>
        <translation>Nobody else receives names or other details about the person from Samvirke, unless a law requires it.</translation>
    </message>
    <message>
        <source>Du kan få vite hva som er lagret, og få en kopi. Denne utskriften er en slik kopi.</source>
        <translation>You can find out what is stored and get a copy. This printout is such a copy.</translation>
    </message>
    <message>
        <source>Retting</source>
        <translation>Rectification</translation>
    </message>
    <message>
        <source>Er noe feil eller ufullstendig, kan du be om at det rettes.</source>
        <translation>If anything is wrong or incomplete, you can ask for it to be corrected.</translation>
    </message>
    <message>
        <source>Sletting</source>
        <translation>Erasure</translation>
    </message>
    <message>
        <source>Du kan be om at opplysninger slettes, for eksempel når de ikke lenger trengs, eller når de bare er lagret med samtykke og samtykket trekkes tilbake.</source>
        <translation>You can ask for data to be erased, for example when it is no longer needed, or when it is kept only with consent and the consent is withdrawn.</translation>
    </message>
    <message>
        <source>Begrensning</source>
        <translation>Restriction</translation>
    </message>
    <message>
        <source>Mens det blir avklart om opplysningene er riktige, eller om en protest skal tas til følge, kan du be om at de bare lagres og ikke brukes.</source>
        <translation>While it is being settled whether the data is correct, or whether an objection is upheld, you can ask for it only to be stored and not used.</translation>
    </message>
    <message>
        <source>Protest</source>
        <translation>Objection</translation>
    </message>
    <message>
        <source>Du kan protestere mot at opplysningene brukes, på grunn av din særlige situasjon. Da slutter teamet å bruke dem, med mindre bydelen har tungtveiende grunner til å fortsette.</source>
        <translation>You can object to the data being used, on grounds of your particular situation. The team then stops using it, unless the district has compelling grounds to continue.</translation>
    </message>
    <message>
        <source>Trekke tilbake samtykke</source>
        <translation>Withdrawing consent</translation>
    </message>
    <message>
        <source>Et samtykke, for eksempel til foto, kan trekkes tilbake når som helst. Det som ble gjort før, blir ikke ulovlig av det.</source>
        <translation>A consent, for example to photos, can be withdrawn at any time. What was done before does not become unlawful because of it.</translation>
    </message>
    <message>
        <source>teamet</source>
        <translation>the team</translation>
    </message>
    <message>
        <source>Ta kontakt med {team} eller med behandlingsansvarlig, {controller}, muntlig eller skriftlig. Du får svar uten ugrunnet opphold og senest innen én måned, og det koster ingenting. Spørsmål om hvordan opplysningene behandles, kan du også stille personvernombudet, {dpo}.</source>
        <translation>Contact {team} or the controller, {controller}, in person or in writing. You will get an answer without undue delay and within one month at the latest, and it costs nothing. You can also ask the data protection officer, {dpo}, about how the data is processed.</translation>
    </message>
    <message>
        <source>Mener du at opplysningene behandles i strid med personvernreglene, kan du klage til Datatilsynet: {name}, {address}, {web}. Du kan gjerne ta det opp med teamet eller personvernombudet først.</source>
        <translation>If you believe the data is processed in breach of the data protection rules, you can complain to the Norwegian Data Protection Authority: {name}, {address}, {web}. You are welcome to raise it with the team or the data protection officer first.</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Nei</source>
        <translation>No</translation>
    </message>
    <message>
        <source>{date} kl. {time}</source>
        <translation>{date} at {time}</translation>
    </message>
    <message>
        <source>Innsyn: opplysninger om {name}</source>
        <translation>Subject access: details about {name}</translation>
    </message>
    <message>
        <source>Alt Samvirke lagrer om personen, per {date}</source>
        <translation>Everything Samvirke stores about the person, as of {date}</translation>
    </message>
    <message>
        <source>Dette er en utskrift av alle opplysningene {team} har lagret om {name} i Samvirke, etter personvernforordningen artikkel 15 (retten til innsyn). Samme opplysninger kan også gis som en maskinlesbar fil (JSON). Først står hvorfor opplysningene lagres, hvor lenge, hvor de kommer fra, hvem som får dem og hvilke rettigheter du har; deretter alle opplysningene.</source>
        <translation>This is a printout of all the data {team} has stored about {name} in Samvirke, under Article 15 of the General Data Protection Regulation (the right of access). The same data can also be given as a machine-readable file (JSON). First comes why the data is kept, for how long, where it comes from, who receives it and what rights you have; then all the data.</translation>
    </message>
    <message>
        <source>Personopplysninger</source>
        <translation>Personal details</translation>
    </message>
    <message>
        <source>Husstand</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Personen er ikke registrert i en husstand.</source>
        <translation>The person is not registered in a household.</translation>
    </message>
    <message>
        <source>Hvorfor opplysningene lagres</source>
        <translation>Why the data is kept</translation>
    </message>
    <message>
        <source>Formål</source>
        <translation>Purposes</translation>
    </message>
    <message>
        <source>Rettsgrunnlag</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Hvor lenge opplysningene lagres</source>
        <translation>How long the data is kept</translation>
    </message>
    <message>
        <source>Hver slags opplysning har sin regel for når den slettes. Datoene er regnet ut fra reglene og opplysningene per {date}; et nytt oppmøte eller en endring flytter dem.</source>
        <translation>Each kind of data has its own rule for when it is erased. The dates are worked out from the rules and the data as of {date}; a new attendance or a change moves them.</translation>
    </message>
    <message>
        <source>Opplysninger</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Lagringstid</source>
        <translation>Retention</translation>
    </message>
    <message>
        <source>Slettes</source>
        <translation>Erased</translation>
    </message>
    <message>
        <source>Hvor opplysningene kommer fra</source>
        <translation>Where the data comes from</translation>
    </message>
    <message>
        <source>Opplysningene kommer fra personen selv eller de foresatte, og fra teamets eget arbeid (oppmøte på samlingene). Slik kom de inn i Samvirke:</source>
        <translation>The data comes from the person themselves or the guardians, and from the team&apos;s own work (attendance at the sessions). This is how it came into Samvirke:</translation>
    </message>
    <message>
        <source>Hvem som får opplysningene</source>
        <translation>Who receives the data</translation>
    </message>
    <message>
        <source>Dine rettigheter</source>
        <translation>Your rights</translation>
    </message>
    <message>
        <source>Rettighet</source>
        <translation>Right</translation>
    </message>
    <message>
        <source>Hva det betyr</source>
        <translation>What it means</translation>
    </message>
    <message>
        <source>{right} (artikkel {article})</source>
        <translation>{right} (Article {article})</translation>
    </message>
    <message>
        <source>Slik bruker du rettighetene</source>
        <translation>How to use these rights</translation>
    </message>
    <message>
        <source>Klage til Datatilsynet</source>
        <translation>Complaint to Datatilsynet</translation>
    </message>
    <message>
        <source>Behandlingsansvarlig og personvernombud</source>
        <translation>Controller and data protection officer</translation>
    </message>
    <message>
        <source>Behandlingsansvarlig</source>
        <translation>Controller</translation>
    </message>
    <message>
        <source>Personvernombud</source>
        <translation>Data protection officer</translation>
    </message>
    <message>
        <source>Teamet</source>
        <translation>The team</translation>
    </message>
    <message>
        <source>Foresatte registrert</source>
        <translation>Guardians registered</translation>
    </message>
    <message>
        <source>Foresatt for</source>
        <translation>Guardian of</translation>
    </message>
    <message>
        <source>Samtykker</source>
        <translation>Consents</translation>
    </message>
    <message>
        <source>Påmeldinger til aktiviteter</source>
        <translation>Enrolments in activities</translation>
    </message>
    <message>
        <source>Oppmøter registrert</source>
        <translation>Attendances registered</translation>
    </message>
    <message>
        <source>Første oppmøte</source>
        <translation>First attendance</translation>
    </message>
    <message>
        <source>Siste oppmøte</source>
        <translation>Last attendance</translation>
    </message>
    <message>
        <source>Registrert som frivillig</source>
        <translation>Registered as a volunteer</translation>
    </message>
    <message>
        <source>Endringer i endringsloggen</source>
        <translation>Entries in the change log</translation>
    </message>
    <message>
        <source>Slettes etter reglene</source>
        <translation>Erased under the rules</translation>
    </message>
    <message>
        <source>Opplysning</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Lagret verdi</source>
        <translation>Stored value</translation>
    </message>
    <message>
        <source>Foresatt</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <source>Relasjon</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-post</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Ingen foresatte er registrert for personen.</source>
        <translation>No guardians are registered for the person.</translation>
    </message>
    <message>
        <source>Ingen samtykker er registrert.</source>
        <translation>No consents are registered.</translation>
    </message>
    <message>
        <source>(foresatt)</source>
        <translation>(guardian)</translation>
    </message>
    <message>
        <source>Samtykke til</source>
        <translation>Consent to</translation>
    </message>
    <message>
        <source>Gitt av</source>
        <translation>Given by</translation>
    </message>
    <message>
        <source>Gitt</source>
        <translation>Given</translation>
    </message>
    <message>
        <source>Trukket tilbake</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Merknad</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Personen er ikke påmeldt noen aktivitet.</source>
        <translation>The person is not enrolled in any activity.</translation>
    </message>
    <message>
        <source>Som</source>
        <translation>As</translation>
    </message>
    <message>
        <source>Fra</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Til</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Ingen oppmøter er registrert.</source>
        <translation>No attendances are registered.</translation>
    </message>
    <message>
        <source>Nei (fravær)</source>
        <translation>No (absent)</translation>
    </message>
    <message>
        <source>Hver samling personen er registrert på, {count} i alt, eldste først.</source>
        <translation>Every session the person is registered at, {count} in all, oldest first.</translation>
    </message>
    <message>
        <source>Til stede</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Uten påmelding</source>
        <translation>Without enrolment</translation>
    </message>
    <message>
        <source>Bilder personen er med på</source>
        <translation>Photos the person is in</translation>
    </message>
    <message>
        <source>Bildene selv er ikke med i utskriften, fordi andre kan være med på dem. Teamet kan vise dem.</source>
        <translation>The photos themselves are not in the printout, because others may be in them. The team can show them.</translation>
    </message>
    <message>
        <source>Bildetekst</source>
        <translation>Caption</translation>
    </message>
    <message>
        <source>Endringslogg</source>
        <translation>Change log</translation>
    </message>
    <message>
        <source>Endringsloggen har ingen oppføringer om personen.</source>
        <translation>The change log has no entries about the person.</translation>
    </message>
    <message>
        <source>Hvem som har registrert eller endret opplysninger om personen, og når. Denne utskriften blir også ført i loggen.</source>
        <translation>Who has registered or changed details about the person, and when. This printout is entered in the log too.</translation>
    </message>
    <message>
        <source>Tidspunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Bruker</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Hva</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Endringer</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Ukjent</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Rapportfrist</source>
        <translation>Report deadline</translation>
    </message>
    <message>
        <source>Frist for regnskap</source>
        <translation>Deadline for accounts</translation>
    </message>
    <message>
        <source>Revisorattestasjon</source>
        <translation>Auditor&apos;s statement</translation>
    </message>
    <message>
        <source>Revisjon (tilskuddsgiverens merknad)</source>
        <translation>Audit (the funder&apos;s note)</translation>
    </message>
    <message>
        <source>Ingen merknad om revisjon er registrert hos tilskuddsgiveren.</source>
        <translation>No note about auditing is recorded for the funder.</translation>
    </message>
    <message>
        <source>Frister og revisjon</source>
        <translation>Deadlines and audit</translation>
    </message>
    <message>
        <source>Politiattest</source>
        <translation>Police certificate</translation>
    </message>
    <message>
        <source>Ingen frivillige er registrert på samlinger med barn i perioden.</source>
        <translation>No volunteers are recorded at sessions with children in the period.</translation>
    </message>
    <message>
        <source>Alle som arbeidet med barn hadde gyldig politiattest: {n} frivillige på {presences} vakter på aktiviteter med barn i perioden, kontrollert mot datoen for hver samling.</source>
        <translation>Everyone who worked with children had a valid police certificate: {n} volunteers on {presences} shifts at activities with children in the period, checked against the date of each session.</translation>
    </message>
    <message>
        <source>{flagged} av {n} frivillige som arbeidet med barn i perioden hadde ikke gyldig politiattest på alle samlingene de var med på. Unntakene er oppgitt etter rolle, uten navn:</source>
        <translation>{flagged} of {n} volunteers who worked with children in the period did not have a valid police certificate at every session they took part in. The exceptions are given by role, without names:</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Hva manglet</source>
        <translation>What was missing</translation>
    </message>
    <message>
        <source>Vakter</source>
        <translation>Shifts</translation>
    </message>
    <message>
        <source>De øvrige hadde gyldig politiattest på dagene de var med. Frivillige uten gyldig attest blir fulgt opp før de er med igjen.</source>
        <translation>The others had a valid police certificate on the days they took part. Volunteers without a valid certificate are followed up before they take part again.</translation>
    </message>
    <message>
        <source>Sted og dato</source>
        <translation>Place and date</translation>
    </message>
    <message>
        <source>Organisasjon</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Organisasjonsnummer</source>
        <translation>Organisation number</translation>
    </message>
    <message>
        <source>Vedlegg: samlinger i perioden</source>
        <translation>Appendix: sessions in the period</translation>
    </message>
    <message>
        <source>Ingen samlinger i perioden.</source>
        <translation>No sessions in the period.</translation>
    </message>
    <message>
        <source>Alle samlinger i perioden for aktivitetene i søknaden: {n} i alt, {held} holdt. Uke er ISO-uke.</source>
        <translation>All sessions in the period for the activities in the application: {n} in total, {held} held. Week is the ISO week.</translation>
    </message>
    <message>
        <source>Uke</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Sted</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Tema</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Avvik</source>
        <translation>Variance</translation>
    </message>
    <message>
        <source>Innvilget beløp er {granted}; budsjettet over er på {budgeted}.</source>
        <translation>The amount granted is {granted}; the budget above is {budgeted}.</translation>
    </message>
    <message>
        <source>Utgifter på {amount} er datert utenfor søknadsperioden og er ikke regnet med. Sjekk datoene på bilagene.</source>
        <translation>Expenses of {amount} are dated outside the application period and are not included. Check the dates on the vouchers.</translation>
    </message>
    <message>
        <source>Signatur</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Underskrift</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Vi bekrefter at opplysningene i rapporten er riktige, og at tilskuddet er brukt slik det er beskrevet.</source>
        <translation>We confirm that the information in the report is correct, and that the grant has been used as described.</translation>
    </message>
    <message>
        <source>Oppmøteliste</source>
        <translation>Sign-in sheet</translation>
    </message>
    <message>
        <source>oppmøteliste</source>
        <translation>sign-in sheet</translation>
    </message>
    <message>
        <source>Ingen samlinger i {month} for {activity}. Legg inn samlinger for måneden, og skriv ut listen på nytt.</source>
        <translation>No sessions in {month} for {activity}. Add sessions for the month, and print the list again.</translation>
    </message>
    <message>
        <source>Sett kryss for hver deltaker som er til stede. Skriv nye deltakere på de tomme linjene, antall som ikke er registrert med navn på linjen «Telt uten navn», og frivilliges timer i rutene deres.</source>
        <translation>Tick each participant who is present. Write new participants on the empty lines, the number not registered by name on the line «Counted without names», and volunteers&apos; hours in their boxes.</translation>
    </message>
    <message>
        <source>Ført inn i Samvirke av:</source>
        <translation>Entered into Samvirke by:</translation>
    </message>
    <message>
        <source>Dato:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Telt uten navn (antall)</source>
        <translation>Counted without names (number)</translation>
    </message>
    <message>
        <source>Frivillige (skriv timer)</source>
        <translation>Volunteers (write hours)</translation>
    </message>
    <message>
        <source>Nye deltakere (navn, fødselsår)</source>
        <translation>New participants (name, birth year)</translation>
    </message>
    <message>
        <source>«{activity}» {date}: oppmøtet er ikke registrert, så samlingen regnes ikke som holdt.</source>
        <translation>«{activity}» {date}: attendance is not registered, so the session does not count as held.</translation>
    </message>
    <message>
        <source>Åpne oppmøtet og registrer det, eller merk «Ingen kom».</source>
        <translation>Open the check-in and register it, or mark «Nobody came».</translation>
    </message>
    <message>
        <source>Skriv inn fødselsår eller fødselsdato på beboeren.</source>
        <translation>Enter the resident&apos;s birth year or birth date.</translation>
    </message>
    <message>
        <source>Velg kjønn på beboeren.</source>
        <translation>Choose the resident&apos;s gender.</translation>
    </message>
    <message>
        <source>1 deltaker mangler fødselsår og telles som «Ukjent alder».</source>
        <translation>1 participant has no birth year and is counted as «Unknown age».</translation>
    </message>
    <message>
        <source>{n} deltakere mangler fødselsår og telles som «Ukjent alder».</source>
        <translation>{n} participants have no birth year and are counted as «Unknown age».</translation>
    </message>
    <message>
        <source>1 deltaker har kjønn «ikke oppgitt».</source>
        <translation>1 participant has gender «not given».</translation>
    </message>
    <message>
        <source>{n} deltakere har kjønn «ikke oppgitt».</source>
        <translation>{n} participants have gender «not given».</translation>
    </message>
    <message>
        <source>{name} mangler fødselsår og telles som «Ukjent alder».</source>
        <translation>{name} has no birth year and is counted as «Unknown age».</translation>
    </message>
    <message>
        <source>{name} har kjønn «ikke oppgitt».</source>
        <translation>{name} has gender «not given».</translation>
    </message>
    <message>
        <source>Registrer datoen politiattesten ble vist på den frivillige.</source>
        <translation>Register the date the police certificate was shown on the volunteer.</translation>
    </message>
    <message>
        <source>1 frivillig var med på aktiviteter med barn uten gyldig politiattest.</source>
        <translation>1 volunteer took part in activities with children without a valid police certificate.</translation>
    </message>
    <message>
        <source>{n} frivillige var med på aktiviteter med barn uten gyldig politiattest.</source>
        <translation>{n} volunteers took part in activities with children without a valid police certificate.</translation>
    </message>
    <message>
        <source>{name} var med på en samling med barn uten gyldig politiattest ({date}).</source>
        <translation>{name} took part in a session with children without a valid police certificate ({date}).</translation>
    </message>
    <message>
        <source>{name} var med på {n} samlinger med barn uten gyldig politiattest (første gang {date}).</source>
        <translation>{name} took part in {n} sessions with children without a valid police certificate (first on {date}).</translation>
    </message>
    <message>
        <source>Budsjettposten «{line}»: brukt {spent} av {budget} ({percent} % {side} budsjett).</source>
        <translation>Budget line «{line}»: {spent} spent of {budget} ({percent} % {side} budget).</translation>
    </message>
    <message>
        <source>over</source>
        <translation>over</translation>
    </message>
    <message>
        <source>under</source>
        <translation>under</translation>
    </message>
    <message>
        <source>Sjekk utgiftene på søknadens budsjett, eller forklar avviket i rapporten.</source>
        <translation>Check the expenses in the application&apos;s budget, or explain the variance in the report.</translation>
    </message>
    <message>
        <source>Åpne søknaden og fyll ut fanen Tilsagn og rapport.</source>
        <translation>Open the application and fill in the Grant and report tab.</translation>
    </message>
    <message>
        <source>Vilkåret «{condition}» i tilsagnsbrevet er ikke vurdert.</source>
        <translation>The grant letter&apos;s condition “{condition}” has not been assessed.</translation>
    </message>
    <message>
        <source>Rapporten har ingen som skriver under den.</source>
        <translation>Nobody is named to sign the report.</translation>
    </message>
    <message>
        <source>Budsjettposten «{line}» har ikke noe budsjett, men {spent} er ført på den.</source>
        <translation>The budget line “{line}” has no budget, but {spent} has been entered on it.</translation>
    </message>
    <message>
        <source>Resultat for målet «{goal}»</source>
        <translation>The result for the goal «{goal}»</translation>
    </message>
    <message>
        <source>{where} sier «{said}», men tallene for perioden viser {actual} {word}.</source>
        <translation>{where} says «{said}», but the figures for the period show {actual} {word}.</translation>
    </message>
    <message>
        <source>Rett teksten på søknaden, eller sjekk oppmøtet.</source>
        <translation>Correct the text in the application, or check the attendance.</translation>
    </message>
    <message>
        <source>f. {year}</source>
        <translation>b. {year}</translation>
    </message>
    <message>
        <source>fødselsår ukjent</source>
        <translation>birth year unknown</translation>
    </message>
    <message>
        <source>ikke registrert samtykke til foto</source>
        <translation>no photo consent recorded</translation>
    </message>
    <message>
        <source>samtykket til foto er trukket tilbake</source>
        <translation>the photo consent has been withdrawn</translation>
    </message>
    <message>
        <source>under 15 år: samtykket må være gitt av foresatte</source>
        <translation>under 15: the consent must be given by a guardian</translation>
    </message>
    <message>
        <source>anonymisert, men fortsatt på bildet</source>
        <translation>anonymised, but still in the picture</translation>
    </message>
    <message>
        <source>Bildet er for stort ({size} MB). Bruk et bilde på under {limit} MB, for eksempel ved å sende det fra telefonen i mindre størrelse.</source>
        <translation>The picture is too large ({size} MB). Use a picture under {limit} MB, for example by sending it from the phone in a smaller size.</translation>
    </message>
    <message>
        <source>Bildet «{name}» kan ikke leses ({reason}). Sjekk at filen finnes og at du har tilgang til den.</source>
        <translation>The picture “{name}” cannot be read ({reason}). Check that the file exists and that you have access to it.</translation>
    </message>
    <message>
        <source>Bildet er for stort. Bruk et bilde på under {limit} MB.</source>
        <translation>The picture is too large. Use a picture under {limit} MB.</translation>
    </message>
    <message>
        <source>Filen er ikke et JPEG- eller PNG-bilde. Lagre bildet som JPEG (.jpg) eller PNG (.png) og legg det til på nytt.</source>
        <translation>The file is not a JPEG or PNG picture. Save the picture as JPEG (.jpg) or PNG (.png) and add it again.</translation>
    </message>
    <message>
        <source>Ingen gjenkjennelige personer</source>
        <translation>Nobody recognisable</translation>
    </message>
    <message>
        <source>Ikke registrert hvem som er med</source>
        <translation>Not recorded who is in it</translation>
    </message>
    <message>
        <source>Samtykke for alle på bildet</source>
        <translation>Consent for everyone in the photo</translation>
    </message>
    <message>
        <source>1 person mangler samtykke</source>
        <translation>1 person lacks consent</translation>
    </message>
    <message>
        <source>{count} personer mangler samtykke</source>
        <translation>{count} people lack consent</translation>
    </message>
    <message>
        <source>Bildet «{caption}»</source>
        <translation>The photo “{caption}”</translation>
    </message>
    <message>
        <source>Bildet fra {date}</source>
        <translation>The photo from {date}</translation>
    </message>
    <message>
        <source>{photo} kan ikke være med i rapporten: det er ikke registrert hvem som er med på bildet. Velg personene under Aktiviteter → Bilder, eller kryss av for «Ingen gjenkjennelige personer».</source>
        <translation>{photo} cannot be in the report: it is not recorded who is in the photo. Choose the people under Activities → Photos, or tick “Nobody recognisable”.</translation>
    </message>
    <message>
        <source>personen på bildet mangler</source>
        <translation>the person in the photo lacks</translation>
    </message>
    <message>
        <source>{lacking} av {shown} personer på bildet mangler</source>
        <translation>{lacking} of the {shown} people in the photo lack</translation>
    </message>
    <message>
        <source>{photo} kan ikke være med i rapporten: {counted} et gyldig samtykke til foto per {date}. Registrer samtykket hos beboeren (for barn under 15 år gitt av foresatte), eller velg et annet bilde.</source>
        <translation>{photo} cannot be in the report: {counted} a valid photo consent as of {date}. Record the consent on the resident (for children under 15 given by a guardian), or choose another photo.</translation>
    </message>
    <message>
        <source>Et av bildene finnes ikke lenger; en kollega kan ha fjernet det. Velg bildene til rapporten på nytt.</source>
        <translation>One of the photos no longer exists; a colleague may have removed it. Choose the photos for the report again.</translation>
    </message>
    <message>
        <source>{count} til</source>
        <translation>{count} more</translation>
    </message>
    <message>
        <source>{count} personer</source>
        <translation>{count} people</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 person</translation>
    </message>
    <message>
        <source>Ikke registrert</source>
        <translation>Not registered</translation>
    </message>
    <message>
        <source>Bildet finnes ikke lenger; en kollega kan ha fjernet det.</source>
        <translation>The photo no longer exists; a colleague may have removed it.</translation>
    </message>
    <message>
        <source>Skriv en kort bildetekst, for eksempel «Tur til Sognsvann i høstferien». Den står under bildet i rapporten.</source>
        <translation>Write a short caption, for example “Walk to Sognsvann in the autumn holiday”. It is printed under the photo in the report.</translation>
    </message>
    <message>
        <source>Bildeteksten er for lang ({length} tegn). Skriv høyst {limit} tegn.</source>
        <translation>The caption is too long ({length} characters). Write at most {limit} characters.</translation>
    </message>
    <message>
        <source>Skriv datoen bildet ble tatt, for eksempel 29.09.2026.</source>
        <translation>Type the date the photo was taken, for example 29.09.2026.</translation>
    </message>
    <message>
        <source>Datoen bildet ble tatt kan ikke være etter i dag.</source>
        <translation>The date the photo was taken cannot be after today.</translation>
    </message>
    <message>
        <source>Du har valgt personer på bildet og samtidig krysset av for «Ingen gjenkjennelige personer». Velg det ene.</source>
        <translation>You have chosen people in the photo and also ticked “Nobody recognisable”. Choose one of them.</translation>
    </message>
    <message>
        <source>Velg hvem som er med på bildet, eller kryss av for «Ingen gjenkjennelige personer» (for eksempel bilder tatt bakfra eller på avstand).</source>
        <translation>Choose who is in the photo, or tick “Nobody recognisable” (for example photos taken from behind or at a distance).</translation>
    </message>
    <message>
        <source>Bare deltakere på aktiviteten kan velges som personer på bildet. Meld personen på aktiviteten først.</source>
        <translation>Only participants of the activity can be chosen as people in the photo. Enrol the person in the activity first.</translation>
    </message>
    <message>
        <source>Bildeteksten kommer med i rapporten til tilskuddsgiveren, og der skal ingen nevnes ved navn. Ta «{name}» ut av bildeteksten.</source>
        <translation>The caption goes into the report to the funder, where nobody may be named. Take “{name}” out of the caption.</translation>
    </message>
    <message>
        <source>Aktiviteten finnes ikke lenger; en kollega kan ha slettet den.</source>
        <translation>The activity no longer exists; a colleague may have deleted it.</translation>
    </message>
    <message>
        <source>navnet</source>
        <translation>the name</translation>
    </message>
    <message>
        <source>stedet</source>
        <translation>the place</translation>
    </message>
    <message>
        <source>beskrivelsen</source>
        <translation>the description</translation>
    </message>
    <message>
        <source>Kalenderen finnes ikke på «{language}». Velg et av språkene {names}, eller nb for bare bokmål.</source>
        <translation>The calendar is not available in “{language}”. Choose one of the languages {names}, or nb for Bokmål only.</translation>
    </message>
    <message>
        <source> og </source>
        <translation> and </translation>
    </message>
    <message>
        <source>«{activity}»: {fields} er ikke oversatt til {language} og står på bokmål.</source>
        <translation>“{activity}”: not translated into {language}, so printed in Bokmål: {fields}.</translation>
    </message>
    <message>
        <source>«{activity}»: stedet {places} er satt på samlingene og står på bokmål.</source>
        <translation>“{activity}”: the place {places} is set on the sessions and is printed in Bokmål.</translation>
    </message>
    <message>
        <source>Åpne aktiviteten og skriv oversettelsen i fanen Oversettelser.</source>
        <translation>Open the activity and write the translation in the Translations tab.</translation>
    </message>
    <message>
        <source>Teamets telefon og e-post er ikke fylt ut, så plakaten sier ikke hvordan beboerne når dere.</source>
        <translation>The team&apos;s phone and e-mail are not filled in, so the poster does not tell the residents how to reach you.</translation>
    </message>
    <message>
        <source>Skriv dem inn under Innstillinger → Team.</source>
        <translation>Enter them under Settings → Team.</translation>
    </message>
    <message>
        <source>Velg høyst {limit} bilder til rapporten (du valgte {count}).</source>
        <translation>Choose at most {limit} photos for the report (you chose {count}).</translation>
    </message>
    <message>
        <source>Bilde nummer {ids} hører ikke til noen av aktivitetene i søknaden. Velg bilder fra aktivitetene som er knyttet til søknaden.</source>
        <translation>Photo number {ids} does not belong to any of the application’s activities. Choose photos from the activities linked to the application.</translation>
    </message>
    <message>
        <source>frivillig</source>
        <translation>volunteer</translation>
    </message>
    <message>
        <source>leksehjelper</source>
        <translation>homework helper</translation>
    </message>
    <message>
        <source>medhjelper på temakveldene</source>
        <translation>helper at the theme evenings</translation>
    </message>
    <message>
        <source>patruljedeltaker</source>
        <translation>neighbourhood patrol member</translation>
    </message>
    <message>
        <source>dugnadshjelper</source>
        <translation>community work day helper</translation>
    </message>
    <message>
        <source>vert på treffstedet</source>
        <translation>host at the drop-in</translation>
    </message>
    <message>
        <source>aktivitetshjelper</source>
        <translation>activity helper</translation>
    </message>
    <message>
        <source>fast {role}</source>
        <translation>regular {role}</translation>
    </message>
    <message>
        <source>Timeattest</source>
        <translation>Statement of volunteer hours</translation>
    </message>
    <message>
        <source>Teamets navn er ikke satt, og timeattesten må si hvem som bekrefter timene. Skriv navnet under Innstillinger → Team (for eksempel «Bo- og nærmiljøteamet Sagene») og lag timeattesten på nytt.</source>
        <translation>The team&apos;s name is not set, and the hours statement must say who confirms the hours. Type the name under Settings → Team (for example «Bo- og nærmiljøteamet Sagene») and make the hours statement again.</translation>
    </message>
    <message>
        <source>{first} og {last}</source>
        <translation>{first} and {last}</translation>
    </message>
    <message>
        <source>samling</source>
        <translation>session</translation>
    </message>
    <message>
        <source>samlinger</source>
        <translation>sessions</translation>
    </message>
    <message>
        <source>aktivitet</source>
        <translation>activity</translation>
    </message>
    <message>
        <source>aktiviteter</source>
        <translation>activities</translation>
    </message>
    <message>
        <source>{team} bekrefter at {name} har bidratt som {role} i perioden {first} til {last}, med til sammen {hours} timer fordelt på {sessions} {sessions_word} i {activities} {activities_word}.</source>
        <translation>{team} confirms that {name} has contributed as a {role} from {first} to {last}, with {hours} hours in all over {sessions} {sessions_word} in {activities} {activities_word}.</translation>
    </message>
    <message>
        <source>Timeattest for {name}</source>
        <translation>Volunteer hours statement for {name}</translation>
    </message>
    <message>
        <source>Frivillig innsats i perioden {period}</source>
        <translation>Volunteer work in the period {period}</translation>
    </message>
    <message>
        <source>Ingen registrerte timer for {name} i perioden {period}.</source>
        <translation>No hours registered for {name} in the period {period}.</translation>
    </message>
    <message>
        <source>Timer per aktivitet</source>
        <translation>Hours per activity</translation>
    </message>
    <message>
        <source>Timene er registrert av teamet ved hver samling. Avlyste samlinger er ikke regnet med.</source>
        <translation>The hours were registered by the team at each session. Cancelled sessions are not counted.</translation>
    </message>
    <message>
        <source>Første–siste samling</source>
        <translation>First–last session</translation>
    </message>
    <message>
        <source>Navn og rolle</source>
        <translation>Name and role</translation>
    </message>
    <message>
        <source>Navn (blokkbokstaver)</source>
        <translation>Name (block capitals)</translation>
    </message>
    <message>
        <source>For teamet:</source>
        <translation>For the team:</translation>
    </message>
    <message>
        <source>Organisasjonsnummer {number}</source>
        <translation>Organisation number {number}</translation>
    </message>
    <message>
        <source>Telefon {phone}</source>
        <translation>Phone {phone}</translation>
    </message>
    <message>
        <source>E-post {email}</source>
        <translation>E-mail {email}</translation>
    </message>
    <message>
        <source>Bilder</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Bilder fra aktivitetene. Alle som kan kjennes igjen på bildene, har samtykket til at bildene brukes (foresatte for barn under 15 år).</source>
        <translation>Photos from the activities. Everyone who can be recognised in them has consented to their use (guardians for children under 15).</translation>
    </message>
</context>
<context>
    <name>ReportCheckDialog</name>
    <message>
        <source>Sjekk før rapporten lages</source>
        <translation>Check before the report is made</translation>
    </message>
    <message>
        <source>{report} kan lages, men {n} ting bør sjekkes først. Dobbeltklikk (eller trykk Enter på) en linje for å åpne stedet der det rettes.</source>
        <translation>{report} can be made, but {n} things should be checked first. Double-click a line (or press Enter on it) to open the place where it is put right.</translation>
    </message>
    <message>
        <source>{report} kan lages, men én ting bør sjekkes først. Dobbeltklikk (eller trykk Enter på) linjen for å åpne stedet der det rettes.</source>
        <translation>{report} can be made, but one thing should be checked first. Double-click the line (or press Enter on it) to open the place where it is put right.</translation>
    </message>
    <message>
        <source>Advarsler</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>&amp;Lag rapporten likevel</source>
        <translation>&amp;Make the report anyway</translation>
    </message>
    <message>
        <source>&amp;Rett først</source>
        <translation>&amp;Fix first</translation>
    </message>
</context>
<context>
    <name>ReportKindTableModel</name>
    <message>
        <source>Rapport</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Hva den viser</source>
        <translation>What it shows</translation>
    </message>
</context>
<context>
    <name>ReportKinds</name>
    <message>
        <source>Oppmøterapport</source>
        <translation>Attendance report</translation>
    </message>
    <message>
        <source>Én aktivitet i en periode: samlinger, hvem som kom, antall og frivilliges timer.</source>
        <translation>One activity in a period: sessions, who came, counts and volunteers&apos; hours.</translation>
    </message>
    <message>
        <source>Oppmøteliste</source>
        <translation>Sign-in sheet</translation>
    </message>
    <message>
        <source>Tom liste for en måned til å skrive ut og krysse av på papir.</source>
        <translation>Empty list for a month to print and tick on paper.</translation>
    </message>
    <message>
        <source>Rapport til tilskuddsgiver</source>
        <translation>Report to the funder</translation>
    </message>
    <message>
        <source>Deltakere, samlinger, frivillig innsats og regnskap for én søknad og periode.</source>
        <translation>Participants, sessions, volunteer work and accounts for one application and period.</translation>
    </message>
    <message>
        <source>Tilskuddsrapport</source>
        <translation>Grant report</translation>
    </message>
    <message>
        <source>Timeattest</source>
        <translation>Hours certificate</translation>
    </message>
    <message>
        <source>Timer per aktivitet for én frivillig, til CV eller studiet.</source>
        <translation>Hours per activity for one volunteer, for a CV or their studies.</translation>
    </message>
    <message>
        <source>Aktivitetskalender</source>
        <translation>Activity calendar</translation>
    </message>
    <message>
        <source>Plakat med alle aktivitetene i en måned, lett å lese på avstand, på bokmål eller et av beboernes språk.</source>
        <translation>A poster with all the activities in a month, easy to read at a distance, in Bokmål or one of the residents&apos; languages.</translation>
    </message>
    <message>
        <source>Denne måneden</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Forrige måned</source>
        <translation>Last month</translation>
    </message>
    <message>
        <source>Dette semesteret</source>
        <translation>This term</translation>
    </message>
    <message>
        <source>Forrige semester</source>
        <translation>Last term</translation>
    </message>
    <message>
        <source>I år</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>I fjor</source>
        <translation>Last year</translation>
    </message>
    <message>
        <source>Hele søknadsperioden</source>
        <translation>The whole application period</translation>
    </message>
    <message>
        <source>Egne datoer</source>
        <translation>Own dates</translation>
    </message>
</context>
<context>
    <name>ReportPhotoRow</name>
    <message>
        <source>&amp;Bilder i rapporten…</source>
        <translation>&amp;Photos in the report…</translation>
    </message>
    <message>
        <source>Velg opptil 4 bilder fra aktivitetene i søknaden. Bare bilder der alle har samtykke til foto kan velges.</source>
        <translation>Choose up to 4 photos from the application’s activities. Only photos where everyone has a photo consent can be chosen.</translation>
    </message>
    <message>
        <source>Bilder:</source>
        <translation>Photos:</translation>
    </message>
    <message>
        <source>Ingen bilder valgt</source>
        <translation>No photos chosen</translation>
    </message>
    <message>
        <source>1 bilde valgt</source>
        <translation>1 photo chosen</translation>
    </message>
    <message>
        <source>{count} bilder valgt</source>
        <translation>{count} photos chosen</translation>
    </message>
</context>
<context>
    <name>ReportPhotosDialog</name>
    <message>
        <source>Bilder i rapporten</source>
        <translation>Photos in the report</translation>
    </message>
    <message>
        <source>Velg opptil {limit} bilder fra aktivitetene i søknaden. Bildene kommer med bildetekst og dato, uten navn. Et bilde kan bare velges når alle som er med på det har samtykke til foto.</source>
        <translation>Choose up to {limit} photos from the application’s activities. They are printed with caption and date, without names. A photo can only be chosen when everyone in it has a photo consent.</translation>
    </message>
    <message>
        <source>Bilder fra aktivitetene</source>
        <translation>Photos from the activities</translation>
    </message>
    <message>
        <source>&amp;Lagre valget</source>
        <translation>&amp;Save the choice</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Kan brukes: {mark}</source>
        <translation>Can be used: {mark}</translation>
    </message>
    <message>
        <source>Kan ikke brukes: {mark}</source>
        <translation>Cannot be used: {mark}</translation>
    </message>
    <message>
        <source>Aktivitetene i søknaden har ingen bilder ennå. Legg dem til under Aktiviteter → Bilder…</source>
        <translation>The application’s activities have no photos yet. Add them under Activities → Photos…</translation>
    </message>
    <message>
        <source>Du har valgt {count} bilder. Velg høyst {limit}.</source>
        <translation>You have chosen {count} photos. Choose at most {limit}.</translation>
    </message>
    <message>
        <source>Ingen bilder valgt: rapporten lages uten bilder.</source>
        <translation>No photos chosen: the report is made without photos.</translation>
    </message>
    <message>
        <source>1 bilde valgt.</source>
        <translation>1 photo chosen.</translation>
    </message>
    <message>
        <source>{count} bilder valgt.</source>
        <translation>{count} photos chosen.</translation>
    </message>
    <message>
        <source>{count} anonymisert, men fortsatt på bildet</source>
        <translation>{count} anonymised, but still in the picture</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>A4 liggende</source>
        <translation>A4 landscape</translation>
    </message>
    <message>
        <source>A3 liggende (stor plakat)</source>
        <translation>A3 landscape (large poster)</translation>
    </message>
    <message>
        <source>Rapporter</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Bokmål</source>
        <translation>Norwegian Bokmål</translation>
    </message>
    <message>
        <source>Står under «For teamet:» på timeattesten. Tomt: en linje å skrive navnet på.</source>
        <translation>Printed under «For the team:» on the hours statement. Empty: a line to write the name on.</translation>
    </message>
    <message>
        <source>f.eks. koordinator</source>
        <translation>e.g. coordinator</translation>
    </message>
    <message>
        <source>Tomt: rollen aktivitetene gir, f.eks. «leksehjelper»</source>
        <translation>Empty: the role the activities give, e.g. «homework helper»</translation>
    </message>
    <message>
        <source>Skriv en rolle bare når den aktivitetene gir ikke passer; den gjelder da alle aktivitetene på attesten.</source>
        <translation>Type a role only when the one the activities give does not fit; it then applies to every activity on the statement.</translation>
    </message>
    <message>
        <source>Si&amp;gnert av</source>
        <translation>Si&amp;gned by</translation>
    </message>
    <message>
        <source>Rolle til &amp;den som signerer</source>
        <translation>Signer&apos;s &amp;job title</translation>
    </message>
    <message>
        <source>Den frivilliges rolle</source>
        <translation>The volunteer&apos;s role</translation>
    </message>
    <message>
        <source>Ta med påmeldte som ikke &amp;kom</source>
        <translation>Include the enrolled who did not &amp;come</translation>
    </message>
    <message>
        <source>Gi også de påmeldte som aldri kom en rad i oppmøtetabellen. Ellers er de bare nevnt med navn i ett avsnitt under tabellen.</source>
        <translation>Give the enrolled who never came a row of their own in the attendance table too. Otherwise they are only named in one paragraph below the table.</translation>
    </message>
    <message>
        <source>1 rapporttype</source>
        <translation>1 report type</translation>
    </message>
    <message>
        <source>{count} rapporttyper</source>
        <translation>{count} report types</translation>
    </message>
    <message>
        <source> (arkivert)</source>
        <translation> (archived)</translation>
    </message>
    <message>
        <source>Ingen aktiviteter du kan lage rapport for</source>
        <translation>No activities you can make a report for</translation>
    </message>
    <message>
        <source>Ingen søknader ennå</source>
        <translation>No applications yet</translation>
    </message>
    <message>
        <source> (sluttet)</source>
        <translation> (left)</translation>
    </message>
    <message>
        <source>Ingen frivillige du kan lage timeattest for</source>
        <translation>No volunteers you can make an hours certificate for</translation>
    </message>
    <message>
        <source>Alle områder</source>
        <translation>All areas</translation>
    </message>
    <message>
        <source>Ingen rapporter</source>
        <translation>No reports</translation>
    </message>
    <message>
        <source>Rollen din kan ikke lage rapporter. Spør en administrator om du trenger det.</source>
        <translation>Your role cannot make reports. Ask an administrator if you need to.</translation>
    </message>
    <message>
        <source>Velg mappe for rapportene</source>
        <translation>Choose folder for the reports</translation>
    </message>
    <message>
        <source>Velg en aktivitet.</source>
        <translation>Choose an activity.</translation>
    </message>
    <message>
        <source>Velg en søknad.</source>
        <translation>Choose an application.</translation>
    </message>
    <message>
        <source>Velg en frivillig.</source>
        <translation>Choose a volunteer.</translation>
    </message>
    <message>
        <source>fra-datoen</source>
        <translation>the from date</translation>
    </message>
    <message>
        <source>til-datoen</source>
        <translation>the to date</translation>
    </message>
    <message>
        <source>Skriv inn {field}, for eksempel 01.01.2026.</source>
        <translation>Type {field}, for example 01.01.2026.</translation>
    </message>
    <message>
        <source>Perioden slutter ({last}) før den begynner ({first}). Bytt om datoene.</source>
        <translation>The period ends ({last}) before it begins ({first}). Swap the dates.</translation>
    </message>
    <message>
        <source>Skriv bare filnavnet, uten mappe. Velg mappen med «Bytt mappe…».</source>
        <translation>Type only the file name, without a folder. Choose the folder with «Change folder…».</translation>
    </message>
    <message>
        <source>Mappen «{folder}» finnes ikke lenger. Velg en annen mappe med «Bytt mappe…».</source>
        <translation>The folder «{folder}» no longer exists. Choose another folder with «Change folder…».</translation>
    </message>
    <message>
        <source>Filen finnes</source>
        <translation>The file exists</translation>
    </message>
    <message>
        <source>«{name}» finnes allerede i mappen. Vil du erstatte den med den nye rapporten?</source>
        <translation>«{name}» already exists in the folder. Do you want to replace it with the new report?</translation>
    </message>
    <message>
        <source>Erstatt</source>
        <translation>Replace</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Rapporten ble ikke laget: filen finnes allerede. Gi den et annet navn.</source>
        <translation>The report was not made: the file already exists. Give it another name.</translation>
    </message>
    <message>
        <source>Laget «{name}» i {folder}.</source>
        <translation>Made «{name}» in {folder}.</translation>
    </message>
    <message>
        <source>Teamets navn er ikke satt, og timeattesten må si hvem som bekrefter timene. Be en administrator skrive navnet under Innstillinger → Team.</source>
        <translation>The team&apos;s name is not set, and the hours statement must say who confirms the hours. Ask an administrator to type the name under Settings → Team.</translation>
    </message>
    <message>
        <source>Timeattesten ble ikke laget: den trenger teamets navn.</source>
        <translation>The hours statement was not made: it needs the team&apos;s name.</translation>
    </message>
    <message>
        <source>Teamets navn</source>
        <translation>The team&apos;s name</translation>
    </message>
    <message>
        <source>Timeattesten sier hvem som bekrefter timene, men teamets navn er ikke satt ennå. Skriv navnet slik det skal stå på rapportene (for eksempel «Bo- og nærmiljøteamet Sagene»). Det lagres under Innstillinger → Team.</source>
        <translation>The hours statement says who confirms the hours, but the team&apos;s name is not set yet. Type the name as it is to appear on the reports (for example «Bo- og nærmiljøteamet Sagene»). It is saved under Settings → Team.</translation>
    </message>
    <message>
        <source>Rapporten ble ikke laget. Rett det som står i sjekken, eller velg «Lag rapporten likevel».</source>
        <translation>The report was not made. Put right what the check lists, or choose «Make the report anyway».</translation>
    </message>
    <message>
        <source>Velg rapporten du vil lage</source>
        <translation>Choose the report you want to make</translation>
    </message>
    <message>
        <source>Rapport</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>&amp;Aktivitet</source>
        <translation>&amp;Activity</translation>
    </message>
    <message>
        <source>Aktiviteten rapporten gjelder</source>
        <translation>The activity the report covers</translation>
    </message>
    <message>
        <source>&amp;Søknad</source>
        <translation>&amp;Application</translation>
    </message>
    <message>
        <source>Søknaden rapporten gjelder. Bare tall uten navn kommer med.</source>
        <translation>The application the report covers. Only figures without names are included.</translation>
    </message>
    <message>
        <source>F&amp;rivillig</source>
        <translation>&amp;Volunteer</translation>
    </message>
    <message>
        <source>Den frivillige timeattesten gjelder</source>
        <translation>The volunteer the hours certificate is for</translation>
    </message>
    <message>
        <source>&amp;Periode</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <source>Velg en vanlig periode, eller skriv inn datoene selv</source>
        <translation>Choose a usual period, or type in the dates yourself</translation>
    </message>
    <message>
        <source>&amp;Fra</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>Periodens første dag, for eksempel 01.01.2026</source>
        <translation>The first day of the period, for example 01.01.2026</translation>
    </message>
    <message>
        <source>&amp;Til</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <source>Periodens siste dag (tatt med)</source>
        <translation>The last day of the period (included)</translation>
    </message>
    <message>
        <source>&amp;Måned</source>
        <translation>&amp;Month</translation>
    </message>
    <message>
        <source>Måneden listen eller kalenderen gjelder</source>
        <translation>The month the list or calendar covers</translation>
    </message>
    <message>
        <source>&amp;Område</source>
        <translation>&amp;Area</translation>
    </message>
    <message>
        <source>Bare aktivitetene på ett område, eller alle</source>
        <translation>Only the activities in one area, or all</translation>
    </message>
    <message>
        <source>Pap&amp;ir</source>
        <translation>Pap&amp;er</translation>
    </message>
    <message>
        <source>A3 gir en større plakat</source>
        <translation>A3 gives a larger poster</translation>
    </message>
    <message>
        <source>Språ&amp;k</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Skriv ut kalenderen på et annet språk. Aktivitetene står slik teamet har oversatt dem i aktivitetsskjemaet, ellers på bokmål.</source>
        <translation>Print the calendar in another language. The activities appear as the team has translated them in the activity form, otherwise in Bokmål.</translation>
    </message>
    <message>
        <source>Fil&amp;navn</source>
        <translation>File &amp;name</translation>
    </message>
    <message>
        <source>Navnet PDF-filen får. Samvirke foreslår et navn ut fra valgene over.</source>
        <translation>The name the PDF file gets. Samvirke suggests a name from the choices above.</translation>
    </message>
    <message>
        <source>Mapp&amp;e</source>
        <translation>Fold&amp;er</translation>
    </message>
    <message>
        <source>Velg mappen PDF-en skal lagres i</source>
        <translation>Choose the folder the PDF is saved in</translation>
    </message>
    <message>
        <source>&amp;Bytt mappe…</source>
        <translation>&amp;Change folder…</translation>
    </message>
    <message>
        <source>Åpne PDF-en i PDF-leseren på maskinen med en gang den er laget</source>
        <translation>Open the PDF in the PDF reader on the computer as soon as it is made</translation>
    </message>
    <message>
        <source>&amp;Vis PDF-en når den er laget</source>
        <translation>&amp;Show the PDF when it is made</translation>
    </message>
    <message>
        <source>Lag PDF-en med valgene over (Ctrl+Enter)</source>
        <translation>Make the PDF with the choices above (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Lag PDF</source>
        <translation>&amp;Make PDF</translation>
    </message>
</context>
<context>
    <name>ResidentDialog</name>
    <message>
        <source>&amp;Innsyn…</source>
        <translation>&amp;Access request…</translation>
    </message>
    <message>
        <source>Alt Samvirke har lagret om personen, som PDF eller JSON (for en innsynsbegjæring).</source>
        <translation>Everything Samvirke has stored about the person, as PDF or JSON (for a subject access request).</translation>
    </message>
    <message>
        <source>beboer</source>
        <translation>resident</translation>
    </message>
    <message>
        <source>Innsyn: lagre alt om personen</source>
        <translation>Access request: save everything about the person</translation>
    </message>
    <message>
        <source>Innsyn {name}.pdf</source>
        <translation>Access {name}.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;JSON (*.json)</source>
        <translation>PDF (*.pdf);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Velg eller skriv</source>
        <translation>Choose or type</translation>
    </message>
    <message>
        <source>Grunnlaget teamet lagrer opplysningene om personen på. Står feltet tomt, lagres «{basis}».</source>
        <translation>The basis on which the team stores information about the person. If the field is empty, «{basis}» is stored.</translation>
    </message>
    <message>
        <source>Registrert beboer</source>
        <translation>Registered resident</translation>
    </message>
    <message>
        <source>Navn (ellers)</source>
        <translation>Name (otherwise)</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Relasjon</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Legg til foresatt</source>
        <translation>Add guardian</translation>
    </message>
    <message>
        <source>Ingen foresatte registrert.</source>
        <translation>No guardians registered.</translation>
    </message>
    <message>
        <source>Gjelder</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <source>Gitt</source>
        <translation>Given</translation>
    </message>
    <message>
        <source>Gitt av</source>
        <translation>Given by</translation>
    </message>
    <message>
        <source>Av foresatt</source>
        <translation>By guardian</translation>
    </message>
    <message>
        <source>Trukket tilbake</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Merknad</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Legg til samtykke</source>
        <translation>Add consent</translation>
    </message>
    <message>
        <source>Ingen samtykker registrert.</source>
        <translation>No consents registered.</translation>
    </message>
    <message>
        <source>Ikke registrert</source>
        <translation>Not registered</translation>
    </message>
    <message>
        <source>Ikke valgt</source>
        <translation>Not chosen</translation>
    </message>
    <message>
        <source>Ingen husstand</source>
        <translation>No household</translation>
    </message>
    <message>
        <source>Ny beboer</source>
        <translation>New resident</translation>
    </message>
    <message>
        <source>Beboer – {name}</source>
        <translation>Resident – {name}</translation>
    </message>
    <message>
        <source>Anonymisert: opplysningene som kunne identifisere personen er tatt bort, og oppføringen kan ikke endres.</source>
        <translation>Anonymised: the information that could identify the person has been removed, and the entry cannot be changed.</translation>
    </message>
    <message>
        <source>Registrert ved oppmøte med bare det nødvendigste. Fyll ut resten og lagre.</source>
        <translation>Registered at attendance with only the essentials. Fill in the rest and save.</translation>
    </message>
    <message>
        <source>Fant ingen husstand som heter «{text}». Velg fra listen, eller trykk «Ny…» for å lage den.</source>
        <translation>Found no household called «{text}». Choose from the list, or press «New…» to make it.</translation>
    </message>
    <message>
        <source>Foresatt {n}: fant ingen beboer som heter «{text}». Velg fra listen, eller tøm feltet og skriv navn og telefon.</source>
        <translation>Guardian {n}: found no resident called «{text}». Choose from the list, or empty the field and type name and phone.</translation>
    </message>
    <message>
        <source>{age} år</source>
        <translation>{age} years</translation>
    </message>
    <message>
        <source>ca. {age} år</source>
        <translation>about {age} years</translation>
    </message>
    <message>
        <source>(fra beboeren)</source>
        <translation>(from the resident)</translation>
    </message>
    <message>
        <source>Bor sammen med {names}.</source>
        <translation>Lives with {names}.</translation>
    </message>
    <message>
        <source>Ingen andre i husstanden ennå.</source>
        <translation>No one else in the household yet.</translation>
    </message>
</context>
<context>
    <name>ResidentForm</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>&amp;Fornavn</source>
        <translation>&amp;First name</translation>
    </message>
    <message>
        <source>&amp;Etternavn</source>
        <translation>&amp;Last name</translation>
    </message>
    <message>
        <source>Fø&amp;dselsdato eller -år</source>
        <translation>&amp;Date or year of birth</translation>
    </message>
    <message>
        <source>dd.mm.åååå eller åååå</source>
        <translation>dd.mm.yyyy or yyyy</translation>
    </message>
    <message>
        <source>Skriv fødselsdatoen (05.06.2015 eller 5.6.15), eller bare året (2015) hvis datoen ikke er kjent.</source>
        <translation>Type the date of birth (05.06.2015 or 5.6.15), or just the year (2015) if the date is not known.</translation>
    </message>
    <message>
        <source>&amp;Kjønn</source>
        <translation>&amp;Gender</translation>
    </message>
    <message>
        <source>&amp;Telefon</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>912 34 567 eller +46 …</source>
        <translation>912 34 567 or +46 …</translation>
    </message>
    <message>
        <source>E-&amp;post</source>
        <translation>E-&amp;mail</translation>
    </message>
    <message>
        <source>navn@eksempel.no</source>
        <translation>name@example.no</translation>
    </message>
    <message>
        <source>&amp;Språk</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Språket personen helst snakker.</source>
        <translation>The language the person prefers to speak.</translation>
    </message>
    <message>
        <source>Trenger t&amp;olk</source>
        <translation>Needs an &amp;interpreter</translation>
    </message>
    <message>
        <source>Bosted og personvern</source>
        <translation>Home and privacy</translation>
    </message>
    <message>
        <source>Omr&amp;åde</source>
        <translation>Ar&amp;ea</translation>
    </message>
    <message>
        <source>&amp;Husstand</source>
        <translation>&amp;Household</translation>
    </message>
    <message>
        <source>Ny…</source>
        <translation>New…</translation>
    </message>
    <message>
        <source>Lag en ny husstand for denne personen</source>
        <translation>Make a new household for this person</translation>
    </message>
    <message>
        <source>Endre…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <source>Endre navn, område eller adresse for husstanden</source>
        <translation>Change the name, area or address of the household</translation>
    </message>
    <message>
        <source>Lagrings&amp;grunnlag</source>
        <translation>Storage &amp;basis</translation>
    </message>
    <message>
        <source>Grunnlaget teamet lagrer opplysningene om personen på.</source>
        <translation>The basis on which the team stores information about the person.</translation>
    </message>
    <message>
        <source>Foresatt for</source>
        <translation>Guardian of</translation>
    </message>
    <message>
        <source>Fo&amp;resatte</source>
        <translation>Gua&amp;rdians</translation>
    </message>
    <message>
        <source>Foresatte til barn under 18 år: velg en registrert beboer, eller skriv navn og telefon.</source>
        <translation>Guardians of children under 18: choose a registered resident, or type name and phone.</translation>
    </message>
    <message>
        <source>Foresatte</source>
        <translation>Guardians</translation>
    </message>
    <message>
        <source>Sa&amp;mtykker</source>
        <translation>Co&amp;nsents</translation>
    </message>
    <message>
        <source>Samtykke brukes for det som er frivillig, som bilder og SMS. For barn under 15 år gir foresatte samtykket.</source>
        <translation>Consent is used for what is optional, such as photos and text messages. For children under 15 the guardians give consent.</translation>
    </message>
    <message>
        <source>Samtykker</source>
        <translation>Consents</translation>
    </message>
    <message>
        <source>&amp;Notater</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>Notater</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>ResidentTableModel</name>
    <message>
        <source>{consent} trukket</source>
        <translation>{consent} withdrawn</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Alder</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Kjønn</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Område</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Husstand</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Språk</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Samtykker</source>
        <translation>Consents</translation>
    </message>
    <message>
        <source>{language} (tolk)</source>
        <translation>{language} (interpreter)</translation>
    </message>
    <message>
        <source>Trenger tolk</source>
        <translation>Needs an interpreter</translation>
    </message>
    <message>
        <source>Anonymisert</source>
        <translation>Anonymised</translation>
    </message>
    <message>
        <source>Arkivert</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>Registrert ved oppmøte med bare det nødvendigste: åpne og fyll ut resten.</source>
        <translation>Registered at attendance with only the essentials: open it and fill in the rest.</translation>
    </message>
    <message>
        <source>Et samtykke er trukket tilbake: bruk ikke bilder eller kontakt som samtykket gjaldt.</source>
        <translation>A consent has been withdrawn: do not use photos or contact that the consent covered.</translation>
    </message>
</context>
<context>
    <name>ResidentsPage</name>
    <message>
        <source>Beboere</source>
        <translation>Residents</translation>
    </message>
    <message>
        <source>Alle områder</source>
        <translation>All areas</translation>
    </message>
    <message>
        <source>Uten område</source>
        <translation>Without area</translation>
    </message>
    <message>
        <source>Vis bare beboere i ett område</source>
        <translation>Show only residents in one area</translation>
    </message>
    <message>
        <source>Alle aldre</source>
        <translation>All ages</translation>
    </message>
    <message>
        <source>Barn (under 18)</source>
        <translation>Children (under 18)</translation>
    </message>
    <message>
        <source>Voksne</source>
        <translation>Adults</translation>
    </message>
    <message>
        <source>Må fullføres</source>
        <translation>Must be completed</translation>
    </message>
    <message>
        <source>Vis bare barn, voksne eller oppføringer som må fullføres</source>
        <translation>Show only children, adults or entries that must be completed</translation>
    </message>
    <message>
        <source>1 beboer</source>
        <translation>1 resident</translation>
    </message>
    <message>
        <source>{count} beboere</source>
        <translation>{count} residents</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Gjenopprett fra sikkerhetskopi</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>Hvilken kopi skal erstatte «{name}»?</source>
        <translation>Which copy is to replace «{name}»?</translation>
    </message>
    <message>
        <source>Det som er lagret etter at kopien ble tatt, går tapt. Samvirke tar først en kopi av databasen slik den er nå, så gjenopprettingen kan angres. Mens det pågår, kan ingen andre PC-er lagre.</source>
        <translation>What was saved after the copy was taken is lost. Samvirke first takes a copy of the database as it is now, so the restore can be undone. While it runs, no other PCs can save.</translation>
    </message>
    <message>
        <source>Sikkerhetskopier</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Fant ingen sikkerhetskopier i mappene Samvirke bruker. Velg en kopi med «Velg en annen fil…».</source>
        <translation>Found no backups in the folders Samvirke uses. Choose a copy with «Choose another file…».</translation>
    </message>
    <message>
        <source>Velg en &amp;annen fil…</source>
        <translation>Choose &amp;another file…</translation>
    </message>
    <message>
        <source>&amp;Gjenopprett</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Velg sikkerhetskopi</source>
        <translation>Choose backup</translation>
    </message>
    <message>
        <source>Samvirke-database (*.db);;Alle filer (*)</source>
        <translation>Samvirke database (*.db);;All files (*)</translation>
    </message>
</context>
<context>
    <name>RosterDelegate</name>
    <message>
        <source>{age} år</source>
        <translation>{age} years</translation>
    </message>
    <message>
        <source>Ikke foto</source>
        <translation>No photos</translation>
    </message>
    <message>
        <source>Ufullstendig</source>
        <translation>Incomplete</translation>
    </message>
    <message>
        <source>Ikke på listen</source>
        <translation>Not on the list</translation>
    </message>
</context>
<context>
    <name>RowTable</name>
    <message>
        <source>Fjern raden</source>
        <translation>Remove the row</translation>
    </message>
    <message>
        <source>Fjern rad {n}</source>
        <translation>Remove row {n}</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Ny timeplan</source>
        <translation>New schedule</translation>
    </message>
    <message>
        <source>Endre timeplan</source>
        <translation>Change schedule</translation>
    </message>
    <message>
        <source>&amp;Lagre og lag samlinger</source>
        <translation>&amp;Save and make sessions</translation>
    </message>
    <message>
        <source>Samlingene lages når du lagrer. Begynner timeplanen før i dag, lages også de tidligere samlingene, så oppmøtet kan skrives inn fra papir.</source>
        <translation>The sessions are made when you save. If the schedule begins before today, the earlier sessions are made too, so attendance can be typed in from paper.</translation>
    </message>
    <message>
        <source>Endringene gjelder fra i dag. Tidligere samlinger blir som de var, og en samling med registrert oppmøte blir aldri slettet.</source>
        <translation>The changes apply from today. Earlier sessions stay as they were, and a session with registered attendance is never deleted.</translation>
    </message>
    <message>
        <source>Hver uke</source>
        <translation>Every week</translation>
    </message>
    <message>
        <source>Annenhver uke</source>
        <translation>Every other week</translation>
    </message>
    <message>
        <source>Hver {n}. uke</source>
        <translation>Every {n}th week</translation>
    </message>
    <message>
        <source>Hopp over s&amp;koleferier ({municipality})</source>
        <translation>Skip s&amp;chool holidays ({municipality})</translation>
    </message>
    <message>
        <source>Skoleferiene står under Innstillinger → Skoleferier</source>
        <translation>The school holidays are under Settings → School holidays</translation>
    </message>
    <message>
        <source>Fyll ut timeplanen for å se samlingene den gir.</source>
        <translation>Fill in the schedule to see the sessions it gives.</translation>
    </message>
</context>
<context>
    <name>ScheduleForm</name>
    <message>
        <source>Uke&amp;dager</source>
        <translation>Week&amp;days</translation>
    </message>
    <message>
        <source>Ukedager</source>
        <translation>Weekdays</translation>
    </message>
    <message>
        <source>&amp;Man</source>
        <translation>&amp;Mon</translation>
    </message>
    <message>
        <source>&amp;Tir</source>
        <translation>&amp;Tue</translation>
    </message>
    <message>
        <source>&amp;Ons</source>
        <translation>&amp;Wed</translation>
    </message>
    <message>
        <source>T&amp;or</source>
        <translation>T&amp;hu</translation>
    </message>
    <message>
        <source>&amp;Fre</source>
        <translation>&amp;Fri</translation>
    </message>
    <message>
        <source>&amp;Lør</source>
        <translation>&amp;Sat</translation>
    </message>
    <message>
        <source>Sø&amp;n</source>
        <translation>S&amp;un</translation>
    </message>
    <message>
        <source>&amp;Starter kl.</source>
        <translation>&amp;Starts at</translation>
    </message>
    <message>
        <source>17:00</source>
        <translation>17:00</translation>
    </message>
    <message>
        <source>Slutter &amp;kl.</source>
        <translation>Ends &amp;at</translation>
    </message>
    <message>
        <source>19:00</source>
        <translation>19:00</translation>
    </message>
    <message>
        <source>Første &amp;dato</source>
        <translation>First &amp;date</translation>
    </message>
    <message>
        <source>Siste d&amp;ato</source>
        <translation>Last d&amp;ate</translation>
    </message>
    <message>
        <source>&amp;Hvor ofte</source>
        <translation>&amp;How often</translation>
    </message>
    <message>
        <source>Ste&amp;d</source>
        <translation>Pla&amp;ce</translation>
    </message>
    <message>
        <source>Aktivitetens sted</source>
        <translation>The activity&apos;s place</translation>
    </message>
    <message>
        <source>Hopp over &amp;helligdager (påske, 17. mai, pinse …)</source>
        <translation>Skip public &amp;holidays (Easter, 17 May, Whitsun …)</translation>
    </message>
    <message>
        <source>Hopp over s&amp;koleferier</source>
        <translation>Skip s&amp;chool holidays</translation>
    </message>
    <message>
        <source>Samlingene timeplanen gir</source>
        <translation>The sessions the schedule gives</translation>
    </message>
</context>
<context>
    <name>SchoolHolidayDialog</name>
    <message>
        <source>Ny skoleferie</source>
        <translation>New school holiday</translation>
    </message>
    <message>
        <source>Endre skoleferie</source>
        <translation>Change school holiday</translation>
    </message>
</context>
<context>
    <name>SchoolHolidayForm</name>
    <message>
        <source>&amp;Navn</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Første feriedag</source>
        <translation>&amp;First day of the holiday</translation>
    </message>
    <message>
        <source>&amp;Siste feriedag</source>
        <translation>&amp;Last day of the holiday</translation>
    </message>
    <message>
        <source>Ta med helgene i ferien, for eksempel mandag til søndag i uke 40. Samlinger i ferien fjernes når du trykker «Oppdater samlingene».</source>
        <translation>Include the weekends in the holiday, for example Monday to Sunday in week 40. Sessions in the holiday are removed when you press «Update the sessions».</translation>
    </message>
</context>
<context>
    <name>SchoolHolidayTableModel</name>
    <message>
        <source>Ferie</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <source>Første dag</source>
        <translation>First day</translation>
    </message>
    <message>
        <source>Siste dag</source>
        <translation>Last day</translation>
    </message>
    <message>
        <source>Uker</source>
        <translation>Weeks</translation>
    </message>
    <message>
        <source>Dager</source>
        <translation>Days</translation>
    </message>
</context>
<context>
    <name>SchoolHolidaysTab</name>
    <message>
        <source>Timeplanene hopper over skoleferiene til kommunen dere jobber i. Jul, påske og sommer regnes ut av seg selv; uka for høstferien og vinterferien varierer mellom kommunene.</source>
        <translation>The schedules skip the school holidays of the municipality you work in. Christmas, Easter and summer are worked out by themselves; the week of the autumn and winter holidays varies between municipalities.</translation>
    </message>
    <message>
        <source>Kommunen</source>
        <translation>The municipality</translation>
    </message>
    <message>
        <source>For eksempel Oslo</source>
        <translation>For example Oslo</translation>
    </message>
    <message>
        <source>uke </source>
        <translation>week </translation>
    </message>
    <message>
        <source>&amp;Kommune</source>
        <translation>&amp;Municipality</translation>
    </message>
    <message>
        <source>&amp;Høstferie i</source>
        <translation>&amp;Autumn holiday in</translation>
    </message>
    <message>
        <source>&amp;Vinterferie i</source>
        <translation>&amp;Winter holiday in</translation>
    </message>
    <message>
        <source>&amp;Lagre kommunen</source>
        <translation>&amp;Save the municipality</translation>
    </message>
    <message>
        <source>Vis &amp;tidligere skoleår</source>
        <translation>Show &amp;earlier school years</translation>
    </message>
    <message>
        <source>Skoleferier</source>
        <translation>School holidays</translation>
    </message>
    <message>
        <source>Fyll inn &amp;skoleåret</source>
        <translation>Fill in the &amp;school year</translation>
    </message>
    <message>
        <source>Fyll &amp;inn</source>
        <translation>Fill &amp;in</translation>
    </message>
    <message>
        <source>Legg inn høstferie, juleferie, vinterferie, påskeferie og sommerferie for skoleåret etter kommunens uker. Ferier som alt er lagt inn, blir ikke lagt inn på nytt.</source>
        <translation>Add autumn, Christmas, winter, Easter and summer holidays for the school year from the municipality&apos;s weeks. Holidays already added are not added again.</translation>
    </message>
    <message>
        <source>&amp;Ny ferie…</source>
        <translation>&amp;New holiday…</translation>
    </message>
    <message>
        <source>&amp;Endre…</source>
        <translation>&amp;Change…</translation>
    </message>
    <message>
        <source>S&amp;lett</source>
        <translation>De&amp;lete</translation>
    </message>
    <message>
        <source>&amp;Oppdater samlingene</source>
        <translation>&amp;Update the sessions</translation>
    </message>
    <message>
        <source>Lag og fjern samlinger fra i dag av, så timeplanene følger skoleferiene slik de står nå. Samlinger med registrert oppmøte blir alltid beholdt.</source>
        <translation>Make and remove sessions from today on, so the schedules follow the school holidays as they are now. Sessions with registered attendance are always kept.</translation>
    </message>
    <message>
        <source>Skoleferier i {municipality}</source>
        <translation>School holidays in {municipality}</translation>
    </message>
    <message>
        <source>Sjekk feltene</source>
        <translation>Check the fields</translation>
    </message>
    <message>
        <source>Lagret: {municipality}, høstferie i uke {autumn}, vinterferie i uke {winter}. Fyll inn skoleåret for å legge inn feriene.</source>
        <translation>Saved: {municipality}, autumn holiday in week {autumn}, winter holiday in week {winter}. Fill in the school year to add the holidays.</translation>
    </message>
    <message>
        <source>Skoleferiene for {year} var allerede lagt inn. Endre dem i listen hvis kommunen har andre datoer.</source>
        <translation>The school holidays for {year} were already added. Change them in the list if the municipality has other dates.</translation>
    </message>
    <message>
        <source>{n} ferier lagt inn for skoleåret {year}.</source>
        <translation>{n} holidays added for the school year {year}.</translation>
    </message>
    <message>
        <source>Disse fantes fra før og ble latt være: {names}.</source>
        <translation>These existed already and were left alone: {names}.</translation>
    </message>
    <message>
        <source>Trykk «Oppdater samlingene» så timeplanene følger dem.</source>
        <translation>Press «Update the sessions» so the schedules follow them.</translation>
    </message>
    <message>
        <source>Slette ferien?</source>
        <translation>Delete the holiday?</translation>
    </message>
    <message>
        <source>Vil du slette {name} ({weeks})? Samlinger lages igjen i disse dagene når du trykker «Oppdater samlingene».</source>
        <translation>Do you want to delete {name} ({weeks})? Sessions are made again on these days when you press «Update the sessions».</translation>
    </message>
    <message>
        <source>Slett</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Samlingene er oppdatert fra i dag: {created} nye, {removed} fjernet.</source>
        <translation>The sessions have been updated from today: {created} new, {removed} removed.</translation>
    </message>
    <message>
        <source>{n} samlinger i ferien har registrert oppmøte og ble beholdt.</source>
        <translation>{n} sessions in the holiday have registered attendance and were kept.</translation>
    </message>
</context>
<context>
    <name>SessionCancelForm</name>
    <message>
        <source>&amp;Hvorfor avlyses den?</source>
        <translation>&amp;Why is it cancelled?</translation>
    </message>
    <message>
        <source>Grunnen vises i samlingslisten, i kalenderen og i rapportene. Oppmøte som alt er registrert, blir ikke slettet.</source>
        <translation>The reason is shown in the session list, in the calendar and in the reports. Attendance already registered is not deleted.</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Ny samling</source>
        <translation>New session</translation>
    </message>
    <message>
        <source>En samling utenom timeplanen, for eksempel en ekstra kveld eller en tur. Tomt sted: aktivitetens sted.</source>
        <translation>A session outside the schedule, for example an extra evening or a trip. Empty place: the activity&apos;s place.</translation>
    </message>
    <message>
        <source>Endre eller flytt samlingen</source>
        <translation>Change or move the session</translation>
    </message>
    <message>
        <source>{session}. Skriv ny dato eller nye klokkeslett for å flytte samlingen. Oppmøtet som er registrert, følger med.</source>
        <translation>{session}. Type a new date or new times to move the session. The registered attendance goes with it.</translation>
    </message>
</context>
<context>
    <name>SessionForm</name>
    <message>
        <source>&amp;Dato</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Starter kl.</source>
        <translation>&amp;Starts at</translation>
    </message>
    <message>
        <source>17:00</source>
        <translation>17:00</translation>
    </message>
    <message>
        <source>Slutter &amp;kl.</source>
        <translation>Ends &amp;at</translation>
    </message>
    <message>
        <source>19:00</source>
        <translation>19:00</translation>
    </message>
    <message>
        <source>S&amp;ted</source>
        <translation>P&amp;lace</translation>
    </message>
    <message>
        <source>T&amp;ema</source>
        <translation>T&amp;opic</translation>
    </message>
    <message>
        <source>For eksempel Brannvern i blokka (for temakvelder)</source>
        <translation>For example Fire safety in the block (for theme evenings)</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Aktivitet</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Sted</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Til stede</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>{activity} (avlyst)</source>
        <translation>{activity} (cancelled)</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Innstillinger</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Hurtigtaster – Samvirke</source>
        <translation>Keyboard shortcuts – Samvirke</translation>
    </message>
    <message>
        <source>Alt i Samvirke kan gjøres med tastaturet. Tekststørrelse og farger velger du under Innstillinger → Språk og visning.</source>
        <translation>Everything in Samvirke can be done with the keyboard. Choose text size and colours under Settings → Language and display.</translation>
    </message>
    <message>
        <source>Hurtigtaster</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Taster</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Hva de gjør</source>
        <translation>What they do</translation>
    </message>
    <message>
        <source>Overalt</source>
        <translation>Everywhere</translation>
    </message>
    <message>
        <source>Brukerveiledning</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>{first} … {last}</source>
        <translation>{first} … {last}</translation>
    </message>
    <message>
        <source>Gå til side nummer 1 til 9 i listen til venstre</source>
        <translation>Go to page number 1 to 9 in the list on the left</translation>
    </message>
    <message>
        <source>Alt + understreket bokstav</source>
        <translation>Alt + underlined letter</translation>
    </message>
    <message>
        <source>Trykk knappen eller gå til feltet med den bokstaven understreket</source>
        <translation>Press the button or go to the field with that letter underlined</translation>
    </message>
    <message>
        <source>Neste / forrige felt eller knapp</source>
        <translation>Next / previous field or button</translation>
    </message>
    <message>
        <source>Åpne database</source>
        <translation>Open database</translation>
    </message>
    <message>
        <source>Avslutt Samvirke</source>
        <translation>Quit Samvirke</translation>
    </message>
    <message>
        <source>Lister (Beboere, Frivillige, Aktiviteter …)</source>
        <translation>Lists (Residents, Volunteers, Activities …)</translation>
    </message>
    <message>
        <source>Søk i listen</source>
        <translation>Search the list</translation>
    </message>
    <message>
        <source>Ny oppføring</source>
        <translation>New entry</translation>
    </message>
    <message>
        <source>Enter eller dobbeltklikk</source>
        <translation>Enter or double-click</translation>
    </message>
    <message>
        <source>Åpne raden</source>
        <translation>Open the row</translation>
    </message>
    <message>
        <source>Skjemaer</source>
        <translation>Forms</translation>
    </message>
    <message>
        <source>Lagre</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Lukk uten å lagre (du blir spurt om endringer)</source>
        <translation>Close without saving (you are asked about changes)</translation>
    </message>
    <message>
        <source>Velg dato i kalenderen (i et datofelt)</source>
        <translation>Choose a date in the calendar (in a date field)</translation>
    </message>
    <message>
        <source>Samlinger og timeplan</source>
        <translation>Sessions and schedule</translation>
    </message>
    <message>
        <source>Ny samling</source>
        <translation>New session</translation>
    </message>
    <message>
        <source>Registrer oppmøte på samlingen</source>
        <translation>Register attendance at the session</translation>
    </message>
    <message>
        <source>Oppmøte</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Søk etter navn</source>
        <translation>Search for a name</translation>
    </message>
    <message>
        <source>Nytt barn</source>
        <translation>New child</translation>
    </message>
    <message>
        <source>Til stede / ikke til stede</source>
        <translation>Present / not present</translation>
    </message>
    <message>
        <source>Rolle: barn, forelder, voksen</source>
        <translation>Role: child (B), parent (F), adult (V)</translation>
    </message>
    <message>
        <source>Les inn på nytt</source>
        <translation>Load again</translation>
    </message>
    <message>
        <source>Lukk</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Oppmøte fra papir (måned)</source>
        <translation>Attendance from paper (month)</translation>
    </message>
    <message>
        <source>Forrige / neste måned</source>
        <translation>Previous / next month</translation>
    </message>
    <message>
        <source>Piltastene</source>
        <translation>The arrow keys</translation>
    </message>
    <message>
        <source>Flytt mellom rutene</source>
        <translation>Move between the boxes</translation>
    </message>
    <message>
        <source>Kryss av eller fjern krysset</source>
        <translation>Tick or remove the tick</translation>
    </message>
    <message>
        <source>X eller 1</source>
        <translation>X or 1</translation>
    </message>
    <message>
        <source>Til stede, og gå ned</source>
        <translation>Present, and move down</translation>
    </message>
    <message>
        <source>0 eller {delete}</source>
        <translation>0 or {delete}</translation>
    </message>
    <message>
        <source>Fjern, og gå ned</source>
        <translation>Remove, and move down</translation>
    </message>
    <message>
        <source>Rapporter</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Lag PDF</source>
        <translation>Make PDF</translation>
    </message>
    <message>
        <source>&amp;Hurtigtaster</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Sider</source>
        <translation>Pages</translation>
    </message>
</context>
<context>
    <name>SignedOutPanel</name>
    <message>
        <source>Logg inn for å bruke Samvirke</source>
        <translation>Log in to use Samvirke</translation>
    </message>
    <message>
        <source>&amp;Logg inn…</source>
        <translation>&amp;Log in…</translation>
    </message>
    <message>
        <source>Databasen «{name}» er kryptert. Logg inn med ditt eget brukernavn og passord for å åpne den.
{location}</source>
        <translation>The database “{name}” is encrypted. Log in with your own user name and password to open it.
{location}</translation>
    </message>
    <message>
        <source>Databasen «{name}» har brukerkontoer. Logg inn med ditt eget brukernavn.
{location}</source>
        <translation>The database «{name}» has user accounts. Log in with your own username.
{location}</translation>
    </message>
</context>
<context>
    <name>SigningIn</name>
    <message>
        <source>Ikke innlogget</source>
        <translation>Not logged in</translation>
    </message>
    <message>
        <source>Uten brukerkontoer</source>
        <translation>Without user accounts</translation>
    </message>
    <message>
        <source>Databasen har ingen brukere, så alle som åpner den, kan se og endre alt. Lag en administrator under Innstillinger → Brukere.</source>
        <translation>The database has no users, so anyone who opens it can see and change everything. Create an administrator under Settings → Users.</translation>
    </message>
    <message>
        <source>Innlogget: {name} ({role})</source>
        <translation>Logged in: {name} ({role})</translation>
    </message>
    <message>
        <source>Brukernavn: {username}</source>
        <translation>Username: {username}</translation>
    </message>
    <message>
        <source>Avslutt</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <source>Sted</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Nytt område</source>
        <translation>New area</translation>
    </message>
    <message>
        <source>Område – {name}</source>
        <translation>Area – {name}</translation>
    </message>
    <message>
        <source>I bruk: {history}.</source>
        <translation>In use: {history}.</translation>
    </message>
</context>
<context>
    <name>SiteForm</name>
    <message>
        <source>&amp;Navn</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>f.eks. Kvartal 5, Sandaker</source>
        <translation>e.g. Kvartal 5, Sandaker</translation>
    </message>
    <message>
        <source>&amp;Adresse</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <source>Gate og nummer</source>
        <translation>Street and number</translation>
    </message>
    <message>
        <source>&amp;Postnummer og sted</source>
        <translation>&amp;Postcode and town</translation>
    </message>
    <message>
        <source>0000</source>
        <translation>0000</translation>
    </message>
    <message>
        <source>Sted</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Antall &amp;boliger</source>
        <translation>Number of &amp;homes</translation>
    </message>
    <message>
        <source>Hvor mange kommunale boliger området har (valgfritt).</source>
        <translation>How many municipal homes the area has (optional).</translation>
    </message>
    <message>
        <source>N&amp;otater</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>Notater</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>SiteTableModel</name>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Postnummer og sted</source>
        <translation>Postcode and town</translation>
    </message>
    <message>
        <source>Boliger</source>
        <translation>Homes</translation>
    </message>
    <message>
        <source>Beboere</source>
        <translation>Residents</translation>
    </message>
    <message>
        <source>Aktiviteter</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Arkivert</source>
        <translation>Archived</translation>
    </message>
</context>
<context>
    <name>SitesTab</name>
    <message>
        <source>Områdene teamet jobber i: blokker, gårder og adresser. Beboere, husstander, aktiviteter og samarbeidspartnere knyttes til dem. Et område som er i bruk, arkiveres i stedet for å slettes.</source>
        <translation>The areas the team works in: blocks, courts and addresses. Residents, households, activities and partners are linked to them. An area in use is archived instead of deleted.</translation>
    </message>
    <message>
        <source>Vis arkiverte</source>
        <translation>Show archived</translation>
    </message>
    <message>
        <source>&amp;Nytt område</source>
        <translation>&amp;New area</translation>
    </message>
    <message>
        <source>Områder</source>
        <translation>Areas</translation>
    </message>
    <message>
        <source>1 område</source>
        <translation>1 area</translation>
    </message>
    <message>
        <source>{count} områder</source>
        <translation>{count} areas</translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <source>Ingen aktiviteter med navngitte deltakere</source>
        <translation>No activities with named participants</translation>
    </message>
    <message>
        <source>Velg regnearket</source>
        <translation>Choose the spreadsheet</translation>
    </message>
    <message>
        <source>Leser {name} …</source>
        <translation>Reading {name} …</translation>
    </message>
    <message>
        <source>, arket «{sheet}»</source>
        <translation>, the sheet «{sheet}»</translation>
    </message>
    <message>
        <source> ({encoding}, skilt med {delimiter})</source>
        <translation> ({encoding}, separated by {delimiter})</translation>
    </message>
    <message>
        <source>1 rad</source>
        <translation>1 row</translation>
    </message>
    <message>
        <source>{n} rader</source>
        <translation>{n} rows</translation>
    </message>
    <message>
        <source>{file}{where}{how}: {count} under overskriftsraden (rad {header}), {columns} kolonner.</source>
        <translation>{file}{where}{how}: {count} below the heading row (row {header}), {columns} columns.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Aktivitet: {name}.</source>
        <translation>Activity: {name}.</translation>
    </message>
    <message>
        <source>Fra {file}.</source>
        <translation>From {file}.</translation>
    </message>
    <message>
        <source>Kolonnevalgene er husket til neste import.</source>
        <translation>The column choices are remembered for the next import.</translation>
    </message>
    <message>
        <source>{rows} ble ikke importert. Lagre rapporten for å se hvorfor: den har de samme kolonnene som filen, pluss radnummer og grunn, så du kan rette radene og importere dem på nytt.</source>
        <translation>{rows} were not imported. Save the report to see why: it has the same columns as the file, plus row number and reason, so you can correct the rows and import them again.</translation>
    </message>
    <message>
        <source>1 rad</source>
        <translation>1 row</translation>
    </message>
    <message>
        <source>{n} rader</source>
        <translation>{n} rows</translation>
    </message>
    <message>
        <source>Ingen rader ble hoppet over.</source>
        <translation>No rows were skipped.</translation>
    </message>
    <message>
        <source>Lagre rapport over radene som ble hoppet over</source>
        <translation>Save a report of the rows that were skipped</translation>
    </message>
    <message>
        <source>Rapporten er lagret: {path}</source>
        <translation>The report has been saved: {path}</translation>
    </message>
</context>
<context>
    <name>TeamTab</name>
    <message>
        <source>Teamets navn, bydel og logo står øverst på alle rapporter. Telefon og e-post står på aktivitetskalenderen og timeattesten, organisasjonsnummeret ved underskriften på timeattesten og rapporten til tilskuddsgiveren.</source>
        <translation>The team&apos;s name, district and logo are printed at the top of every report. Phone and e-mail are printed on the activity calendar and the hours statement, the organisation number beside the signature on the hours statement and the grant report.</translation>
    </message>
    <message>
        <source>f.eks. Bo- og nærmiljøteamet</source>
        <translation>e.g. The housing and neighbourhood team</translation>
    </message>
    <message>
        <source>f.eks. Bydel Sagene</source>
        <translation>e.g. Bydel Sagene</translation>
    </message>
    <message>
        <source>Ingen logo</source>
        <translation>No logo</translation>
    </message>
    <message>
        <source>&amp;Velg bilde…</source>
        <translation>&amp;Choose picture…</translation>
    </message>
    <message>
        <source>Teamets &amp;navn</source>
        <translation>Team &amp;name</translation>
    </message>
    <message>
        <source>&amp;Bydel</source>
        <translation>&amp;District</translation>
    </message>
    <message>
        <source>&amp;Logo (PNG eller JPG)</source>
        <translation>&amp;Logo (PNG or JPG)</translation>
    </message>
    <message>
        <source>f.eks. 912 34 567</source>
        <translation>e.g. 912 34 567</translation>
    </message>
    <message>
        <source>Står på aktivitetskalenderen, så beboerne vet hvem de kan ringe</source>
        <translation>Printed on the activity calendar, so residents know whom to call</translation>
    </message>
    <message>
        <source>f.eks. bomiljo@bydel.oslo.kommune.no</source>
        <translation>e.g. bomiljo@bydel.oslo.kommune.no</translation>
    </message>
    <message>
        <source>Står på aktivitetskalenderen sammen med telefonnummeret</source>
        <translation>Printed on the activity calendar with the phone number</translation>
    </message>
    <message>
        <source>&amp;Telefon</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>&amp;E-post</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>9 siffer, f.eks. 974 778 807</source>
        <translation>9 digits, e.g. 974 778 807</translation>
    </message>
    <message>
        <source>Bydelens eller teamets organisasjonsnummer; står ved underskriften i rapporten til tilskuddsgiveren</source>
        <translation>The district&apos;s or team&apos;s organisation number; printed by the signature in the report to the funder</translation>
    </message>
    <message>
        <source>&amp;Organisasjonsnummer</source>
        <translation>&amp;Organisation number</translation>
    </message>
    <message>
        <source>&amp;Lagre</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Velg logo</source>
        <translation>Choose logo</translation>
    </message>
    <message>
        <source>Bilder (*.png *.jpg *.jpeg)</source>
        <translation>Pictures (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Fant ikke bildet</source>
        <translation>Picture not found</translation>
    </message>
    <message>
        <source>Finner ikke filen {path}. Velg bildet på nytt, eller tøm feltet for å lage rapporter uten logo.</source>
        <translation>Cannot find the file {path}. Choose the picture again, or empty the field to make reports without a logo.</translation>
    </message>
</context>
<context>
    <name>UnregisteredModel</name>
    <message>
        <source>Når</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Aktivitet</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Dobbeltklikk eller Enter for å registrere oppmøtet.</source>
        <translation>Double-click or Enter to register the attendance.</translation>
    </message>
</context>
<context>
    <name>UnregisteredSessionsCard</name>
    <message>
        <source>Holdt uten registrert oppmøte</source>
        <translation>Held without registered attendance</translation>
    </message>
    <message>
        <source>Alle samlinger de siste {weeks} ukene har oppmøte registrert.</source>
        <translation>All sessions in the last {weeks} weeks have attendance registered.</translation>
    </message>
    <message>
        <source>siste {weeks} uker: {count}</source>
        <translation>last {weeks} weeks: {count}</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>Ny bruker</source>
        <translation>New user</translation>
    </message>
    <message>
        <source>Endre bruker</source>
        <translation>Change user</translation>
    </message>
    <message>
        <source>Alt, også brukere, sikkerhetskopier, endringsloggen og innstillingene.</source>
        <translation>Everything, including users, backups, the change log and the settings.</translation>
    </message>
    <message>
        <source>Alle registre, aktiviteter, oppmøte og søknader.</source>
        <translation>All registers, activities, attendance and applications.</translation>
    </message>
    <message>
        <source>Samlinger, oppmøte og deltakere i aktivitetene som er krysset av nedenfor. Ser ikke søknadene.</source>
        <translation>Sessions, attendance and participants in the activities ticked below. Does not see the applications.</translation>
    </message>
    <message>
        <source>Søknader, statistikk og rapporter til tilskuddsgivere. Ser ingen lister med navn på beboere.</source>
        <translation>Applications, statistics and reports to funders. Sees no lists with residents&apos; names.</translation>
    </message>
    <message>
        <source>Passordene er ikke like. Skriv det samme passordet to ganger.</source>
        <translation>The passwords are not the same. Type the same password twice.</translation>
    </message>
    <message>
        <source>Skriv hele navnet.</source>
        <translation>Type the full name.</translation>
    </message>
</context>
<context>
    <name>UserForm</name>
    <message>
        <source>&amp;Fullt navn</source>
        <translation>&amp;Full name</translation>
    </message>
    <message>
        <source>f.eks. Hanne Lie</source>
        <translation>e.g. Hanne Lie</translation>
    </message>
    <message>
        <source>&amp;Brukernavn</source>
        <translation>&amp;Username</translation>
    </message>
    <message>
        <source>f.eks. hanne.lie</source>
        <translation>e.g. hanne.lie</translation>
    </message>
    <message>
        <source>&amp;Rolle</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <source>&amp;Passord</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>minst 8 tegn</source>
        <translation>at least 8 characters</translation>
    </message>
    <message>
        <source>&amp;Gjenta passordet</source>
        <translation>&amp;Repeat the password</translation>
    </message>
    <message>
        <source>Til&amp;gang</source>
        <translation>Ac&amp;cess</translation>
    </message>
    <message>
        <source>Kan logge inn</source>
        <translation>Can log in</translation>
    </message>
    <message>
        <source>Leder &amp;aktivitetene</source>
        <translation>Leads the &amp;activities</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>&amp;Brukerveiledning</source>
        <translation>&amp;User guide</translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Brukernavn</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Leder aktivitetene</source>
        <translation>Leads the activities</translation>
    </message>
    <message>
        <source>Sist innlogget</source>
        <translation>Last logged in</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Aldri</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>Aktiv</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Deaktivert</source>
        <translation>Deactivated</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>Alle på teamet logger inn med eget brukernavn. Rollen bestemmer hva de ser og kan endre, og endringsloggen viser hvem som har gjort hva.</source>
        <translation>Everyone in the team logs in with their own username. The role decides what they see and can change, and the change log shows who did what.</translation>
    </message>
    <message>
        <source>Databasen har ingen brukere ennå, så alle som åpner den, kan se og endre alt. Lag en administrator først; deretter legger du til kollegene.</source>
        <translation>The database has no users yet, so anyone who opens it can see and change everything. Create an administrator first; then add your colleagues.</translation>
    </message>
    <message>
        <source>&amp;Lag administrator…</source>
        <translation>&amp;Create administrator…</translation>
    </message>
    <message>
        <source>Brukere</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>&amp;Ny bruker…</source>
        <translation>&amp;New user…</translation>
    </message>
    <message>
        <source>&amp;Endre…</source>
        <translation>&amp;Change…</translation>
    </message>
    <message>
        <source>Nytt &amp;passord…</source>
        <translation>New &amp;password…</translation>
    </message>
    <message>
        <source>&amp;Deaktiver</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <source>&amp;Aktiver</source>
        <translation>&amp;Activate</translation>
    </message>
    <message>
        <source>Du kan ikke deaktivere deg selv.</source>
        <translation>You cannot deactivate yourself.</translation>
    </message>
    <message>
        <source>Deaktivere brukeren?</source>
        <translation>Deactivate the user?</translation>
    </message>
    <message>
        <source>{name} kan ikke lenger logge inn. Det vedkommende har gjort, står fortsatt i endringsloggen, og brukeren kan aktiveres igjen senere.</source>
        <translation>{name} can no longer log in. What they have done is still in the change log, and the user can be activated again later.</translation>
    </message>
    <message>
        <source>Deaktiver</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>VolunteerDialog</name>
    <message>
        <source>Ny ferdighet, f.eks. Kjemi</source>
        <translation>New skill, e.g. Chemistry</translation>
    </message>
    <message>
        <source>Nytt språk</source>
        <translation>New language</translation>
    </message>
    <message>
        <source>Nei</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Ny frivillig</source>
        <translation>New volunteer</translation>
    </message>
    <message>
        <source>Frivillig – {name}</source>
        <translation>Volunteer – {name}</translation>
    </message>
    <message>
        <source>Sluttet {date}. Tøm sluttdatoen hvis den frivillige er tilbake.</source>
        <translation>Left {date}. Empty the end date if the volunteer is back.</translation>
    </message>
    <message>
        <source>Fant ingen beboer som heter «{text}». Velg fra listen, eller tøm feltet.</source>
        <translation>Found no resident called «{text}». Choose from the list, or empty the field.</translation>
    </message>
    <message>
        <source>: kan ikke være med på aktiviteter med barn før attesten er vist.</source>
        <translation>: cannot take part in activities with children until the certificate has been shown.</translation>
    </message>
    <message>
        <source>: må vise ny attest før aktiviteter med barn.</source>
        <translation>: must show a new certificate before activities with children.</translation>
    </message>
</context>
<context>
    <name>VolunteerEntryModel</name>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Politiattest</source>
        <translation>Police certificate</translation>
    </message>
    <message>
        <source>Mangler gyldig politiattest. Aktiviteten er for barn: se attesten før vedkommende er med, og registrer datoen på den frivillige.</source>
        <translation>Missing a valid police certificate. The activity is for children: see the certificate before they take part, and register the date on the volunteer.</translation>
    </message>
</context>
<context>
    <name>VolunteerForm</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>&amp;Fornavn</source>
        <translation>&amp;First name</translation>
    </message>
    <message>
        <source>&amp;Etternavn</source>
        <translation>&amp;Last name</translation>
    </message>
    <message>
        <source>Fødsels&amp;år</source>
        <translation>Birth &amp;year</translation>
    </message>
    <message>
        <source>åååå</source>
        <translation>yyyy</translation>
    </message>
    <message>
        <source>&amp;Telefon</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>912 34 567 eller +46 …</source>
        <translation>912 34 567 or +46 …</translation>
    </message>
    <message>
        <source>E-&amp;post</source>
        <translation>E-&amp;mail</translation>
    </message>
    <message>
        <source>navn@eksempel.no</source>
        <translation>name@example.no</translation>
    </message>
    <message>
        <source>Er også beboe&amp;r</source>
        <translation>Is also a reside&amp;nt</translation>
    </message>
    <message>
        <source>Hvis den frivillige også er registrert som beboer</source>
        <translation>If the volunteer is also registered as a resident</translation>
    </message>
    <message>
        <source>Innsats</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <source>St&amp;art</source>
        <translation>St&amp;art</translation>
    </message>
    <message>
        <source>Sl&amp;utt</source>
        <translation>E&amp;nd</translation>
    </message>
    <message>
        <source>Kan k&amp;omme</source>
        <translation>Can c&amp;ome</translation>
    </message>
    <message>
        <source>ma</source>
        <translation>Mo</translation>
    </message>
    <message>
        <source>mandag</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>ti</source>
        <translation>Tu</translation>
    </message>
    <message>
        <source>tirsdag</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>on</source>
        <translation>We</translation>
    </message>
    <message>
        <source>onsdag</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>to</source>
        <translation>Th</translation>
    </message>
    <message>
        <source>torsdag</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>fr</source>
        <translation>Fr</translation>
    </message>
    <message>
        <source>fredag</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>lø</source>
        <translation>Sa</translation>
    </message>
    <message>
        <source>lørdag</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>sø</source>
        <translation>Su</translation>
    </message>
    <message>
        <source>søndag</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>Taushetserklæring si&amp;gnert</source>
        <translation>Confidentiality declaration si&amp;gned</translation>
    </message>
    <message>
        <source>Politiattest</source>
        <translation>Police certificate</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Må vise politiattest (arbeid med barn)</source>
        <translation>&amp;Must show a police certificate (work with children)</translation>
    </message>
    <message>
        <source>&amp;Bestilt</source>
        <translation>&amp;Requested</translation>
    </message>
    <message>
        <source>Ut&amp;stedt</source>
        <translation>I&amp;ssued</translation>
    </message>
    <message>
        <source>&amp;Vist fram</source>
        <translation>&amp;Shown</translation>
    </message>
    <message>
        <source>&amp;Hvem så den</source>
        <translation>&amp;Who saw it</translation>
    </message>
    <message>
        <source>Navnet på den i teamet som så attesten</source>
        <translation>The name of the person in the team who saw the certificate</translation>
    </message>
    <message>
        <source>Ansvarlig v&amp;irksomhet</source>
        <translation>Responsible organ&amp;isation</translation>
    </message>
    <message>
        <source>f.eks. Bydel Sagene</source>
        <translation>e.g. Bydel Sagene</translation>
    </message>
    <message>
        <source>Forn&amp;yes etter</source>
        <translation>Rene&amp;wed after</translation>
    </message>
    <message>
        <source> år</source>
        <translation> years</translation>
    </message>
    <message>
        <source>Selve politiattesten lagres aldri i Samvirke, bare at den er sett og av hvem.</source>
        <translation>The police certificate itself is never stored in Samvirke, only that it has been seen and by whom.</translation>
    </message>
    <message>
        <source>Fer&amp;digheter</source>
        <translation>Ski&amp;lls</translation>
    </message>
    <message>
        <source>Ferdigheter</source>
        <translation>Skills</translation>
    </message>
    <message>
        <source>Språ&amp;k</source>
        <translation>Lan&amp;guages</translation>
    </message>
    <message>
        <source>Språk</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>&amp;Notater</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>Notater</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>VolunteerModel</name>
    <message>
        <source>Ikke en av de faste frivillige på aktiviteten.</source>
        <translation>Not one of the activity&apos;s regular volunteers.</translation>
    </message>
</context>
<context>
    <name>VolunteerTableModel</name>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Ferdigheter</source>
        <translation>Skills</translation>
    </message>
    <message>
        <source>Språk</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Kan komme</source>
        <translation>Can come</translation>
    </message>
    <message>
        <source>Politiattest</source>
        <translation>Police certificate</translation>
    </message>
    <message>
        <source>Timer {semester}</source>
        <translation>Hours {semester}</translation>
    </message>
    <message>
        <source>Gyldig til {date}</source>
        <translation>Valid until {date}</translation>
    </message>
    <message>
        <source>Utløper {date}</source>
        <translation>Expires {date}</translation>
    </message>
    <message>
        <source>Utløpt {date}</source>
        <translation>Expired {date}</translation>
    </message>
    <message>
        <source>Mangler, bestilt {date}</source>
        <translation>Missing, requested {date}</translation>
    </message>
    <message>
        <source>Arkivert</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>Sluttet {date}</source>
        <translation>Left {date}</translation>
    </message>
    <message>
        <source>Begynner {date}</source>
        <translation>Starts {date}</translation>
    </message>
    <message>
        <source>. Kan ikke være med på aktiviteter med barn før en gyldig politiattest er vist.</source>
        <translation>. Cannot take part in activities with children until a valid police certificate has been shown.</translation>
    </message>
</context>
<context>
    <name>VolunteersPage</name>
    <message>
        <source>Frivillige</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <source>Alle</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Aktive nå</source>
        <translation>Active now</translation>
    </message>
    <message>
        <source>Sluttet</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Vis bare frivillige som er aktive nå, eller som har sluttet</source>
        <translation>Show only volunteers who are active now, or who have left</translation>
    </message>
    <message>
        <source>Alle politiattester</source>
        <translation>All police certificates</translation>
    </message>
    <message>
        <source>Må følges opp</source>
        <translation>Needs follow-up</translation>
    </message>
    <message>
        <source>Vis frivillige etter status for politiattesten</source>
        <translation>Show volunteers by the status of their police certificate</translation>
    </message>
    <message>
        <source>1 frivillig</source>
        <translation>1 volunteer</translation>
    </message>
    <message>
        <source>{count} frivillige</source>
        <translation>{count} volunteers</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>Velkommen til Samvirke</source>
        <translation>Welcome to Samvirke</translation>
    </message>
    <message>
        <source>Samvirke holder orden på beboere, aktiviteter, oppmøte, frivillige og søknader for teamet. Hvordan vil du begynne?</source>
        <translation>Samvirke keeps track of residents, activities, attendance, volunteers and applications for the team. How do you want to begin?</translation>
    </message>
    <message>
        <source>&amp;Lag en ny database for teamet</source>
        <translation>&amp;Make a new database for the team</translation>
    </message>
    <message>
        <source>Velg hvor den skal ligge: på denne PC-en, eller i teamets delte mappe så kollegene kan bruke den samme. Du blir administrator.</source>
        <translation>Choose where it is to be kept: on this PC, or in the team&apos;s shared folder so your colleagues can use the same one. You become the administrator.</translation>
    </message>
    <message>
        <source>Å&amp;pne en database som finnes</source>
        <translation>O&amp;pen a database that exists</translation>
    </message>
    <message>
        <source>For eksempel filen en kollega har laget i den delte mappen. Du logger inn med brukernavnet du har fått.</source>
        <translation>For example the file a colleague has made in the shared folder. You log in with the username you have been given.</translation>
    </message>
    <message>
        <source>P&amp;røv med eksempeldata</source>
        <translation>T&amp;ry with example data</translation>
    </message>
    <message>
        <source>En egen demodatabase med oppdiktede beboere og aktiviteter. Den blandes ikke med teamets data.</source>
        <translation>A separate demo database with made-up residents and activities. It is not mixed with the team&apos;s data.</translation>
    </message>
    <message>
        <source>Samvirke husker valget ditt og åpner den samme databasen neste gang. Du kan bytte senere med Fil → Åpne database.</source>
        <translation>Samvirke remembers your choice and opens the same database next time. You can change later with File → Open database.</translation>
    </message>
</context>
<context>
    <name>YearSumsTableModel</name>
    <message>
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Søknader</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>Søkt</source>
        <translation>Applied for</translation>
    </message>
    <message>
        <source>Innvilget</source>
        <translation>Granted</translation>
    </message>
    <message>
        <source>ikke avgjort</source>
        <translation>not decided</translation>
    </message>
    <message>
        <source>{n} av søknadene har ikke fått svar ennå.</source>
        <translation>{n} of the applications have not been answered yet.</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <source>1 rad</source>
        <translation>1 row</translation>
    </message>
    <message>
        <source>{n} rader</source>
        <translation>{n} rows</translation>
    </message>
    <message>
        <source>semikolon</source>
        <translation>semicolon</translation>
    </message>
    <message>
        <source>komma</source>
        <translation>comma</translation>
    </message>
    <message>
        <source>tabulator</source>
        <translation>tab</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Ingen fil</source>
        <translation>No file</translation>
    </message>
    <message>
        <source>Raden har ingen fil. Velg filen først.</source>
        <translation>The row has no file. Choose the file first.</translation>
    </message>
    <message>
        <source>Finner ikke filen</source>
        <translation>Cannot find the file</translation>
    </message>
    <message>
        <source>Finner ikke {path}. Sjekk at den delte mappen er tilkoblet, eller om filen er flyttet; velg den på nytt i så fall.</source>
        <translation>Cannot find {path}. Check that the shared folder is connected, or whether the file has been moved; if so, choose it again.</translation>
    </message>
</context>
<context>
    <name>vocabulary</name>
    <message>
        <source>Kvinne</source>
        <translation>Woman</translation>
    </message>
    <message>
        <source>Mann</source>
        <translation>Man</translation>
    </message>
    <message>
        <source>Annet</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Ikke oppgitt</source>
        <translation>Not stated</translation>
    </message>
    <message>
        <source>Jente</source>
        <translation>Girl</translation>
    </message>
    <message>
        <source>Gutt</source>
        <translation>Boy</translation>
    </message>
    <message>
        <source>Barn</source>
        <translation>Children</translation>
    </message>
    <message>
        <source>Forelder</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Voksen</source>
        <translation>Adult</translation>
    </message>
    <message>
        <source>Leksehjelp</source>
        <translation>Homework help</translation>
    </message>
    <message>
        <source>Nærmiljøskole</source>
        <translation>Neighbourhood school</translation>
    </message>
    <message>
        <source>Nærmiljøpatrulje</source>
        <translation>Neighbourhood patrol</translation>
    </message>
    <message>
        <source>Dugnad</source>
        <translation>Community work day (dugnad)</translation>
    </message>
    <message>
        <source>Treffsted</source>
        <translation>Drop-in meeting place</translation>
    </message>
    <message>
        <source>Møte</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Ferieaktivitet</source>
        <translation>Holiday activity</translation>
    </message>
    <message>
        <source>Utkast</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Sendt</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Innvilget</source>
        <translation>Granted</translation>
    </message>
    <message>
        <source>Delvis innvilget</source>
        <translation>Partly granted</translation>
    </message>
    <message>
        <source>Avslått</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Rapportert</source>
        <translation>Reported</translation>
    </message>
    <message>
        <source>Avsluttet</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Koordinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <source>Aktivitetsleder</source>
        <translation>Activity leader</translation>
    </message>
    <message>
        <source>Søknadsskriver</source>
        <translation>Grant writer</translation>
    </message>
    <message>
        <source>NAV</source>
        <translation>NAV</translation>
    </message>
    <message>
        <source>Boligforvaltning</source>
        <translation>Housing management</translation>
    </message>
    <message>
        <source>Politi</source>
        <translation>Police</translation>
    </message>
    <message>
        <source>Skole</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Bibliotek</source>
        <translation>Library</translation>
    </message>
    <message>
        <source>Butikk</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>Tros- og livssynssamfunn</source>
        <translation>Faith or belief community</translation>
    </message>
    <message>
        <source>Helse</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Frivillig organisasjon</source>
        <translation>Voluntary organisation</translation>
    </message>
    <message>
        <source>Kommunal tjeneste</source>
        <translation>Municipal service</translation>
    </message>
    <message>
        <source>Nådd</source>
        <translation>Reached</translation>
    </message>
    <message>
        <source>Delvis nådd</source>
        <translation>Partly reached</translation>
    </message>
    <message>
        <source>Ikke nådd</source>
        <translation>Not reached</translation>
    </message>
    <message>
        <source>Foto</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Kontakt på SMS</source>
        <translation>Contact by text message</translation>
    </message>
    <message>
        <source>Kontakt på e-post</source>
        <translation>Contact by e-mail</translation>
    </message>
    <message>
        <source>Publisering</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>mandag</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>tirsdag</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>onsdag</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>torsdag</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>fredag</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>lørdag</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>søndag</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>januar</source>
        <translation>January</translation>
    </message>
    <message>
        <source>februar</source>
        <translation>February</translation>
    </message>
    <message>
        <source>mars</source>
        <translation>March</translation>
    </message>
    <message>
        <source>april</source>
        <translation>April</translation>
    </message>
    <message>
        <source>mai</source>
        <translation>May</translation>
    </message>
    <message>
        <source>juni</source>
        <translation>June</translation>
    </message>
    <message>
        <source>juli</source>
        <translation>July</translation>
    </message>
    <message>
        <source>august</source>
        <translation>August</translation>
    </message>
    <message>
        <source>september</source>
        <translation>September</translation>
    </message>
    <message>
        <source>oktober</source>
        <translation>October</translation>
    </message>
    <message>
        <source>november</source>
        <translation>November</translation>
    </message>
    <message>
        <source>desember</source>
        <translation>December</translation>
    </message>
    <message>
        <source>Engelsk</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Arabisk</source>
        <translation>Arabic</translation>
    </message>
    <message>
        <source>Somali</source>
        <translation>Somali</translation>
    </message>
    <message>
        <source>Tigrinja</source>
        <translation>Tigrinya</translation>
    </message>
    <message>
        <source>Polsk</source>
        <translation>Polish</translation>
    </message>
    <message>
        <source>Dari</source>
        <translation>Dari</translation>
    </message>
</context>
</TS>
