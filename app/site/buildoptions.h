#pragma once

#include "util/sourceerror.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Postwright {

struct BuildOptions
{
    QString outputPath;           // empty: <blog>/public
    bool includeDrafts = false;   // --drafts
    bool includeFuture = false;   // --future: posts dated after `now`
    bool clean = false;           // --clean: forget the build cache and rewrite every output
    bool strict = false;          // --strict: content errors fail the build
    QDateTime now = QDateTime::currentDateTimeUtc();
    int postsPerPage = 10;
    int feedSize = 20;
    // Where highlight.js is taken from (Debian's libjs-highlight.js); empty or missing: no highlighting.
    QString highlightJsPath = QStringLiteral("/usr/share/javascript/highlight.js/highlight.min.js");
    // Where KaTeX is taken from when blog.yaml turns math on (Debian's libjs-katex: katex.min.js,
    // katex.min.css, fonts/); missing: math shows as TeX, and the report says why.
    QString katexPath = QStringLiteral("/usr/share/javascript/katex");
};

// What a build did. Paths are relative to the output folder.
struct BuildReport
{
    QString outputPath;    // absolute
    QStringList written;   // files whose bytes changed (or are new)
    int unchanged = 0;     // outputs left untouched
    QStringList removed;   // outputs of earlier builds that no longer exist
    QList<SourceError> errors;   // posts skipped, templates broken, files not written
    QList<SourceError> warnings; // built, but worth a look (e.g. a missing cover image)
    int posts = 0;               // posts published in this build
    qint64 elapsedMs = 0;
    bool fatal = false;          // nothing (or not everything) could be built: theme, output folder
    bool outputComplete = false; // every output was written: no write failed, not cancelled

    bool failed(bool strict) const { return fatal || (strict && !errors.isEmpty()); }
};

} // namespace Postwright
