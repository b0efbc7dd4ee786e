#include "logging.h"

Q_LOGGING_CATEGORY(lcBlog, "postwright.blog", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRender, "postwright.render", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPublish, "postwright.publish", QtInfoMsg)
Q_LOGGING_CATEGORY(lcIo, "postwright.io", QtInfoMsg)
Q_LOGGING_CATEGORY(lcBuild, "postwright.build", QtWarningMsg)
