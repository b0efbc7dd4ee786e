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
        QString permalinkPattern; // the post's slug and address, and the pattern they were made with
        QString slug;
        QString url;
        QString outputFile; // not saved: derived from url
    };

    QString outputRoot; // the outputs below belong to this folder
    QHash<QString, Source> sources; // by absolute source path
    QHash<QString, OutputWriter::Entry> outputs;

    static BuildCache load(const QString &path);
    Result<void> save(const QString &path) const;
};

} // namespace Postwright
