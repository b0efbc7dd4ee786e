#include "util/libraryversions.h"

#include "site/buildoptions.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <cmark-gfm.h>
#include <curl/curl.h>
#include <git2/common.h>
#include <zip.h>

// Header-only libraries: their own version constants (dtl asks to be included through dtl.hpp).
#include <toml++/impl/version.h>

#include <dtl/dtl.hpp>

// Versions only the build knows (pkg-config, the header's comment, Debian's package database),
// defined for this file by app/CMakeLists.txt; empty when the build could not tell.
#ifndef POSTWRIGHT_YAMLCPP_VERSION
#define POSTWRIGHT_YAMLCPP_VERSION ""
#endif
#ifndef POSTWRIGHT_GUMBO_VERSION
#define POSTWRIGHT_GUMBO_VERSION ""
#endif
#ifndef POSTWRIGHT_HUNSPELL_VERSION
#define POSTWRIGHT_HUNSPELL_VERSION ""
#endif
#ifndef POSTWRIGHT_QTKEYCHAIN_VERSION
#define POSTWRIGHT_QTKEYCHAIN_VERSION ""
#endif
#ifndef POSTWRIGHT_MUSTACHE_VERSION
#define POSTWRIGHT_MUSTACHE_VERSION ""
#endif
#ifndef POSTWRIGHT_HIGHLIGHTJS_VERSION
#define POSTWRIGHT_HIGHLIGHTJS_VERSION ""
#endif
#ifndef POSTWRIGHT_KATEX_VERSION
#define POSTWRIGHT_KATEX_VERSION ""
#endif

namespace Postwright {

namespace {

QString str(const char *text)
{
    return text ? QString::fromUtf8(text) : QString();
}

// "libssh2/1.10.0" -> {"libssh2", "1.10.0"}
std::pair<QString, QString> splitNameVersion(const char *text)
{
    const QString both = str(text);
    const qsizetype slash = both.indexOf(u'/');
    if (slash < 0)
        return {both, QString()};
    return {both.left(slash), both.mid(slash + 1)};
}

QString libgit2Version()
{
    int major = 0;
    int minor = 0;
    int revision = 0;
    if (git_libgit2_version(&major, &minor, &revision) != 0)
        return {};
    return QStringLiteral("%1.%2.%3").arg(major).arg(minor).arg(revision);
}

// libcurl's own version and what it was built with for SSH and TLS: the publishing transports
// see those libraries only through curl.
void addCurl(QList<LibraryVersions::Library> &libraries)
{
    const curl_version_info_data *info = curl_version_info(CURLVERSION_NOW);
    libraries.append({QStringLiteral("libcurl"), str(info->version), QStringLiteral("curl"),
                      LibraryVersions::tr("SFTP and FTP publishing"), QStringLiteral("https://curl.se/")});
    if (const auto [name, version] = splitNameVersion(info->libssh_version); name == u"libssh2") {
        libraries.append({name, version, QStringLiteral("BSD-3-Clause"),
                          LibraryVersions::tr("SSH for SFTP publishing (through libcurl)"),
                          QStringLiteral("https://libssh2.org/")});
    } else if (name == u"libssh") {
        libraries.append({name, version, QStringLiteral("LGPL-2.1-or-later"),
                          LibraryVersions::tr("SSH for SFTP publishing (through libcurl)"),
                          QStringLiteral("https://www.libssh.org/")});
    }
    // Only the TLS libraries Debian builds curl with; another one is still named by libcurl's
    // version above.
    if (const auto [name, version] = splitNameVersion(info->ssl_version); name == u"OpenSSL") {
        libraries.append(
            {name, version,
             version.startsWith(u"1.") ? QStringLiteral("OpenSSL") : QStringLiteral("Apache-2.0"),
             LibraryVersions::tr("Encrypted connections (through libcurl)"),
             QStringLiteral("https://www.openssl.org/")});
    } else if (name == u"GnuTLS") {
        libraries.append({name, version, QStringLiteral("LGPL-2.1-or-later"),
                          LibraryVersions::tr("Encrypted connections (through libcurl)"),
                          QStringLiteral("https://www.gnutls.org/")});
    }
}

// KaTeX and highlight.js are not linked: the preview and the built site load Debian's files.
// Whether they are there is a run-time question; KaTeX's file also names its version.
void addScripts(QList<LibraryVersions::Library> &libraries)
{
    const BuildOptions defaults;
    const QString katexScript = defaults.katexPath + QStringLiteral("/katex.min.js");
    QFile katex(katexScript);
    LibraryVersions::Library katexEntry{QStringLiteral("KaTeX"), QString(), QStringLiteral("MIT"),
                                        LibraryVersions::tr("Math in the preview and the built site"),
                                        QStringLiteral("https://katex.org/")};
    if (katex.open(QIODevice::ReadOnly)) {
        katexEntry.version = LibraryVersions::versionFromKatexScript(katex.readAll());
        if (katexEntry.version.isEmpty())
            katexEntry.version = QStringLiteral(POSTWRIGHT_KATEX_VERSION);
    } else {
        katexEntry.available = false;
    }
    libraries.append(katexEntry);

    libraries.append({QStringLiteral("highlight.js"), QStringLiteral(POSTWRIGHT_HIGHLIGHTJS_VERSION),
                      QStringLiteral("BSD-3-Clause"),
                      LibraryVersions::tr("Code highlighting in the preview and the built site"),
                      QStringLiteral("https://highlightjs.org/"),
                      QFileInfo::exists(defaults.highlightJsPath)});
}

} // namespace

QList<LibraryVersions::Library> LibraryVersions::core()
{
    QList<Library> libraries;
    libraries.append({QStringLiteral("Qt"), str(qVersion()), QStringLiteral("LGPL-3.0-only"),
                      tr("Application framework"), QStringLiteral("https://www.qt.io/")});
    libraries.append({QStringLiteral("cmark-gfm"), str(cmark_version_string()),
                      QStringLiteral("BSD-2-Clause"), tr("Markdown to HTML, with GitHub's extensions"),
                      QStringLiteral("https://github.com/github/cmark-gfm")});
    libraries.append({QStringLiteral("yaml-cpp"), QStringLiteral(POSTWRIGHT_YAMLCPP_VERSION),
                      QStringLiteral("MIT"), tr("Front matter and blog settings in YAML"),
                      QStringLiteral("https://github.com/jbeder/yaml-cpp")});
    libraries.append({QStringLiteral("toml++"),
                      QStringLiteral("%1.%2.%3").arg(TOML_LIB_MAJOR).arg(TOML_LIB_MINOR).arg(TOML_LIB_PATCH),
                      QStringLiteral("MIT"), tr("Hugo's TOML configuration and front matter"),
                      QStringLiteral("https://marzer.github.io/tomlplusplus/")});
    libraries.append({QStringLiteral("Mustache (kainjow)"), QStringLiteral(POSTWRIGHT_MUSTACHE_VERSION),
                      QStringLiteral("BSL-1.0"), tr("The built-in theme's templates"),
                      QStringLiteral("https://github.com/kainjow/Mustache")});
    libraries.append({QStringLiteral("Gumbo"), QStringLiteral(POSTWRIGHT_GUMBO_VERSION),
                      QStringLiteral("Apache-2.0"), tr("Reading HTML: the sanitiser and imported posts"),
                      QStringLiteral("https://github.com/google/gumbo-parser")});
    libraries.append({QStringLiteral("dtl"), str(dtl::version.c_str()), QStringLiteral("BSD-3-Clause"),
                      tr("Comparing two versions of a post"),
                      QStringLiteral("https://github.com/cubicdaiya/dtl")});
    libraries.append({QStringLiteral("Hunspell"), QStringLiteral(POSTWRIGHT_HUNSPELL_VERSION),
                      QStringLiteral("MPL-1.1 OR GPL-2.0-or-later OR LGPL-2.1-or-later"),
                      tr("Spell checking"), QStringLiteral("https://hunspell.github.io/")});
    libraries.append({QStringLiteral("libgit2"), libgit2Version(),
                      QStringLiteral("GPL-2.0-only WITH GCC-exception-2.0"), tr("Publishing to git branches"),
                      QStringLiteral("https://libgit2.org/")});
    addCurl(libraries);
    libraries.append({QStringLiteral("libzip"), str(zip_libzip_version()), QStringLiteral("BSD-3-Clause"),
                      tr("Zip archives of the built site"), QStringLiteral("https://libzip.org/")});
    libraries.append({QStringLiteral("QtKeychain"), QStringLiteral(POSTWRIGHT_QTKEYCHAIN_VERSION),
                      QStringLiteral("BSD-3-Clause"), tr("Passwords in the system keychain"),
                      QStringLiteral("https://github.com/frankosterfeld/qtkeychain")});
    addScripts(libraries);
    return libraries;
}

QString LibraryVersions::report(const QList<Library> &libraries)
{
    QString text;
    for (const Library &library : libraries) {
        QString version = library.version.isEmpty() ? tr("version unknown") : library.version;
        if (!library.available)
            version = tr("not installed");
        text += library.name + u' ' + version + u'\n';
    }
    return text;
}

QString LibraryVersions::versionFromKatexScript(const QByteArray &script)
{
    static const QRegularExpression pattern(QStringLiteral("version\\s*:\\s*\"(\\d+\\.\\d+(?:\\.\\d+)?)\""));
    // Latin-1 is enough for the pattern and costs nothing on a 270 KB script.
    const QRegularExpressionMatch match = pattern.match(QString::fromLatin1(script));
    return match.hasMatch() ? match.captured(1) : QString();
}

} // namespace Postwright
