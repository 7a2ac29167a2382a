<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="nb_NO">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>Versjon {version} · databaseskjema {schema}</source>
            <translation>Versjon {version} · databaseskjema {schema}</translation>
        </message>
        <message>
            <source>Databasen som er åpen: {location}</source>
            <translation>Databasen som er åpen: {location}</translation>
        </message>
        <message>
            <source>Loggfil: {path}</source>
            <translation>Loggfil: {path}</translation>
        </message>
        <message>
            <source>Lukk</source>
            <translation>Lukk</translation>
        </message>
        <message>
            <source>Om Samvirke</source>
            <translation>Om Samvirke</translation>
        </message>
        <message>
            <source>Samvirke</source>
            <translation>Samvirke</translation>
        </message>
        <message>
            <source>Samvirke holder orden på beboere, aktiviteter, oppmøte, frivillige, samarbeidspartnere og tilskudd for bo- og nærmiljøteam, og lager rapportene tilskuddsgiverne ber om.</source>
            <translation>Samvirke holder orden på beboere, aktiviteter, oppmøte, frivillige, samarbeidspartnere og tilskudd for bo- og nærmiljøteam, og lager rapportene tilskuddsgiverne ber om.</translation>
        </message>
    </context>
    <context>
        <name>Accessibility</name>
        <message>
            <source>{name}: liste</source>
            <translation>{name}: liste</translation>
        </message>
    </context>
    <context>
        <name>ActivitiesPage</name>
        <message>
            <source>Aktiviteter</source>
            <translation>Aktiviteter</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Alle typer</source>
            <translation>Alle typer</translation>
        </message>
        <message>
            <source>Område</source>
            <translation>Område</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Alle som ikke er arkivert</source>
            <translation>Alle som ikke er arkivert</translation>
        </message>
        <message>
            <source>Pågår eller kommer</source>
            <translation>Pågår eller kommer</translation>
        </message>
        <message>
            <source>Avsluttet</source>
            <translation>Avsluttet</translation>
        </message>
        <message>
            <source>Arkivert</source>
            <translation>Arkivert</translation>
        </message>
        <message>
            <source>Alle, også arkiverte</source>
            <translation>Alle, også arkiverte</translation>
        </message>
        <message>
            <source>Avsluttet: den siste samlingen er holdt. Arkivert: tatt ut av listene med Arkiver i aktiviteten.</source>
            <translation>Avsluttet: den siste samlingen er holdt. Arkivert: tatt ut av listene med Arkiver i aktiviteten.</translation>
        </message>
        <message>
            <source>&amp;Vis:</source>
            <translation>&amp;Vis:</translation>
        </message>
        <message>
            <source>&amp;Samlinger og oppmøte</source>
            <translation>&amp;Samlinger og oppmøte</translation>
        </message>
        <message>
            <source>Samlingene til aktiviteten du har valgt: registrer oppmøte, legg til, flytt eller avlys samlinger, endre timeplanen</source>
            <translation>Samlingene til aktiviteten du har valgt: registrer oppmøte, legg til, flytt eller avlys samlinger, endre timeplanen</translation>
        </message>
        <message>
            <source>&amp;Bilder…</source>
            <translation>&amp;Bilder…</translation>
        </message>
        <message>
            <source>Bilder fra aktiviteten du har valgt, med hvem som er med og om de har samtykke til foto: til rapporten til tilskuddsgiveren</source>
            <translation>Bilder fra aktiviteten du har valgt, med hvem som er med og om de har samtykke til foto: til rapporten til tilskuddsgiveren</translation>
        </message>
        <message>
            <source>&amp;Ny aktivitet</source>
            <translation>&amp;Ny aktivitet</translation>
        </message>
        <message>
            <source>Skriv deler av navnet, typen, området eller stedet.</source>
            <translation>Skriv deler av navnet, typen, området eller stedet.</translation>
        </message>
        <message>
            <source>Alle områder</source>
            <translation>Alle områder</translation>
        </message>
        <message>
            <source>1 aktivitet</source>
            <translation>1 aktivitet</translation>
        </message>
        <message>
            <source>{count} aktiviteter</source>
            <translation>{count} aktiviteter</translation>
        </message>
    </context>
    <context>
        <name>ActivityDialog</name>
        <message>
            <source>Ny aktivitet</source>
            <translation>Ny aktivitet</translation>
        </message>
        <message>
            <source>Aktivitet – {name}</source>
            <translation>Aktivitet – {name}</translation>
        </message>
        <message>
            <source>Samlinger og &amp;timeplan…</source>
            <translation>Samlinger og &amp;timeplan…</translation>
        </message>
        <message>
            <source>Se samlingene, registrer oppmøte og endre timeplanen</source>
            <translation>Se samlingene, registrer oppmøte og endre timeplanen</translation>
        </message>
        <message>
            <source>Lagre aktiviteten først, så kan du legge inn timeplanen</source>
            <translation>Lagre aktiviteten først, så kan du legge inn timeplanen</translation>
        </message>
        <message>
            <source>Hent fram</source>
            <translation>Hent fram</translation>
        </message>
        <message>
            <source>Arkiver</source>
            <translation>Arkiver</translation>
        </message>
        <message>
            <source>Skriv navn, telefon eller e-post</source>
            <translation>Skriv navn, telefon eller e-post</translation>
        </message>
        <message>
            <source>Skriv navnet på den frivillige</source>
            <translation>Skriv navnet på den frivillige</translation>
        </message>
        <message>
            <source>Ikke valgt</source>
            <translation>Ikke valgt</translation>
        </message>
        <message>
            <source> (arkivert)</source>
            <translation> (arkivert)</translation>
        </message>
        <message>
            <source>Ingen søknader er registrert ennå.</source>
            <translation>Ingen søknader er registrert ennå.</translation>
        </message>
        <message>
            <source>{n} påmeldte</source>
            <translation>{n} påmeldte</translation>
        </message>
        <message>
            <source>, {n} har sluttet</source>
            <translation>, {n} har sluttet</translation>
        </message>
        <message>
            <source>Deltakere ({n})</source>
            <translation>Deltakere ({n})</translation>
        </message>
        <message>
            <source>Faste frivillige ({n})</source>
            <translation>Faste frivillige ({n})</translation>
        </message>
        <message>
            <source>Politiattest mangler eller er utløpt: {names}. Aktiviteten er for barn. Se en gyldig politiattest før de er med, og registrer datoen på den frivillige. Du kan lagre likevel; advarselen blir registrert.</source>
            <translation>Politiattest mangler eller er utløpt: {names}. Aktiviteten er for barn. Se en gyldig politiattest før de er med, og registrer datoen på den frivillige. Du kan lagre likevel; advarselen blir registrert.</translation>
        </message>
        <message>
            <source>Frivillige på aktiviteter med barn må ha vist gyldig politiattest.</source>
            <translation>Frivillige på aktiviteter med barn må ha vist gyldig politiattest.</translation>
        </message>
        <message>
            <source>Aktiviteten er ikke for barn: politiattest kreves ikke.</source>
            <translation>Aktiviteten er ikke for barn: politiattest kreves ikke.</translation>
        </message>
        <message>
            <source>Oversatt til: {languages}.</source>
            <translation>Oversatt til: {languages}.</translation>
        </message>
        <message>
            <source>Ingen oversettelser ennå: plakaten skrives ut på bokmål.</source>
            <translation>Ingen oversettelser ennå: plakaten skrives ut på bokmål.</translation>
        </message>
        <message>
            <source>Aktiviteten står ikke på plakaten for beboerne (se fanen Aktivitet), så oversettelsene kommer ikke med før du krysser av for det.</source>
            <translation>Aktiviteten står ikke på plakaten for beboerne (se fanen Aktivitet), så oversettelsene kommer ikke med før du krysser av for det.</translation>
        </message>
        <message>
            <source>Oversettelser ({n})</source>
            <translation>Oversettelser ({n})</translation>
        </message>
        <message>
            <source>Oversettelser</source>
            <translation>Oversettelser</translation>
        </message>
        <message>
            <source>Rollen din gir ikke tilgang til navnene på deltakerne.</source>
            <translation>Rollen din gir ikke tilgang til navnene på deltakerne.</translation>
        </message>
        <message>
            <source>Rollen din gir ikke tilgang til navnene på de frivillige.</source>
            <translation>Rollen din gir ikke tilgang til navnene på de frivillige.</translation>
        </message>
        <message>
            <source>Rollen din gir ikke lov til å endre aktiviteter.</source>
            <translation>Rollen din gir ikke lov til å endre aktiviteter.</translation>
        </message>
        <message>
            <source>Lagre først?</source>
            <translation>Lagre først?</translation>
        </message>
        <message>
            <source>Du har endringer som ikke er lagret. Vil du lagre dem før du går til samlingene?</source>
            <translation>Du har endringer som ikke er lagret. Vil du lagre dem før du går til samlingene?</translation>
        </message>
        <message>
            <source>Lagre og gå videre</source>
            <translation>Lagre og gå videre</translation>
        </message>
        <message>
            <source>Fortsett å redigere</source>
            <translation>Fortsett å redigere</translation>
        </message>
        <message>
            <source>Lagre først</source>
            <translation>Lagre først</translation>
        </message>
        <message>
            <source>Du har endringer som ikke er lagret. Lagre eller forkast dem før du arkiverer aktiviteten.</source>
            <translation>Du har endringer som ikke er lagret. Lagre eller forkast dem før du arkiverer aktiviteten.</translation>
        </message>
    </context>
    <context>
        <name>ActivityForm</name>
        <message>
            <source>Aktivitet</source>
            <translation>Aktivitet</translation>
        </message>
        <message>
            <source>&amp;Navn</source>
            <translation>&amp;Navn</translation>
        </message>
        <message>
            <source>For eksempel Leksehjelp Torshov</source>
            <translation>For eksempel Leksehjelp Torshov</translation>
        </message>
        <message>
            <source>&amp;Type</source>
            <translation>&amp;Type</translation>
        </message>
        <message>
            <source>O&amp;mråde</source>
            <translation>O&amp;mråde</translation>
        </message>
        <message>
            <source>Blokka, borettslaget eller adressen aktiviteten hører til</source>
            <translation>Blokka, borettslaget eller adressen aktiviteten hører til</translation>
        </message>
        <message>
            <source>&amp;Sted</source>
            <translation>&amp;Sted</translation>
        </message>
        <message>
            <source>For eksempel Deichman Torshov, grupperommet</source>
            <translation>For eksempel Deichman Torshov, grupperommet</translation>
        </message>
        <message>
            <source>Nye samlinger får dette stedet hvis timeplanen ikke sier noe annet</source>
            <translation>Nye samlinger får dette stedet hvis timeplanen ikke sier noe annet</translation>
        </message>
        <message>
            <source>&amp;Ansvarlig</source>
            <translation>&amp;Ansvarlig</translation>
        </message>
        <message>
            <source>Hvem i teamet som har ansvaret</source>
            <translation>Hvem i teamet som har ansvaret</translation>
        </message>
        <message>
            <source>&amp;Målgruppe</source>
            <translation>&amp;Målgruppe</translation>
        </message>
        <message>
            <source>For eksempel Barn på 1.–10. trinn og foreldrene deres</source>
            <translation>For eksempel Barn på 1.–10. trinn og foreldrene deres</translation>
        </message>
        <message>
            <source>Aktivitet med &amp;barn (frivillige må ha gyldig politiattest)</source>
            <translation>Aktivitet med &amp;barn (frivillige må ha gyldig politiattest)</translation>
        </message>
        <message>
            <source>For treffsteder der mange ikke vil registreres med navn: oppmøtet føres som antall</source>
            <translation>For treffsteder der mange ikke vil registreres med navn: oppmøtet føres som antall</translation>
        </message>
        <message>
            <source>&amp;Bare antall deltakere, ikke navn</source>
            <translation>&amp;Bare antall deltakere, ikke navn</translation>
        </message>
        <message>
            <source>Aktivitetskalenderen henger i oppgangene og er for beboerne. Interne møter med samarbeidspartnere hører ikke hjemme der.</source>
            <translation>Aktivitetskalenderen henger i oppgangene og er for beboerne. Interne møter med samarbeidspartnere hører ikke hjemme der.</translation>
        </message>
        <message>
            <source>På &amp;plakaten for beboerne (aktivitetskalenderen)</source>
            <translation>På &amp;plakaten for beboerne (aktivitetskalenderen)</translation>
        </message>
        <message>
            <source>Bes&amp;krivelse</source>
            <translation>Bes&amp;krivelse</translation>
        </message>
        <message>
            <source>Hva aktiviteten går ut på, hvem som bidrar, praktiske ting</source>
            <translation>Hva aktiviteten går ut på, hvem som bidrar, praktiske ting</translation>
        </message>
        <message>
            <source>Deltakere</source>
            <translation>Deltakere</translation>
        </message>
        <message>
            <source>&amp;Legg til deltaker:</source>
            <translation>&amp;Legg til deltaker:</translation>
        </message>
        <message>
            <source>som</source>
            <translation>som</translation>
        </message>
        <message>
            <source>Rollen nye deltakere får (kan endres i listen)</source>
            <translation>Rollen nye deltakere får (kan endres i listen)</translation>
        </message>
        <message>
            <source>Påmeldte deltakere</source>
            <translation>Påmeldte deltakere</translation>
        </message>
        <message>
            <source>Ta deltakeren ut av listen. Oppmøtet som er registrert blir ikke slettet. Vil du ta vare på påmeldingen, skriv en dato i Sluttet i stedet.</source>
            <translation>Ta deltakeren ut av listen. Oppmøtet som er registrert blir ikke slettet. Vil du ta vare på påmeldingen, skriv en dato i Sluttet i stedet.</translation>
        </message>
        <message>
            <source>&amp;Fjern deltaker</source>
            <translation>&amp;Fjern deltaker</translation>
        </message>
        <message>
            <source>Faste frivillige</source>
            <translation>Faste frivillige</translation>
        </message>
        <message>
            <source>Legg til &amp;frivillig:</source>
            <translation>Legg til &amp;frivillig:</translation>
        </message>
        <message>
            <source>Fjern f&amp;rivillig</source>
            <translation>Fjern f&amp;rivillig</translation>
        </message>
        <message>
            <source>Oversettelser</source>
            <translation>Oversettelser</translation>
        </message>
        <message>
            <source>Aktivitetskalenderen kan skrives ut på et annet språk i tillegg til bokmål. Skriv navnet, stedet og beskrivelsen slik beboerne leser dem. Det som står tomt, kommer på bokmål.</source>
            <translation>Aktivitetskalenderen kan skrives ut på et annet språk i tillegg til bokmål. Skriv navnet, stedet og beskrivelsen slik beboerne leser dem. Det som står tomt, kommer på bokmål.</translation>
        </message>
        <message>
            <source>Sp&amp;råk</source>
            <translation>Sp&amp;råk</translation>
        </message>
        <message>
            <source>Språkene som er oversatt, er merket med ✓</source>
            <translation>Språkene som er oversatt, er merket med ✓</translation>
        </message>
        <message>
            <source>Na&amp;vn</source>
            <translation>Na&amp;vn</translation>
        </message>
        <message>
            <source>St&amp;ed</source>
            <translation>St&amp;ed</translation>
        </message>
        <message>
            <source>Beskr&amp;ivelse</source>
            <translation>Beskr&amp;ivelse</translation>
        </message>
        <message>
            <source>Søknader</source>
            <translation>Søknader</translation>
        </message>
        <message>
            <source>Kryss av for søknadene som finansierer aktiviteten. Da kommer samlingene og deltakerne med i rapporten til tilskuddsgiveren.</source>
            <translation>Kryss av for søknadene som finansierer aktiviteten. Da kommer samlingene og deltakerne med i rapporten til tilskuddsgiveren.</translation>
        </message>
        <message>
            <source>Søknader som finansierer aktiviteten</source>
            <translation>Søknader som finansierer aktiviteten</translation>
        </message>
    </context>
    <context>
        <name>ActivityPhotosDialog</name>
        <message>
            <source>Bilder – {activity}</source>
            <translation>Bilder – {activity}</translation>
        </message>
        <message>
            <source>Bilder fra aktiviteten, til rapporten til tilskuddsgiveren. Et bilde kan være med i en rapport bare når alle som er med på det har samtykke til foto (for barn under 15 år gitt av foresatte), eller når ingen kan kjennes igjen.</source>
            <translation>Bilder fra aktiviteten, til rapporten til tilskuddsgiveren. Et bilde kan være med i en rapport bare når alle som er med på det har samtykke til foto (for barn under 15 år gitt av foresatte), eller når ingen kan kjennes igjen.</translation>
        </message>
        <message>
            <source>Bilder</source>
            <translation>Bilder</translation>
        </message>
        <message>
            <source>Ingen bilder ennå. Trykk «Legg til bilde…» for å velge et JPEG- eller PNG-bilde.</source>
            <translation>Ingen bilder ennå. Trykk «Legg til bilde…» for å velge et JPEG- eller PNG-bilde.</translation>
        </message>
        <message>
            <source>&amp;Legg til bilde…</source>
            <translation>&amp;Legg til bilde…</translation>
        </message>
        <message>
            <source>&amp;Endre tekst og hvem som er med…</source>
            <translation>&amp;Endre tekst og hvem som er med…</translation>
        </message>
        <message>
            <source>&amp;Fjern</source>
            <translation>&amp;Fjern</translation>
        </message>
        <message>
            <source>Lukk</source>
            <translation>Lukk</translation>
        </message>
        <message>
            <source>Kan brukes i rapport: {mark}</source>
            <translation>Kan brukes i rapport: {mark}</translation>
        </message>
        <message>
            <source>Kan ikke brukes i rapport: {mark}</source>
            <translation>Kan ikke brukes i rapport: {mark}</translation>
        </message>
        <message>
            <source>{count} anonymisert, men fortsatt på bildet: fjern bildet eller bruk det ikke</source>
            <translation>{count} anonymisert, men fortsatt på bildet: fjern bildet eller bruk det ikke</translation>
        </message>
        <message>
            <source>Velg et bilde</source>
            <translation>Velg et bilde</translation>
        </message>
        <message>
            <source>Bilder (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</source>
            <translation>Bilder (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</translation>
        </message>
        <message>
            <source>Fjerne bildet?</source>
            <translation>Fjerne bildet?</translation>
        </message>
        <message>
            <source>«{caption}» fjernes fra Samvirke, også fra rapporter det er valgt til. Bildefilen du la til fra, blir ikke rørt.</source>
            <translation>«{caption}» fjernes fra Samvirke, også fra rapporter det er valgt til. Bildefilen du la til fra, blir ikke rørt.</translation>
        </message>
        <message>
            <source>Fjern</source>
            <translation>Fjern</translation>
        </message>
        <message>
            <source>Avbryt</source>
            <translation>Avbryt</translation>
        </message>
    </context>
    <context>
        <name>ActivitySessionTableModel</name>
        <message>
            <source>Dato</source>
            <translation>Dato</translation>
        </message>
        <message>
            <source>Uke</source>
            <translation>Uke</translation>
        </message>
        <message>
            <source>Tid</source>
            <translation>Tid</translation>
        </message>
        <message>
            <source>Sted</source>
            <translation>Sted</translation>
        </message>
        <message>
            <source>Tema</source>
            <translation>Tema</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Til stede</source>
            <translation>Til stede</translation>
        </message>
        <message>
            <source>Frivillige</source>
            <translation>Frivillige</translation>
        </message>
        <message>
            <source>{named} registrert med navn, {heads} talt uten navn</source>
            <translation>{named} registrert med navn, {heads} talt uten navn</translation>
        </message>
        <message>
            <source>ISO-uke {week}</source>
            <translation>ISO-uke {week}</translation>
        </message>
    </context>
    <context>
        <name>ActivitySessions</name>
        <message>
            <source>Navn, sted, deltakere, faste frivillige og søknader</source>
            <translation>Navn, sted, deltakere, faste frivillige og søknader</translation>
        </message>
        <message>
            <source>&amp;Om aktiviteten…</source>
            <translation>&amp;Om aktiviteten…</translation>
        </message>
        <message>
            <source>T&amp;imeplan:</source>
            <translation>T&amp;imeplan:</translation>
        </message>
        <message>
            <source>Endre ukedager, klokkeslett og datoer. Samlinger med oppmøte blir aldri slettet.</source>
            <translation>Endre ukedager, klokkeslett og datoer. Samlinger med oppmøte blir aldri slettet.</translation>
        </message>
        <message>
            <source>&amp;Endre timeplan…</source>
            <translation>&amp;Endre timeplan…</translation>
        </message>
        <message>
            <source>En timeplan lager samlingene for en periode, for eksempel et semester</source>
            <translation>En timeplan lager samlingene for en periode, for eksempel et semester</translation>
        </message>
        <message>
            <source>N&amp;y timeplan…</source>
            <translation>N&amp;y timeplan…</translation>
        </message>
        <message>
            <source>Fjern timeplanen og samlingene uten oppmøte</source>
            <translation>Fjern timeplanen og samlingene uten oppmøte</translation>
        </message>
        <message>
            <source>Slett timepla&amp;n</source>
            <translation>Slett timepla&amp;n</translation>
        </message>
        <message>
            <source>&amp;Vis:</source>
            <translation>&amp;Vis:</translation>
        </message>
        <message>
            <source>Samlinger</source>
            <translation>Samlinger</translation>
        </message>
        <message>
            <source>Registrer hvem som kom på samlingen (Enter eller dobbeltklikk)</source>
            <translation>Registrer hvem som kom på samlingen (Enter eller dobbeltklikk)</translation>
        </message>
        <message>
            <source>Registrer &amp;oppmøte</source>
            <translation>Registrer &amp;oppmøte</translation>
        </message>
        <message>
            <source>Skriv inn en utfylt papirliste for hele måneden</source>
            <translation>Skriv inn en utfylt papirliste for hele måneden</translation>
        </message>
        <message>
            <source>&amp;Månedsliste fra papir…</source>
            <translation>&amp;Månedsliste fra papir…</translation>
        </message>
        <message>
            <source>En ekstra samling utenom timeplanen</source>
            <translation>En ekstra samling utenom timeplanen</translation>
        </message>
        <message>
            <source>&amp;Ny samling…</source>
            <translation>&amp;Ny samling…</translation>
        </message>
        <message>
            <source>Ny dato, nytt klokkeslett, sted eller tema</source>
            <translation>Ny dato, nytt klokkeslett, sted eller tema</translation>
        </message>
        <message>
            <source>Endre / &amp;flytt…</source>
            <translation>Endre / &amp;flytt…</translation>
        </message>
        <message>
            <source>Avlys samlingen og skriv hvorfor</source>
            <translation>Avlys samlingen og skriv hvorfor</translation>
        </message>
        <message>
            <source>&amp;Avlys…</source>
            <translation>&amp;Avlys…</translation>
        </message>
        <message>
            <source>Slett en samling som ble lagt inn ved en feil (bare uten oppmøte)</source>
            <translation>Slett en samling som ble lagt inn ved en feil (bare uten oppmøte)</translation>
        </message>
        <message>
            <source>&amp;Slett</source>
            <translation>&amp;Slett</translation>
        </message>
    </context>
    <context>
        <name>ActivitySessionsWindow</name>
        <message>
            <source>Dette skoleåret</source>
            <translation>Dette skoleåret</translation>
        </message>
        <message>
            <source>Forrige skoleår</source>
            <translation>Forrige skoleår</translation>
        </message>
        <message>
            <source>Fra i dag</source>
            <translation>Fra i dag</translation>
        </message>
        <message>
            <source>Alle samlinger</source>
            <translation>Alle samlinger</translation>
        </message>
        <message>
            <source>Samlinger – {name}</source>
            <translation>Samlinger – {name}</translation>
        </message>
        <message>
            <source> (arkivert)</source>
            <translation> (arkivert)</translation>
        </message>
        <message>
            <source>Ingen timeplan ennå: lag en for å få samlingene</source>
            <translation>Ingen timeplan ennå: lag en for å få samlingene</translation>
        </message>
        <message>
            <source>Faste frivillige uten gyldig politiattest på en aktivitet med barn: {who}. Se en gyldig attest før de er med, og registrer datoen på den frivillige.</source>
            <translation>Faste frivillige uten gyldig politiattest på en aktivitet med barn: {who}. Se en gyldig attest før de er med, og registrer datoen på den frivillige.</translation>
        </message>
        <message>
            <source>{n} samlinger: {held} holdt ({present} oppmøter), {planned} planlagt, {cancelled} avlyst</source>
            <translation>{n} samlinger: {held} holdt ({present} oppmøter), {planned} planlagt, {cancelled} avlyst</translation>
        </message>
        <message>
            <source>, {n} mangler oppmøte</source>
            <translation>, {n} mangler oppmøte</translation>
        </message>
        <message>
            <source>Registrer hvem som kom på samlingen (Enter eller dobbeltklikk)</source>
            <translation>Registrer hvem som kom på samlingen (Enter eller dobbeltklikk)</translation>
        </message>
        <message>
            <source>Samlingen er avlyst</source>
            <translation>Samlingen er avlyst</translation>
        </message>
        <message>
            <source>&amp;Gjenopprett</source>
            <translation>&amp;Gjenopprett</translation>
        </message>
        <message>
            <source>&amp;Avlys…</source>
            <translation>&amp;Avlys…</translation>
        </message>
        <message>
            <source>Samlingen {when} er avlyst ({reason}). Trykk Gjenopprett hvis den likevel blir holdt.</source>
            <translation>Samlingen {when} er avlyst ({reason}). Trykk Gjenopprett hvis den likevel blir holdt.</translation>
        </message>
        <message>
            <source>ingen grunn oppgitt</source>
            <translation>ingen grunn oppgitt</translation>
        </message>
        <message>
            <source>Samlingen er ikke holdt ennå</source>
            <translation>Samlingen er ikke holdt ennå</translation>
        </message>
        <message>
            <source>Oppmøte registreres på dagen eller etterpå. Velg dagens samling eller en tidligere.</source>
            <translation>Oppmøte registreres på dagen eller etterpå. Velg dagens samling eller en tidligere.</translation>
        </message>
        <message>
            <source>Slette samlingen?</source>
            <translation>Slette samlingen?</translation>
        </message>
        <message>
            <source>Vil du slette samlingen {when}? Bruk Avlys hvis den var planlagt og ikke blir holdt; da vises den som avlyst i kalenderen og rapportene.</source>
            <translation>Vil du slette samlingen {when}? Bruk Avlys hvis den var planlagt og ikke blir holdt; da vises den som avlyst i kalenderen og rapportene.</translation>
        </message>
        <message>
            <source>Slett</source>
            <translation>Slett</translation>
        </message>
        <message>
            <source>Avbryt</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>Slette timeplanen?</source>
            <translation>Slette timeplanen?</translation>
        </message>
        <message>
            <source>Timeplanen «{label}» slettes sammen med samlingene som ikke har registrert oppmøte. Samlinger med oppmøte blir stående.</source>
            <translation>Timeplanen «{label}» slettes sammen med samlingene som ikke har registrert oppmøte. Samlinger med oppmøte blir stående.</translation>
        </message>
        <message>
            <source>Slett timeplanen</source>
            <translation>Slett timeplanen</translation>
        </message>
        <message>
            <source>Timeplanen er slettet, med {n} samlinger.</source>
            <translation>Timeplanen er slettet, med {n} samlinger.</translation>
        </message>
        <message>
            <source> {n} samlinger med oppmøte ble beholdt.</source>
            <translation> {n} samlinger med oppmøte ble beholdt.</translation>
        </message>
    </context>
    <context>
        <name>ActivityTableModel</name>
        <message>
            <source>Navn</source>
            <translation>Navn</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Område</source>
            <translation>Område</translation>
        </message>
        <message>
            <source>Sted</source>
            <translation>Sted</translation>
        </message>
        <message>
            <source>Samlinger</source>
            <translation>Samlinger</translation>
        </message>
        <message>
            <source>Påmeldte</source>
            <translation>Påmeldte</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Merknad</source>
            <translation>Merknad</translation>
        </message>
        <message>
            <source>{n} uten politiattest</source>
            <translation>{n} uten politiattest</translation>
        </message>
        <message>
            <source>Samlinger som er holdt eller planlagt; avlyste er ikke med.</source>
            <translation>Samlinger som er holdt eller planlagt; avlyste er ikke med.</translation>
        </message>
        <message>
            <source>Påmeldte deltakere som ikke har sluttet.</source>
            <translation>Påmeldte deltakere som ikke har sluttet.</translation>
        </message>
        <message>
            <source>Første samling {first}, siste {last}</source>
            <translation>Første samling {first}, siste {last}</translation>
        </message>
        <message>
            <source>En aktivitet med barn har faste frivillige uten gyldig politiattest. Åpne aktiviteten for å se hvem.</source>
            <translation>En aktivitet med barn har faste frivillige uten gyldig politiattest. Åpne aktiviteten for å se hvem.</translation>
        </message>
    </context>
    <context>
        <name>AdminForm</name>
        <message>
            <source>Lag administrator</source>
            <translation>Lag administrator</translation>
        </message>
        <message>
            <source>Databasen har ingen brukere ennå. Du blir administrator: du legger til kollegene, gir dem roller og tar vare på sikkerhetskopiene. Alle logger inn med eget brukernavn, så endringsloggen viser hvem som har gjort hva.</source>
            <translation>Databasen har ingen brukere ennå. Du blir administrator: du legger til kollegene, gir dem roller og tar vare på sikkerhetskopiene. Alle logger inn med eget brukernavn, så endringsloggen viser hvem som har gjort hva.</translation>
        </message>
        <message>
            <source>&amp;Fullt navn</source>
            <translation>&amp;Fullt navn</translation>
        </message>
        <message>
            <source>f.eks. Kari Nordmann</source>
            <translation>f.eks. Kari Nordmann</translation>
        </message>
        <message>
            <source>&amp;Brukernavn</source>
            <translation>&amp;Brukernavn</translation>
        </message>
        <message>
            <source>f.eks. kari.nordmann</source>
            <translation>f.eks. kari.nordmann</translation>
        </message>
        <message>
            <source>&amp;Passord</source>
            <translation>&amp;Passord</translation>
        </message>
        <message>
            <source>minst 8 tegn</source>
            <translation>minst 8 tegn</translation>
        </message>
        <message>
            <source>&amp;Gjenta passordet</source>
            <translation>&amp;Gjenta passordet</translation>
        </message>
    </context>
    <context>
        <name>ApplicationDialog</name>
        <message>
            <source>Arkiver</source>
            <translation>Arkiver</translation>
        </message>
        <message>
            <source>Slett utkast</source>
            <translation>Slett utkast</translation>
        </message>
        <message>
            <source>Dato</source>
            <translation>Dato</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Registrert av</source>
            <translation>Registrert av</translation>
        </message>
        <message>
            <source>Merknad</source>
            <translation>Merknad</translation>
        </message>
        <message>
            <source>Mål</source>
            <translation>Mål</translation>
        </message>
        <message>
            <source>Måltall</source>
            <translation>Måltall</translation>
        </message>
        <message>
            <source>Hva dere ville nå, for eksempel «40 barn per kveld»</source>
            <translation>Hva dere ville nå, for eksempel «40 barn per kveld»</translation>
        </message>
        <message>
            <source>Vurdering</source>
            <translation>Vurdering</translation>
        </message>
        <message>
            <source>Ikke vurdert</source>
            <translation>Ikke vurdert</translation>
        </message>
        <message>
            <source>Fil</source>
            <translation>Fil</translation>
        </message>
        <message>
            <source>Beskrivelse</source>
            <translation>Beskrivelse</translation>
        </message>
        <message>
            <source>Vilkår</source>
            <translation>Vilkår</translation>
        </message>
        <message>
            <source>Vilkåret slik det står i tilsagnsbrevet</source>
            <translation>Vilkåret slik det står i tilsagnsbrevet</translation>
        </message>
        <message>
            <source>Kommentar</source>
            <translation>Kommentar</translation>
        </message>
        <message>
            <source>Hvordan vilkåret er oppfylt, eller hvorfor ikke</source>
            <translation>Hvordan vilkåret er oppfylt, eller hvorfor ikke</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Timer</source>
            <translation>Timer</translation>
        </message>
        <message>
            <source>Timesats (kr)</source>
            <translation>Timesats (kr)</translation>
        </message>
        <message>
            <source>Kroner per time</source>
            <translation>Kroner per time</translation>
        </message>
        <message>
            <source>Verdi (kr)</source>
            <translation>Verdi (kr)</translation>
        </message>
        <message>
            <source>Med timer og timesats regnes verdien ut; ellers skriver du den selv</source>
            <translation>Med timer og timesats regnes verdien ut; ellers skriver du den selv</translation>
        </message>
        <message>
            <source>Datoen {day} er før forrige statusendring ({label}, {last}). Historikken ordnes etter dato, så «{new}» kommer før «{label}» der. Stemmer datoen?</source>
            <translation>Datoen {day} er før forrige statusendring ({label}, {last}). Historikken ordnes etter dato, så «{new}» kommer før «{label}» der. Stemmer datoen?</translation>
        </message>
        <message>
            <source>Velg tilskuddsgiver…</source>
            <translation>Velg tilskuddsgiver…</translation>
        </message>
        <message>
            <source> – arkivert</source>
            <translation> – arkivert</translation>
        </message>
        <message>
            <source>Ingen bestemt ordning</source>
            <translation>Ingen bestemt ordning</translation>
        </message>
        <message>
            <source>Satsen her gjelder for denne søknaden i stedet for tilskuddsgiverens.</source>
            <translation>Satsen her gjelder for denne søknaden i stedet for tilskuddsgiverens.</translation>
        </message>
        <message>
            <source>Tomt: tilskuddsgiverens sats brukes.</source>
            <translation>Tomt: tilskuddsgiverens sats brukes.</translation>
        </message>
        <message>
            <source>Tomt: {name} vil bare ha antall frivillige timer, ikke verdien.</source>
            <translation>Tomt: {name} vil bare ha antall frivillige timer, ikke verdien.</translation>
        </message>
        <message>
            <source>Tomt: {name} sin sats brukes, {rate} per time.</source>
            <translation>Tomt: {name} sin sats brukes, {rate} per time.</translation>
        </message>
        <message>
            <source>Velg vedlegg</source>
            <translation>Velg vedlegg</translation>
        </message>
        <message>
            <source>Ingen aktiviteter er lagt inn ennå.</source>
            <translation>Ingen aktiviteter er lagt inn ennå.</translation>
        </message>
        <message>
            <source>Ny søknad</source>
            <translation>Ny søknad</translation>
        </message>
        <message>
            <source>Søknad – {title}</source>
            <translation>Søknad – {title}</translation>
        </message>
        <message>
            <source>Hent fram fra arkivet</source>
            <translation>Hent fram fra arkivet</translation>
        </message>
        <message>
            <source>Ulagrede endringer</source>
            <translation>Ulagrede endringer</translation>
        </message>
        <message>
            <source>Lagre eller forkast endringene først.</source>
            <translation>Lagre eller forkast endringene først.</translation>
        </message>
        <message>
            <source>Slette utkastet?</source>
            <translation>Slette utkastet?</translation>
        </message>
        <message>
            <source>Utkastet «{title}» slettes med mål, budsjett og vedlegg. Det kan ikke angres.</source>
            <translation>Utkastet «{title}» slettes med mål, budsjett og vedlegg. Det kan ikke angres.</translation>
        </message>
        <message>
            <source>Slett</source>
            <translation>Slett</translation>
        </message>
        <message>
            <source>Avbryt</source>
            <translation>Avbryt</translation>
        </message>
    </context>
    <context>
        <name>ApplicationForm</name>
        <message>
            <source>Søknad</source>
            <translation>Søknad</translation>
        </message>
        <message>
            <source>&amp;Tilskuddsgiver</source>
            <translation>&amp;Tilskuddsgiver</translation>
        </message>
        <message>
            <source>Tilskudds&amp;givere…</source>
            <translation>Tilskudds&amp;givere…</translation>
        </message>
        <message>
            <source>Legg inn eller endre tilskuddsgivere, ordninger og aldersgrupper</source>
            <translation>Legg inn eller endre tilskuddsgivere, ordninger og aldersgrupper</translation>
        </message>
        <message>
            <source>&amp;Ordning</source>
            <translation>&amp;Ordning</translation>
        </message>
        <message>
            <source>&amp;Underkategori</source>
            <translation>&amp;Underkategori</translation>
        </message>
        <message>
            <source>For eksempel 4.1 Ferie- og fritidsaktiviteter</source>
            <translation>For eksempel 4.1 Ferie- og fritidsaktiviteter</translation>
        </message>
        <message>
            <source>T&amp;ittel</source>
            <translation>T&amp;ittel</translation>
        </message>
        <message>
            <source>For eksempel Leksehjelp 2027</source>
            <translation>For eksempel Leksehjelp 2027</translation>
        </message>
        <message>
            <source>&amp;Referanse</source>
            <translation>&amp;Referanse</translation>
        </message>
        <message>
            <source>Saksnummer hos tilskuddsgiveren</source>
            <translation>Saksnummer hos tilskuddsgiveren</translation>
        </message>
        <message>
            <source>Periode &amp;fra</source>
            <translation>Periode &amp;fra</translation>
        </message>
        <message>
            <source>Periode ti&amp;l</source>
            <translation>Periode ti&amp;l</translation>
        </message>
        <message>
            <source>Siste dag i perioden (tatt med). En periode kan vare opptil tre år.</source>
            <translation>Siste dag i perioden (tatt med). En periode kan vare opptil tre år.</translation>
        </message>
        <message>
            <source>Søkt &amp;beløp (kr)</source>
            <translation>Søkt &amp;beløp (kr)</translation>
        </message>
        <message>
            <source>0,00</source>
            <translation>0,00</translation>
        </message>
        <message>
            <source>Skriv i kroner og øre, for eksempel 12 500,50</source>
            <translation>Skriv i kroner og øre, for eksempel 12 500,50</translation>
        </message>
        <message>
            <source>I&amp;nnvilget beløp (kr)</source>
            <translation>I&amp;nnvilget beløp (kr)</translation>
        </message>
        <message>
            <source>Ikke avgjort</source>
            <translation>Ikke avgjort</translation>
        </message>
        <message>
            <source>Tomt til svaret er kommet</source>
            <translation>Tomt til svaret er kommet</translation>
        </message>
        <message>
            <source>Timesats for &amp;egeninnsats (kr)</source>
            <translation>Timesats for &amp;egeninnsats (kr)</translation>
        </message>
        <message>
            <source>Verdien av én frivillig time i rapporten. Tomt: tilskuddsgiverens sats.</source>
            <translation>Verdien av én frivillig time i rapporten. Tomt: tilskuddsgiverens sats.</translation>
        </message>
        <message>
            <source>Status og frister</source>
            <translation>Status og frister</translation>
        </message>
        <message>
            <source>&amp;Status</source>
            <translation>&amp;Status</translation>
        </message>
        <message>
            <source>&amp;Dato for endringen</source>
            <translation>&amp;Dato for endringen</translation>
        </message>
        <message>
            <source>Datoen det skjedde, for eksempel da søknaden ble sendt</source>
            <translation>Datoen det skjedde, for eksempel da søknaden ble sendt</translation>
        </message>
        <message>
            <source>&amp;Merknad</source>
            <translation>&amp;Merknad</translation>
        </message>
        <message>
            <source>For eksempel «Tilsagnsbrev mottatt»</source>
            <translation>For eksempel «Tilsagnsbrev mottatt»</translation>
        </message>
        <message>
            <source>Historikk</source>
            <translation>Historikk</translation>
        </message>
        <message>
            <source>Frister</source>
            <translation>Frister</translation>
        </message>
        <message>
            <source>Søknads&amp;frist</source>
            <translation>Søknads&amp;frist</translation>
        </message>
        <message>
            <source>Fremdrifts&amp;rapport</source>
            <translation>Fremdrifts&amp;rapport</translation>
        </message>
        <message>
            <source>Slutt&amp;rapport</source>
            <translation>Slutt&amp;rapport</translation>
        </message>
        <message>
            <source>Re&amp;gnskap</source>
            <translation>Re&amp;gnskap</translation>
        </message>
        <message>
            <source>Frister innen 30 dager, og frister som er passert uten at statusen er endret, vises på Oversikt.</source>
            <translation>Frister innen 30 dager, og frister som er passert uten at statusen er endret, vises på Oversikt.</translation>
        </message>
        <message>
            <source>Mål</source>
            <translation>Mål</translation>
        </message>
        <message>
            <source>&amp;Mål</source>
            <translation>&amp;Mål</translation>
        </message>
        <message>
            <source>Nytt mål</source>
            <translation>Nytt mål</translation>
        </message>
        <message>
            <source>Fjern mål</source>
            <translation>Fjern mål</translation>
        </message>
        <message>
            <source>Måloppnåelse for valgt mål (hvor langt dere kom, med tall)</source>
            <translation>Måloppnåelse for valgt mål (hvor langt dere kom, med tall)</translation>
        </message>
        <message>
            <source>&amp;Dokumentasjon for valgt mål (hva som viser det)</source>
            <translation>&amp;Dokumentasjon for valgt mål (hva som viser det)</translation>
        </message>
        <message>
            <source>Skriv hvor langt dere nådde målet, for eksempel «38 barn i snitt per kveld».</source>
            <translation>Skriv hvor langt dere nådde målet, for eksempel «38 barn i snitt per kveld».</translation>
        </message>
        <message>
            <source>For eksempel «Oppmøtelister fra alle kveldene» eller «Spørreundersøkelse blant foreldrene i mai».</source>
            <translation>For eksempel «Oppmøtelister fra alle kveldene» eller «Spørreundersøkelse blant foreldrene i mai».</translation>
        </message>
        <message>
            <source>Står i rapporten til tilskuddsgiveren, ved målet</source>
            <translation>Står i rapporten til tilskuddsgiveren, ved målet</translation>
        </message>
        <message>
            <source>Budsjett og regnskap</source>
            <translation>Budsjett og regnskap</translation>
        </message>
        <message>
            <source>&amp;Budsjettposter</source>
            <translation>&amp;Budsjettposter</translation>
        </message>
        <message>
            <source>Ny post</source>
            <translation>Ny post</translation>
        </message>
        <message>
            <source>Fjern post</source>
            <translation>Fjern post</translation>
        </message>
        <message>
            <source>&amp;Forklaring på avvik for valgt post</source>
            <translation>&amp;Forklaring på avvik for valgt post</translation>
        </message>
        <message>
            <source>Hvorfor posten ble dyrere eller billigere enn budsjettert, for eksempel «Flere barn enn ventet, så mer mat».</source>
            <translation>Hvorfor posten ble dyrere eller billigere enn budsjettert, for eksempel «Flere barn enn ventet, så mer mat».</translation>
        </message>
        <message>
            <source>&amp;Utgifter på valgt post</source>
            <translation>&amp;Utgifter på valgt post</translation>
        </message>
        <message>
            <source>Ny utgift</source>
            <translation>Ny utgift</translation>
        </message>
        <message>
            <source>Fjern utgift</source>
            <translation>Fjern utgift</translation>
        </message>
        <message>
            <source>Velg &amp;bilag…</source>
            <translation>Velg &amp;bilag…</translation>
        </message>
        <message>
            <source>Velg filen med kvitteringen eller fakturaen</source>
            <translation>Velg filen med kvitteringen eller fakturaen</translation>
        </message>
        <message>
            <source>Åpne bilag</source>
            <translation>Åpne bilag</translation>
        </message>
        <message>
            <source>Aktiviteter</source>
            <translation>Aktiviteter</translation>
        </message>
        <message>
            <source>&amp;Aktiviteter søknaden gjelder</source>
            <translation>&amp;Aktiviteter søknaden gjelder</translation>
        </message>
        <message>
            <source>Tallene for søknaden (fanen Tall) hentes fra samlingene i aktivitetene som er krysset av.</source>
            <translation>Tallene for søknaden (fanen Tall) hentes fra samlingene i aktivitetene som er krysset av.</translation>
        </message>
        <message>
            <source>Rapporttekster</source>
            <translation>Rapporttekster</translation>
        </message>
        <message>
            <source>Sa&amp;mmendrag</source>
            <translation>Sa&amp;mmendrag</translation>
        </message>
        <message>
            <source>M&amp;etode</source>
            <translation>M&amp;etode</translation>
        </message>
        <message>
            <source>&amp;Resultater</source>
            <translation>&amp;Resultater</translation>
        </message>
        <message>
            <source>Suksess&amp;faktorer</source>
            <translation>Suksess&amp;faktorer</translation>
        </message>
        <message>
            <source>A&amp;vvik</source>
            <translation>A&amp;vvik</translation>
        </message>
        <message>
            <source>Utfor&amp;dringer</source>
            <translation>Utfor&amp;dringer</translation>
        </message>
        <message>
            <source>Vi&amp;dereføring</source>
            <translation>Vi&amp;dereføring</translation>
        </message>
        <message>
            <source>Tilsagn og rapport</source>
            <translation>Tilsagn og rapport</translation>
        </message>
        <message>
            <source>Alt på denne fanen står i rapporten til tilskuddsgiveren: tilsagnsbrevet og vilkårene i det, egeninnsatsen og hvem som skriver under.</source>
            <translation>Alt på denne fanen står i rapporten til tilskuddsgiveren: tilsagnsbrevet og vilkårene i det, egeninnsatsen og hvem som skriver under.</translation>
        </message>
        <message>
            <source>&amp;Dato på tilsagnsbrevet</source>
            <translation>&amp;Dato på tilsagnsbrevet</translation>
        </message>
        <message>
            <source>&amp;Referanse på tilsagnsbrevet</source>
            <translation>&amp;Referanse på tilsagnsbrevet</translation>
        </message>
        <message>
            <source>Saksnummer eller referanse i brevet</source>
            <translation>Saksnummer eller referanse i brevet</translation>
        </message>
        <message>
            <source>&amp;Vilkår i tilsagnsbrevet</source>
            <translation>&amp;Vilkår i tilsagnsbrevet</translation>
        </message>
        <message>
            <source>Nytt vilkår</source>
            <translation>Nytt vilkår</translation>
        </message>
        <message>
            <source>Fjern vilkår</source>
            <translation>Fjern vilkår</translation>
        </message>
        <message>
            <source>&amp;Egeninnsats</source>
            <translation>&amp;Egeninnsats</translation>
        </message>
        <message>
            <source>Ny egeninnsats</source>
            <translation>Ny egeninnsats</translation>
        </message>
        <message>
            <source>Fjern egeninnsats</source>
            <translation>Fjern egeninnsats</translation>
        </message>
        <message>
            <source>Lokaler, ansattes timer og annet dere bidrar med selv. Frivillige timer regnes ut fra registreringene og kommer med av seg selv.</source>
            <translation>Lokaler, ansattes timer og annet dere bidrar med selv. Frivillige timer regnes ut fra registreringene og kommer med av seg selv.</translation>
        </message>
        <message>
            <source>Underskrift</source>
            <translation>Underskrift</translation>
        </message>
        <message>
            <source>&amp;Navn</source>
            <translation>&amp;Navn</translation>
        </message>
        <message>
            <source>Den som skriver under rapporten</source>
            <translation>Den som skriver under rapporten</translation>
        </message>
        <message>
            <source>R&amp;olle</source>
            <translation>R&amp;olle</translation>
        </message>
        <message>
            <source>For eksempel Leder for nærmiljøteamet</source>
            <translation>For eksempel Leder for nærmiljøteamet</translation>
        </message>
        <message>
            <source>&amp;Sted</source>
            <translation>&amp;Sted</translation>
        </message>
        <message>
            <source>For eksempel Drammen</source>
            <translation>For eksempel Drammen</translation>
        </message>
        <message>
            <source>Dato si&amp;gnert</source>
            <translation>Dato si&amp;gnert</translation>
        </message>
        <message>
            <source>Tomt: rapporten dateres den dagen den lages</source>
            <translation>Tomt: rapporten dateres den dagen den lages</translation>
        </message>
        <message>
            <source>Notater og vedlegg</source>
            <translation>Notater og vedlegg</translation>
        </message>
        <message>
            <source>&amp;Notater</source>
            <translation>&amp;Notater</translation>
        </message>
        <message>
            <source>Det teamet trenger å huske om søknaden</source>
            <translation>Det teamet trenger å huske om søknaden</translation>
        </message>
        <message>
            <source>&amp;Vedlegg</source>
            <translation>&amp;Vedlegg</translation>
        </message>
        <message>
            <source>Legg til &amp;fil…</source>
            <translation>Legg til &amp;fil…</translation>
        </message>
        <message>
            <source>Fjern</source>
            <translation>Fjern</translation>
        </message>
        <message>
            <source>Åpne</source>
            <translation>Åpne</translation>
        </message>
        <message>
            <source>Bare stien til filen lagres (for eksempel på den delte mappen), ikke selve filen.</source>
            <translation>Bare stien til filen lagres (for eksempel på den delte mappen), ikke selve filen.</translation>
        </message>
        <message>
            <source>Tall</source>
            <translation>Tall</translation>
        </message>
    </context>
    <context>
        <name>ApplicationTableModel</name>
        <message>
            <source>Tittel</source>
            <translation>Tittel</translation>
        </message>
        <message>
            <source>Tilskuddsgiver</source>
            <translation>Tilskuddsgiver</translation>
        </message>
        <message>
            <source>Periode</source>
            <translation>Periode</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Søkt beløp</source>
            <translation>Søkt beløp</translation>
        </message>
        <message>
            <source>Innvilget beløp</source>
            <translation>Innvilget beløp</translation>
        </message>
    </context>
    <context>
        <name>ApplicationsPage</name>
        <message>
            <source>Søknader</source>
            <translation>Søknader</translation>
        </message>
        <message>
            <source>1 søknad</source>
            <translation>1 søknad</translation>
        </message>
        <message>
            <source>{count} søknader</source>
            <translation>{count} søknader</translation>
        </message>
        <message>
            <source>{count} filtrerte søknader</source>
            <translation>{count} filtrerte søknader</translation>
        </message>
        <message>
            <source>{count} av {all} søknader</source>
            <translation>{count} av {all} søknader</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Alle statuser</source>
            <translation>Alle statuser</translation>
        </message>
        <message>
            <source>Tilskuddsgiver</source>
            <translation>Tilskuddsgiver</translation>
        </message>
        <message>
            <source>År</source>
            <translation>År</translation>
        </message>
        <message>
            <source>Året søknadsperioden begynner</source>
            <translation>Året søknadsperioden begynner</translation>
        </message>
        <message>
            <source>Skriv deler av tittel eller tilskuddsgiver.</source>
            <translation>Skriv deler av tittel eller tilskuddsgiver.</translation>
        </message>
        <message>
            <source>&amp;Tilskuddsgivere</source>
            <translation>&amp;Tilskuddsgivere</translation>
        </message>
        <message>
            <source>Tilskuddsgivere med ordninger, aldersgrupper og timesats for egeninnsats</source>
            <translation>Tilskuddsgivere med ordninger, aldersgrupper og timesats for egeninnsats</translation>
        </message>
        <message>
            <source>&amp;Ny søknad</source>
            <translation>&amp;Ny søknad</translation>
        </message>
        <message>
            <source>Lag en ny søknad (Ctrl+N)</source>
            <translation>Lag en ny søknad (Ctrl+N)</translation>
        </message>
        <message>
            <source>Alle tilskuddsgivere</source>
            <translation>Alle tilskuddsgivere</translation>
        </message>
        <message>
            <source>Alle år</source>
            <translation>Alle år</translation>
        </message>
        <message>
            <source>Summer per år</source>
            <translation>Summer per år</translation>
        </message>
        <message>
            <source>for søknadene som vises, etter året perioden begynner. Innvilget teller bare søknader som har fått svar.</source>
            <translation>for søknadene som vises, etter året perioden begynner. Innvilget teller bare søknader som har fått svar.</translation>
        </message>
    </context>
    <context>
        <name>BackupTab</name>
        <message>
            <source>Mappe for sikkerhetskopier</source>
            <translation>Mappe for sikkerhetskopier</translation>
        </message>
        <message>
            <source>&amp;Velg mappe…</source>
            <translation>&amp;Velg mappe…</translation>
        </message>
        <message>
            <source>&amp;Ved databasen</source>
            <translation>&amp;Ved databasen</translation>
        </message>
        <message>
            <source>Bruk mappen ved siden av databasefilen</source>
            <translation>Bruk mappen ved siden av databasefilen</translation>
        </message>
        <message>
            <source>&amp;Mappe</source>
            <translation>&amp;Mappe</translation>
        </message>
        <message>
            <source>Siste kopi</source>
            <translation>Siste kopi</translation>
        </message>
        <message>
            <source>&amp;Lagre mappevalget</source>
            <translation>&amp;Lagre mappevalget</translation>
        </message>
        <message>
            <source>&amp;Ta sikkerhetskopi nå</source>
            <translation>&amp;Ta sikkerhetskopi nå</translation>
        </message>
        <message>
            <source>&amp;Gjenopprett…</source>
            <translation>&amp;Gjenopprett…</translation>
        </message>
        <message>
            <source>Sikkerhetskopi</source>
            <translation>Sikkerhetskopi</translation>
        </message>
        <message>
            <source>Databasen ligger på en databasetjener. Den sikkerhetskopieres av den som driver tjeneren (for eksempel kommunens IT), ikke av Samvirke.</source>
            <translation>Databasen ligger på en databasetjener. Den sikkerhetskopieres av den som driver tjeneren (for eksempel kommunens IT), ikke av Samvirke.</translation>
        </message>
        <message>
            <source>Samvirke tar en kontrollert kopi av databasen når den siste er mer enn et døgn gammel, mens dere jobber. Den beholder én kopi for hver av de siste 7 dagene, 4 ukene og 12 månedene, men ingen eldre enn {months} måneder (reglene for sletting under Personvern). Velg gjerne en mappe på en annen disk enn databasen, så en ødelagt disk ikke tar begge.</source>
            <translation>Samvirke tar en kontrollert kopi av databasen når den siste er mer enn et døgn gammel, mens dere jobber. Den beholder én kopi for hver av de siste 7 dagene, 4 ukene og 12 månedene, men ingen eldre enn {months} måneder (reglene for sletting under Personvern). Velg gjerne en mappe på en annen disk enn databasen, så en ødelagt disk ikke tar begge.</translation>
        </message>
        <message>
            <source>Ingen kopi ennå i «{folder}».</source>
            <translation>Ingen kopi ennå i «{folder}».</translation>
        </message>
        <message>
            <source>{day} kl. {time} – {path}</source>
            <translation>{day} kl. {time} – {path}</translation>
        </message>
        <message>
            <source>Velg mappe for sikkerhetskopier</source>
            <translation>Velg mappe for sikkerhetskopier</translation>
        </message>
    </context>
    <context>
        <name>BackupTableModel</name>
        <message>
            <source>Tatt</source>
            <translation>Tatt</translation>
        </message>
        <message>
            <source>Fil</source>
            <translation>Fil</translation>
        </message>
        <message>
            <source>Mappe</source>
            <translation>Mappe</translation>
        </message>
    </context>
    <context>
        <name>BudgetEditor</name>
        <message>
            <source>Post</source>
            <translation>Post</translation>
        </message>
        <message>
            <source>Budsjett (kr)</source>
            <translation>Budsjett (kr)</translation>
        </message>
        <message>
            <source>Utgifter</source>
            <translation>Utgifter</translation>
        </message>
        <message>
            <source>Summen av utgiftene som er ført på posten</source>
            <translation>Summen av utgiftene som er ført på posten</translation>
        </message>
        <message>
            <source>Avvik</source>
            <translation>Avvik</translation>
        </message>
        <message>
            <source>Utgifter minus budsjett (minus betyr under budsjett)</source>
            <translation>Utgifter minus budsjett (minus betyr under budsjett)</translation>
        </message>
        <message>
            <source>Forklaring</source>
            <translation>Forklaring</translation>
        </message>
        <message>
            <source>Om avviket er forklart. Rapporten krever en forklaring når posten avviker mer enn grensen fra budsjettet.</source>
            <translation>Om avviket er forklart. Rapporten krever en forklaring når posten avviker mer enn grensen fra budsjettet.</translation>
        </message>
        <message>
            <source>Dato</source>
            <translation>Dato</translation>
        </message>
        <message>
            <source>Datoen på bilaget, dd.mm.åååå</source>
            <translation>Datoen på bilaget, dd.mm.åååå</translation>
        </message>
        <message>
            <source>Beskrivelse</source>
            <translation>Beskrivelse</translation>
        </message>
        <message>
            <source>Beløp (kr)</source>
            <translation>Beløp (kr)</translation>
        </message>
        <message>
            <source>Et tilbakebetalt beløp skrives med minus foran</source>
            <translation>Et tilbakebetalt beløp skrives med minus foran</translation>
        </message>
        <message>
            <source>Bilag (fil)</source>
            <translation>Bilag (fil)</translation>
        </message>
        <message>
            <source>&amp;Utgifter på posten «{name}»</source>
            <translation>&amp;Utgifter på posten «{name}»</translation>
        </message>
        <message>
            <source>&amp;Utgifter på valgt post</source>
            <translation>&amp;Utgifter på valgt post</translation>
        </message>
        <message>
            <source>&amp;Forklaring på avvik for posten «{name}»</source>
            <translation>&amp;Forklaring på avvik for posten «{name}»</translation>
        </message>
        <message>
            <source>&amp;Forklaring på avvik for valgt post</source>
            <translation>&amp;Forklaring på avvik for valgt post</translation>
        </message>
        <message>
            <source>Skrevet</source>
            <translation>Skrevet</translation>
        </message>
        <message>
            <source>⚠ Mangler</source>
            <translation>⚠ Mangler</translation>
        </message>
        <message>
            <source>Sum budsjett {budget}, ført {spent}, avvik {variance}.</source>
            <translation>Sum budsjett {budget}, ført {spent}, avvik {variance}.</translation>
        </message>
        <message>
            <source>Ingen budsjettposter ennå. Trykk «Ny post».</source>
            <translation>Ingen budsjettposter ennå. Trykk «Ny post».</translation>
        </message>
        <message>
            <source>Noen beløp kan ikke leses; de er ikke med i summen.</source>
            <translation>Noen beløp kan ikke leses; de er ikke med i summen.</translation>
        </message>
        <message>
            <source>⚠ Posten har utgifter, men ikke noe budsjett. Skriv hvorfor; rapporten til tilskuddsgiveren er ikke komplett uten en forklaring.</source>
            <translation>⚠ Posten har utgifter, men ikke noe budsjett. Skriv hvorfor; rapporten til tilskuddsgiveren er ikke komplett uten en forklaring.</translation>
        </message>
        <message>
            <source>⚠ Posten er {percent} % over budsjettet, mer enn grensen på {limit} %. Skriv hvorfor; rapporten til tilskuddsgiveren er ikke komplett uten en forklaring.</source>
            <translation>⚠ Posten er {percent} % over budsjettet, mer enn grensen på {limit} %. Skriv hvorfor; rapporten til tilskuddsgiveren er ikke komplett uten en forklaring.</translation>
        </message>
        <message>
            <source>⚠ Posten er {percent} % under budsjettet, mer enn grensen på {limit} %, og perioden er over. Skriv hvorfor; rapporten til tilskuddsgiveren er ikke komplett uten en forklaring.</source>
            <translation>⚠ Posten er {percent} % under budsjettet, mer enn grensen på {limit} %, og perioden er over. Skriv hvorfor; rapporten til tilskuddsgiveren er ikke komplett uten en forklaring.</translation>
        </message>
        <message>
            <source>Forklaringen står i rapporten til tilskuddsgiveren. Den kreves når posten er mer enn {limit} % over budsjettet, og etter at perioden er over også når den er mer enn {limit} % under.</source>
            <translation>Forklaringen står i rapporten til tilskuddsgiveren. Den kreves når posten er mer enn {limit} % over budsjettet, og etter at perioden er over også når den er mer enn {limit} % under.</translation>
        </message>
        <message>
            <source>Velg bilag</source>
            <translation>Velg bilag</translation>
        </message>
    </context>
    <context>
        <name>CancelSessionDialog</name>
        <message>
            <source>Avlys samlingen</source>
            <translation>Avlys samlingen</translation>
        </message>
        <message>
            <source>&amp;Avlys samlingen</source>
            <translation>&amp;Avlys samlingen</translation>
        </message>
        <message>
            <source>Velg eller skriv grunnen</source>
            <translation>Velg eller skriv grunnen</translation>
        </message>
    </context>
    <context>
        <name>CertificateCard</name>
        <message>
            <source>Politiattester</source>
            <translation>Politiattester</translation>
        </message>
        <message>
            <source>Ingen politiattester går ut de neste {days} dagene.</source>
            <translation>Ingen politiattester går ut de neste {days} dagene.</translation>
        </message>
    </context>
    <context>
        <name>CertificateModel</name>
        <message>
            <source>Frivillig</source>
            <translation>Frivillig</translation>
        </message>
        <message>
            <source>Politiattest</source>
            <translation>Politiattest</translation>
        </message>
    </context>
    <context>
        <name>ChangeLogTab</name>
        <message>
            <source>alle</source>
            <translation>alle</translation>
        </message>
        <message>
            <source>&amp;Bruker</source>
            <translation>&amp;Bruker</translation>
        </message>
        <message>
            <source>&amp;Hva</source>
            <translation>&amp;Hva</translation>
        </message>
        <message>
            <source>&amp;Nr.</source>
            <translation>&amp;Nr.</translation>
        </message>
        <message>
            <source>&amp;Fra</source>
            <translation>&amp;Fra</translation>
        </message>
        <message>
            <source>&amp;Til</source>
            <translation>&amp;Til</translation>
        </message>
        <message>
            <source>&amp;Nullstill</source>
            <translation>&amp;Nullstill</translation>
        </message>
        <message>
            <source>Endringslogg</source>
            <translation>Endringslogg</translation>
        </message>
        <message>
            <source>Endringene i valgt rad</source>
            <translation>Endringene i valgt rad</translation>
        </message>
        <message>
            <source>Velg en rad for å se alle endrede felt.</source>
            <translation>Velg en rad for å se alle endrede felt.</translation>
        </message>
        <message>
            <source>Alle brukere</source>
            <translation>Alle brukere</translation>
        </message>
        <message>
            <source>Alt</source>
            <translation>Alt</translation>
        </message>
        <message>
            <source>Nr. må være et tall.</source>
            <translation>Nr. må være et tall.</translation>
        </message>
        <message>
            <source>Viser de {count} nyeste endringene. Snevre inn med filtrene for å se eldre.</source>
            <translation>Viser de {count} nyeste endringene. Snevre inn med filtrene for å se eldre.</translation>
        </message>
        <message>
            <source>1 endring</source>
            <translation>1 endring</translation>
        </message>
        <message>
            <source>{count} endringer</source>
            <translation>{count} endringer</translation>
        </message>
        <message>
            <source>({first} – {last})</source>
            <translation>({first} – {last})</translation>
        </message>
        <message>
            <source>nr. {number}</source>
            <translation>nr. {number}</translation>
        </message>
        <message>
            <source>{user}, {day} kl. {time}</source>
            <translation>{user}, {day} kl. {time}</translation>
        </message>
    </context>
    <context>
        <name>ChangeLogTableModel</name>
        <message>
            <source>Tidspunkt</source>
            <translation>Tidspunkt</translation>
        </message>
        <message>
            <source>Bruker</source>
            <translation>Bruker</translation>
        </message>
        <message>
            <source>Handling</source>
            <translation>Handling</translation>
        </message>
        <message>
            <source>Hva</source>
            <translation>Hva</translation>
        </message>
        <message>
            <source>Nr.</source>
            <translation>Nr.</translation>
        </message>
        <message>
            <source>Endringer</source>
            <translation>Endringer</translation>
        </message>
    </context>
    <context>
        <name>CheckInWindow</name>
        <message>
            <source>Barn</source>
            <translation>Barn</translation>
        </message>
        <message>
            <source>Voksne</source>
            <translation>Voksne</translation>
        </message>
        <message>
            <source>Uten navn</source>
            <translation>Uten navn</translation>
        </message>
        <message>
            <source>Frivillige</source>
            <translation>Frivillige</translation>
        </message>
        <message>
            <source>Deltakere</source>
            <translation>Deltakere</translation>
        </message>
        <message>
            <source>Treff på søket</source>
            <translation>Treff på søket</translation>
        </message>
        <message>
            <source>Treff på frivillige</source>
            <translation>Treff på frivillige</translation>
        </message>
        <message>
            <source>Til stede i alt</source>
            <translation>Til stede i alt</translation>
        </message>
        <message>
            <source>Barn og voksne registrert med navn, og de som er telt uten navn. Frivillige regnes ikke med.</source>
            <translation>Barn og voksne registrert med navn, og de som er telt uten navn. Frivillige regnes ikke med.</translation>
        </message>
        <message>
            <source>Oppmøte – {activity} – {when}</source>
            <translation>Oppmøte – {activity} – {when}</translation>
        </message>
        <message>
            <source>I tillegg {count} telt i andre aldersgrupper (registrert et annet sted).</source>
            <translation>I tillegg {count} telt i andre aldersgrupper (registrert et annet sted).</translation>
        </message>
        <message>
            <source>Samlingen er avlyst{reason}, så oppmøte kan ikke registreres. Ta tilbake avlysningen på aktiviteten hvis samlingen likevel ble holdt.</source>
            <translation>Samlingen er avlyst{reason}, så oppmøte kan ikke registreres. Ta tilbake avlysningen på aktiviteten hvis samlingen likevel ble holdt.</translation>
        </message>
        <message>
            <source>Her telles folk uten navn: fyll inn under «Uten navn» til høyre. Søk over hvis noen skal registreres med navn.</source>
            <translation>Her telles folk uten navn: fyll inn under «Uten navn» til høyre. Søk over hvis noen skal registreres med navn.</translation>
        </message>
        <message>
            <source>Ingen står på deltakerlisten for denne datoen. Søk etter navn over, eller registrer et nytt barn.</source>
            <translation>Ingen står på deltakerlisten for denne datoen. Søk etter navn over, eller registrer et nytt barn.</translation>
        </message>
        <message>
            <source>{hours} frivillige timer</source>
            <translation>{hours} frivillige timer</translation>
        </message>
        <message>
            <source>Til sammen uten navn: {count}</source>
            <translation>Til sammen uten navn: {count}</translation>
        </message>
        <message>
            <source>Frivillige ({count})</source>
            <translation>Frivillige ({count})</translation>
        </message>
        <message>
            <source>⚠ Disse frivillige har ikke gyldig politiattest: {names}. Dette er en aktivitet med barn. Se en gyldig politiattest før de er med, og registrer datoen på den frivillige.</source>
            <translation>⚠ Disse frivillige har ikke gyldig politiattest: {names}. Dette er en aktivitet med barn. Se en gyldig politiattest før de er med, og registrer datoen på den frivillige.</translation>
        </message>
        <message>
            <source>Ikke til stede</source>
            <translation>Ikke til stede</translation>
        </message>
        <message>
            <source>Til stede</source>
            <translation>Til stede</translation>
        </message>
        <message>
            <source>Som {role}</source>
            <translation>Som {role}</translation>
        </message>
        <message>
            <source>Etter alder</source>
            <translation>Etter alder</translation>
        </message>
        <message>
            <source>f. {year}</source>
            <translation>f. {year}</translation>
        </message>
        <message>
            <source>allerede til stede</source>
            <translation>allerede til stede</translation>
        </message>
        <message>
            <source>på deltakerlisten</source>
            <translation>på deltakerlisten</translation>
        </message>
        <message>
            <source>Ingen beboer heter «{text}». Trykk Enter for å registrere et nytt barn.</source>
            <translation>Ingen beboer heter «{text}». Trykk Enter for å registrere et nytt barn.</translation>
        </message>
        <message>
            <source>{name} er allerede registrert.</source>
            <translation>{name} er allerede registrert.</translation>
        </message>
        <message>
            <source>Velg</source>
            <translation>Velg</translation>
        </message>
        <message>
            <source>{name} er registrert og til stede. Fyll ut resten i Beboere senere.</source>
            <translation>{name} er registrert og til stede. Fyll ut resten i Beboere senere.</translation>
        </message>
        <message>
            <source>En kollega skrev også i notatet. Begge tekstene er tatt med.</source>
            <translation>En kollega skrev også i notatet. Begge tekstene er tatt med.</translation>
        </message>
        <message>
            <source>Notatet er lagret kl. {time}.</source>
            <translation>Notatet er lagret kl. {time}.</translation>
        </message>
        <message>
            <source>&amp;Ingen kom</source>
            <translation>&amp;Ingen kom</translation>
        </message>
        <message>
            <source>Samlingen ble holdt, men ingen kom. Da regnes den som holdt med null i rapportene; uten merket regnes en samling uten registrert oppmøte ikke som holdt.</source>
            <translation>Samlingen ble holdt, men ingen kom. Da regnes den som holdt med null i rapportene; uten merket regnes en samling uten registrert oppmøte ikke som holdt.</translation>
        </message>
        <message>
            <source>Samlingen er ikke holdt ennå</source>
            <translation>Samlingen er ikke holdt ennå</translation>
        </message>
        <message>
            <source>Denne samlingen er {date}, etter i dag. Oppmøte registreres vanligvis etter at samlingen er holdt. Vil du likevel registrere nå?</source>
            <translation>Denne samlingen er {date}, etter i dag. Oppmøte registreres vanligvis etter at samlingen er holdt. Vil du likevel registrere nå?</translation>
        </message>
        <message>
            <source>Registrer likevel</source>
            <translation>Registrer likevel</translation>
        </message>
        <message>
            <source>Oppmøte</source>
            <translation>Oppmøte</translation>
        </message>
        <message>
            <source>&amp;Søk:</source>
            <translation>&amp;Søk:</translation>
        </message>
        <message>
            <source>Skriv et navn og trykk Enter for å registrere (Ctrl+F)</source>
            <translation>Skriv et navn og trykk Enter for å registrere (Ctrl+F)</translation>
        </message>
        <message>
            <source>&amp;Rolle:</source>
            <translation>&amp;Rolle:</translation>
        </message>
        <message>
            <source>Rollen de du legger til får. «Etter alder» velger barn, forelder eller voksen ut fra alder og foresatte.</source>
            <translation>Rollen de du legger til får. «Etter alder» velger barn, forelder eller voksen ut fra alder og foresatte.</translation>
        </message>
        <message>
            <source>Sett på &amp;deltakerlisten</source>
            <translation>Sett på &amp;deltakerlisten</translation>
        </message>
        <message>
            <source>Nye deltakere blir også satt på aktivitetens deltakerliste fra denne datoen.</source>
            <translation>Nye deltakere blir også satt på aktivitetens deltakerliste fra denne datoen.</translation>
        </message>
        <message>
            <source>&amp;Nytt barn…</source>
            <translation>&amp;Nytt barn…</translation>
        </message>
        <message>
            <source>Registrer et barn med bare fornavn, fødselsår og kjønn (Ctrl+N). Resten fylles ut senere.</source>
            <translation>Registrer et barn med bare fornavn, fødselsår og kjønn (Ctrl+N). Resten fylles ut senere.</translation>
        </message>
        <message>
            <source>Nytt barn:</source>
            <translation>Nytt barn:</translation>
        </message>
        <message>
            <source>&amp;Fornavn*</source>
            <translation>&amp;Fornavn*</translation>
        </message>
        <message>
            <source>Fødsels&amp;år*</source>
            <translation>Fødsels&amp;år*</translation>
        </message>
        <message>
            <source>&amp;Kjønn*</source>
            <translation>&amp;Kjønn*</translation>
        </message>
        <message>
            <source>Le&amp;gg til</source>
            <translation>Le&amp;gg til</translation>
        </message>
        <message>
            <source>Avbryt</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>Mellomrom: til stede med timene samlingen varte. Skriv timer i kolonnen Timer.</source>
            <translation>Mellomrom: til stede med timene samlingen varte. Skriv timer i kolonnen Timer.</translation>
        </message>
        <message>
            <source>Legg til fr&amp;ivillig:</source>
            <translation>Legg til fr&amp;ivillig:</translation>
        </message>
        <message>
            <source>Navn, Enter</source>
            <translation>Navn, Enter</translation>
        </message>
        <message>
            <source>Folk som var der uten å bli registrert med navn. Fyll inn etter alder og kjønn, eller bare et antall nederst til høyre.</source>
            <translation>Folk som var der uten å bli registrert med navn. Fyll inn etter alder og kjønn, eller bare et antall nederst til høyre.</translation>
        </message>
        <message>
            <source>Notat</source>
            <translation>Notat</translation>
        </message>
        <message>
            <source>N&amp;otat om samlingen (lagres mens du skriver):</source>
            <translation>N&amp;otat om samlingen (lagres mens du skriver):</translation>
        </message>
        <message>
            <source>Mellomrom eller klikk: til stede / ikke til stede · B, F, V: barn, forelder, voksen · Ctrl+F: søk · Ctrl+N: nytt barn</source>
            <translation>Mellomrom eller klikk: til stede / ikke til stede · B, F, V: barn, forelder, voksen · Ctrl+F: søk · Ctrl+N: nytt barn</translation>
        </message>
        <message>
            <source>Fra &amp;papir (måned)…</source>
            <translation>Fra &amp;papir (måned)…</translation>
        </message>
        <message>
            <source>Skriv inn oppmøte for hele måneden fra en utfylt papirliste.</source>
            <translation>Skriv inn oppmøte for hele måneden fra en utfylt papirliste.</translation>
        </message>
        <message>
            <source>&amp;Lukk</source>
            <translation>&amp;Lukk</translation>
        </message>
    </context>
    <context>
        <name>ChecklistField</name>
        <message>
            <source>Legg til</source>
            <translation>Legg til</translation>
        </message>
    </context>
    <context>
        <name>CompareDialog</name>
        <message>
            <source>Sammenlign endringer</source>
            <translation>Sammenlign endringer</translation>
        </message>
        <message>
            <source>en kollega</source>
            <translation>en kollega</translation>
        </message>
        <message>
            <source>Disse feltene er forskjellige fra det {who} har lagret.</source>
            <translation>Disse feltene er forskjellige fra det {who} har lagret.</translation>
        </message>
        <message>
            <source>Felt</source>
            <translation>Felt</translation>
        </message>
        <message>
            <source>Ditt forslag</source>
            <translation>Ditt forslag</translation>
        </message>
        <message>
            <source>Lagret av {who}</source>
            <translation>Lagret av {who}</translation>
        </message>
        <message>
            <source>Behold mine og lagre</source>
            <translation>Behold mine og lagre</translation>
        </message>
        <message>
            <source>Bruk det kollegaen lagret</source>
            <translation>Bruk det kollegaen lagret</translation>
        </message>
        <message>
            <source>Fortsett å redigere</source>
            <translation>Fortsett å redigere</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <source>Detaljer om feilen</source>
            <translation>Detaljer om feilen</translation>
        </message>
        <message>
            <source>Kopiert.</source>
            <translation>Kopiert.</translation>
        </message>
        <message>
            <source>Uventet feil i Samvirke</source>
            <translation>Uventet feil i Samvirke</translation>
        </message>
        <message>
            <source>Det skjedde en feil som Samvirke ikke var forberedt på.</source>
            <translation>Det skjedde en feil som Samvirke ikke var forberedt på.</translation>
        </message>
        <message>
            <source>Det som allerede er lagret, er trygt. Det du holdt på med akkurat nå, kan være ulagret: sjekk det før du fortsetter. Feilen er skrevet i loggfilen. Kopier detaljene under og send dem til den som hjelper dere med Samvirke, sammen med noen ord om hva du gjorde.</source>
            <translation>Det som allerede er lagret, er trygt. Det du holdt på med akkurat nå, kan være ulagret: sjekk det før du fortsetter. Feilen er skrevet i loggfilen. Kopier detaljene under og send dem til den som hjelper dere med Samvirke, sammen med noen ord om hva du gjorde.</translation>
        </message>
        <message>
            <source>Kopier detaljer</source>
            <translation>Kopier detaljer</translation>
        </message>
        <message>
            <source>Avslutt Samvirke</source>
            <translation>Avslutt Samvirke</translation>
        </message>
        <message>
            <source>Fortsett</source>
            <translation>Fortsett</translation>
        </message>
    </context>
    <context>
        <name>CreateAdminDialog</name>
        <message>
            <source>Lag administrator – Samvirke</source>
            <translation>Lag administrator – Samvirke</translation>
        </message>
        <message>
            <source>&amp;Lag administrator</source>
            <translation>&amp;Lag administrator</translation>
        </message>
        <message>
            <source>Lag administratoren og logg inn (Ctrl+S)</source>
            <translation>Lag administratoren og logg inn (Ctrl+S)</translation>
        </message>
        <message>
            <source>Senere</source>
            <translation>Senere</translation>
        </message>
        <message>
            <source>Uten brukere kan alle som åpner databasen, se og endre alt. Du kan lage administratoren senere under Innstillinger → Brukere.</source>
            <translation>Uten brukere kan alle som åpner databasen, se og endre alt. Du kan lage administratoren senere under Innstillinger → Brukere.</translation>
        </message>
        <message>
            <source>Passordene er ikke like. Skriv det samme passordet to ganger.</source>
            <translation>Passordene er ikke like. Skriv det samme passordet to ganger.</translation>
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
            <translation>(bare lesing)</translation>
        </message>
        <message>
            <source>Database: {location}</source>
            <translation>Database: {location}</translation>
        </message>
        <message>
            <source>En sikkerhetskopi blir tatt akkurat nå.</source>
            <translation>En sikkerhetskopi blir tatt akkurat nå.</translation>
        </message>
        <message>
            <source>Tar sikkerhetskopi …</source>
            <translation>Tar sikkerhetskopi …</translation>
        </message>
        <message>
            <source>Sikkerhetskopi tatt: {path}</source>
            <translation>Sikkerhetskopi tatt: {path}</translation>
        </message>
        <message>
            <source>Sikkerhetskopi</source>
            <translation>Sikkerhetskopi</translation>
        </message>
        <message>
            <source>Sikkerhetskopien er tatt og kontrollert:
{path}</source>
            <translation>Sikkerhetskopien er tatt og kontrollert:
{path}</translation>
        </message>
        <message>
            <source>Sikkerhetskopien feilet: {why}</source>
            <translation>Sikkerhetskopien feilet: {why}</translation>
        </message>
        <message>
            <source>Sikkerhetskopien feilet</source>
            <translation>Sikkerhetskopien feilet</translation>
        </message>
        <message>
            <source>«{name}» erstattes med kopien «{copy}». Det som er lagret etter at kopien ble tatt, går tapt.</source>
            <translation>«{name}» erstattes med kopien «{copy}». Det som er lagret etter at kopien ble tatt, går tapt.</translation>
        </message>
        <message>
            <source>Databasen er også åpen på {pcs}: be dem lukke Samvirke først. Mens gjenopprettingen pågår, kan de ikke lagre.</source>
            <translation>Databasen er også åpen på {pcs}: be dem lukke Samvirke først. Mens gjenopprettingen pågår, kan de ikke lagre.</translation>
        </message>
        <message>
            <source>Gjenopprette databasen?</source>
            <translation>Gjenopprette databasen?</translation>
        </message>
        <message>
            <source>Gjenopprett</source>
            <translation>Gjenopprett</translation>
        </message>
        <message>
            <source>Avbryt</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>Databasen er gjenopprettet</source>
            <translation>Databasen er gjenopprettet</translation>
        </message>
        <message>
            <source>Databasen er gjenopprettet fra «{copy}». Slik den var like før, er lagret i «{safety}», så dette kan angres.</source>
            <translation>Databasen er gjenopprettet fra «{copy}». Slik den var like før, er lagret i «{safety}», så dette kan angres.</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <source>dd.mm.åååå</source>
            <translation>dd.mm.åååå</translation>
        </message>
        <message>
            <source>Velg dato i kalenderen (Alt+Pil ned)</source>
            <translation>Velg dato i kalenderen (Alt+Pil ned)</translation>
        </message>
    </context>
    <context>
        <name>DeadlineCard</name>
        <message>
            <source>Frister for søknader</source>
            <translation>Frister for søknader</translation>
        </message>
        <message>
            <source>Passert uten at statusen er endret</source>
            <translation>Passert uten at statusen er endret</translation>
        </message>
        <message>
            <source>De neste {days} dagene</source>
            <translation>De neste {days} dagene</translation>
        </message>
        <message>
            <source>Ingen frister de neste {days} dagene.</source>
            <translation>Ingen frister de neste {days} dagene.</translation>
        </message>
        <message>
            <source>… og {n} til. Se Søknader.</source>
            <translation>… og {n} til. Se Søknader.</translation>
        </message>
    </context>
    <context>
        <name>DisplayTab</name>
        <message>
            <source>Disse valgene gjelder bare på denne PC-en og for deg som bruker den.</source>
            <translation>Disse valgene gjelder bare på denne PC-en og for deg som bruker den.</translation>
        </message>
        <message>
            <source>&amp;Språk</source>
            <translation>&amp;Språk</translation>
        </message>
        <message>
            <source>Nytt språk brukes fra neste gang du starter Samvirke. Rapportene (PDF) lages på det samme språket.</source>
            <translation>Nytt språk brukes fra neste gang du starter Samvirke. Rapportene (PDF) lages på det samme språket.</translation>
        </message>
        <message>
            <source>&amp;Tekststørrelse</source>
            <translation>&amp;Tekststørrelse</translation>
        </message>
        <message>
            <source>Som i systemet</source>
            <translation>Som i systemet</translation>
        </message>
        <message>
            <source>Lyse farger</source>
            <translation>Lyse farger</translation>
        </message>
        <message>
            <source>Mørke farger</source>
            <translation>Mørke farger</translation>
        </message>
        <message>
            <source>&amp;Farger</source>
            <translation>&amp;Farger</translation>
        </message>
        <message>
            <source>&amp;Bruk</source>
            <translation>&amp;Bruk</translation>
        </message>
        <message>
            <source>Lagrer valgene; tekststørrelse og farger endres med en gang</source>
            <translation>Lagrer valgene; tekststørrelse og farger endres med en gang</translation>
        </message>
        <message>
            <source>Språk og visning</source>
            <translation>Språk og visning</translation>
        </message>
    </context>
    <context>
        <name>EncryptDialog</name>
        <message>
            <source>Krypter databasen – Samvirke</source>
            <translation>Krypter databasen – Samvirke</translation>
        </message>
        <message>
            <source>Krypter «{name}»</source>
            <translation>Krypter «{name}»</translation>
        </message>
        <message>
            <source>Samvirke lager en kryptert kopi av databasen, sammenligner den med originalen rad for rad, og lar kopien ta originalens plass. Sikkerhetskopiene ved siden av blir kryptert på samme måte. Ingen ukryptert kopi blir liggende igjen.</source>
            <translation>Samvirke lager en kryptert kopi av databasen, sammenligner den med originalen rad for rad, og lar kopien ta originalens plass. Sikkerhetskopiene ved siden av blir kryptert på samme måte. Ingen ukryptert kopi blir liggende igjen.</translation>
        </message>
        <message>
            <source>Kollegene må lukke Samvirke på sine PC-er før du begynner. Mens krypteringen pågår, kan ingen lagre.</source>
            <translation>Kollegene må lukke Samvirke på sine PC-er før du begynner. Mens krypteringen pågår, kan ingen lagre.</translation>
        </message>
        <message>
            <source>Etterpå er det bare du som kan logge inn. Alle andre brukere får et nytt passord av deg under Innstillinger → Brukere. Du får også en gjenopprettingskode som du skal skrive ned og låse inne.</source>
            <translation>Etterpå er det bare du som kan logge inn. Alle andre brukere får et nytt passord av deg under Innstillinger → Brukere. Du får også en gjenopprettingskode som du skal skrive ned og låse inne.</translation>
        </message>
        <message>
            <source>Databasen er åpen på {pcs} nå. Be dem lukke Samvirke først.</source>
            <translation>Databasen er åpen på {pcs} nå. Be dem lukke Samvirke først.</translation>
        </message>
        <message>
            <source>&amp;Passordet ditt ({username})</source>
            <translation>&amp;Passordet ditt ({username})</translation>
        </message>
        <message>
            <source>&amp;Krypter databasen</source>
            <translation>&amp;Krypter databasen</translation>
        </message>
        <message>
            <source>Avbryt</source>
            <translation>Avbryt</translation>
        </message>
    </context>
    <context>
        <name>EncryptedAdminDialog</name>
        <message>
            <source>Ny kryptert database – Samvirke</source>
            <translation>Ny kryptert database – Samvirke</translation>
        </message>
        <message>
            <source>Databasen «{name}» blir kryptert: bare de som har en brukerkonto, kan åpne den. Du blir administrator: du legger til kollegene, gir dem roller og passord, og tar vare på sikkerhetskopiene. Etterpå får du en gjenopprettingskode å skrive ned, for den dagen ingen administrator husker passordet sitt.</source>
            <translation>Databasen «{name}» blir kryptert: bare de som har en brukerkonto, kan åpne den. Du blir administrator: du legger til kollegene, gir dem roller og passord, og tar vare på sikkerhetskopiene. Etterpå får du en gjenopprettingskode å skrive ned, for den dagen ingen administrator husker passordet sitt.</translation>
        </message>
        <message>
            <source>&amp;Lag databasen</source>
            <translation>&amp;Lag databasen</translation>
        </message>
        <message>
            <source>Lag den krypterte databasen og administratoren, og logg inn (Ctrl+S)</source>
            <translation>Lag den krypterte databasen og administratoren, og logg inn (Ctrl+S)</translation>
        </message>
        <message>
            <source>Avbryt</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>Ingen database blir laget</source>
            <translation>Ingen database blir laget</translation>
        </message>
        <message>
            <source>Passordene er ikke like. Skriv det samme passordet to ganger.</source>
            <translation>Passordene er ikke like. Skriv det samme passordet to ganger.</translation>
        </message>
    </context>
    <context>
        <name>EncryptedDatabase</name>
        <message>
            <source>Standarddatabasen på denne PC-en er tatt i bruk, så den blir ikke byttet ut. Velg en mappe og et nytt filnavn for den krypterte databasen.</source>
            <translation>Standarddatabasen på denne PC-en er tatt i bruk, så den blir ikke byttet ut. Velg en mappe og et nytt filnavn for den krypterte databasen.</translation>
        </message>
        <message>
            <source>Lager en kryptert kopi av databasen …</source>
            <translation>Lager en kryptert kopi av databasen …</translation>
        </message>
        <message>
            <source>Krypterer databasen</source>
            <translation>Krypterer databasen</translation>
        </message>
        <message>
            <source>Databasen «{name}» er kryptert. Den krypterte kopien ble sammenlignet med originalen rad for rad før den tok originalens plass.</source>
            <translation>Databasen «{name}» er kryptert. Den krypterte kopien ble sammenlignet med originalen rad for rad før den tok originalens plass.</translation>
        </message>
        <message>
            <source>Én sikkerhetskopi er kryptert også.</source>
            <translation>Én sikkerhetskopi er kryptert også.</translation>
        </message>
        <message>
            <source>{count} sikkerhetskopier er kryptert også.</source>
            <translation>{count} sikkerhetskopier er kryptert også.</translation>
        </message>
        <message>
            <source>Disse kollegene kan ikke logge inn før du gir dem et nytt passord under Innstillinger → Brukere: {names}.</source>
            <translation>Disse kollegene kan ikke logge inn før du gir dem et nytt passord under Innstillinger → Brukere: {names}.</translation>
        </message>
        <message>
            <source>Disse sikkerhetskopiene kunne ikke krypteres og kan fortsatt leses av alle som kan lese mappen. Slett dem: {files}.</source>
            <translation>Disse sikkerhetskopiene kunne ikke krypteres og kan fortsatt leses av alle som kan lese mappen. Slett dem: {files}.</translation>
        </message>
        <message>
            <source>Databasen er kryptert</source>
            <translation>Databasen er kryptert</translation>
        </message>
    </context>
    <context>
        <name>EnrolmentModel</name>
        <message>
            <source>Navn</source>
            <translation>Navn</translation>
        </message>
        <message>
            <source>Født</source>
            <translation>Født</translation>
        </message>
        <message>
            <source>Rolle</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>Påmeldt fra</source>
            <translation>Påmeldt fra</translation>
        </message>
        <message>
            <source>Sluttet</source>
            <translation>Sluttet</translation>
        </message>
        <message>
            <source>Skriv datoen som dd.mm.åååå. Tomt: ingen grense.</source>
            <translation>Skriv datoen som dd.mm.åååå. Tomt: ingen grense.</translation>
        </message>
        <message>
            <source>Dobbeltklikk eller trykk F2 for å endre rollen.</source>
            <translation>Dobbeltklikk eller trykk F2 for å endre rollen.</translation>
        </message>
        <message>
            <source>Har sluttet</source>
            <translation>Har sluttet</translation>
        </message>
    </context>
    <context>
        <name>ErasureTab</name>
        <message>
            <source>Hva</source>
            <translation>Hva</translation>
        </message>
        <message>
            <source>Navn</source>
            <translation>Navn</translation>
        </message>
        <message>
            <source>Hvorfor</source>
            <translation>Hvorfor</translation>
        </message>
        <message>
            <source>Hva skjer</source>
            <translation>Hva skjer</translation>
        </message>
        <message>
            <source>Oppføringer som har passert lagringstiden</source>
            <translation>Oppføringer som har passert lagringstiden</translation>
        </message>
        <message>
            <source>Slett &amp;valgte</source>
            <translation>Slett &amp;valgte</translation>
        </message>
        <message>
            <source>&amp;Slett alle</source>
            <translation>&amp;Slett alle</translation>
        </message>
        <message>
            <source>Til sletting</source>
            <translation>Til sletting</translation>
        </message>
        <message>
            <source>Ingenting har passert lagringstiden per {day}.</source>
            <translation>Ingenting har passert lagringstiden per {day}.</translation>
        </message>
        <message>
            <source>{count} har passert lagringstiden per {day}. Gå gjennom listen, og slett dem i ett steg.</source>
            <translation>{count} har passert lagringstiden per {day}. Gå gjennom listen, og slett dem i ett steg.</translation>
        </message>
        <message>
            <source>For {count} av beboerne fjernes også området.</source>
            <translation>For {count} av beboerne fjernes også området.</translation>
        </message>
        <message>
            <source>Slette personopplysninger?</source>
            <translation>Slette personopplysninger?</translation>
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
            <translation>… og {count} til.</translation>
        </message>
        <message>
            <source>Fjern også området for disse {count}, så står bare fødselsår, kjønn og oppmøte igjen av dem.</source>
            <translation>Fjern også området for disse {count}, så står bare fødselsår, kjønn og oppmøte igjen av dem.</translation>
        </message>
        <message>
            <source>Etter anonymiseringen står fødselsår, kjønn og område igjen. Der færre enn {min} beboere i samme område har samme fødselsår og kjønn, kan det fortsatt vise hvem det var:</source>
            <translation>Etter anonymiseringen står fødselsår, kjønn og område igjen. Der færre enn {min} beboere i samme område har samme fødselsår og kjønn, kan det fortsatt vise hvem det var:</translation>
        </message>
        <message>
            <source>Kan fortsatt kjennes igjen</source>
            <translation>Kan fortsatt kjennes igjen</translation>
        </message>
        <message>
            <source>Fjern området også</source>
            <translation>Fjern området også</translation>
        </message>
        <message>
            <source>Behold området</source>
            <translation>Behold området</translation>
        </message>
        <message>
            <source>{count} oppføringer anonymiseres eller slettes nå. Det kan ikke angres (bare ved å gjenopprette en eldre sikkerhetskopi).</source>
            <translation>{count} oppføringer anonymiseres eller slettes nå. Det kan ikke angres (bare ved å gjenopprette en eldre sikkerhetskopi).</translation>
        </message>
        <message>
            <source>Av en anonymisert beboer blir bare fødselsår, kjønn, område og oppmøte igjen, så oppmøtet telles fortsatt i statistikken. Alt annet slettes, og personen vises ikke lenger i lister og søk.</source>
            <translation>Av en anonymisert beboer blir bare fødselsår, kjønn, område og oppmøte igjen, så oppmøtet telles fortsatt i statistikken. Alt annet slettes, og personen vises ikke lenger i lister og søk.</translation>
        </message>
        <message>
            <source>Slett</source>
            <translation>Slett</translation>
        </message>
        <message>
            <source>Avbryt</source>
            <translation>Avbryt</translation>
        </message>
    </context>
    <context>
        <name>FiguresPanel</name>
        <message>
            <source>&amp;Periode</source>
            <translation>&amp;Periode</translation>
        </message>
        <message>
            <source>Periode fra</source>
            <translation>Periode fra</translation>
        </message>
        <message>
            <source>Periode til</source>
            <translation>Periode til</translation>
        </message>
        <message>
            <source>I året perioden begynner</source>
            <translation>I året perioden begynner</translation>
        </message>
        <message>
            <source>I året for første oppmøte</source>
            <translation>I året for første oppmøte</translation>
        </message>
        <message>
            <source>&amp;Alder regnes</source>
            <translation>&amp;Alder regnes</translation>
        </message>
        <message>
            <source>&amp;Vis tall</source>
            <translation>&amp;Vis tall</translation>
        </message>
        <message>
            <source>Regn ut tallene for perioden du har valgt</source>
            <translation>Regn ut tallene for perioden du har valgt</translation>
        </message>
        <message>
            <source>&amp;Kopier tall</source>
            <translation>&amp;Kopier tall</translation>
        </message>
        <message>
            <source>Kopier tallene som tekst, klar til å limes inn i tilskuddsgiverens søknadsportal</source>
            <translation>Kopier tallene som tekst, klar til å limes inn i tilskuddsgiverens søknadsportal</translation>
        </message>
        <message>
            <source>Samlinger holdt</source>
            <translation>Samlinger holdt</translation>
        </message>
        <message>
            <source>Avlyste samlinger er ikke med.</source>
            <translation>Avlyste samlinger er ikke med.</translation>
        </message>
        <message>
            <source>Unike deltakere</source>
            <translation>Unike deltakere</translation>
        </message>
        <message>
            <source>Hver person telles én gang, på tvers av samlinger og aktiviteter. Telte personer er ikke med.</source>
            <translation>Hver person telles én gang, på tvers av samlinger og aktiviteter. Telte personer er ikke med.</translation>
        </message>
        <message>
            <source>Barn og unge</source>
            <translation>Barn og unge</translation>
        </message>
        <message>
            <source>Voksne</source>
            <translation>Voksne</translation>
        </message>
        <message>
            <source>Foreldre og andre voksne.</source>
            <translation>Foreldre og andre voksne.</translation>
        </message>
        <message>
            <source>Oppmøter</source>
            <translation>Oppmøter</translation>
        </message>
        <message>
            <source>Registrerte oppmøter i alt.</source>
            <translation>Registrerte oppmøter i alt.</translation>
        </message>
        <message>
            <source>Telte personer</source>
            <translation>Telte personer</translation>
        </message>
        <message>
            <source>Personer som ble talt, ikke registrert med navn.</source>
            <translation>Personer som ble talt, ikke registrert med navn.</translation>
        </message>
        <message>
            <source>Frivillige timer</source>
            <translation>Frivillige timer</translation>
        </message>
        <message>
            <source>Egeninnsats</source>
            <translation>Egeninnsats</translation>
        </message>
        <message>
            <source>Frivillige timer ganget med timesatsen.</source>
            <translation>Frivillige timer ganget med timesatsen.</translation>
        </message>
        <message>
            <source>Tallene som tekst</source>
            <translation>Tallene som tekst</translation>
        </message>
        <message>
            <source>Tallene hentes fra samlingene i aktivitetene søknaden gjelder. Trykk «Vis tall».</source>
            <translation>Tallene hentes fra samlingene i aktivitetene søknaden gjelder. Trykk «Vis tall».</translation>
        </message>
        <message>
            <source>Lagre søknaden først. Da kan du se tallene her.</source>
            <translation>Lagre søknaden først. Da kan du se tallene her.</translation>
        </message>
        <message>
            <source>Tallene gjelder {start}–{end} og det som er lagret. {basis}.</source>
            <translation>Tallene gjelder {start}–{end} og det som er lagret. {basis}.</translation>
        </message>
        <message>
            <source>Samme tall på kommandolinjen: {command}</source>
            <translation>Samme tall på kommandolinjen: {command}</translation>
        </message>
        <message>
            <source>Tallene er kopiert. Lim dem inn der du trenger dem (Ctrl+V).</source>
            <translation>Tallene er kopiert. Lim dem inn der du trenger dem (Ctrl+V).</translation>
        </message>
        <message>
            <source>bare timer</source>
            <translation>bare timer</translation>
        </message>
    </context>
    <context>
        <name>FunderDialog</name>
        <message>
            <source>Tilskuddsgiver</source>
            <translation>Tilskuddsgiver</translation>
        </message>
        <message>
            <source>Tilskuddsgiver – {name}</source>
            <translation>Tilskuddsgiver – {name}</translation>
        </message>
        <message>
            <source>Ordning</source>
            <translation>Ordning</translation>
        </message>
        <message>
            <source>Kode</source>
            <translation>Kode</translation>
        </message>
        <message>
            <source>Tilskuddsgiverens kode eller kategori, om den har en</source>
            <translation>Tilskuddsgiverens kode eller kategori, om den har en</translation>
        </message>
        <message>
            <source>Revisor</source>
            <translation>Revisor</translation>
        </message>
        <message>
            <source>Ikke oppgitt</source>
            <translation>Ikke oppgitt</translation>
        </message>
        <message>
            <source>Over beløpet</source>
            <translation>Over beløpet</translation>
        </message>
        <message>
            <source>Alltid</source>
            <translation>Alltid</translation>
        </message>
        <message>
            <source>Når tilskuddsgiveren krever revisorattestasjon av regnskapet for ordningen</source>
            <translation>Når tilskuddsgiveren krever revisorattestasjon av regnskapet for ordningen</translation>
        </message>
        <message>
            <source>Beløp (kr)</source>
            <translation>Beløp (kr)</translation>
        </message>
        <message>
            <source>Revisorattestasjon kreves når tilskuddet er over dette beløpet, for eksempel 200 000</source>
            <translation>Revisorattestasjon kreves når tilskuddet er over dette beløpet, for eksempel 200 000</translation>
        </message>
        <message>
            <source>Forklar avvik over %</source>
            <translation>Forklar avvik over %</translation>
        </message>
        <message>
            <source>Budsjettposter som avviker mer enn dette må forklares i rapporten. Tomt: 10 %.</source>
            <translation>Budsjettposter som avviker mer enn dette må forklares i rapporten. Tomt: 10 %.</translation>
        </message>
        <message>
            <source>Navn i rapporten</source>
            <translation>Navn i rapporten</translation>
        </message>
        <message>
            <source>Fra alder</source>
            <translation>Fra alder</translation>
        </message>
        <message>
            <source>Tomt: ingen nedre grense</source>
            <translation>Tomt: ingen nedre grense</translation>
        </message>
        <message>
            <source>Til og med alder</source>
            <translation>Til og med alder</translation>
        </message>
        <message>
            <source>Tomt: ingen øvre grense</source>
            <translation>Tomt: ingen øvre grense</translation>
        </message>
        <message>
            <source>Fyll inn aldersgruppene til en kjent tilskuddsgiver (kan endres etterpå)</source>
            <translation>Fyll inn aldersgruppene til en kjent tilskuddsgiver (kan endres etterpå)</translation>
        </message>
        <message>
            <source>Tilskuddsgiveren (ordninger uten egne grupper)</source>
            <translation>Tilskuddsgiveren (ordninger uten egne grupper)</translation>
        </message>
        <message>
            <source>Ny ordning</source>
            <translation>Ny ordning</translation>
        </message>
        <message>
            <source>Ordningen {name}</source>
            <translation>Ordningen {name}</translation>
        </message>
        <message>
            <source> (egne grupper)</source>
            <translation> (egne grupper)</translation>
        </message>
    </context>
    <context>
        <name>FunderForm</name>
        <message>
            <source>Tilskuddsgiver</source>
            <translation>Tilskuddsgiver</translation>
        </message>
        <message>
            <source>&amp;Navn</source>
            <translation>&amp;Navn</translation>
        </message>
        <message>
            <source>For eksempel Barne-, ungdoms- og familiedirektoratet</source>
            <translation>For eksempel Barne-, ungdoms- og familiedirektoratet</translation>
        </message>
        <message>
            <source>&amp;Kortnavn</source>
            <translation>&amp;Kortnavn</translation>
        </message>
        <message>
            <source>For eksempel Bufdir</source>
            <translation>For eksempel Bufdir</translation>
        </message>
        <message>
            <source>Brukes i lister og påminnelser</source>
            <translation>Brukes i lister og påminnelser</translation>
        </message>
        <message>
            <source>Nett&amp;side</source>
            <translation>Nett&amp;side</translation>
        </message>
        <message>
            <source>https://</source>
            <translation>https://</translation>
        </message>
        <message>
            <source>Timesats for &amp;egeninnsats (kr)</source>
            <translation>Timesats for &amp;egeninnsats (kr)</translation>
        </message>
        <message>
            <source>Bare timer</source>
            <translation>Bare timer</translation>
        </message>
        <message>
            <source>Kroner per frivillig time som tilskuddsgiveren godtar som egeninnsats. Tomt: bare antall timer rapporteres.</source>
            <translation>Kroner per frivillig time som tilskuddsgiveren godtar som egeninnsats. Tomt: bare antall timer rapporteres.</translation>
        </message>
        <message>
            <source>La feltet stå tomt hvis tilskuddsgiveren bare vil ha antall timer.</source>
            <translation>La feltet stå tomt hvis tilskuddsgiveren bare vil ha antall timer.</translation>
        </message>
        <message>
            <source>&amp;Revisjon</source>
            <translation>&amp;Revisjon</translation>
        </message>
        <message>
            <source>For eksempel: revisorattestert regnskap når tilskuddet er over 200 000 kr</source>
            <translation>For eksempel: revisorattestert regnskap når tilskuddet er over 200 000 kr</translation>
        </message>
        <message>
            <source>N&amp;otater</source>
            <translation>N&amp;otater</translation>
        </message>
        <message>
            <source>&amp;Arkivert (vises ikke når dere lager nye søknader)</source>
            <translation>&amp;Arkivert (vises ikke når dere lager nye søknader)</translation>
        </message>
        <message>
            <source>Ordninger og aldersgrupper</source>
            <translation>Ordninger og aldersgrupper</translation>
        </message>
        <message>
            <source>&amp;Ordninger</source>
            <translation>&amp;Ordninger</translation>
        </message>
        <message>
            <source>Ny ordning</source>
            <translation>Ny ordning</translation>
        </message>
        <message>
            <source>Fjern ordning</source>
            <translation>Fjern ordning</translation>
        </message>
        <message>
            <source>Aldersgrupper</source>
            <translation>Aldersgrupper</translation>
        </message>
        <message>
            <source>Aldersgruppene tilskuddsgiveren vil ha tallene i. Begge grensene er tatt med (6–12 betyr fra og med 6 til og med 12 år); tomt felt betyr ingen grense.</source>
            <translation>Aldersgruppene tilskuddsgiveren vil ha tallene i. Begge grensene er tatt med (6–12 betyr fra og med 6 til og med 12 år); tomt felt betyr ingen grense.</translation>
        </message>
        <message>
            <source>&amp;Gjelder</source>
            <translation>&amp;Gjelder</translation>
        </message>
        <message>
            <source>Ordningen har &amp;egne aldersgrupper</source>
            <translation>Ordningen har &amp;egne aldersgrupper</translation>
        </message>
        <message>
            <source>Al&amp;dersgrupper</source>
            <translation>Al&amp;dersgrupper</translation>
        </message>
        <message>
            <source>&amp;Bruk forhåndsvalg</source>
            <translation>&amp;Bruk forhåndsvalg</translation>
        </message>
        <message>
            <source>Ny gruppe</source>
            <translation>Ny gruppe</translation>
        </message>
        <message>
            <source>Fjern gruppe</source>
            <translation>Fjern gruppe</translation>
        </message>
    </context>
    <context>
        <name>FunderTableModel</name>
        <message>
            <source>Navn</source>
            <translation>Navn</translation>
        </message>
        <message>
            <source>Kortnavn</source>
            <translation>Kortnavn</translation>
        </message>
        <message>
            <source>Ordninger</source>
            <translation>Ordninger</translation>
        </message>
        <message>
            <source>Aldersgrupper</source>
            <translation>Aldersgrupper</translation>
        </message>
        <message>
            <source>Timesats</source>
            <translation>Timesats</translation>
        </message>
        <message>
            <source>Søknader</source>
            <translation>Søknader</translation>
        </message>
        <message>
            <source>Standard</source>
            <translation>Standard</translation>
        </message>
        <message>
            <source>Bare timer</source>
            <translation>Bare timer</translation>
        </message>
    </context>
    <context>
        <name>FundersWindow</name>
        <message>
            <source>Tilskuddsgivere</source>
            <translation>Tilskuddsgivere</translation>
        </message>
        <message>
            <source>Vis arkiverte</source>
            <translation>Vis arkiverte</translation>
        </message>
        <message>
            <source>&amp;Ny tilskuddsgiver</source>
            <translation>&amp;Ny tilskuddsgiver</translation>
        </message>
        <message>
            <source>Legg inn en ny tilskuddsgiver (Ctrl+N)</source>
            <translation>Legg inn en ny tilskuddsgiver (Ctrl+N)</translation>
        </message>
        <message>
            <source>Dobbeltklikk eller trykk Enter for å åpne. Aldersgruppene og timesatsen brukes i tallene til rapportene.</source>
            <translation>Dobbeltklikk eller trykk Enter for å åpne. Aldersgruppene og timesatsen brukes i tallene til rapportene.</translation>
        </message>
        <message>
            <source>1 tilskuddsgiver</source>
            <translation>1 tilskuddsgiver</translation>
        </message>
        <message>
            <source>{n} tilskuddsgivere</source>
            <translation>{n} tilskuddsgivere</translation>
        </message>
    </context>
    <context>
        <name>GuideDialog</name>
        <message>
            <source>Brukerveiledning – Samvirke</source>
            <translation>Brukerveiledning – Samvirke</translation>
        </message>
        <message>
            <source>Brukerveiledning</source>
            <translation>Brukerveiledning</translation>
        </message>
        <message>
            <source>Brukerveiledningen mangler i installasjonen ({path}). Installer Samvirke på nytt.</source>
            <translation>Brukerveiledningen mangler i installasjonen ({path}). Installer Samvirke på nytt.</translation>
        </message>
        <message>
            <source>Lukk</source>
            <translation>Lukk</translation>
        </message>
        <message>
            <source>Åpne i &amp;nettleseren</source>
            <translation>Åpne i &amp;nettleseren</translation>
        </message>
        <message>
            <source>Åpner veiledningen i nettleseren, der du kan skrive den ut.</source>
            <translation>Åpner veiledningen i nettleseren, der du kan skrive den ut.</translation>
        </message>
    </context>
    <context>
        <name>HeadCountTable</name>
        <message>
            <source>Bare et antall, uten alder og kjønn</source>
            <translation>Bare et antall, uten alder og kjønn</translation>
        </message>
    </context>
    <context>
        <name>HouseholdDialog</name>
        <message>
            <source>Ikke valgt</source>
            <translation>Ikke valgt</translation>
        </message>
        <message>
            <source>Ny husstand</source>
            <translation>Ny husstand</translation>
        </message>
        <message>
            <source>Husstand – {name}</source>
            <translation>Husstand – {name}</translation>
        </message>
        <message>
            <source>Ingen ennå. Velg husstanden på beboerne.</source>
            <translation>Ingen ennå. Velg husstanden på beboerne.</translation>
        </message>
        <message>
            <source>Velg husstanden på beboerne etter at den er lagret.</source>
            <translation>Velg husstanden på beboerne etter at den er lagret.</translation>
        </message>
    </context>
    <context>
        <name>HouseholdForm</name>
        <message>
            <source>&amp;Navn</source>
            <translation>&amp;Navn</translation>
        </message>
        <message>
            <source>f.eks. familienavnet</source>
            <translation>f.eks. familienavnet</translation>
        </message>
        <message>
            <source>Omr&amp;åde</source>
            <translation>Omr&amp;åde</translation>
        </message>
        <message>
            <source>&amp;Adresse</source>
            <translation>&amp;Adresse</translation>
        </message>
        <message>
            <source>Gate, nummer og leilighet, f.eks. H0203</source>
            <translation>Gate, nummer og leilighet, f.eks. H0203</translation>
        </message>
        <message>
            <source>Medlemmer</source>
            <translation>Medlemmer</translation>
        </message>
        <message>
            <source>N&amp;otater</source>
            <translation>N&amp;otater</translation>
        </message>
        <message>
            <source>Notater</source>
            <translation>Notater</translation>
        </message>
    </context>
    <context>
        <name>ImportMappingPage</name>
        <message>
            <source>Kolonnene</source>
            <translation>Kolonnene</translation>
        </message>
        <message>
            <source>Samvirke har gjettet hva hver kolonne inneholder ut fra overskriften. Rett det som er feil; kolonner satt til «(ikke importer)» blir ikke tatt med.</source>
            <translation>Samvirke har gjettet hva hver kolonne inneholder ut fra overskriften. Rett det som er feil; kolonner satt til «(ikke importer)» blir ikke tatt med.</translation>
        </message>
        <message>
            <source>Neste gang en fil med de samme overskriftene importeres, brukes de samme valgene.</source>
            <translation>Neste gang en fil med de samme overskriftene importeres, brukes de samme valgene.</translation>
        </message>
        <message>
            <source>&amp;Husk kolonnevalgene til neste import</source>
            <translation>&amp;Husk kolonnevalgene til neste import</translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewPage</name>
        <message>
            <source>Forhåndsvisning</source>
            <translation>Forhåndsvisning</translation>
        </message>
        <message>
            <source>Ingenting er lagret ennå. Se over radene: rader med feil hoppes over, og rader med advarsel kan du ta med eller hoppe over.</source>
            <translation>Ingenting er lagret ennå. Se over radene: rader med feil hoppes over, og rader med advarsel kan du ta med eller hoppe over.</translation>
        </message>
        <message>
            <source>&amp;Vis:</source>
            <translation>&amp;Vis:</translation>
        </message>
        <message>
            <source>Fjern haken for alle rader som kan være en person som allerede er registrert, eller som står flere ganger i filen.</source>
            <translation>Fjern haken for alle rader som kan være en person som allerede er registrert, eller som står flere ganger i filen.</translation>
        </message>
        <message>
            <source>&amp;Hopp over mulige dubletter</source>
            <translation>&amp;Hopp over mulige dubletter</translation>
        </message>
        <message>
            <source>Sett hake for alle rader med advarsel igjen.</source>
            <translation>Sett hake for alle rader med advarsel igjen.</translation>
        </message>
        <message>
            <source>&amp;Ta med alle med advarsel</source>
            <translation>&amp;Ta med alle med advarsel</translation>
        </message>
    </context>
    <context>
        <name>ImportSourcePage</name>
        <message>
            <source>Hva vil du importere?</source>
            <translation>Hva vil du importere?</translation>
        </message>
        <message>
            <source>Velg hva regnearket inneholder, og velg filen (.xlsx fra Excel, eller .csv).</source>
            <translation>Velg hva regnearket inneholder, og velg filen (.xlsx fra Excel, eller .csv).</translation>
        </message>
        <message>
            <source>&amp;Hva:</source>
            <translation>&amp;Hva:</translation>
        </message>
        <message>
            <source>Beboere / deltakere</source>
            <translation>Beboere / deltakere</translation>
        </message>
        <message>
            <source>Frivillige</source>
            <translation>Frivillige</translation>
        </message>
        <message>
            <source>Samarbeidspartnere</source>
            <translation>Samarbeidspartnere</translation>
        </message>
        <message>
            <source>Oppmøte (navn nedover, datoer bortover)</source>
            <translation>Oppmøte (navn nedover, datoer bortover)</translation>
        </message>
        <message>
            <source>&amp;Aktivitet:</source>
            <translation>&amp;Aktivitet:</translation>
        </message>
        <message>
            <source>Oppmøtet registreres på samlingene til denne aktiviteten. Datoer uten samling får en ny samling.</source>
            <translation>Oppmøtet registreres på samlingene til denne aktiviteten. Datoer uten samling får en ny samling.</translation>
        </message>
        <message>
            <source>&amp;Fil:</source>
            <translation>&amp;Fil:</translation>
        </message>
        <message>
            <source>Hele stien til regnearket. Trykk Velg fil… for å lete det opp.</source>
            <translation>Hele stien til regnearket. Trykk Velg fil… for å lete det opp.</translation>
        </message>
        <message>
            <source>Ingen fil valgt</source>
            <translation>Ingen fil valgt</translation>
        </message>
        <message>
            <source>&amp;Velg fil…</source>
            <translation>&amp;Velg fil…</translation>
        </message>
        <message>
            <source>A&amp;rk:</source>
            <translation>A&amp;rk:</translation>
        </message>
        <message>
            <source>Arbeidsboken har flere ark. Velg arket med tabellen.</source>
            <translation>Arbeidsboken har flere ark. Velg arket med tabellen.</translation>
        </message>
    </context>
    <context>
        <name>ImportSummaryPage</name>
        <message>
            <source>Importen er ferdig</source>
            <translation>Importen er ferdig</translation>
        </message>
        <message>
            <source>Alt er lagret i én omgang. Det som ble importert, ligger nå i listene.</source>
            <translation>Alt er lagret i én omgang. Det som ble importert, ligger nå i listene.</translation>
        </message>
        <message>
            <source>Lagre radene som ble hoppet over, med grunnen, som en fil du kan rette og importere på nytt.</source>
            <translation>Lagre radene som ble hoppet over, med grunnen, som en fil du kan rette og importere på nytt.</translation>
        </message>
        <message>
            <source>&amp;Lagre rapport over radene som ble hoppet over…</source>
            <translation>&amp;Lagre rapport over radene som ble hoppet over…</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>&amp;Importer fra regneark…</source>
            <translation>&amp;Importer fra regneark…</translation>
        </message>
        <message>
            <source>Ta inn beboere, frivillige, samarbeidspartnere eller oppmøte fra Excel eller CSV</source>
            <translation>Ta inn beboere, frivillige, samarbeidspartnere eller oppmøte fra Excel eller CSV</translation>
        </message>
        <message>
            <source>Importer fra regneark</source>
            <translation>Importer fra regneark</translation>
        </message>
        <message>
            <source>&lt; &amp;Tilbake</source>
            <translation>&lt; &amp;Tilbake</translation>
        </message>
        <message>
            <source>&amp;Neste &gt;</source>
            <translation>&amp;Neste &gt;</translation>
        </message>
        <message>
            <source>&amp;Importer</source>
            <translation>&amp;Importer</translation>
        </message>
        <message>
            <source>&amp;Ferdig</source>
            <translation>&amp;Ferdig</translation>
        </message>
        <message>
            <source>Avbryt</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>Hjelp</source>
            <translation>Hjelp</translation>
        </message>
        <message>
            <source>Noe uventet gikk galt, og ingenting ble lagret. Prøv igjen, eller send feilmeldingen til den som hjelper dere med Samvirke.</source>
            <translation>Noe uventet gikk galt, og ingenting ble lagret. Prøv igjen, eller send feilmeldingen til den som hjelper dere med Samvirke.</translation>
        </message>
    </context>
    <context>
        <name>ListPage</name>
        <message>
            <source>Søk i {title}</source>
            <translation>Søk i {title}</translation>
        </message>
        <message>
            <source>Vis ar&amp;kiverte</source>
            <translation>Vis ar&amp;kiverte</translation>
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
            <translation>Eksporter {title}</translation>
        </message>
        <message>
            <source>Eksporterte {rows} til {file}.</source>
            <translation>Eksporterte {rows} til {file}.</translation>
        </message>
        <message>
            <source>1 rad</source>
            <translation>1 rad</translation>
        </message>
        <message>
            <source>{n} rader</source>
            <translation>{n} rader</translation>
        </message>
        <message>
            <source>{shown} av {all}</source>
            <translation>{shown} av {all}</translation>
        </message>
        <message>
            <source>Liste</source>
            <translation>Liste</translation>
        </message>
        <message>
            <source>Skriv deler av navn, telefon eller e-post. Store og små bokstaver og aksenter spiller ingen rolle.</source>
            <translation>Skriv deler av navn, telefon eller e-post. Store og små bokstaver og aksenter spiller ingen rolle.</translation>
        </message>
        <message>
            <source>Søk…</source>
            <translation>Søk…</translation>
        </message>
        <message>
            <source>Vis også oppføringer som er arkivert eller anonymisert.</source>
            <translation>Vis også oppføringer som er arkivert eller anonymisert.</translation>
        </message>
        <message>
            <source>Vis arkiverte</source>
            <translation>Vis arkiverte</translation>
        </message>
        <message>
            <source>Lagre listen slik den vises (med søk og filter) som Excel-fil eller CSV</source>
            <translation>Lagre listen slik den vises (med søk og filter) som Excel-fil eller CSV</translation>
        </message>
        <message>
            <source>&amp;Eksporter</source>
            <translation>&amp;Eksporter</translation>
        </message>
        <message>
            <source>Lag en ny oppføring (Ctrl+N)</source>
            <translation>Lag en ny oppføring (Ctrl+N)</translation>
        </message>
        <message>
            <source>&amp;Ny</source>
            <translation>&amp;Ny</translation>
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
            <translation>Skriv brukernavnet ditt.</translation>
        </message>
        <message>
            <source>&amp;Logg inn</source>
            <translation>&amp;Logg inn</translation>
        </message>
        <message>
            <source>Vent {seconds} s</source>
            <translation>Vent {seconds} s</translation>
        </message>
        <message>
            <source>Logg inn – Samvirke</source>
            <translation>Logg inn – Samvirke</translation>
        </message>
        <message>
            <source>Logg inn</source>
            <translation>Logg inn</translation>
        </message>
        <message>
            <source>&amp;Brukernavn</source>
            <translation>&amp;Brukernavn</translation>
        </message>
        <message>
            <source>&amp;Passord</source>
            <translation>&amp;Passord</translation>
        </message>
        <message>
            <source>Glemt passordet? Be en administrator i teamet om å gi deg et nytt.</source>
            <translation>Glemt passordet? Be en administrator i teamet om å gi deg et nytt.</translation>
        </message>
        <message>
            <source>&amp;Glemt passordet?</source>
            <translation>&amp;Glemt passordet?</translation>
        </message>
        <message>
            <source>Avbryt</source>
            <translation>Avbryt</translation>
        </message>
    </context>
    <context>
        <name>MainMenu</name>
        <message>
            <source>&amp;Fil</source>
            <translation>&amp;Fil</translation>
        </message>
        <message>
            <source>&amp;Ny database…</source>
            <translation>&amp;Ny database…</translation>
        </message>
        <message>
            <source>&amp;Åpne database…</source>
            <translation>&amp;Åpne database…</translation>
        </message>
        <message>
            <source>Ta &amp;sikkerhetskopi nå</source>
            <translation>Ta &amp;sikkerhetskopi nå</translation>
        </message>
        <message>
            <source>&amp;Gjenopprett…</source>
            <translation>&amp;Gjenopprett…</translation>
        </message>
        <message>
            <source>&amp;Bytt bruker…</source>
            <translation>&amp;Bytt bruker…</translation>
        </message>
        <message>
            <source>&amp;Logg ut</source>
            <translation>&amp;Logg ut</translation>
        </message>
        <message>
            <source>Endre &amp;passordet ditt…</source>
            <translation>Endre &amp;passordet ditt…</translation>
        </message>
        <message>
            <source>&amp;Avslutt</source>
            <translation>&amp;Avslutt</translation>
        </message>
        <message>
            <source>&amp;Hjelp</source>
            <translation>&amp;Hjelp</translation>
        </message>
        <message>
            <source>&amp;Om Samvirke</source>
            <translation>&amp;Om Samvirke</translation>
        </message>
        <message>
            <source>En database på en tjener sikkerhetskopieres av den som driver tjeneren.</source>
            <translation>En database på en tjener sikkerhetskopieres av den som driver tjeneren.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Oversikt</source>
            <translation>Oversikt</translation>
        </message>
        <message>
            <source>Beboere</source>
            <translation>Beboere</translation>
        </message>
        <message>
            <source>Aktiviteter</source>
            <translation>Aktiviteter</translation>
        </message>
        <message>
            <source>Frivillige</source>
            <translation>Frivillige</translation>
        </message>
        <message>
            <source>Samarbeidspartnere</source>
            <translation>Samarbeidspartnere</translation>
        </message>
        <message>
            <source>Søknader</source>
            <translation>Søknader</translation>
        </message>
        <message>
            <source>Rapporter</source>
            <translation>Rapporter</translation>
        </message>
        <message>
            <source>Innstillinger</source>
            <translation>Innstillinger</translation>
        </message>
        <message>
            <source>Logget ut</source>
            <translation>Logget ut</translation>
        </message>
        <message>
            <source>Brukeren din er deaktivert eller finnes ikke lenger i denne databasen. Logg inn på nytt, eller snakk med en administrator i teamet.</source>
            <translation>Brukeren din er deaktivert eller finnes ikke lenger i denne databasen. Logg inn på nytt, eller snakk med en administrator i teamet.</translation>
        </message>
    </context>
    <context>
        <name>MappingPage</name>
        <message>
            <source>Kolonne i filen</source>
            <translation>Kolonne i filen</translation>
        </message>
        <message>
            <source>Importeres som</source>
            <translation>Importeres som</translation>
        </message>
        <message>
            <source>Eksempler fra filen</source>
            <translation>Eksempler fra filen</translation>
        </message>
        <message>
            <source>Samling {date}</source>
            <translation>Samling {date}</translation>
        </message>
        <message>
            <source>Importer «{header}» som</source>
            <translation>Importer «{header}» som</translation>
        </message>
        <message>
            <source>(tom kolonne)</source>
            <translation>(tom kolonne)</translation>
        </message>
    </context>
    <context>
        <name>MonthGridWindow</name>
        <message>
            <source>Treff på deltakere</source>
            <translation>Treff på deltakere</translation>
        </message>
        <message>
            <source>Treff på frivillige</source>
            <translation>Treff på frivillige</translation>
        </message>
        <message>
            <source>Ingen beboer med det navnet. Registrer personen i Beboere eller i oppmøtet for samlingen.</source>
            <translation>Ingen beboer med det navnet. Registrer personen i Beboere eller i oppmøtet for samlingen.</translation>
        </message>
        <message>
            <source>Ingen frivillig med det navnet.</source>
            <translation>Ingen frivillig med det navnet.</translation>
        </message>
        <message>
            <source>Fra papir – {activity} – {month}</source>
            <translation>Fra papir – {activity} – {month}</translation>
        </message>
        <message>
            <source>Ingen samlinger i {month}. Legg til samlinger på aktiviteten først.</source>
            <translation>Ingen samlinger i {month}. Legg til samlinger på aktiviteten først.</translation>
        </message>
        <message>
            <source>Samlingen {dates} har ikke klokkeslett. Skriv antall timer i ruten i stedet.</source>
            <translation>Samlingen {dates} har ikke klokkeslett. Skriv antall timer i ruten i stedet.</translation>
        </message>
        <message>
            <source>står i listen</source>
            <translation>står i listen</translation>
        </message>
        <message>
            <source>Oppmøte fra papir</source>
            <translation>Oppmøte fra papir</translation>
        </message>
        <message>
            <source>◀ &amp;Forrige måned</source>
            <translation>◀ &amp;Forrige måned</translation>
        </message>
        <message>
            <source>Forrige måned (Page Up med Ctrl)</source>
            <translation>Forrige måned (Page Up med Ctrl)</translation>
        </message>
        <message>
            <source>&amp;Neste måned ▶</source>
            <translation>&amp;Neste måned ▶</translation>
        </message>
        <message>
            <source>Neste måned (Page Down med Ctrl)</source>
            <translation>Neste måned (Page Down med Ctrl)</translation>
        </message>
        <message>
            <source>Skriv inn en utfylt papirliste. Piltastene flytter. Mellomrom krysser av eller fjerner krysset. X eller 1: til stede og ned, 0 eller Delete: fjern og ned. Marker flere ruter for å krysse av alle på én gang. Timer: skriv tallet, eller mellomrom for samlingens lengde.</source>
            <translation>Skriv inn en utfylt papirliste. Piltastene flytter. Mellomrom krysser av eller fjerner krysset. X eller 1: til stede og ned, 0 eller Delete: fjern og ned. Marker flere ruter for å krysse av alle på én gang. Timer: skriv tallet, eller mellomrom for samlingens lengde.</translation>
        </message>
        <message>
            <source>&amp;Deltakere</source>
            <translation>&amp;Deltakere</translation>
        </message>
        <message>
            <source>Legg til &amp;en som kom (ikke på listen):</source>
            <translation>Legg til &amp;en som kom (ikke på listen):</translation>
        </message>
        <message>
            <source>Navn, Enter</source>
            <translation>Navn, Enter</translation>
        </message>
        <message>
            <source>Frivillige og &amp;timer</source>
            <translation>Frivillige og &amp;timer</translation>
        </message>
        <message>
            <source>Legg til f&amp;rivillig:</source>
            <translation>Legg til f&amp;rivillig:</translation>
        </message>
        <message>
            <source>&amp;Lukk</source>
            <translation>&amp;Lukk</translation>
        </message>
    </context>
    <context>
        <name>NewDatabaseDialog</name>
        <message>
            <source>Mappe</source>
            <translation>Mappe</translation>
        </message>
        <message>
            <source>Filen legges i Samvirkes egen mappe: {folder}</source>
            <translation>Filen legges i Samvirkes egen mappe: {folder}</translation>
        </message>
        <message>
            <source>Bare de som har en brukerkonto, kan åpne en kryptert database, også om filen eller en sikkerhetskopi kommer på avveie. Du lager administratoren med en gang, og får en gjenopprettingskode å skrive ned.</source>
            <translation>Bare de som har en brukerkonto, kan åpne en kryptert database, også om filen eller en sikkerhetskopi kommer på avveie. Du lager administratoren med en gang, og får en gjenopprettingskode å skrive ned.</translation>
        </message>
        <message>
            <source>Uten kryptering kan alle som kan lese mappen, lese alt i databasen med et vanlig SQLite-verktøy.</source>
            <translation>Uten kryptering kan alle som kan lese mappen, lese alt i databasen med et vanlig SQLite-verktøy.</translation>
        </message>
        <message>
            <source>Velg mappen databasen skal ligge i</source>
            <translation>Velg mappen databasen skal ligge i</translation>
        </message>
        <message>
            <source>Velg mappen. Skal flere på teamet bruke databasen, velg teamets fellesdisk på kommunens nett.</source>
            <translation>Velg mappen. Skal flere på teamet bruke databasen, velg teamets fellesdisk på kommunens nett.</translation>
        </message>
        <message>
            <source>Mappen finnes ikke. Sjekk at den delte mappen er tilkoblet.</source>
            <translation>Mappen finnes ikke. Sjekk at den delte mappen er tilkoblet.</translation>
        </message>
        <message>
            <source>✓ Delt nettverksmappe ({service}). Kollegene kan åpne den samme databasen herfra.</source>
            <translation>✓ Delt nettverksmappe ({service}). Kollegene kan åpne den samme databasen herfra.</translation>
        </message>
        <message>
            <source>Mappen ligger på denne PC-en, så bare du kan bruke databasen. Velg teamets fellesdisk hvis flere skal bruke den.</source>
            <translation>Mappen ligger på denne PC-en, så bare du kan bruke databasen. Velg teamets fellesdisk hvis flere skal bruke den.</translation>
        </message>
        <message>
            <source>Velg mappen databasen skal ligge i.</source>
            <translation>Velg mappen databasen skal ligge i.</translation>
        </message>
        <message>
            <source>Filnavnet kan ikke inneholde / eller \. Velg mappen med Velg mappe….</source>
            <translation>Filnavnet kan ikke inneholde / eller \. Velg mappen med Velg mappe….</translation>
        </message>
        <message>
            <source>Mappen «{folder}» finnes ikke. Sjekk at den delte mappen er tilkoblet, eller velg en annen.</source>
            <translation>Mappen «{folder}» finnes ikke. Sjekk at den delte mappen er tilkoblet, eller velg en annen.</translation>
        </message>
        <message>
            <source>Du har ikke lov til å lage filer i «{folder}». Velg en annen mappe, eller be om skrivetilgang.</source>
            <translation>Du har ikke lov til å lage filer i «{folder}». Velg en annen mappe, eller be om skrivetilgang.</translation>
        </message>
        <message>
            <source>«{name}» finnes allerede i mappen. Velg et annet filnavn, eller bruk Fil → Åpne database for å åpne den.</source>
            <translation>«{name}» finnes allerede i mappen. Velg et annet filnavn, eller bruk Fil → Åpne database for å åpne den.</translation>
        </message>
        <message>
            <source>Ny database for teamet</source>
            <translation>Ny database for teamet</translation>
        </message>
        <message>
            <source>Hvor skal databasen ligge?</source>
            <translation>Hvor skal databasen ligge?</translation>
        </message>
        <message>
            <source>På &amp;denne PC-en (bare du bruker den)</source>
            <translation>På &amp;denne PC-en (bare du bruker den)</translation>
        </message>
        <message>
            <source>I en &amp;mappe du velger, for eksempel teamets fellesdisk (flere kan bruke den samtidig)</source>
            <translation>I en &amp;mappe du velger, for eksempel teamets fellesdisk (flere kan bruke den samtidig)</translation>
        </message>
        <message>
            <source>f.eks. S:\Bomiljø\Samvirke eller \\server\felles\Samvirke</source>
            <translation>f.eks. S:\Bomiljø\Samvirke eller \\server\felles\Samvirke</translation>
        </message>
        <message>
            <source>&amp;Velg mappe…</source>
            <translation>&amp;Velg mappe…</translation>
        </message>
        <message>
            <source>&amp;Filnavn</source>
            <translation>&amp;Filnavn</translation>
        </message>
        <message>
            <source>&amp;Krypter databasefilen (anbefales)</source>
            <translation>&amp;Krypter databasefilen (anbefales)</translation>
        </message>
        <message>
            <source>&amp;Lag databasen</source>
            <translation>&amp;Lag databasen</translation>
        </message>
        <message>
            <source>Avbryt</source>
            <translation>Avbryt</translation>
        </message>
    </context>
    <context>
        <name>OverviewPage</name>
        <message>
            <source>Beboere</source>
            <translation>Beboere</translation>
        </message>
        <message>
            <source>Aktive frivillige</source>
            <translation>Aktive frivillige</translation>
        </message>
        <message>
            <source>Frivillige som har begynt og ikke sluttet.</source>
            <translation>Frivillige som har begynt og ikke sluttet.</translation>
        </message>
        <message>
            <source>Aktiviteter</source>
            <translation>Aktiviteter</translation>
        </message>
        <message>
            <source>Samlinger denne uken</source>
            <translation>Samlinger denne uken</translation>
        </message>
        <message>
            <source>Avlyste samlinger er ikke med.</source>
            <translation>Avlyste samlinger er ikke med.</translation>
        </message>
        <message>
            <source>Søknader som pågår</source>
            <translation>Søknader som pågår</translation>
        </message>
        <message>
            <source>Utkast, sendte og innvilgede søknader som ikke er rapportert ennå.</source>
            <translation>Utkast, sendte og innvilgede søknader som ikke er rapportert ennå.</translation>
        </message>
        <message>
            <source>Samlinger denne uken (uke {week})</source>
            <translation>Samlinger denne uken (uke {week})</translation>
        </message>
        <message>
            <source>1 samling</source>
            <translation>1 samling</translation>
        </message>
        <message>
            <source>{count} samlinger</source>
            <translation>{count} samlinger</translation>
        </message>
        <message>
            <source>Oversikt</source>
            <translation>Oversikt</translation>
        </message>
        <message>
            <source>Dobbeltklikk eller Enter på en samling for å registrere oppmøte</source>
            <translation>Dobbeltklikk eller Enter på en samling for å registrere oppmøte</translation>
        </message>
        <message>
            <source>Ingen samlinger er satt opp denne uken.</source>
            <translation>Ingen samlinger er satt opp denne uken.</translation>
        </message>
    </context>
    <context>
        <name>PartnerDialog</name>
        <message>
            <source>Navn</source>
            <translation>Navn</translation>
        </message>
        <message>
            <source>Rolle</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>Telefon</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>E-post</source>
            <translation>E-post</translation>
        </message>
        <message>
            <source>Legg til kontaktperson</source>
            <translation>Legg til kontaktperson</translation>
        </message>
        <message>
            <source>Ingen kontaktpersoner registrert.</source>
            <translation>Ingen kontaktpersoner registrert.</translation>
        </message>
        <message>
            <source>Dato</source>
            <translation>Dato</translation>
        </message>
        <message>
            <source>Hva ble sagt eller avtalt</source>
            <translation>Hva ble sagt eller avtalt</translation>
        </message>
        <message>
            <source>Legg til møtenotat</source>
            <translation>Legg til møtenotat</translation>
        </message>
        <message>
            <source>Ingen møtenotater ennå.</source>
            <translation>Ingen møtenotater ennå.</translation>
        </message>
        <message>
            <source>Ny samarbeidspartner</source>
            <translation>Ny samarbeidspartner</translation>
        </message>
        <message>
            <source>Samarbeidspartner – {name}</source>
            <translation>Samarbeidspartner – {name}</translation>
        </message>
        <message>
            <source>Ingen ennå.</source>
            <translation>Ingen ennå.</translation>
        </message>
        <message>
            <source>Det finnes allerede en samarbeidspartner som heter «{name}». Sjekk om det er den samme før du lagrer. Er det en annen, kan du lagre likevel.</source>
            <translation>Det finnes allerede en samarbeidspartner som heter «{name}». Sjekk om det er den samme før du lagrer. Er det en annen, kan du lagre likevel.</translation>
        </message>
    </context>
    <context>
        <name>PartnerForm</name>
        <message>
            <source>Organisasjon</source>
            <translation>Organisasjon</translation>
        </message>
        <message>
            <source>&amp;Navn</source>
            <translation>&amp;Navn</translation>
        </message>
        <message>
            <source>f.eks. NAV Sagene</source>
            <translation>f.eks. NAV Sagene</translation>
        </message>
        <message>
            <source>&amp;Type</source>
            <translation>&amp;Type</translation>
        </message>
        <message>
            <source>Tele&amp;fon</source>
            <translation>Tele&amp;fon</translation>
        </message>
        <message>
            <source>22 33 44 55</source>
            <translation>22 33 44 55</translation>
        </message>
        <message>
            <source>E-&amp;post</source>
            <translation>E-&amp;post</translation>
        </message>
        <message>
            <source>post@eksempel.no</source>
            <translation>post@eksempel.no</translation>
        </message>
        <message>
            <source>&amp;Adresse</source>
            <translation>&amp;Adresse</translation>
        </message>
        <message>
            <source>Netts&amp;ide</source>
            <translation>Netts&amp;ide</translation>
        </message>
        <message>
            <source>www.eksempel.no</source>
            <translation>www.eksempel.no</translation>
        </message>
        <message>
            <source>Hvor dere samarbeider</source>
            <translation>Hvor dere samarbeider</translation>
        </message>
        <message>
            <source>Om&amp;råder</source>
            <translation>Om&amp;råder</translation>
        </message>
        <message>
            <source>Aktiviteter</source>
            <translation>Aktiviteter</translation>
        </message>
        <message>
            <source>&amp;Kontaktpersoner</source>
            <translation>&amp;Kontaktpersoner</translation>
        </message>
        <message>
            <source>Kontaktpersoner</source>
            <translation>Kontaktpersoner</translation>
        </message>
        <message>
            <source>&amp;Møtenotater</source>
            <translation>&amp;Møtenotater</translation>
        </message>
        <message>
            <source>Møtenotater</source>
            <translation>Møtenotater</translation>
        </message>
        <message>
            <source>N&amp;otater</source>
            <translation>N&amp;otater</translation>
        </message>
        <message>
            <source>Notater</source>
            <translation>Notater</translation>
        </message>
    </context>
    <context>
        <name>PartnerTableModel</name>
        <message>
            <source>Navn</source>
            <translation>Navn</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Kontaktpersoner</source>
            <translation>Kontaktpersoner</translation>
        </message>
        <message>
            <source>Områder</source>
            <translation>Områder</translation>
        </message>
        <message>
            <source>Telefon</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>E-post</source>
            <translation>E-post</translation>
        </message>
    </context>
    <context>
        <name>PartnersPage</name>
        <message>
            <source>Samarbeidspartnere</source>
            <translation>Samarbeidspartnere</translation>
        </message>
        <message>
            <source>Alle områder</source>
            <translation>Alle områder</translation>
        </message>
        <message>
            <source>Vis bare samarbeidspartnere i ett område</source>
            <translation>Vis bare samarbeidspartnere i ett område</translation>
        </message>
        <message>
            <source>Alle typer</source>
            <translation>Alle typer</translation>
        </message>
        <message>
            <source>Vis bare én type samarbeidspartner</source>
            <translation>Vis bare én type samarbeidspartner</translation>
        </message>
        <message>
            <source>1 samarbeidspartner</source>
            <translation>1 samarbeidspartner</translation>
        </message>
        <message>
            <source>{count} samarbeidspartnere</source>
            <translation>{count} samarbeidspartnere</translation>
        </message>
    </context>
    <context>
        <name>PasswordDialog</name>
        <message>
            <source>Endre passordet ditt</source>
            <translation>Endre passordet ditt</translation>
        </message>
        <message>
            <source>Nytt passord</source>
            <translation>Nytt passord</translation>
        </message>
        <message>
            <source>Skriv passordet du har nå, og deretter det nye to ganger.</source>
            <translation>Skriv passordet du har nå, og deretter det nye to ganger.</translation>
        </message>
        <message>
            <source>Nytt passord for {name} ({username}). Gi det til vedkommende muntlig eller på telefon, ikke på e-post.</source>
            <translation>Nytt passord for {name} ({username}). Gi det til vedkommende muntlig eller på telefon, ikke på e-post.</translation>
        </message>
        <message>
            <source>Passordene er ikke like. Skriv det samme passordet to ganger.</source>
            <translation>Passordene er ikke like. Skriv det samme passordet to ganger.</translation>
        </message>
    </context>
    <context>
        <name>PasswordForm</name>
        <message>
            <source>Passordet du har &amp;nå</source>
            <translation>Passordet du har &amp;nå</translation>
        </message>
        <message>
            <source>&amp;Nytt passord</source>
            <translation>&amp;Nytt passord</translation>
        </message>
        <message>
            <source>minst 8 tegn</source>
            <translation>minst 8 tegn</translation>
        </message>
        <message>
            <source>&amp;Gjenta passordet</source>
            <translation>&amp;Gjenta passordet</translation>
        </message>
    </context>
    <context>
        <name>PersonPicker</name>
        <message>
            <source>Ingen treff på «{text}»</source>
            <translation>Ingen treff på «{text}»</translation>
        </message>
    </context>
    <context>
        <name>PhotoDialog</name>
        <message>
            <source>Nytt bilde</source>
            <translation>Nytt bilde</translation>
        </message>
        <message>
            <source>Endre bilde</source>
            <translation>Endre bilde</translation>
        </message>
        <message>
            <source>For eksempel: Tur rundt Sognsvann</source>
            <translation>For eksempel: Tur rundt Sognsvann</translation>
        </message>
        <message>
            <source>&amp;Bildetekst:</source>
            <translation>&amp;Bildetekst:</translation>
        </message>
        <message>
            <source>Bildeteksten står under bildet i rapporten til tilskuddsgiveren. Skriv ingen navn i den.</source>
            <translation>Bildeteksten står under bildet i rapporten til tilskuddsgiveren. Skriv ingen navn i den.</translation>
        </message>
        <message>
            <source>&amp;Dato:</source>
            <translation>&amp;Dato:</translation>
        </message>
        <message>
            <source>&amp;Ingen gjenkjennelige personer (tatt bakfra, på avstand …)</source>
            <translation>&amp;Ingen gjenkjennelige personer (tatt bakfra, på avstand …)</translation>
        </message>
        <message>
            <source>Finn deltaker</source>
            <translation>Finn deltaker</translation>
        </message>
        <message>
            <source>Hvem er med på bildet</source>
            <translation>Hvem er med på bildet</translation>
        </message>
        <message>
            <source>mangler samtykke til foto</source>
            <translation>mangler samtykke til foto</translation>
        </message>
        <message>
            <source>Aktiviteten har ingen deltakere ennå.</source>
            <translation>Aktiviteten har ingen deltakere ennå.</translation>
        </message>
        <message>
            <source>&amp;Hvem er med:</source>
            <translation>&amp;Hvem er med:</translation>
        </message>
        <message>
            <source>Ingen personer velges: ingen kan kjennes igjen.</source>
            <translation>Ingen personer velges: ingen kan kjennes igjen.</translation>
        </message>
        <message>
            <source>Valgt: {names}</source>
            <translation>Valgt: {names}</translation>
        </message>
        <message>
            <source>Ingen valgt ennå.</source>
            <translation>Ingen valgt ennå.</translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <source>Radene i filen</source>
            <translation>Radene i filen</translation>
        </message>
        <message>
            <source>Alle rader</source>
            <translation>Alle rader</translation>
        </message>
        <message>
            <source>Rader med advarsel eller feil</source>
            <translation>Rader med advarsel eller feil</translation>
        </message>
        <message>
            <source>Rader som ikke blir importert</source>
            <translation>Rader som ikke blir importert</translation>
        </message>
        <message>
            <source>Sjekker radene …</source>
            <translation>Sjekker radene …</translation>
        </message>
        <message>
            <source>Sjekker {rows} mot det som allerede er registrert …</source>
            <translation>Sjekker {rows} mot det som allerede er registrert …</translation>
        </message>
        <message>
            <source>Filen kan ikke importeres slik den er.</source>
            <translation>Filen kan ikke importeres slik den er.</translation>
        </message>
        <message>
            <source>{marks} blir registrert for {people} av {total} personer.</source>
            <translation>{marks} blir registrert for {people} av {total} personer.</translation>
        </message>
        <message>
            <source>1 oppmøte</source>
            <translation>1 oppmøte</translation>
        </message>
        <message>
            <source>{n} oppmøter</source>
            <translation>{n} oppmøter</translation>
        </message>
        <message>
            <source>&amp;Importer {n} oppmøter</source>
            <translation>&amp;Importer {n} oppmøter</translation>
        </message>
        <message>
            <source>{n} av {rows} blir importert.</source>
            <translation>{n} av {rows} blir importert.</translation>
        </message>
        <message>
            <source>&amp;Importer {rows}</source>
            <translation>&amp;Importer {rows}</translation>
        </message>
        <message>
            <source>… og {n} merknader til.</source>
            <translation>… og {n} merknader til.</translation>
        </message>
        <message>
            <source>Rad {n}: {status}</source>
            <translation>Rad {n}: {status}</translation>
        </message>
        <message>
            <source>Importerer … 0 av {n}. Alt lagres samlet til slutt.</source>
            <translation>Importerer … 0 av {n}. Alt lagres samlet til slutt.</translation>
        </message>
        <message>
            <source>Importerer … {done} av {total}. Alt lagres samlet til slutt.</source>
            <translation>Importerer … {done} av {total}. Alt lagres samlet til slutt.</translation>
        </message>
    </context>
    <context>
        <name>PreviewTableModel</name>
        <message>
            <source>Importer</source>
            <translation>Importer</translation>
        </message>
        <message>
            <source>Rad</source>
            <translation>Rad</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Navn i filen</source>
            <translation>Navn i filen</translation>
        </message>
        <message>
            <source>Funnet i Samvirke</source>
            <translation>Funnet i Samvirke</translation>
        </message>
        <message>
            <source>Oppmøter</source>
            <translation>Oppmøter</translation>
        </message>
        <message>
            <source>Merknad</source>
            <translation>Merknad</translation>
        </message>
        <message>
            <source>Navn</source>
            <translation>Navn</translation>
        </message>
        <message>
            <source>Hoppes over (feil)</source>
            <translation>Hoppes over (feil)</translation>
        </message>
        <message>
            <source>Tas ikke med</source>
            <translation>Tas ikke med</translation>
        </message>
        <message>
            <source>Advarsel</source>
            <translation>Advarsel</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source> (+{n} til)</source>
            <translation> (+{n} til)</translation>
        </message>
        <message>
            <source>Raden har feil og kan ikke importeres. Rett den i filen.</source>
            <translation>Raden har feil og kan ikke importeres. Rett den i filen.</translation>
        </message>
        <message>
            <source>Fjern haken for å hoppe over raden.</source>
            <translation>Fjern haken for å hoppe over raden.</translation>
        </message>
    </context>
    <context>
        <name>PrivacyTab</name>
        <message>
            <source>Formål, rettsgrunnlag og hvem som er ansvarlig, står i innsynsrapporter og eksporter. Reglene for lagringstid bestemmer hva som kommer opp under «Til sletting», og datoen innsynsrapporten oppgir for når opplysningene slettes.</source>
            <translation>Formål, rettsgrunnlag og hvem som er ansvarlig, står i innsynsrapporter og eksporter. Reglene for lagringstid bestemmer hva som kommer opp under «Til sletting», og datoen innsynsrapporten oppgir for når opplysningene slettes.</translation>
        </message>
        <message>
            <source>Skriv bydelens rettsgrunnlag: artikkel 6 i personvernforordningen og loven som gir bydelen oppgaven. Trykk «Sett inn forslag» for en tekst å begynne med.</source>
            <translation>Skriv bydelens rettsgrunnlag: artikkel 6 i personvernforordningen og loven som gir bydelen oppgaven. Trykk «Sett inn forslag» for en tekst å begynne med.</translation>
        </message>
        <message>
            <source>Sett inn for&amp;slag</source>
            <translation>Sett inn for&amp;slag</translation>
        </message>
        <message>
            <source>Setter inn et forslag til rettsgrunnlag. Bytt ut setningen i klammer med bydelens eget rettsgrunnlag før du lagrer.</source>
            <translation>Setter inn et forslag til rettsgrunnlag. Bytt ut setningen i klammer med bydelens eget rettsgrunnlag før du lagrer.</translation>
        </message>
        <message>
            <source>Slett politiattest-opplysningene når en frivillig slutter</source>
            <translation>Slett politiattest-opplysningene når en frivillig slutter</translation>
        </message>
        <message>
            <source>&amp;Formål</source>
            <translation>&amp;Formål</translation>
        </message>
        <message>
            <source>&amp;Rettsgrunnlag</source>
            <translation>&amp;Rettsgrunnlag</translation>
        </message>
        <message>
            <source>Behandlingsansvarlig (bydelen)</source>
            <translation>Behandlingsansvarlig (bydelen)</translation>
        </message>
        <message>
            <source>f.eks. Oslo kommune, Bydel Sagene</source>
            <translation>f.eks. Oslo kommune, Bydel Sagene</translation>
        </message>
        <message>
            <source>Behandlingsansvarliges navn</source>
            <translation>Behandlingsansvarliges navn</translation>
        </message>
        <message>
            <source>f.eks. Postboks 4250 Nydalen, 0401 Oslo</source>
            <translation>f.eks. Postboks 4250 Nydalen, 0401 Oslo</translation>
        </message>
        <message>
            <source>Behandlingsansvarliges adresse</source>
            <translation>Behandlingsansvarliges adresse</translation>
        </message>
        <message>
            <source>f.eks. postmottak@bydel.oslo.kommune.no</source>
            <translation>f.eks. postmottak@bydel.oslo.kommune.no</translation>
        </message>
        <message>
            <source>Behandlingsansvarliges e-post</source>
            <translation>Behandlingsansvarliges e-post</translation>
        </message>
        <message>
            <source>f.eks. 21 80 21 80</source>
            <translation>f.eks. 21 80 21 80</translation>
        </message>
        <message>
            <source>Behandlingsansvarliges telefon</source>
            <translation>Behandlingsansvarliges telefon</translation>
        </message>
        <message>
            <source>&amp;Navn</source>
            <translation>&amp;Navn</translation>
        </message>
        <message>
            <source>&amp;Adresse</source>
            <translation>&amp;Adresse</translation>
        </message>
        <message>
            <source>&amp;E-post</source>
            <translation>&amp;E-post</translation>
        </message>
        <message>
            <source>&amp;Telefon</source>
            <translation>&amp;Telefon</translation>
        </message>
        <message>
            <source>Personvernombud</source>
            <translation>Personvernombud</translation>
        </message>
        <message>
            <source>navnet på personvernombudet</source>
            <translation>navnet på personvernombudet</translation>
        </message>
        <message>
            <source>Personvernombudets navn</source>
            <translation>Personvernombudets navn</translation>
        </message>
        <message>
            <source>f.eks. personvernombud@oslo.kommune.no</source>
            <translation>f.eks. personvernombud@oslo.kommune.no</translation>
        </message>
        <message>
            <source>Personvernombudets e-post</source>
            <translation>Personvernombudets e-post</translation>
        </message>
        <message>
            <source>Personvernombudets telefon</source>
            <translation>Personvernombudets telefon</translation>
        </message>
        <message>
            <source>Navn på o&amp;mbudet</source>
            <translation>Navn på o&amp;mbudet</translation>
        </message>
        <message>
            <source>E-post til ombu&amp;det</source>
            <translation>E-post til ombu&amp;det</translation>
        </message>
        <message>
            <source>Telefon til omb&amp;udet</source>
            <translation>Telefon til omb&amp;udet</translation>
        </message>
        <message>
            <source>&amp;Beboere uten oppmøte</source>
            <translation>&amp;Beboere uten oppmøte</translation>
        </message>
        <message>
            <source>Fri&amp;villige etter sluttdato</source>
            <translation>Fri&amp;villige etter sluttdato</translation>
        </message>
        <message>
            <source>&amp;Lagre</source>
            <translation>&amp;Lagre</translation>
        </message>
        <message>
            <source>Databasefilen</source>
            <translation>Databasefilen</translation>
        </message>
        <message>
            <source>&amp;Krypter databasen …</source>
            <translation>&amp;Krypter databasen …</translation>
        </message>
        <message>
            <source>Ny &amp;gjenopprettingskode …</source>
            <translation>Ny &amp;gjenopprettingskode …</translation>
        </message>
        <message>
            <source>Lag en ny kode hvis arket med den gamle er borte eller kan ha blitt sett av andre. Den gamle koden slutter da å virke.</source>
            <translation>Lag en ny kode hvis arket med den gamle er borte eller kan ha blitt sett av andre. Den gamle koden slutter da å virke.</translation>
        </message>
        <message>
            <source>Dette er eksempeldatabasen, med oppdiktede personer. Den er ikke kryptert, og skal ikke brukes til ekte opplysninger: lag en egen database for teamet med Fil → Ny database.</source>
            <translation>Dette er eksempeldatabasen, med oppdiktede personer. Den er ikke kryptert, og skal ikke brukes til ekte opplysninger: lag en egen database for teamet med Fil → Ny database.</translation>
        </message>
        <message>
            <source>Databasefilen er kryptert. Uten brukernavn og passord (eller gjenopprettingskoden) kan ingen lese den, heller ikke sikkerhetskopiene eller en kopi på avveie.</source>
            <translation>Databasefilen er kryptert. Uten brukernavn og passord (eller gjenopprettingskoden) kan ingen lese den, heller ikke sikkerhetskopiene eller en kopi på avveie.</translation>
        </message>
        <message>
            <source>Databasefilen er ikke kryptert: alle som kan lese mappen, kan lese alt i den med et vanlig SQLite-verktøy.</source>
            <translation>Databasefilen er ikke kryptert: alle som kan lese mappen, kan lese alt i den med et vanlig SQLite-verktøy.</translation>
        </message>
        <message>
            <source>For å kryptere databasen trengs en administrator med passord: lag den under Innstillinger → Brukere, og logg inn med den.</source>
            <translation>For å kryptere databasen trengs en administrator med passord: lag den under Innstillinger → Brukere, og logg inn med den.</translation>
        </message>
        <message>
            <source>Disse kollegene kan ikke logge inn før de får et nytt passord under Innstillinger → Brukere: {names}.</source>
            <translation>Disse kollegene kan ikke logge inn før de får et nytt passord under Innstillinger → Brukere: {names}.</translation>
        </message>
        <message>
            <source>Ny gjenopprettingskode?</source>
            <translation>Ny gjenopprettingskode?</translation>
        </message>
        <message>
            <source>Den gamle koden slutter å virke, og den nye vises én gang: skriv den ned og lås den inne.</source>
            <translation>Den gamle koden slutter å virke, og den nye vises én gang: skriv den ned og lås den inne.</translation>
        </message>
        <message>
            <source>Lag ny kode</source>
            <translation>Lag ny kode</translation>
        </message>
        <message>
            <source>Avbryt</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source> måneder</source>
            <translation> måneder</translation>
        </message>
        <message>
            <source>Personvern</source>
            <translation>Personvern</translation>
        </message>
        <message>
            <source>Innsynsrapporten kan ikke lages før dette er fylt inn: {missing}.</source>
            <translation>Innsynsrapporten kan ikke lages før dette er fylt inn: {missing}.</translation>
        </message>
        <message>
            <source>Alt innsynsrapporten trenger, er fylt inn.</source>
            <translation>Alt innsynsrapporten trenger, er fylt inn.</translation>
        </message>
        <message>
            <source>Sikkerhetskopier eldre enn {months} måneder slettes, så den som er slettet her, ikke blir liggende i gamle kopier.</source>
            <translation>Sikkerhetskopier eldre enn {months} måneder slettes, så den som er slettet her, ikke blir liggende i gamle kopier.</translation>
        </message>
    </context>
    <context>
        <name>RecordDialog</name>
        <message>
            <source>* må fylles ut</source>
            <translation>* må fylles ut</translation>
        </message>
        <message>
            <source>&amp;Lagre</source>
            <translation>&amp;Lagre</translation>
        </message>
        <message>
            <source>Lagre (Ctrl+S)</source>
            <translation>Lagre (Ctrl+S)</translation>
        </message>
        <message>
            <source>Avbryt</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>Lukk uten å lagre (Esc)</source>
            <translation>Lukk uten å lagre (Esc)</translation>
        </message>
        <message>
            <source>Ja</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>Nei</source>
            <translation>Nei</translation>
        </message>
        <message>
            <source>Vil du lagre?</source>
            <translation>Vil du lagre?</translation>
        </message>
        <message>
            <source>Lagre likevel</source>
            <translation>Lagre likevel</translation>
        </message>
        <message>
            <source>Gå tilbake</source>
            <translation>Gå tilbake</translation>
        </message>
        <message>
            <source>Databasen er opptatt</source>
            <translation>Databasen er opptatt</translation>
        </message>
        <message>
            <source>En kollega lagrer akkurat nå, prøv igjen. Det du har skrevet er ikke borte.</source>
            <translation>En kollega lagrer akkurat nå, prøv igjen. Det du har skrevet er ikke borte.</translation>
        </message>
        <message>
            <source>Sammenlign</source>
            <translation>Sammenlign</translation>
        </message>
        <message>
            <source>Last inn på nytt</source>
            <translation>Last inn på nytt</translation>
        </message>
        <message>
            <source>Fortsett å redigere</source>
            <translation>Fortsett å redigere</translation>
        </message>
        <message>
            <source>Ulagrede endringer</source>
            <translation>Ulagrede endringer</translation>
        </message>
        <message>
            <source>Du har endringer som ikke er lagret.</source>
            <translation>Du har endringer som ikke er lagret.</translation>
        </message>
        <message>
            <source>Lagre</source>
            <translation>Lagre</translation>
        </message>
        <message>
            <source>Forkast</source>
            <translation>Forkast</translation>
        </message>
        <message>
            <source>Rett opp dette før du lagrer:</source>
            <translation>Rett opp dette før du lagrer:</translation>
        </message>
        <message>
            <source>Må fylles ut</source>
            <translation>Må fylles ut</translation>
        </message>
    </context>
    <context>
        <name>RecoveryCodeDialog</name>
        <message>
            <source>Gjenopprettingskode – Samvirke</source>
            <translation>Gjenopprettingskode – Samvirke</translation>
        </message>
        <message>
            <source>Skriv ned gjenopprettingskoden</source>
            <translation>Skriv ned gjenopprettingskoden</translation>
        </message>
        <message>
            <source>Denne koden åpner databasen «{name}» den dagen ingen administrator husker passordet sitt. Den vises bare nå: Samvirke kan ikke vise den igjen.</source>
            <translation>Denne koden åpner databasen «{name}» den dagen ingen administrator husker passordet sitt. Den vises bare nå: Samvirke kan ikke vise den igjen.</translation>
        </message>
        <message>
            <source>Gjenopprettingskoden</source>
            <translation>Gjenopprettingskoden</translation>
        </message>
        <message>
            <source>Skriv den ut, eller skriv den av for hånd, og legg arket innelåst, for eksempel i teamets safe eller et låst skap. Ikke lagre den på PC-en, i e-post eller på telefonen: den som har koden, kan lese alt i databasen.</source>
            <translation>Skriv den ut, eller skriv den av for hånd, og legg arket innelåst, for eksempel i teamets safe eller et låst skap. Ikke lagre den på PC-en, i e-post eller på telefonen: den som har koden, kan lese alt i databasen.</translation>
        </message>
        <message>
            <source>Skriv &amp;ut…</source>
            <translation>Skriv &amp;ut…</translation>
        </message>
        <message>
            <source>&amp;Jeg har skrevet den ned</source>
            <translation>&amp;Jeg har skrevet den ned</translation>
        </message>
        <message>
            <source>Skriv inn koden fra arket</source>
            <translation>Skriv inn koden fra arket</translation>
        </message>
        <message>
            <source>Skriv koden slik den står på arket, så vet du at den er skrevet riktig ned. Store eller små bokstaver, mellomrom og bindestreker spiller ingen rolle.</source>
            <translation>Skriv koden slik den står på arket, så vet du at den er skrevet riktig ned. Store eller små bokstaver, mellomrom og bindestreker spiller ingen rolle.</translation>
        </message>
        <message>
            <source>&amp;Gjenopprettingskoden</source>
            <translation>&amp;Gjenopprettingskoden</translation>
        </message>
        <message>
            <source>seks grupper på fire tegn</source>
            <translation>seks grupper på fire tegn</translation>
        </message>
        <message>
            <source>&amp;Vis koden igjen</source>
            <translation>&amp;Vis koden igjen</translation>
        </message>
        <message>
            <source>&amp;Ferdig</source>
            <translation>&amp;Ferdig</translation>
        </message>
        <message>
            <source>Skriv inn koden fra arket.</source>
            <translation>Skriv inn koden fra arket.</translation>
        </message>
        <message>
            <source>Koden har {length} tegn, og du skrev {typed}. Sjekk at du har fått med alle seks gruppene.</source>
            <translation>Koden har {length} tegn, og du skrev {typed}. Sjekk at du har fått med alle seks gruppene.</translation>
        </message>
        <message>
            <source>Koden stemmer ikke med den som ble vist. Trykk «Vis koden igjen», og rett det som er feil på arket.</source>
            <translation>Koden stemmer ikke med den som ble vist. Trykk «Vis koden igjen», og rett det som er feil på arket.</translation>
        </message>
        <message>
            <source>Skriv ned koden og skriv den inn igjen før du lukker: den vises ikke igjen.</source>
            <translation>Skriv ned koden og skriv den inn igjen før du lukker: den vises ikke igjen.</translation>
        </message>
        <message>
            <source>Gjenopprettingskode for Samvirke</source>
            <translation>Gjenopprettingskode for Samvirke</translation>
        </message>
        <message>
            <source>Databasen «{name}», skrevet ut {date}.</source>
            <translation>Databasen «{name}», skrevet ut {date}.</translation>
        </message>
        <message>
            <source>Koden åpner databasen når ingen administrator husker passordet sitt: på innloggingen, trykk «Glemt passordet?». Oppbevar arket innelåst. Den som har koden, kan lese alt i databasen.</source>
            <translation>Koden åpner databasen når ingen administrator husker passordet sitt: på innloggingen, trykk «Glemt passordet?». Oppbevar arket innelåst. Den som har koden, kan lese alt i databasen.</translation>
        </message>
        <message>
            <source>Skriv ut gjenopprettingskoden</source>
            <translation>Skriv ut gjenopprettingskoden</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <source>Glemt passordet? – Samvirke</source>
            <translation>Glemt passordet? – Samvirke</translation>
        </message>
        <message>
            <source>Glemt passordet?</source>
            <translation>Glemt passordet?</translation>
        </message>
        <message>
            <source>Har du glemt passordet ditt, kan en administrator i teamet gi deg et nytt under Innstillinger → Brukere. Det nye passordet åpner også den krypterte databasen.</source>
            <translation>Har du glemt passordet ditt, kan en administrator i teamet gi deg et nytt under Innstillinger → Brukere. Det nye passordet åpner også den krypterte databasen.</translation>
        </message>
        <message>
            <source>Husker ingen administrator passordet sitt, åpner gjenopprettingskoden databasen. Den står på arket som ble skrevet ut eller skrevet ned da databasen ble laget eller kryptert. Med koden gir du en administrator et nytt passord.</source>
            <translation>Husker ingen administrator passordet sitt, åpner gjenopprettingskoden databasen. Den står på arket som ble skrevet ut eller skrevet ned da databasen ble laget eller kryptert. Med koden gir du en administrator et nytt passord.</translation>
        </message>
        <message>
            <source>&amp;Gjenopprettingskode</source>
            <translation>&amp;Gjenopprettingskode</translation>
        </message>
        <message>
            <source>&amp;Åpne med koden</source>
            <translation>&amp;Åpne med koden</translation>
        </message>
        <message>
            <source>Avbryt</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>Nytt passord for en administrator</source>
            <translation>Nytt passord for en administrator</translation>
        </message>
        <message>
            <source>Koden stemte, og databasen er åpnet. Velg administratoren som skal få nytt passord: du blir logget inn som den, og kan så gi kollegene nye passord under Innstillinger → Brukere.</source>
            <translation>Koden stemte, og databasen er åpnet. Velg administratoren som skal få nytt passord: du blir logget inn som den, og kan så gi kollegene nye passord under Innstillinger → Brukere.</translation>
        </message>
        <message>
            <source>minst {count} tegn</source>
            <translation>minst {count} tegn</translation>
        </message>
        <message>
            <source>&amp;Administrator</source>
            <translation>&amp;Administrator</translation>
        </message>
        <message>
            <source>&amp;Nytt passord</source>
            <translation>&amp;Nytt passord</translation>
        </message>
        <message>
            <source>&amp;Gjenta passordet</source>
            <translation>&amp;Gjenta passordet</translation>
        </message>
        <message>
            <source>&amp;Lagre passordet og logg inn</source>
            <translation>&amp;Lagre passordet og logg inn</translation>
        </message>
        <message>
            <source>Lukker databasen igjen uten å endre noe</source>
            <translation>Lukker databasen igjen uten å endre noe</translation>
        </message>
        <message>
            <source>Ny gjenopprettingskode?</source>
            <translation>Ny gjenopprettingskode?</translation>
        </message>
        <message>
            <source>Du er logget inn. Koden på arket virker fortsatt. Kan andre ha sett arket, eller vet du ikke sikkert hvor det er nå, bør du lage en ny kode: den gamle slutter da å virke, og den nye skal skrives ned og låses inne på samme måte.</source>
            <translation>Du er logget inn. Koden på arket virker fortsatt. Kan andre ha sett arket, eller vet du ikke sikkert hvor det er nå, bør du lage en ny kode: den gamle slutter da å virke, og den nye skal skrives ned og låses inne på samme måte.</translation>
        </message>
        <message>
            <source>Lag en &amp;ny kode</source>
            <translation>Lag en &amp;ny kode</translation>
        </message>
        <message>
            <source>&amp;Behold den gamle koden</source>
            <translation>&amp;Behold den gamle koden</translation>
        </message>
        <message>
            <source>Databasen har ingen aktiv administrator.</source>
            <translation>Databasen har ingen aktiv administrator.</translation>
        </message>
        <message>
            <source>Passordene er ikke like. Skriv det samme passordet to ganger.</source>
            <translation>Passordene er ikke like. Skriv det samme passordet to ganger.</translation>
        </message>
    </context>
    <context>
        <name>RegisterDialog</name>
        <message>
            <source>Arkivert: vises ikke i listene og kan ikke velges. Trykk «Hent fram» for å bruke oppføringen igjen.</source>
            <translation>Arkivert: vises ikke i listene og kan ikke velges. Trykk «Hent fram» for å bruke oppføringen igjen.</translation>
        </message>
        <message>
            <source>Kort og saklig.</source>
            <translation>Kort og saklig.</translation>
        </message>
        <message>
            <source>Rollen din gir lov til å se, men ikke endre, denne oppføringen.</source>
            <translation>Rollen din gir lov til å se, men ikke endre, denne oppføringen.</translation>
        </message>
        <message>
            <source>Lukk</source>
            <translation>Lukk</translation>
        </message>
        <message>
            <source>Arkiver</source>
            <translation>Arkiver</translation>
        </message>
        <message>
            <source>Slett</source>
            <translation>Slett</translation>
        </message>
        <message>
            <source>Har {history}, så den arkiveres i stedet for å slettes.</source>
            <translation>Har {history}, så den arkiveres i stedet for å slettes.</translation>
        </message>
        <message>
            <source>Ar&amp;kiver</source>
            <translation>Ar&amp;kiver</translation>
        </message>
        <message>
            <source>&amp;Hent fram</source>
            <translation>&amp;Hent fram</translation>
        </message>
        <message>
            <source>Sle&amp;tt</source>
            <translation>Sle&amp;tt</translation>
        </message>
        <message>
            <source>Ta oppføringen ut av listene uten å slette den.</source>
            <translation>Ta oppføringen ut av listene uten å slette den.</translation>
        </message>
        <message>
            <source>

Endringene du ikke har lagret, blir ikke med.</source>
            <translation>

Endringene du ikke har lagret, blir ikke med.</translation>
        </message>
        <message>
            <source>Arkivere?</source>
            <translation>Arkivere?</translation>
        </message>
        <message>
            <source>Arkivere {name}? Oppføringen forsvinner fra listene og valglistene, men alt som er registrert beholdes. Du finner den igjen under «Vis arkiverte».</source>
            <translation>Arkivere {name}? Oppføringen forsvinner fra listene og valglistene, men alt som er registrert beholdes. Du finner den igjen under «Vis arkiverte».</translation>
        </message>
        <message>
            <source>Avbryt</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>Slette?</source>
            <translation>Slette?</translation>
        </message>
        <message>
            <source>Slette {name} for godt? Dette kan ikke angres. Bruk «Arkiver» hvis oppføringen bare ikke er i bruk lenger.</source>
            <translation>Slette {name} for godt? Dette kan ikke angres. Bruk «Arkiver» hvis oppføringen bare ikke er i bruk lenger.</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <source>67 og eldre</source>
            <translation>67 og eldre</translation>
        </message>
        <message>
            <source>Aldersgrupper fra ordningen</source>
            <translation>Aldersgrupper fra ordningen</translation>
        </message>
        <message>
            <source>Aldersgrupper fra tilskuddsgiveren</source>
            <translation>Aldersgrupper fra tilskuddsgiveren</translation>
        </message>
        <message>
            <source>Standard aldersgrupper (tilskuddsgiveren har ikke egne)</source>
            <translation>Standard aldersgrupper (tilskuddsgiveren har ikke egne)</translation>
        </message>
        <message>
            <source>Alder regnes etter fødselsår: alderen personen fyller i året (årstallet minus fødselsåret), uansett fødselsdag.</source>
            <translation>Alder regnes etter fødselsår: alderen personen fyller i året (årstallet minus fødselsåret), uansett fødselsdag.</translation>
        </message>
        <message>
            <source>Ukjent alder</source>
            <translation>Ukjent alder</translation>
        </message>
        <message>
            <source>Utenfor aldersgruppene</source>
            <translation>Utenfor aldersgruppene</translation>
        </message>
        <message>
            <source>Andre aldersgrupper</source>
            <translation>Andre aldersgrupper</translation>
        </message>
        <message>
            <source>Uten alder</source>
            <translation>Uten alder</translation>
        </message>
        <message>
            <source>0–24 år i alt</source>
            <translation>0–24 år i alt</translation>
        </message>
        <message>
            <source>Barn og unge</source>
            <translation>Barn og unge</translation>
        </message>
        <message>
            <source>Voksne</source>
            <translation>Voksne</translation>
        </message>
        <message>
            <source>Jente/kvinne</source>
            <translation>Jente/kvinne</translation>
        </message>
        <message>
            <source>Gutt/mann</source>
            <translation>Gutt/mann</translation>
        </message>
        <message>
            <source>Annet</source>
            <translation>Annet</translation>
        </message>
        <message>
            <source>Ikke oppgitt</source>
            <translation>Ikke oppgitt</translation>
        </message>
        <message>
            <source>Alder i {year}, året perioden begynner</source>
            <translation>Alder i {year}, året perioden begynner</translation>
        </message>
        <message>
            <source>Alder i året for første oppmøte i perioden</source>
            <translation>Alder i året for første oppmøte i perioden</translation>
        </message>
        <message>
            <source>Oppmøterapport</source>
            <translation>Oppmøterapport</translation>
        </message>
        <message>
            <source>oppmøte</source>
            <translation>oppmøte</translation>
        </message>
        <message>
            <source>Ingen samlinger i perioden {period}.</source>
            <translation>Ingen samlinger i perioden {period}.</translation>
        </message>
        <message>
            <source>Sammendrag</source>
            <translation>Sammendrag</translation>
        </message>
        <message>
            <source>Samlinger</source>
            <translation>Samlinger</translation>
        </message>
        <message>
            <source>Frivillige</source>
            <translation>Frivillige</translation>
        </message>
        <message>
            <source>Ingen frivillige er registrert på samlingene i perioden.</source>
            <translation>Ingen frivillige er registrert på samlingene i perioden.</translation>
        </message>
        <message>
            <source>Periode {period}</source>
            <translation>Periode {period}</translation>
        </message>
        <message>
            <source>Samlinger holdt</source>
            <translation>Samlinger holdt</translation>
        </message>
        <message>
            <source>Avlyste samlinger</source>
            <translation>Avlyste samlinger</translation>
        </message>
        <message>
            <source>Deltakere med oppmøte</source>
            <translation>Deltakere med oppmøte</translation>
        </message>
        <message>
            <source>Påmeldte uten oppmøte</source>
            <translation>Påmeldte uten oppmøte</translation>
        </message>
        <message>
            <source>Oppmøter registrert med navn</source>
            <translation>Oppmøter registrert med navn</translation>
        </message>
        <message>
            <source>Snitt registrerte per samling</source>
            <translation>Snitt registrerte per samling</translation>
        </message>
        <message>
            <source>Telt uten navn</source>
            <translation>Telt uten navn</translation>
        </message>
        <message>
            <source>Oppfylt</source>
            <translation>Oppfylt</translation>
        </message>
        <message>
            <source>Delvis oppfylt</source>
            <translation>Delvis oppfylt</translation>
        </message>
        <message>
            <source>Ikke oppfylt</source>
            <translation>Ikke oppfylt</translation>
        </message>
        <message>
            <source>Ikke vurdert</source>
            <translation>Ikke vurdert</translation>
        </message>
        <message>
            <source>Lokaler</source>
            <translation>Lokaler</translation>
        </message>
        <message>
            <source>Ansattes timer</source>
            <translation>Ansattes timer</translation>
        </message>
        <message>
            <source>Annen egeninnsats</source>
            <translation>Annen egeninnsats</translation>
        </message>
        <message>
            <source>Frivillige timer</source>
            <translation>Frivillige timer</translation>
        </message>
        <message>
            <source>Politiattesten var utløpt</source>
            <translation>Politiattesten var utløpt</translation>
        </message>
        <message>
            <source>Politiattest var ikke vist</source>
            <translation>Politiattest var ikke vist</translation>
        </message>
        <message>
            <source>Ordningen krever alltid revisorattestasjon av regnskapet.</source>
            <translation>Ordningen krever alltid revisorattestasjon av regnskapet.</translation>
        </message>
        <message>
            <source>Ordningen har ingen revisorgrense registrert i Samvirke. Sjekk tilsagnsbrevet om regnskapet skal attesteres av revisor.</source>
            <translation>Ordningen har ingen revisorgrense registrert i Samvirke. Sjekk tilsagnsbrevet om regnskapet skal attesteres av revisor.</translation>
        </message>
        <message>
            <source>Tilskuddet er ikke innvilget ennå. Ordningen krever revisorattestasjon når tilskuddet er over {threshold}.</source>
            <translation>Tilskuddet er ikke innvilget ennå. Ordningen krever revisorattestasjon når tilskuddet er over {threshold}.</translation>
        </message>
        <message>
            <source>Innvilget beløp {amount} er over grensen på {threshold} for ordningen, så regnskapet skal attesteres av revisor.</source>
            <translation>Innvilget beløp {amount} er over grensen på {threshold} for ordningen, så regnskapet skal attesteres av revisor.</translation>
        </message>
        <message>
            <source>Innvilget beløp {amount} er ikke over grensen på {threshold} for ordningen, så revisorattestasjon kreves ikke.</source>
            <translation>Innvilget beløp {amount} er ikke over grensen på {threshold} for ordningen, så revisorattestasjon kreves ikke.</translation>
        </message>
        <message>
            <source>Frivillig på {activity}</source>
            <translation>Frivillig på {activity}</translation>
        </message>
        <message>
            <source>Vilkåret «{condition}» er ikke vurdert.</source>
            <translation>Vilkåret «{condition}» er ikke vurdert.</translation>
        </message>
        <message>
            <source>Sluttrapport</source>
            <translation>Sluttrapport</translation>
        </message>
        <message>
            <source>Fremdriftsrapport</source>
            <translation>Fremdriftsrapport</translation>
        </message>
        <message>
            <source>Budsjettposten «{line}» avviker med {percent} og mangler forklaring.</source>
            <translation>Budsjettposten «{line}» avviker med {percent} og mangler forklaring.</translation>
        </message>
        <message>
            <source>{count} frivillige på {presences} vakter, registrert på samlingene</source>
            <translation>{count} frivillige på {presences} vakter, registrert på samlingene</translation>
        </message>
        <message>
            <source>Navnet på den som skriver under rapporten mangler.</source>
            <translation>Navnet på den som skriver under rapporten mangler.</translation>
        </message>
        <message>
            <source>Søknaden har ingen frist for {kind} registrert. Skriv fristen fra tilsagnsbrevet under Status og frister.</source>
            <translation>Søknaden har ingen frist for {kind} registrert. Skriv fristen fra tilsagnsbrevet under Status og frister.</translation>
        </message>
        <message>
            <source>Frist for {kind}: {due}. Rapporten er datert {date}</source>
            <translation>Frist for {kind}: {due}. Rapporten er datert {date}</translation>
        </message>
        <message>
            <source>og sendes i tide, på fristdagen.</source>
            <translation>og sendes i tide, på fristdagen.</translation>
        </message>
        <message>
            <source>og sendes i tide, {days} dager før fristen.</source>
            <translation>og sendes i tide, {days} dager før fristen.</translation>
        </message>
        <message>
            <source>og sendes i tide, 1 dag før fristen.</source>
            <translation>og sendes i tide, 1 dag før fristen.</translation>
        </message>
        <message>
            <source>og er {days} dager på overtid.</source>
            <translation>og er {days} dager på overtid.</translation>
        </message>
        <message>
            <source>og er 1 dag på overtid.</source>
            <translation>og er 1 dag på overtid.</translation>
        </message>
        <message>
            <source>Snitt per samling</source>
            <translation>Snitt per samling</translation>
        </message>
        <message>
            <source>Oppmøte per måned</source>
            <translation>Oppmøte per måned</translation>
        </message>
        <message>
            <source>«Deltakere» er personer registrert til stede minst én gang i måneden; i raden «I alt» er hver person telt én gang for hele perioden. «Snitt per samling» er oppmøter med navn delt på samlinger holdt.</source>
            <translation>«Deltakere» er personer registrert til stede minst én gang i måneden; i raden «I alt» er hver person telt én gang for hele perioden. «Snitt per samling» er oppmøter med navn delt på samlinger holdt.</translation>
        </message>
        <message>
            <source>Dato</source>
            <translation>Dato</translation>
        </message>
        <message>
            <source>Dag</source>
            <translation>Dag</translation>
        </message>
        <message>
            <source>Tid</source>
            <translation>Tid</translation>
        </message>
        <message>
            <source>Tema / merknad</source>
            <translation>Tema / merknad</translation>
        </message>
        <message>
            <source>Barn</source>
            <translation>Barn</translation>
        </message>
        <message>
            <source>Telt</source>
            <translation>Telt</translation>
        </message>
        <message>
            <source>Totalt</source>
            <translation>Totalt</translation>
        </message>
        <message>
            <source>Sted: {place}</source>
            <translation>Sted: {place}</translation>
        </message>
        <message>
            <source>{count} samlinger holdt</source>
            <translation>{count} samlinger holdt</translation>
        </message>
        <message>
            <source>Sum</source>
            <translation>Sum</translation>
        </message>
        <message>
            <source>Frivillig</source>
            <translation>Frivillig</translation>
        </message>
        <message>
            <source>Timer</source>
            <translation>Timer</translation>
        </message>
        <message>
            <source>Anonymiserte</source>
            <translation>Anonymiserte</translation>
        </message>
        <message>
            <source>Sum ({count} frivillige)</source>
            <translation>Sum ({count} frivillige)</translation>
        </message>
        <message>
            <source>{month} (forts.)</source>
            <translation>{month} (forts.)</translation>
        </message>
        <message>
            <source>Oppmøte per deltaker</source>
            <translation>Oppmøte per deltaker</translation>
        </message>
        <message>
            <source>Ingen samlinger ble holdt i perioden, så det er ikke registrert oppmøte.</source>
            <translation>Ingen samlinger ble holdt i perioden, så det er ikke registrert oppmøte.</translation>
        </message>
        <message>
            <source>Ingen deltakere er registrert med navn i perioden. Oppmøte uten navn står under «Telt» i tabellen over samlingene.</source>
            <translation>Ingen deltakere er registrert med navn i perioden. Oppmøte uten navn står under «Telt» i tabellen over samlingene.</translation>
        </message>
        <message>
            <source>✓ betyr registrert til stede. Over datoene står måned og år; «Sum» er antall samlinger deltakeren var på den måneden, «I alt» i hele perioden. Hver side slutter med summen for deltakerne på siden, hver del med summen for alle. Bare samlinger som er holdt er med: ikke avlyste, planlagte eller de uten registrert oppmøte.</source>
            <translation>✓ betyr registrert til stede. Over datoene står måned og år; «Sum» er antall samlinger deltakeren var på den måneden, «I alt» i hele perioden. Hver side slutter med summen for deltakerne på siden, hver del med summen for alle. Bare samlinger som er holdt er med: ikke avlyste, planlagte eller de uten registrert oppmøte.</translation>
        </message>
        <message>
            <source>1 deltaker er anonymisert og har ikke lenger navn: linjen «{label}» viser hvilke samlinger personen var på.</source>
            <translation>1 deltaker er anonymisert og har ikke lenger navn: linjen «{label}» viser hvilke samlinger personen var på.</translation>
        </message>
        <message>
            <source>{count} deltakere er anonymisert og har ikke lenger navn: linjen «{label}» viser hvor mange av dem som var til stede på hver samling.</source>
            <translation>{count} deltakere er anonymisert og har ikke lenger navn: linjen «{label}» viser hvor mange av dem som var til stede på hver samling.</translation>
        </message>
        <message>
            <source>deltaker {first}–{last} av {count}</source>
            <translation>deltaker {first}–{last} av {count}</translation>
        </message>
        <message>
            <source>Påmeldt, men ikke registrert til stede i perioden ({count}): {names}.</source>
            <translation>Påmeldt, men ikke registrert til stede i perioden ({count}): {names}.</translation>
        </message>
        <message>
            <source>samling {first}–{last} av {count}</source>
            <translation>samling {first}–{last} av {count}</translation>
        </message>
        <message>
            <source>Deltaker</source>
            <translation>Deltaker</translation>
        </message>
        <message>
            <source>Sum denne siden</source>
            <translation>Sum denne siden</translation>
        </message>
        <message>
            <source>Registrerte i alt</source>
            <translation>Registrerte i alt</translation>
        </message>
        <message>
            <source>Samling {first}–{last} av {count}</source>
            <translation>Samling {first}–{last} av {count}</translation>
        </message>
        <message>
            <source>I alt</source>
            <translation>I alt</translation>
        </message>
        <message>
            <source>Side {page} av {pages}</source>
            <translation>Side {page} av {pages}</translation>
        </message>
        <message>
            <source>Skrevet ut {date}</source>
            <translation>Skrevet ut {date}</translation>
        </message>
        <message>
            <source>Ikke fylt ut i søknaden.</source>
            <translation>Ikke fylt ut i søknaden.</translation>
        </message>
        <message>
            <source>Resultater</source>
            <translation>Resultater</translation>
        </message>
        <message>
            <source>Avvik fra planen</source>
            <translation>Avvik fra planen</translation>
        </message>
        <message>
            <source>Utfordringer</source>
            <translation>Utfordringer</translation>
        </message>
        <message>
            <source>Suksessfaktorer</source>
            <translation>Suksessfaktorer</translation>
        </message>
        <message>
            <source>Videreføring og neste steg</source>
            <translation>Videreføring og neste steg</translation>
        </message>
        <message>
            <source>Rapport til tilskuddsgiver</source>
            <translation>Rapport til tilskuddsgiver</translation>
        </message>
        <message>
            <source>tilskudd</source>
            <translation>tilskudd</translation>
        </message>
        <message>
            <source>rapport</source>
            <translation>rapport</translation>
        </message>
        <message>
            <source>Ingen aktiviteter er knyttet til søknaden, så det er ingen tall å rapportere for perioden {period}. Knytt aktivitetene til søknaden under Søknader.</source>
            <translation>Ingen aktiviteter er knyttet til søknaden, så det er ingen tall å rapportere for perioden {period}. Knytt aktivitetene til søknaden under Søknader.</translation>
        </message>
        <message>
            <source>Ingen samlinger i perioden {period} for aktivitetene i søknaden, så det er ingen deltakere, oppmøter eller frivillige timer å rapportere.</source>
            <translation>Ingen samlinger i perioden {period} for aktivitetene i søknaden, så det er ingen deltakere, oppmøter eller frivillige timer å rapportere.</translation>
        </message>
        <message>
            <source>Rapportperiode {period}</source>
            <translation>Rapportperiode {period}</translation>
        </message>
        <message>
            <source>Tilskuddsgiver</source>
            <translation>Tilskuddsgiver</translation>
        </message>
        <message>
            <source>Tilskuddsordning</source>
            <translation>Tilskuddsordning</translation>
        </message>
        <message>
            <source>Saksnummer / referanse</source>
            <translation>Saksnummer / referanse</translation>
        </message>
        <message>
            <source>Søknadsperiode</source>
            <translation>Søknadsperiode</translation>
        </message>
        <message>
            <source>Rapporten gjelder</source>
            <translation>Rapporten gjelder</translation>
        </message>
        <message>
            <source>{first} til {last}</source>
            <translation>{first} til {last}</translation>
        </message>
        <message>
            <source>Unike deltakere 0–24 år</source>
            <translation>Unike deltakere 0–24 år</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Beløp søkt</source>
            <translation>Beløp søkt</translation>
        </message>
        <message>
            <source>Beløp innvilget</source>
            <translation>Beløp innvilget</translation>
        </message>
        <message>
            <source>Ikke innvilget (ennå)</source>
            <translation>Ikke innvilget (ennå)</translation>
        </message>
        <message>
            <source>Aktiviteter</source>
            <translation>Aktiviteter</translation>
        </message>
        <message>
            <source>Ingen knyttet til søknaden</source>
            <translation>Ingen knyttet til søknaden</translation>
        </message>
        <message>
            <source>Rapporten er skrevet av</source>
            <translation>Rapporten er skrevet av</translation>
        </message>
        <message>
            <source>Rapporten inneholder bare tall uten navn: deltakerne telles, de nevnes ikke.</source>
            <translation>Rapporten inneholder bare tall uten navn: deltakerne telles, de nevnes ikke.</translation>
        </message>
        <message>
            <source>Herav {group}</source>
            <translation>Herav {group}</translation>
        </message>
        <message>
            <source>Unike deltakere</source>
            <translation>Unike deltakere</translation>
        </message>
        <message>
            <source>Nye deltakere i perioden</source>
            <translation>Nye deltakere i perioden</translation>
        </message>
        <message>
            <source>Samlinger avlyst</source>
            <translation>Samlinger avlyst</translation>
        </message>
        <message>
            <source>Samlinger planlagt senere</source>
            <translation>Samlinger planlagt senere</translation>
        </message>
        <message>
            <source>Snitt med navn per samling</source>
            <translation>Snitt med navn per samling</translation>
        </message>
        <message>
            <source>Verdi av frivillig innsats</source>
            <translation>Verdi av frivillig innsats</translation>
        </message>
        <message>
            <source>Brukt av budsjettet</source>
            <translation>Brukt av budsjettet</translation>
        </message>
        <message>
            <source>Mål og måloppnåelse</source>
            <translation>Mål og måloppnåelse</translation>
        </message>
        <message>
            <source>Søknaden har ingen registrerte mål.</source>
            <translation>Søknaden har ingen registrerte mål.</translation>
        </message>
        <message>
            <source>Mål</source>
            <translation>Mål</translation>
        </message>
        <message>
            <source>Målsetting</source>
            <translation>Målsetting</translation>
        </message>
        <message>
            <source>Oppnådd</source>
            <translation>Oppnådd</translation>
        </message>
        <message>
            <source>Vurdering</source>
            <translation>Vurdering</translation>
        </message>
        <message>
            <source>Ikke beskrevet ennå</source>
            <translation>Ikke beskrevet ennå</translation>
        </message>
        <message>
            <source>Slik ble arbeidet gjort</source>
            <translation>Slik ble arbeidet gjort</translation>
        </message>
        <message>
            <source>Ingen aktiviteter er knyttet til søknaden.</source>
            <translation>Ingen aktiviteter er knyttet til søknaden.</translation>
        </message>
        <message>
            <source>Aktivitet</source>
            <translation>Aktivitet</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Holdt</source>
            <translation>Holdt</translation>
        </message>
        <message>
            <source>Planlagt</source>
            <translation>Planlagt</translation>
        </message>
        <message>
            <source>Oppmøte ikke registrert</source>
            <translation>Oppmøte ikke registrert</translation>
        </message>
        <message>
            <source>Avlyst</source>
            <translation>Avlyst</translation>
        </message>
        <message>
            <source>og {n} til</source>
            <translation>og {n} til</translation>
        </message>
        <message>
            <source>1 samling i perioden har ikke registrert oppmøte og er ikke regnet som holdt: {dates}. Registrer oppmøtet (eller merk at ingen kom) og lag rapporten på nytt.</source>
            <translation>1 samling i perioden har ikke registrert oppmøte og er ikke regnet som holdt: {dates}. Registrer oppmøtet (eller merk at ingen kom) og lag rapporten på nytt.</translation>
        </message>
        <message>
            <source>{n} samlinger i perioden har ikke registrert oppmøte og er ikke regnet som holdt: {dates}. Registrer oppmøtet (eller merk at ingen kom) og lag rapporten på nytt.</source>
            <translation>{n} samlinger i perioden har ikke registrert oppmøte og er ikke regnet som holdt: {dates}. Registrer oppmøtet (eller merk at ingen kom) og lag rapporten på nytt.</translation>
        </message>
        <message>
            <source>Oppmøter</source>
            <translation>Oppmøter</translation>
        </message>
        <message>
            <source>Unike deltakere i alt telles én gang selv om de var med på flere aktiviteter, så summen kan være lavere enn tallene per aktivitet lagt sammen.</source>
            <translation>Unike deltakere i alt telles én gang selv om de var med på flere aktiviteter, så summen kan være lavere enn tallene per aktivitet lagt sammen.</translation>
        </message>
        <message>
            <source>Deltakere</source>
            <translation>Deltakere</translation>
        </message>
        <message>
            <source>Unike deltakere er personer registrert med navn som var til stede minst én gang i perioden, telt én gang på tvers av samlinger og aktiviteter. Nye deltakere var ikke med på noen aktivitet før perioden; gjengangere var det.</source>
            <translation>Unike deltakere er personer registrert med navn som var til stede minst én gang i perioden, telt én gang på tvers av samlinger og aktiviteter. Nye deltakere var ikke med på noen aktivitet før perioden; gjengangere var det.</translation>
        </message>
        <message>
            <source>Nye</source>
            <translation>Nye</translation>
        </message>
        <message>
            <source>Gjengangere</source>
            <translation>Gjengangere</translation>
        </message>
        <message>
            <source>Alle unike deltakere</source>
            <translation>Alle unike deltakere</translation>
        </message>
        <message>
            <source>{group} etter alder og kjønn</source>
            <translation>{group} etter alder og kjønn</translation>
        </message>
        <message>
            <source>Alder</source>
            <translation>Alder</translation>
        </message>
        <message>
            <source>Barn og unge er registrert som barn på samlingene, voksne som forelder eller voksen.</source>
            <translation>Barn og unge er registrert som barn på samlingene, voksne som forelder eller voksen.</translation>
        </message>
        <message>
            <source>Samlinger og oppmøte per måned</source>
            <translation>Samlinger og oppmøte per måned</translation>
        </message>
        <message>
            <source>{held} samlinger ble holdt og {cancelled} avlyst</source>
            <translation>{held} samlinger ble holdt og {cancelled} avlyst</translation>
        </message>
        <message>
            <source>, og {planned} er planlagt senere i perioden.</source>
            <translation>, og {planned} er planlagt senere i perioden.</translation>
        </message>
        <message>
            <source>Det ble registrert {attendances} oppmøter med navn, i snitt {average} per samling, og {counted} personer ble telt uten navn.</source>
            <translation>Det ble registrert {attendances} oppmøter med navn, i snitt {average} per samling, og {counted} personer ble telt uten navn.</translation>
        </message>
        <message>
            <source>Oppmøter med navn</source>
            <translation>Oppmøter med navn</translation>
        </message>
        <message>
            <source>Oppmøter per måned</source>
            <translation>Oppmøter per måned</translation>
        </message>
        <message>
            <source>Måned</source>
            <translation>Måned</translation>
        </message>
        <message>
            <source>Snitt alle per samling</source>
            <translation>Snitt alle per samling</translation>
        </message>
        <message>
            <source>«Snitt alle per samling» regner med både oppmøter med navn og telte personer.</source>
            <translation>«Snitt alle per samling» regner med både oppmøter med navn og telte personer.</translation>
        </message>
        <message>
            <source>Telte deltakere uten navn</source>
            <translation>Telte deltakere uten navn</translation>
        </message>
        <message>
            <source>Ingen er telt uten navn i perioden: alle deltakerne er registrert med navn.</source>
            <translation>Ingen er telt uten navn i perioden: alle deltakerne er registrert med navn.</translation>
        </message>
        <message>
            <source>På åpne aktiviteter telles de som kommer uten å bli registrert med navn. Det ble telt {total} personer, i snitt {average} per samling. De er ikke med i tallene for unike deltakere, fordi samme person kan være telt flere ganger.</source>
            <translation>På åpne aktiviteter telles de som kommer uten å bli registrert med navn. Det ble telt {total} personer, i snitt {average} per samling. De er ikke med i tallene for unike deltakere, fordi samme person kan være telt flere ganger.</translation>
        </message>
        <message>
            <source>Frivillig innsats</source>
            <translation>Frivillig innsats</translation>
        </message>
        <message>
            <source>Frivillige som har bidratt</source>
            <translation>Frivillige som har bidratt</translation>
        </message>
        <message>
            <source>Vakter (frivillig × samling)</source>
            <translation>Vakter (frivillig × samling)</translation>
        </message>
        <message>
            <source>Timer i alt</source>
            <translation>Timer i alt</translation>
        </message>
        <message>
            <source>Timesats for egeninnsats</source>
            <translation>Timesats for egeninnsats</translation>
        </message>
        <message>
            <source>Tilskuddsgiveren har ingen timesats for frivillig innsats, så bare timene rapporteres.</source>
            <translation>Tilskuddsgiveren har ingen timesats for frivillig innsats, så bare timene rapporteres.</translation>
        </message>
        <message>
            <source>Verdien er timene ganget med {rate} per time.</source>
            <translation>Verdien er timene ganget med {rate} per time.</translation>
        </message>
        <message>
            <source>Budsjett og regnskap</source>
            <translation>Budsjett og regnskap</translation>
        </message>
        <message>
            <source>Søknaden har ingen budsjettposter.</source>
            <translation>Søknaden har ingen budsjettposter.</translation>
        </message>
        <message>
            <source>Regnskapet tar med utgifter fra {first} til {last}. Avvik er regnskap minus budsjett: minus betyr under budsjett. Avvik på mer enn {limit} må forklares.</source>
            <translation>Regnskapet tar med utgifter fra {first} til {last}. Avvik er regnskap minus budsjett: minus betyr under budsjett. Avvik på mer enn {limit} må forklares.</translation>
        </message>
        <message>
            <source>Post</source>
            <translation>Post</translation>
        </message>
        <message>
            <source>Budsjett</source>
            <translation>Budsjett</translation>
        </message>
        <message>
            <source>Regnskap</source>
            <translation>Regnskap</translation>
        </message>
        <message>
            <source>Avvik %</source>
            <translation>Avvik %</translation>
        </message>
        <message>
            <source>avviket er større enn {limit} og må forklares før rapporten sendes.</source>
            <translation>avviket er større enn {limit} og må forklares før rapporten sendes.</translation>
        </message>
        <message>
            <source>{n} av budsjettpostene mangler forklaring på avviket: {lines}. Skriv forklaringen på søknadens budsjett (fanen Budsjett og regnskap) og lag rapporten på nytt.</source>
            <translation>{n} av budsjettpostene mangler forklaring på avviket: {lines}. Skriv forklaringen på søknadens budsjett (fanen Budsjett og regnskap) og lag rapporten på nytt.</translation>
        </message>
        <message>
            <source>Egeninnsats</source>
            <translation>Egeninnsats</translation>
        </message>
        <message>
            <source>Søknaden har ingen egeninnsats registrert, og ingen frivillige timer er registrert i perioden.</source>
            <translation>Søknaden har ingen egeninnsats registrert, og ingen frivillige timer er registrert i perioden.</translation>
        </message>
        <message>
            <source>Beskrivelse</source>
            <translation>Beskrivelse</translation>
        </message>
        <message>
            <source>Sats</source>
            <translation>Sats</translation>
        </message>
        <message>
            <source>Verdi</source>
            <translation>Verdi</translation>
        </message>
        <message>
            <source>bare timer</source>
            <translation>bare timer</translation>
        </message>
        <message>
            <source>Egeninnsatsen er til sammen verdt {total}. Ansattes timer regnes som timer ganget med timesatsen; frivillige timer er de som er registrert på samlingene i perioden, med tilskuddsgiverens sats.</source>
            <translation>Egeninnsatsen er til sammen verdt {total}. Ansattes timer regnes som timer ganget med timesatsen; frivillige timer er de som er registrert på samlingene i perioden, med tilskuddsgiverens sats.</translation>
        </message>
        <message>
            <source>Tilskuddsgiveren har ingen timesats for frivillig innsats, så de frivillige timene er ikke verdsatt.</source>
            <translation>Tilskuddsgiveren har ingen timesats for frivillig innsats, så de frivillige timene er ikke verdsatt.</translation>
        </message>
        <message>
            <source>Vilkår og krav fra tilskuddsgiveren</source>
            <translation>Vilkår og krav fra tilskuddsgiveren</translation>
        </message>
        <message>
            <source>Rapporten er ikke komplett ennå:</source>
            <translation>Rapporten er ikke komplett ennå:</translation>
        </message>
        <message>
            <source>Vilkår i tilsagnsbrevet</source>
            <translation>Vilkår i tilsagnsbrevet</translation>
        </message>
        <message>
            <source>Tilsagnsbrev</source>
            <translation>Tilsagnsbrev</translation>
        </message>
        <message>
            <source>datert {date}</source>
            <translation>datert {date}</translation>
        </message>
        <message>
            <source>Ingen vilkår fra tilsagnsbrevet er registrert i søknaden.</source>
            <translation>Ingen vilkår fra tilsagnsbrevet er registrert i søknaden.</translation>
        </message>
        <message>
            <source>Vilkår</source>
            <translation>Vilkår</translation>
        </message>
        <message>
            <source>Kommentar</source>
            <translation>Kommentar</translation>
        </message>
        <message>
            <source>Nummer i Samvirke</source>
            <translation>Nummer i Samvirke</translation>
        </message>
        <message>
            <source>Antall lagringer</source>
            <translation>Antall lagringer</translation>
        </message>
        <message>
            <source>Registrert</source>
            <translation>Registrert</translation>
        </message>
        <message>
            <source>Sist endret</source>
            <translation>Sist endret</translation>
        </message>
        <message>
            <source>Sist endret av</source>
            <translation>Sist endret av</translation>
        </message>
        <message>
            <source>Innsyn</source>
            <translation>Innsyn</translation>
        </message>
        <message>
            <source>Opplysninger om {name}</source>
            <translation>Opplysninger om {name}</translation>
        </message>
        <message>
            <source>innsyn</source>
            <translation>innsyn</translation>
        </message>
        <message>
            <source>personopplysninger</source>
            <translation>personopplysninger</translation>
        </message>
        <message>
            <source>Personopplysninger, husstand, foresatte, samtykker og påmeldinger</source>
            <translation>Personopplysninger, husstand, foresatte, samtykker og påmeldinger</translation>
        </message>
        <message>
            <source>Oppmøte</source>
            <translation>Oppmøte</translation>
        </message>
        <message>
            <source>Endringsloggen om personen</source>
            <translation>Endringsloggen om personen</translation>
        </message>
        <message>
            <source>Opplysninger som frivillig</source>
            <translation>Opplysninger som frivillig</translation>
        </message>
        <message>
            <source>Politiattest (datoer og hvem som så den)</source>
            <translation>Politiattest (datoer og hvem som så den)</translation>
        </message>
        <message>
            <source>Sikkerhetskopier av databasen</source>
            <translation>Sikkerhetskopier av databasen</translation>
        </message>
        <message>
            <source>Slettes eller anonymiseres {months} måneder etter siste oppmøte eller endring</source>
            <translation>Slettes eller anonymiseres {months} måneder etter siste oppmøte eller endring</translation>
        </message>
        <message>
            <source>Beholdes uten navn i statistikken; navnet fjernes sammen med personopplysningene</source>
            <translation>Beholdes uten navn i statistikken; navnet fjernes sammen med personopplysningene</translation>
        </message>
        <message>
            <source>Det som står om personen, slettes sammen med personopplysningene</source>
            <translation>Det som står om personen, slettes sammen med personopplysningene</translation>
        </message>
        <message>
            <source>Slettes når de er {months} måneder gamle, så det som er slettet, ikke blir liggende i gamle kopier</source>
            <translation>Slettes når de er {months} måneder gamle, så det som er slettet, ikke blir liggende i gamle kopier</translation>
        </message>
        <message>
            <source>Slettes når personen slutter som frivillig</source>
            <translation>Slettes når personen slutter som frivillig</translation>
        </message>
        <message>
            <source>Slettes {months} måneder etter at personen sluttet som frivillig</source>
            <translation>Slettes {months} måneder etter at personen sluttet som frivillig</translation>
        </message>
        <message>
            <source>Samme dag som personopplysningene</source>
            <translation>Samme dag som personopplysningene</translation>
        </message>
        <message>
            <source>Fra {date}: står på teamets liste over det som skal slettes, og slettes ved neste gjennomgang</source>
            <translation>Fra {date}: står på teamets liste over det som skal slettes, og slettes ved neste gjennomgang</translation>
        </message>
        <message>
            <source>Anonymisert {date}</source>
            <translation>Anonymisert {date}</translation>
        </message>
        <message>
            <source>Ingen dato ennå: personen er fortsatt frivillig (har ingen sluttdato)</source>
            <translation>Ingen dato ennå: personen er fortsatt frivillig (har ingen sluttdato)</translation>
        </message>
        <message>
            <source>Ingen dato ennå: påmeldt {activities}. Uten flere oppmøter blir det {date}</source>
            <translation>Ingen dato ennå: påmeldt {activities}. Uten flere oppmøter blir det {date}</translation>
        </message>
        <message>
            <source>Senest {months} måneder etter datoene over</source>
            <translation>Senest {months} måneder etter datoene over</translation>
        </message>
        <message>
            <source>ikke før {date}</source>
            <translation>ikke før {date}</translation>
        </message>
        <message>
            <source>Foresatte</source>
            <translation>Foresatte</translation>
        </message>
        <message>
            <source>Som foresatt</source>
            <translation>Som foresatt</translation>
        </message>
        <message>
            <source>Som frivillig</source>
            <translation>Som frivillig</translation>
        </message>
        <message>
            <source>Personopplysningene</source>
            <translation>Personopplysningene</translation>
        </message>
        <message>
            <source>Importert fra regnearket «{file}» {date}</source>
            <translation>Importert fra regnearket «{file}» {date}</translation>
        </message>
        <message>
            <source>Registrert av teamet i Samvirke {date}</source>
            <translation>Registrert av teamet i Samvirke {date}</translation>
        </message>
        <message>
            <source>Registrert av teamet i Samvirke</source>
            <translation>Registrert av teamet i Samvirke</translation>
        </message>
        <message>
            <source>{names} er registrert som foresatte og kan ha gitt opplysninger om barnet</source>
            <translation>{names} er registrert som foresatte og kan ha gitt opplysninger om barnet</translation>
        </message>
        <message>
            <source>Registrert som foresatt for {names}</source>
            <translation>Registrert som foresatt for {names}</translation>
        </message>
        <message>
            <source>Registrert av teamet eller aktivitetslederen på hver samling</source>
            <translation>Registrert av teamet eller aktivitetslederen på hver samling</translation>
        </message>
        <message>
            <source>I «{activity}» helt eller delvis importert fra regnearket «{file}» {date}</source>
            <translation>I «{activity}» helt eller delvis importert fra regnearket «{file}» {date}</translation>
        </message>
        <message>
            <source>bare tall uten navn: hvor mange som deltok etter alder og kjønn, oppmøter og frivillige timer. De får aldri navn eller andre opplysninger om personen.</source>
            <translation>bare tall uten navn: hvor mange som deltok etter alder og kjønn, oppmøter og frivillige timer. De får aldri navn eller andre opplysninger om personen.</translation>
        </message>
        <message>
            <source>{funders}, som gir tilskudd til aktivitetene personen er med på, får {figures}</source>
            <translation>{funders}, som gir tilskudd til aktivitetene personen er med på, får {figures}</translation>
        </message>
        <message>
            <source>Tilskuddsgivere får {figures}</source>
            <translation>Tilskuddsgivere får {figures}</translation>
        </message>
        <message>
            <source>Tilskuddsgivere</source>
            <translation>Tilskuddsgivere</translation>
        </message>
        <message>
            <source>Et bilde personen er med på, kan stå i en rapport til en tilskuddsgiver bare når samtykke til foto er gitt (for barn under 15 år av foresatte) og ikke er trukket tilbake.</source>
            <translation>Et bilde personen er med på, kan stå i en rapport til en tilskuddsgiver bare når samtykke til foto er gitt (for barn under 15 år av foresatte) og ikke er trukket tilbake.</translation>
        </message>
        <message>
            <source>I teamet</source>
            <translation>I teamet</translation>
        </message>
        <message>
            <source>Bare teamets egne medarbeidere, og bare det rollen deres trenger: aktivitetsledere ser deltakerne på sine egne aktiviteter, søknadsskrivere ser bare tall.</source>
            <translation>Bare teamets egne medarbeidere, og bare det rollen deres trenger: aktivitetsledere ser deltakerne på sine egne aktiviteter, søknadsskrivere ser bare tall.</translation>
        </message>
        <message>
            <source>Ingen andre</source>
            <translation>Ingen andre</translation>
        </message>
        <message>
            <source>Ingen andre får navn eller andre opplysninger om personen fra Samvirke, med mindre en lov krever det.</source>
            <translation>Ingen andre får navn eller andre opplysninger om personen fra Samvirke, med mindre en lov krever det.</translation>
        </message>
        <message>
            <source>Du kan få vite hva som er lagret, og få en kopi. Denne utskriften er en slik kopi.</source>
            <translation>Du kan få vite hva som er lagret, og få en kopi. Denne utskriften er en slik kopi.</translation>
        </message>
        <message>
            <source>Retting</source>
            <translation>Retting</translation>
        </message>
        <message>
            <source>Er noe feil eller ufullstendig, kan du be om at det rettes.</source>
            <translation>Er noe feil eller ufullstendig, kan du be om at det rettes.</translation>
        </message>
        <message>
            <source>Sletting</source>
            <translation>Sletting</translation>
        </message>
        <message>
            <source>Du kan be om at opplysninger slettes, for eksempel når de ikke lenger trengs, eller når de bare er lagret med samtykke og samtykket trekkes tilbake.</source>
            <translation>Du kan be om at opplysninger slettes, for eksempel når de ikke lenger trengs, eller når de bare er lagret med samtykke og samtykket trekkes tilbake.</translation>
        </message>
        <message>
            <source>Begrensning</source>
            <translation>Begrensning</translation>
        </message>
        <message>
            <source>Mens det blir avklart om opplysningene er riktige, eller om en protest skal tas til følge, kan du be om at de bare lagres og ikke brukes.</source>
            <translation>Mens det blir avklart om opplysningene er riktige, eller om en protest skal tas til følge, kan du be om at de bare lagres og ikke brukes.</translation>
        </message>
        <message>
            <source>Protest</source>
            <translation>Protest</translation>
        </message>
        <message>
            <source>Du kan protestere mot at opplysningene brukes, på grunn av din særlige situasjon. Da slutter teamet å bruke dem, med mindre bydelen har tungtveiende grunner til å fortsette.</source>
            <translation>Du kan protestere mot at opplysningene brukes, på grunn av din særlige situasjon. Da slutter teamet å bruke dem, med mindre bydelen har tungtveiende grunner til å fortsette.</translation>
        </message>
        <message>
            <source>Trekke tilbake samtykke</source>
            <translation>Trekke tilbake samtykke</translation>
        </message>
        <message>
            <source>Et samtykke, for eksempel til foto, kan trekkes tilbake når som helst. Det som ble gjort før, blir ikke ulovlig av det.</source>
            <translation>Et samtykke, for eksempel til foto, kan trekkes tilbake når som helst. Det som ble gjort før, blir ikke ulovlig av det.</translation>
        </message>
        <message>
            <source>teamet</source>
            <translation>teamet</translation>
        </message>
        <message>
            <source>Ta kontakt med {team} eller med behandlingsansvarlig, {controller}, muntlig eller skriftlig. Du får svar uten ugrunnet opphold og senest innen én måned, og det koster ingenting. Spørsmål om hvordan opplysningene behandles, kan du også stille personvernombudet, {dpo}.</source>
            <translation>Ta kontakt med {team} eller med behandlingsansvarlig, {controller}, muntlig eller skriftlig. Du får svar uten ugrunnet opphold og senest innen én måned, og det koster ingenting. Spørsmål om hvordan opplysningene behandles, kan du også stille personvernombudet, {dpo}.</translation>
        </message>
        <message>
            <source>Mener du at opplysningene behandles i strid med personvernreglene, kan du klage til Datatilsynet: {name}, {address}, {web}. Du kan gjerne ta det opp med teamet eller personvernombudet først.</source>
            <translation>Mener du at opplysningene behandles i strid med personvernreglene, kan du klage til Datatilsynet: {name}, {address}, {web}. Du kan gjerne ta det opp med teamet eller personvernombudet først.</translation>
        </message>
        <message>
            <source>Ja</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>Nei</source>
            <translation>Nei</translation>
        </message>
        <message>
            <source>{date} kl. {time}</source>
            <translation>{date} kl. {time}</translation>
        </message>
        <message>
            <source>Innsyn: opplysninger om {name}</source>
            <translation>Innsyn: opplysninger om {name}</translation>
        </message>
        <message>
            <source>Alt Samvirke lagrer om personen, per {date}</source>
            <translation>Alt Samvirke lagrer om personen, per {date}</translation>
        </message>
        <message>
            <source>Dette er en utskrift av alle opplysningene {team} har lagret om {name} i Samvirke, etter personvernforordningen artikkel 15 (retten til innsyn). Samme opplysninger kan også gis som en maskinlesbar fil (JSON). Først står hvorfor opplysningene lagres, hvor lenge, hvor de kommer fra, hvem som får dem og hvilke rettigheter du har; deretter alle opplysningene.</source>
            <translation>Dette er en utskrift av alle opplysningene {team} har lagret om {name} i Samvirke, etter personvernforordningen artikkel 15 (retten til innsyn). Samme opplysninger kan også gis som en maskinlesbar fil (JSON). Først står hvorfor opplysningene lagres, hvor lenge, hvor de kommer fra, hvem som får dem og hvilke rettigheter du har; deretter alle opplysningene.</translation>
        </message>
        <message>
            <source>Personopplysninger</source>
            <translation>Personopplysninger</translation>
        </message>
        <message>
            <source>Husstand</source>
            <translation>Husstand</translation>
        </message>
        <message>
            <source>Personen er ikke registrert i en husstand.</source>
            <translation>Personen er ikke registrert i en husstand.</translation>
        </message>
        <message>
            <source>Hvorfor opplysningene lagres</source>
            <translation>Hvorfor opplysningene lagres</translation>
        </message>
        <message>
            <source>Formål</source>
            <translation>Formål</translation>
        </message>
        <message>
            <source>Rettsgrunnlag</source>
            <translation>Rettsgrunnlag</translation>
        </message>
        <message>
            <source>Hvor lenge opplysningene lagres</source>
            <translation>Hvor lenge opplysningene lagres</translation>
        </message>
        <message>
            <source>Hver slags opplysning har sin regel for når den slettes. Datoene er regnet ut fra reglene og opplysningene per {date}; et nytt oppmøte eller en endring flytter dem.</source>
            <translation>Hver slags opplysning har sin regel for når den slettes. Datoene er regnet ut fra reglene og opplysningene per {date}; et nytt oppmøte eller en endring flytter dem.</translation>
        </message>
        <message>
            <source>Opplysninger</source>
            <translation>Opplysninger</translation>
        </message>
        <message>
            <source>Lagringstid</source>
            <translation>Lagringstid</translation>
        </message>
        <message>
            <source>Slettes</source>
            <translation>Slettes</translation>
        </message>
        <message>
            <source>Hvor opplysningene kommer fra</source>
            <translation>Hvor opplysningene kommer fra</translation>
        </message>
        <message>
            <source>Opplysningene kommer fra personen selv eller de foresatte, og fra teamets eget arbeid (oppmøte på samlingene). Slik kom de inn i Samvirke:</source>
            <translation>Opplysningene kommer fra personen selv eller de foresatte, og fra teamets eget arbeid (oppmøte på samlingene). Slik kom de inn i Samvirke:</translation>
        </message>
        <message>
            <source>Hvem som får opplysningene</source>
            <translation>Hvem som får opplysningene</translation>
        </message>
        <message>
            <source>Dine rettigheter</source>
            <translation>Dine rettigheter</translation>
        </message>
        <message>
            <source>Rettighet</source>
            <translation>Rettighet</translation>
        </message>
        <message>
            <source>Hva det betyr</source>
            <translation>Hva det betyr</translation>
        </message>
        <message>
            <source>{right} (artikkel {article})</source>
            <translation>{right} (artikkel {article})</translation>
        </message>
        <message>
            <source>Slik bruker du rettighetene</source>
            <translation>Slik bruker du rettighetene</translation>
        </message>
        <message>
            <source>Klage til Datatilsynet</source>
            <translation>Klage til Datatilsynet</translation>
        </message>
        <message>
            <source>Behandlingsansvarlig og personvernombud</source>
            <translation>Behandlingsansvarlig og personvernombud</translation>
        </message>
        <message>
            <source>Behandlingsansvarlig</source>
            <translation>Behandlingsansvarlig</translation>
        </message>
        <message>
            <source>Personvernombud</source>
            <translation>Personvernombud</translation>
        </message>
        <message>
            <source>Teamet</source>
            <translation>Teamet</translation>
        </message>
        <message>
            <source>Foresatte registrert</source>
            <translation>Foresatte registrert</translation>
        </message>
        <message>
            <source>Foresatt for</source>
            <translation>Foresatt for</translation>
        </message>
        <message>
            <source>Samtykker</source>
            <translation>Samtykker</translation>
        </message>
        <message>
            <source>Påmeldinger til aktiviteter</source>
            <translation>Påmeldinger til aktiviteter</translation>
        </message>
        <message>
            <source>Oppmøter registrert</source>
            <translation>Oppmøter registrert</translation>
        </message>
        <message>
            <source>Første oppmøte</source>
            <translation>Første oppmøte</translation>
        </message>
        <message>
            <source>Siste oppmøte</source>
            <translation>Siste oppmøte</translation>
        </message>
        <message>
            <source>Registrert som frivillig</source>
            <translation>Registrert som frivillig</translation>
        </message>
        <message>
            <source>Endringer i endringsloggen</source>
            <translation>Endringer i endringsloggen</translation>
        </message>
        <message>
            <source>Slettes etter reglene</source>
            <translation>Slettes etter reglene</translation>
        </message>
        <message>
            <source>Opplysning</source>
            <translation>Opplysning</translation>
        </message>
        <message>
            <source>Lagret verdi</source>
            <translation>Lagret verdi</translation>
        </message>
        <message>
            <source>Foresatt</source>
            <translation>Foresatt</translation>
        </message>
        <message>
            <source>Relasjon</source>
            <translation>Relasjon</translation>
        </message>
        <message>
            <source>Telefon</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>E-post</source>
            <translation>E-post</translation>
        </message>
        <message>
            <source>Ingen foresatte er registrert for personen.</source>
            <translation>Ingen foresatte er registrert for personen.</translation>
        </message>
        <message>
            <source>Ingen samtykker er registrert.</source>
            <translation>Ingen samtykker er registrert.</translation>
        </message>
        <message>
            <source>(foresatt)</source>
            <translation>(foresatt)</translation>
        </message>
        <message>
            <source>Samtykke til</source>
            <translation>Samtykke til</translation>
        </message>
        <message>
            <source>Gitt av</source>
            <translation>Gitt av</translation>
        </message>
        <message>
            <source>Gitt</source>
            <translation>Gitt</translation>
        </message>
        <message>
            <source>Trukket tilbake</source>
            <translation>Trukket tilbake</translation>
        </message>
        <message>
            <source>Merknad</source>
            <translation>Merknad</translation>
        </message>
        <message>
            <source>Personen er ikke påmeldt noen aktivitet.</source>
            <translation>Personen er ikke påmeldt noen aktivitet.</translation>
        </message>
        <message>
            <source>Som</source>
            <translation>Som</translation>
        </message>
        <message>
            <source>Fra</source>
            <translation>Fra</translation>
        </message>
        <message>
            <source>Til</source>
            <translation>Til</translation>
        </message>
        <message>
            <source>Ingen oppmøter er registrert.</source>
            <translation>Ingen oppmøter er registrert.</translation>
        </message>
        <message>
            <source>Nei (fravær)</source>
            <translation>Nei (fravær)</translation>
        </message>
        <message>
            <source>Hver samling personen er registrert på, {count} i alt, eldste først.</source>
            <translation>Hver samling personen er registrert på, {count} i alt, eldste først.</translation>
        </message>
        <message>
            <source>Til stede</source>
            <translation>Til stede</translation>
        </message>
        <message>
            <source>Uten påmelding</source>
            <translation>Uten påmelding</translation>
        </message>
        <message>
            <source>Bilder personen er med på</source>
            <translation>Bilder personen er med på</translation>
        </message>
        <message>
            <source>Bildene selv er ikke med i utskriften, fordi andre kan være med på dem. Teamet kan vise dem.</source>
            <translation>Bildene selv er ikke med i utskriften, fordi andre kan være med på dem. Teamet kan vise dem.</translation>
        </message>
        <message>
            <source>Bildetekst</source>
            <translation>Bildetekst</translation>
        </message>
        <message>
            <source>Endringslogg</source>
            <translation>Endringslogg</translation>
        </message>
        <message>
            <source>Endringsloggen har ingen oppføringer om personen.</source>
            <translation>Endringsloggen har ingen oppføringer om personen.</translation>
        </message>
        <message>
            <source>Hvem som har registrert eller endret opplysninger om personen, og når. Denne utskriften blir også ført i loggen.</source>
            <translation>Hvem som har registrert eller endret opplysninger om personen, og når. Denne utskriften blir også ført i loggen.</translation>
        </message>
        <message>
            <source>Tidspunkt</source>
            <translation>Tidspunkt</translation>
        </message>
        <message>
            <source>Bruker</source>
            <translation>Bruker</translation>
        </message>
        <message>
            <source>Hva</source>
            <translation>Hva</translation>
        </message>
        <message>
            <source>Endringer</source>
            <translation>Endringer</translation>
        </message>
        <message>
            <source>Ukjent</source>
            <translation>Ukjent</translation>
        </message>
        <message>
            <source>Rapportfrist</source>
            <translation>Rapportfrist</translation>
        </message>
        <message>
            <source>Frist for regnskap</source>
            <translation>Frist for regnskap</translation>
        </message>
        <message>
            <source>Revisorattestasjon</source>
            <translation>Revisorattestasjon</translation>
        </message>
        <message>
            <source>Revisjon (tilskuddsgiverens merknad)</source>
            <translation>Revisjon (tilskuddsgiverens merknad)</translation>
        </message>
        <message>
            <source>Ingen merknad om revisjon er registrert hos tilskuddsgiveren.</source>
            <translation>Ingen merknad om revisjon er registrert hos tilskuddsgiveren.</translation>
        </message>
        <message>
            <source>Frister og revisjon</source>
            <translation>Frister og revisjon</translation>
        </message>
        <message>
            <source>Politiattest</source>
            <translation>Politiattest</translation>
        </message>
        <message>
            <source>Ingen frivillige er registrert på samlinger med barn i perioden.</source>
            <translation>Ingen frivillige er registrert på samlinger med barn i perioden.</translation>
        </message>
        <message>
            <source>Alle som arbeidet med barn hadde gyldig politiattest: {n} frivillige på {presences} vakter på aktiviteter med barn i perioden, kontrollert mot datoen for hver samling.</source>
            <translation>Alle som arbeidet med barn hadde gyldig politiattest: {n} frivillige på {presences} vakter på aktiviteter med barn i perioden, kontrollert mot datoen for hver samling.</translation>
        </message>
        <message>
            <source>{flagged} av {n} frivillige som arbeidet med barn i perioden hadde ikke gyldig politiattest på alle samlingene de var med på. Unntakene er oppgitt etter rolle, uten navn:</source>
            <translation>{flagged} av {n} frivillige som arbeidet med barn i perioden hadde ikke gyldig politiattest på alle samlingene de var med på. Unntakene er oppgitt etter rolle, uten navn:</translation>
        </message>
        <message>
            <source>Rolle</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>Hva manglet</source>
            <translation>Hva manglet</translation>
        </message>
        <message>
            <source>Vakter</source>
            <translation>Vakter</translation>
        </message>
        <message>
            <source>De øvrige hadde gyldig politiattest på dagene de var med. Frivillige uten gyldig attest blir fulgt opp før de er med igjen.</source>
            <translation>De øvrige hadde gyldig politiattest på dagene de var med. Frivillige uten gyldig attest blir fulgt opp før de er med igjen.</translation>
        </message>
        <message>
            <source>Sted og dato</source>
            <translation>Sted og dato</translation>
        </message>
        <message>
            <source>Organisasjon</source>
            <translation>Organisasjon</translation>
        </message>
        <message>
            <source>Organisasjonsnummer</source>
            <translation>Organisasjonsnummer</translation>
        </message>
        <message>
            <source>Vedlegg: samlinger i perioden</source>
            <translation>Vedlegg: samlinger i perioden</translation>
        </message>
        <message>
            <source>Ingen samlinger i perioden.</source>
            <translation>Ingen samlinger i perioden.</translation>
        </message>
        <message>
            <source>Alle samlinger i perioden for aktivitetene i søknaden: {n} i alt, {held} holdt. Uke er ISO-uke.</source>
            <translation>Alle samlinger i perioden for aktivitetene i søknaden: {n} i alt, {held} holdt. Uke er ISO-uke.</translation>
        </message>
        <message>
            <source>Uke</source>
            <translation>Uke</translation>
        </message>
        <message>
            <source>Sted</source>
            <translation>Sted</translation>
        </message>
        <message>
            <source>Tema</source>
            <translation>Tema</translation>
        </message>
        <message>
            <source>Avvik</source>
            <translation>Avvik</translation>
        </message>
        <message>
            <source>Innvilget beløp er {granted}; budsjettet over er på {budgeted}.</source>
            <translation>Innvilget beløp er {granted}; budsjettet over er på {budgeted}.</translation>
        </message>
        <message>
            <source>Utgifter på {amount} er datert utenfor søknadsperioden og er ikke regnet med. Sjekk datoene på bilagene.</source>
            <translation>Utgifter på {amount} er datert utenfor søknadsperioden og er ikke regnet med. Sjekk datoene på bilagene.</translation>
        </message>
        <message>
            <source>Signatur</source>
            <translation>Signatur</translation>
        </message>
        <message>
            <source>Underskrift</source>
            <translation>Underskrift</translation>
        </message>
        <message>
            <source>Vi bekrefter at opplysningene i rapporten er riktige, og at tilskuddet er brukt slik det er beskrevet.</source>
            <translation>Vi bekrefter at opplysningene i rapporten er riktige, og at tilskuddet er brukt slik det er beskrevet.</translation>
        </message>
        <message>
            <source>Oppmøteliste</source>
            <translation>Oppmøteliste</translation>
        </message>
        <message>
            <source>oppmøteliste</source>
            <translation>oppmøteliste</translation>
        </message>
        <message>
            <source>Ingen samlinger i {month} for {activity}. Legg inn samlinger for måneden, og skriv ut listen på nytt.</source>
            <translation>Ingen samlinger i {month} for {activity}. Legg inn samlinger for måneden, og skriv ut listen på nytt.</translation>
        </message>
        <message>
            <source>Sett kryss for hver deltaker som er til stede. Skriv nye deltakere på de tomme linjene, antall som ikke er registrert med navn på linjen «Telt uten navn», og frivilliges timer i rutene deres.</source>
            <translation>Sett kryss for hver deltaker som er til stede. Skriv nye deltakere på de tomme linjene, antall som ikke er registrert med navn på linjen «Telt uten navn», og frivilliges timer i rutene deres.</translation>
        </message>
        <message>
            <source>Ført inn i Samvirke av:</source>
            <translation>Ført inn i Samvirke av:</translation>
        </message>
        <message>
            <source>Dato:</source>
            <translation>Dato:</translation>
        </message>
        <message>
            <source>Navn</source>
            <translation>Navn</translation>
        </message>
        <message>
            <source>Telt uten navn (antall)</source>
            <translation>Telt uten navn (antall)</translation>
        </message>
        <message>
            <source>Frivillige (skriv timer)</source>
            <translation>Frivillige (skriv timer)</translation>
        </message>
        <message>
            <source>Nye deltakere (navn, fødselsår)</source>
            <translation>Nye deltakere (navn, fødselsår)</translation>
        </message>
        <message>
            <source>«{activity}» {date}: oppmøtet er ikke registrert, så samlingen regnes ikke som holdt.</source>
            <translation>«{activity}» {date}: oppmøtet er ikke registrert, så samlingen regnes ikke som holdt.</translation>
        </message>
        <message>
            <source>Åpne oppmøtet og registrer det, eller merk «Ingen kom».</source>
            <translation>Åpne oppmøtet og registrer det, eller merk «Ingen kom».</translation>
        </message>
        <message>
            <source>Skriv inn fødselsår eller fødselsdato på beboeren.</source>
            <translation>Skriv inn fødselsår eller fødselsdato på beboeren.</translation>
        </message>
        <message>
            <source>Velg kjønn på beboeren.</source>
            <translation>Velg kjønn på beboeren.</translation>
        </message>
        <message>
            <source>1 deltaker mangler fødselsår og telles som «Ukjent alder».</source>
            <translation>1 deltaker mangler fødselsår og telles som «Ukjent alder».</translation>
        </message>
        <message>
            <source>{n} deltakere mangler fødselsår og telles som «Ukjent alder».</source>
            <translation>{n} deltakere mangler fødselsår og telles som «Ukjent alder».</translation>
        </message>
        <message>
            <source>1 deltaker har kjønn «ikke oppgitt».</source>
            <translation>1 deltaker har kjønn «ikke oppgitt».</translation>
        </message>
        <message>
            <source>{n} deltakere har kjønn «ikke oppgitt».</source>
            <translation>{n} deltakere har kjønn «ikke oppgitt».</translation>
        </message>
        <message>
            <source>{name} mangler fødselsår og telles som «Ukjent alder».</source>
            <translation>{name} mangler fødselsår og telles som «Ukjent alder».</translation>
        </message>
        <message>
            <source>{name} har kjønn «ikke oppgitt».</source>
            <translation>{name} har kjønn «ikke oppgitt».</translation>
        </message>
        <message>
            <source>Registrer datoen politiattesten ble vist på den frivillige.</source>
            <translation>Registrer datoen politiattesten ble vist på den frivillige.</translation>
        </message>
        <message>
            <source>1 frivillig var med på aktiviteter med barn uten gyldig politiattest.</source>
            <translation>1 frivillig var med på aktiviteter med barn uten gyldig politiattest.</translation>
        </message>
        <message>
            <source>{n} frivillige var med på aktiviteter med barn uten gyldig politiattest.</source>
            <translation>{n} frivillige var med på aktiviteter med barn uten gyldig politiattest.</translation>
        </message>
        <message>
            <source>{name} var med på en samling med barn uten gyldig politiattest ({date}).</source>
            <translation>{name} var med på en samling med barn uten gyldig politiattest ({date}).</translation>
        </message>
        <message>
            <source>{name} var med på {n} samlinger med barn uten gyldig politiattest (første gang {date}).</source>
            <translation>{name} var med på {n} samlinger med barn uten gyldig politiattest (første gang {date}).</translation>
        </message>
        <message>
            <source>Budsjettposten «{line}»: brukt {spent} av {budget} ({percent} % {side} budsjett).</source>
            <translation>Budsjettposten «{line}»: brukt {spent} av {budget} ({percent} % {side} budsjett).</translation>
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
            <translation>Sjekk utgiftene på søknadens budsjett, eller forklar avviket i rapporten.</translation>
        </message>
        <message>
            <source>Åpne søknaden og fyll ut fanen Tilsagn og rapport.</source>
            <translation>Åpne søknaden og fyll ut fanen Tilsagn og rapport.</translation>
        </message>
        <message>
            <source>Vilkåret «{condition}» i tilsagnsbrevet er ikke vurdert.</source>
            <translation>Vilkåret «{condition}» i tilsagnsbrevet er ikke vurdert.</translation>
        </message>
        <message>
            <source>Rapporten har ingen som skriver under den.</source>
            <translation>Rapporten har ingen som skriver under den.</translation>
        </message>
        <message>
            <source>Budsjettposten «{line}» har ikke noe budsjett, men {spent} er ført på den.</source>
            <translation>Budsjettposten «{line}» har ikke noe budsjett, men {spent} er ført på den.</translation>
        </message>
        <message>
            <source>Resultat for målet «{goal}»</source>
            <translation>Resultat for målet «{goal}»</translation>
        </message>
        <message>
            <source>{where} sier «{said}», men tallene for perioden viser {actual} {word}.</source>
            <translation>{where} sier «{said}», men tallene for perioden viser {actual} {word}.</translation>
        </message>
        <message>
            <source>Rett teksten på søknaden, eller sjekk oppmøtet.</source>
            <translation>Rett teksten på søknaden, eller sjekk oppmøtet.</translation>
        </message>
        <message>
            <source>f. {year}</source>
            <translation>f. {year}</translation>
        </message>
        <message>
            <source>fødselsår ukjent</source>
            <translation>fødselsår ukjent</translation>
        </message>
        <message>
            <source>ikke registrert samtykke til foto</source>
            <translation>ikke registrert samtykke til foto</translation>
        </message>
        <message>
            <source>samtykket til foto er trukket tilbake</source>
            <translation>samtykket til foto er trukket tilbake</translation>
        </message>
        <message>
            <source>under 15 år: samtykket må være gitt av foresatte</source>
            <translation>under 15 år: samtykket må være gitt av foresatte</translation>
        </message>
        <message>
            <source>anonymisert, men fortsatt på bildet</source>
            <translation>anonymisert, men fortsatt på bildet</translation>
        </message>
        <message>
            <source>Bildet er for stort ({size} MB). Bruk et bilde på under {limit} MB, for eksempel ved å sende det fra telefonen i mindre størrelse.</source>
            <translation>Bildet er for stort ({size} MB). Bruk et bilde på under {limit} MB, for eksempel ved å sende det fra telefonen i mindre størrelse.</translation>
        </message>
        <message>
            <source>Bildet «{name}» kan ikke leses ({reason}). Sjekk at filen finnes og at du har tilgang til den.</source>
            <translation>Bildet «{name}» kan ikke leses ({reason}). Sjekk at filen finnes og at du har tilgang til den.</translation>
        </message>
        <message>
            <source>Bildet er for stort. Bruk et bilde på under {limit} MB.</source>
            <translation>Bildet er for stort. Bruk et bilde på under {limit} MB.</translation>
        </message>
        <message>
            <source>Filen er ikke et JPEG- eller PNG-bilde. Lagre bildet som JPEG (.jpg) eller PNG (.png) og legg det til på nytt.</source>
            <translation>Filen er ikke et JPEG- eller PNG-bilde. Lagre bildet som JPEG (.jpg) eller PNG (.png) og legg det til på nytt.</translation>
        </message>
        <message>
            <source>Ingen gjenkjennelige personer</source>
            <translation>Ingen gjenkjennelige personer</translation>
        </message>
        <message>
            <source>Ikke registrert hvem som er med</source>
            <translation>Ikke registrert hvem som er med</translation>
        </message>
        <message>
            <source>Samtykke for alle på bildet</source>
            <translation>Samtykke for alle på bildet</translation>
        </message>
        <message>
            <source>1 person mangler samtykke</source>
            <translation>1 person mangler samtykke</translation>
        </message>
        <message>
            <source>{count} personer mangler samtykke</source>
            <translation>{count} personer mangler samtykke</translation>
        </message>
        <message>
            <source>Bildet «{caption}»</source>
            <translation>Bildet «{caption}»</translation>
        </message>
        <message>
            <source>Bildet fra {date}</source>
            <translation>Bildet fra {date}</translation>
        </message>
        <message>
            <source>{photo} kan ikke være med i rapporten: det er ikke registrert hvem som er med på bildet. Velg personene under Aktiviteter → Bilder, eller kryss av for «Ingen gjenkjennelige personer».</source>
            <translation>{photo} kan ikke være med i rapporten: det er ikke registrert hvem som er med på bildet. Velg personene under Aktiviteter → Bilder, eller kryss av for «Ingen gjenkjennelige personer».</translation>
        </message>
        <message>
            <source>personen på bildet mangler</source>
            <translation>personen på bildet mangler</translation>
        </message>
        <message>
            <source>{lacking} av {shown} personer på bildet mangler</source>
            <translation>{lacking} av {shown} personer på bildet mangler</translation>
        </message>
        <message>
            <source>{photo} kan ikke være med i rapporten: {counted} et gyldig samtykke til foto per {date}. Registrer samtykket hos beboeren (for barn under 15 år gitt av foresatte), eller velg et annet bilde.</source>
            <translation>{photo} kan ikke være med i rapporten: {counted} et gyldig samtykke til foto per {date}. Registrer samtykket hos beboeren (for barn under 15 år gitt av foresatte), eller velg et annet bilde.</translation>
        </message>
        <message>
            <source>Et av bildene finnes ikke lenger; en kollega kan ha fjernet det. Velg bildene til rapporten på nytt.</source>
            <translation>Et av bildene finnes ikke lenger; en kollega kan ha fjernet det. Velg bildene til rapporten på nytt.</translation>
        </message>
        <message>
            <source>{count} til</source>
            <translation>{count} til</translation>
        </message>
        <message>
            <source>{count} personer</source>
            <translation>{count} personer</translation>
        </message>
        <message>
            <source>1 person</source>
            <translation>1 person</translation>
        </message>
        <message>
            <source>Ikke registrert</source>
            <translation>Ikke registrert</translation>
        </message>
        <message>
            <source>Bildet finnes ikke lenger; en kollega kan ha fjernet det.</source>
            <translation>Bildet finnes ikke lenger; en kollega kan ha fjernet det.</translation>
        </message>
        <message>
            <source>Skriv en kort bildetekst, for eksempel «Tur til Sognsvann i høstferien». Den står under bildet i rapporten.</source>
            <translation>Skriv en kort bildetekst, for eksempel «Tur til Sognsvann i høstferien». Den står under bildet i rapporten.</translation>
        </message>
        <message>
            <source>Bildeteksten er for lang ({length} tegn). Skriv høyst {limit} tegn.</source>
            <translation>Bildeteksten er for lang ({length} tegn). Skriv høyst {limit} tegn.</translation>
        </message>
        <message>
            <source>Skriv datoen bildet ble tatt, for eksempel 29.09.2026.</source>
            <translation>Skriv datoen bildet ble tatt, for eksempel 29.09.2026.</translation>
        </message>
        <message>
            <source>Datoen bildet ble tatt kan ikke være etter i dag.</source>
            <translation>Datoen bildet ble tatt kan ikke være etter i dag.</translation>
        </message>
        <message>
            <source>Du har valgt personer på bildet og samtidig krysset av for «Ingen gjenkjennelige personer». Velg det ene.</source>
            <translation>Du har valgt personer på bildet og samtidig krysset av for «Ingen gjenkjennelige personer». Velg det ene.</translation>
        </message>
        <message>
            <source>Velg hvem som er med på bildet, eller kryss av for «Ingen gjenkjennelige personer» (for eksempel bilder tatt bakfra eller på avstand).</source>
            <translation>Velg hvem som er med på bildet, eller kryss av for «Ingen gjenkjennelige personer» (for eksempel bilder tatt bakfra eller på avstand).</translation>
        </message>
        <message>
            <source>Bare deltakere på aktiviteten kan velges som personer på bildet. Meld personen på aktiviteten først.</source>
            <translation>Bare deltakere på aktiviteten kan velges som personer på bildet. Meld personen på aktiviteten først.</translation>
        </message>
        <message>
            <source>Bildeteksten kommer med i rapporten til tilskuddsgiveren, og der skal ingen nevnes ved navn. Ta «{name}» ut av bildeteksten.</source>
            <translation>Bildeteksten kommer med i rapporten til tilskuddsgiveren, og der skal ingen nevnes ved navn. Ta «{name}» ut av bildeteksten.</translation>
        </message>
        <message>
            <source>Aktiviteten finnes ikke lenger; en kollega kan ha slettet den.</source>
            <translation>Aktiviteten finnes ikke lenger; en kollega kan ha slettet den.</translation>
        </message>
        <message>
            <source>navnet</source>
            <translation>navnet</translation>
        </message>
        <message>
            <source>stedet</source>
            <translation>stedet</translation>
        </message>
        <message>
            <source>beskrivelsen</source>
            <translation>beskrivelsen</translation>
        </message>
        <message>
            <source>Kalenderen finnes ikke på «{language}». Velg et av språkene {names}, eller nb for bare bokmål.</source>
            <translation>Kalenderen finnes ikke på «{language}». Velg et av språkene {names}, eller nb for bare bokmål.</translation>
        </message>
        <message>
            <source> og </source>
            <translation> og </translation>
        </message>
        <message>
            <source>«{activity}»: {fields} er ikke oversatt til {language} og står på bokmål.</source>
            <translation>«{activity}»: {fields} er ikke oversatt til {language} og står på bokmål.</translation>
        </message>
        <message>
            <source>«{activity}»: stedet {places} er satt på samlingene og står på bokmål.</source>
            <translation>«{activity}»: stedet {places} er satt på samlingene og står på bokmål.</translation>
        </message>
        <message>
            <source>Åpne aktiviteten og skriv oversettelsen i fanen Oversettelser.</source>
            <translation>Åpne aktiviteten og skriv oversettelsen i fanen Oversettelser.</translation>
        </message>
        <message>
            <source>Teamets telefon og e-post er ikke fylt ut, så plakaten sier ikke hvordan beboerne når dere.</source>
            <translation>Teamets telefon og e-post er ikke fylt ut, så plakaten sier ikke hvordan beboerne når dere.</translation>
        </message>
        <message>
            <source>Skriv dem inn under Innstillinger → Team.</source>
            <translation>Skriv dem inn under Innstillinger → Team.</translation>
        </message>
        <message>
            <source>Velg høyst {limit} bilder til rapporten (du valgte {count}).</source>
            <translation>Velg høyst {limit} bilder til rapporten (du valgte {count}).</translation>
        </message>
        <message>
            <source>Bilde nummer {ids} hører ikke til noen av aktivitetene i søknaden. Velg bilder fra aktivitetene som er knyttet til søknaden.</source>
            <translation>Bilde nummer {ids} hører ikke til noen av aktivitetene i søknaden. Velg bilder fra aktivitetene som er knyttet til søknaden.</translation>
        </message>
        <message>
            <source>frivillig</source>
            <translation>frivillig</translation>
        </message>
        <message>
            <source>leksehjelper</source>
            <translation>leksehjelper</translation>
        </message>
        <message>
            <source>medhjelper på temakveldene</source>
            <translation>medhjelper på temakveldene</translation>
        </message>
        <message>
            <source>patruljedeltaker</source>
            <translation>patruljedeltaker</translation>
        </message>
        <message>
            <source>dugnadshjelper</source>
            <translation>dugnadshjelper</translation>
        </message>
        <message>
            <source>vert på treffstedet</source>
            <translation>vert på treffstedet</translation>
        </message>
        <message>
            <source>aktivitetshjelper</source>
            <translation>aktivitetshjelper</translation>
        </message>
        <message>
            <source>fast {role}</source>
            <translation>fast {role}</translation>
        </message>
        <message>
            <source>Timeattest</source>
            <translation>Timeattest</translation>
        </message>
        <message>
            <source>Teamets navn er ikke satt, og timeattesten må si hvem som bekrefter timene. Skriv navnet under Innstillinger → Team (for eksempel «Bo- og nærmiljøteamet Sagene») og lag timeattesten på nytt.</source>
            <translation>Teamets navn er ikke satt, og timeattesten må si hvem som bekrefter timene. Skriv navnet under Innstillinger → Team (for eksempel «Bo- og nærmiljøteamet Sagene») og lag timeattesten på nytt.</translation>
        </message>
        <message>
            <source>{first} og {last}</source>
            <translation>{first} og {last}</translation>
        </message>
        <message>
            <source>samling</source>
            <translation>samling</translation>
        </message>
        <message>
            <source>samlinger</source>
            <translation>samlinger</translation>
        </message>
        <message>
            <source>aktivitet</source>
            <translation>aktivitet</translation>
        </message>
        <message>
            <source>aktiviteter</source>
            <translation>aktiviteter</translation>
        </message>
        <message>
            <source>{team} bekrefter at {name} har bidratt som {role} i perioden {first} til {last}, med til sammen {hours} timer fordelt på {sessions} {sessions_word} i {activities} {activities_word}.</source>
            <translation>{team} bekrefter at {name} har bidratt som {role} i perioden {first} til {last}, med til sammen {hours} timer fordelt på {sessions} {sessions_word} i {activities} {activities_word}.</translation>
        </message>
        <message>
            <source>Timeattest for {name}</source>
            <translation>Timeattest for {name}</translation>
        </message>
        <message>
            <source>Frivillig innsats i perioden {period}</source>
            <translation>Frivillig innsats i perioden {period}</translation>
        </message>
        <message>
            <source>Ingen registrerte timer for {name} i perioden {period}.</source>
            <translation>Ingen registrerte timer for {name} i perioden {period}.</translation>
        </message>
        <message>
            <source>Timer per aktivitet</source>
            <translation>Timer per aktivitet</translation>
        </message>
        <message>
            <source>Timene er registrert av teamet ved hver samling. Avlyste samlinger er ikke regnet med.</source>
            <translation>Timene er registrert av teamet ved hver samling. Avlyste samlinger er ikke regnet med.</translation>
        </message>
        <message>
            <source>Første–siste samling</source>
            <translation>Første–siste samling</translation>
        </message>
        <message>
            <source>Navn og rolle</source>
            <translation>Navn og rolle</translation>
        </message>
        <message>
            <source>Navn (blokkbokstaver)</source>
            <translation>Navn (blokkbokstaver)</translation>
        </message>
        <message>
            <source>For teamet:</source>
            <translation>For teamet:</translation>
        </message>
        <message>
            <source>Organisasjonsnummer {number}</source>
            <translation>Organisasjonsnummer {number}</translation>
        </message>
        <message>
            <source>Telefon {phone}</source>
            <translation>Telefon {phone}</translation>
        </message>
        <message>
            <source>E-post {email}</source>
            <translation>E-post {email}</translation>
        </message>
        <message>
            <source>Bilder</source>
            <translation>Bilder</translation>
        </message>
        <message>
            <source>Bilder fra aktivitetene. Alle som kan kjennes igjen på bildene, har samtykket til at bildene brukes (foresatte for barn under 15 år).</source>
            <translation>Bilder fra aktivitetene. Alle som kan kjennes igjen på bildene, har samtykket til at bildene brukes (foresatte for barn under 15 år).</translation>
        </message>
    </context>
    <context>
        <name>ReportCheckDialog</name>
        <message>
            <source>Sjekk før rapporten lages</source>
            <translation>Sjekk før rapporten lages</translation>
        </message>
        <message>
            <source>{report} kan lages, men {n} ting bør sjekkes først. Dobbeltklikk (eller trykk Enter på) en linje for å åpne stedet der det rettes.</source>
            <translation>{report} kan lages, men {n} ting bør sjekkes først. Dobbeltklikk (eller trykk Enter på) en linje for å åpne stedet der det rettes.</translation>
        </message>
        <message>
            <source>{report} kan lages, men én ting bør sjekkes først. Dobbeltklikk (eller trykk Enter på) linjen for å åpne stedet der det rettes.</source>
            <translation>{report} kan lages, men én ting bør sjekkes først. Dobbeltklikk (eller trykk Enter på) linjen for å åpne stedet der det rettes.</translation>
        </message>
        <message>
            <source>Advarsler</source>
            <translation>Advarsler</translation>
        </message>
        <message>
            <source>&amp;Lag rapporten likevel</source>
            <translation>&amp;Lag rapporten likevel</translation>
        </message>
        <message>
            <source>&amp;Rett først</source>
            <translation>&amp;Rett først</translation>
        </message>
    </context>
    <context>
        <name>ReportKindTableModel</name>
        <message>
            <source>Rapport</source>
            <translation>Rapport</translation>
        </message>
        <message>
            <source>Hva den viser</source>
            <translation>Hva den viser</translation>
        </message>
    </context>
    <context>
        <name>ReportKinds</name>
        <message>
            <source>Oppmøterapport</source>
            <translation>Oppmøterapport</translation>
        </message>
        <message>
            <source>Én aktivitet i en periode: samlinger, hvem som kom, antall og frivilliges timer.</source>
            <translation>Én aktivitet i en periode: samlinger, hvem som kom, antall og frivilliges timer.</translation>
        </message>
        <message>
            <source>Oppmøteliste</source>
            <translation>Oppmøteliste</translation>
        </message>
        <message>
            <source>Tom liste for en måned til å skrive ut og krysse av på papir.</source>
            <translation>Tom liste for en måned til å skrive ut og krysse av på papir.</translation>
        </message>
        <message>
            <source>Rapport til tilskuddsgiver</source>
            <translation>Rapport til tilskuddsgiver</translation>
        </message>
        <message>
            <source>Deltakere, samlinger, frivillig innsats og regnskap for én søknad og periode.</source>
            <translation>Deltakere, samlinger, frivillig innsats og regnskap for én søknad og periode.</translation>
        </message>
        <message>
            <source>Tilskuddsrapport</source>
            <translation>Tilskuddsrapport</translation>
        </message>
        <message>
            <source>Timeattest</source>
            <translation>Timeattest</translation>
        </message>
        <message>
            <source>Timer per aktivitet for én frivillig, til CV eller studiet.</source>
            <translation>Timer per aktivitet for én frivillig, til CV eller studiet.</translation>
        </message>
        <message>
            <source>Aktivitetskalender</source>
            <translation>Aktivitetskalender</translation>
        </message>
        <message>
            <source>Plakat med alle aktivitetene i en måned, lett å lese på avstand, på bokmål eller et av beboernes språk.</source>
            <translation>Plakat med alle aktivitetene i en måned, lett å lese på avstand, på bokmål eller et av beboernes språk.</translation>
        </message>
        <message>
            <source>Denne måneden</source>
            <translation>Denne måneden</translation>
        </message>
        <message>
            <source>Forrige måned</source>
            <translation>Forrige måned</translation>
        </message>
        <message>
            <source>Dette semesteret</source>
            <translation>Dette semesteret</translation>
        </message>
        <message>
            <source>Forrige semester</source>
            <translation>Forrige semester</translation>
        </message>
        <message>
            <source>I år</source>
            <translation>I år</translation>
        </message>
        <message>
            <source>I fjor</source>
            <translation>I fjor</translation>
        </message>
        <message>
            <source>Hele søknadsperioden</source>
            <translation>Hele søknadsperioden</translation>
        </message>
        <message>
            <source>Egne datoer</source>
            <translation>Egne datoer</translation>
        </message>
    </context>
    <context>
        <name>ReportPhotoRow</name>
        <message>
            <source>&amp;Bilder i rapporten…</source>
            <translation>&amp;Bilder i rapporten…</translation>
        </message>
        <message>
            <source>Velg opptil 4 bilder fra aktivitetene i søknaden. Bare bilder der alle har samtykke til foto kan velges.</source>
            <translation>Velg opptil 4 bilder fra aktivitetene i søknaden. Bare bilder der alle har samtykke til foto kan velges.</translation>
        </message>
        <message>
            <source>Bilder:</source>
            <translation>Bilder:</translation>
        </message>
        <message>
            <source>Ingen bilder valgt</source>
            <translation>Ingen bilder valgt</translation>
        </message>
        <message>
            <source>1 bilde valgt</source>
            <translation>1 bilde valgt</translation>
        </message>
        <message>
            <source>{count} bilder valgt</source>
            <translation>{count} bilder valgt</translation>
        </message>
    </context>
    <context>
        <name>ReportPhotosDialog</name>
        <message>
            <source>Bilder i rapporten</source>
            <translation>Bilder i rapporten</translation>
        </message>
        <message>
            <source>Velg opptil {limit} bilder fra aktivitetene i søknaden. Bildene kommer med bildetekst og dato, uten navn. Et bilde kan bare velges når alle som er med på det har samtykke til foto.</source>
            <translation>Velg opptil {limit} bilder fra aktivitetene i søknaden. Bildene kommer med bildetekst og dato, uten navn. Et bilde kan bare velges når alle som er med på det har samtykke til foto.</translation>
        </message>
        <message>
            <source>Bilder fra aktivitetene</source>
            <translation>Bilder fra aktivitetene</translation>
        </message>
        <message>
            <source>&amp;Lagre valget</source>
            <translation>&amp;Lagre valget</translation>
        </message>
        <message>
            <source>Avbryt</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>Kan brukes: {mark}</source>
            <translation>Kan brukes: {mark}</translation>
        </message>
        <message>
            <source>Kan ikke brukes: {mark}</source>
            <translation>Kan ikke brukes: {mark}</translation>
        </message>
        <message>
            <source>Aktivitetene i søknaden har ingen bilder ennå. Legg dem til under Aktiviteter → Bilder…</source>
            <translation>Aktivitetene i søknaden har ingen bilder ennå. Legg dem til under Aktiviteter → Bilder…</translation>
        </message>
        <message>
            <source>Du har valgt {count} bilder. Velg høyst {limit}.</source>
            <translation>Du har valgt {count} bilder. Velg høyst {limit}.</translation>
        </message>
        <message>
            <source>Ingen bilder valgt: rapporten lages uten bilder.</source>
            <translation>Ingen bilder valgt: rapporten lages uten bilder.</translation>
        </message>
        <message>
            <source>1 bilde valgt.</source>
            <translation>1 bilde valgt.</translation>
        </message>
        <message>
            <source>{count} bilder valgt.</source>
            <translation>{count} bilder valgt.</translation>
        </message>
        <message>
            <source>{count} anonymisert, men fortsatt på bildet</source>
            <translation>{count} anonymisert, men fortsatt på bildet</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <source>A4 liggende</source>
            <translation>A4 liggende</translation>
        </message>
        <message>
            <source>A3 liggende (stor plakat)</source>
            <translation>A3 liggende (stor plakat)</translation>
        </message>
        <message>
            <source>Rapporter</source>
            <translation>Rapporter</translation>
        </message>
        <message>
            <source>Bokmål</source>
            <translation>Bokmål</translation>
        </message>
        <message>
            <source>Står under «For teamet:» på timeattesten. Tomt: en linje å skrive navnet på.</source>
            <translation>Står under «For teamet:» på timeattesten. Tomt: en linje å skrive navnet på.</translation>
        </message>
        <message>
            <source>f.eks. koordinator</source>
            <translation>f.eks. koordinator</translation>
        </message>
        <message>
            <source>Tomt: rollen aktivitetene gir, f.eks. «leksehjelper»</source>
            <translation>Tomt: rollen aktivitetene gir, f.eks. «leksehjelper»</translation>
        </message>
        <message>
            <source>Skriv en rolle bare når den aktivitetene gir ikke passer; den gjelder da alle aktivitetene på attesten.</source>
            <translation>Skriv en rolle bare når den aktivitetene gir ikke passer; den gjelder da alle aktivitetene på attesten.</translation>
        </message>
        <message>
            <source>Si&amp;gnert av</source>
            <translation>Si&amp;gnert av</translation>
        </message>
        <message>
            <source>Rolle til &amp;den som signerer</source>
            <translation>Rolle til &amp;den som signerer</translation>
        </message>
        <message>
            <source>Den frivilliges rolle</source>
            <translation>Den frivilliges rolle</translation>
        </message>
        <message>
            <source>Ta med påmeldte som ikke &amp;kom</source>
            <translation>Ta med påmeldte som ikke &amp;kom</translation>
        </message>
        <message>
            <source>Gi også de påmeldte som aldri kom en rad i oppmøtetabellen. Ellers er de bare nevnt med navn i ett avsnitt under tabellen.</source>
            <translation>Gi også de påmeldte som aldri kom en rad i oppmøtetabellen. Ellers er de bare nevnt med navn i ett avsnitt under tabellen.</translation>
        </message>
        <message>
            <source>1 rapporttype</source>
            <translation>1 rapporttype</translation>
        </message>
        <message>
            <source>{count} rapporttyper</source>
            <translation>{count} rapporttyper</translation>
        </message>
        <message>
            <source> (arkivert)</source>
            <translation> (arkivert)</translation>
        </message>
        <message>
            <source>Ingen aktiviteter du kan lage rapport for</source>
            <translation>Ingen aktiviteter du kan lage rapport for</translation>
        </message>
        <message>
            <source>Ingen søknader ennå</source>
            <translation>Ingen søknader ennå</translation>
        </message>
        <message>
            <source> (sluttet)</source>
            <translation> (sluttet)</translation>
        </message>
        <message>
            <source>Ingen frivillige du kan lage timeattest for</source>
            <translation>Ingen frivillige du kan lage timeattest for</translation>
        </message>
        <message>
            <source>Alle områder</source>
            <translation>Alle områder</translation>
        </message>
        <message>
            <source>Ingen rapporter</source>
            <translation>Ingen rapporter</translation>
        </message>
        <message>
            <source>Rollen din kan ikke lage rapporter. Spør en administrator om du trenger det.</source>
            <translation>Rollen din kan ikke lage rapporter. Spør en administrator om du trenger det.</translation>
        </message>
        <message>
            <source>Velg mappe for rapportene</source>
            <translation>Velg mappe for rapportene</translation>
        </message>
        <message>
            <source>Velg en aktivitet.</source>
            <translation>Velg en aktivitet.</translation>
        </message>
        <message>
            <source>Velg en søknad.</source>
            <translation>Velg en søknad.</translation>
        </message>
        <message>
            <source>Velg en frivillig.</source>
            <translation>Velg en frivillig.</translation>
        </message>
        <message>
            <source>fra-datoen</source>
            <translation>fra-datoen</translation>
        </message>
        <message>
            <source>til-datoen</source>
            <translation>til-datoen</translation>
        </message>
        <message>
            <source>Skriv inn {field}, for eksempel 01.01.2026.</source>
            <translation>Skriv inn {field}, for eksempel 01.01.2026.</translation>
        </message>
        <message>
            <source>Perioden slutter ({last}) før den begynner ({first}). Bytt om datoene.</source>
            <translation>Perioden slutter ({last}) før den begynner ({first}). Bytt om datoene.</translation>
        </message>
        <message>
            <source>Skriv bare filnavnet, uten mappe. Velg mappen med «Bytt mappe…».</source>
            <translation>Skriv bare filnavnet, uten mappe. Velg mappen med «Bytt mappe…».</translation>
        </message>
        <message>
            <source>Mappen «{folder}» finnes ikke lenger. Velg en annen mappe med «Bytt mappe…».</source>
            <translation>Mappen «{folder}» finnes ikke lenger. Velg en annen mappe med «Bytt mappe…».</translation>
        </message>
        <message>
            <source>Filen finnes</source>
            <translation>Filen finnes</translation>
        </message>
        <message>
            <source>«{name}» finnes allerede i mappen. Vil du erstatte den med den nye rapporten?</source>
            <translation>«{name}» finnes allerede i mappen. Vil du erstatte den med den nye rapporten?</translation>
        </message>
        <message>
            <source>Erstatt</source>
            <translation>Erstatt</translation>
        </message>
        <message>
            <source>Avbryt</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>Rapporten ble ikke laget: filen finnes allerede. Gi den et annet navn.</source>
            <translation>Rapporten ble ikke laget: filen finnes allerede. Gi den et annet navn.</translation>
        </message>
        <message>
            <source>Laget «{name}» i {folder}.</source>
            <translation>Laget «{name}» i {folder}.</translation>
        </message>
        <message>
            <source>Teamets navn er ikke satt, og timeattesten må si hvem som bekrefter timene. Be en administrator skrive navnet under Innstillinger → Team.</source>
            <translation>Teamets navn er ikke satt, og timeattesten må si hvem som bekrefter timene. Be en administrator skrive navnet under Innstillinger → Team.</translation>
        </message>
        <message>
            <source>Timeattesten ble ikke laget: den trenger teamets navn.</source>
            <translation>Timeattesten ble ikke laget: den trenger teamets navn.</translation>
        </message>
        <message>
            <source>Teamets navn</source>
            <translation>Teamets navn</translation>
        </message>
        <message>
            <source>Timeattesten sier hvem som bekrefter timene, men teamets navn er ikke satt ennå. Skriv navnet slik det skal stå på rapportene (for eksempel «Bo- og nærmiljøteamet Sagene»). Det lagres under Innstillinger → Team.</source>
            <translation>Timeattesten sier hvem som bekrefter timene, men teamets navn er ikke satt ennå. Skriv navnet slik det skal stå på rapportene (for eksempel «Bo- og nærmiljøteamet Sagene»). Det lagres under Innstillinger → Team.</translation>
        </message>
        <message>
            <source>Rapporten ble ikke laget. Rett det som står i sjekken, eller velg «Lag rapporten likevel».</source>
            <translation>Rapporten ble ikke laget. Rett det som står i sjekken, eller velg «Lag rapporten likevel».</translation>
        </message>
        <message>
            <source>Velg rapporten du vil lage</source>
            <translation>Velg rapporten du vil lage</translation>
        </message>
        <message>
            <source>Rapport</source>
            <translation>Rapport</translation>
        </message>
        <message>
            <source>&amp;Aktivitet</source>
            <translation>&amp;Aktivitet</translation>
        </message>
        <message>
            <source>Aktiviteten rapporten gjelder</source>
            <translation>Aktiviteten rapporten gjelder</translation>
        </message>
        <message>
            <source>&amp;Søknad</source>
            <translation>&amp;Søknad</translation>
        </message>
        <message>
            <source>Søknaden rapporten gjelder. Bare tall uten navn kommer med.</source>
            <translation>Søknaden rapporten gjelder. Bare tall uten navn kommer med.</translation>
        </message>
        <message>
            <source>F&amp;rivillig</source>
            <translation>F&amp;rivillig</translation>
        </message>
        <message>
            <source>Den frivillige timeattesten gjelder</source>
            <translation>Den frivillige timeattesten gjelder</translation>
        </message>
        <message>
            <source>&amp;Periode</source>
            <translation>&amp;Periode</translation>
        </message>
        <message>
            <source>Velg en vanlig periode, eller skriv inn datoene selv</source>
            <translation>Velg en vanlig periode, eller skriv inn datoene selv</translation>
        </message>
        <message>
            <source>&amp;Fra</source>
            <translation>&amp;Fra</translation>
        </message>
        <message>
            <source>Periodens første dag, for eksempel 01.01.2026</source>
            <translation>Periodens første dag, for eksempel 01.01.2026</translation>
        </message>
        <message>
            <source>&amp;Til</source>
            <translation>&amp;Til</translation>
        </message>
        <message>
            <source>Periodens siste dag (tatt med)</source>
            <translation>Periodens siste dag (tatt med)</translation>
        </message>
        <message>
            <source>&amp;Måned</source>
            <translation>&amp;Måned</translation>
        </message>
        <message>
            <source>Måneden listen eller kalenderen gjelder</source>
            <translation>Måneden listen eller kalenderen gjelder</translation>
        </message>
        <message>
            <source>&amp;Område</source>
            <translation>&amp;Område</translation>
        </message>
        <message>
            <source>Bare aktivitetene på ett område, eller alle</source>
            <translation>Bare aktivitetene på ett område, eller alle</translation>
        </message>
        <message>
            <source>Pap&amp;ir</source>
            <translation>Pap&amp;ir</translation>
        </message>
        <message>
            <source>A3 gir en større plakat</source>
            <translation>A3 gir en større plakat</translation>
        </message>
        <message>
            <source>Språ&amp;k</source>
            <translation>Språ&amp;k</translation>
        </message>
        <message>
            <source>Skriv ut kalenderen på et annet språk. Aktivitetene står slik teamet har oversatt dem i aktivitetsskjemaet, ellers på bokmål.</source>
            <translation>Skriv ut kalenderen på et annet språk. Aktivitetene står slik teamet har oversatt dem i aktivitetsskjemaet, ellers på bokmål.</translation>
        </message>
        <message>
            <source>Fil&amp;navn</source>
            <translation>Fil&amp;navn</translation>
        </message>
        <message>
            <source>Navnet PDF-filen får. Samvirke foreslår et navn ut fra valgene over.</source>
            <translation>Navnet PDF-filen får. Samvirke foreslår et navn ut fra valgene over.</translation>
        </message>
        <message>
            <source>Mapp&amp;e</source>
            <translation>Mapp&amp;e</translation>
        </message>
        <message>
            <source>Velg mappen PDF-en skal lagres i</source>
            <translation>Velg mappen PDF-en skal lagres i</translation>
        </message>
        <message>
            <source>&amp;Bytt mappe…</source>
            <translation>&amp;Bytt mappe…</translation>
        </message>
        <message>
            <source>Åpne PDF-en i PDF-leseren på maskinen med en gang den er laget</source>
            <translation>Åpne PDF-en i PDF-leseren på maskinen med en gang den er laget</translation>
        </message>
        <message>
            <source>&amp;Vis PDF-en når den er laget</source>
            <translation>&amp;Vis PDF-en når den er laget</translation>
        </message>
        <message>
            <source>Lag PDF-en med valgene over (Ctrl+Enter)</source>
            <translation>Lag PDF-en med valgene over (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>&amp;Lag PDF</source>
            <translation>&amp;Lag PDF</translation>
        </message>
    </context>
    <context>
        <name>ResidentDialog</name>
        <message>
            <source>&amp;Innsyn…</source>
            <translation>&amp;Innsyn…</translation>
        </message>
        <message>
            <source>Alt Samvirke har lagret om personen, som PDF eller JSON (for en innsynsbegjæring).</source>
            <translation>Alt Samvirke har lagret om personen, som PDF eller JSON (for en innsynsbegjæring).</translation>
        </message>
        <message>
            <source>beboer</source>
            <translation>beboer</translation>
        </message>
        <message>
            <source>Innsyn: lagre alt om personen</source>
            <translation>Innsyn: lagre alt om personen</translation>
        </message>
        <message>
            <source>Innsyn {name}.pdf</source>
            <translation>Innsyn {name}.pdf</translation>
        </message>
        <message>
            <source>PDF (*.pdf);;JSON (*.json)</source>
            <translation>PDF (*.pdf);;JSON (*.json)</translation>
        </message>
        <message>
            <source>Velg eller skriv</source>
            <translation>Velg eller skriv</translation>
        </message>
        <message>
            <source>Grunnlaget teamet lagrer opplysningene om personen på. Står feltet tomt, lagres «{basis}».</source>
            <translation>Grunnlaget teamet lagrer opplysningene om personen på. Står feltet tomt, lagres «{basis}».</translation>
        </message>
        <message>
            <source>Registrert beboer</source>
            <translation>Registrert beboer</translation>
        </message>
        <message>
            <source>Navn (ellers)</source>
            <translation>Navn (ellers)</translation>
        </message>
        <message>
            <source>Telefon</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Relasjon</source>
            <translation>Relasjon</translation>
        </message>
        <message>
            <source>Legg til foresatt</source>
            <translation>Legg til foresatt</translation>
        </message>
        <message>
            <source>Ingen foresatte registrert.</source>
            <translation>Ingen foresatte registrert.</translation>
        </message>
        <message>
            <source>Gjelder</source>
            <translation>Gjelder</translation>
        </message>
        <message>
            <source>Gitt</source>
            <translation>Gitt</translation>
        </message>
        <message>
            <source>Gitt av</source>
            <translation>Gitt av</translation>
        </message>
        <message>
            <source>Av foresatt</source>
            <translation>Av foresatt</translation>
        </message>
        <message>
            <source>Trukket tilbake</source>
            <translation>Trukket tilbake</translation>
        </message>
        <message>
            <source>Merknad</source>
            <translation>Merknad</translation>
        </message>
        <message>
            <source>Legg til samtykke</source>
            <translation>Legg til samtykke</translation>
        </message>
        <message>
            <source>Ingen samtykker registrert.</source>
            <translation>Ingen samtykker registrert.</translation>
        </message>
        <message>
            <source>Ikke registrert</source>
            <translation>Ikke registrert</translation>
        </message>
        <message>
            <source>Ikke valgt</source>
            <translation>Ikke valgt</translation>
        </message>
        <message>
            <source>Ingen husstand</source>
            <translation>Ingen husstand</translation>
        </message>
        <message>
            <source>Ny beboer</source>
            <translation>Ny beboer</translation>
        </message>
        <message>
            <source>Beboer – {name}</source>
            <translation>Beboer – {name}</translation>
        </message>
        <message>
            <source>Anonymisert: opplysningene som kunne identifisere personen er tatt bort, og oppføringen kan ikke endres.</source>
            <translation>Anonymisert: opplysningene som kunne identifisere personen er tatt bort, og oppføringen kan ikke endres.</translation>
        </message>
        <message>
            <source>Registrert ved oppmøte med bare det nødvendigste. Fyll ut resten og lagre.</source>
            <translation>Registrert ved oppmøte med bare det nødvendigste. Fyll ut resten og lagre.</translation>
        </message>
        <message>
            <source>Fant ingen husstand som heter «{text}». Velg fra listen, eller trykk «Ny…» for å lage den.</source>
            <translation>Fant ingen husstand som heter «{text}». Velg fra listen, eller trykk «Ny…» for å lage den.</translation>
        </message>
        <message>
            <source>Foresatt {n}: fant ingen beboer som heter «{text}». Velg fra listen, eller tøm feltet og skriv navn og telefon.</source>
            <translation>Foresatt {n}: fant ingen beboer som heter «{text}». Velg fra listen, eller tøm feltet og skriv navn og telefon.</translation>
        </message>
        <message>
            <source>{age} år</source>
            <translation>{age} år</translation>
        </message>
        <message>
            <source>ca. {age} år</source>
            <translation>ca. {age} år</translation>
        </message>
        <message>
            <source>(fra beboeren)</source>
            <translation>(fra beboeren)</translation>
        </message>
        <message>
            <source>Bor sammen med {names}.</source>
            <translation>Bor sammen med {names}.</translation>
        </message>
        <message>
            <source>Ingen andre i husstanden ennå.</source>
            <translation>Ingen andre i husstanden ennå.</translation>
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
            <translation>&amp;Fornavn</translation>
        </message>
        <message>
            <source>&amp;Etternavn</source>
            <translation>&amp;Etternavn</translation>
        </message>
        <message>
            <source>Fø&amp;dselsdato eller -år</source>
            <translation>Fø&amp;dselsdato eller -år</translation>
        </message>
        <message>
            <source>dd.mm.åååå eller åååå</source>
            <translation>dd.mm.åååå eller åååå</translation>
        </message>
        <message>
            <source>Skriv fødselsdatoen (05.06.2015 eller 5.6.15), eller bare året (2015) hvis datoen ikke er kjent.</source>
            <translation>Skriv fødselsdatoen (05.06.2015 eller 5.6.15), eller bare året (2015) hvis datoen ikke er kjent.</translation>
        </message>
        <message>
            <source>&amp;Kjønn</source>
            <translation>&amp;Kjønn</translation>
        </message>
        <message>
            <source>&amp;Telefon</source>
            <translation>&amp;Telefon</translation>
        </message>
        <message>
            <source>912 34 567 eller +46 …</source>
            <translation>912 34 567 eller +46 …</translation>
        </message>
        <message>
            <source>E-&amp;post</source>
            <translation>E-&amp;post</translation>
        </message>
        <message>
            <source>navn@eksempel.no</source>
            <translation>navn@eksempel.no</translation>
        </message>
        <message>
            <source>&amp;Språk</source>
            <translation>&amp;Språk</translation>
        </message>
        <message>
            <source>Språket personen helst snakker.</source>
            <translation>Språket personen helst snakker.</translation>
        </message>
        <message>
            <source>Trenger t&amp;olk</source>
            <translation>Trenger t&amp;olk</translation>
        </message>
        <message>
            <source>Bosted og personvern</source>
            <translation>Bosted og personvern</translation>
        </message>
        <message>
            <source>Omr&amp;åde</source>
            <translation>Omr&amp;åde</translation>
        </message>
        <message>
            <source>&amp;Husstand</source>
            <translation>&amp;Husstand</translation>
        </message>
        <message>
            <source>Ny…</source>
            <translation>Ny…</translation>
        </message>
        <message>
            <source>Lag en ny husstand for denne personen</source>
            <translation>Lag en ny husstand for denne personen</translation>
        </message>
        <message>
            <source>Endre…</source>
            <translation>Endre…</translation>
        </message>
        <message>
            <source>Endre navn, område eller adresse for husstanden</source>
            <translation>Endre navn, område eller adresse for husstanden</translation>
        </message>
        <message>
            <source>Lagrings&amp;grunnlag</source>
            <translation>Lagrings&amp;grunnlag</translation>
        </message>
        <message>
            <source>Grunnlaget teamet lagrer opplysningene om personen på.</source>
            <translation>Grunnlaget teamet lagrer opplysningene om personen på.</translation>
        </message>
        <message>
            <source>Foresatt for</source>
            <translation>Foresatt for</translation>
        </message>
        <message>
            <source>Fo&amp;resatte</source>
            <translation>Fo&amp;resatte</translation>
        </message>
        <message>
            <source>Foresatte til barn under 18 år: velg en registrert beboer, eller skriv navn og telefon.</source>
            <translation>Foresatte til barn under 18 år: velg en registrert beboer, eller skriv navn og telefon.</translation>
        </message>
        <message>
            <source>Foresatte</source>
            <translation>Foresatte</translation>
        </message>
        <message>
            <source>Sa&amp;mtykker</source>
            <translation>Sa&amp;mtykker</translation>
        </message>
        <message>
            <source>Samtykke brukes for det som er frivillig, som bilder og SMS. For barn under 15 år gir foresatte samtykket.</source>
            <translation>Samtykke brukes for det som er frivillig, som bilder og SMS. For barn under 15 år gir foresatte samtykket.</translation>
        </message>
        <message>
            <source>Samtykker</source>
            <translation>Samtykker</translation>
        </message>
        <message>
            <source>&amp;Notater</source>
            <translation>&amp;Notater</translation>
        </message>
        <message>
            <source>Notater</source>
            <translation>Notater</translation>
        </message>
    </context>
    <context>
        <name>ResidentTableModel</name>
        <message>
            <source>{consent} trukket</source>
            <translation>{consent} trukket</translation>
        </message>
        <message>
            <source>Navn</source>
            <translation>Navn</translation>
        </message>
        <message>
            <source>Alder</source>
            <translation>Alder</translation>
        </message>
        <message>
            <source>Kjønn</source>
            <translation>Kjønn</translation>
        </message>
        <message>
            <source>Område</source>
            <translation>Område</translation>
        </message>
        <message>
            <source>Husstand</source>
            <translation>Husstand</translation>
        </message>
        <message>
            <source>Språk</source>
            <translation>Språk</translation>
        </message>
        <message>
            <source>Samtykker</source>
            <translation>Samtykker</translation>
        </message>
        <message>
            <source>{language} (tolk)</source>
            <translation>{language} (tolk)</translation>
        </message>
        <message>
            <source>Trenger tolk</source>
            <translation>Trenger tolk</translation>
        </message>
        <message>
            <source>Anonymisert</source>
            <translation>Anonymisert</translation>
        </message>
        <message>
            <source>Arkivert</source>
            <translation>Arkivert</translation>
        </message>
        <message>
            <source>Registrert ved oppmøte med bare det nødvendigste: åpne og fyll ut resten.</source>
            <translation>Registrert ved oppmøte med bare det nødvendigste: åpne og fyll ut resten.</translation>
        </message>
        <message>
            <source>Et samtykke er trukket tilbake: bruk ikke bilder eller kontakt som samtykket gjaldt.</source>
            <translation>Et samtykke er trukket tilbake: bruk ikke bilder eller kontakt som samtykket gjaldt.</translation>
        </message>
    </context>
    <context>
        <name>ResidentsPage</name>
        <message>
            <source>Beboere</source>
            <translation>Beboere</translation>
        </message>
        <message>
            <source>Alle områder</source>
            <translation>Alle områder</translation>
        </message>
        <message>
            <source>Uten område</source>
            <translation>Uten område</translation>
        </message>
        <message>
            <source>Vis bare beboere i ett område</source>
            <translation>Vis bare beboere i ett område</translation>
        </message>
        <message>
            <source>Alle aldre</source>
            <translation>Alle aldre</translation>
        </message>
        <message>
            <source>Barn (under 18)</source>
            <translation>Barn (under 18)</translation>
        </message>
        <message>
            <source>Voksne</source>
            <translation>Voksne</translation>
        </message>
        <message>
            <source>Må fullføres</source>
            <translation>Må fullføres</translation>
        </message>
        <message>
            <source>Vis bare barn, voksne eller oppføringer som må fullføres</source>
            <translation>Vis bare barn, voksne eller oppføringer som må fullføres</translation>
        </message>
        <message>
            <source>1 beboer</source>
            <translation>1 beboer</translation>
        </message>
        <message>
            <source>{count} beboere</source>
            <translation>{count} beboere</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Gjenopprett fra sikkerhetskopi</source>
            <translation>Gjenopprett fra sikkerhetskopi</translation>
        </message>
        <message>
            <source>Hvilken kopi skal erstatte «{name}»?</source>
            <translation>Hvilken kopi skal erstatte «{name}»?</translation>
        </message>
        <message>
            <source>Det som er lagret etter at kopien ble tatt, går tapt. Samvirke tar først en kopi av databasen slik den er nå, så gjenopprettingen kan angres. Mens det pågår, kan ingen andre PC-er lagre.</source>
            <translation>Det som er lagret etter at kopien ble tatt, går tapt. Samvirke tar først en kopi av databasen slik den er nå, så gjenopprettingen kan angres. Mens det pågår, kan ingen andre PC-er lagre.</translation>
        </message>
        <message>
            <source>Sikkerhetskopier</source>
            <translation>Sikkerhetskopier</translation>
        </message>
        <message>
            <source>Fant ingen sikkerhetskopier i mappene Samvirke bruker. Velg en kopi med «Velg en annen fil…».</source>
            <translation>Fant ingen sikkerhetskopier i mappene Samvirke bruker. Velg en kopi med «Velg en annen fil…».</translation>
        </message>
        <message>
            <source>Velg en &amp;annen fil…</source>
            <translation>Velg en &amp;annen fil…</translation>
        </message>
        <message>
            <source>&amp;Gjenopprett</source>
            <translation>&amp;Gjenopprett</translation>
        </message>
        <message>
            <source>Avbryt</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>Velg sikkerhetskopi</source>
            <translation>Velg sikkerhetskopi</translation>
        </message>
        <message>
            <source>Samvirke-database (*.db);;Alle filer (*)</source>
            <translation>Samvirke-database (*.db);;Alle filer (*)</translation>
        </message>
    </context>
    <context>
        <name>RosterDelegate</name>
        <message>
            <source>{age} år</source>
            <translation>{age} år</translation>
        </message>
        <message>
            <source>Ikke foto</source>
            <translation>Ikke foto</translation>
        </message>
        <message>
            <source>Ufullstendig</source>
            <translation>Ufullstendig</translation>
        </message>
        <message>
            <source>Ikke på listen</source>
            <translation>Ikke på listen</translation>
        </message>
    </context>
    <context>
        <name>RowTable</name>
        <message>
            <source>Fjern raden</source>
            <translation>Fjern raden</translation>
        </message>
        <message>
            <source>Fjern rad {n}</source>
            <translation>Fjern rad {n}</translation>
        </message>
    </context>
    <context>
        <name>ScheduleDialog</name>
        <message>
            <source>Ny timeplan</source>
            <translation>Ny timeplan</translation>
        </message>
        <message>
            <source>Endre timeplan</source>
            <translation>Endre timeplan</translation>
        </message>
        <message>
            <source>&amp;Lagre og lag samlinger</source>
            <translation>&amp;Lagre og lag samlinger</translation>
        </message>
        <message>
            <source>Samlingene lages når du lagrer. Begynner timeplanen før i dag, lages også de tidligere samlingene, så oppmøtet kan skrives inn fra papir.</source>
            <translation>Samlingene lages når du lagrer. Begynner timeplanen før i dag, lages også de tidligere samlingene, så oppmøtet kan skrives inn fra papir.</translation>
        </message>
        <message>
            <source>Endringene gjelder fra i dag. Tidligere samlinger blir som de var, og en samling med registrert oppmøte blir aldri slettet.</source>
            <translation>Endringene gjelder fra i dag. Tidligere samlinger blir som de var, og en samling med registrert oppmøte blir aldri slettet.</translation>
        </message>
        <message>
            <source>Hver uke</source>
            <translation>Hver uke</translation>
        </message>
        <message>
            <source>Annenhver uke</source>
            <translation>Annenhver uke</translation>
        </message>
        <message>
            <source>Hver {n}. uke</source>
            <translation>Hver {n}. uke</translation>
        </message>
        <message>
            <source>Hopp over s&amp;koleferier ({municipality})</source>
            <translation>Hopp over s&amp;koleferier ({municipality})</translation>
        </message>
        <message>
            <source>Skoleferiene står under Innstillinger → Skoleferier</source>
            <translation>Skoleferiene står under Innstillinger → Skoleferier</translation>
        </message>
        <message>
            <source>Fyll ut timeplanen for å se samlingene den gir.</source>
            <translation>Fyll ut timeplanen for å se samlingene den gir.</translation>
        </message>
    </context>
    <context>
        <name>ScheduleForm</name>
        <message>
            <source>Uke&amp;dager</source>
            <translation>Uke&amp;dager</translation>
        </message>
        <message>
            <source>Ukedager</source>
            <translation>Ukedager</translation>
        </message>
        <message>
            <source>&amp;Man</source>
            <translation>&amp;Man</translation>
        </message>
        <message>
            <source>&amp;Tir</source>
            <translation>&amp;Tir</translation>
        </message>
        <message>
            <source>&amp;Ons</source>
            <translation>&amp;Ons</translation>
        </message>
        <message>
            <source>T&amp;or</source>
            <translation>T&amp;or</translation>
        </message>
        <message>
            <source>&amp;Fre</source>
            <translation>&amp;Fre</translation>
        </message>
        <message>
            <source>&amp;Lør</source>
            <translation>&amp;Lør</translation>
        </message>
        <message>
            <source>Sø&amp;n</source>
            <translation>Sø&amp;n</translation>
        </message>
        <message>
            <source>&amp;Starter kl.</source>
            <translation>&amp;Starter kl.</translation>
        </message>
        <message>
            <source>17:00</source>
            <translation>17:00</translation>
        </message>
        <message>
            <source>Slutter &amp;kl.</source>
            <translation>Slutter &amp;kl.</translation>
        </message>
        <message>
            <source>19:00</source>
            <translation>19:00</translation>
        </message>
        <message>
            <source>Første &amp;dato</source>
            <translation>Første &amp;dato</translation>
        </message>
        <message>
            <source>Siste d&amp;ato</source>
            <translation>Siste d&amp;ato</translation>
        </message>
        <message>
            <source>&amp;Hvor ofte</source>
            <translation>&amp;Hvor ofte</translation>
        </message>
        <message>
            <source>Ste&amp;d</source>
            <translation>Ste&amp;d</translation>
        </message>
        <message>
            <source>Aktivitetens sted</source>
            <translation>Aktivitetens sted</translation>
        </message>
        <message>
            <source>Hopp over &amp;helligdager (påske, 17. mai, pinse …)</source>
            <translation>Hopp over &amp;helligdager (påske, 17. mai, pinse …)</translation>
        </message>
        <message>
            <source>Hopp over s&amp;koleferier</source>
            <translation>Hopp over s&amp;koleferier</translation>
        </message>
        <message>
            <source>Samlingene timeplanen gir</source>
            <translation>Samlingene timeplanen gir</translation>
        </message>
    </context>
    <context>
        <name>SchoolHolidayDialog</name>
        <message>
            <source>Ny skoleferie</source>
            <translation>Ny skoleferie</translation>
        </message>
        <message>
            <source>Endre skoleferie</source>
            <translation>Endre skoleferie</translation>
        </message>
    </context>
    <context>
        <name>SchoolHolidayForm</name>
        <message>
            <source>&amp;Navn</source>
            <translation>&amp;Navn</translation>
        </message>
        <message>
            <source>&amp;Første feriedag</source>
            <translation>&amp;Første feriedag</translation>
        </message>
        <message>
            <source>&amp;Siste feriedag</source>
            <translation>&amp;Siste feriedag</translation>
        </message>
        <message>
            <source>Ta med helgene i ferien, for eksempel mandag til søndag i uke 40. Samlinger i ferien fjernes når du trykker «Oppdater samlingene».</source>
            <translation>Ta med helgene i ferien, for eksempel mandag til søndag i uke 40. Samlinger i ferien fjernes når du trykker «Oppdater samlingene».</translation>
        </message>
    </context>
    <context>
        <name>SchoolHolidayTableModel</name>
        <message>
            <source>Ferie</source>
            <translation>Ferie</translation>
        </message>
        <message>
            <source>Første dag</source>
            <translation>Første dag</translation>
        </message>
        <message>
            <source>Siste dag</source>
            <translation>Siste dag</translation>
        </message>
        <message>
            <source>Uker</source>
            <translation>Uker</translation>
        </message>
        <message>
            <source>Dager</source>
            <translation>Dager</translation>
        </message>
    </context>
    <context>
        <name>SchoolHolidaysTab</name>
        <message>
            <source>Timeplanene hopper over skoleferiene til kommunen dere jobber i. Jul, påske og sommer regnes ut av seg selv; uka for høstferien og vinterferien varierer mellom kommunene.</source>
            <translation>Timeplanene hopper over skoleferiene til kommunen dere jobber i. Jul, påske og sommer regnes ut av seg selv; uka for høstferien og vinterferien varierer mellom kommunene.</translation>
        </message>
        <message>
            <source>Kommunen</source>
            <translation>Kommunen</translation>
        </message>
        <message>
            <source>For eksempel Oslo</source>
            <translation>For eksempel Oslo</translation>
        </message>
        <message>
            <source>uke </source>
            <translation>uke </translation>
        </message>
        <message>
            <source>&amp;Kommune</source>
            <translation>&amp;Kommune</translation>
        </message>
        <message>
            <source>&amp;Høstferie i</source>
            <translation>&amp;Høstferie i</translation>
        </message>
        <message>
            <source>&amp;Vinterferie i</source>
            <translation>&amp;Vinterferie i</translation>
        </message>
        <message>
            <source>&amp;Lagre kommunen</source>
            <translation>&amp;Lagre kommunen</translation>
        </message>
        <message>
            <source>Vis &amp;tidligere skoleår</source>
            <translation>Vis &amp;tidligere skoleår</translation>
        </message>
        <message>
            <source>Skoleferier</source>
            <translation>Skoleferier</translation>
        </message>
        <message>
            <source>Fyll inn &amp;skoleåret</source>
            <translation>Fyll inn &amp;skoleåret</translation>
        </message>
        <message>
            <source>Fyll &amp;inn</source>
            <translation>Fyll &amp;inn</translation>
        </message>
        <message>
            <source>Legg inn høstferie, juleferie, vinterferie, påskeferie og sommerferie for skoleåret etter kommunens uker. Ferier som alt er lagt inn, blir ikke lagt inn på nytt.</source>
            <translation>Legg inn høstferie, juleferie, vinterferie, påskeferie og sommerferie for skoleåret etter kommunens uker. Ferier som alt er lagt inn, blir ikke lagt inn på nytt.</translation>
        </message>
        <message>
            <source>&amp;Ny ferie…</source>
            <translation>&amp;Ny ferie…</translation>
        </message>
        <message>
            <source>&amp;Endre…</source>
            <translation>&amp;Endre…</translation>
        </message>
        <message>
            <source>S&amp;lett</source>
            <translation>S&amp;lett</translation>
        </message>
        <message>
            <source>&amp;Oppdater samlingene</source>
            <translation>&amp;Oppdater samlingene</translation>
        </message>
        <message>
            <source>Lag og fjern samlinger fra i dag av, så timeplanene følger skoleferiene slik de står nå. Samlinger med registrert oppmøte blir alltid beholdt.</source>
            <translation>Lag og fjern samlinger fra i dag av, så timeplanene følger skoleferiene slik de står nå. Samlinger med registrert oppmøte blir alltid beholdt.</translation>
        </message>
        <message>
            <source>Skoleferier i {municipality}</source>
            <translation>Skoleferier i {municipality}</translation>
        </message>
        <message>
            <source>Sjekk feltene</source>
            <translation>Sjekk feltene</translation>
        </message>
        <message>
            <source>Lagret: {municipality}, høstferie i uke {autumn}, vinterferie i uke {winter}. Fyll inn skoleåret for å legge inn feriene.</source>
            <translation>Lagret: {municipality}, høstferie i uke {autumn}, vinterferie i uke {winter}. Fyll inn skoleåret for å legge inn feriene.</translation>
        </message>
        <message>
            <source>Skoleferiene for {year} var allerede lagt inn. Endre dem i listen hvis kommunen har andre datoer.</source>
            <translation>Skoleferiene for {year} var allerede lagt inn. Endre dem i listen hvis kommunen har andre datoer.</translation>
        </message>
        <message>
            <source>{n} ferier lagt inn for skoleåret {year}.</source>
            <translation>{n} ferier lagt inn for skoleåret {year}.</translation>
        </message>
        <message>
            <source>Disse fantes fra før og ble latt være: {names}.</source>
            <translation>Disse fantes fra før og ble latt være: {names}.</translation>
        </message>
        <message>
            <source>Trykk «Oppdater samlingene» så timeplanene følger dem.</source>
            <translation>Trykk «Oppdater samlingene» så timeplanene følger dem.</translation>
        </message>
        <message>
            <source>Slette ferien?</source>
            <translation>Slette ferien?</translation>
        </message>
        <message>
            <source>Vil du slette {name} ({weeks})? Samlinger lages igjen i disse dagene når du trykker «Oppdater samlingene».</source>
            <translation>Vil du slette {name} ({weeks})? Samlinger lages igjen i disse dagene når du trykker «Oppdater samlingene».</translation>
        </message>
        <message>
            <source>Slett</source>
            <translation>Slett</translation>
        </message>
        <message>
            <source>Avbryt</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>Samlingene er oppdatert fra i dag: {created} nye, {removed} fjernet.</source>
            <translation>Samlingene er oppdatert fra i dag: {created} nye, {removed} fjernet.</translation>
        </message>
        <message>
            <source>{n} samlinger i ferien har registrert oppmøte og ble beholdt.</source>
            <translation>{n} samlinger i ferien har registrert oppmøte og ble beholdt.</translation>
        </message>
    </context>
    <context>
        <name>SessionCancelForm</name>
        <message>
            <source>&amp;Hvorfor avlyses den?</source>
            <translation>&amp;Hvorfor avlyses den?</translation>
        </message>
        <message>
            <source>Grunnen vises i samlingslisten, i kalenderen og i rapportene. Oppmøte som alt er registrert, blir ikke slettet.</source>
            <translation>Grunnen vises i samlingslisten, i kalenderen og i rapportene. Oppmøte som alt er registrert, blir ikke slettet.</translation>
        </message>
    </context>
    <context>
        <name>SessionDialog</name>
        <message>
            <source>Ny samling</source>
            <translation>Ny samling</translation>
        </message>
        <message>
            <source>En samling utenom timeplanen, for eksempel en ekstra kveld eller en tur. Tomt sted: aktivitetens sted.</source>
            <translation>En samling utenom timeplanen, for eksempel en ekstra kveld eller en tur. Tomt sted: aktivitetens sted.</translation>
        </message>
        <message>
            <source>Endre eller flytt samlingen</source>
            <translation>Endre eller flytt samlingen</translation>
        </message>
        <message>
            <source>{session}. Skriv ny dato eller nye klokkeslett for å flytte samlingen. Oppmøtet som er registrert, følger med.</source>
            <translation>{session}. Skriv ny dato eller nye klokkeslett for å flytte samlingen. Oppmøtet som er registrert, følger med.</translation>
        </message>
    </context>
    <context>
        <name>SessionForm</name>
        <message>
            <source>&amp;Dato</source>
            <translation>&amp;Dato</translation>
        </message>
        <message>
            <source>&amp;Starter kl.</source>
            <translation>&amp;Starter kl.</translation>
        </message>
        <message>
            <source>17:00</source>
            <translation>17:00</translation>
        </message>
        <message>
            <source>Slutter &amp;kl.</source>
            <translation>Slutter &amp;kl.</translation>
        </message>
        <message>
            <source>19:00</source>
            <translation>19:00</translation>
        </message>
        <message>
            <source>S&amp;ted</source>
            <translation>S&amp;ted</translation>
        </message>
        <message>
            <source>T&amp;ema</source>
            <translation>T&amp;ema</translation>
        </message>
        <message>
            <source>For eksempel Brannvern i blokka (for temakvelder)</source>
            <translation>For eksempel Brannvern i blokka (for temakvelder)</translation>
        </message>
    </context>
    <context>
        <name>SessionTableModel</name>
        <message>
            <source>Dato</source>
            <translation>Dato</translation>
        </message>
        <message>
            <source>Tid</source>
            <translation>Tid</translation>
        </message>
        <message>
            <source>Aktivitet</source>
            <translation>Aktivitet</translation>
        </message>
        <message>
            <source>Sted</source>
            <translation>Sted</translation>
        </message>
        <message>
            <source>Til stede</source>
            <translation>Til stede</translation>
        </message>
        <message>
            <source>{activity} (avlyst)</source>
            <translation>{activity} (avlyst)</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Innstillinger</source>
            <translation>Innstillinger</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Hurtigtaster – Samvirke</source>
            <translation>Hurtigtaster – Samvirke</translation>
        </message>
        <message>
            <source>Alt i Samvirke kan gjøres med tastaturet. Tekststørrelse og farger velger du under Innstillinger → Språk og visning.</source>
            <translation>Alt i Samvirke kan gjøres med tastaturet. Tekststørrelse og farger velger du under Innstillinger → Språk og visning.</translation>
        </message>
        <message>
            <source>Hurtigtaster</source>
            <translation>Hurtigtaster</translation>
        </message>
        <message>
            <source>Taster</source>
            <translation>Taster</translation>
        </message>
        <message>
            <source>Hva de gjør</source>
            <translation>Hva de gjør</translation>
        </message>
        <message>
            <source>Overalt</source>
            <translation>Overalt</translation>
        </message>
        <message>
            <source>Brukerveiledning</source>
            <translation>Brukerveiledning</translation>
        </message>
        <message>
            <source>{first} … {last}</source>
            <translation>{first} … {last}</translation>
        </message>
        <message>
            <source>Gå til side nummer 1 til 9 i listen til venstre</source>
            <translation>Gå til side nummer 1 til 9 i listen til venstre</translation>
        </message>
        <message>
            <source>Alt + understreket bokstav</source>
            <translation>Alt + understreket bokstav</translation>
        </message>
        <message>
            <source>Trykk knappen eller gå til feltet med den bokstaven understreket</source>
            <translation>Trykk knappen eller gå til feltet med den bokstaven understreket</translation>
        </message>
        <message>
            <source>Neste / forrige felt eller knapp</source>
            <translation>Neste / forrige felt eller knapp</translation>
        </message>
        <message>
            <source>Åpne database</source>
            <translation>Åpne database</translation>
        </message>
        <message>
            <source>Avslutt Samvirke</source>
            <translation>Avslutt Samvirke</translation>
        </message>
        <message>
            <source>Lister (Beboere, Frivillige, Aktiviteter …)</source>
            <translation>Lister (Beboere, Frivillige, Aktiviteter …)</translation>
        </message>
        <message>
            <source>Søk i listen</source>
            <translation>Søk i listen</translation>
        </message>
        <message>
            <source>Ny oppføring</source>
            <translation>Ny oppføring</translation>
        </message>
        <message>
            <source>Enter eller dobbeltklikk</source>
            <translation>Enter eller dobbeltklikk</translation>
        </message>
        <message>
            <source>Åpne raden</source>
            <translation>Åpne raden</translation>
        </message>
        <message>
            <source>Skjemaer</source>
            <translation>Skjemaer</translation>
        </message>
        <message>
            <source>Lagre</source>
            <translation>Lagre</translation>
        </message>
        <message>
            <source>Lukk uten å lagre (du blir spurt om endringer)</source>
            <translation>Lukk uten å lagre (du blir spurt om endringer)</translation>
        </message>
        <message>
            <source>Velg dato i kalenderen (i et datofelt)</source>
            <translation>Velg dato i kalenderen (i et datofelt)</translation>
        </message>
        <message>
            <source>Samlinger og timeplan</source>
            <translation>Samlinger og timeplan</translation>
        </message>
        <message>
            <source>Ny samling</source>
            <translation>Ny samling</translation>
        </message>
        <message>
            <source>Registrer oppmøte på samlingen</source>
            <translation>Registrer oppmøte på samlingen</translation>
        </message>
        <message>
            <source>Oppmøte</source>
            <translation>Oppmøte</translation>
        </message>
        <message>
            <source>Søk etter navn</source>
            <translation>Søk etter navn</translation>
        </message>
        <message>
            <source>Nytt barn</source>
            <translation>Nytt barn</translation>
        </message>
        <message>
            <source>Til stede / ikke til stede</source>
            <translation>Til stede / ikke til stede</translation>
        </message>
        <message>
            <source>Rolle: barn, forelder, voksen</source>
            <translation>Rolle: barn, forelder, voksen</translation>
        </message>
        <message>
            <source>Les inn på nytt</source>
            <translation>Les inn på nytt</translation>
        </message>
        <message>
            <source>Lukk</source>
            <translation>Lukk</translation>
        </message>
        <message>
            <source>Oppmøte fra papir (måned)</source>
            <translation>Oppmøte fra papir (måned)</translation>
        </message>
        <message>
            <source>Forrige / neste måned</source>
            <translation>Forrige / neste måned</translation>
        </message>
        <message>
            <source>Piltastene</source>
            <translation>Piltastene</translation>
        </message>
        <message>
            <source>Flytt mellom rutene</source>
            <translation>Flytt mellom rutene</translation>
        </message>
        <message>
            <source>Kryss av eller fjern krysset</source>
            <translation>Kryss av eller fjern krysset</translation>
        </message>
        <message>
            <source>X eller 1</source>
            <translation>X eller 1</translation>
        </message>
        <message>
            <source>Til stede, og gå ned</source>
            <translation>Til stede, og gå ned</translation>
        </message>
        <message>
            <source>0 eller {delete}</source>
            <translation>0 eller {delete}</translation>
        </message>
        <message>
            <source>Fjern, og gå ned</source>
            <translation>Fjern, og gå ned</translation>
        </message>
        <message>
            <source>Rapporter</source>
            <translation>Rapporter</translation>
        </message>
        <message>
            <source>Lag PDF</source>
            <translation>Lag PDF</translation>
        </message>
        <message>
            <source>&amp;Hurtigtaster</source>
            <translation>&amp;Hurtigtaster</translation>
        </message>
    </context>
    <context>
        <name>Sidebar</name>
        <message>
            <source>Sider</source>
            <translation>Sider</translation>
        </message>
    </context>
    <context>
        <name>SignedOutPanel</name>
        <message>
            <source>Logg inn for å bruke Samvirke</source>
            <translation>Logg inn for å bruke Samvirke</translation>
        </message>
        <message>
            <source>&amp;Logg inn…</source>
            <translation>&amp;Logg inn…</translation>
        </message>
        <message>
            <source>Databasen «{name}» er kryptert. Logg inn med ditt eget brukernavn og passord for å åpne den.
{location}</source>
            <translation>Databasen «{name}» er kryptert. Logg inn med ditt eget brukernavn og passord for å åpne den.
{location}</translation>
        </message>
        <message>
            <source>Databasen «{name}» har brukerkontoer. Logg inn med ditt eget brukernavn.
{location}</source>
            <translation>Databasen «{name}» har brukerkontoer. Logg inn med ditt eget brukernavn.
{location}</translation>
        </message>
    </context>
    <context>
        <name>SigningIn</name>
        <message>
            <source>Ikke innlogget</source>
            <translation>Ikke innlogget</translation>
        </message>
        <message>
            <source>Uten brukerkontoer</source>
            <translation>Uten brukerkontoer</translation>
        </message>
        <message>
            <source>Databasen har ingen brukere, så alle som åpner den, kan se og endre alt. Lag en administrator under Innstillinger → Brukere.</source>
            <translation>Databasen har ingen brukere, så alle som åpner den, kan se og endre alt. Lag en administrator under Innstillinger → Brukere.</translation>
        </message>
        <message>
            <source>Innlogget: {name} ({role})</source>
            <translation>Innlogget: {name} ({role})</translation>
        </message>
        <message>
            <source>Brukernavn: {username}</source>
            <translation>Brukernavn: {username}</translation>
        </message>
        <message>
            <source>Avslutt</source>
            <translation>Avslutt</translation>
        </message>
    </context>
    <context>
        <name>SiteDialog</name>
        <message>
            <source>Sted</source>
            <translation>Sted</translation>
        </message>
        <message>
            <source>Nytt område</source>
            <translation>Nytt område</translation>
        </message>
        <message>
            <source>Område – {name}</source>
            <translation>Område – {name}</translation>
        </message>
        <message>
            <source>I bruk: {history}.</source>
            <translation>I bruk: {history}.</translation>
        </message>
    </context>
    <context>
        <name>SiteForm</name>
        <message>
            <source>&amp;Navn</source>
            <translation>&amp;Navn</translation>
        </message>
        <message>
            <source>f.eks. Kvartal 5, Sandaker</source>
            <translation>f.eks. Kvartal 5, Sandaker</translation>
        </message>
        <message>
            <source>&amp;Adresse</source>
            <translation>&amp;Adresse</translation>
        </message>
        <message>
            <source>Gate og nummer</source>
            <translation>Gate og nummer</translation>
        </message>
        <message>
            <source>&amp;Postnummer og sted</source>
            <translation>&amp;Postnummer og sted</translation>
        </message>
        <message>
            <source>0000</source>
            <translation>0000</translation>
        </message>
        <message>
            <source>Sted</source>
            <translation>Sted</translation>
        </message>
        <message>
            <source>Antall &amp;boliger</source>
            <translation>Antall &amp;boliger</translation>
        </message>
        <message>
            <source>Hvor mange kommunale boliger området har (valgfritt).</source>
            <translation>Hvor mange kommunale boliger området har (valgfritt).</translation>
        </message>
        <message>
            <source>N&amp;otater</source>
            <translation>N&amp;otater</translation>
        </message>
        <message>
            <source>Notater</source>
            <translation>Notater</translation>
        </message>
    </context>
    <context>
        <name>SiteTableModel</name>
        <message>
            <source>Navn</source>
            <translation>Navn</translation>
        </message>
        <message>
            <source>Adresse</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Postnummer og sted</source>
            <translation>Postnummer og sted</translation>
        </message>
        <message>
            <source>Boliger</source>
            <translation>Boliger</translation>
        </message>
        <message>
            <source>Beboere</source>
            <translation>Beboere</translation>
        </message>
        <message>
            <source>Aktiviteter</source>
            <translation>Aktiviteter</translation>
        </message>
        <message>
            <source>Arkivert</source>
            <translation>Arkivert</translation>
        </message>
    </context>
    <context>
        <name>SitesTab</name>
        <message>
            <source>Områdene teamet jobber i: blokker, gårder og adresser. Beboere, husstander, aktiviteter og samarbeidspartnere knyttes til dem. Et område som er i bruk, arkiveres i stedet for å slettes.</source>
            <translation>Områdene teamet jobber i: blokker, gårder og adresser. Beboere, husstander, aktiviteter og samarbeidspartnere knyttes til dem. Et område som er i bruk, arkiveres i stedet for å slettes.</translation>
        </message>
        <message>
            <source>Vis arkiverte</source>
            <translation>Vis arkiverte</translation>
        </message>
        <message>
            <source>&amp;Nytt område</source>
            <translation>&amp;Nytt område</translation>
        </message>
        <message>
            <source>Områder</source>
            <translation>Områder</translation>
        </message>
        <message>
            <source>1 område</source>
            <translation>1 område</translation>
        </message>
        <message>
            <source>{count} områder</source>
            <translation>{count} områder</translation>
        </message>
    </context>
    <context>
        <name>SourcePage</name>
        <message>
            <source>Ingen aktiviteter med navngitte deltakere</source>
            <translation>Ingen aktiviteter med navngitte deltakere</translation>
        </message>
        <message>
            <source>Velg regnearket</source>
            <translation>Velg regnearket</translation>
        </message>
        <message>
            <source>Leser {name} …</source>
            <translation>Leser {name} …</translation>
        </message>
        <message>
            <source>, arket «{sheet}»</source>
            <translation>, arket «{sheet}»</translation>
        </message>
        <message>
            <source> ({encoding}, skilt med {delimiter})</source>
            <translation> ({encoding}, skilt med {delimiter})</translation>
        </message>
        <message>
            <source>1 rad</source>
            <translation>1 rad</translation>
        </message>
        <message>
            <source>{n} rader</source>
            <translation>{n} rader</translation>
        </message>
        <message>
            <source>{file}{where}{how}: {count} under overskriftsraden (rad {header}), {columns} kolonner.</source>
            <translation>{file}{where}{how}: {count} under overskriftsraden (rad {header}), {columns} kolonner.</translation>
        </message>
    </context>
    <context>
        <name>SummaryPage</name>
        <message>
            <source>Aktivitet: {name}.</source>
            <translation>Aktivitet: {name}.</translation>
        </message>
        <message>
            <source>Fra {file}.</source>
            <translation>Fra {file}.</translation>
        </message>
        <message>
            <source>Kolonnevalgene er husket til neste import.</source>
            <translation>Kolonnevalgene er husket til neste import.</translation>
        </message>
        <message>
            <source>{rows} ble ikke importert. Lagre rapporten for å se hvorfor: den har de samme kolonnene som filen, pluss radnummer og grunn, så du kan rette radene og importere dem på nytt.</source>
            <translation>{rows} ble ikke importert. Lagre rapporten for å se hvorfor: den har de samme kolonnene som filen, pluss radnummer og grunn, så du kan rette radene og importere dem på nytt.</translation>
        </message>
        <message>
            <source>1 rad</source>
            <translation>1 rad</translation>
        </message>
        <message>
            <source>{n} rader</source>
            <translation>{n} rader</translation>
        </message>
        <message>
            <source>Ingen rader ble hoppet over.</source>
            <translation>Ingen rader ble hoppet over.</translation>
        </message>
        <message>
            <source>Lagre rapport over radene som ble hoppet over</source>
            <translation>Lagre rapport over radene som ble hoppet over</translation>
        </message>
        <message>
            <source>Rapporten er lagret: {path}</source>
            <translation>Rapporten er lagret: {path}</translation>
        </message>
    </context>
    <context>
        <name>TeamTab</name>
        <message>
            <source>Teamets navn, bydel og logo står øverst på alle rapporter. Telefon og e-post står på aktivitetskalenderen og timeattesten, organisasjonsnummeret ved underskriften på timeattesten og rapporten til tilskuddsgiveren.</source>
            <translation>Teamets navn, bydel og logo står øverst på alle rapporter. Telefon og e-post står på aktivitetskalenderen og timeattesten, organisasjonsnummeret ved underskriften på timeattesten og rapporten til tilskuddsgiveren.</translation>
        </message>
        <message>
            <source>f.eks. Bo- og nærmiljøteamet</source>
            <translation>f.eks. Bo- og nærmiljøteamet</translation>
        </message>
        <message>
            <source>f.eks. Bydel Sagene</source>
            <translation>f.eks. Bydel Sagene</translation>
        </message>
        <message>
            <source>Ingen logo</source>
            <translation>Ingen logo</translation>
        </message>
        <message>
            <source>&amp;Velg bilde…</source>
            <translation>&amp;Velg bilde…</translation>
        </message>
        <message>
            <source>Teamets &amp;navn</source>
            <translation>Teamets &amp;navn</translation>
        </message>
        <message>
            <source>&amp;Bydel</source>
            <translation>&amp;Bydel</translation>
        </message>
        <message>
            <source>&amp;Logo (PNG eller JPG)</source>
            <translation>&amp;Logo (PNG eller JPG)</translation>
        </message>
        <message>
            <source>f.eks. 912 34 567</source>
            <translation>f.eks. 912 34 567</translation>
        </message>
        <message>
            <source>Står på aktivitetskalenderen, så beboerne vet hvem de kan ringe</source>
            <translation>Står på aktivitetskalenderen, så beboerne vet hvem de kan ringe</translation>
        </message>
        <message>
            <source>f.eks. bomiljo@bydel.oslo.kommune.no</source>
            <translation>f.eks. bomiljo@bydel.oslo.kommune.no</translation>
        </message>
        <message>
            <source>Står på aktivitetskalenderen sammen med telefonnummeret</source>
            <translation>Står på aktivitetskalenderen sammen med telefonnummeret</translation>
        </message>
        <message>
            <source>&amp;Telefon</source>
            <translation>&amp;Telefon</translation>
        </message>
        <message>
            <source>&amp;E-post</source>
            <translation>&amp;E-post</translation>
        </message>
        <message>
            <source>9 siffer, f.eks. 974 778 807</source>
            <translation>9 siffer, f.eks. 974 778 807</translation>
        </message>
        <message>
            <source>Bydelens eller teamets organisasjonsnummer; står ved underskriften i rapporten til tilskuddsgiveren</source>
            <translation>Bydelens eller teamets organisasjonsnummer; står ved underskriften i rapporten til tilskuddsgiveren</translation>
        </message>
        <message>
            <source>&amp;Organisasjonsnummer</source>
            <translation>&amp;Organisasjonsnummer</translation>
        </message>
        <message>
            <source>&amp;Lagre</source>
            <translation>&amp;Lagre</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Team</translation>
        </message>
        <message>
            <source>Velg logo</source>
            <translation>Velg logo</translation>
        </message>
        <message>
            <source>Bilder (*.png *.jpg *.jpeg)</source>
            <translation>Bilder (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>Fant ikke bildet</source>
            <translation>Fant ikke bildet</translation>
        </message>
        <message>
            <source>Finner ikke filen {path}. Velg bildet på nytt, eller tøm feltet for å lage rapporter uten logo.</source>
            <translation>Finner ikke filen {path}. Velg bildet på nytt, eller tøm feltet for å lage rapporter uten logo.</translation>
        </message>
    </context>
    <context>
        <name>UnregisteredModel</name>
        <message>
            <source>Når</source>
            <translation>Når</translation>
        </message>
        <message>
            <source>Aktivitet</source>
            <translation>Aktivitet</translation>
        </message>
        <message>
            <source>Dobbeltklikk eller Enter for å registrere oppmøtet.</source>
            <translation>Dobbeltklikk eller Enter for å registrere oppmøtet.</translation>
        </message>
    </context>
    <context>
        <name>UnregisteredSessionsCard</name>
        <message>
            <source>Holdt uten registrert oppmøte</source>
            <translation>Holdt uten registrert oppmøte</translation>
        </message>
        <message>
            <source>Alle samlinger de siste {weeks} ukene har oppmøte registrert.</source>
            <translation>Alle samlinger de siste {weeks} ukene har oppmøte registrert.</translation>
        </message>
        <message>
            <source>siste {weeks} uker: {count}</source>
            <translation>siste {weeks} uker: {count}</translation>
        </message>
    </context>
    <context>
        <name>UserDialog</name>
        <message>
            <source>Ny bruker</source>
            <translation>Ny bruker</translation>
        </message>
        <message>
            <source>Endre bruker</source>
            <translation>Endre bruker</translation>
        </message>
        <message>
            <source>Alt, også brukere, sikkerhetskopier, endringsloggen og innstillingene.</source>
            <translation>Alt, også brukere, sikkerhetskopier, endringsloggen og innstillingene.</translation>
        </message>
        <message>
            <source>Alle registre, aktiviteter, oppmøte og søknader.</source>
            <translation>Alle registre, aktiviteter, oppmøte og søknader.</translation>
        </message>
        <message>
            <source>Samlinger, oppmøte og deltakere i aktivitetene som er krysset av nedenfor. Ser ikke søknadene.</source>
            <translation>Samlinger, oppmøte og deltakere i aktivitetene som er krysset av nedenfor. Ser ikke søknadene.</translation>
        </message>
        <message>
            <source>Søknader, statistikk og rapporter til tilskuddsgivere. Ser ingen lister med navn på beboere.</source>
            <translation>Søknader, statistikk og rapporter til tilskuddsgivere. Ser ingen lister med navn på beboere.</translation>
        </message>
        <message>
            <source>Passordene er ikke like. Skriv det samme passordet to ganger.</source>
            <translation>Passordene er ikke like. Skriv det samme passordet to ganger.</translation>
        </message>
        <message>
            <source>Skriv hele navnet.</source>
            <translation>Skriv hele navnet.</translation>
        </message>
    </context>
    <context>
        <name>UserForm</name>
        <message>
            <source>&amp;Fullt navn</source>
            <translation>&amp;Fullt navn</translation>
        </message>
        <message>
            <source>f.eks. Hanne Lie</source>
            <translation>f.eks. Hanne Lie</translation>
        </message>
        <message>
            <source>&amp;Brukernavn</source>
            <translation>&amp;Brukernavn</translation>
        </message>
        <message>
            <source>f.eks. hanne.lie</source>
            <translation>f.eks. hanne.lie</translation>
        </message>
        <message>
            <source>&amp;Rolle</source>
            <translation>&amp;Rolle</translation>
        </message>
        <message>
            <source>&amp;Passord</source>
            <translation>&amp;Passord</translation>
        </message>
        <message>
            <source>minst 8 tegn</source>
            <translation>minst 8 tegn</translation>
        </message>
        <message>
            <source>&amp;Gjenta passordet</source>
            <translation>&amp;Gjenta passordet</translation>
        </message>
        <message>
            <source>Til&amp;gang</source>
            <translation>Til&amp;gang</translation>
        </message>
        <message>
            <source>Kan logge inn</source>
            <translation>Kan logge inn</translation>
        </message>
        <message>
            <source>Leder &amp;aktivitetene</source>
            <translation>Leder &amp;aktivitetene</translation>
        </message>
    </context>
    <context>
        <name>UserGuide</name>
        <message>
            <source>&amp;Brukerveiledning</source>
            <translation>&amp;Brukerveiledning</translation>
        </message>
    </context>
    <context>
        <name>UserTableModel</name>
        <message>
            <source>Navn</source>
            <translation>Navn</translation>
        </message>
        <message>
            <source>Brukernavn</source>
            <translation>Brukernavn</translation>
        </message>
        <message>
            <source>Rolle</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>Leder aktivitetene</source>
            <translation>Leder aktivitetene</translation>
        </message>
        <message>
            <source>Sist innlogget</source>
            <translation>Sist innlogget</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Aldri</source>
            <translation>Aldri</translation>
        </message>
        <message>
            <source>Aktiv</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>Deaktivert</source>
            <translation>Deaktivert</translation>
        </message>
    </context>
    <context>
        <name>UsersTab</name>
        <message>
            <source>Alle på teamet logger inn med eget brukernavn. Rollen bestemmer hva de ser og kan endre, og endringsloggen viser hvem som har gjort hva.</source>
            <translation>Alle på teamet logger inn med eget brukernavn. Rollen bestemmer hva de ser og kan endre, og endringsloggen viser hvem som har gjort hva.</translation>
        </message>
        <message>
            <source>Databasen har ingen brukere ennå, så alle som åpner den, kan se og endre alt. Lag en administrator først; deretter legger du til kollegene.</source>
            <translation>Databasen har ingen brukere ennå, så alle som åpner den, kan se og endre alt. Lag en administrator først; deretter legger du til kollegene.</translation>
        </message>
        <message>
            <source>&amp;Lag administrator…</source>
            <translation>&amp;Lag administrator…</translation>
        </message>
        <message>
            <source>Brukere</source>
            <translation>Brukere</translation>
        </message>
        <message>
            <source>&amp;Ny bruker…</source>
            <translation>&amp;Ny bruker…</translation>
        </message>
        <message>
            <source>&amp;Endre…</source>
            <translation>&amp;Endre…</translation>
        </message>
        <message>
            <source>Nytt &amp;passord…</source>
            <translation>Nytt &amp;passord…</translation>
        </message>
        <message>
            <source>&amp;Deaktiver</source>
            <translation>&amp;Deaktiver</translation>
        </message>
        <message>
            <source>&amp;Aktiver</source>
            <translation>&amp;Aktiver</translation>
        </message>
        <message>
            <source>Du kan ikke deaktivere deg selv.</source>
            <translation>Du kan ikke deaktivere deg selv.</translation>
        </message>
        <message>
            <source>Deaktivere brukeren?</source>
            <translation>Deaktivere brukeren?</translation>
        </message>
        <message>
            <source>{name} kan ikke lenger logge inn. Det vedkommende har gjort, står fortsatt i endringsloggen, og brukeren kan aktiveres igjen senere.</source>
            <translation>{name} kan ikke lenger logge inn. Det vedkommende har gjort, står fortsatt i endringsloggen, og brukeren kan aktiveres igjen senere.</translation>
        </message>
        <message>
            <source>Deaktiver</source>
            <translation>Deaktiver</translation>
        </message>
        <message>
            <source>Avbryt</source>
            <translation>Avbryt</translation>
        </message>
    </context>
    <context>
        <name>VolunteerDialog</name>
        <message>
            <source>Ny ferdighet, f.eks. Kjemi</source>
            <translation>Ny ferdighet, f.eks. Kjemi</translation>
        </message>
        <message>
            <source>Nytt språk</source>
            <translation>Nytt språk</translation>
        </message>
        <message>
            <source>Nei</source>
            <translation>Nei</translation>
        </message>
        <message>
            <source>Ny frivillig</source>
            <translation>Ny frivillig</translation>
        </message>
        <message>
            <source>Frivillig – {name}</source>
            <translation>Frivillig – {name}</translation>
        </message>
        <message>
            <source>Sluttet {date}. Tøm sluttdatoen hvis den frivillige er tilbake.</source>
            <translation>Sluttet {date}. Tøm sluttdatoen hvis den frivillige er tilbake.</translation>
        </message>
        <message>
            <source>Fant ingen beboer som heter «{text}». Velg fra listen, eller tøm feltet.</source>
            <translation>Fant ingen beboer som heter «{text}». Velg fra listen, eller tøm feltet.</translation>
        </message>
        <message>
            <source>: kan ikke være med på aktiviteter med barn før attesten er vist.</source>
            <translation>: kan ikke være med på aktiviteter med barn før attesten er vist.</translation>
        </message>
        <message>
            <source>: må vise ny attest før aktiviteter med barn.</source>
            <translation>: må vise ny attest før aktiviteter med barn.</translation>
        </message>
    </context>
    <context>
        <name>VolunteerEntryModel</name>
        <message>
            <source>Navn</source>
            <translation>Navn</translation>
        </message>
        <message>
            <source>Politiattest</source>
            <translation>Politiattest</translation>
        </message>
        <message>
            <source>Mangler gyldig politiattest. Aktiviteten er for barn: se attesten før vedkommende er med, og registrer datoen på den frivillige.</source>
            <translation>Mangler gyldig politiattest. Aktiviteten er for barn: se attesten før vedkommende er med, og registrer datoen på den frivillige.</translation>
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
            <translation>&amp;Fornavn</translation>
        </message>
        <message>
            <source>&amp;Etternavn</source>
            <translation>&amp;Etternavn</translation>
        </message>
        <message>
            <source>Fødsels&amp;år</source>
            <translation>Fødsels&amp;år</translation>
        </message>
        <message>
            <source>åååå</source>
            <translation>åååå</translation>
        </message>
        <message>
            <source>&amp;Telefon</source>
            <translation>&amp;Telefon</translation>
        </message>
        <message>
            <source>912 34 567 eller +46 …</source>
            <translation>912 34 567 eller +46 …</translation>
        </message>
        <message>
            <source>E-&amp;post</source>
            <translation>E-&amp;post</translation>
        </message>
        <message>
            <source>navn@eksempel.no</source>
            <translation>navn@eksempel.no</translation>
        </message>
        <message>
            <source>Er også beboe&amp;r</source>
            <translation>Er også beboe&amp;r</translation>
        </message>
        <message>
            <source>Hvis den frivillige også er registrert som beboer</source>
            <translation>Hvis den frivillige også er registrert som beboer</translation>
        </message>
        <message>
            <source>Innsats</source>
            <translation>Innsats</translation>
        </message>
        <message>
            <source>St&amp;art</source>
            <translation>St&amp;art</translation>
        </message>
        <message>
            <source>Sl&amp;utt</source>
            <translation>Sl&amp;utt</translation>
        </message>
        <message>
            <source>Kan k&amp;omme</source>
            <translation>Kan k&amp;omme</translation>
        </message>
        <message>
            <source>ma</source>
            <translation>ma</translation>
        </message>
        <message>
            <source>mandag</source>
            <translation>mandag</translation>
        </message>
        <message>
            <source>ti</source>
            <translation>ti</translation>
        </message>
        <message>
            <source>tirsdag</source>
            <translation>tirsdag</translation>
        </message>
        <message>
            <source>on</source>
            <translation>on</translation>
        </message>
        <message>
            <source>onsdag</source>
            <translation>onsdag</translation>
        </message>
        <message>
            <source>to</source>
            <translation>to</translation>
        </message>
        <message>
            <source>torsdag</source>
            <translation>torsdag</translation>
        </message>
        <message>
            <source>fr</source>
            <translation>fr</translation>
        </message>
        <message>
            <source>fredag</source>
            <translation>fredag</translation>
        </message>
        <message>
            <source>lø</source>
            <translation>lø</translation>
        </message>
        <message>
            <source>lørdag</source>
            <translation>lørdag</translation>
        </message>
        <message>
            <source>sø</source>
            <translation>sø</translation>
        </message>
        <message>
            <source>søndag</source>
            <translation>søndag</translation>
        </message>
        <message>
            <source>Taushetserklæring si&amp;gnert</source>
            <translation>Taushetserklæring si&amp;gnert</translation>
        </message>
        <message>
            <source>Politiattest</source>
            <translation>Politiattest</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>&amp;Må vise politiattest (arbeid med barn)</source>
            <translation>&amp;Må vise politiattest (arbeid med barn)</translation>
        </message>
        <message>
            <source>&amp;Bestilt</source>
            <translation>&amp;Bestilt</translation>
        </message>
        <message>
            <source>Ut&amp;stedt</source>
            <translation>Ut&amp;stedt</translation>
        </message>
        <message>
            <source>&amp;Vist fram</source>
            <translation>&amp;Vist fram</translation>
        </message>
        <message>
            <source>&amp;Hvem så den</source>
            <translation>&amp;Hvem så den</translation>
        </message>
        <message>
            <source>Navnet på den i teamet som så attesten</source>
            <translation>Navnet på den i teamet som så attesten</translation>
        </message>
        <message>
            <source>Ansvarlig v&amp;irksomhet</source>
            <translation>Ansvarlig v&amp;irksomhet</translation>
        </message>
        <message>
            <source>f.eks. Bydel Sagene</source>
            <translation>f.eks. Bydel Sagene</translation>
        </message>
        <message>
            <source>Forn&amp;yes etter</source>
            <translation>Forn&amp;yes etter</translation>
        </message>
        <message>
            <source> år</source>
            <translation> år</translation>
        </message>
        <message>
            <source>Selve politiattesten lagres aldri i Samvirke, bare at den er sett og av hvem.</source>
            <translation>Selve politiattesten lagres aldri i Samvirke, bare at den er sett og av hvem.</translation>
        </message>
        <message>
            <source>Fer&amp;digheter</source>
            <translation>Fer&amp;digheter</translation>
        </message>
        <message>
            <source>Ferdigheter</source>
            <translation>Ferdigheter</translation>
        </message>
        <message>
            <source>Språ&amp;k</source>
            <translation>Språ&amp;k</translation>
        </message>
        <message>
            <source>Språk</source>
            <translation>Språk</translation>
        </message>
        <message>
            <source>&amp;Notater</source>
            <translation>&amp;Notater</translation>
        </message>
        <message>
            <source>Notater</source>
            <translation>Notater</translation>
        </message>
    </context>
    <context>
        <name>VolunteerModel</name>
        <message>
            <source>Ikke en av de faste frivillige på aktiviteten.</source>
            <translation>Ikke en av de faste frivillige på aktiviteten.</translation>
        </message>
    </context>
    <context>
        <name>VolunteerTableModel</name>
        <message>
            <source>Navn</source>
            <translation>Navn</translation>
        </message>
        <message>
            <source>Telefon</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Ferdigheter</source>
            <translation>Ferdigheter</translation>
        </message>
        <message>
            <source>Språk</source>
            <translation>Språk</translation>
        </message>
        <message>
            <source>Kan komme</source>
            <translation>Kan komme</translation>
        </message>
        <message>
            <source>Politiattest</source>
            <translation>Politiattest</translation>
        </message>
        <message>
            <source>Timer {semester}</source>
            <translation>Timer {semester}</translation>
        </message>
        <message>
            <source>Gyldig til {date}</source>
            <translation>Gyldig til {date}</translation>
        </message>
        <message>
            <source>Utløper {date}</source>
            <translation>Utløper {date}</translation>
        </message>
        <message>
            <source>Utløpt {date}</source>
            <translation>Utløpt {date}</translation>
        </message>
        <message>
            <source>Mangler, bestilt {date}</source>
            <translation>Mangler, bestilt {date}</translation>
        </message>
        <message>
            <source>Arkivert</source>
            <translation>Arkivert</translation>
        </message>
        <message>
            <source>Sluttet {date}</source>
            <translation>Sluttet {date}</translation>
        </message>
        <message>
            <source>Begynner {date}</source>
            <translation>Begynner {date}</translation>
        </message>
        <message>
            <source>. Kan ikke være med på aktiviteter med barn før en gyldig politiattest er vist.</source>
            <translation>. Kan ikke være med på aktiviteter med barn før en gyldig politiattest er vist.</translation>
        </message>
    </context>
    <context>
        <name>VolunteersPage</name>
        <message>
            <source>Frivillige</source>
            <translation>Frivillige</translation>
        </message>
        <message>
            <source>Alle</source>
            <translation>Alle</translation>
        </message>
        <message>
            <source>Aktive nå</source>
            <translation>Aktive nå</translation>
        </message>
        <message>
            <source>Sluttet</source>
            <translation>Sluttet</translation>
        </message>
        <message>
            <source>Vis bare frivillige som er aktive nå, eller som har sluttet</source>
            <translation>Vis bare frivillige som er aktive nå, eller som har sluttet</translation>
        </message>
        <message>
            <source>Alle politiattester</source>
            <translation>Alle politiattester</translation>
        </message>
        <message>
            <source>Må følges opp</source>
            <translation>Må følges opp</translation>
        </message>
        <message>
            <source>Vis frivillige etter status for politiattesten</source>
            <translation>Vis frivillige etter status for politiattesten</translation>
        </message>
        <message>
            <source>1 frivillig</source>
            <translation>1 frivillig</translation>
        </message>
        <message>
            <source>{count} frivillige</source>
            <translation>{count} frivillige</translation>
        </message>
    </context>
    <context>
        <name>WelcomePanel</name>
        <message>
            <source>Velkommen til Samvirke</source>
            <translation>Velkommen til Samvirke</translation>
        </message>
        <message>
            <source>Samvirke holder orden på beboere, aktiviteter, oppmøte, frivillige og søknader for teamet. Hvordan vil du begynne?</source>
            <translation>Samvirke holder orden på beboere, aktiviteter, oppmøte, frivillige og søknader for teamet. Hvordan vil du begynne?</translation>
        </message>
        <message>
            <source>&amp;Lag en ny database for teamet</source>
            <translation>&amp;Lag en ny database for teamet</translation>
        </message>
        <message>
            <source>Velg hvor den skal ligge: på denne PC-en, eller i teamets delte mappe så kollegene kan bruke den samme. Du blir administrator.</source>
            <translation>Velg hvor den skal ligge: på denne PC-en, eller i teamets delte mappe så kollegene kan bruke den samme. Du blir administrator.</translation>
        </message>
        <message>
            <source>Å&amp;pne en database som finnes</source>
            <translation>Å&amp;pne en database som finnes</translation>
        </message>
        <message>
            <source>For eksempel filen en kollega har laget i den delte mappen. Du logger inn med brukernavnet du har fått.</source>
            <translation>For eksempel filen en kollega har laget i den delte mappen. Du logger inn med brukernavnet du har fått.</translation>
        </message>
        <message>
            <source>P&amp;røv med eksempeldata</source>
            <translation>P&amp;røv med eksempeldata</translation>
        </message>
        <message>
            <source>En egen demodatabase med oppdiktede beboere og aktiviteter. Den blandes ikke med teamets data.</source>
            <translation>En egen demodatabase med oppdiktede beboere og aktiviteter. Den blandes ikke med teamets data.</translation>
        </message>
        <message>
            <source>Samvirke husker valget ditt og åpner den samme databasen neste gang. Du kan bytte senere med Fil → Åpne database.</source>
            <translation>Samvirke husker valget ditt og åpner den samme databasen neste gang. Du kan bytte senere med Fil → Åpne database.</translation>
        </message>
    </context>
    <context>
        <name>YearSumsTableModel</name>
        <message>
            <source>År</source>
            <translation>År</translation>
        </message>
        <message>
            <source>Søknader</source>
            <translation>Søknader</translation>
        </message>
        <message>
            <source>Søkt</source>
            <translation>Søkt</translation>
        </message>
        <message>
            <source>Innvilget</source>
            <translation>Innvilget</translation>
        </message>
        <message>
            <source>ikke avgjort</source>
            <translation>ikke avgjort</translation>
        </message>
        <message>
            <source>{n} av søknadene har ikke fått svar ennå.</source>
            <translation>{n} av søknadene har ikke fått svar ennå.</translation>
        </message>
    </context>
    <context>
        <name>page</name>
        <message>
            <source>1 rad</source>
            <translation>1 rad</translation>
        </message>
        <message>
            <source>{n} rader</source>
            <translation>{n} rader</translation>
        </message>
        <message>
            <source>semikolon</source>
            <translation>semikolon</translation>
        </message>
        <message>
            <source>komma</source>
            <translation>komma</translation>
        </message>
        <message>
            <source>tabulator</source>
            <translation>tabulator</translation>
        </message>
    </context>
    <context>
        <name>parent</name>
        <message>
            <source>Ingen fil</source>
            <translation>Ingen fil</translation>
        </message>
        <message>
            <source>Raden har ingen fil. Velg filen først.</source>
            <translation>Raden har ingen fil. Velg filen først.</translation>
        </message>
        <message>
            <source>Finner ikke filen</source>
            <translation>Finner ikke filen</translation>
        </message>
        <message>
            <source>Finner ikke {path}. Sjekk at den delte mappen er tilkoblet, eller om filen er flyttet; velg den på nytt i så fall.</source>
            <translation>Finner ikke {path}. Sjekk at den delte mappen er tilkoblet, eller om filen er flyttet; velg den på nytt i så fall.</translation>
        </message>
    </context>
    <context>
        <name>vocabulary</name>
        <message>
            <source>Kvinne</source>
            <translation>Kvinne</translation>
        </message>
        <message>
            <source>Mann</source>
            <translation>Mann</translation>
        </message>
        <message>
            <source>Annet</source>
            <translation>Annet</translation>
        </message>
        <message>
            <source>Ikke oppgitt</source>
            <translation>Ikke oppgitt</translation>
        </message>
        <message>
            <source>Jente</source>
            <translation>Jente</translation>
        </message>
        <message>
            <source>Gutt</source>
            <translation>Gutt</translation>
        </message>
        <message>
            <source>Barn</source>
            <translation>Barn</translation>
        </message>
        <message>
            <source>Forelder</source>
            <translation>Forelder</translation>
        </message>
        <message>
            <source>Voksen</source>
            <translation>Voksen</translation>
        </message>
        <message>
            <source>Leksehjelp</source>
            <translation>Leksehjelp</translation>
        </message>
        <message>
            <source>Nærmiljøskole</source>
            <translation>Nærmiljøskole</translation>
        </message>
        <message>
            <source>Nærmiljøpatrulje</source>
            <translation>Nærmiljøpatrulje</translation>
        </message>
        <message>
            <source>Dugnad</source>
            <translation>Dugnad</translation>
        </message>
        <message>
            <source>Treffsted</source>
            <translation>Treffsted</translation>
        </message>
        <message>
            <source>Møte</source>
            <translation>Møte</translation>
        </message>
        <message>
            <source>Ferieaktivitet</source>
            <translation>Ferieaktivitet</translation>
        </message>
        <message>
            <source>Utkast</source>
            <translation>Utkast</translation>
        </message>
        <message>
            <source>Sendt</source>
            <translation>Sendt</translation>
        </message>
        <message>
            <source>Innvilget</source>
            <translation>Innvilget</translation>
        </message>
        <message>
            <source>Delvis innvilget</source>
            <translation>Delvis innvilget</translation>
        </message>
        <message>
            <source>Avslått</source>
            <translation>Avslått</translation>
        </message>
        <message>
            <source>Rapportert</source>
            <translation>Rapportert</translation>
        </message>
        <message>
            <source>Avsluttet</source>
            <translation>Avsluttet</translation>
        </message>
        <message>
            <source>Administrator</source>
            <translation>Administrator</translation>
        </message>
        <message>
            <source>Koordinator</source>
            <translation>Koordinator</translation>
        </message>
        <message>
            <source>Aktivitetsleder</source>
            <translation>Aktivitetsleder</translation>
        </message>
        <message>
            <source>Søknadsskriver</source>
            <translation>Søknadsskriver</translation>
        </message>
        <message>
            <source>NAV</source>
            <translation>NAV</translation>
        </message>
        <message>
            <source>Boligforvaltning</source>
            <translation>Boligforvaltning</translation>
        </message>
        <message>
            <source>Politi</source>
            <translation>Politi</translation>
        </message>
        <message>
            <source>Skole</source>
            <translation>Skole</translation>
        </message>
        <message>
            <source>Bibliotek</source>
            <translation>Bibliotek</translation>
        </message>
        <message>
            <source>Butikk</source>
            <translation>Butikk</translation>
        </message>
        <message>
            <source>Tros- og livssynssamfunn</source>
            <translation>Tros- og livssynssamfunn</translation>
        </message>
        <message>
            <source>Helse</source>
            <translation>Helse</translation>
        </message>
        <message>
            <source>Frivillig organisasjon</source>
            <translation>Frivillig organisasjon</translation>
        </message>
        <message>
            <source>Kommunal tjeneste</source>
            <translation>Kommunal tjeneste</translation>
        </message>
        <message>
            <source>Nådd</source>
            <translation>Nådd</translation>
        </message>
        <message>
            <source>Delvis nådd</source>
            <translation>Delvis nådd</translation>
        </message>
        <message>
            <source>Ikke nådd</source>
            <translation>Ikke nådd</translation>
        </message>
        <message>
            <source>Foto</source>
            <translation>Foto</translation>
        </message>
        <message>
            <source>Kontakt på SMS</source>
            <translation>Kontakt på SMS</translation>
        </message>
        <message>
            <source>Kontakt på e-post</source>
            <translation>Kontakt på e-post</translation>
        </message>
        <message>
            <source>Publisering</source>
            <translation>Publisering</translation>
        </message>
        <message>
            <source>mandag</source>
            <translation>mandag</translation>
        </message>
        <message>
            <source>tirsdag</source>
            <translation>tirsdag</translation>
        </message>
        <message>
            <source>onsdag</source>
            <translation>onsdag</translation>
        </message>
        <message>
            <source>torsdag</source>
            <translation>torsdag</translation>
        </message>
        <message>
            <source>fredag</source>
            <translation>fredag</translation>
        </message>
        <message>
            <source>lørdag</source>
            <translation>lørdag</translation>
        </message>
        <message>
            <source>søndag</source>
            <translation>søndag</translation>
        </message>
        <message>
            <source>januar</source>
            <translation>januar</translation>
        </message>
        <message>
            <source>februar</source>
            <translation>februar</translation>
        </message>
        <message>
            <source>mars</source>
            <translation>mars</translation>
        </message>
        <message>
            <source>april</source>
            <translation>april</translation>
        </message>
        <message>
            <source>mai</source>
            <translation>mai</translation>
        </message>
        <message>
            <source>juni</source>
            <translation>juni</translation>
        </message>
        <message>
            <source>juli</source>
            <translation>juli</translation>
        </message>
        <message>
            <source>august</source>
            <translation>august</translation>
        </message>
        <message>
            <source>september</source>
            <translation>september</translation>
        </message>
        <message>
            <source>oktober</source>
            <translation>oktober</translation>
        </message>
        <message>
            <source>november</source>
            <translation>november</translation>
        </message>
        <message>
            <source>desember</source>
            <translation>desember</translation>
        </message>
        <message>
            <source>Engelsk</source>
            <translation>Engelsk</translation>
        </message>
        <message>
            <source>Arabisk</source>
            <translation>Arabisk</translation>
        </message>
        <message>
            <source>Somali</source>
            <translation>Somali</translation>
        </message>
        <message>
            <source>Tigrinja</source>
            <translation>Tigrinja</translation>
        </message>
        <message>
            <source>Polsk</source>
            <translation>Polsk</translation>
        </message>
        <message>
            <source>Dari</source>
            <translation>Dari</translation>
        </message>
    </context>
</TS>
