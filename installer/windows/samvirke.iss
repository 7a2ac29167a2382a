; Samvirke for Windows: an installer for one user, without administrator rights.
;
; Made by installer/build-windows.ps1, which builds the program folder with PyInstaller
; (installer/samvirke.spec) and then runs Inno Setup 6 with the version from pyproject.toml:
;   ISCC.exe /DAppVersion=0.1.0 /DAppNumericVersion=0.1.0 /DSourceDir=C:\...\dist\Samvirke /OC:\...\dist installer\windows\samvirke.iss
;
; The program goes to %LOCALAPPDATA%\Programs\Samvirke. What the user makes lives elsewhere and
; is never touched by an update or an uninstall:
;   databases, demo and logs   %LOCALAPPDATA%\Samvirke   (platformdirs user_data_dir/user_log_dir)
;   settings of this PC        %APPDATA%\Samvirke\Samvirke.ini
;   the team's database        wherever the team put it (often a shared folder), with its
;                              <name>-sikkerhetskopier folder beside it

#ifndef AppVersion
  #error Give the version: ISCC /DAppVersion=x.y.z (installer/build-windows.ps1 reads it from pyproject.toml)
#endif
#ifndef AppNumericVersion
  ; Windows' file version takes numbers only (0.2.0, not 0.2.0rc1).
  #define AppNumericVersion AppVersion
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\Samvirke"
#endif
#define AppName "Samvirke"
#define AppExe "Samvirke.exe"

[Setup]
; The AppId ties updates and the uninstaller to one program: never change it.
AppId={{62C3A1BD-366E-4621-A7CE-C4B9AA57D845}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
AppComments=Beboere, aktiviteter, oppmøte, frivillige og tilskudd for bo- og nærmiljøteam
VersionInfoVersion={#AppNumericVersion}
VersionInfoProductVersion={#AppNumericVersion}
VersionInfoProductTextVersion={#AppVersion}
; Per user, no administrator rights: {autopf} is then %LOCALAPPDATA%\Programs.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DisableDirPage=auto
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputBaseFilename=samvirke-{#AppVersion}-oppsett
SetupIconFile=..\..\resources\icons\samvirke.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
; An open Samvirke is closed (after asking) before its files are replaced.
CloseApplications=yes
RestartApplications=no
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=no

[Languages]
Name: "nb"; MessagesFile: "compiler:Languages\Norwegian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; The previous version's program files go first, so no old module lingers beside the new ones.
; Only the program folder's own parts: user data is never in {app}.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; IconFilename: "{app}\{#AppExe}"; Comment: "Beboere, aktiviteter, oppmøte, frivillige og tilskudd"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; IconFilename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete]: the uninstaller removes only what this installer put in {app}. The
; databases, backups, settings and logs stay, so a reinstall finds everything again.

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent then
    MsgBox('Samvirke er fjernet fra denne PC-en.' + #13#10#13#10 +
           'Databasene, sikkerhetskopiene og innstillingene dine er ikke slettet. ' +
           'De ligger i ' + ExpandConstant('{localappdata}\Samvirke') +
           ' og i mappen der teamets database ligger, og blir funnet igjen hvis du ' +
           'installerer Samvirke på nytt.', mbInformation, MB_OK);
end;
