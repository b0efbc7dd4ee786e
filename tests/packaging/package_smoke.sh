#!/bin/bash
# package_smoke: the .deb that CPack builds from this build folder declares its dependencies, holds
# the installed files and nothing else, and works from where it is installed: extracted into a
# temporary root, its postwright-cli prints its version and builds the sample blog, and its
# postwright opens the sample blog's blog.yaml in a window and quits cleanly, with no path back
# into the build tree.
#
#   package_smoke.sh BUILD_DIR SOURCE_DIR VERSION CPACK
#
# Needs dpkg-deb and dpkg-shlibdeps (dpkg-dev), readelf, xdotool and an X display (DISPLAY, as
# under xvfb-run; without one it starts its own Xvfb).
set -euo pipefail

build=$1 src=$2 version=$3 cpack=$4
id=io.github.postwright.Postwright
started=$SECONDS

fail() {
    echo "FAIL: $*" >&2
    exit 1
}
step() {
    echo "package_smoke [$((SECONDS - started)) s]: $*"
}

tmp=$(mktemp -d /tmp/postwright-package-smoke.XXXXXX)
gui_pid=
xvfb_pid=
cleanup() {
    # Only what this script started: the GUI's process group (it and its QtWebEngineProcess
    # children) and our own Xvfb.
    if [ -n "$gui_pid" ] && kill -0 "$gui_pid" 2>/dev/null; then
        kill -TERM -- "-$gui_pid" 2>/dev/null || true
        sleep 1
        kill -KILL -- "-$gui_pid" 2>/dev/null || true
    fi
    if [ -n "$xvfb_pid" ]; then
        kill "$xvfb_pid" 2>/dev/null || true
    fi
    rm -rf "$tmp"
}
trap cleanup EXIT

for tool in dpkg-deb dpkg-shlibdeps readelf xdotool; do
    command -v "$tool" >/dev/null || fail "$tool is missing (scripts/dev deps installs it)"
done
for binary in ui/postwright app/cli/postwright-cli; do
    [ -x "$build/$binary" ] || fail "$build/$binary is not built (cpack installs the built binaries)"
done

# --- The package ------------------------------------------------------------------------------
step "cpack -G DEB"
if ! (cd "$build" && "$cpack" -G DEB -B "$tmp/cpack") >"$tmp/cpack.log" 2>&1; then
    cat "$tmp/cpack.log" >&2
    fail "cpack -G DEB failed"
fi
debs=("$tmp"/cpack/*.deb)
if [ ${#debs[@]} -ne 1 ] || [ ! -f "${debs[0]}" ]; then
    fail "cpack made no single .deb: $(ls "$tmp/cpack")"
fi
deb=${debs[0]}
step "built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"

# The control fields: name, version, architecture, and dependencies both found by dpkg-shlibdeps
# (the libraries linked) and declared by hand (what is loaded at run time).
field() {
    dpkg-deb -f "$deb" "$1"
}
[ "$(field Package)" = postwright ] || fail "Package is '$(field Package)'"
[ "$(field Version)" = "$version" ] || fail "Version is '$(field Version)', project(VERSION) is $version"
[ "$(field Architecture)" = "$(dpkg --print-architecture)" ] || fail "Architecture is '$(field Architecture)'"
[ -n "$(field Maintainer)" ] || fail "no Maintainer"
depends=", $(field Depends),"
for package in libc6 libqt6core6 libqt6gui6 libqt6widgets6 libqt6webenginecore6 libqt6webenginewidgets6 \
    libqt6keychain1 libqt6webenginecore6-bin libsecret-1-0 libjs-katex libjs-highlight.js; do
    case "$depends" in
        *", $package,"* | *", $package ("*) ;;
        *) fail "Depends lacks $package (dpkg-shlibdeps missing, or a hand-declared one dropped): $depends" ;;
    esac
done

# The files: exactly the installed ones (in particular no test executable).
dpkg-deb -c "$deb" | awk '$1 !~ /^d/ { print $6 }' | sed 's|^\./|/|' | sort >"$tmp/files"
{
    printf '%s\n' /usr/bin/postwright /usr/bin/postwright-cli \
        "/usr/share/applications/$id.desktop" "/usr/share/metainfo/$id.metainfo.xml" \
        "/usr/share/mime/packages/$id.xml" "/usr/share/icons/hicolor/scalable/apps/$id.svg" \
        /usr/share/man/man1/postwright.1.gz /usr/share/man/man1/postwright-cli.1.gz \
        /usr/share/doc/postwright/copyright /usr/share/doc/postwright/changelog.gz
    for size in 16 24 32 48 64 128 256 512; do
        echo "/usr/share/icons/hicolor/${size}x${size}/apps/$id.png"
    done
} | sort >"$tmp/expected"
if ! diff -u "$tmp/expected" "$tmp/files" >"$tmp/files.diff"; then
    cat "$tmp/files.diff" >&2
    fail "the package's files differ from the expected list (- missing, + unexpected)"
fi
step "control fields, dependencies and $(wc -l <"$tmp/files") files as expected"

# --- Installed: extracted into a temporary root --------------------------------------------
root=$tmp/root
dpkg-deb -x "$deb" "$root"
runpaths=
for binary in postwright postwright-cli; do
    path=$root/usr/bin/$binary
    # CMake drops the build tree's RPATH on install; nothing may point back into the build
    # (today neither binary has one: postwright-core is static, every other library a system one).
    runpath=$(readelf -d "$path" | sed -n 's/.*(R\(UN\)\{0,1\}PATH).*\[\(.*\)\]/\2/p')
    case "$runpath" in
        *"$build"* | *"$src"*) fail "$binary has RPATH/RUNPATH '$runpath' into the build or source tree" ;;
    esac
    runpaths+=" $binary: '${runpath:-none}'"
    if libraries=$(env -u LD_LIBRARY_PATH ldd "$path"); then
        if grep -F -e "$build" -e "$src" <<<"$libraries" >&2; then
            fail "$binary loads libraries from the build or source tree (above)"
        fi
        if grep 'not found' <<<"$libraries" >&2; then
            fail "$binary needs libraries that are not installed (above)"
        fi
    else
        fail "ldd $binary failed"
    fi
done
step "no RPATH into the build tree (RUNPATH of$runpaths), every library found"

# A clean environment: a fresh home, nothing inherited that could point at the build tree.
home=$tmp/home
mkdir -p "$home/.config" "$home/.local/share" "$home/.cache" "$tmp/runtime"
chmod 700 "$tmp/runtime"
clean_env=(env -i PATH=/usr/bin:/bin LANG=C.UTF-8 HOME="$home" XDG_CONFIG_HOME="$home/.config"
    XDG_DATA_HOME="$home/.local/share" XDG_CACHE_HOME="$home/.cache" XDG_RUNTIME_DIR="$tmp/runtime")

# The CLI: its version, and a build of the sample blog.
out=$("${clean_env[@]}" "$root/usr/bin/postwright-cli" --version) || fail "postwright-cli --version exited with $?"
[ "$out" = "postwright-cli $version" ] || fail "postwright-cli --version printed '$out', expected 'postwright-cli $version'"
out=$("${clean_env[@]}" "$root/usr/bin/postwright" --version) || fail "postwright --version exited with $?"
[ "$out" = "postwright $version" ] || fail "postwright --version printed '$out', expected 'postwright $version'"
cp -r "$src/resources/sample-blog" "$tmp/cli-blog"
if ! "${clean_env[@]}" "$root/usr/bin/postwright-cli" build "$tmp/cli-blog" --out "$tmp/site" >"$tmp/build.log" 2>&1; then
    cat "$tmp/build.log" >&2
    fail "postwright-cli build of the sample blog failed"
fi
[ -f "$tmp/site/index.html" ] || fail "postwright-cli build wrote no index.html: $(cat "$tmp/build.log")"
step "postwright-cli --version and build work ($(tail -n 1 "$tmp/build.log"))"

# --- The GUI, from the installed files --------------------------------------------------------
if [ -z "${DISPLAY:-}" ]; then
    # Our own X server on a free display, which it picks and reports (-displayfd).
    Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp 3>"$tmp/display" 2>"$tmp/xvfb.log" &
    xvfb_pid=$!
    for _ in $(seq 50); do
        [ -s "$tmp/display" ] && break
        sleep 0.2
    done
    [ -s "$tmp/display" ] || fail "Xvfb did not start: $(cat "$tmp/xvfb.log")"
    DISPLAY=:$(cat "$tmp/display")
    export DISPLAY
    unset XAUTHORITY
fi
gui_env=("${clean_env[@]}" DISPLAY="$DISPLAY" QT_QPA_PLATFORM=xcb)
[ -n "${XAUTHORITY:-}" ] && gui_env+=(XAUTHORITY="$XAUTHORITY")
[ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ] && gui_env+=(DBUS_SESSION_BUS_ADDRESS="$DBUS_SESSION_BUS_ADDRESS")
# Chromium's sandbox cannot start as root.
[ "$(id -u)" -eq 0 ] && gui_env+=(QTWEBENGINE_DISABLE_SANDBOX=1)

# The blog's settings file, as the desktop entry passes it (Exec=postwright %f): the GUI opens
# the blog around it.
cp -r "$src/resources/sample-blog" "$tmp/gui-blog"
title=$(sed -n 's/^title: *"\(.*\)" *$/\1/p' "$tmp/gui-blog/blog.yaml")
[ -n "$title" ] || fail "no title in the sample blog's blog.yaml"
step "starting the installed postwright on $DISPLAY"
set -m # its own process group, so that cleanup can end it with its helper processes
"${gui_env[@]}" "$root/usr/bin/postwright" "$tmp/gui-blog/blog.yaml" >"$tmp/gui.log" 2>&1 &
gui_pid=$!
set +m
gui_log() {
    echo "--- postwright's output:" >&2
    cat "$tmp/gui.log" >&2
}

windows=$(timeout 90 xdotool search --sync --onlyvisible --pid "$gui_pid" --name 'Postwright' 2>/dev/null) || {
    gui_log
    kill -0 "$gui_pid" 2>/dev/null || fail "postwright exited before showing a window"
    fail "no visible Postwright window within 90 s"
}
window=$(head -n 1 <<<"$windows")
exe=$(readlink "/proc/$gui_pid/exe")
[ "$exe" = "$root/usr/bin/postwright" ] || fail "the running postwright is $exe, not the installed one"
step "window $window is up: '$(xdotool getwindowname "$window")'"

# The title names the blog (openBlog sets it before the window is shown; allow a moment anyway).
for _ in $(seq 20); do
    name=$(xdotool getwindowname "$window")
    [[ $name == *"$title"* ]] && break
    sleep 0.5
done
[[ $name == *"$title"* ]] || { gui_log; fail "the window title '$name' does not name the blog '$title'"; }
# The desktop entry's StartupWMClass matches the window's WM_CLASS.
xdotool search --classname '^postwright$' | grep -qx "$window" ||
    fail "the window's WM_CLASS is not 'postwright' (StartupWMClass in the desktop entry)"

# Quit as a user would: File > Quit (Ctrl+Q) in the focused window. There is no window manager
# to give it the focus, so xdotool does.
sleep 2 # let the preview's renderer start, so quitting also shuts Qt WebEngine down
xdotool windowfocus --sync "$window"
xdotool key --clearmodifiers ctrl+q
for _ in $(seq 60); do
    kill -0 "$gui_pid" 2>/dev/null || break
    sleep 0.5
done
if kill -0 "$gui_pid" 2>/dev/null; then
    gui_log
    fail "postwright did not exit within 30 s of Ctrl+Q"
fi
status=0
wait "$gui_pid" || status=$?
gui_pid=
[ "$status" -eq 0 ] || { gui_log; fail "postwright exited with status $status after Ctrl+Q"; }
step "postwright quit cleanly (exit 0)"
echo "package_smoke: passed in $((SECONDS - started)) s"
