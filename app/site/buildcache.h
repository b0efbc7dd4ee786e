#pragma once

#include "blog/frontmatter.h"
#include "site/outputwriter.h"
#include "util/result.h"

#include <QHash>
#include <QString>

#include <optional>

namespace Postwright {

// What the last build knew, kept in .postwright/ so the next build reads, parses and renders only
// what changed: per source post its size, mtime, content hash, front matter and summary; per output
// file the key of the inputs it was made from (OutputWriter's build graph). A cache written by
// another version of Postwright, or unreadable, is ignored: the build is then a full one.
struct BuildCache
{
    struct Source
    {
        qint64 size = -1;
        qint64 modifiedMs = 0;
        QByteArray contentHash;
        PostMetadata metadata;
        std::optional<SourceError> error;
        bool hasSummary = false; // the fields below are filled once the post was rendered
        QString summaryHtml;
        QString summaryText; // not saved: made from summaryHtml when a page needs it
        int wordCount = 0;
        bool hasCode = false;
        bool hasMath = false;     // the body has math markup: its page loads KaTeX
        QString permalinkPattern; // the post's slug and address, and the pattern they were made with
        QString slug;
        QString url;
        QString outputFile; // not saved: derived from url
        struct BundleFile
        {
            QString relativePath; // to the bundle folder
            QByteArray key;       // size and mtime
        };
        QList<BundleFile> bundleFiles; // not saved: a bundle's other files as a build listed them
        bool bundleListed = false;
    };

    QString outputRoot; // the outputs below belong to this folder
    QHash<QString, Source> sources; // by absolute source path
    QHash<QString, OutputWriter::Entry> outputs;

    // statePath: the blog's .postwright/ folder; save() creates it, with a .gitignore.
    static BuildCache load(const QString &statePath);
    Result<void> save(const QString &statePath) const;
    static QString filePath(const QString &statePath);
};

} // namespace Postwright
