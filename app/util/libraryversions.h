#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Postwright {

// The libraries Postwright's core is built on, with their licences and the versions that can be
// known: asked at run time where the library can tell (Qt, cmark-gfm, libgit2, libcurl, libzip,
// KaTeX's file), else as recorded at build time (pkg-config, headers). Shared by the About
// dialog and the CLI, so it links nothing from QtGui.
class LibraryVersions
{
    Q_DECLARE_TR_FUNCTIONS(Postwright::LibraryVersions)

public:
    struct Library
    {
        QString name;
        QString version; // empty: not known (see available)
        QString licence; // an SPDX licence expression
        QString purpose; // what Postwright uses it for, translated
        QString homepage;
        bool available = true; // false: an optional file (KaTeX, highlight.js) is not installed
    };

    // Every library the core and the CLI use, in a stable order (Qt first).
    static QList<Library> core();

    // "name version" per line, for bug reports and `--version --verbose`.
    static QString report(const QList<Library> &libraries);

    // The version a KaTeX build names in its code (`version:"0.16.4"`); empty when none.
    static QString versionFromKatexScript(const QByteArray &script);
};

} // namespace Postwright
