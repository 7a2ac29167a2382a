<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nb_NO">
<context>
    <name></name>
    <message>
        <source>Oppmøterapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Én aktivitet i en periode: samlinger, hvem som kom, antall og frivilliges timer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oppmøteliste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tom liste for en måned til å skrive ut og krysse av på papir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport til tilskuddsgiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deltakere, samlinger, frivillig innsats og regnskap for én søknad og periode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tilskuddsrapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeattest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timer per aktivitet for én frivillig, til CV eller studiet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aktivitetskalender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plakat med alle aktivitetene i en måned, lett å lese på avstand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denne måneden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forrige måned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dette semesteret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forrige semester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I år</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I fjor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hele søknadsperioden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Egne datoer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>Versjon {version} · databaseskjema {schema}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databasen som er åpen: {location}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loggfil: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lukk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Om Samvirke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samvirke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samvirke holder orden på beboere, aktiviteter, oppmøte, frivillige, samarbeidspartnere og tilskudd for bo- og nærmiljøteam, og lager rapportene tilskuddsgiverne ber om.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivitiesPage</name>
    <message>
        <source>Aktiviteter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle typer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Område</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle som ikke er arkivert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pågår eller kommer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avsluttet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arkivert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle, også arkiverte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avsluttet: den siste samlingen er holdt. Arkivert: tatt ut av listene med Arkiver i aktiviteten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Samlinger og oppmøte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samlingene til aktiviteten du har valgt: registrer oppmøte, legg til, flytt eller avlys samlinger, endre timeplanen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ny aktivitet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv deler av navnet, typen, området eller stedet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle områder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 aktivitet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} aktiviteter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Ny aktivitet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aktivitet – {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samlinger og &amp;timeplan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se samlingene, registrer oppmøte og endre timeplanen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lagre aktiviteten først, så kan du legge inn timeplanen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hent fram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arkiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv navn, telefon eller e-post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv navnet på den frivillige</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ikke valgt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (arkivert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen søknader er registrert ennå.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} påmeldte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, {n} har sluttet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deltakere ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faste frivillige ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Politiattest mangler eller er utløpt: {names}. Aktiviteten er for barn. Se en gyldig politiattest før de er med, og registrer datoen på den frivillige. Du kan lagre likevel; advarselen blir registrert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frivillige på aktiviteter med barn må ha vist gyldig politiattest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aktiviteten er ikke for barn: politiattest kreves ikke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollen din gir ikke tilgang til navnene på deltakerne.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollen din gir ikke tilgang til navnene på de frivillige.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollen din gir ikke lov til å endre aktiviteter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lagre først?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Du har endringer som ikke er lagret. Vil du lagre dem før du går til samlingene?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lagre og gå videre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fortsett å redigere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lagre først</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Du har endringer som ikke er lagret. Lagre eller forkast dem før du arkiverer aktiviteten.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityForm</name>
    <message>
        <source>Aktivitet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Navn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For eksempel Leksehjelp Torshov</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;mråde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blokka, borettslaget eller adressen aktiviteten hører til</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For eksempel Deichman Torshov, grupperommet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nye samlinger får dette stedet hvis timeplanen ikke sier noe annet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ansvarlig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hvem i teamet som har ansvaret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Målgruppe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For eksempel Barn på 1.–10. trinn og foreldrene deres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aktivitet med &amp;barn (frivillige må ha gyldig politiattest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For treffsteder der mange ikke vil registreres med navn: oppmøtet føres som antall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bare antall deltakere, ikke navn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bes&amp;krivelse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hva aktiviteten går ut på, hvem som bidrar, praktiske ting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deltakere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Legg til deltaker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>som</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollen nye deltakere får (kan endres i listen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Påmeldte deltakere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta deltakeren ut av listen. Oppmøtet som er registrert blir ikke slettet. Vil du ta vare på påmeldingen, skriv en dato i Sluttet i stedet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fjern deltaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faste frivillige</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legg til &amp;frivillig:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fjern f&amp;rivillig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Søknader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kryss av for søknadene som finansierer aktiviteten. Da kommer samlingene og deltakerne med i rapporten til tilskuddsgiveren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Søknader som finansierer aktiviteten</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivitySessionTableModel</name>
    <message>
        <source>Dato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Til stede</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frivillige</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{named} registrert med navn, {heads} talt uten navn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO-uke {week}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivitySessions</name>
    <message>
        <source>Navn, sted, deltakere, faste frivillige og søknader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Om aktiviteten…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;imeplan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endre ukedager, klokkeslett og datoer. Samlinger med oppmøte blir aldri slettet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Endre timeplan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En timeplan lager samlingene for en periode, for eksempel et semester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;y timeplan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fjern timeplanen og samlingene uten oppmøte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slett timepla&amp;n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samlinger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrer hvem som kom på samlingen (Enter eller dobbeltklikk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrer &amp;oppmøte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv inn en utfylt papirliste for hele måneden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Månedsliste fra papir…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En ekstra samling utenom timeplanen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ny samling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny dato, nytt klokkeslett, sted eller tema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endre / &amp;flytt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avlys samlingen og skriv hvorfor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Avlys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slett en samling som ble lagt inn ved en feil (bare uten oppmøte)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Slett</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivitySessionsWindow</name>
    <message>
        <source>Dette skoleåret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forrige skoleår</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fra i dag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle samlinger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samlinger – {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (arkivert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen timeplan ennå: lag en for å få samlingene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faste frivillige uten gyldig politiattest på en aktivitet med barn: {who}. Se en gyldig attest før de er med, og registrer datoen på den frivillige.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} samlinger: {held} holdt ({present} oppmøter), {planned} planlagt, {cancelled} avlyst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, {n} mangler oppmøte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrer hvem som kom på samlingen (Enter eller dobbeltklikk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samlingen er avlyst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gjenopprett</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Avlys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samlingen {when} er avlyst ({reason}). Trykk Gjenopprett hvis den likevel blir holdt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ingen grunn oppgitt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samlingen er ikke holdt ennå</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oppmøte registreres på dagen eller etterpå. Velg dagens samling eller en tidligere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slette samlingen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vil du slette samlingen {when}? Bruk Avlys hvis den var planlagt og ikke blir holdt; da vises den som avlyst i kalenderen og rapportene.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slett</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slette timeplanen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeplanen «{label}» slettes sammen med samlingene som ikke har registrert oppmøte. Samlinger med oppmøte blir stående.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slett timeplanen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeplanen er slettet, med {n} samlinger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> {n} samlinger med oppmøte ble beholdt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityTableModel</name>
    <message>
        <source>Navn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Område</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samlinger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Påmeldte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merknad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} uten politiattest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samlinger som er holdt eller planlagt; avlyste er ikke med.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Påmeldte deltakere som ikke har sluttet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Første samling {first}, siste {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En aktivitet med barn har faste frivillige uten gyldig politiattest. Åpne aktiviteten for å se hvem.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminForm</name>
    <message>
        <source>Lag administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databasen har ingen brukere ennå. Du blir administrator: du legger til kollegene, gir dem roller og tar vare på sikkerhetskopiene. Alle logger inn med eget brukernavn, så endringsloggen viser hvem som har gjort hva.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fullt navn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f.eks. Kari Nordmann</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Brukernavn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f.eks. kari.nordmann</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minst 8 tegn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gjenta passordet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplicationDialog</name>
    <message>
        <source>Arkiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slett utkast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrert av</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merknad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Måltall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hva dere ville nå, for eksempel «40 barn per kveld»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vurdering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ikke vurdert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beskrivelse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datoen {day} er før forrige statusendring ({label}, {last}). Historikken ordnes etter dato, så «{new}» kommer før «{label}» der. Stemmer datoen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Velg tilskuddsgiver…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> – arkivert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen bestemt ordning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satsen her gjelder for denne søknaden i stedet for tilskuddsgiverens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomt: tilskuddsgiverens sats brukes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomt: {name} vil bare ha antall frivillige timer, ikke verdien.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomt: {name} sin sats brukes, {rate} per time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Velg vedlegg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen aktiviteter er lagt inn ennå.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny søknad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Søknad – {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hent fram fra arkivet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ulagrede endringer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lagre eller forkast endringene først.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slette utkastet?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utkastet «{title}» slettes med mål, budsjett og vedlegg. Det kan ikke angres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slett</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplicationForm</name>
    <message>
        <source>Søknad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tilskuddsgiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tilskudds&amp;givere…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legg inn eller endre tilskuddsgivere, ordninger og aldersgrupper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ordning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Underkategori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For eksempel 4.1 Ferie- og fritidsaktiviteter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ittel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For eksempel Leksehjelp 2027</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Referanse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saksnummer hos tilskuddsgiveren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periode &amp;fra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periode ti&amp;l</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Siste dag i perioden (tatt med). En periode kan vare opptil tre år.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Søkt &amp;beløp (kr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0,00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv i kroner og øre, for eksempel 12 500,50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;nnvilget beløp (kr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ikke avgjort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomt til svaret er kommet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timesats for &amp;egeninnsats (kr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdien av én frivillig time i rapporten. Tomt: tilskuddsgiverens sats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status og frister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dato for endringen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datoen det skjedde, for eksempel da søknaden ble sendt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merknad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For eksempel «Tilsagnsbrev mottatt»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Historikk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Søknads&amp;frist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fremdrifts&amp;rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slutt&amp;rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;gnskap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frister innen 30 dager, og frister som er passert uten at statusen er endret, vises på Oversikt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nytt mål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fjern mål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Måloppnåelse for valgt mål (hvor langt dere kom, med tall)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv hvor langt dere nådde målet, for eksempel «38 barn i snitt per kveld».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budsjett og regnskap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Budsjettposter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fjern post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Utgifter på valgt post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny utgift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fjern utgift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Velg &amp;bilag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Velg filen med kvitteringen eller fakturaen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Åpne bilag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aktiviteter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Aktiviteter søknaden gjelder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tallene for søknaden (fanen Tall) hentes fra samlingene i aktivitetene som er krysset av.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapporttekster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;mmendrag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;etode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resultater</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;vvik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utfor&amp;dringer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vi&amp;dereføring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notater og vedlegg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notater</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Det teamet trenger å huske om søknaden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vedlegg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legg til &amp;fil…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fjern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Åpne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bare stien til filen lagres (for eksempel på den delte mappen), ikke selve filen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tall</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplicationTableModel</name>
    <message>
        <source>Tittel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tilskuddsgiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Søkt beløp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Innvilget beløp</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplicationsPage</name>
    <message>
        <source>Søknader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 søknad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} søknader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} filtrerte søknader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} av {all} søknader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle statuser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tilskuddsgiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>År</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Året søknadsperioden begynner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv deler av tittel eller tilskuddsgiver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tilskuddsgivere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tilskuddsgivere med ordninger, aldersgrupper og timesats for egeninnsats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ny søknad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lag en ny søknad (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle tilskuddsgivere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle år</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summer per år</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for søknadene som vises, etter året perioden begynner. Innvilget teller bare søknader som har fått svar.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupTab</name>
    <message>
        <source>Mappe for sikkerhetskopier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Velg mappe…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ved databasen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bruk mappen ved siden av databasefilen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mappe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Siste kopi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lagre mappevalget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ta sikkerhetskopi nå</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gjenopprett…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sikkerhetskopi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databasen ligger på en databasetjener. Den sikkerhetskopieres av den som driver tjeneren (for eksempel kommunens IT), ikke av Samvirke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samvirke tar en kontrollert kopi av databasen når den siste er mer enn et døgn gammel, mens dere jobber. Den beholder én kopi for hver av de siste 7 dagene, 4 ukene og 12 månedene, men ingen eldre enn {months} måneder (reglene for sletting under Personvern). Velg gjerne en mappe på en annen disk enn databasen, så en ødelagt disk ikke tar begge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen kopi ennå i «{folder}».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} kl. {time} – {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Velg mappe for sikkerhetskopier</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupTableModel</name>
    <message>
        <source>Tatt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mappe</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BudgetEditor</name>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budsjett (kr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utgifter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summen av utgiftene som er ført på posten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avvik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utgifter minus budsjett (minus betyr under budsjett)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datoen på bilaget, dd.mm.åååå</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beskrivelse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beløp (kr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Et tilbakebetalt beløp skrives med minus foran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bilag (fil)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Utgifter på posten «{name}»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Utgifter på valgt post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum budsjett {budget}, ført {spent}, avvik {variance}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen budsjettposter ennå. Trykk «Ny post».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noen beløp kan ikke leses; de er ikke med i summen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Velg bilag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CancelSessionDialog</name>
    <message>
        <source>Avlys samlingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Avlys samlingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Velg eller skriv grunnen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateCard</name>
    <message>
        <source>Politiattester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen politiattester går ut de neste {days} dagene.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateModel</name>
    <message>
        <source>Frivillig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Politiattest</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeLogTab</name>
    <message>
        <source>alle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bruker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hva</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Til</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nullstill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endringslogg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endringene i valgt rad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Velg en rad for å se alle endrede felt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle brukere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nr. må være et tall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viser de {count} nyeste endringene. Snevre inn med filtrene for å se eldre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 endring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} endringer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>({first} – {last})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nr. {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{user}, {day} kl. {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeLogTableModel</name>
    <message>
        <source>Tidspunkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bruker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hva</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endringer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInWindow</name>
    <message>
        <source>Barn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voksne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uten navn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frivillige</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Til stede i alt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barn og voksne registrert med navn, og de som er telt uten navn. Frivillige regnes ikke med.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oppmøte – {activity} – {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I tillegg {count} telt i andre aldersgrupper (registrert et annet sted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samlingen er avlyst{reason}, så oppmøte kan ikke registreres. Ta tilbake avlysningen på aktiviteten hvis samlingen likevel ble holdt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Her telles folk uten navn: fyll inn under «Uten navn» til høyre. Søk over hvis noen skal registreres med navn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen står på deltakerlisten for denne datoen. Søk etter navn over, eller registrer et nytt barn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} frivillige timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Til sammen uten navn: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frivillige ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Disse frivillige har ikke gyldig politiattest: {names}. Dette er en aktivitet med barn. Se en gyldig politiattest før de er med, og registrer datoen på den frivillige.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ikke til stede</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Til stede</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Som {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Etter alder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f. {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allerede til stede</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>på deltakerlisten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen beboer heter «{text}». Trykk Enter for å registrere et nytt barn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} er allerede registrert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Velg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} er registrert og til stede. Fyll ut resten i Beboere senere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En kollega skrev også i notatet. Begge tekstene er tatt med.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notatet er lagret kl. {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oppmøte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Søk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv et navn og trykk Enter for å registrere (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rolle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollen de du legger til får. «Etter alder» velger barn, forelder eller voksen ut fra alder og foresatte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sett på &amp;deltakerlisten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nye deltakere blir også satt på aktivitetens deltakerliste fra denne datoen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nytt barn…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrer et barn med bare fornavn, fødselsår og kjønn (Ctrl+N). Resten fylles ut senere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nytt barn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fornavn*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fødsels&amp;år*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kjønn*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le&amp;gg til</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mellomrom: til stede med timene samlingen varte. Skriv timer i kolonnen Timer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legg til fr&amp;ivillig:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navn, Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folk som var der uten å bli registrert med navn. Fyll inn etter alder og kjønn, eller bare et antall nederst til høyre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otat om samlingen (lagres mens du skriver):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mellomrom eller klikk: til stede / ikke til stede · B, F, V: barn, forelder, voksen · Ctrl+F: søk · Ctrl+N: nytt barn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fra &amp;papir (måned)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv inn oppmøte for hele måneden fra en utfylt papirliste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lukk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistField</name>
    <message>
        <source>Legg til</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Sammenlign endringer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en kollega</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disse feltene er forskjellige fra det {who} har lagret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Felt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ditt forslag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lagret av {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behold mine og lagre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bruk det kollegaen lagret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fortsett å redigere</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Kopiert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uventet feil i Samvirke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Det skjedde en feil som Samvirke ikke var forberedt på.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Det som allerede er lagret, er trygt. Det du holdt på med akkurat nå, kan være ulagret: sjekk det før du fortsetter. Feilen er skrevet i loggfilen. Kopier detaljene under og send dem til den som hjelper dere med Samvirke, sammen med noen ord om hva du gjorde.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kopier detaljer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avslutt Samvirke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fortsett</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateAdminDialog</name>
    <message>
        <source>Lag administrator – Samvirke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lag administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lag administratoren og logg inn (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uten brukere kan alle som åpner databasen, se og endre alt. Du kan lage administratoren senere under Innstillinger → Brukere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passordene er ikke like. Skriv det samme passordet to ganger.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>dd.mm.åååå</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Velg dato i kalenderen (Alt+Pil ned)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlineCard</name>
    <message>
        <source>Frister for søknader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passert uten at statusen er endret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De neste {days} dagene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen frister de neste {days} dagene.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… og {n} til. Se Søknader.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrolmentModel</name>
    <message>
        <source>Navn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Født</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Påmeldt fra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sluttet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv datoen som dd.mm.åååå. Tomt: ingen grense.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dobbeltklikk eller trykk F2 for å endre rollen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Har sluttet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErasureTab</name>
    <message>
        <source>Hva</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hvorfor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hva skjer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oppføringer som har passert lagringstiden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymiserte beboere telles fortsatt med alder og kjønn i statistikken, så rapporter som er sendt, stemmer fortsatt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slett &amp;valgte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Slett alle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Til sletting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingenting har passert lagringstiden per {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} har passert lagringstiden per {day}. Gå gjennom listen, og slett dem i ett steg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slette personopplysninger?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} oppføringer anonymiseres eller slettes nå. Det kan ikke angres (bare ved å gjenopprette en eldre sikkerhetskopi).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slett</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FiguresPanel</name>
    <message>
        <source>&amp;Periode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ved periodens første dag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ved første oppmøte i perioden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Alder regnes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vis tall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regn ut tallene for perioden du har valgt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kopier tall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kopier tallene som tekst, klar til å limes inn i tilskuddsgiverens søknadsportal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samlinger holdt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avlyste samlinger er ikke med.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unike deltakere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hver person telles én gang, på tvers av samlinger og aktiviteter. Telte personer er ikke med.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barn og unge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voksne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreldre og andre voksne.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oppmøter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrerte oppmøter i alt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telte personer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personer som ble talt, ikke registrert med navn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frivillige timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Egeninnsats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frivillige timer ganget med timesatsen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tallene som tekst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tallene hentes fra samlingene i aktivitetene søknaden gjelder. Trykk «Vis tall».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lagre søknaden først. Da kan du se tallene her.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tallene gjelder {start}–{end} og det som er lagret. {basis}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samme tall på kommandolinjen: {command}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tallene er kopiert. Lim dem inn der du trenger dem (Ctrl+V).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bare timer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FunderDialog</name>
    <message>
        <source>Tilskuddsgiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tilskuddsgiver – {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tilskuddsgiverens kode eller kategori, om den har en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navn i rapporten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fra alder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomt: ingen nedre grense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Til og med alder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomt: ingen øvre grense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fyll inn aldersgruppene til en kjent tilskuddsgiver (kan endres etterpå)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tilskuddsgiveren (ordninger uten egne grupper)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny ordning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordningen {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (egne grupper)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FunderForm</name>
    <message>
        <source>Tilskuddsgiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Navn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For eksempel Barne-, ungdoms- og familiedirektoratet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kortnavn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For eksempel Bufdir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brukes i lister og påminnelser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nett&amp;side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timesats for &amp;egeninnsats (kr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bare timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kroner per frivillig time som tilskuddsgiveren godtar som egeninnsats. Tomt: bare antall timer rapporteres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La feltet stå tomt hvis tilskuddsgiveren bare vil ha antall timer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revisjon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For eksempel: revisorattestert regnskap når tilskuddet er over 200 000 kr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otater</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Arkivert (vises ikke når dere lager nye søknader)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordninger og aldersgrupper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ordninger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny ordning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fjern ordning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aldersgrupper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aldersgruppene tilskuddsgiveren vil ha tallene i. Begge grensene er tatt med (6–12 betyr fra og med 6 til og med 12 år); tomt felt betyr ingen grense.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gjelder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordningen har &amp;egne aldersgrupper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Al&amp;dersgrupper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bruk forhåndsvalg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny gruppe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fjern gruppe</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FunderTableModel</name>
    <message>
        <source>Navn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kortnavn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordninger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aldersgrupper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timesats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Søknader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bare timer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FundersWindow</name>
    <message>
        <source>Tilskuddsgivere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vis arkiverte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ny tilskuddsgiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legg inn en ny tilskuddsgiver (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dobbeltklikk eller trykk Enter for å åpne. Aldersgruppene og timesatsen brukes i tallene til rapportene.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 tilskuddsgiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} tilskuddsgivere</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Brukerveiledning – Samvirke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brukerveiledning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brukerveiledningen mangler i installasjonen ({path}). Installer Samvirke på nytt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lukk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Åpne i &amp;nettleseren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Åpner veiledningen i nettleseren, der du kan skrive den ut.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeadCountTable</name>
    <message>
        <source>Bare et antall, uten alder og kjønn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <source>Ikke valgt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny husstand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Husstand – {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen ennå. Velg husstanden på beboerne.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Velg husstanden på beboerne etter at den er lagret.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdForm</name>
    <message>
        <source>&amp;Navn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f.eks. familienavnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Omr&amp;åde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Adresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate, nummer og leilighet, f.eks. H0203</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medlemmer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otater</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notater</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportMappingPage</name>
    <message>
        <source>Kolonnene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samvirke har gjettet hva hver kolonne inneholder ut fra overskriften. Rett det som er feil; kolonner satt til «(ikke importer)» blir ikke tatt med.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neste gang en fil med de samme overskriftene importeres, brukes de samme valgene.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Husk kolonnevalgene til neste import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreviewPage</name>
    <message>
        <source>Forhåndsvisning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingenting er lagret ennå. Se over radene: rader med feil hoppes over, og rader med advarsel kan du ta med eller hoppe over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fjern haken for alle rader som kan være en person som allerede er registrert, eller som står flere ganger i filen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hopp over mulige dubletter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sett hake for alle rader med advarsel igjen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ta med alle med advarsel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportSourcePage</name>
    <message>
        <source>Hva vil du importere?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Velg hva regnearket inneholder, og velg filen (.xlsx fra Excel, eller .csv).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hva:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beboere / deltakere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frivillige</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samarbeidspartnere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oppmøte (navn nedover, datoer bortover)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Aktivitet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oppmøtet registreres på samlingene til denne aktiviteten. Datoer uten samling får en ny samling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fil:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hele stien til regnearket. Trykk Velg fil… for å lete det opp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen fil valgt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Velg fil…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;rk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arbeidsboken har flere ark. Velg arket med tabellen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportSummaryPage</name>
    <message>
        <source>Importen er ferdig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt er lagret i én omgang. Det som ble importert, ligger nå i listene.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lagre radene som ble hoppet over, med grunnen, som en fil du kan rette og importere på nytt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lagre rapport over radene som ble hoppet over…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>&amp;Importer fra regneark…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta inn beboere, frivillige, samarbeidspartnere eller oppmøte fra Excel eller CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importer fra regneark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Tilbake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Neste &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Importer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ferdig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hjelp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noe uventet gikk galt, og ingenting ble lagret. Prøv igjen, eller send feilmeldingen til den som hjelper dere med Samvirke.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>&amp;Excel (.xlsx)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CSV (.csv)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eksporter {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eksporterte {rows} til {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 rad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} rader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} av {all}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv deler av navn, telefon eller e-post. Store og små bokstaver og aksenter spiller ingen rolle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Søk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vis også oppføringer som er arkivert eller anonymisert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vis arkiverte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lagre listen slik den vises (med søk og filter) som Excel-fil eller CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Eksporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lag en ny oppføring (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ny</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Database: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv brukernavnet ditt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Logg inn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vent {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logg inn – Samvirke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logg inn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Brukernavn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glemt passordet? Be en administrator i teamet om å gi deg et nytt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Oversikt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beboere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aktiviteter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frivillige</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samarbeidspartnere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Søknader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Innstillinger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ny database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Åpne database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta &amp;sikkerhetskopi nå</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gjenopprett…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bytt bruker…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Logg ut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endre &amp;passordet ditt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Avslutt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hjelp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Om Samvirke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En database på en tjener sikkerhetskopieres av den som driver tjeneren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logget ut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brukeren din er deaktivert eller finnes ikke lenger i denne databasen. Logg inn på nytt, eller snakk med en administrator i teamet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ikke innlogget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uten brukerkontoer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databasen har ingen brukere, så alle som åpner den, kan se og endre alt. Lag en administrator under Innstillinger → Brukere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Innlogget: {name} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brukernavn: {username}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avslutt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samvirke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samvirke – {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(bare lesing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {location}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En sikkerhetskopi blir tatt akkurat nå.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tar sikkerhetskopi …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sikkerhetskopi tatt: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sikkerhetskopi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sikkerhetskopien er tatt og kontrollert:
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sikkerhetskopien feilet: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sikkerhetskopien feilet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«{name}» erstattes med kopien «{copy}». Det som er lagret etter at kopien ble tatt, går tapt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databasen er også åpen på {pcs}: be dem lukke Samvirke først. Mens gjenopprettingen pågår, kan de ikke lagre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gjenopprette databasen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gjenopprett</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databasen er gjenopprettet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databasen er gjenopprettet fra «{copy}». Slik den var like før, er lagret i «{safety}», så dette kan angres.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Kolonne i filen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importeres som</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eksempler fra filen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samling {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importer «{header}» som</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(tom kolonne)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonthGridWindow</name>
    <message>
        <source>Ingen beboer med det navnet. Registrer personen i Beboere eller i oppmøtet for samlingen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen frivillig med det navnet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fra papir – {activity} – {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen samlinger i {month}. Legg til samlinger på aktiviteten først.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samlingen {dates} har ikke klokkeslett. Skriv antall timer i ruten i stedet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>står i listen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oppmøte fra papir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ &amp;Forrige måned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forrige måned (Page Up med Ctrl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Neste måned ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neste måned (Page Down med Ctrl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv inn en utfylt papirliste. Piltastene flytter. Mellomrom krysser av eller fjerner krysset. X eller 1: til stede og ned, 0 eller Delete: fjern og ned. Marker flere ruter for å krysse av alle på én gang. Timer: skriv tallet, eller mellomrom for samlingens lengde.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deltakere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legg til &amp;en som kom (ikke på listen):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navn, Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frivillige og &amp;timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legg til f&amp;rivillig:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lukk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewDatabaseDialog</name>
    <message>
        <source>Filen legges i Samvirkes egen mappe: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Velg mappen databasen skal ligge i</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Velg mappen. Skal flere på teamet bruke databasen, velg teamets fellesdisk på kommunens nett.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mappen finnes ikke. Sjekk at den delte mappen er tilkoblet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Delt nettverksmappe ({service}). Kollegene kan åpne den samme databasen herfra.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mappen ligger på denne PC-en, så bare du kan bruke databasen. Velg teamets fellesdisk hvis flere skal bruke den.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Velg mappen databasen skal ligge i.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filnavnet kan ikke inneholde / eller \. Velg mappen med Velg mappe….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mappen «{folder}» finnes ikke. Sjekk at den delte mappen er tilkoblet, eller velg en annen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Du har ikke lov til å lage filer i «{folder}». Velg en annen mappe, eller be om skrivetilgang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«{name}» finnes allerede i mappen. Velg et annet filnavn, eller bruk Fil → Åpne database for å åpne den.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny database for teamet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hvor skal databasen ligge?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>På &amp;denne PC-en (bare du bruker den)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I en &amp;mappe du velger, for eksempel teamets fellesdisk (flere kan bruke den samtidig)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f.eks. S:\Bomiljø\Samvirke eller \\server\felles\Samvirke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Velg mappe…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filnavn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lag databasen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Beboere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aktive frivillige</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frivillige som har begynt og ikke sluttet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aktiviteter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samlinger denne uken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avlyste samlinger er ikke med.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Søknader som pågår</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utkast, sendte og innvilgede søknader som ikke er rapportert ennå.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samlinger denne uken (uke {week})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 samling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} samlinger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oversikt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dobbeltklikk eller Enter på en samling for å registrere oppmøte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen samlinger er satt opp denne uken.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <source>Navn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legg til kontaktperson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen kontaktpersoner registrert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hva ble sagt eller avtalt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legg til møtenotat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen møtenotater ennå.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny samarbeidspartner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samarbeidspartner – {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen ennå.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Det finnes allerede en samarbeidspartner som heter «{name}». Sjekk om det er den samme før du lagrer. Er det en annen, kan du lagre likevel.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerForm</name>
    <message>
        <source>Organisasjon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Navn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f.eks. NAV Sagene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tele&amp;fon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>22 33 44 55</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-&amp;post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>post@eksempel.no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Adresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Netts&amp;ide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>www.eksempel.no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hvor dere samarbeider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Om&amp;råder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aktiviteter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kontaktpersoner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontaktpersoner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Møtenotater</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Møtenotater</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otater</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notater</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerTableModel</name>
    <message>
        <source>Navn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontaktpersoner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Områder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-post</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnersPage</name>
    <message>
        <source>Samarbeidspartnere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle områder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vis bare samarbeidspartnere i ett område</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle typer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vis bare én type samarbeidspartner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 samarbeidspartner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} samarbeidspartnere</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Endre passordet ditt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nytt passord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv passordet du har nå, og deretter det nye to ganger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nytt passord for {name} ({username}). Gi det til vedkommende muntlig eller på telefon, ikke på e-post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passordene er ikke like. Skriv det samme passordet to ganger.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordForm</name>
    <message>
        <source>Passordet du har &amp;nå</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nytt passord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minst 8 tegn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gjenta passordet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Ingen treff på «{text}»</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Alle rader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rader med advarsel eller feil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rader som ikke blir importert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sjekker radene …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sjekker {rows} mot det som allerede er registrert …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filen kan ikke importeres slik den er.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{marks} blir registrert for {people} av {total} personer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 oppmøte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} oppmøter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Importer {n} oppmøter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} av {rows} blir importert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Importer {rows}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… og {n} merknader til.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rad {n}: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importerer … 0 av {n}. Alt lagres samlet til slutt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importerer … {done} av {total}. Alt lagres samlet til slutt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewTableModel</name>
    <message>
        <source>Importer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navn i filen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funnet i Samvirke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oppmøter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merknad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoppes over (feil)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tas ikke med</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advarsel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (+{n} til)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raden har feil og kan ikke importeres. Rett den i filen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fjern haken for å hoppe over raden.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacyTab</name>
    <message>
        <source>Formål og rettsgrunnlag står i innsynsrapporter og eksporter. Reglene for lagringstid bestemmer hva som kommer opp under «Til sletting».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slett politiattest-opplysningene når en frivillig slutter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Formål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rettsgrunnlag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Beboere uten oppmøte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fri&amp;villige etter sluttdato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lagre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> måneder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personvern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sikkerhetskopier eldre enn {months} måneder slettes, så den som er slettet her, ikke blir liggende i gamle kopier.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>* må fylles ut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lagre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lagre (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lukk uten å lagre (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vil du lagre?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lagre likevel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gå tilbake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databasen er opptatt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En kollega lagrer akkurat nå, prøv igjen. Det du har skrevet er ikke borte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sammenlign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last inn på nytt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fortsett å redigere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ulagrede endringer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Du har endringer som ikke er lagret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lagre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forkast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rett opp dette før du lagrer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Må fylles ut</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <source>Arkivert: vises ikke i listene og kan ikke velges. Trykk «Hent fram» for å bruke oppføringen igjen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kort og saklig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollen din gir lov til å se, men ikke endre, denne oppføringen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lukk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arkiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hent fram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slett</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Har {history}, så den arkiveres i stedet for å slettes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta oppføringen ut av listene uten å slette den.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>

Endringene du ikke har lagret, blir ikke med.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arkivere?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arkivere {name}? Oppføringen forsvinner fra listene og valglistene, men alt som er registrert beholdes. Du finner den igjen under «Vis arkiverte».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slette?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slette {name} for godt? Dette kan ikke angres. Bruk «Arkiver» hvis oppføringen bare ikke er i bruk lenger.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportKindTableModel</name>
    <message>
        <source>Rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hva den viser</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>A4 liggende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A3 liggende (stor plakat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 rapporttype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} rapporttyper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (arkivert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen aktiviteter du kan lage rapport for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen søknader ennå</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (sluttet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen frivillige du kan lage timeattest for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle områder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen rapporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollen din kan ikke lage rapporter. Spør en administrator om du trenger det.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Velg mappe for rapportene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Velg en aktivitet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Velg en søknad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Velg en frivillig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fra-datoen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>til-datoen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv inn {field}, for eksempel 01.01.2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perioden slutter ({last}) før den begynner ({first}). Bytt om datoene.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv bare filnavnet, uten mappe. Velg mappen med «Bytt mappe…».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mappen «{folder}» finnes ikke lenger. Velg en annen mappe med «Bytt mappe…».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filen finnes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«{name}» finnes allerede i mappen. Vil du erstatte den med den nye rapporten?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erstatt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapporten ble ikke laget: filen finnes allerede. Gi den et annet navn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laget «{name}» i {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Velg rapporten du vil lage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Aktivitet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aktiviteten rapporten gjelder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Søknad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Søknaden rapporten gjelder. Bare tall uten navn kommer med.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;rivillig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den frivillige timeattesten gjelder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Periode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Velg en vanlig periode, eller skriv inn datoene selv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periodens første dag, for eksempel 01.01.2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Til</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periodens siste dag (tatt med)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Måned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Måneden listen eller kalenderen gjelder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Område</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bare aktivitetene på ett område, eller alle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pap&amp;ir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A3 gir en større plakat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fil&amp;navn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navnet PDF-filen får. Samvirke foreslår et navn ut fra valgene over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapp&amp;e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Velg mappen PDF-en skal lagres i</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bytt mappe…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Åpne PDF-en i PDF-leseren på maskinen med en gang den er laget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vis PDF-en når den er laget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lag PDF-en med valgene over (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lag PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResidentDialog</name>
    <message>
        <source>&amp;Innsyn…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt Samvirke har lagret om personen, som PDF eller JSON (for en innsynsbegjæring).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beboer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Innsyn: lagre alt om personen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Innsyn {name}.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Velg eller skriv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grunnlaget teamet lagrer opplysningene om personen på. Står feltet tomt, lagres «{basis}».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrert beboer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navn (ellers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relasjon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legg til foresatt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen foresatte registrert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gjelder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gitt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gitt av</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Av foresatt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trukket tilbake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merknad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legg til samtykke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen samtykker registrert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ikke registrert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ikke valgt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen husstand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny beboer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beboer – {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymisert: opplysningene som kunne identifisere personen er tatt bort, og oppføringen kan ikke endres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrert ved oppmøte med bare det nødvendigste. Fyll ut resten og lagre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fant ingen husstand som heter «{text}». Velg fra listen, eller trykk «Ny…» for å lage den.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foresatt {n}: fant ingen beboer som heter «{text}». Velg fra listen, eller tøm feltet og skriv navn og telefon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{age} år</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ca. {age} år</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(fra beboeren)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bor sammen med {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen andre i husstanden ennå.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResidentForm</name>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fornavn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Etternavn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fø&amp;dselsdato eller -år</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd.mm.åååå eller åååå</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv fødselsdatoen (05.06.2015 eller 5.6.15), eller bare året (2015) hvis datoen ikke er kjent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kjønn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Telefon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>912 34 567 eller +46 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-&amp;post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>navn@eksempel.no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Språk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Språket personen helst snakker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trenger t&amp;olk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bosted og personvern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Omr&amp;åde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Husstand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lag en ny husstand for denne personen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endre…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endre navn, område eller adresse for husstanden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lagrings&amp;grunnlag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grunnlaget teamet lagrer opplysningene om personen på.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foresatt for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fo&amp;resatte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foresatte til barn under 18 år: velg en registrert beboer, eller skriv navn og telefon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foresatte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;mtykker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samtykke brukes for det som er frivillig, som bilder og SMS. For barn under 15 år gir foresatte samtykket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samtykker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notater</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notater</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResidentTableModel</name>
    <message>
        <source>Navn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kjønn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Område</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Husstand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Språk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samtykker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{language} (tolk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trenger tolk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymisert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arkivert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrert ved oppmøte med bare det nødvendigste: åpne og fyll ut resten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Et samtykke er trukket tilbake: bruk ikke bilder eller kontakt som samtykket gjaldt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResidentsPage</name>
    <message>
        <source>Beboere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle områder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uten område</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vis bare beboere i ett område</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle aldre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barn (under 18)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voksne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Må fullføres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vis bare barn, voksne eller oppføringer som må fullføres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 beboer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} beboere</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Gjenopprett fra sikkerhetskopi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hvilken kopi skal erstatte «{name}»?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Det som er lagret etter at kopien ble tatt, går tapt. Samvirke tar først en kopi av databasen slik den er nå, så gjenopprettingen kan angres. Mens det pågår, kan ingen andre PC-er lagre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sikkerhetskopier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fant ingen sikkerhetskopier i mappene Samvirke bruker. Velg en kopi med «Velg en annen fil…».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Velg en &amp;annen fil…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gjenopprett</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Velg sikkerhetskopi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samvirke-database (*.db);;Alle filer (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowEditor</name>
    <message>
        <source>Fjern raden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fjern rad {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Ny timeplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endre timeplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lagre og lag samlinger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samlingene lages når du lagrer. Begynner timeplanen før i dag, lages også de tidligere samlingene, så oppmøtet kan skrives inn fra papir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endringene gjelder fra i dag. Tidligere samlinger blir som de var, og en samling med registrert oppmøte blir aldri slettet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hver uke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annenhver uke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hver {n}. uke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hopp over s&amp;koleferier ({municipality})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skoleferiene står under Innstillinger → Skoleferier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fyll ut timeplanen for å se samlingene den gir.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleForm</name>
    <message>
        <source>Uke&amp;dager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ukedager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Man</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;or</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lør</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sø&amp;n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starter kl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>17:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slutter &amp;kl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>19:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Første &amp;dato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Siste d&amp;ato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hvor ofte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ste&amp;d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aktivitetens sted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hopp over &amp;helligdager (påske, 17. mai, pinse …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hopp over s&amp;koleferier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samlingene timeplanen gir</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolHolidayDialog</name>
    <message>
        <source>Ny skoleferie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endre skoleferie</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolHolidayForm</name>
    <message>
        <source>&amp;Navn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Første feriedag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Siste feriedag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta med helgene i ferien, for eksempel mandag til søndag i uke 40. Samlinger i ferien fjernes når du trykker «Oppdater samlingene».</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolHolidayTableModel</name>
    <message>
        <source>Ferie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Første dag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Siste dag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dager</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolHolidaysTab</name>
    <message>
        <source>Timeplanene hopper over skoleferiene til kommunen dere jobber i. Jul, påske og sommer regnes ut av seg selv; uka for høstferien og vinterferien varierer mellom kommunene.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kommunen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For eksempel Oslo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uke </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kommune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Høstferie i</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vinterferie i</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lagre kommunen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vis &amp;tidligere skoleår</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skoleferier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fyll inn &amp;skoleåret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fyll &amp;inn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legg inn høstferie, juleferie, vinterferie, påskeferie og sommerferie for skoleåret etter kommunens uker. Ferier som alt er lagt inn, blir ikke lagt inn på nytt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ny ferie…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Endre…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;lett</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Oppdater samlingene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lag og fjern samlinger fra i dag av, så timeplanene følger skoleferiene slik de står nå. Samlinger med registrert oppmøte blir alltid beholdt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skoleferier i {municipality}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sjekk feltene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lagret: {municipality}, høstferie i uke {autumn}, vinterferie i uke {winter}. Fyll inn skoleåret for å legge inn feriene.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skoleferiene for {year} var allerede lagt inn. Endre dem i listen hvis kommunen har andre datoer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} ferier lagt inn for skoleåret {year}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disse fantes fra før og ble latt være: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trykk «Oppdater samlingene» så timeplanene følger dem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slette ferien?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vil du slette {name} ({weeks})? Samlinger lages igjen i disse dagene når du trykker «Oppdater samlingene».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slett</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samlingene er oppdatert fra i dag: {created} nye, {removed} fjernet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} samlinger i ferien har registrert oppmøte og ble beholdt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionCancelForm</name>
    <message>
        <source>&amp;Hvorfor avlyses den?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grunnen vises i samlingslisten, i kalenderen og i rapportene. Oppmøte som alt er registrert, blir ikke slettet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Ny samling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En samling utenom timeplanen, for eksempel en ekstra kveld eller en tur. Tomt sted: aktivitetens sted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endre eller flytt samlingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{session}. Skriv ny dato eller nye klokkeslett for å flytte samlingen. Oppmøtet som er registrert, følger med.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionForm</name>
    <message>
        <source>&amp;Dato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starter kl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>17:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slutter &amp;kl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>19:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For eksempel Brannvern i blokka (for temakvelder)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>Dato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aktivitet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Til stede</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{activity} (avlyst)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Innstillinger</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignedOutPanel</name>
    <message>
        <source>Logg inn for å bruke Samvirke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Logg inn…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databasen «{name}» har brukerkontoer. Logg inn med ditt eget brukernavn.
{location}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <source>Nytt område</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Område – {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I bruk: {history}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteForm</name>
    <message>
        <source>&amp;Navn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f.eks. Kvartal 5, Sandaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Adresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate og nummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Postnummer og sted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Antall &amp;boliger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hvor mange kommunale boliger området har (valgfritt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otater</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notater</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteTableModel</name>
    <message>
        <source>Navn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postnummer og sted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boliger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beboere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aktiviteter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arkivert</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SitesTab</name>
    <message>
        <source>Områdene teamet jobber i: blokker, gårder og adresser. Beboere, husstander, aktiviteter og samarbeidspartnere knyttes til dem. Et område som er i bruk, arkiveres i stedet for å slettes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vis arkiverte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nytt område</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Områder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 område</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} områder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <source>Ingen aktiviteter med navngitte deltakere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Velg regnearket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leser {name} …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, arket «{sheet}»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ({encoding}, skilt med {delimiter})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 rad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} rader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}{where}{how}: {count} under overskriftsraden (rad {header}), {columns} kolonner.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Aktivitet: {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fra {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kolonnevalgene er husket til neste import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rows} ble ikke importert. Lagre rapporten for å se hvorfor: den har de samme kolonnene som filen, pluss radnummer og grunn, så du kan rette radene og importere dem på nytt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 rad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} rader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen rader ble hoppet over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lagre rapport over radene som ble hoppet over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapporten er lagret: {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamTab</name>
    <message>
        <source>Teamets navn, bydel og logo står øverst på alle rapporter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f.eks. Bo- og nærmiljøteamet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f.eks. Bydel Sagene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Velg bilde…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teamets &amp;navn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bydel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Logo (PNG eller JPG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lagre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Velg logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bilder (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fant ikke bildet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finner ikke filen {path}. Velg bildet på nytt, eller tøm feltet for å lage rapporter uten logo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnregisteredModel</name>
    <message>
        <source>Når</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aktivitet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dobbeltklikk eller Enter for å registrere oppmøtet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnregisteredSessionsCard</name>
    <message>
        <source>Holdt uten registrert oppmøte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle samlinger de siste {weeks} ukene har oppmøte registrert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>siste {weeks} uker: {count}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>Ny bruker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endre bruker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt, også brukere, sikkerhetskopier, endringsloggen og innstillingene.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle registre, aktiviteter, oppmøte og søknader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samlinger, oppmøte og deltakere i aktivitetene som er krysset av nedenfor. Ser ikke søknadene.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Søknader, statistikk og rapporter til tilskuddsgivere. Ser ingen lister med navn på beboere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passordene er ikke like. Skriv det samme passordet to ganger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv hele navnet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserForm</name>
    <message>
        <source>&amp;Fullt navn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f.eks. Hanne Lie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Brukernavn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f.eks. hanne.lie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rolle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minst 8 tegn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gjenta passordet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Til&amp;gang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kan logge inn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leder &amp;aktivitetene</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>&amp;Brukerveiledning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <source>Navn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brukernavn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leder aktivitetene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sist innlogget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aldri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aktiv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deaktivert</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>Alle på teamet logger inn med eget brukernavn. Rollen bestemmer hva de ser og kan endre, og endringsloggen viser hvem som har gjort hva.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databasen har ingen brukere ennå, så alle som åpner den, kan se og endre alt. Lag en administrator først; deretter legger du til kollegene.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lag administrator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brukere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ny bruker…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Endre…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nytt &amp;passord…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deaktiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Aktiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Du kan ikke deaktivere deg selv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deaktivere brukeren?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} kan ikke lenger logge inn. Det vedkommende har gjort, står fortsatt i endringsloggen, og brukeren kan aktiveres igjen senere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deaktiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VolunteerDialog</name>
    <message>
        <source>Ny ferdighet, f.eks. Kjemi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nytt språk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny frivillig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frivillig – {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sluttet {date}. Tøm sluttdatoen hvis den frivillige er tilbake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fant ingen beboer som heter «{text}». Velg fra listen, eller tøm feltet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: kan ikke være med på aktiviteter med barn før attesten er vist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: må vise ny attest før aktiviteter med barn.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VolunteerEntryModel</name>
    <message>
        <source>Navn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Politiattest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mangler gyldig politiattest. Aktiviteten er for barn: se attesten før vedkommende er med, og registrer datoen på den frivillige.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VolunteerForm</name>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fornavn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Etternavn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fødsels&amp;år</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>åååå</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Telefon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>912 34 567 eller +46 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-&amp;post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>navn@eksempel.no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er også beboe&amp;r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hvis den frivillige også er registrert som beboer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Innsats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;art</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sl&amp;utt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kan k&amp;omme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mandag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tirsdag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onsdag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>torsdag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fredag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lø</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lørdag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sø</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>søndag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taushetserklæring si&amp;gnert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Politiattest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Må vise politiattest (arbeid med barn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bestilt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ut&amp;stedt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vist fram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hvem så den</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navnet på den i teamet som så attesten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ansvarlig v&amp;irksomhet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f.eks. Bydel Sagene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forn&amp;yes etter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> år</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selve politiattesten lagres aldri i Samvirke, bare at den er sett og av hvem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fer&amp;digheter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ferdigheter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Språ&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Språk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notater</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notater</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VolunteerTableModel</name>
    <message>
        <source>Navn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ferdigheter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Språk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kan komme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Politiattest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timer {semester}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gyldig til {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utløper {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utløpt {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mangler, bestilt {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arkivert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sluttet {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begynner {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. Kan ikke være med på aktiviteter med barn før en gyldig politiattest er vist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VolunteersPage</name>
    <message>
        <source>Frivillige</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aktive nå</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sluttet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vis bare frivillige som er aktive nå, eller som har sluttet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle politiattester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Må følges opp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vis frivillige etter status for politiattesten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 frivillig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} frivillige</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>Velkommen til Samvirke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samvirke holder orden på beboere, aktiviteter, oppmøte, frivillige og søknader for teamet. Hvordan vil du begynne?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lag en ny database for teamet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Velg hvor den skal ligge: på denne PC-en, eller i teamets delte mappe så kollegene kan bruke den samme. Du blir administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Å&amp;pne en database som finnes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For eksempel filen en kollega har laget i den delte mappen. Du logger inn med brukernavnet du har fått.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;røv med eksempeldata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En egen demodatabase med oppdiktede beboere og aktiviteter. Den blandes ikke med teamets data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samvirke husker valget ditt og åpner den samme databasen neste gang. Du kan bytte senere med Fil → Åpne database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YearSumsTableModel</name>
    <message>
        <source>År</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Søknader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Søkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Innvilget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ikke avgjort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} av søknadene har ikke fått svar ennå.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <source>1 rad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} rader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semikolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>komma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tabulator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Ingen fil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raden har ingen fil. Velg filen først.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finner ikke filen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finner ikke {path}. Sjekk at den delte mappen er tilkoblet, eller om filen er flyttet; velg den på nytt i så fall.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
