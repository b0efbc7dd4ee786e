#pragma once

// BlogPublisher's view of one post, shared by blogpublisher.cpp (sending) and blogpublisherpost.cpp
// (rendering, images, hashing). Not part of the API.

#include "publish/blogpublisher.h"

#include <QDateTime>
#include <QHash>
#include <QString>

#include <optional>

namespace Postwright {

// A local file a post shows (an image in its body, its cover), to be uploaded before the post.
struct LocalMedia
{
    QString file; // absolute, inside the blog
    QString sha256;
    QString mimeType;
    qint64 size = 0;
};

struct BlogPublisher::Prepared
{
    BlogApiPost post;
    QString title;
    bool include = true;               // false: a local draft this target does not take
    QHash<QString, LocalMedia> images; // by the src attribute as written in the HTML
    std::optional<LocalMedia> cover;
    QString hash;
    qint64 sourceSize = 0;
    QDateTime sourceModified;
};

} // namespace Postwright
