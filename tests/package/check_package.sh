#!/usr/bin/env bash
# Usage: check_package.sh CPACK BUILD_DIR VERSION WORK_DIR
# Builds the Linux packages from BUILD_DIR into WORK_DIR, extracts the .deb
# into a throwaway root (nothing is installed on the system) and checks it.
set -euo pipefail

cpack=$1 build=$2 version=$3 work=$4
app_id=io.github.invsync.InvSync
failures=0

fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
skip() { echo "SKIP: $*"; }
have() { command -v "$1" >/dev/null 2>&1; }

if ! have dpkg-deb; then
    echo "SKIP: dpkg-deb is not installed; the .deb cannot be built or checked"
    exit 77
fi

rm -rf "$work"
mkdir -p "$work"
cd "$build"

echo "== cpack (DEB, TGZ)"
if ! "$cpack" --config "$build/CPackConfig.cmake" -G "DEB;TGZ" -B "$work" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log"
    echo "FAIL: cpack did not build the packages"
    exit 1
fi

deb=$(find "$work" -maxdepth 1 -name "invsync_${version}_*.deb" | head -n 1)
tgz=$(find "$work" -maxdepth 1 -name "invsync-${version}-*.tar.gz" | head -n 1)
[ -n "$deb" ] || { cat "$work/cpack.log"; echo "FAIL: no invsync_${version}_*.deb"; exit 1; }
[ -n "$tgz" ] || { cat "$work/cpack.log"; echo "FAIL: no invsync-${version}-*.tar.gz"; exit 1; }
echo "$(basename "$deb"): $(stat -c %s "$deb") bytes"
echo "$(basename "$tgz"): $(stat -c %s "$tgz") bytes"

echo "== control"
dpkg-deb -f "$deb" Package Version Architecture Section Priority Depends Recommends Installed-Size
depends=$(dpkg-deb -f "$deb" Depends)
for pkg in libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6svg6 libc6; do
    grep -Eq "(^|, )$pkg( |,|$)" <<<"$depends" || fail "Depends does not name $pkg"
done
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "Version is not $version"
[ -n "$(dpkg-deb -f "$deb" Section)" ] || fail "no Section"
# A description with a synopsis and an extended part.
[ "$(dpkg-deb -f "$deb" Description | wc -l)" -ge 3 ] || fail "Description has no extended text"

# Every dependency must be satisfiable on this Debian: by the version installed
# here (the build needs the same libraries) or at least by a known package.
IFS=',' read -ra dep_items <<<"$depends"
for item in "${dep_items[@]}"; do
    item=${item# }
    name=${item%% *}
    installed=$(dpkg-query -W -f='${Status} ${Version}' "$name" 2>/dev/null | sed -n 's/^install ok installed //p')
    if [ -n "$installed" ]; then
        if [[ $item =~ \(([<>=]+)\ ([^\)]+)\) ]]; then
            op=${BASH_REMATCH[1]} want=${BASH_REMATCH[2]}
            case $op in '>=') op=ge ;; '<=') op=le ;; '>>') op=gt ;; '<<') op=lt ;; '=') op=eq ;; esac
            dpkg --compare-versions "$installed" "$op" "$want" \
                || fail "dependency \"$item\" is not met by $name $installed"
        fi
    elif ! { have apt-cache && apt-cache show "$name" >/dev/null 2>&1; }; then
        fail "dependency $name is not a package of this system"
    fi
done

root="$work/root"
dpkg-deb -x "$deb" "$root"

# Plugins are loaded at run time, so dpkg-shlibdeps cannot see them: with
# Qt SQL linked, the SQLite driver (the only one the app uses) must be named.
if readelf -d "$root/usr/bin/invsync" 2>/dev/null | grep -q 'libQt6Sql\.so'; then
    grep -Eq "(^|, )libqt6sql6-sqlite( |,|$)" <<<"$depends" \
        || fail "invsync links Qt SQL but Depends does not name libqt6sql6-sqlite"
fi

echo "== files"
expect=(
    usr/bin/invsync
    "usr/share/applications/$app_id.desktop"
    "usr/share/metainfo/$app_id.metainfo.xml"
    "usr/share/icons/hicolor/scalable/apps/$app_id.svg"
    usr/share/doc/invsync/copyright
    usr/share/doc/invsync/changelog.gz
    usr/share/man/man1/invsync.1.gz
    usr/share/invsync/translations/invsync_es.qm
    usr/share/invsync/translations/invsync_pt_BR.qm
)
for size in 16 24 32 48 64 128 256; do
    expect+=("usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
for f in "${expect[@]}"; do
    [ -s "$root/$f" ] || fail "the .deb has no $f"
done

# The release notes people read name this version.
if [ -f "$root/usr/share/doc/invsync/changelog.gz" ]; then
    gzip -dc "$root/usr/share/doc/invsync/changelog.gz" | head -n 1 | grep -q "^invsync ($version)" \
        || fail "changelog.gz does not start with version $version"
fi
grep -q "<release version=\"$version\"" "$root/usr/share/metainfo/$app_id.metainfo.xml" 2>/dev/null \
    || fail "the metainfo has no release $version"

# Each PNG has the size its directory names (PNG IHDR: width, height at byte 16).
png_size() { od -An -tu1 -j16 -N8 "$1" | awk '{ print $3 * 256 + $4 "x" $7 * 256 + $8 }'; }
for size in 16 24 32 48 64 128 256; do
    png="$root/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
    [ -f "$png" ] || continue
    got=$(png_size "$png")
    [ "$got" = "${size}x${size}" ] || fail "$png is $got"
done

if readelf -d "$root/usr/bin/invsync" 2>/dev/null | grep -Eq 'RPATH|RUNPATH'; then
    fail "usr/bin/invsync has an RPATH/RUNPATH"
fi
if readelf -S "$root/usr/bin/invsync" 2>/dev/null | grep -q '\.symtab'; then
    fail "usr/bin/invsync is not stripped"
fi

echo "== invsync --version"
out=$("$root/usr/bin/invsync" --version 2>&1) || fail "invsync --version exited with $?"
echo "$out"
grep -qx "invsync $version" <<<"$out" || fail "invsync --version does not print \"invsync $version\""

echo "== desktop-file-validate"
if have desktop-file-validate; then
    desktop-file-validate "$root/usr/share/applications/$app_id.desktop" \
        || fail "desktop-file-validate"
else
    skip "desktop-file-validate is not installed (desktop-file-utils)"
fi

echo "== appstreamcli validate"
if have appstreamcli; then
    appstreamcli validate --no-net --no-color "$root/usr/share/metainfo/$app_id.metainfo.xml" \
        || fail "appstreamcli validate"
else
    skip "appstreamcli is not installed (appstream)"
fi

echo "== lintian"
if have lintian; then
    lintian_args=(--tag-display-limit 0)
    [ "$(id -u)" -eq 0 ] && lintian_args+=(--allow-root)
    # lintian's own exit code also counts warnings; only E: lines fail the test.
    lintian "${lintian_args[@]}" "$deb" >"$work/lintian.log" 2>&1 || true
    cat "$work/lintian.log"
    if grep -q '^E:' "$work/lintian.log"; then
        fail "lintian reports errors"
    fi
    if grep -Eq "^(internal error|Cannot|Can't)" "$work/lintian.log"; then
        fail "lintian did not run"
    fi
else
    skip "lintian is not installed"
fi

echo "== tar.gz"
tgz_root="$work/tgz"
mkdir -p "$tgz_root"
tar -xzf "$tgz" -C "$tgz_root"
top=$(find "$tgz_root" -mindepth 1 -maxdepth 1 -type d | head -n 1)
for f in bin/invsync "share/applications/$app_id.desktop" "share/metainfo/$app_id.metainfo.xml" \
    "share/icons/hicolor/scalable/apps/$app_id.svg" "share/icons/hicolor/48x48/apps/$app_id.png" \
    share/doc/invsync/copyright; do
    [ -s "$top/$f" ] || fail "the .tar.gz has no $f"
done
if [ -x "$top/bin/invsync" ]; then
    tout=$("$top/bin/invsync" --version 2>&1) || fail "invsync --version from the .tar.gz exited with $?"
    grep -qx "invsync $version" <<<"$tout" || fail "the .tar.gz's invsync --version printed: $tout"
fi

if [ "$failures" -ne 0 ]; then
    echo "$failures check(s) failed"
    exit 1
fi
echo "all package checks passed"
