#pragma once

#include <QLoggingCategory>

// One logging category per area; enable with QT_LOGGING_RULES="postwright.*.debug=true".
// Never log a secret.
Q_DECLARE_LOGGING_CATEGORY(lcBlog)
Q_DECLARE_LOGGING_CATEGORY(lcRender)
Q_DECLARE_LOGGING_CATEGORY(lcPublish)
Q_DECLARE_LOGGING_CATEGORY(lcIo)
Q_DECLARE_LOGGING_CATEGORY(lcBuild)
