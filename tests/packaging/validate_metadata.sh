#!/bin/sh
# packaging_validate: the desktop integration files pass their validators (appstreamcli,
# desktop-file-validate, update-mime-database), and agree with each other and with the build: one
# application id, the binaries the build installs, the icon files, the project version.
#
#   validate_metadata.sh SOURCE_DIR VERSION GUI_BINARY CLI_BINARY
set -eu

src=$1 version=$2 gui=$3 cli=$4
id=io.github.postwright.Postwright
packaging=$src/packaging
desktop=$packaging/$id.desktop
metainfo=$packaging/$id.metainfo.xml
mime=$packaging/$id.mime.xml
failures=0

fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}
# The value of KEY in the desktop entry (untranslated).
desktop_value() {
    sed -n "s/^$1=//p" "$desktop"
}
xpath() {
    xmllint --xpath "$1" "$metainfo" 2>/dev/null || true
}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# AppStream. The one pedantic note allowed is about the capital P of the id: reverse-DNS ids with
# the application's name capitalised are what Flathub uses, and renaming would change the id.
if ! appstreamcli validate --no-net --pedantic "$metainfo" >"$tmp/appstream" 2>&1; then
    fail "appstreamcli validate failed:"; cat "$tmp/appstream" >&2
elif grep -E '^[EWIP]: ' "$tmp/appstream" | grep -v ': cid-contains-uppercase-letter ' >&2; then
    fail "appstreamcli validate --pedantic has the notes above"
fi

# The desktop entry: no errors, warnings or hints at all.
if ! desktop-file-validate "$desktop" >"$tmp/desktop" 2>&1 || [ -s "$tmp/desktop" ]; then
    fail "desktop-file-validate:"; cat "$tmp/desktop" >&2
fi

# The MIME type: well-formed, accepted by update-mime-database, and blog.yaml maps to it.
if ! xmllint --noout "$mime" 2>"$tmp/xmllint"; then
    fail "xmllint $mime:"; cat "$tmp/xmllint" >&2
fi
mkdir -p "$tmp/mime/packages"
cp "$mime" "$tmp/mime/packages/$id.xml"
if ! update-mime-database "$tmp/mime" >"$tmp/umd" 2>&1 || grep -qiE 'error|warning' "$tmp/umd"; then
    fail "update-mime-database:"; cat "$tmp/umd" >&2
fi
mime_type=$(xmllint --xpath 'string(//*[local-name()="mime-type"]/@type)' "$mime")
grep -qx "80:$mime_type:blog.yaml" "$tmp/mime/globs2" 2>/dev/null ||
    fail "blog.yaml does not map to $mime_type (globs2: $(tail -n +3 "$tmp/mime/globs2" 2>/dev/null))"

# One id everywhere: the metainfo's id and launchable, the desktop file's name and icon.
[ "$(xpath 'string(/component/id)')" = "$id" ] || fail "metainfo <id> is not $id"
[ "$(xpath 'string(/component/launchable[@type="desktop-id"])')" = "$id.desktop" ] ||
    fail "metainfo <launchable> is not $id.desktop"
[ "$(xpath 'string(/component/icon[@type="stock"])')" = "$(desktop_value Icon)" ] ||
    fail "metainfo <icon> and the desktop file's Icon= differ"
[ "$(desktop_value Icon)" = "$id" ] || fail "the desktop file's Icon= is not $id"

# The binaries the build installs: what the metainfo provides and what Exec= starts.
provided=$(xpath '/component/provides/binary/text()' | sort | tr '\n' ' ')
expected=$(printf '%s\n%s\n' "$gui" "$cli" | sort | tr '\n' ' ')
[ "$provided" = "$expected" ] || fail "metainfo <provides> binaries are '$provided', the build installs '$expected'"
exec_line=$(desktop_value Exec)
[ "${exec_line%% *}" = "$gui" ] || fail "Exec= starts '${exec_line%% *}', the GUI binary is '$gui'"
[ "$(desktop_value StartupWMClass)" = "$gui" ] || fail "StartupWMClass= is not '$gui' (Qt's WM_CLASS instance)"

# The MIME type: declared by the desktop file and the metainfo, defined by the MIME file.
case ";$(desktop_value MimeType)" in *";$mime_type;"*) ;; *) fail "the desktop file's MimeType= lacks $mime_type" ;; esac
[ "$(xpath 'string(/component/provides/mediatype)')" = "$mime_type" ] ||
    fail "metainfo <provides><mediatype> is not $mime_type"

# The metainfo's categories are the desktop file's (less the toolkit).
desktop_categories=$(desktop_value Categories | tr ';' '\n' | grep -vx -e '' -e Qt | sort | tr '\n' ' ')
metainfo_categories=$(xpath '/component/categories/category/text()' | sort | tr '\n' ' ')
[ "$desktop_categories" = "$metainfo_categories" ] ||
    fail "categories differ: desktop '$desktop_categories', metainfo '$metainfo_categories'"

# The newest release in the metainfo and in the Debian changelog is the project's version.
[ "$(xpath 'string(/component/releases/release[1]/@version)')" = "$version" ] ||
    fail "the metainfo's newest <release> is not $version (project(VERSION) in CMakeLists.txt)"
head -n 1 "$packaging/debian/changelog" | grep -q "^postwright ($version) " ||
    fail "packaging/debian/changelog does not start with version $version"

# The Flatpak manifest (not built here: its runtimes come from Flathub) is valid YAML with the same id
# and command, the permissions the app needs (the keychain, the network, the blog folders, a display)
# and no more than those, and a module building this source tree without its tests.
python3 - "$packaging/$id.yml" "$id" >"$tmp/flatpak" 2>&1 <<'PY' || { fail "the Flatpak manifest:"; cat "$tmp/flatpak" >&2; }
import sys, yaml
path, app_id = sys.argv[1], sys.argv[2]
with open(path, encoding="utf-8") as f:
    m = yaml.safe_load(f)
problems = []
if m.get("id") != app_id:
    problems.append(f"id is {m.get('id')!r}, not {app_id!r}")
if m.get("command") != "postwright":
    problems.append(f"command is {m.get('command')!r}, not 'postwright'")
if m.get("runtime") != "org.kde.Platform" or m.get("sdk") != "org.kde.Sdk":
    problems.append("runtime/sdk are not the KDE (Qt) runtime")
args = set(m.get("finish-args") or [])
needed = {"--share=network", "--talk-name=org.freedesktop.secrets", "--filesystem=home",
          "--socket=wayland", "--socket=fallback-x11", "--share=ipc"}
for arg in sorted(needed - args):
    problems.append(f"finish-args lack {arg}")
allowed = needed | {"--device=dri", "--talk-name=org.kde.kwalletd5", "--talk-name=org.kde.kwalletd6"}
for arg in sorted(a for a in args if a not in allowed and not a.startswith("--env=")):
    problems.append(f"finish-args grant {arg}, which the app does not need")
modules = m.get("modules") or []
names = [mod.get("name") for mod in modules if isinstance(mod, dict)]
if not names or names[-1] != "postwright":
    problems.append("the last module is not postwright")
else:
    app = modules[-1]
    if "-DPOSTWRIGHT_BUILD_TESTS=OFF" not in (app.get("config-opts") or []):
        problems.append("the postwright module builds the tests")
    if not any(s.get("type") == "dir" and s.get("path") == ".." for s in app.get("sources") or []):
        problems.append("the postwright module does not build this source tree (type: dir, path: ..)")
for mod in modules[:-1]:
    for s in mod.get("sources") or []:
        if s.get("type") == "git" and not (s.get("tag") or s.get("commit")):
            problems.append(f"module {mod.get('name')} follows a branch, not a tag or commit")
if problems:
    print("\n".join(problems))
    sys.exit(1)
PY

# The icons: the SVG is well-formed and each PNG has the size of its folder.
xmllint --noout "$packaging/icons/$id.svg" 2>"$tmp/svg" || { fail "the SVG icon:"; cat "$tmp/svg" >&2; }
for size in 16 24 32 48 64 128 256 512; do
    png=$packaging/icons/hicolor/${size}x${size}/apps/$id.png
    file "$png" | grep -q "PNG image data, $size x $size," || fail "$png is not a ${size}x$size PNG"
done

if [ "$failures" -gt 0 ]; then
    echo "packaging_validate: $failures check(s) failed" >&2
    exit 1
fi
echo "packaging_validate: appstream, desktop entry, MIME type, icons and the Flatpak manifest are valid and agree"
