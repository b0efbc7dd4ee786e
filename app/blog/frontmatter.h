#pragma once

#include "blog/sitelayout.h"
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
    QDateTime updated; // invalid when absent (Hugo's lastmod, Jekyll's last_modified_at)
    QDateTime publishDate; // Hugo: not published before this; invalid when absent
    bool draft = false;
    QStringList categories; // the first one is the post's place in the tree
    QStringList tags;
    QString summary; // `summary`, or `description` when there is no summary
    QString slug;
    QString cover;
    QStringList aliases;
    QStringList unknownKeys; // other top-level keys, in file order (kept byte-for-byte on save)
    // Hugo and Jekyll posts (Post::fromText) also hold here what their site's conventions derive
    // from the file's place: Jekyll's date and slug from its name, a Hugo section as category.

    bool operator==(const PostMetadata &other) const = default;
};

// Where the front matter block and the body sit in a post's text (LF line endings, no BOM).
struct FrontMatterSplit
{
    enum class Format { Yaml, Toml }; // between `---` lines, or (Hugo) between `+++` lines

    bool hasFrontMatter = false;
    bool unclosed =
        false; // starts with `---` (`+++`) but has no closing line; the body is then the whole text
    Format format = Format::Yaml;
    QString yaml;          // the text between the delimiter lines (TOML when format is Toml)
    int yamlFirstLine = 0; // 1-based line of the block's first line (2 when present)
    int bodyFirstLine = 1; // 1-based line where the Markdown body starts
    qsizetype bodyOffset = 0; // index into the text where the body starts
};

struct ParsedFrontMatter
{
    FrontMatterSplit split;
    PostMetadata metadata;
};

// Parses YAML front matter between `---` lines (closed by `---` or `...`) with yaml-cpp, and TOML
// front matter between `+++` lines (Hugo) with toml++.
// Errors carry the line and column in the whole file: unclosed block, invalid YAML or TOML, tabs
// used for indentation, duplicate keys, a front matter that is not a mapping, wrong value types.
// conventions: whose keys are read (FrontMatterFields); Native reads the keys of ARCHITECTURE.md.
class FrontMatter
{
public:
    static FrontMatterSplit split(const QString &text);
    static Result<ParsedFrontMatter> parse(const QString &text, const QString &fileName = {},
                                           SiteKind conventions = SiteKind::Native);
    // Accepts the date forms blogs use: 2024-05-01, 2024-05-01T10:00:00Z, "2024-05-01 10:00:00 +0200".
    static QDateTime parseDate(const QString &value);
};

} // namespace Postwright
