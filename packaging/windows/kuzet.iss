; Inno Setup 6 script: the Windows installer for Kuzet.
;
;   iscc /DAppVersion=0.1.0 packaging\windows\kuzet.iss
;
; Packs the one-folder PyInstaller build (packaging\dist\kuzet, made by
; `pyinstaller packaging\kuzet.spec` on Windows) into dist\Kuzet-<version>-setup.exe.
; Installs per user by default (no administrator rights needed; the officer may choose
; all users). The firm's data lives in %APPDATA%\Kuzet and is never touched by the
; installer or the uninstaller.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6F1C2B7E-4E0B-4C8D-9A53-4B7D0C3A9E21}
AppName=Kuzet
AppVersion={#AppVersion}
AppVerName=Kuzet {#AppVersion}
AppPublisher=Kuzet
AppComments=Offline compliance desk for licensed crypto firms and mining operators in Kazakhstan
DefaultDirName={autopf}\Kuzet
DefaultGroupName=Kuzet
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist
OutputBaseFilename=Kuzet-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\kuzet.ico
UninstallDisplayIcon={app}\Kuzet.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "russian"; MessagesFile: "compiler:Languages\Russian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\dist\kuzet\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Kuzet"; Filename: "{app}\Kuzet.exe"
Name: "{autodesktop}\Kuzet"; Filename: "{app}\Kuzet.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\Kuzet.exe"; Description: "{cm:LaunchProgram,Kuzet}"; Flags: nowait postinstall skipifsilent
