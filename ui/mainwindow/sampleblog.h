#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QString>

namespace Postwright {

// The bundled sample blog (":/sample-blog") that a first run opens, copied to a writable folder
// because resources are read-only and the writer should be able to edit and publish it.
class SampleBlog
{
    Q_DECLARE_TR_FUNCTIONS(SampleBlog)

public:
    static QString resourcePath() { return QStringLiteral(":/sample-blog"); }
    // AppDataLocation/Sample Blog
    static QString defaultLocation();

    // Copies the sample blog to targetPath unless a blog (blog.yaml) is already there, and returns
    // targetPath. A copy that fails half-way leaves no blog behind, so the next start retries.
    static Result<QString> install(const QString &targetPath = defaultLocation(),
                                   const QString &sourcePath = resourcePath());
};

} // namespace Postwright
