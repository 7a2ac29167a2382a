<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="en">
    <context>
        <name>QGuiApplication</name>
        <message>
            <source>QT_LAYOUT_DIRECTION</source>
            <translation>LTR</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Nei</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Ja</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Bruk</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Lukk</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Forkast</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Hjelp</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Ignorer</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>Nei til a&amp;lle</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Åpne</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Tilbakestill</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>Gjenopprett standard</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Prøv igjen</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Lagre</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>Lagre alle</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>Ja til &amp;alle</translation>
        </message>
    </context>
    <context>
        <name>QGnomeTheme</name>
        <message>
            <source>&amp;Cancel</source>
            <translation>&amp;Avbryt</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Lukk</translation>
        </message>
        <message>
            <source>&amp;OK</source>
            <translation>&amp;OK</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Lagre</translation>
        </message>
        <message>
            <source>Close without Saving</source>
            <translation>Lukk uten å lagre</translation>
        </message>
    </context>
    <context>
        <name>QDialogButtonBox</name>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <source>About Qt</source>
            <translation>Om Qt</translation>
        </message>
        <message>
            <source>Hide Details...</source>
            <translation>Skjul detaljer …</translation>
        </message>
        <message>
            <source>Show Details...</source>
            <translation>Vis detaljer …</translation>
        </message>
        <message>
            <source>&lt;h3&gt;About Qt&lt;/h3&gt;&lt;p&gt;This program uses Qt version %1.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Om Qt&lt;/h3&gt;&lt;p&gt;Dette programmet bruker Qt versjon %1.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>QErrorMessage</name>
        <message>
            <source>&amp;OK</source>
            <translation>&amp;OK</translation>
        </message>
        <message>
            <source>&amp;Show this message again</source>
            <translation>&amp;Vis denne meldingen igjen</translation>
        </message>
        <message>
            <source>An error occurred</source>
            <translation>Det oppstod en feil</translation>
        </message>
        <message>
            <source>Critical Error:</source>
            <translation>Kritisk feil:</translation>
        </message>
        <message>
            <source>Debug Message:</source>
            <translation>Feilsøkingsmelding:</translation>
        </message>
        <message>
            <source>Fatal Error:</source>
            <translation>Alvorlig feil:</translation>
        </message>
        <message>
            <source>Information:</source>
            <translation>Informasjon:</translation>
        </message>
        <message>
            <source>Warning:</source>
            <translation>Advarsel:</translation>
        </message>
    </context>
    <context>
        <name>QWizard</name>
        <message>
            <source>&amp;Finish</source>
            <translation>&amp;Fullfør</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hjelp</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>&amp;Neste</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>&amp;Neste &gt;</translation>
        </message>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Tilbake</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>Commit</source>
            <translation>Utfør</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Fortsett</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Ferdig</translation>
        </message>
        <message>
            <source>Go Back</source>
            <translation>Gå tilbake</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Hjelp</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Kopier</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Lim inn</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Gjør om</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Angre</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>Klipp &amp;ut</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Slett</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Merk alt</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Kopier</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Lim inn</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Gjør om</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Angre</translation>
        </message>
        <message>
            <source>Copy &amp;Link Location</source>
            <translation>Kopier &amp;lenkeadresse</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>Klipp &amp;ut</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Slett</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Merk alt</translation>
        </message>
    </context>
    <context>
        <name>QAbstractSpinBox</name>
        <message>
            <source>&amp;Select All</source>
            <translation>&amp;Merk alt</translation>
        </message>
        <message>
            <source>&amp;Step up</source>
            <translation>Trinn &amp;opp</translation>
        </message>
        <message>
            <source>Step &amp;down</source>
            <translation>Trinn &amp;ned</translation>
        </message>
    </context>
    <context>
        <name>QComboBox</name>
        <message>
            <source>False</source>
            <translation>Usann</translation>
        </message>
        <message>
            <source>True</source>
            <translation>Sann</translation>
        </message>
        <message>
            <source>Open the combo box selection popup</source>
            <translation>Åpne listen med valg</translation>
        </message>
    </context>
    <context>
        <name>QUnicodeControlCharacterMenu</name>
        <message>
            <source>Insert Unicode control character</source>
            <translation>Sett inn Unicode-kontrolltegn</translation>
        </message>
        <message>
            <source>LRM Left-to-right mark</source>
            <translation>LRM Venstre-til-høyre-merke</translation>
        </message>
        <message>
            <source>RLM Right-to-left mark</source>
            <translation>RLM Høyre-til-venstre-merke</translation>
        </message>
        <message>
            <source>ZWJ Zero width joiner</source>
            <translation>ZWJ Sammenbinder med null bredde</translation>
        </message>
        <message>
            <source>ZWNJ Zero width non-joiner</source>
            <translation>ZWNJ Skiller med null bredde</translation>
        </message>
        <message>
            <source>ZWSP Zero width space</source>
            <translation>ZWSP Mellomrom med null bredde</translation>
        </message>
        <message>
            <source>LRE Start of left-to-right embedding</source>
            <translation>LRE Start på venstre-til-høyre-innbygging</translation>
        </message>
        <message>
            <source>RLE Start of right-to-left embedding</source>
            <translation>RLE Start på høyre-til-venstre-innbygging</translation>
        </message>
        <message>
            <source>LRO Start of left-to-right override</source>
            <translation>LRO Start på venstre-til-høyre-overstyring</translation>
        </message>
        <message>
            <source>RLO Start of right-to-left override</source>
            <translation>RLO Start på høyre-til-venstre-overstyring</translation>
        </message>
        <message>
            <source>PDF Pop directional formatting</source>
            <translation>PDF Avslutt retningsformatering</translation>
        </message>
        <message>
            <source>LRI Left-to-right isolate</source>
            <translation>LRI Venstre-til-høyre-isolering</translation>
        </message>
        <message>
            <source>RLI Right-to-left isolate</source>
            <translation>RLI Høyre-til-venstre-isolering</translation>
        </message>
        <message>
            <source>FSI First strong isolate</source>
            <translation>FSI Isolering etter første sterke tegn</translation>
        </message>
        <message>
            <source>PDI Pop directional isolate</source>
            <translation>PDI Avslutt retningsisolering</translation>
        </message>
    </context>
    <context>
        <name>QScrollBar</name>
        <message>
            <source>Bottom</source>
            <translation>Bunn</translation>
        </message>
        <message>
            <source>Left edge</source>
            <translation>Venstre kant</translation>
        </message>
        <message>
            <source>Page down</source>
            <translation>Side ned</translation>
        </message>
        <message>
            <source>Page left</source>
            <translation>Side til venstre</translation>
        </message>
        <message>
            <source>Page right</source>
            <translation>Side til høyre</translation>
        </message>
        <message>
            <source>Page up</source>
            <translation>Side opp</translation>
        </message>
        <message>
            <source>Right edge</source>
            <translation>Høyre kant</translation>
        </message>
        <message>
            <source>Scroll down</source>
            <translation>Rull ned</translation>
        </message>
        <message>
            <source>Scroll here</source>
            <translation>Rull hit</translation>
        </message>
        <message>
            <source>Scroll left</source>
            <translation>Rull til venstre</translation>
        </message>
        <message>
            <source>Scroll right</source>
            <translation>Rull til høyre</translation>
        </message>
        <message>
            <source>Scroll up</source>
            <translation>Rull opp</translation>
        </message>
        <message>
            <source>Top</source>
            <translation>Topp</translation>
        </message>
    </context>
    <context>
        <name>QTabBar</name>
        <message>
            <source>Scroll Left</source>
            <translation>Rull til venstre</translation>
        </message>
        <message>
            <source>Scroll Right</source>
            <translation>Rull til høyre</translation>
        </message>
    </context>
    <context>
        <name>QDockWidget</name>
        <message>
            <source>Close</source>
            <translation>Lukk</translation>
        </message>
        <message>
            <source>Float</source>
            <translation>Løsne</translation>
        </message>
    </context>
    <context>
        <name>QProgressDialog</name>
        <message>
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
    </context>
    <context>
        <name>QDialog</name>
        <message>
            <source>What's This?</source>
            <translation>Hva er dette?</translation>
        </message>
    </context>
    <context>
        <name>QWhatsThisAction</name>
        <message>
            <source>What's This?</source>
            <translation>Hva er dette?</translation>
        </message>
    </context>
    <context>
        <name>QInputDialog</name>
        <message>
            <source>Enter a value:</source>
            <translation>Skriv inn en verdi:</translation>
        </message>
    </context>
    <context>
        <name>QKeySequenceEdit</name>
        <message>
            <source>Press shortcut</source>
            <translation>Trykk hurtigtast</translation>
        </message>
        <message>
            <source>%1, ...</source>
            <translation>%1, …</translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <source>Computer</source>
            <translation>Datamaskin</translation>
        </message>
        <message>
            <source>Date Modified</source>
            <translation>Endret</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>My Computer</source>
            <translation>Min datamaskin</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Størrelse</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
    </context>
    <context>
        <name>QAbstractFileIconProvider</name>
        <message>
            <source>Alias</source>
            <translation>Alias</translation>
        </message>
        <message>
            <source>Drive</source>
            <translation>Stasjon</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fil</translation>
        </message>
        <message>
            <source>File Folder</source>
            <translation>Filmappe</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>Mappe</translation>
        </message>
        <message>
            <source>Shortcut</source>
            <translation>Snarvei</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Ukjent</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
            <translation>%1
Fant ikke mappen.
Sjekk at mappenavnet er riktig.</translation>
        </message>
        <message>
            <source>%1
File not found.
Please verify the correct file name was given.</source>
            <translation>%1
Fant ikke filen.
Sjekk at filnavnet er riktig.</translation>
        </message>
        <message>
            <source>%1 already exists.
Do you want to replace it?</source>
            <translation>%1 finnes allerede.
Vil du erstatte den?</translation>
        </message>
        <message>
            <source>&amp;Choose</source>
            <translation>&amp;Velg</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Slett</translation>
        </message>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Se i:</translation>
        </message>
        <message>
            <source>&amp;New Folder</source>
            <translation>&amp;Ny mappe</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Åpne</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>&amp;Gi nytt navn</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Lagre</translation>
        </message>
        <message>
            <source>'%1' is write protected.
Do you want to delete it anyway?</source>
            <translation>«%1» er skrivebeskyttet.
Vil du slette den likevel?</translation>
        </message>
        <message>
            <source>All Files (*)</source>
            <translation>Alle filer (*)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Alle filer (*)</translation>
        </message>
        <message>
            <source>Alt+Left</source>
            <translation>Alt+Left</translation>
        </message>
        <message>
            <source>Alt+Right</source>
            <translation>Alt+Right</translation>
        </message>
        <message>
            <source>Alt+Up</source>
            <translation>Alt+Up</translation>
        </message>
        <message>
            <source>Are you sure you want to delete '%1'?</source>
            <translation>Er du sikker på at du vil slette «%1»?</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Tilbake</translation>
        </message>
        <message>
            <source>Change to detail view mode</source>
            <translation>Vis detaljer</translation>
        </message>
        <message>
            <source>Change to list view mode</source>
            <translation>Vis som liste</translation>
        </message>
        <message>
            <source>Could not delete directory.</source>
            <translation>Kunne ikke slette mappen.</translation>
        </message>
        <message>
            <source>Create New Folder</source>
            <translation>Lag ny mappe</translation>
        </message>
        <message>
            <source>Create a New Folder</source>
            <translation>Lag en ny mappe</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Slett</translation>
        </message>
        <message>
            <source>Detail View</source>
            <translation>Detaljer</translation>
        </message>
        <message>
            <source>Directories</source>
            <translation>Mapper</translation>
        </message>
        <message>
            <source>Directory:</source>
            <translation>Mappe:</translation>
        </message>
        <message>
            <source>File &amp;name:</source>
            <translation>Fil&amp;navn:</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Filer</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>Fil&amp;type:</translation>
        </message>
        <message>
            <source>Find Directory</source>
            <translation>Finn mappe</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>Fram</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>Gå tilbake</translation>
        </message>
        <message>
            <source>Go forward</source>
            <translation>Gå fram</translation>
        </message>
        <message>
            <source>Go to the parent directory</source>
            <translation>Gå til mappen over</translation>
        </message>
        <message>
            <source>List View</source>
            <translation>Liste</translation>
        </message>
        <message>
            <source>List of places and bookmarks</source>
            <translation>Steder og bokmerker</translation>
        </message>
        <message>
            <source>New Folder</source>
            <translation>Ny mappe</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Åpne</translation>
        </message>
        <message>
            <source>Parent Directory</source>
            <translation>Mappen over</translation>
        </message>
        <message>
            <source>Recent Places</source>
            <translation>Nylig brukte steder</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Fjern</translation>
        </message>
        <message>
            <source>Save As</source>
            <translation>Lagre som</translation>
        </message>
        <message>
            <source>Show </source>
            <translation>Vis </translation>
        </message>
        <message>
            <source>Show &amp;hidden files</source>
            <translation>Vis &amp;skjulte filer</translation>
        </message>
        <message>
            <source>Sidebar</source>
            <translation>Sidepanel</translation>
        </message>
    </context>
    <context>
        <name>QShortcut</name>
        <message>
            <source>Space</source>
            <translation>Mellomrom</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>Venstre</translation>
        </message>
        <message>
            <source>Right</source>
            <translation>Høyre</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>Opp</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>Ned</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>Home</translation>
        </message>
        <message>
            <source>End</source>
            <translation>End</translation>
        </message>
        <message>
            <source>PgUp</source>
            <translation>PgUp</translation>
        </message>
        <message>
            <source>PgDown</source>
            <translation>PgDown</translation>
        </message>
        <message>
            <source>Backspace</source>
            <translation>Tilbaketast</translation>
        </message>
        <message>
            <source>Ctrl</source>
            <translation>Ctrl</translation>
        </message>
        <message>
            <source>Shift</source>
            <translation>Shift</translation>
        </message>
        <message>
            <source>Alt</source>
            <translation>Alt</translation>
        </message>
        <message>
            <source>Meta</source>
            <translation>Meta</translation>
        </message>
        <message>
            <source>Esc</source>
            <translation>Esc</translation>
        </message>
        <message>
            <source>Del</source>
            <translation>Del</translation>
        </message>
        <message>
            <source>Ins</source>
            <translation>Ins</translation>
        </message>
        <message>
            <source>Return</source>
            <translation>Enter</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>Enter</translation>
        </message>
        <message>
            <source>Tab</source>
            <translation>Tab</translation>
        </message>
        <message>
            <source>Backtab</source>
            <translation>Shift+Tab</translation>
        </message>
        <message>
            <source>F%1</source>
            <translation>F%1</translation>
        </message>
        <message>
            <source>+</source>
            <translation>+</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Print Screen</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Hjelp</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Slett</translation>
        </message>
        <message>
            <source>Insert</source>
            <translation>Insert</translation>
        </message>
        <message>
            <source>Escape</source>
            <translation>Escape</translation>
        </message>
    </context>
    <context>
        <name>QAccessibleActionInterface</name>
        <message>
            <source>Press</source>
            <translation>Trykk</translation>
        </message>
        <message>
            <source>Toggle</source>
            <translation>Slå av/på</translation>
        </message>
        <message>
            <source>SetFocus</source>
            <translation>Sett fokus</translation>
        </message>
        <message>
            <source>ShowMenu</source>
            <translation>Vis meny</translation>
        </message>
        <message>
            <source>Increase</source>
            <translation>Øk</translation>
        </message>
        <message>
            <source>Decrease</source>
            <translation>Reduser</translation>
        </message>
        <message>
            <source>Sets the focus</source>
            <translation>Setter fokus</translation>
        </message>
        <message>
            <source>Shows the menu</source>
            <translation>Viser menyen</translation>
        </message>
        <message>
            <source>Toggles the state</source>
            <translation>Slår av eller på</translation>
        </message>
        <message>
            <source>Triggers the action</source>
            <translation>Utfører handlingen</translation>
        </message>
        <message>
            <source>Increase the value</source>
            <translation>Øker verdien</translation>
        </message>
        <message>
            <source>Decrease the value</source>
            <translation>Reduserer verdien</translation>
        </message>
    </context>
</TS>
