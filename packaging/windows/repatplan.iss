; Inno Setup 6.3+ script: the Windows installer of repatplan, from the PyInstaller folder
; dist\repatplan (built by `pyinstaller packaging\repatplan.spec`, see docs\install.md).
;
;   iscc /DAppVersion=0.1.0 packaging\windows\repatplan.iss
;
; writes dist\repatplan-0.1.0-setup.exe. It installs for the current user, without
; administrator rights, into %LOCALAPPDATA%\Programs\repatplan (an administrator may choose "all
; users", or pass /ALLUSERS, to install into Program Files). Silent: /VERYSILENT /SUPPRESSMSGBOXES.
; Databases, backups and settings are never in the program folder: an uninstall keeps them.

#ifndef AppVersion
  #error Give the version: iscc /DAppVersion=X.Y.Z (from `dist\repatplan\repatplan.exe --version`)
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\repatplan"
#endif

[Setup]
; the AppId identifies the installation for upgrades and the uninstaller: never change it
AppId={{6F1C2B7E-4E8A-4C53-9D0B-2A7C5E1F9B34}
AppName=repatplan
AppVersion={#AppVersion}
AppVerName=repatplan {#AppVersion}
AppPublisher=repatplan
VersionInfoVersion={#AppVersion}
VersionInfoProductName=repatplan
VersionInfoDescription=repatplan installer
; per user without administrator rights by default; "all users" offered in a dialog and by /ALLUSERS
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
DefaultDirName={autopf}\repatplan
DefaultGroupName=repatplan
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
SetupIconFile=..\..\resources\icons\repatplan.ico
UninstallDisplayIcon={app}\repatplan-gui.exe
UninstallDisplayName=repatplan {#AppVersion}
OutputDir=..\..\dist
OutputBaseFilename=repatplan-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; an upgrade replaces the files of the running app only after it is closed
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; the whole one-folder bundle: both executables and _internal\
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; an upgrade starts from a clean _internal\ (no module of an older version left behind)
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\repatplan"; Filename: "{app}\repatplan-gui.exe"; WorkingDir: "{userdocs}"; Comment: "Plan cross-border repatriation transfers"
Name: "{autodesktop}\repatplan"; Filename: "{app}\repatplan-gui.exe"; WorkingDir: "{userdocs}"; Tasks: desktopicon

[Run]
Filename: "{app}\repatplan-gui.exe"; Description: "{cm:LaunchProgram,repatplan}"; Flags: nowait postinstall skipifsilent
