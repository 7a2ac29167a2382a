# Build Samvirke for Windows: the program folder (PyInstaller), its self-test, and the installer
# (Inno Setup 6) that installs for one user without administrator rights.
#
#   powershell -ExecutionPolicy Bypass -File installer\build-windows.ps1 [-NoSelfTest] [-NoInstaller]
#
# Needs Python 3.11 or newer (py launcher or python on PATH) and, for the installer, Inno Setup 6
# (for example: winget install JRSoftware.InnoSetup). The version comes from pyproject.toml.
# Result: dist\Samvirke\ (Samvirke.exe, samvirke-cli.exe) and dist\samvirke-VERSION-oppsett.exe.
param(
    [switch]$NoSelfTest,
    [switch]$NoInstaller
)
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")

function Invoke-Checked {
    param([string]$What, [scriptblock]$Command)
    & $Command
    if ($LASTEXITCODE -ne 0) { throw "$What feilet (kode $LASTEXITCODE)." }
}

# The project's own environment with PyInstaller (the build extra) and the PostgreSQL driver.
$python = ".venv\Scripts\python.exe"
if (-not (Test-Path $python)) {
    if (Get-Command py -ErrorAction SilentlyContinue) {
        Invoke-Checked "Å lage .venv" { py -3 -m venv .venv }
    } else {
        Invoke-Checked "Å lage .venv" { python -m venv .venv }
    }
}
Invoke-Checked "pip" { & $python -m pip install -q --disable-pip-version-check --upgrade pip }
Invoke-Checked "Installasjonen av Samvirke" { & $python -m pip install -q --disable-pip-version-check -e ".[build,postgres]" }

$version = & $python -c "import tomllib; print(tomllib.load(open('pyproject.toml', 'rb'))['project']['version'])"
$numeric = & $python -c "import re, tomllib; v = tomllib.load(open('pyproject.toml', 'rb'))['project']['version']; print('.'.join(re.findall(r'\d+', v)[:4]))"
$dist = Join-Path (Get-Location) "dist"
$bundle = Join-Path $dist "Samvirke"

Write-Host "Bygger Samvirke $version for Windows i $bundle ..."
$watch = [System.Diagnostics.Stopwatch]::StartNew()
Invoke-Checked "PyInstaller" { & $python -m PyInstaller --noconfirm --log-level WARN --distpath $dist --workpath build\pyinstaller installer\samvirke.spec }
Write-Host ("Bygget på {0:N0} s." -f $watch.Elapsed.TotalSeconds)

if (-not $NoSelfTest) {
    # The console twin of the program, so the one-line answer and the exit code are seen.
    $env:QT_QPA_PLATFORM = "offscreen"
    Invoke-Checked "Selvtesten" { & (Join-Path $bundle "samvirke-cli.exe") --self-test }
    Remove-Item Env:QT_QPA_PLATFORM
}

if ($NoInstaller) { return }
$iscc = (Get-Command ISCC.exe -ErrorAction SilentlyContinue).Source
if (-not $iscc) {
    foreach ($candidate in @("${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe",
                             "$env:ProgramFiles\Inno Setup 6\ISCC.exe",
                             "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe")) {
        if (Test-Path $candidate) { $iscc = $candidate; break }
    }
}
if (-not $iscc) {
    throw "Fant ikke Inno Setup 6 (ISCC.exe). Installer det (winget install JRSoftware.InnoSetup) og kjør skriptet på nytt, eller bruk -NoInstaller."
}
Invoke-Checked "Inno Setup" { & $iscc "/DAppVersion=$version" "/DAppNumericVersion=$numeric" "/DSourceDir=$bundle" "/O$dist" installer\windows\samvirke.iss }
Write-Host "Installasjonsprogrammet: $(Join-Path $dist "samvirke-$version-oppsett.exe")"
