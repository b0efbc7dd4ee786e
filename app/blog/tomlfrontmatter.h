#pragma once

#include "blog/frontmatter.h"
#include "blog/sitelayout.h"
#include "util/result.h"

#include <QString>

namespace Postwright {

// Reads TOML front matter (Hugo's `+++` block) with toml++ into the same PostMetadata as YAML,
// through the same key table (FrontMatterFields). Errors carry the line and column in the whole
// file: firstLine is the file line of the block's first line.
class TomlFrontMatter
{
public:
    static Result<PostMetadata> read(const QString &toml, const QString &fileName, int firstLine,
                                     SiteKind conventions);
};

} // namespace Postwright
