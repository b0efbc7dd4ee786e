#include "publish/publishsettings.h"

namespace Postwright {

namespace {

// Paths and target ids may hold '/', which QSettings reads as groups.
QString encoded(const QString &text)
{
    return QString::fromLatin1(text.toUtf8().toBase64(QByteArray::Base64UrlEncoding));
}

} // namespace

QString PublishSettings::reviewKey(const QString &blogRoot, const QString &targetId)
{
    return QStringLiteral("publish/skipReview/") + encoded(blogRoot) + u'/' + encoded(targetId);
}

bool PublishSettings::skipsReview(const QString &blogRoot, const QString &targetId) const
{
    return m_settings.value(reviewKey(blogRoot, targetId), false).toBool();
}

void PublishSettings::setSkipsReview(const QString &blogRoot, const QString &targetId, bool skip)
{
    if (skip)
        m_settings.setValue(reviewKey(blogRoot, targetId), true);
    else
        m_settings.remove(reviewKey(blogRoot, targetId));
}

} // namespace Postwright
