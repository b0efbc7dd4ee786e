#pragma once

#include <QDateTime>
#include <QString>

namespace Postwright {

class Blog;

// A Hugo archetype: the template `hugo new` starts a post from. Found where Hugo looks for one, and
// filled in without hugo for the expressions archetypes commonly use, so that a site's new posts
// start from its own front matter (keys, format, comments) where hugo is not installed.
class Archetype
{
public:
    // The archetype file for a new post in section, in Hugo's order: archetypes/SECTION.md,
    // archetypes/default.md, then the same in each theme (themes/THEME/archetypes/). Empty when
    // neither the site nor its themes have one. Directory archetypes (archetypes/SECTION/index.md
    // with files beside it) are left to hugo: they make a bundle of their own shape.
    static QString find(const Blog &blog, const QString &section);

    // The archetype's text with these expressions filled in: {{ .Date }} (RFC 3339),
    // {{ .Name }} and {{ .File.ContentBaseName }} (name: the file's or the bundle's name), and
    // {{ replace … "-" " " | title }} of them. Any other {{ … }} is left out, and so is a line
    // left without a value by that (`key =` would not parse).
    static QString expand(const QString &archetypeText, const QString &name, const QDateTime &date);
};

} // namespace Postwright
