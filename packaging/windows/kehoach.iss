; Inno Setup 6 script: a per-user installer of the folder that `pyinstaller build.spec` makes.
; Commune officers have no administrator rights, so it installs into their own
; %LOCALAPPDATA%\Programs\KeHoachCDS, with a Start menu shortcut and (if ticked) a desktop
; shortcut to kehoach.exe; uninstalling leaves their data (%LOCALAPPDATA%\kehoach-cds) alone.
;
; Build it on Windows, after `pyinstaller build.spec` (README.md, "Đóng gói cho Windows"):
;   iscc packaging\windows\kehoach.iss     ->  dist\kehoach-setup-<version>.exe
; The version is read from dist\kehoach\kehoach.exe (build.spec gives it pyproject's version).
;
; Languages: English (Inno Setup's own). Inno Setup ships no Vietnamese: its unofficial
; Vietnamese.isl (jrsoftware.org/files/istrans/) can be put beside this script and the line
; under [Languages] uncommented. The app itself speaks Vietnamese whatever the installer does.
; This file is UTF-8 with a byte order mark, so that ISCC reads the Vietnamese name right.

#define AppName "Kế hoạch CĐS Desktop"
#define AppExe "kehoach.exe"
#define Bundle AddBackslash(SourcePath) + "..\..\dist\kehoach"
#define AppVersion GetVersionNumbersString(Bundle + "\" + AppExe)
#if AppVersion == ""
  #error "dist\kehoach\kehoach.exe is missing or has no version: run pyinstaller build.spec first"
#endif

[Setup]
AppId={{3B0E6C1D-5A7F-4E2B-9C8D-1F4A6B2E7D90}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
DefaultDirName={localappdata}\Programs\KeHoachCDS
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
PrivilegesRequired=lowest
UsedUserAreasWarning=no
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=kehoach-setup-{#AppVersion}
SetupIconFile=..\..\resources\icons\kehoach.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
; Name: "vietnamese"; MessagesFile: "Vietnamese.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
; The whole folder, but never a portable data\ folder someone made in dist\kehoach (their store).
Source: "..\..\dist\kehoach\*"; DestDir: "{app}"; Excludes: "\data"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An update replaces the bundled libraries rather than mixing two versions of them.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#StringChange(AppName, '&', '&&')}}"; Flags: nowait postinstall skipifsilent
