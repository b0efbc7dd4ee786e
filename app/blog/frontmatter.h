#pragma once

#include "util/result.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Postwright {

// What a post's front matter says, for the keys Postwright knows. The file's own text stays the
// source of truth: this is read from it and never written back wholesale.
struct PostMetadata
{
    QString title;
    QDateTime date;    // invalid when absent
    QDateTime updated; // invalid when absent
    bool draft = false;
    QStringList categories; // the first one is the post's place in the tree
    QStringList tags;
    QString summary; // `summary`, or `description` when there is no summary
    QString slug;
    QString cover;
    QStringList aliases;
    QStringList unknownKeys; // other top-level keys, in file order (kept byte-for-byte on save)

    bool operator==(const PostMetadata &other) const = default;
};

// Where the front matter block and the body sit in a post's text (LF line endings, no BOM).
struct FrontMatterSplit
{
    bool hasFrontMatter = false;
    bool unclosed = false; // starts with `---` but has no closing line; the body is then the whole text
    QString yaml;          // the text between the delimiter lines
    int yamlFirstLine = 0; // 1-based line of the first YAML line (2 when present)
    int bodyFirstLine = 1; // 1-based line where the Markdown body starts
    qsizetype bodyOffset = 0; // index into the text where the body starts
};

struct ParsedFrontMatter
{
    FrontMatterSplit split;
    PostMetadata metadata;
};

// Parses YAML front matter between `---` lines (closed by `---` or `...`) with yaml-cpp.
// Errors carry the line and column in the whole file: unclosed block, invalid YAML, tabs used
// for indentation, duplicate keys, a front matter that is not a mapping, wrong value types.
class FrontMatter
{
public:
    static FrontMatterSplit split(const QString &text);
    static Result<ParsedFrontMatter> parse(const QString &text, const QString &fileName = {});
    // Accepts the date forms blogs use: 2024-05-01, 2024-05-01T10:00:00Z, "2024-05-01 10:00:00 +0200".
    static QDateTime parseDate(const QString &value);
};

} // namespace Postwright
