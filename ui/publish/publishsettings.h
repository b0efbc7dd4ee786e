#pragma once

#include <QSettings>
#include <QString>

namespace Postwright {

// What the publish UI remembers between runs, typed, with the keys in one place: the targets
// the writer trusts to publish to without the review sheet, per blog. Never a secret.
class PublishSettings
{
public:
    PublishSettings() = default;

    bool skipsReview(const QString &blogRoot, const QString &targetId) const;
    void setSkipsReview(const QString &blogRoot, const QString &targetId, bool skip);

private:
    static QString reviewKey(const QString &blogRoot, const QString &targetId);

    QSettings m_settings;
};

} // namespace Postwright
