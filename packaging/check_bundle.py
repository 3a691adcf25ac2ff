"""Check a built bundle (dist/kehoach/) the way a commune PC would meet it: nothing installed.

    python3 packaging/check_bundle.py [dist/kehoach] [--build-seconds S] [--no-gui]

Run by packaging/check_bundle.sh after ``pyinstaller build.spec``; Linux only. Every run of the
bundle gets a scrubbed environment (``env -i``: no PYTHONHOME/PYTHONPATH, no virtualenv, no
DISPLAY) and a working folder outside the checkout. It checks:

1. size: the folder is under 250 MB;
2. version: ``kehoach --version`` and ``kehoach-cli --version`` print pyproject's version;
3. libraries: every library a bundled binary links is in the bundle, or is one of the C, zlib,
   OpenGL and X libraries that every Linux desktop has (PyInstaller leaves those out on purpose);
4. no Python from this machine, twice over:
   - under ``strace``, the demo, the report as PDF, .docx and .xlsx, the plan workbook exported
     and imported, a PAdES signature (pdfsig verifies it), and the desktop app offscreen open
     no file of this machine's Python (its stdlib, site-packages, any ``/usr/lib/python3*``) nor
     of the source checkout, not even to look for one, run no other program, and load the
     bundle's own libpython;
   - in a chroot holding only a copy of the bundle and the C libraries it links (no Python at
     all), the bundle prints its version, builds the demo and writes the quarterly PDF;
5. the PDF embeds the bundled Liberation Serif and no other font (no Helvetica);
6. portable mode: with a ``data`` folder beside the executable the store goes there; ``--data-dir``
   and ``$KEHOACH_DATA_DIR`` still win; without it, the user data folder (platformdirs) is used.

Exit 0 when all hold; otherwise the first failure, on one line, and exit 1.
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import time
import tomllib
from glob import glob
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
MAX_MB = 250
QUARTER = "2026-Q4"
#: Libraries the bundle may take from the machine: glibc, zlib (PyInstaller's bootloader links
#: it before it has set the bundle's library path), and the graphics stack PyInstaller leaves
#: out on purpose (it must match the machine's drivers).
SYSTEM_LIBRARIES = re.compile(
    r"^(ld-linux[-\w.]*\.so\.\d+|lib(c|m|dl|pthread|rt|resolv|util|z)\.so\.\d+|"
    r"lib(GL|EGL|GLX|OpenGL|GLdispatch|xcb)\.so\.\d+)$"
)


class CheckFailed(Exception):
    pass


def check(condition: bool, message: str) -> None:
    if not condition:
        raise CheckFailed(message)


def ok(message: str) -> None:
    print(f"ok  {message}", flush=True)


def scrubbed_env(home: Path, **extra: str) -> dict[str, str]:
    """What ``env -i`` leaves, plus a home of our own and no display."""
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}
    env.update(extra)
    home.mkdir(parents=True, exist_ok=True)
    return env


def run(args: list[str], env: dict[str, str], cwd: Path, timeout: float = 300) -> str:
    """Run a command of the bundle; its stdout, or CheckFailed with its stderr."""
    done = subprocess.run(
        args, env=env, cwd=cwd, capture_output=True, text=True, timeout=timeout, check=False
    )
    if done.returncode != 0:
        raise CheckFailed(
            f"{' '.join(args)} exited {done.returncode}: {done.stderr.strip() or done.stdout}"
        )
    return done.stdout


def timed(args: list[str], env: dict[str, str], cwd: Path) -> tuple[str, float]:
    start = time.perf_counter()
    out = run(args, env, cwd)
    return out, time.perf_counter() - start


def pyproject_version() -> str:
    text = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)["project"]["version"]


def size_mb(folder: Path) -> float:
    total = sum(
        path.lstat().st_size for path in folder.rglob("*") if path.is_file() or path.is_symlink()
    )
    return total / 2**20


def elf_files(folder: Path) -> list[Path]:
    found = []
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def needed_libraries(path: Path) -> list[str]:
    out = subprocess.run(
        ["readelf", "-d", str(path)], capture_output=True, text=True, check=False
    ).stdout
    return re.findall(r"\(NEEDED\).*\[(.+?)\]", out)


def check_libraries(bundle: Path) -> None:
    names = {path.name for path in bundle.rglob("*")}
    missing = {}
    for elf in elf_files(bundle):
        # The executables start before the bundle's library path is set: system ones only.
        bundled = names if elf.parent != bundle else set()
        for lib in needed_libraries(elf):
            if lib not in bundled and not SYSTEM_LIBRARIES.match(lib):
                missing.setdefault(lib, str(elf.relative_to(bundle)))
    check(not missing, f"libraries neither bundled nor basic system ones: {missing}")
    ok("every library a bundled binary links is bundled (or is glibc, zlib, OpenGL or xcb)")


def python_places() -> list[str]:
    """Folders of this machine's Python installations, and the source checkout."""
    places = {sysconfig.get_paths()[key] for key in ("stdlib", "platstdlib", "purelib", "platlib")}
    places |= {sys.prefix + "/lib", sys.base_prefix + "/lib"} - {"/usr/lib", "/usr/local/lib"}
    places |= set(glob("/usr/lib/python3*")) | set(glob("/usr/local/lib/python3*"))
    places |= set(glob("/usr/lib/x86_64-linux-gnu/libpython3*"))
    places.add(str(REPO / "kehoach_desktop"))
    places.add(str(REPO / "resources"))
    places.add(str(REPO / "translations"))
    return sorted(p.rstrip("/") for p in places if p)


Call = tuple[str, str, bool]  # syscall, path, succeeded


def traced(args: list[str], env: dict[str, str], cwd: Path, log: Path) -> tuple[str, list[Call]]:
    """Run under strace; stdout, and every file call and exec: (syscall, path, succeeded)."""
    strace = ["strace", "-f", "-qq", "-s", "4096", "-e", "trace=%file,execve", "-o", str(log)]
    out = run(strace + args, env, cwd)
    calls = []
    for line in log.read_text(encoding="utf-8", errors="replace").splitlines():
        match = re.match(r"^\d+\s+(\w+)\((?:AT_FDCWD, |\d+, )?\"([^\"]*)\"", line)
        if match:
            failed = re.search(r"= -1 \w+", line) is not None
            calls.append((match.group(1), match.group(2), not failed))
    return out, calls


def check_no_system_python(calls: list[Call], bundle: Path, what: str) -> None:
    """Not one look (even a failed one) at this machine's Python; libpython from the bundle."""
    places = python_places()
    touched = sorted(
        {
            path
            for _call, path, _ok in calls
            for place in places
            if path == place or path.startswith(place + "/")
        }  # fmt: skip
    )
    check(not touched, f"{what} touched this machine's Python or the checkout: {touched[:10]}")
    programs = {path for call, path, _ok in calls if call == "execve"}
    ours = {str(bundle / "kehoach"), str(bundle / "kehoach-cli")}
    check(programs <= ours, f"{what} ran other programs: {sorted(programs - ours)}")
    libpython = {(path, done) for _call, path, done in calls if "libpython3" in path}
    check(
        any(done and path.startswith(f"{bundle}/_internal/") for path, done in libpython),
        f"{what} did not load the bundle's libpython (saw {sorted(libpython)})",
    )
    outside = sorted(path for path, _done in libpython if not path.startswith(f"{bundle}/"))
    check(not outside, f"{what} looked for a libpython outside the bundle: {outside}")


def check_pdf_fonts(pdf: Path) -> None:
    check(pdf.is_file() and pdf.read_bytes()[:5] == b"%PDF-", f"no PDF at {pdf}")
    out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    rows = [line.split() for line in out.splitlines()[2:] if line.strip()]
    check(bool(rows), f"{pdf.name} has no fonts")
    for row in rows:
        name, emb = row[0], row[-5]
        check("LiberationSerif" in name, f"{pdf.name} uses {name}, not the bundled font")
        check(emb == "yes", f"{pdf.name}: {name} is not embedded")
    check("Helvetica" not in out, f"{pdf.name} names Helvetica")
    ok(f"{pdf.name}: {len(rows)} faces of Liberation Serif, all embedded, no Helvetica")


def make_p12(folder: Path, password: str) -> Path:
    """A throw-away signing certificate (openssl) for ``kehoach sign``."""
    key, cert, p12 = folder / "key.pem", folder / "cert.pem", folder / "signer.p12"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key),
         "-out", str(cert), "-days", "30", "-subj", "/CN=Kiem tra dong goi"],
        check=True, capture_output=True,
    )  # fmt: skip
    subprocess.run(
        ["openssl", "pkcs12", "-export", "-inkey", str(key), "-in", str(cert), "-out", str(p12),
         "-passout", f"pass:{password}"],
        check=True, capture_output=True,
    )  # fmt: skip
    return p12


def check_every_output_traced(cli: Path, env: dict[str, str], work: Path) -> list[Call]:
    """Under strace: the demo, the report in each format, the plan workbook read back, and a
    signature (pyHanko, cryptography, fontTools, python-docx templates, openpyxl, lxml).
    Returns the file calls of all of them."""
    store = work / "traced-store"
    out = work / "traced"
    out.mkdir()
    password = "dong-goi"
    p12 = make_p12(out, password)
    steps = [
        ["--version"],
        ["--data-dir", str(store), "demo"],
        *(["--data-dir", str(store), "report", "--period", QUARTER, "--format", fmt,
           "-o", str(out / f"q4.{fmt}")] for fmt in ("pdf", "docx", "xlsx")),  # fmt: skip
        ["--data-dir", str(store), "export-plan", "-o", str(out / "plan.xlsx")],
        ["--data-dir", str(work / "other-store"), "import", str(out / "plan.xlsx"), "--dry-run"],
        ["--data-dir", str(store), "sign", str(out / "q4.pdf"), "-o", str(out / "signed.pdf"),
         "--p12", str(p12)],
    ]  # fmt: skip
    calls: list[Call] = []
    sign_env = {**env, "KEHOACH_SIGN_PIN": password}
    for step in steps:
        calls += traced([str(cli), *step], sign_env, work, work / "strace.log")[1]
    for name in ("q4.docx", "q4.xlsx", "plan.xlsx"):
        check((out / name).read_bytes()[:2] == b"PK", f"{name} is not an Office file")
    check_pdf_fonts(out / "q4.pdf")
    verdict = subprocess.run(
        ["pdfsig", str(out / "signed.pdf")], capture_output=True, text=True, check=False
    ).stdout
    check("Signature is Valid" in verdict, f"the signed PDF does not verify: {verdict}")
    ok("report as PDF, .docx and .xlsx, the plan workbook exported and read back, and a PAdES "
       "signature that pdfsig verifies")  # fmt: skip
    return calls


def check_portable(usb: Path, work: Path) -> None:
    """Precedence of the data folder on a copy of the bundle (as on a USB stick)."""
    cli = str(usb / "kehoach-cli")
    data = usb / "data"
    home = work / "home-portable"
    env = scrubbed_env(home)
    # No data folder: the user data folder (XDG on Linux).
    run([cli, "demo"], env, work)
    user_store = home / ".local" / "share" / "kehoach-cds" / "kehoach.sqlite3"
    check(user_store.is_file(), f"without data/ beside the executable, no store at {user_store}")
    shutil.rmtree(home)
    # A data folder beside the executable: the store goes there, and nothing in the home.
    data.mkdir()
    home.mkdir()
    out = run([cli, "demo"], env, work)
    check((data / "kehoach.sqlite3").is_file(), f"portable mode: no store in {data} ({out})")
    check(not any(home.rglob("kehoach.sqlite3")), "portable mode also wrote in the home folder")
    tasks = run([cli, "tasks", "--json"], env, work)
    check(tasks.lstrip().startswith("[") and "content" in tasks, "tasks --json read nothing")
    # $KEHOACH_DATA_DIR and --data-dir still come first.
    run([cli, "demo"], scrubbed_env(home, KEHOACH_DATA_DIR=str(work / "env-store")), work)
    check((work / "env-store" / "kehoach.sqlite3").is_file(), "$KEHOACH_DATA_DIR lost to data/")
    run([cli, "--data-dir", str(work / "arg-store"), "demo"], env, work)
    check((work / "arg-store" / "kehoach.sqlite3").is_file(), "--data-dir lost to data/")
    shutil.rmtree(data)
    ok("portable mode: --data-dir, then $KEHOACH_DATA_DIR, then data/ beside the executable, "
       "then the user data folder")  # fmt: skip


def build_root(bundle_copy: Path, root: Path) -> None:
    """A root file system: the bundle at /app and the system libraries it links, nothing else."""
    app = root / "app"
    shutil.move(str(bundle_copy), app)
    wanted: set[str] = set()
    search = f"{app / '_internal'}:{app / '_internal' / 'PySide6' / 'Qt' / 'lib'}"
    for elf in elf_files(app):
        env = {"PATH": "/usr/bin:/bin"}
        if elf.parent != app:  # the bootloader re-executes itself with the library path set
            env["LD_LIBRARY_PATH"] = search
        out = subprocess.run(["ldd", str(elf)], capture_output=True, text=True, env=env).stdout
        for path in re.findall(r"(/\S+) \(0x", out):
            if not path.startswith(str(app)):
                wanted.add(path)
    for path in sorted(wanted):
        target = root / path.lstrip("/")
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(os.path.realpath(path), target)
    for folder in ("tmp", "work", "home"):
        (root / folder).mkdir(exist_ok=True)
    (root / "tmp").chmod(0o1777)
    pythons = [
        str(p.relative_to(root)) for p in root.rglob("*python*") if not p.is_relative_to(app)
    ]
    check(not pythons, f"the chroot holds Python files: {pythons}")


def chroot_command() -> list[str] | None:
    """chroot as root, or inside a user namespace; None when neither is possible."""
    chroot, unshare = shutil.which("chroot"), shutil.which("unshare")
    if chroot is None:
        return None
    if os.geteuid() == 0:
        return [chroot]
    if unshare is None:
        return None
    probe = subprocess.run([unshare, "-r", "true"], capture_output=True, check=False)
    return [unshare, "-r", chroot] if probe.returncode == 0 else None


def check_in_chroot(bundle: Path, work: Path, version: str) -> None:
    command = chroot_command()
    if command is None:
        print("SKIP the chroot without Python: neither root nor user namespaces here", flush=True)
        return
    root = work / "root"
    copy = work / "copy"
    shutil.copytree(bundle, copy, symlinks=True)
    build_root(copy, root)
    env = {"HOME": "/home", "PATH": "/app", "LANG": "C.UTF-8"}
    inside = [*command, str(root)]
    out = run([*inside, "/app/kehoach", "--version"], env, work)
    check(out.strip() == f"kehoach {version}", f"in the chroot: --version said {out!r}")
    run([*inside, "/app/kehoach-cli", "--data-dir", "/work/store", "demo"], env, work)
    run([*inside, "/app/kehoach-cli", "--data-dir", "/work/store", "report", "--period", QUARTER,
         "--format", "pdf", "-o", "/work/q4.pdf"], env, work)  # fmt: skip
    check_pdf_fonts(root / "work" / "q4.pdf")
    # What a double-click does with no display: demo store, then the current quarter's report,
    # here in the portable data folder.
    (root / "app" / "data").mkdir()
    out = run([*inside, "/app/kehoach"], env, work)
    written = re.findall(r"(/app/data/\S+\.pdf)", out)
    check(bool(written) and (root / written[-1].lstrip("/")).is_file(), f"headless run: {out}")
    libs = sum(1 for p in root.rglob("*") if p.is_file() and not p.is_relative_to(root / "app"))
    ok(f"in a chroot with no Python ({libs} system libraries besides the bundle): version, "
       "demo, quarterly PDF, and the headless double-click into data/")  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("bundle", nargs="?", default=str(REPO / "dist" / "kehoach"))
    parser.add_argument("--build-seconds", type=float, default=None)
    parser.add_argument("--no-gui", action="store_true", help="skip the desktop app offscreen")
    args = parser.parse_args()
    bundle = Path(args.bundle).resolve()
    app, cli = bundle / "kehoach", bundle / "kehoach-cli"
    version = pyproject_version()
    figures = {}
    work = Path(tempfile.mkdtemp(prefix="kehoach-bundle-"))
    try:
        check(app.is_file() and cli.is_file(), f"{bundle} lacks kehoach and kehoach-cli")
        mb = size_mb(bundle)
        check(mb < MAX_MB, f"{bundle} is {mb:.0f} MB, over {MAX_MB} MB")
        figures["size"] = f"{mb:.0f} MB"
        ok(f"{bundle.name}/ is {mb:.0f} MB (< {MAX_MB})")

        env = scrubbed_env(work / "home")
        for exe in (app, cli):
            out, seconds = timed([str(exe), "--version"], env, work)
            check(out.strip() == f"kehoach {version}", f"{exe.name} --version said {out!r}")
            figures[f"{exe.name} --version"] = f"{seconds:.2f} s"
        ok(f"kehoach and kehoach-cli --version print 'kehoach {version}'")

        check_libraries(bundle)

        store = work / "store"
        _out, demo_s = timed([str(cli), "--data-dir", str(store), "demo"], env, work)
        pdf = work / "q4.pdf"
        _out, report_s = timed(
            [str(cli), "--data-dir", str(store), "report", "--period", QUARTER, "--format", "pdf",
             "-o", str(pdf)], env, work)  # fmt: skip
        figures["demo"] = f"{demo_s:.2f} s"
        figures[f"report {QUARTER} pdf"] = f"{report_s:.2f} s"
        check_pdf_fonts(pdf)

        calls = check_every_output_traced(cli, env, work)
        check_no_system_python(calls, bundle, "the command line")
        ok(f"strace: the command line made {len(calls)} file calls, none of this machine's "
           "Python or the checkout; libpython came from the bundle")  # fmt: skip

        if not args.no_gui:
            shots = work / "shots"
            gui_env = scrubbed_env(work / "home", QT_QPA_PLATFORM="offscreen")
            start = time.perf_counter()
            _out, calls = traced(
                [str(app), "--data-dir", str(store), "--screenshots", str(shots),
                 "--language", "en"], gui_env, work, work / "strace-gui.log")  # fmt: skip
            figures["desktop app, every page (traced)"] = f"{time.perf_counter() - start:.1f} s"
            pictures = sorted(shots.glob("*.png"))
            check(len(pictures) >= 3, f"the desktop app took {len(pictures)} screenshots")
            check(all(p.stat().st_size > 10_000 for p in pictures), "an empty screenshot")
            check_no_system_python(calls, bundle, "the desktop app")
            ok(f"desktop app offscreen in English (widgets, charts, translations): "
               f"{len(pictures)} pages; strace: no Python but the bundle's")  # fmt: skip

        usb = work / "usb" / "kehoach"
        shutil.copytree(bundle, usb, symlinks=True)
        check_portable(usb, work)
        shutil.rmtree(usb.parent)

        check_in_chroot(bundle, work, version)
    except CheckFailed as failure:
        print(f"FAILED  {failure}", file=sys.stderr)
        print(f"(kept {work} for a look)", file=sys.stderr)
        return 1
    if args.build_seconds is not None:
        figures = {"build": f"{args.build_seconds:.0f} s", **figures}
    print("figures: " + ", ".join(f"{k} {v}" for k, v in figures.items()))
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
