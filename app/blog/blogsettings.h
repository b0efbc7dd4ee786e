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

    static Result<BlogSettings> parse(const QString &yaml, const QString &fileName = {});
};

} // namespace Postwright
