# Builds the signed Windows release of the Allo Industrie console: the programs with MSVC, the Qt
# files windeployqt picks, QtKeychain, OpenSSL and the VC++ runtime beside them, everything signed
# with a timestamp, then the MSI from Product.wxs, signed too.
#
# Runs on Windows only (the release workflow, .github/workflows/release-windows.yml), from a
# "Developer PowerShell for VS 2022" (cl.exe, VCToolsRedistDir) with CMake, Ninja, WiX 3.14 and
# signtool on the PATH. It cannot run on the Linux machine the project is developed on; there,
# tests/packaging/msi_check.sh compiles the same Product.wxs with wixl over placeholder files.
#
# The signing certificate is a PFX file whose password is read from $env:SIGNING_PFX_PASSWORD, so
# it never appears on a command line or in a log. -SkipSigning builds an unsigned MSI for a trial.
param(
    [Parameter(Mandatory = $true)][string]$QtDir,        # e.g. C:\Qt\6.4.2\msvc2019_64
    [Parameter(Mandatory = $true)][string]$KeychainDir,  # QtKeychain's install prefix
    [string]$OpenSslDir = "C:\Program Files\OpenSSL",
    [string]$BuildDir = "build-windows",
    [string]$OutDir = "dist",
    [string]$PfxFile = "",
    [string]$TimestampUrl = "http://timestamp.digicert.com",
    [switch]$SkipSigning
)
$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest
$root = (Resolve-Path "$PSScriptRoot\..\..").Path
$here = $PSScriptRoot

# The arguments are not repeated in the message: signtool's include the PFX password.
function Invoke-Checked([string]$exe, [string[]]$arguments) {
    & $exe @arguments
    if ($LASTEXITCODE -ne 0) { throw "$(Split-Path -Leaf $exe) $($arguments[0]) failed (exit $LASTEXITCODE)." }
}

function Find-Tool([string]$name, [string[]]$hints) {
    $cmd = Get-Command $name -ErrorAction SilentlyContinue
    if ($cmd) { return $cmd.Source }
    foreach ($hint in $hints) {
        if ($hint -and (Test-Path (Join-Path $hint $name))) { return (Join-Path $hint $name) }
    }
    throw "$name was not found: install it or put its folder on the PATH."
}

if (-not $env:VCToolsRedistDir) {
    throw "VCToolsRedistDir is not set: run this script from a Developer PowerShell for VS 2022."
}
$windeployqt = Find-Tool "windeployqt.exe" @("$QtDir\bin")
$wixBin = if ($env:WIX) { Join-Path $env:WIX "bin" } else { "" }
$heat = Find-Tool "heat.exe" @($wixBin)
$candle = Find-Tool "candle.exe" @($wixBin)
$light = Find-Tool "light.exe" @($wixBin)
if (-not $SkipSigning) {
    $signtool = Find-Tool "signtool.exe" @()
    if (-not $PfxFile -or -not (Test-Path $PfxFile)) { throw "The signing certificate (-PfxFile) was not found." }
    if (-not $env:SIGNING_PFX_PASSWORD) { throw "SIGNING_PFX_PASSWORD is not set: it holds the PFX password." }
}

# The version comes from the one place it is written: project() in CMakeLists.txt.
$match = Select-String -Path "$root\CMakeLists.txt" -Pattern 'project\(\S+ VERSION (\d+\.\d+\.\d+)'
if (-not $match) { throw "No version found in CMakeLists.txt." }
$version = $match.Matches[0].Groups[1].Value

# 1. The programs.
Invoke-Checked cmake @("-S", $root, "-B", $BuildDir, "-G", "Ninja", "-DCMAKE_BUILD_TYPE=Release",
    "-DCMAKE_PREFIX_PATH=$QtDir;$KeychainDir", "-DOPENSSL_ROOT_DIR=$OpenSslDir")
Invoke-Checked cmake @("--build", $BuildDir, "--target", "allo-console", "allo-cli", "allo-sandbox")

# 2. The staged folder: exactly what the MSI installs.
$stage = Join-Path $BuildDir "stage"
if (Test-Path $stage) { Remove-Item -Recurse -Force $stage }
New-Item -ItemType Directory $stage | Out-Null
foreach ($exe in "allo-console.exe", "allo-cli.exe", "allo-sandbox.exe") {
    Copy-Item (Join-Path $BuildDir "bin\$exe") $stage
}
# The runtime is copied below as DLLs: an MSI cannot run vc_redist.x64.exe itself.
Invoke-Checked $windeployqt @("--release", "--no-compiler-runtime", "--no-opengl-sw",
    "--translations", "fr,en", "--dir", $stage,
    "$stage\allo-console.exe", "$stage\allo-cli.exe", "$stage\allo-sandbox.exe")
Copy-Item "$KeychainDir\bin\qt6keychain.dll" $stage
# OpenSSL 3: libcrypto for the sandbox's certificates, both for Qt's OpenSSL TLS backend.
foreach ($dll in "libcrypto-3-x64.dll", "libssl-3-x64.dll") {
    $path = Get-ChildItem -Path $OpenSslDir -Recurse -Filter $dll | Select-Object -First 1
    if (-not $path) { throw "$dll was not found under ${OpenSslDir}: install OpenSSL 3 (64-bit)." }
    Copy-Item $path.FullName $stage
}
$crt = Get-ChildItem "$env:VCToolsRedistDir\x64" -Directory -Filter "Microsoft.VC*.CRT" | Select-Object -First 1
if (-not $crt) { throw "The VC++ runtime was not found under $env:VCToolsRedistDir\x64." }
Copy-Item "$($crt.FullName)\*.dll" $stage

# Every file the MSI must hold (packaging/windows/payload.txt and this tool chain's
# payload-msvc.txt, also used by the Linux test).
$missing = Get-Content "$here\payload.txt", "$here\payload-msvc.txt" |
    Where-Object { $_ -and -not $_.StartsWith("#") } |
    Where-Object { -not (Test-Path (Join-Path $stage $_)) }
if ($missing) { throw "The staged folder lacks: $($missing -join ', ')" }

# 3. Signatures with a timestamp, so they stay valid after the certificate expires. Files signed
# already (Microsoft's runtime) keep their own signature.
function Set-Signature([string[]]$files, [string]$description) {
    Invoke-Checked $signtool (@("sign", "/f", $PfxFile, "/p", $env:SIGNING_PFX_PASSWORD,
        "/fd", "sha256", "/tr", $TimestampUrl, "/td", "sha256", "/d", $description) + $files)
    Invoke-Checked $signtool (@("verify", "/pa", "/all") + $files)
}
if (-not $SkipSigning) {
    $unsigned = Get-ChildItem $stage -Recurse -Include *.exe, *.dll |
        Where-Object { (Get-AuthenticodeSignature $_.FullName).Status -ne "Valid" } |
        ForEach-Object { $_.FullName }
    Set-Signature $unsigned "Allo Industrie Console"
}

# 4. The MSI: Payload.wxs is harvested from the staged folder, Product.wxs is shared with the test.
$obj = Join-Path $BuildDir "wix"
New-Item -ItemType Directory -Force $obj | Out-Null
Invoke-Checked $heat @("dir", $stage, "-nologo", "-cg", "Payload", "-dr", "INSTALLDIR", "-srd",
    "-ag", "-sfrag", "-sreg", "-scom", "-var", "var.SourceDir", "-out", "$obj\Payload.wxs")
Invoke-Checked $candle @("-nologo", "-arch", "x64", "-dVersion=$version", "-dSourceDir=$stage",
    "-out", "$obj\", "$here\Product.wxs", "$obj\Payload.wxs")
New-Item -ItemType Directory -Force $OutDir | Out-Null
$msi = Join-Path $OutDir "allo-console-$version-x64.msi"
Invoke-Checked $light @("-nologo", "-out", $msi, "$obj\Product.wixobj", "$obj\Payload.wixobj")
if (-not $SkipSigning) { Set-Signature @($msi) "Allo Industrie Console $version" }

Get-FileHash -Algorithm SHA256 $msi |
    ForEach-Object { "$($_.Hash.ToLower())  $(Split-Path -Leaf $_.Path)" } |
    Set-Content -Encoding ascii (Join-Path $OutDir "SHA256SUMS-windows")
Write-Host "Built $msi"
