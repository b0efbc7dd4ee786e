#pragma once

#include "util/result.h"

#include <QString>
#include <QStringList>

namespace Postwright {

// The site settings from blog.yaml. Never holds secrets. Unknown keys are ignored here and kept
// in the file.
struct BlogSettings
{
    QString title;
    QString description; // the home page introduction (Markdown)
    QString author;
    QString baseUrl;
    QString language = QStringLiteral("en");
    QString theme = QStringLiteral("default");
    QString permalink = QStringLiteral("/posts/:slug/");
    // markdown: { math, raw_html } (a top-level `math:` too, as Hugo users write it).
    bool math = false;    // $…$ and $$…$$ are TeX math, typeset with KaTeX
    bool rawHtml = false; // HTML written in posts is published as written (sanitised in the preview)

    static Result<BlogSettings> parse(const QString &yaml, const QString &fileName = {});
};

} // namespace Postwright
